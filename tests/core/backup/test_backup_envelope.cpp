// Format version 2: the stream key sealed to a key pair derived from the
// passphrase, so backups can be encrypted to a stored public key; version 1
// files (plain and encrypted) still read.
#include "BackupTestSupport.h"

#include "backup/BackupCrypto.h"
#include "backup/BackupEnvelope.h"
#include "backup/BackupFormat.h"
#include "backup/BackupReader.h"

#include <QBuffer>
#include <QFile>

using namespace peyvand;
using namespace peyvand::test;
using backup::BackupDefect;
using backup::BackupEnvelope;

namespace {

const QString kPassphrase = u8("رمز پشتیبان ۱۴۰۵");

Result<backup::BackupReader> openBytes(const QByteArray& bytes)
{
    auto device = std::make_unique<QBuffer>();
    device->setData(bytes);
    device->open(QIODevice::ReadOnly);
    return backup::BackupReader::fromDevice(std::move(device), QStringLiteral("test.pvbak"));
}

QByteArray writeWith(const QByteArray& payload, const backup::WriteOptions& options)
{
    QByteArray source = payload;
    QBuffer in(&source);
    in.open(QIODevice::ReadOnly);
    QByteArray out;
    QBuffer sink(&out);
    sink.open(QIODevice::WriteOnly);
    const Status s = backup::BackupWriter::write(in, source.size(), sampleMetadata(), sink, options);
    REQUIRE(s);
    return out;
}

QByteArray readFile(const QString& name)
{
    QFile file(QStringLiteral(PEYVAND_TEST_DATA "/backup/") + name);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

QByteArray v1Payload()
{
    QByteArray expected("SQLite format 3\0", 16);
    for (int i = 0; i < 20; ++i)
        expected += "customer row ";
    return expected;
}

// Offsets in a version 2 encrypted header (docs/backup-format.md).
constexpr qsizetype kSaltAt = 36;
constexpr qsizetype kSealedAt = 52;

// Recomputes the header checksum after a deliberate change, so that only the
// change itself is what the reader meets.
void resealHeader(QByteArray& bytes)
{
    const bool encrypted = bytes.at(10) & 1;
    const quint16 version = quint8(bytes.at(8));
    const qsizetype block = !encrypted ? 0 : version == 1 ? backup::format::kEncryptionBytesV1 : backup::format::kEncryptionBytesV2;
    const qsizetype checked = backup::format::kFixedBytes + block + qsizetype(backup::getU32(bytes.constData() + 12));
    bytes.replace(checked, backup::format::kChecksumBytes, backup::blake2b256(QByteArrayView(bytes.constData(), checked)));
}

} // namespace

TEST_CASE("version 2: encrypted to a stored public key, opened with the passphrase", "[backup][envelope]")
{
    auto key = BackupEnvelope::create(kPassphrase, backup::KdfParams::minimum());
    REQUIRE(key);
    CHECK(key->publicKey.size() == 32);
    CHECK(key->salt.size() == backup::format::kSaltBytes);

    backup::WriteOptions options;
    options.recipient = *key;
    const QByteArray payload = compressibleText(200'000);
    const QByteArray bytes = writeWith(payload, options);
    CHECK(quint8(bytes.at(8)) == 2);
    CHECK((bytes.at(10) & 1) == 1);
    // The salt and cost in the file are the stored key's.
    CHECK(bytes.mid(kSaltAt, backup::format::kSaltBytes) == key->salt);

    auto back = readBackup(bytes, kPassphrase);
    REQUIRE(back);
    CHECK(*back == payload);
    CHECK(defectOf(readBackup(bytes, QStringLiteral("another"))) == BackupDefect::WrongPassphrase);
    CHECK(defectOf(readBackup(bytes, QString())) == BackupDefect::PassphraseRequired);

    // Two backups to the same key use different stream keys.
    const QByteArray again = writeWith(payload, options);
    CHECK(again.mid(kSealedAt, backup::format::kSealedKeyBytes) != bytes.mid(kSealedAt, backup::format::kSealedKeyBytes));
}

TEST_CASE("version 2: a passphrase given to the writer derives a key pair on the spot", "[backup][envelope]")
{
    const QByteArray payload = pseudoRandomBytes(70'000, 7);
    const QByteArray bytes = makeBackup(payload, kPassphrase);
    CHECK(quint8(bytes.at(8)) == 2);
    auto back = readBackup(bytes, kPassphrase);
    REQUIRE(back);
    CHECK(*back == payload);
    // No key check value: a wrong passphrase is told by the sealed key not opening.
    CHECK(defectOf(readBackup(bytes, kPassphrase + QStringLiteral(" "))) == BackupDefect::WrongPassphrase);
}

TEST_CASE("version 2: the writer's own stream key reads the backup back without the passphrase", "[backup][envelope]")
{
    auto key = BackupEnvelope::create(kPassphrase, backup::KdfParams::minimum());
    REQUIRE(key);
    backup::WriteOptions options;
    options.recipient = *key;
    options.streamKey = backup::randomBytes(32);
    const QByteArray payload = compressibleText(5000);
    const QByteArray bytes = writeWith(payload, options);

    auto reader = openBytes(bytes);
    REQUIRE(reader);
    QByteArray out;
    QBuffer sink(&out);
    sink.open(QIODevice::WriteOnly);
    REQUIRE(reader->extractWithStreamKey(sink, options.streamKey));
    CHECK(out == payload);

    auto other = openBytes(bytes);
    REQUIRE(other);
    QByteArray ignored;
    QBuffer otherSink(&ignored);
    otherSink.open(QIODevice::WriteOnly);
    const Status wrong = other->extractWithStreamKey(otherSink, backup::randomBytes(32));
    REQUIRE_FALSE(wrong);
    CHECK(defectOf(Result<QByteArray>(wrong.error())) == BackupDefect::Damaged);
}

TEST_CASE("version 2: a changed sealed key is damage, or a wrong passphrase once the checksum is redone", "[backup][envelope]")
{
    const QByteArray bytes = makeBackup(compressibleText(3000), kPassphrase);
    for (qsizetype i = kSealedAt; i < kSealedAt + backup::format::kSealedKeyBytes; i += 13) {
        INFO(i);
        QByteArray changed = bytes;
        changed[i] = char(changed.at(i) ^ 0x01);
        CHECK(defectOf(readBackup(changed, kPassphrase)) == BackupDefect::HeaderDamaged);
        resealHeader(changed);
        CHECK(defectOf(readBackup(changed, kPassphrase)) == BackupDefect::WrongPassphrase);
    }
    // The sealed key of another backup (same passphrase, other salt) does not open this one.
    const QByteArray other = makeBackup(compressibleText(3000), kPassphrase);
    QByteArray spliced = bytes;
    spliced.replace(kSealedAt, backup::format::kSealedKeyBytes, other.mid(kSealedAt, backup::format::kSealedKeyBytes));
    resealHeader(spliced);
    CHECK(defectOf(readBackup(spliced, kPassphrase)) == BackupDefect::WrongPassphrase);
}

TEST_CASE("version 1 encrypted backups (written by the version 1 writer) still read", "[backup][envelope]")
{
    const QByteArray bytes = readFile(QStringLiteral("encrypted-v1.pvbak"));
    REQUIRE(quint8(bytes.at(8)) == 1);
    REQUIRE((bytes.at(10) & 1) == 1);
    auto back = readBackup(bytes, QStringLiteral("peyvand v1 sample"));
    REQUIRE(back);
    CHECK(*back == v1Payload());
    CHECK(defectOf(readBackup(bytes, QStringLiteral("peyvand v1 sampl"))) == BackupDefect::WrongPassphrase);
    CHECK(defectOf(readBackup(bytes, QString())) == BackupDefect::PassphraseRequired);
    QByteArray cut = bytes.left(bytes.size() - 5);
    CHECK(defectOf(readBackup(cut, QStringLiteral("peyvand v1 sample"))) == BackupDefect::Truncated);
    QByteArray flipped = bytes;
    flipped[bytes.size() - 20] = char(flipped.at(bytes.size() - 20) ^ 0x40);
    CHECK(defectOf(readBackup(flipped, QStringLiteral("peyvand v1 sample"))) == BackupDefect::Damaged);
}

TEST_CASE("version 1 plain backups still read, plain version 2 differs only in the version", "[backup][envelope]")
{
    auto v1 = readBackup(readFile(QStringLiteral("plain-v1-python.pvbak")));
    REQUIRE(v1);
    CHECK(*v1 == v1Payload());

    QByteArray bytes = makeBackup(QByteArray("plain data"));
    CHECK(quint8(bytes.at(8)) == 2);
    // Its header checksum seeds the frame chain, so the frames must be
    // re-tagged too; instead check that the header alone parses as version 1.
    QByteArray asV1 = bytes;
    asV1[8] = 1;
    resealHeader(asV1);
    auto reader = openBytes(asV1);
    REQUIRE(reader);
    CHECK_FALSE(reader->isEncrypted());
}

TEST_CASE("envelope: the public key depends on passphrase, salt and cost", "[backup][envelope]")
{
    auto key = BackupEnvelope::create(kPassphrase, backup::KdfParams::minimum());
    REQUIRE(key);
    auto again = BackupEnvelope::publicKeyFor(kPassphrase, key->salt, key->kdf);
    REQUIRE(again);
    CHECK(*again == key->publicKey);
    auto matches = BackupEnvelope::matches(*key, kPassphrase);
    REQUIRE(matches);
    CHECK(*matches);
    matches = BackupEnvelope::matches(*key, QStringLiteral("nope"));
    REQUIRE(matches);
    CHECK_FALSE(*matches);
    auto otherSalt = BackupEnvelope::create(kPassphrase, backup::KdfParams::minimum());
    REQUIRE(otherSalt);
    CHECK(otherSalt->publicKey != key->publicKey);
    CHECK_FALSE(BackupEnvelope::create(QString(), backup::KdfParams::minimum()));
}
