#include "BackupWriter.h"

#include "BackupCrypto.h"
#include "BackupFrames.h"

#include <QCoreApplication>
#include <QIODevice>

#include <zlib.h>

namespace peyvand::backup {

namespace {

struct WriterText {
    Q_DECLARE_TR_FUNCTIONS(Backup)
};

constexpr qsizetype kReadBytes = 256 * 1024;

Error cancelled()
{
    return Error::make(ErrorCode::Cancelled, WriterText::tr("The backup was cancelled; no backup file was kept."));
}

class Deflater {
public:
    Deflater() { m_ok = deflateInit(&m_z, Z_DEFAULT_COMPRESSION) == Z_OK; }
    ~Deflater() { deflateEnd(&m_z); }
    Deflater(const Deflater&) = delete;
    Deflater& operator=(const Deflater&) = delete;
    bool ok() const { return m_ok; }

    // Compresses input (or finishes the stream when finish is set), handing
    // every full frame to sink; the partial frame stays in pending.
    Status feed(QByteArrayView input, bool finish, FrameSink& sink)
    {
        m_z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(input.data()));
        m_z.avail_in = uInt(input.size());
        for (;;) {
            if (m_pending.size() == format::kWriterFrameBytes) {
                if (auto s = sink.push(m_pending); !s)
                    return s;
                m_pending.clear();
            }
            const qsizetype used = m_pending.size();
            m_pending.resize(format::kWriterFrameBytes);
            m_z.next_out = reinterpret_cast<Bytef*>(m_pending.data() + used);
            m_z.avail_out = uInt(format::kWriterFrameBytes - used);
            const int rc = deflate(&m_z, finish ? Z_FINISH : Z_NO_FLUSH);
            m_pending.resize(format::kWriterFrameBytes - qsizetype(m_z.avail_out));
            if (rc == Z_STREAM_ERROR)
                return Error::make(ErrorCode::Internal, QStringLiteral("zlib deflate failed"));
            if (finish && rc == Z_STREAM_END)
                return {};
            if (!finish && m_z.avail_in == 0 && m_z.avail_out > 0)
                return {};
        }
    }
    const QByteArray& pending() const { return m_pending; }

private:
    z_stream m_z {};
    bool m_ok = false;
    QByteArray m_pending;
};

} // namespace

Status BackupWriter::write(QIODevice& source, qint64 sourceSize, BackupMetadata metadata, QIODevice& out,
                           const WriteOptions& options, const BackupProgress& progress)
{
    metadata.originalSize = sourceSize;
    Header header;
    header.metadataJson = metadataToJson(metadata);
    FrameSink sink(out);
    std::optional<EnvelopeKey> recipient = options.recipient;
    if (options.passphrase) {
        if (options.passphrase->isEmpty())
            return Error::invalid(QStringLiteral("passphrase"), WriterText::tr("The passphrase must not be empty."));
        if (!options.kdf.acceptable())
            return Error::make(ErrorCode::Internal, QStringLiteral("key derivation limits out of range"));
        auto key = BackupEnvelope::create(*options.passphrase, options.kdf);
        if (!key)
            return key.error();
        recipient = *key;
    }
    if (recipient) {
        if (!recipient->kdf.acceptable() || recipient->salt.size() != format::kSaltBytes)
            return Error::make(ErrorCode::Internal, QStringLiteral("bad envelope key"));
        const QByteArray streamKey = options.streamKey.isEmpty() ? randomBytes(32) : options.streamKey;
        EncryptionHeader e;
        e.kdf = recipient->kdf;
        e.salt = recipient->salt;
        auto sealed = BackupEnvelope::seal(streamKey, recipient->publicKey);
        if (!sealed)
            return sealed.error();
        e.sealedKey = *sealed;
        auto streamHeader = sink.startEncrypted(streamKey);
        if (!streamHeader)
            return streamHeader.error();
        e.streamHeader = *streamHeader;
        header.encryption = std::move(e);
    }
    const QByteArray headerRaw = encodeHeader(header);
    if (out.write(headerRaw) != headerRaw.size())
        return Error::make(ErrorCode::Io, WriterText::tr("The backup cannot be written: %1").arg(out.errorString()));
    sink.begin(headerRaw);

    Deflater deflater;
    if (!deflater.ok())
        return Error::make(ErrorCode::Internal, QStringLiteral("zlib deflateInit failed"));
    QByteArray buffer(kReadBytes, Qt::Uninitialized);
    qint64 done = 0;
    while (done < sourceSize) {
        const qint64 n = source.read(buffer.data(), qMin<qint64>(kReadBytes, sourceSize - done));
        if (n <= 0) {
            return Error::make(ErrorCode::Io, WriterText::tr("The database copy cannot be read: %1")
                                                  .arg(n < 0 ? source.errorString() : WriterText::tr("it ended early")));
        }
        if (auto s = deflater.feed(QByteArrayView(buffer.constData(), n), false, sink); !s)
            return s;
        done += n;
        if (progress && !progress(done, sourceSize))
            return cancelled();
    }
    if (auto s = deflater.feed({}, true, sink); !s)
        return s;
    return sink.finish(deflater.pending());
}

} // namespace peyvand::backup
