#include "TextEncoding.h"

#include "Utf8Sequence.h"
#include "common/EnumKeys.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstring>

namespace peyvand::io {

namespace {

struct EncodingText {
    Q_DECLARE_TR_FUNCTIONS(TextEncoding)
};

constexpr std::pair<TextEncoding, const char*> kKeys[] = {
    { TextEncoding::Auto, "auto" },
    { TextEncoding::Utf8, "utf-8" },
    { TextEncoding::Utf16, "utf-16" },
    { TextEncoding::Windows1256, "windows-1256" },
};

// Other names people and files use for the same encodings.
constexpr std::pair<TextEncoding, const char*> kAliases[] = {
    { TextEncoding::Utf8, "utf8" },
    { TextEncoding::Utf16, "utf16" },
    { TextEncoding::Utf16, "unicode" },
    { TextEncoding::Windows1256, "cp1256" },
    { TextEncoding::Windows1256, "windows1256" },
};

} // namespace

TextEncoding encodingFromKey(QStringView key, bool* ok)
{
    const QString lower = key.trimmed().toString().toLower();
    auto found = enumFromKey(QStringView(lower), kKeys);
    if (!found)
        found = enumFromKey(QStringView(lower), kAliases);
    if (ok)
        *ok = found.has_value();
    return found.value_or(TextEncoding::Auto);
}

QString encodingKey(TextEncoding encoding)
{
    return keyOf(encoding, kKeys);
}

QString encodingLabel(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Auto:
        return EncodingText::tr("Detect automatically");
    case TextEncoding::Utf8:
        return EncodingText::tr("UTF-8");
    case TextEncoding::Utf16:
        return EncodingText::tr("UTF-16 (Unicode text)");
    case TextEncoding::Windows1256:
        return EncodingText::tr("Windows-1256 (Arabic/Persian)");
    }
    return {};
}

// Validates UTF-8 as it streams by and counts lines (LF, CRLF or a lone CR
// end one) only up to the first invalid sequence: after it the answer is
// known and the rest is skipped.
struct EncodingSniffer::State {
    char head[3] = {};
    int headSize = 0;
    // The sequence being read.
    int need = 0;
    unsigned char low = 0x80;
    unsigned char high = 0xBF;
    // Line breaks seen before the current position; a CR at the end of the
    // last chunk is counted once the next byte shows it was not CRLF.
    qint64 breaks = 0;
    bool pendingCr = false;
    bool invalid = false;
    qint64 invalidLine = 0;

    void countBreaks(const unsigned char* p, qsizetype n)
    {
        if (n == 0)
            return;
        if (pendingCr) {
            if (p[0] != '\n')
                ++breaks;
            pendingCr = false;
        }
        const unsigned char* end = p + n;
        breaks += std::count(p, end, '\n');
        for (const unsigned char* cr = p; (cr = static_cast<const unsigned char*>(std::memchr(cr, '\r', size_t(end - cr))));
             ++cr) {
            if (cr + 1 == end)
                pendingCr = true;
            else if (cr[1] != '\n')
                ++breaks;
        }
    }

    // The offset of the lead byte of the first invalid sequence, -1 when
    // there is none, -2 when that sequence started in an earlier chunk.
    qsizetype firstInvalid(const unsigned char* p, qsizetype n)
    {
        qsizetype i = 0;
        qsizetype leadAt = -2;
        while (i < n) {
            if (need == 0) {
                // Eight ASCII bytes at a time.
                while (i + 8 <= n) {
                    quint64 word;
                    std::memcpy(&word, p + i, 8);
                    if (word & 0x8080808080808080ull)
                        break;
                    i += 8;
                }
                // Two-byte sequences (the letters of a Persian word) in a row.
                while (i + 1 < n && p[i] >= 0xC2 && p[i] <= 0xDF && (p[i + 1] & 0xC0) == 0x80)
                    i += 2;
                if (i >= n)
                    break;
                const unsigned char b = p[i];
                if (b < 0x80) {
                    ++i;
                    continue;
                }
                detail::Utf8Lead lead;
                if (!detail::utf8Lead(b, lead))
                    return i;
                need = lead.need;
                low = lead.low;
                high = lead.high;
                leadAt = i++;
                continue;
            }
            const unsigned char b = p[i];
            if (b < low || b > high)
                return leadAt;
            low = 0x80;
            high = 0xBF;
            --need;
            ++i;
        }
        return -1;
    }

    void feed(const unsigned char* p, qsizetype n)
    {
        for (qsizetype i = 0; i < n && headSize < 3; ++i)
            head[headSize++] = char(p[i]);
        if (invalid || n == 0)
            return;
        const qsizetype at = firstInvalid(p, n);
        if (at == -1) {
            countBreaks(p, n);
            return;
        }
        // No line break can sit inside a sequence, so a sequence begun in
        // an earlier chunk is on the line where that chunk ended.
        if (at > 0)
            countBreaks(p, at);
        if (at >= 0 && pendingCr) {
            ++breaks;
            pendingCr = false;
        }
        invalid = true;
        invalidLine = breaks + 1;
    }
};

EncodingSniffer::EncodingSniffer()
    : m_state(std::make_unique<State>())
{
}

EncodingSniffer::~EncodingSniffer() = default;

void EncodingSniffer::feed(QByteArrayView chunk)
{
    m_state->feed(reinterpret_cast<const unsigned char*>(chunk.data()), chunk.size());
}

EncodingGuess EncodingSniffer::result() const
{
    const State& s = *m_state;
    const QByteArrayView head(s.head, s.headSize);
    EncodingGuess guess;
    if (head.startsWith("\xEF\xBB\xBF")) {
        guess.bomBytes = 3;
        return guess;
    }
    if (head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF")) {
        guess.encoding = TextEncoding::Utf16;
        guess.bomBytes = 2;
        return guess;
    }
    if (s.invalid || s.need > 0) {
        guess.encoding = TextEncoding::Windows1256;
        guess.fellBack = true;
        // A sequence cut off by the end of the data: no line break can
        // follow its lead byte, so it is on the last line.
        guess.firstInvalidLine = s.invalid ? s.invalidLine : s.breaks + 1;
    }
    return guess;
}

EncodingGuess detectEncoding(QByteArrayView data)
{
    EncodingSniffer sniffer;
    sniffer.feed(data);
    return sniffer.result();
}

} // namespace peyvand::io
