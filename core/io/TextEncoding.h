#pragma once

#include <QByteArrayView>
#include <QString>

#include <memory>

namespace peyvand::io {

// The encodings spreadsheet programs write customer lists in.
enum class TextEncoding {
    Auto,         // detect: BOM, else valid UTF-8, else Windows-1256
    Utf8,         // with or without BOM
    Utf16,        // LE or BE, told by its BOM ("Unicode text"); LE without one
    Windows1256,  // "CSV" saved on a Persian Windows; has no Persian Yeh/Keheh
};

// "auto", "utf-8", "utf-16", "windows-1256" (also "cp1256"); nullopt-like
// Auto with ok=false for anything else.
TextEncoding encodingFromKey(QStringView key, bool* ok = nullptr);
QString encodingKey(TextEncoding encoding);
// Translated, for the wizard and the CLI: "UTF-8", "Windows-1256 (Arabic/Persian)".
QString encodingLabel(TextEncoding encoding);

struct EncodingGuess {
    TextEncoding encoding = TextEncoding::Utf8;
    int bomBytes = 0;          // bytes to skip at the start
    bool fellBack = false;     // not valid UTF-8, so read as Windows-1256
    qint64 firstInvalidLine = 0; // when fellBack: the first line that was not UTF-8
};

// Decides from the whole content (streamed by the caller through
// EncodingSniffer) or from a complete buffer.
EncodingGuess detectEncoding(QByteArrayView data);

// Feed bytes in any chunking; result() is the same as detectEncoding of the
// concatenation.
class EncodingSniffer final {
public:
    EncodingSniffer();
    ~EncodingSniffer();
    void feed(QByteArrayView chunk);
    EncodingGuess result() const;

private:
    struct State;
    std::unique_ptr<State> m_state;
};

// Decodes a stream chunk by chunk (a character split across chunks is kept
// for the next one). Feed it from the stream's first byte: a BOM there is
// consumed (for UTF-16 it tells the byte order), later ones are text.
// Windows-1256 maps every byte; UTF-8/UTF-16 errors are counted and give
// U+FFFD (UTF-8: one per maximal subpart, so chunking never changes the
// result).
class TextDecoder final {
public:
    explicit TextDecoder(TextEncoding encoding); // not Auto
    ~TextDecoder();
    QString decode(QByteArrayView chunk);
    QString finish();          // whatever an incomplete tail leaves
    qint64 invalidSequences() const;

private:
    struct State;
    std::unique_ptr<State> m_state;
};

} // namespace peyvand::io
