#include "Csv.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <array>
#include <optional>

namespace peyvand::io {

namespace {

struct CsvText {
    Q_DECLARE_TR_FUNCTIONS(Csv)
};

Error fileError(const QString& message, int line = 0)
{
    Error e = Error::invalid(QStringLiteral("file"), message);
    if (line > 0)
        e.detail = QStringLiteral("line %1").arg(line);
    return e;
}

bool isContinuation(unsigned char b)
{
    return (b & 0xC0) == 0x80;
}

// Length of the well-formed UTF-8 sequence at data[i] (RFC 3629: no overlong
// forms, no surrogates, nothing above U+10FFFF), 0 when it is not one.
int utf8SequenceLength(const unsigned char* data, qsizetype size, qsizetype i)
{
    const unsigned char b0 = data[i];
    if (b0 < 0x80)
        return 1;
    int length = 0;
    unsigned char low = 0x80;
    unsigned char high = 0xBF;
    if (b0 >= 0xC2 && b0 <= 0xDF) {
        length = 2;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
        length = 3;
        if (b0 == 0xE0)
            low = 0xA0;  // overlong
        else if (b0 == 0xED)
            high = 0x9F; // surrogates
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
        length = 4;
        if (b0 == 0xF0)
            low = 0x90;  // overlong
        else if (b0 == 0xF4)
            high = 0x8F; // above U+10FFFF
    } else {
        return 0;
    }
    if (i + length > size)
        return 0;
    if (data[i + 1] < low || data[i + 1] > high)
        return 0;
    for (int k = 2; k < length; ++k) {
        if (!isContinuation(data[i + k]))
            return 0;
    }
    return length;
}

// The 1-based line holding the first byte that is not well-formed UTF-8, or 0.
// Lines end at LF, CRLF or a lone CR, as in the parser.
int firstInvalidUtf8Line(const QByteArray& data, qsizetype from)
{
    const auto* bytes = reinterpret_cast<const unsigned char*>(data.constData());
    const qsizetype size = data.size();
    int line = 1;
    for (qsizetype i = from; i < size;) {
        const unsigned char b = bytes[i];
        if (b == '\n' || (b == '\r' && (i + 1 >= size || bytes[i + 1] != '\n')))
            ++line;
        const int length = utf8SequenceLength(bytes, size, i);
        if (length == 0)
            return line;
        i += length;
    }
    return 0;
}

// Excel's "Unicode text" is UTF-16 with a BOM: convert it to UTF-8 so the
// parser sees one encoding. Lone surrogates become U+FFFD.
std::optional<QByteArray> utf8FromUtf16(const QByteArray& data)
{
    const bool little = data.startsWith("\xFF\xFE");
    const bool big = data.startsWith("\xFE\xFF");
    if (!little && !big)
        return std::nullopt;
    QStringDecoder decoder(little ? QStringConverter::Utf16LE : QStringConverter::Utf16BE, QStringConverter::Flag::Default);
    const QString text = decoder.decode(QByteArrayView(data).sliced(2));
    return text.toUtf8();
}

// QString::fromUtf8 drops a BOM at the start of what it decodes; inside a
// file that U+FEFF is data and is kept.
QString decodeField(const QByteArray& bytes)
{
    QString text = QString::fromUtf8(bytes);
    if (bytes.startsWith("\xEF\xBB\xBF"))
        text.prepend(QChar(0xFEFF));
    return text;
}

bool isLineBreak(char c)
{
    return c == '\n' || c == '\r';
}

// The delimiter used most often on the first line outside quotes; comma
// when none appears (a file of one column). Ties go to the earlier candidate.
char detectDelimiter(const QByteArray& data, qsizetype from)
{
    constexpr std::array<char, 3> candidates = { ',', ';', '\t' };
    std::array<int, 3> counts = { 0, 0, 0 };
    bool quoted = false;
    for (qsizetype i = from; i < data.size(); ++i) {
        const char c = data.at(i);
        if (c == '"') {
            quoted = !quoted;
            continue;
        }
        if (quoted)
            continue;
        if (isLineBreak(c))
            break;
        for (std::size_t k = 0; k < candidates.size(); ++k) {
            if (c == candidates[k])
                ++counts[k];
        }
    }
    std::size_t best = 0;
    for (std::size_t k = 1; k < candidates.size(); ++k) {
        if (counts[k] > counts[best])
            best = k;
    }
    return candidates[best];
}

// Reads records from UTF-8 bytes. Delimiters, quotes and line breaks are
// ASCII, which never occurs inside a multi-byte UTF-8 sequence, so the bytes
// can be split first and each field decoded on its own.
class Parser {
public:
    Parser(const QByteArray& data, qsizetype from, char delimiter)
        : m_data(data.constData())
        , m_size(data.size())
        , m_pos(from)
        , m_delimiter(delimiter)
    {
    }

