#include "TextInput.h"

#include <QCoreApplication>
#include <QIODevice>

namespace peyvand::io {

namespace {

struct InputText {
    Q_DECLARE_TR_FUNCTIONS(TextInput)
};

// A sequential device cannot be rewound: this much of it is judged.
constexpr qsizetype kSequentialSniffBytes = 4 * 1024 * 1024;

qint64 megabytes(qint64 bytes)
{
    return (bytes + 1024 * 1024 - 1) / (1024 * 1024);
}

} // namespace

Error fileError(const QString& message, qint64 line)
{
    Error e = Error::invalid(QStringLiteral("file"), message);
    if (line > 0)
        e.detail = QStringLiteral("line %1").arg(line);
    return e;
}

TextInput::TextInput(QIODevice& device, TextEncoding encoding, qint64 maxBytes)
    : m_device(device)
    , m_encoding(encoding)
    , m_maxBytes(maxBytes)
{
}

TextInput::~TextInput() = default;

Status TextInput::open()
{
    if (!m_device.isReadable())
        return Error::make(ErrorCode::Io, InputText::tr("The file cannot be read."));
    if (!m_device.isSequential()) {
        m_size = m_device.size() - m_device.pos();
        if (m_size > m_maxBytes) {
            return fileError(InputText::tr("The file is too large (%1 MB); at most %2 MB can be read.")
                                 .arg(megabytes(m_size))
                                 .arg(m_maxBytes / (1024 * 1024)));
        }
    }
    if (m_encoding == TextEncoding::Auto) {
        EncodingSniffer sniffer;
        if (m_device.isSequential()) {
            while (m_prefetched.size() < kSequentialSniffBytes) {
                auto chunk = readChunk();
                if (!chunk)
                    return chunk.error();
                if (chunk->isEmpty())
                    break;
                m_prefetched.append(*chunk);
            }
            sniffer.feed(m_prefetched);
        } else {
            const qint64 start = m_device.pos();
            for (;;) {
                auto chunk = readChunk();
                if (!chunk)
                    return chunk.error();
                if (chunk->isEmpty())
                    break;
                sniffer.feed(*chunk);
            }
            if (!m_device.seek(start))
                return Error::make(ErrorCode::Io, InputText::tr("The file cannot be read."));
            m_read = 0;
        }
        m_guess = sniffer.result();
        m_encoding = m_guess.encoding;
    } else {
        m_guess.encoding = m_encoding;
    }
    m_decoder = std::make_unique<TextDecoder>(m_encoding);
    // The first bytes are known from here on (head()).
    while (m_head.size() < kHeadBytes && m_prefetched.size() == m_read) {
        auto chunk = readChunk();
        if (!chunk)
            return chunk.error();
        if (chunk->isEmpty())
            break;
        m_prefetched.append(*chunk);
    }
    return {};
}

// One read of the device, whatever it gives: decoding never waits for a
// full chunk, and a device that hands out a few bytes at a time is read a
// few bytes at a time. The bytes stay valid until the next read.
Result<QByteArrayView> TextInput::readChunk()
{
    if (m_chunk.isEmpty())
        m_chunk.resize(kChunkBytes);
    const qint64 got = m_device.read(m_chunk.data(), m_chunk.size());
    if (got < 0)
        return Error::make(ErrorCode::Io, InputText::tr("The file cannot be read."), m_device.errorString());
    const QByteArrayView chunk(m_chunk.constData(), got);
    // The first bytes of the input, once (a rewound device repeats them).
    if (m_head.size() < kHeadBytes && m_read == m_head.size())
        m_head.append(chunk.first(std::min<qsizetype>(got, kHeadBytes - m_head.size())));
    m_read += got;
    if (m_read > m_maxBytes) {
        return fileError(InputText::tr("The file is too large (%1 MB); at most %2 MB can be read.")
                             .arg(megabytes(m_read))
                             .arg(m_maxBytes / (1024 * 1024)));
    }
    return chunk;
}

Result<bool> TextInput::readMore(QString& text)
{
    if (m_atEnd)
        return false;
    if (!m_prefetched.isEmpty()) {
        text.append(m_decoder->decode(m_prefetched));
        m_prefetched = QByteArray();
        return true;
    }
    auto chunk = readChunk();
    if (!chunk)
        return chunk.error();
    if (chunk->isEmpty()) {
        m_atEnd = true;
        text.append(m_decoder->finish());
        return false;
    }
    text.append(m_decoder->decode(*chunk));
    return true;
}

qint64 TextInput::invalidSequences() const
{
    return m_decoder ? m_decoder->invalidSequences() : 0;
}

} // namespace peyvand::io
