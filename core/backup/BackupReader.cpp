#include "BackupReader.h"

#include "BackupCrypto.h"
#include "BackupEnvelope.h"
#include "BackupErrors.h"
#include "BackupFiles.h"
#include "BackupFrames.h"
#include "DatabaseFileCheck.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <zlib.h>

namespace peyvand::backup {

namespace {

struct ReaderText {
    Q_DECLARE_TR_FUNCTIONS(Backup)
};

constexpr qsizetype kOutBytes = 256 * 1024;

class Inflater {
public:
    Inflater() { m_ok = inflateInit(&m_z) == Z_OK; }
    ~Inflater() { inflateEnd(&m_z); }
    Inflater(const Inflater&) = delete;
    Inflater& operator=(const Inflater&) = delete;
    bool ok() const { return m_ok; }
    bool ended() const { return m_ended; }

    // Decompresses one frame into out. False: the data is not a valid zlib
    // stream, continues after its end, or would exceed `limit` bytes.
    bool feed(const QByteArray& input, QIODevice& out, qint64 limit, qint64& written, QString& writeError)
    {
        if (input.isEmpty())
            return true;
        if (m_ended)
            return false;
        m_z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(input.constData()));
        m_z.avail_in = uInt(input.size());
        m_buffer.resize(kOutBytes);
        while (m_z.avail_in > 0) {
            m_z.next_out = reinterpret_cast<Bytef*>(m_buffer.data());
            m_z.avail_out = uInt(kOutBytes);
            const int rc = inflate(&m_z, Z_NO_FLUSH);
            if (rc != Z_OK && rc != Z_STREAM_END)
                return false;
            const qint64 produced = kOutBytes - qint64(m_z.avail_out);
            if (written + produced > limit)
                return false;
            if (produced > 0 && out.write(m_buffer.constData(), produced) != produced) {
                writeError = out.errorString();
                return false;
            }
            written += produced;
            if (rc == Z_STREAM_END) {
                m_ended = true;
                return m_z.avail_in == 0;
            }
        }
        return true;
    }

private:
    z_stream m_z {};
    bool m_ok = false;
    bool m_ended = false;
    QByteArray m_buffer;
};

} // namespace

BackupReader::BackupReader(BackupReader&&) noexcept = default;
BackupReader& BackupReader::operator=(BackupReader&&) noexcept = default;
BackupReader::~BackupReader() = default;

Result<BackupReader> BackupReader::open(const QString& path)
{
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly)) {
        return Error::make(ErrorCode::Io, ReaderText::tr("The backup “%1” cannot be opened: %2").arg(path, file->errorString()));
    }
    if (QFileInfo(path).isDir())
        return backupError(BackupDefect::NotABackup, path);
    return fromDevice(std::move(file), path);
}

Result<BackupReader> BackupReader::fromDevice(std::unique_ptr<QIODevice> device, const QString& name)
{
    auto header = readHeader(*device, name);
    if (!header)
        return header.error();
    auto metadata = metadataFromJson(header->header.metadataJson);
    if (!metadata)
        return backupError(BackupDefect::HeaderDamaged, name);
    BackupReader reader;
    reader.m_device = std::move(device);
    reader.m_name = name;
    reader.m_header = std::move(*header);
    reader.m_metadata = *metadata;
    return reader;
}

Result<QByteArray> BackupReader::streamKeyFor(const QString& passphrase) const
{
    const auto& e = m_header.header.encryption;
    if (!e)
        return QByteArray();
    if (passphrase.isEmpty())
        return backupError(BackupDefect::PassphraseRequired, m_name);
    if (m_header.header.version == 1) {
        auto keys = deriveKeys(passphrase, e->salt, e->kdf);
        if (!keys)
            return keys.error();
        if (!sameBytes(keyCheckValue(*keys), e->keyCheck))
            return backupError(BackupDefect::WrongPassphrase, m_name);
        return QByteArray(keys->streamKey.constData(), keys->streamKey.size());
    }
    auto streamKey = BackupEnvelope::open(e->sealedKey, passphrase, e->salt, e->kdf);
    if (!streamKey)
        return streamKey.error();
    if (streamKey->isEmpty())
        return backupError(BackupDefect::WrongPassphrase, m_name);
    return streamKey;
}

Status BackupReader::checkPassphrase(const QString& passphrase) const
{
    auto key = streamKeyFor(passphrase);
    if (!key)
        return key.error();
    return {};
}

Status BackupReader::extractTo(QIODevice& out, const QString& passphrase, const BackupProgress& progress)
{
    if (m_used)
        return Error::make(ErrorCode::Internal, QStringLiteral("BackupReader::extractTo called twice"));
    auto key = streamKeyFor(passphrase);
    if (!key)
        return key.error();
    return extract(out, *key, progress);
}

Status BackupReader::extractWithStreamKey(QIODevice& out, const QByteArray& streamKey, const BackupProgress& progress)
{
    return extract(out, streamKey, progress);
}

Status BackupReader::extract(QIODevice& out, const QByteArray& streamKey, const BackupProgress& progress)
{
    if (m_used)
        return Error::make(ErrorCode::Internal, QStringLiteral("BackupReader::extractTo called twice"));
    m_used = true;
    FrameSource frames(*m_device, m_name);
    if (const auto& e = m_header.header.encryption) {
        if (streamKey.size() != 32)
            return Error::make(ErrorCode::Internal, QStringLiteral("stream key of the wrong size"));
        if (auto s = frames.startEncrypted(streamKey, e->streamHeader); !s)
            return s;
    }
    frames.begin(m_header.raw);

    Inflater inflater;
    if (!inflater.ok())
        return Error::make(ErrorCode::Internal, QStringLiteral("zlib inflateInit failed"));
    const qint64 total = m_metadata.originalSize;
    qint64 written = 0;
    for (;;) {
        auto frame = frames.next();
        if (!frame)
            return frame.error();
        if (!frame->has_value())
            break;
        QString writeError;
        if (!inflater.feed(**frame, out, total, written, writeError)) {
            if (!writeError.isEmpty())
                return Error::make(ErrorCode::Io, ReaderText::tr("The restored database cannot be written: %1").arg(writeError));
            return backupError(BackupDefect::Damaged, m_name);
        }
        if (progress && !progress(written, total))
            return Error::make(ErrorCode::Cancelled, ReaderText::tr("The restore was cancelled; nothing was changed."));
    }
    if (!inflater.ended() || written != total)
        return backupError(BackupDefect::Damaged, m_name);
    return {};
}

Status BackupReader::extractToFile(const QString& path, const QString& passphrase, const BackupProgress& progress)
{
    if (QFileInfo::exists(path))
        return Error::make(ErrorCode::Conflict, ReaderText::tr("“%1” already exists; it is not overwritten.").arg(path));
    auto temp = TempFile::create(QFileInfo(path).absolutePath(), QStringLiteral(".peyvand-restore"), QStringLiteral(".sqlite"));
    if (!temp)
        return temp.error();
    if (auto s = extractTo(temp->file(), passphrase, progress); !s)
        return s;
    if (auto s = temp->finishWriting(); !s)
        return s;
    auto facts = inspectDatabaseFile(temp->path());
    if (!facts)
        return facts.error();
    return temp->moveTo(path);
}

} // namespace peyvand::backup
