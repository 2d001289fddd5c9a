#include "BackupFrames.h"

#include "BackupCrypto.h"
#include "BackupErrors.h"
#include "BackupFormat.h"

#include <QCoreApplication>
#include <QIODevice>

#include <sodium.h>

namespace peyvand::backup {

namespace {

struct FrameText {
    Q_DECLARE_TR_FUNCTIONS(Backup)
};

using StreamState = crypto_secretstream_xchacha20poly1305_state;
constexpr qsizetype kAuthBytes = crypto_secretstream_xchacha20poly1305_ABYTES;
static_assert(crypto_secretstream_xchacha20poly1305_HEADERBYTES == format::kStreamHeaderBytes);

// tag_i = BLAKE2b-256(tag_{i-1} || u32 length || data)
QByteArray chainTag(const QByteArray& previous, QByteArrayView data)
{
    crypto_generichash_state state;
    crypto_generichash_init(&state, nullptr, 0, 32);
    crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>(previous.constData()), size_t(previous.size()));
    QByteArray length;
    putU32(length, quint32(data.size()));
    crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>(length.constData()), 4);
    crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>(data.data()), size_t(data.size()));
    QByteArray out(32, Qt::Uninitialized);
    crypto_generichash_final(&state, reinterpret_cast<unsigned char*>(out.data()), 32);
    return out;
}

QByteArray readExactly(QIODevice& in, qsizetype n)
{
    QByteArray out = in.read(n);
    while (out.size() < n) {
        const QByteArray more = in.read(n - out.size());
        if (more.isEmpty())
            break;
        out.append(more);
    }
    return out;
}

Error writeFailed(QIODevice& out)
{
    return Error::make(ErrorCode::Io, FrameText::tr("The backup cannot be written: %1").arg(out.errorString()));
}

} // namespace

struct FrameSink::State {
    explicit State(QIODevice& device) : out(device) { }
    QIODevice& out;
    bool encrypted = false;
    bool first = true;
    StreamState stream {};
    QByteArray headerRaw;
    QByteArray previousTag;

    Status writeFrame(QByteArrayView payload, const QByteArray& trailer)
    {
        QByteArray frame;
        frame.reserve(4 + payload.size() + trailer.size());
        putU32(frame, quint32(payload.size()));
        frame.append(payload.data(), payload.size());
        frame.append(trailer);
        if (out.write(frame) != frame.size())
            return writeFailed(out);
        return {};
    }

    Status frame(QByteArrayView data, bool final)
    {
        if (!encrypted) {
            previousTag = chainTag(previousTag, data);
            return writeFrame(data, previousTag);
        }
        QByteArray cipher(data.size() + kAuthBytes, Qt::Uninitialized);
        const QByteArray& ad = first ? headerRaw : QByteArray();
        crypto_secretstream_xchacha20poly1305_push(
            &stream, reinterpret_cast<unsigned char*>(cipher.data()), nullptr, reinterpret_cast<const unsigned char*>(data.data()),
            size_t(data.size()), ad.isEmpty() ? nullptr : reinterpret_cast<const unsigned char*>(ad.constData()), size_t(ad.size()),
            final ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : crypto_secretstream_xchacha20poly1305_TAG_MESSAGE);
        first = false;
        return writeFrame(cipher, {});
    }
};

FrameSink::FrameSink(QIODevice& out) : d(new State(out)) { }

FrameSink::~FrameSink()
{
    sodium_memzero(&d->stream, sizeof d->stream);
}

Result<QByteArray> FrameSink::startEncrypted(const QByteArray& streamKey)
{
    if (auto s = ensureSodium(); !s)
        return s.error();
    QByteArray header(format::kStreamHeaderBytes, Qt::Uninitialized);
    crypto_secretstream_xchacha20poly1305_init_push(&d->stream, reinterpret_cast<unsigned char*>(header.data()),
                                                    reinterpret_cast<const unsigned char*>(streamKey.constData()));
    d->encrypted = true;
    return header;
}

void FrameSink::begin(const QByteArray& headerRaw)
{
    d->headerRaw = headerRaw;
    d->previousTag = headerRaw.right(format::kChecksumBytes);
}

Status FrameSink::push(QByteArrayView data)
{
    Q_ASSERT(!data.isEmpty() && data.size() <= format::kMaxFrameBytes);
    return d->frame(data, false);
}

