// The .pvbak container: round trips, metadata without the passphrase, and
// every kind of damage detected with its own reason.
#include "BackupTestSupport.h"

#include "backup/BackupFormat.h"
#include "backup/BackupReader.h"

#include <QBuffer>
#include <QFile>
#include <QTimeZone>

using namespace peyvand;
using namespace peyvand::test;
using backup::BackupDefect;

namespace {

Result<backup::BackupReader> openBytes(const QByteArray& bytes)
{
    auto device = std::make_unique<QBuffer>();
    device->setData(bytes);
    device->open(QIODevice::ReadOnly);
    return backup::BackupReader::fromDevice(std::move(device), QStringLiteral("test.pvbak"));
}

const QString kPassphrase = QStringLiteral("correct horse battery staple");

// Bytes before the first frame (docs/backup-format.md).
qsizetype headerSize(const QByteArray& bytes)
{
    const bool encrypted = bytes.at(10) & 1;
    return backup::format::kFixedBytes + (encrypted ? backup::format::kEncryptionBytesV2 : 0)
        + qsizetype(backup::getU32(bytes.constData() + 12)) + backup::format::kChecksumBytes;
}

} // namespace

TEST_CASE("plain and encrypted backups give back exactly what went in", "[backup][format]")
{
    const QList<QByteArray> payloads {
        QByteArray(),
        QByteArray("x"),
        compressibleText(5000),
        compressibleText(700 * 1024),        // compresses into one or two frames
        pseudoRandomBytes(300 * 1024, 7),    // incompressible: five frames
    };
    for (const QByteArray& payload : payloads) {
        INFO("payload of " << payload.size() << " bytes");
        const QByteArray plain = makeBackup(payload);
        const auto plainBack = readBackup(plain);
        REQUIRE(plainBack);
        CHECK(*plainBack == payload);

        const QByteArray encrypted = makeBackup(payload, kPassphrase);
        const auto encryptedBack = readBackup(encrypted, kPassphrase);
        REQUIRE(encryptedBack);
        CHECK(*encryptedBack == payload);
        if (payload.size() > 64)
            CHECK_FALSE(encrypted.contains(payload.left(64)));
    }
}

TEST_CASE("compression makes a text-like database much smaller", "[backup][format]")
{
    const QByteArray payload = compressibleText(500 * 1024);
    CHECK(makeBackup(payload).size() < payload.size() / 4);
}

TEST_CASE("the metadata reads without the passphrase", "[backup][format]")
{
    const QByteArray payload = compressibleText(10000);
    for (const bool encrypted : { false, true }) {
        const QByteArray bytes = encrypted ? makeBackup(payload, kPassphrase) : makeBackup(payload);
        auto reader = openBytes(bytes);
        REQUIRE(reader);
        CHECK(reader->isEncrypted() == encrypted);
        backup::BackupMetadata expected = sampleMetadata();
        expected.originalSize = payload.size();
        CHECK(reader->metadata() == expected);
        CHECK(reader->metadata().createdAt.timeSpec() == Qt::UTC);
    }
}

TEST_CASE("the metadata is readable JSON right after the fixed header", "[backup][format]")
{
    const QByteArray bytes = makeBackup(QByteArray("abc"));
    CHECK(bytes.startsWith("PVBACKUP"));
    CHECK(bytes.contains("\"created_at\":\"2026-11-24T10:30:00Z\""));
    CHECK(bytes.contains("\"customers\":12"));
    CHECK(bytes.contains("\"original_size\":3"));
}

TEST_CASE("a wrong or missing passphrase is its own clear error", "[backup][format]")
{
    const QByteArray bytes = makeBackup(compressibleText(3000), kPassphrase);
    const auto wrong = readBackup(bytes, QStringLiteral("correct horse battery stapler"));
    REQUIRE_FALSE(wrong);
    CHECK(defectOf(wrong) == BackupDefect::WrongPassphrase);
    CHECK(wrong.error().code == ErrorCode::InvalidInput);
    CHECK(wrong.error().field == QStringLiteral("passphrase"));
    CHECK(wrong.error().message.contains(QStringLiteral("passphrase")));

    const auto missing = readBackup(bytes, QString());
    REQUIRE_FALSE(missing);
    CHECK(defectOf(missing) == BackupDefect::PassphraseRequired);

    auto reader = openBytes(bytes);
    REQUIRE(reader);
    CHECK(defectOf(Result<QByteArray>(reader->checkPassphrase(QStringLiteral("nope")).error())) == BackupDefect::WrongPassphrase);
    CHECK(reader->checkPassphrase(kPassphrase));
}

TEST_CASE("the passphrase is compared in one Unicode form", "[backup][format]")
{
    // "é" precomposed when writing, decomposed when reading.
    const QByteArray bytes = makeBackup(QByteArray("data"), QString::fromUtf8("caf\xc3\xa9"));
    const auto back = readBackup(bytes, QString::fromUtf8("cafe\xcc\x81"));
    REQUIRE(back);
    CHECK(*back == QByteArray("data"));
}

