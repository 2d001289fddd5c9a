// The backup reader of core/backup (docs/backup-format.md): no crash, no
// unbounded allocation and no hang on any bytes. The first byte picks how the
// rest is used, so that the fuzzer also gets past the checksums and the
// authentication it cannot forge:
//   0: the bytes are a backup file;
//   1: the bytes are the metadata JSON of a header with a valid checksum;
//   2: the bytes are the compressed payload of a plain backup with valid tags;
//   3: the same inside a valid encrypted stream;
//   4: the bytes are a database written with BackupWriter and read back
//      (plain or encrypted), which must give exactly the same bytes.
#include "FuzzSupport.h"
#include "backup/BackupCrypto.h"
#include "backup/BackupErrors.h"
#include "backup/BackupFormat.h"
#include "backup/BackupFrames.h"
#include "backup/BackupReader.h"
#include "backup/BackupWriter.h"

#include <QBuffer>
#include <QTimeZone>

#include <memory>

using namespace peyvand;
using namespace peyvand::backup;
using peyvand::fuzz::require;

namespace {

const QString kPassphrase = QStringLiteral("fuzz");

// Counts what is written and keeps nothing.
class Discard final : public QIODevice {
public:
    Discard() { open(QIODevice::WriteOnly); }
    qint64 total = 0;

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char*, qint64 size) override
    {
        total += size;
        return size;
    }
};

BackupMetadata metadata(qint64 originalSize)
{
    BackupMetadata m;
    m.createdAt = QDateTime(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::utc());
    m.schemaVersion = 5;
    m.appVersion = QStringLiteral("fuzz");
    m.originalSize = originalSize;
    return m;
}

QString describe(const QByteArray& bytes) { return QString::fromLatin1(bytes.toHex()); }

// Reads a backup from memory; a failure must be a backup defect or a cancel.
Result<qint64> read(const QByteArray& file, const QString& passphrase)
{
    auto device = std::make_unique<QBuffer>();
    device->setData(file);
    device->open(QIODevice::ReadOnly);
    auto reader = BackupReader::fromDevice(std::move(device), QStringLiteral("fuzz.pvbak"));
    if (!reader) {
        require(defectOf(reader.error()).has_value(), "header errors are backup defects", describe(file));
        return reader.error();
    }
    require(reader->metadata().originalSize >= 0, "sizes are not negative", describe(file));
    Discard sink;
    const qint64 limit = reader->metadata().originalSize;
    if (auto s = reader->extractTo(sink, passphrase); !s) {
        require(defectOf(s.error()).has_value() || s.error().code == ErrorCode::Io, "read errors are backup defects", describe(file));
        return s.error();
    }
    require(sink.total == limit, "a good backup gives exactly its original size", describe(file));
    return sink.total;
}

// A backup whose payload frames are the given bytes, cut where the fuzzer
// says, with correct tags or correct encryption.
QByteArray wrapPayload(const QByteArray& input, bool encrypted)
{
    if (input.size() < 3)
        return {};
    const qint64 originalSize = qint64(quint8(input.at(0))) << 8 | quint8(input.at(1));
    const int cut = 1 + quint8(input.at(2)) * 4;
    const QByteArray payload = input.mid(3);

    QByteArray file;
    QBuffer out(&file);
    out.open(QIODevice::WriteOnly);
    FrameSink sink(out);
    Header header;
    header.metadataJson = metadataToJson(metadata(originalSize));
    if (encrypted) {
        header.version = 1; // the key check is cheaper to get past than a sealed key
        EncryptionHeader e;
        e.kdf = KdfParams::minimum();
        e.salt = QByteArray(format::kSaltBytes, 's');
        auto keys = deriveKeys(kPassphrase, e.salt, e.kdf);
        if (!keys)
            return {};
        e.keyCheck = keyCheckValue(*keys);
        auto streamHeader = sink.startEncrypted(keys->streamKey);
        if (!streamHeader)
            return {};
        e.streamHeader = *streamHeader;
        header.encryption = e;
    }
    const QByteArray raw = encodeHeader(header);
    out.write(raw);
    sink.begin(raw);
    qsizetype at = 0;
    while (payload.size() - at > cut) {
        (void)sink.push(QByteArrayView(payload.constData() + at, cut));
        at += cut;
    }
    (void)sink.finish(QByteArrayView(payload.constData() + at, payload.size() - at));
    return file;
}

void roundTrip(const QByteArray& input)
{
    const bool encrypted = !input.isEmpty() && (quint8(input.at(0)) & 1);
    QByteArray database = input;
    QBuffer source(&database);
    source.open(QIODevice::ReadOnly);
    QByteArray file;
    QBuffer out(&file);
    out.open(QIODevice::WriteOnly);
    WriteOptions options;
    options.kdf = KdfParams::minimum();
    if (encrypted)
        options.passphrase = kPassphrase;
    require(bool(BackupWriter::write(source, database.size(), metadata(0), out, options)), "writing to memory works", describe(input));

    auto device = std::make_unique<QBuffer>();
    device->setData(file);
    device->open(QIODevice::ReadOnly);
    auto reader = BackupReader::fromDevice(std::move(device), QStringLiteral("fuzz.pvbak"));
    require(bool(reader), "a written backup opens", describe(input));
    require(reader->isEncrypted() == encrypted, "encryption is recorded", describe(input));
    QByteArray back;
    QBuffer sink(&back);
    sink.open(QIODevice::WriteOnly);
    require(bool(reader->extractTo(sink, kPassphrase)), "a written backup reads", describe(input));
    require(back == database, "the round trip gives the same bytes", describe(input));

    if (!file.isEmpty()) {
        // Cut anywhere: always "cut short".
        const qsizetype length = qsizetype(input.size() > 1 ? quint8(input.at(1)) : 0) * file.size() / 256;
        if (length > 0) {
            const auto cut = read(file.left(length), kPassphrase);
            require(!cut && defectOf(cut.error()) == BackupDefect::Truncated, "a cut backup is incomplete", describe(input));
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray input(reinterpret_cast<const char*>(data + 1), qsizetype(size - 1));
    switch (data[0] % 5) {
    case 0:
        (void)read(input, kPassphrase);
        (void)read(input, QString());
        break;
    case 1: {
        if (input.isEmpty() || input.size() > format::kMaxMetadataBytes)
            break;
        Header header;
        header.metadataJson = input;
        const QByteArray file = encodeHeader(header) + QByteArray("\0\0\0\0", 4);
        auto parsed = metadataFromJson(input);
        const auto result = read(file, QString());
        if (parsed) {
            require(bool(metadataFromJson(metadataToJson(*parsed))), "accepted metadata serialises", describe(input));
            require(*metadataFromJson(metadataToJson(*parsed)) == *parsed, "metadata round-trips", describe(input));
        } else {
            require(!result && defectOf(result.error()) == BackupDefect::HeaderDamaged, "bad metadata is a damaged header",
                    describe(input));
        }
        break;
    }
    case 2:
        (void)read(wrapPayload(input, false), QString());
        break;
    case 3:
        (void)read(wrapPayload(input, true), kPassphrase);
        break;
    case 4:
        roundTrip(input);
        break;
    }
    return 0;
}