Status FrameSink::finish(QByteArrayView data)
{
    if (!d->encrypted) {
        if (!data.isEmpty()) {
            if (auto s = d->frame(data, false); !s)
                return s;
        }
        return d->frame({}, true); // the zero-length end marker
    }
    return d->frame(data, true);
}

struct FrameSource::State {
    State(QIODevice& device, QString name) : in(device), fileName(std::move(name)) { }
    QIODevice& in;
    QString fileName;
    bool encrypted = false;
    bool first = true;
    bool ended = false;
    StreamState stream {};
    QByteArray headerRaw;
    QByteArray previousTag;

    Error defect(BackupDefect which) const { return backupError(which, fileName); }

    // After the end marker the file must end.
    Status requireEnd()
    {
        char extra;
        if (in.read(&extra, 1) != 0)
            return defect(BackupDefect::Damaged);
        return {};
    }
};

FrameSource::FrameSource(QIODevice& in, QString fileName) : d(new State(in, std::move(fileName))) { }

FrameSource::~FrameSource()
{
    sodium_memzero(&d->stream, sizeof d->stream);
}

Status FrameSource::startEncrypted(const QByteArray& streamKey, const QByteArray& streamHeader)
{
    if (auto s = ensureSodium(); !s)
        return s.error();
    if (streamHeader.size() != format::kStreamHeaderBytes
        || crypto_secretstream_xchacha20poly1305_init_pull(&d->stream, reinterpret_cast<const unsigned char*>(streamHeader.constData()),
                                                           reinterpret_cast<const unsigned char*>(streamKey.constData()))
            != 0)
        return d->defect(BackupDefect::HeaderDamaged);
    d->encrypted = true;
    return {};
}

void FrameSource::begin(const QByteArray& headerRaw)
{
    d->headerRaw = headerRaw;
    d->previousTag = headerRaw.right(format::kChecksumBytes);
}

Result<std::optional<QByteArray>> FrameSource::next()
{
    if (d->ended)
        return std::optional<QByteArray>();
    const QByteArray lengthBytes = readExactly(d->in, 4);
    if (lengthBytes.size() < 4)
        return d->defect(BackupDefect::Truncated);
    const quint32 length = getU32(lengthBytes.constData());

    if (!d->encrypted) {
        if (length > quint32(format::kMaxFrameBytes))
            return d->defect(BackupDefect::Damaged);
        const QByteArray data = readExactly(d->in, qsizetype(length));
        const QByteArray tag = readExactly(d->in, format::kChecksumBytes);
        if (data.size() < qsizetype(length) || tag.size() < format::kChecksumBytes)
            return d->defect(BackupDefect::Truncated);
        const QByteArray expected = chainTag(d->previousTag, data);
        if (!sameBytes(expected, tag))
            return d->defect(BackupDefect::Damaged);
        d->previousTag = expected;
        if (length == 0) {
            d->ended = true;
            if (auto s = d->requireEnd(); !s)
                return s.error();
            return std::optional<QByteArray>();
        }
        return std::optional<QByteArray>(data);
    }

    if (length < quint32(kAuthBytes) || length > quint32(format::kMaxFrameBytes + kAuthBytes))
        return d->defect(BackupDefect::Damaged);
    const QByteArray cipher = readExactly(d->in, qsizetype(length));
    if (cipher.size() < qsizetype(length))
        return d->defect(BackupDefect::Truncated);
    QByteArray plain(cipher.size() - kAuthBytes, Qt::Uninitialized);
    unsigned char tag = 0;
    const QByteArray& ad = d->first ? d->headerRaw : QByteArray();
    if (crypto_secretstream_xchacha20poly1305_pull(
            &d->stream, reinterpret_cast<unsigned char*>(plain.data()), nullptr, &tag,
            reinterpret_cast<const unsigned char*>(cipher.constData()), size_t(cipher.size()),
            ad.isEmpty() ? nullptr : reinterpret_cast<const unsigned char*>(ad.constData()), size_t(ad.size()))
        != 0)
        return d->defect(BackupDefect::Damaged);
    d->first = false;
    if (tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL) {
        d->ended = true;
        if (auto s = d->requireEnd(); !s)
            return s.error();
    } else if (tag != crypto_secretstream_xchacha20poly1305_TAG_MESSAGE) {
        return d->defect(BackupDefect::Damaged);
    }
    return std::optional<QByteArray>(plain);
}

} // namespace peyvand::backup