    Result<QList<CsvRecord>> records()
    {
        QList<CsvRecord> out;
        while (m_pos < m_size) {
            if (isLineBreak(m_data[m_pos])) {
                skipLineBreak(); // an empty line
                continue;
            }
            CsvRecord record;
            record.line = m_line;
            if (auto s = readFields(record.fields); !s)
                return s.error();
            skipLineBreak();
            out.append(std::move(record));
        }
        return out;
    }

private:
    Status readFields(QStringList& fields)
    {
        for (;;) {
            QByteArray field;
            if (m_pos < m_size && m_data[m_pos] == '"') {
                if (auto s = readQuoted(field); !s)
                    return s;
            }
            // Unquoted text, or text after a closing quote (taken literally,
            // as spreadsheets do with `"a"b`).
            const qsizetype start = m_pos;
            while (m_pos < m_size && m_data[m_pos] != m_delimiter && !isLineBreak(m_data[m_pos]))
                ++m_pos;
            field.append(m_data + start, m_pos - start);
            fields.append(decodeField(field));
            if (m_pos < m_size && m_data[m_pos] == m_delimiter) {
                ++m_pos;
                continue;
            }
            return {};
        }
    }

    // From the opening quote to just after the closing one. Line breaks
    // inside (CRLF, LF or CR) are kept as LF.
    Status readQuoted(QByteArray& field)
    {
        const int startLine = m_line;
        ++m_pos;
        qsizetype runStart = m_pos;
        while (m_pos < m_size) {
            const char c = m_data[m_pos];
            if (c == '"') {
                field.append(m_data + runStart, m_pos - runStart);
                if (m_pos + 1 < m_size && m_data[m_pos + 1] == '"') {
                    field.append('"');
                    m_pos += 2;
                    runStart = m_pos;
                    continue;
                }
                ++m_pos;
                return {};
            }
            if (isLineBreak(c)) {
                field.append(m_data + runStart, m_pos - runStart);
                field.append('\n');
                skipLineBreak();
                runStart = m_pos;
                continue;
            }
            ++m_pos;
        }
        return fileError(CsvText::tr("The quoted value that starts on line %1 is never closed: a quote (\") is missing.")
                             .arg(startLine),
                         startLine);
    }

    void skipLineBreak()
    {
        if (m_pos >= m_size)
            return;
        if (m_data[m_pos] == '\r' && m_pos + 1 < m_size && m_data[m_pos + 1] == '\n')
            ++m_pos;
        ++m_pos;
        ++m_line;
    }

    const char* m_data;
    qsizetype m_size;
    qsizetype m_pos;
    char m_delimiter;
    int m_line = 1;
};

bool isSupportedDelimiter(QChar c)
{
    return c.unicode() < 0x80 && c != u'"' && c != u'\n' && c != u'\r';
}

} // namespace

Result<QList<CsvRecord>> parseCsv(const QByteArray& input, const CsvOptions& options)
{
    if (input.size() > options.maxBytes) {
        return fileError(CsvText::tr("The file is too large (%1 MB); at most %2 MB can be read.")
                             .arg((input.size() + 1024 * 1024 - 1) / (1024 * 1024))
                             .arg(options.maxBytes / (1024 * 1024)));
    }
    if (!options.delimiter.isNull() && !isSupportedDelimiter(options.delimiter))
        return Error::invalid(QStringLiteral("delimiter"), CsvText::tr("“%1” cannot separate CSV values.").arg(options.delimiter));

    const std::optional<QByteArray> converted = utf8FromUtf16(input);
    const QByteArray& data = converted ? *converted : input;
    const qsizetype from = data.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    if (const int line = firstInvalidUtf8Line(data, from)) {
        return fileError(CsvText::tr("Line %1 is not UTF-8 text. Save the file as “CSV UTF-8” and try again.").arg(line),
                         line);
    }
    const char delimiter = options.delimiter.isNull() ? detectDelimiter(data, from) : char(options.delimiter.unicode());
    return Parser(data, from, delimiter).records();
}

QString csvField(const QString& value, QChar delimiter)
{
    bool needsQuotes = false;
    for (const QChar c : value) {
        if (c == delimiter || c == u'"' || c == u'\n' || c == u'\r') {
            needsQuotes = true;
            break;
        }
    }
    if (!needsQuotes)
        return value;
    QString quoted = value;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

} // namespace peyvand::io
