#include "TextEncoding.h"

#include "Utf8Sequence.h"
#include "Windows1256.h"

#include <cstring>

namespace peyvand::io {

namespace {

constexpr char16_t kReplacement = 0xFFFD;
constexpr char16_t kBom = 0xFEFF;

} // namespace

// One decoder per stream. UTF-8 errors are replaced per maximal subpart
// (Unicode §3.9), so the output does not depend on where chunks are cut.
struct TextDecoder::State {
    TextEncoding encoding;
    qint64 invalid = 0;
    bool atStart = true; // a BOM may still come

    // UTF-8: the sequence being read.
    int need = 0;
    unsigned char low = 0x80;
    unsigned char high = 0xBF;
    char32_t codePoint = 0;

    // UTF-16.
    bool bigEndian = false;
    bool haveOddByte = false;
    unsigned char oddByte = 0;
    char16_t pendingHigh = 0;

    static void put(char16_t*& out, char32_t cp)
    {
        if (cp < 0x10000) {
            *out++ = char16_t(cp);
        } else {
            *out++ = QChar::highSurrogate(cp);
            *out++ = QChar::lowSurrogate(cp);
        }
    }

    void putInvalid(char16_t*& out)
    {
        *out++ = kReplacement;
        ++invalid;
    }

    QString decodeUtf8(const unsigned char* p, qsizetype n)
    {
        // Each byte gives at most one unit, and a sequence cut short by the
        // first byte of this chunk one more.
        QString text(n + 1, Qt::Uninitialized);
        char16_t* const begin = reinterpret_cast<char16_t*>(text.data());
        char16_t* out = begin;
        qsizetype i = 0;
        while (i < n) {
            if (need == 0) {
                while (i + 8 <= n) {
                    quint64 word;
                    std::memcpy(&word, p + i, 8);
                    if (word & 0x8080808080808080ull)
                        break;
                    for (int k = 0; k < 8; ++k)
                        out[k] = p[i + k];
                    out += 8;
                    i += 8;
                }
                // Whole two- and three-byte sequences (Persian and Arabic
                // letters, most symbols) without the state machine; the
                // letters of a word one after another.
                while (i + 1 < n && p[i] >= 0xC2 && p[i] <= 0xDF && (p[i + 1] & 0xC0) == 0x80) {
                    *out++ = char16_t(((p[i] & 0x1F) << 6) | (p[i + 1] & 0x3F));
                    i += 2;
                }
                if (i >= n)
                    break;
                const unsigned char b = p[i++];
                if (b < 0x80) {
                    *out++ = b;
                    continue;
                }
                if (b >= 0xE1 && b <= 0xEC && i + 1 < n && (p[i] & 0xC0) == 0x80 && (p[i + 1] & 0xC0) == 0x80) {
                    *out++ = char16_t(((b & 0x0F) << 12) | ((p[i] & 0x3F) << 6) | (p[i + 1] & 0x3F));
                    i += 2;
                    continue;
                }
                detail::Utf8Lead lead;
                if (!detail::utf8Lead(b, lead)) {
                    putInvalid(out);
                    continue;
                }
                need = lead.need;
                low = lead.low;
                high = lead.high;
                codePoint = lead.bits;
                continue;
            }
            const unsigned char b = p[i];
            if (b < low || b > high) {
                // The sequence so far is one error; b starts afresh.
                need = 0;
                putInvalid(out);
                continue;
            }
            ++i;
            codePoint = (codePoint << 6) | (b & 0x3F);
            low = 0x80;
            high = 0xBF;
            if (--need == 0)
                put(out, codePoint);
        }
        text.truncate(out - begin);
        return text;
    }

    void putUnit(char16_t*& out, char16_t unit)
    {
        if (pendingHigh) {
            if (QChar::isLowSurrogate(unit)) {
                *out++ = pendingHigh;
                *out++ = unit;
                pendingHigh = 0;
                return;
            }
            pendingHigh = 0;
            putInvalid(out);
        }
        if (QChar::isHighSurrogate(unit))
            pendingHigh = unit;
        else if (QChar::isLowSurrogate(unit))
            putInvalid(out);
        else
            *out++ = unit;
    }

    QString decodeUtf16(const unsigned char* p, qsizetype n)
    {
        QString text(n / 2 + 2, Qt::Uninitialized);
        char16_t* const begin = reinterpret_cast<char16_t*>(text.data());
        char16_t* out = begin;
        qsizetype i = 0;
        auto unitAt = [this](unsigned char a, unsigned char b) {
            return bigEndian ? char16_t((a << 8) | b) : char16_t(a | (b << 8));
        };
        if (haveOddByte && n > 0) {
            haveOddByte = false;
            takeUnit(out, unitAt(oddByte, p[0]));
            i = 1;
        }
        for (; i + 1 < n; i += 2)
            takeUnit(out, unitAt(p[i], p[i + 1]));
        if (i < n) {
            haveOddByte = true;
            oddByte = p[i];
        }
        text.truncate(out - begin);
        return text;
    }

    // The first unit tells the byte order: FEFF read little-endian is a
    // little-endian BOM, FFFE one written big-endian. Without a BOM the
    // text is taken as little-endian, as Windows writes it.
    void takeUnit(char16_t*& out, char16_t unit)
    {
        if (atStart) {
            atStart = false;
            if (unit == kBom)
                return;
            if (unit == 0xFFFE) {
                bigEndian = true;
                return;
            }
        }
        putUnit(out, unit);
    }

    QString finish()
    {
        QString text;
        char16_t tail[2];
        char16_t* out = tail;
        if (encoding == TextEncoding::Utf8 && need > 0) {
            need = 0;
            putInvalid(out);
        } else if (encoding == TextEncoding::Utf16) {
            if (pendingHigh) {
                pendingHigh = 0;
                putInvalid(out);
            }
            if (haveOddByte) {
                haveOddByte = false;
                putInvalid(out);
            }
        }
        return QString(reinterpret_cast<const QChar*>(tail), out - tail);
    }
};

TextDecoder::TextDecoder(TextEncoding encoding)
    : m_state(std::make_unique<State>())
{
    m_state->encoding = encoding == TextEncoding::Auto ? TextEncoding::Utf8 : encoding;
}

TextDecoder::~TextDecoder() = default;

QString TextDecoder::decode(QByteArrayView chunk)
{
    State& s = *m_state;
    const auto* p = reinterpret_cast<const unsigned char*>(chunk.data());
    switch (s.encoding) {
    case TextEncoding::Auto:
    case TextEncoding::Utf8: {
        QString text = s.decodeUtf8(p, chunk.size());
        // A BOM starts the stream at most once; later U+FEFF is data.
        if (s.atStart && !text.isEmpty()) {
            s.atStart = false;
            if (text.front() == QChar(kBom))
                text.remove(0, 1);
        }
        return text;
    }
    case TextEncoding::Utf16:
        return s.decodeUtf16(p, chunk.size());
    case TextEncoding::Windows1256:
        return decodeWindows1256(chunk);
    }
    return {};
}

QString TextDecoder::finish()
{
    QString text = m_state->finish();
    m_state->atStart = false;
    return text;
}

qint64 TextDecoder::invalidSequences() const
{
    return m_state->invalid;
}

} // namespace peyvand::io
