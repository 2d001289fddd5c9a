#pragma once

#include "TextEncoding.h"
#include "common/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>

class QIODevice;

namespace peyvand::io {

// The text of a device, decoded a chunk at a time for the streaming readers.
// With Auto the whole device is read through once to choose the encoding
// and then rewound (a sequential device is judged by its first megabytes).
// Each read of the device is decoded as it comes, so the readers above see
// chunks of any size.
class TextInput final {
public:
    TextInput(QIODevice& device, TextEncoding encoding, qint64 maxBytes);
    ~TextInput();
    TextInput(const TextInput&) = delete;
    TextInput& operator=(const TextInput&) = delete;

    // Checks the size, settles the encoding and reads the first chunk.
    // Errors name field "file".
    Status open();
    // Appends the next decoded chunk to `text`; false once the input is
    // exhausted (the decoder's tail has then been appended).
    Result<bool> readMore(QString& text);
    bool atEnd() const { return m_atEnd; }

    TextEncoding encoding() const { return m_encoding; }
    const EncodingGuess& guess() const { return m_guess; }
    qint64 invalidSequences() const;
    qint64 position() const { return m_read; }
    qint64 size() const { return m_size; }
    // The first bytes of the input, for recognising a binary format.
    QByteArray head() const { return m_head; }

    static constexpr qsizetype kChunkBytes = 256 * 1024;
    static constexpr qsizetype kHeadBytes = 16;

private:
    Result<QByteArrayView> readChunk();

    QIODevice& m_device;
    TextEncoding m_encoding;
    qint64 m_maxBytes;
    EncodingGuess m_guess;
    std::unique_ptr<TextDecoder> m_decoder;
    QByteArray m_chunk;      // the buffer of readChunk
    QByteArray m_prefetched; // read before decoding started (sniffing, head())
    QByteArray m_head;
    qint64 m_read = 0;
    qint64 m_size = 0;
    bool m_atEnd = false;
};

// The errors the readers give, all InvalidInput on field "file".
Error fileError(const QString& message, qint64 line = 0);

} // namespace peyvand::io