TEST_CASE("encrypting with an empty passphrase is refused", "[backup][format]")
{
    QByteArray source("abc");
    QBuffer in(&source);
    in.open(QIODevice::ReadOnly);
    QByteArray out;
    QBuffer sink(&out);
    sink.open(QIODevice::WriteOnly);
    backup::WriteOptions options;
    options.passphrase = QString();
    const Status s = backup::BackupWriter::write(in, 3, sampleMetadata(), sink, options);
    REQUIRE_FALSE(s);
    CHECK(s.error().field == QStringLiteral("passphrase"));
}

TEST_CASE("every single-byte change in a small backup is detected", "[backup][format]")
{
    const QByteArray payload = compressibleText(4000);
    for (const bool encrypted : { false, true }) {
        const QByteArray good = encrypted ? makeBackup(payload, kPassphrase) : makeBackup(payload);
        INFO((encrypted ? "encrypted" : "plain") << " backup of " << good.size() << " bytes");
        for (qsizetype i = 0; i < good.size(); ++i) {
            for (const char mask : { char(0x01), char(0x80), char(0xff) }) {
                QByteArray bad = good;
                bad[i] = char(bad.at(i) ^ mask);
                const auto back = readBackup(bad, kPassphrase);
                INFO("byte " << i << " xor " << int(uchar(mask)));
                REQUIRE_FALSE(back);
                const auto defect = defectOf(back);
                REQUIRE(defect.has_value());
                // An intact header never blames the passphrase for damage elsewhere.
                CHECK(defect != BackupDefect::WrongPassphrase);
                CHECK(defect != BackupDefect::PassphraseRequired);
            }
        }
    }
}

TEST_CASE("byte changes across several frames are detected", "[backup][format]")
{
    const QByteArray payload = pseudoRandomBytes(200 * 1024, 11);
    for (const bool encrypted : { false, true }) {
        const QByteArray good = encrypted ? makeBackup(payload, kPassphrase) : makeBackup(payload);
        for (qsizetype i = 0; i < good.size(); i += (i < 300 || good.size() - i < 300) ? 1 : 997) {
            QByteArray bad = good;
            bad[i] = char(bad.at(i) ^ 0x20);
            INFO("byte " << i << " of " << good.size());
            REQUIRE_FALSE(readBackup(bad, kPassphrase));
        }
        // Around each frame boundary (length field, tag, first bytes).
        const qsizetype headerEnd = headerSize(good);
        const qsizetype frame = 4 + backup::format::kWriterFrameBytes + (encrypted ? 17 : 32);
        for (qsizetype start = headerEnd; start < good.size(); start += frame) {
            for (qsizetype i = qMax<qsizetype>(0, start - 40); i < qMin(good.size(), start + 40); ++i) {
                QByteArray bad = good;
                bad[i] = char(bad.at(i) ^ 0x01);
                INFO("byte " << i << " near frame start " << start);
                REQUIRE_FALSE(readBackup(bad, kPassphrase));
            }
        }
    }
}

TEST_CASE("a backup cut short anywhere is reported as incomplete", "[backup][format]")
{
    const QByteArray payload = compressibleText(4000);
    for (const bool encrypted : { false, true }) {
        const QByteArray good = encrypted ? makeBackup(payload, kPassphrase) : makeBackup(payload);
        for (qsizetype length = 1; length < good.size(); ++length) {
            INFO((encrypted ? "encrypted" : "plain") << " backup cut to " << length << " of " << good.size());
            const auto back = readBackup(good.left(length), kPassphrase);
            REQUIRE_FALSE(back);
            CHECK(defectOf(back) == BackupDefect::Truncated);
            CHECK(back.error().message.contains(QStringLiteral("cut short")));
        }
        CHECK(defectOf(readBackup(QByteArray(), kPassphrase)) == BackupDefect::NotABackup);
    }
}

TEST_CASE("a long backup cut at frame boundaries is incomplete, not valid", "[backup][format]")
{
    const QByteArray payload = pseudoRandomBytes(200 * 1024, 3);
    for (const bool encrypted : { false, true }) {
        const QByteArray good = encrypted ? makeBackup(payload, kPassphrase) : makeBackup(payload);
        for (qsizetype length = 1; length < good.size(); length += 1013) {
            INFO("cut to " << length);
            CHECK(defectOf(readBackup(good.left(length), kPassphrase)) == BackupDefect::Truncated);
        }
        for (qsizetype cut = 1; cut <= 64; ++cut)
            CHECK(defectOf(readBackup(good.left(good.size() - cut), kPassphrase)) == BackupDefect::Truncated);
    }
}

TEST_CASE("bytes after the end marker are damage", "[backup][format]")
{
    for (const bool encrypted : { false, true }) {
        const QByteArray good = encrypted ? makeBackup(QByteArray("abc"), kPassphrase) : makeBackup(QByteArray("abc"));
        CHECK(defectOf(readBackup(good + QByteArray(1, '\0'), kPassphrase)) == BackupDefect::Damaged);
        CHECK(defectOf(readBackup(good + good, kPassphrase)) == BackupDefect::Damaged);
    }
}

TEST_CASE("frames in another order are detected", "[backup][format]")
{
    // Incompressible data fills whole frames of equal size; swapping two of
    // them keeps every length right, so only the chained tags can tell.
    const QByteArray good = makeBackup(pseudoRandomBytes(300 * 1024, 5));
    const qsizetype headerEnd = headerSize(good);
    const qsizetype frame = 4 + backup::format::kWriterFrameBytes + 32;
    REQUIRE(good.size() > headerEnd + 3 * frame);
    QByteArray swapped = good;
    swapped.replace(headerEnd, frame, good.mid(headerEnd + frame, frame));
    swapped.replace(headerEnd + frame, frame, good.mid(headerEnd, frame));
    REQUIRE(swapped.size() == good.size());
    CHECK(defectOf(readBackup(swapped)) == BackupDefect::Damaged);

    QByteArray dropped = good;
    dropped.remove(headerEnd + frame, frame);
    CHECK(defectOf(readBackup(dropped)) == BackupDefect::Damaged);
}

TEST_CASE("files that are not backups, or from a newer format, are named as such", "[backup][format]")
{
    CHECK(defectOf(readBackup(QByteArray("SQLite format 3\0 and more bytes here", 36))) == BackupDefect::NotABackup);
    CHECK(defectOf(readBackup(QByteArray("PVB"))) == BackupDefect::Truncated);

    QByteArray newer = makeBackup(QByteArray("abc"));
    newer[8] = 3; // format version 3
    const auto back = readBackup(newer);
    CHECK(defectOf(back) == BackupDefect::NewerFormat);
    CHECK(back.error().code == ErrorCode::SchemaTooNew);

    QByteArray flagged = makeBackup(QByteArray("abc"));
    flagged[10] = 0x02; // an unknown flag
    CHECK(defectOf(readBackup(flagged)) == BackupDefect::HeaderDamaged);
}

TEST_CASE("each defect has its own message", "[backup][format]")
{
    QStringList messages;
    for (const BackupDefect d : { BackupDefect::NotABackup, BackupDefect::NewerFormat, BackupDefect::HeaderDamaged,
                                  BackupDefect::PassphraseRequired, BackupDefect::WrongPassphrase, BackupDefect::Truncated,
                                  BackupDefect::Damaged }) {
        const Error e = backup::backupError(d, QStringLiteral("x.pvbak"));
        CHECK(backup::defectOf(e) == d);
        CHECK(e.message.contains(QStringLiteral("x.pvbak")));
        CHECK_FALSE(messages.contains(e.message));
        messages << e.message;
    }
    CHECK_FALSE(backup::defectOf(Error::make(ErrorCode::Io, QStringLiteral("disk"))).has_value());
}

TEST_CASE("metadata JSON with missing or wrong fields is refused", "[backup][format]")
{
    const QByteArray good = backup::metadataToJson(sampleMetadata());
    REQUIRE(backup::metadataFromJson(good));
    CHECK(*backup::metadataFromJson(good) == sampleMetadata());
    const QList<QByteArray> bad {
        "",
        "[]",
        "{}",
        R"({"created_at":"2026-11-24T10:30:00","schema_version":5,"app_version":"x","counts":{"customers":1,"leads":1,"documents":1,"payments":1},"original_size":1})",
        R"({"created_at":"2026-11-24T10:30:00Z","schema_version":-1,"app_version":"x","counts":{"customers":1,"leads":1,"documents":1,"payments":1},"original_size":1})",
        R"({"created_at":"2026-11-24T10:30:00Z","schema_version":5,"app_version":3,"counts":{"customers":1,"leads":1,"documents":1,"payments":1},"original_size":1})",
        R"({"created_at":"2026-11-24T10:30:00Z","schema_version":5,"app_version":"x","counts":{"customers":1.5,"leads":1,"documents":1,"payments":1},"original_size":1})",
        R"({"created_at":"2026-11-24T10:30:00Z","schema_version":5,"app_version":"x","counts":{"customers":1,"leads":1,"documents":1},"original_size":1})",
        R"({"created_at":"2026-11-24T10:30:00Z","schema_version":5,"app_version":"x","counts":{"customers":1,"leads":1,"documents":1,"payments":1}})",
    };
    for (const QByteArray& json : bad) {
        INFO(json.toStdString());
        CHECK_FALSE(backup::metadataFromJson(json));
    }
}

TEST_CASE("a version 1 backup written from the format description reads", "[backup][format]")
{
    QFile file(QStringLiteral(PEYVAND_TEST_DATA "/backup/plain-v1-python.pvbak"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    auto reader = openBytes(bytes);
    REQUIRE(reader);
    CHECK(reader->metadata().customers == 2);
    CHECK(reader->metadata().leads == 1);
    CHECK(reader->metadata().createdAt == QDateTime(QDate(2026, 11, 24), QTime(10, 30), QTimeZone::utc()));
    QByteArray expected("SQLite format 3\0", 16);
    for (int i = 0; i < 20; ++i)
        expected += "customer row ";
    const auto back = readBackup(bytes);
    REQUIRE(back);
    CHECK(*back == expected);
}
