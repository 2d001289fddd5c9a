#include "CsvReader.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <utility>

namespace peyvand::io {

namespace {

struct CsvReaderText {
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
};

constexpr std::array<char16_t, 4> kCandidates = { u',', u';', u'\t', u'\u060C' };
constexpr int kSampleRecords = 20;
constexpr qsizetype kSampleChars = 64 * 1024;

Error unclosedQuote(qint64 line)
{
    return fileError(CsvReaderText::tr("line %1: a quoted value is never closed (a \" is missing).").arg(line), line);
}

Error nulCharacter(qint64 line)
{
    return fileError(CsvReaderText::tr("line %1: the file holds a NUL character, so it is not text (or it is UTF-16 "
                                       "without a byte order mark: choose UTF-16).")
                         .arg(line),
                     line);
}

Error recordTooLong(qint64 line, qsizetype maxChars)
{
    return fileError(CsvReaderText::tr("line %1: the record that starts here is longer than %2 characters; a closing "
                                       "quote (\") may be missing.")
                         .arg(line)
                         .arg(maxChars),
                     line);
}

// Fields per record of the first records of `sample` for one delimiter.
QList<int> fieldCounts(QStringView sample, char16_t delimiter, bool complete)
{
    QList<int> counts;
    bool quoted = false;
    bool inRecord = false;
    int fields = 1;
    for (const QChar qc : sample) {
        const char16_t c = qc.unicode();
        if (c == u'"') {
            quoted = !quoted;
            inRecord = true;
            continue;
        }
        if (quoted)
            continue;
        if (c == u'\n' || c == u'\r') {
            if (inRecord) {
                counts.append(fields);
                if (counts.size() == kSampleRecords)
                    return counts;
            }
            inRecord = false;
            fields = 1;
            continue;
        }
        inRecord = true;
        if (c == delimiter)
            ++fields;
    }
    if (inRecord && (complete || counts.isEmpty()))
        counts.append(fields);
    return counts;
}

} // namespace

QChar detectDelimiter(QStringView sample, bool complete)
{
    char16_t best = u',';
    std::pair<qsizetype, int> bestScore { -1, -1 };
    for (const char16_t candidate : kCandidates) {
        const QList<int> counts = fieldCounts(sample, candidate, complete);
        if (counts.isEmpty() || counts.first() < 2)
            continue;
        const std::pair<qsizetype, int> score { counts.count(counts.first()), counts.first() };
        if (score > bestScore) {
            bestScore = score;
            best = candidate;
        }
    }
    return QChar(best);
}

bool isUsableDelimiter(QChar delimiter)
{
    return !delimiter.isNull() && delimiter != u'"' && delimiter != u'\n' && delimiter != u'\r'
        && !delimiter.isSurrogate();
}

CsvReader::CsvReader(QIODevice& device, const Options& options)
    : m_input(device, options.encoding, options.maxBytes)
    , m_options(options)
{
}

void CsvReader::setDelimiter(char16_t delimiter)
{
    m_delimiter = delimiter;
    for (bool& stop : m_stops)
        stop = false;
    m_stops[u'\r'] = m_stops[u'\n'] = m_stops[0] = true;
    if (delimiter < 128)
        m_stops[delimiter] = true;
}

Status CsvReader::open()
{
    if (auto s = m_input.open(); !s)
        return s;
    if (!m_options.delimiter.isNull()) {
        setDelimiter(m_options.delimiter.unicode());
        return {};
    }
    while (m_buffer.size() < kSampleChars && !m_input.atEnd()) {
        if (auto more = m_input.readMore(m_buffer); !more)
            return more.error();
    }
    const bool complete = m_input.atEnd() && m_buffer.size() <= kSampleChars;
    setDelimiter(detectDelimiter(QStringView(m_buffer).left(kSampleChars), complete).unicode());
    return {};
}

// Drops what was parsed and at least doubles what is left, so that a
// record read again after each refill costs linear time in all.
Status CsvReader::refill()
{
    m_buffer.remove(0, m_pos);
    m_pos = 0;
    const qsizetype target = 2 * std::max<qsizetype>(m_buffer.size(), 1);
    while (m_buffer.size() < target && !m_input.atEnd()) {
        if (auto more = m_input.readMore(m_buffer); !more)
            return more.error();
    }
    return {};
}

Result<bool> CsvReader::next(QStringList& fields, qint64& line)
{
    for (;;) {
        const char16_t* d = reinterpret_cast<const char16_t*>(m_buffer.constData());
        const qsizetype n = m_buffer.size();
        const bool eof = m_input.atEnd();
        // Empty lines.
        while (m_pos < n && (d[m_pos] == u'\n' || d[m_pos] == u'\r')) {
            if (d[m_pos] == u'\r' && m_pos + 1 == n && !eof)
                break;
            m_pos += (d[m_pos] == u'\r' && m_pos + 1 < n && d[m_pos + 1] == u'\n') ? 2 : 1;
            ++m_line;
        }
        if (m_pos == n && eof)
            return false;
        Outcome outcome = Outcome::NeedMore;
        Error error;
        if (m_pos < n && d[m_pos] != u'\r') {
            line = m_line;
            outcome = parseRecord(fields, error);
        }
        if (outcome == Outcome::Done)
            return true;
        if (outcome == Outcome::Failed)
            return error;
        if (n - m_pos > m_options.maxRecordChars)
            return recordTooLong(m_line, m_options.maxRecordChars);
        if (auto s = refill(); !s)
            return s.error();
    }
}

// Parses the record at m_pos if the buffer holds all of it; on NeedMore
// nothing is consumed and the caller retries with more text.
CsvReader::Outcome CsvReader::parseRecord(QStringList& fields, Error& error)
{
    const char16_t* d = reinterpret_cast<const char16_t*>(m_buffer.constData());
    const qsizetype n = m_buffer.size();
    const bool eof = m_input.atEnd();
    const char16_t delimiter = m_delimiter;
    qsizetype i = m_pos;
    qint64 line = m_line;
    const bool* stops = m_stops;
    fields.clear();
    fields.reserve(m_fieldsHint);
    for (;;) {
        QString field;
        bool wasQuoted = false;
        if (i < n && d[i] == u'"') {
            wasQuoted = true;
            const qint64 quoteLine = line;
            qsizetype run = ++i;
            for (;;) {
                while (i < n && d[i] != u'"' && d[i] != u'\n' && d[i] != u'\r' && d[i] != 0)
                    ++i;
                if (i == n) {
                    if (!eof)
                        return Outcome::NeedMore;
                    error = unclosedQuote(quoteLine);
                    return Outcome::Failed;
                }
                const char16_t c = d[i];
                if (c == 0) {
                    error = nulCharacter(line);
                    return Outcome::Failed;
                }
                if ((c == u'"' || c == u'\r') && i + 1 == n && !eof)
                    return Outcome::NeedMore;
                field.append(reinterpret_cast<const QChar*>(d + run), i - run);
                if (c == u'"') {
                    if (i + 1 < n && d[i + 1] == u'"') {
                        field.append(u'"');
                        i += 2;
                        run = i;
                        continue;
                    }
                    ++i;
                    break;
                }
                field.append(u'\n');
                i += (c == u'\r' && i + 1 < n && d[i + 1] == u'\n') ? 2 : 1;
                ++line;
                run = i;
            }
        }
        const qsizetype run = i;
        while (i < n) {
            const char16_t c = d[i];
            if (c < 128 ? stops[c] : c == delimiter)
                break;
            ++i;
        }
        if (i == n && !eof)
            return Outcome::NeedMore;
        if (i < n && d[i] == 0) {
            error = nulCharacter(line);
            return Outcome::Failed;
        }
        if (wasQuoted) {
            field.append(reinterpret_cast<const QChar*>(d + run), i - run);
            fields.append(std::move(field));
        } else {
            fields.append(QString(reinterpret_cast<const QChar*>(d + run), i - run));
        }
        if (i < n && d[i] == delimiter) {
            ++i;
            continue;
        }
        if (i < n) {
            if (d[i] == u'\r' && i + 1 == n && !eof)
                return Outcome::NeedMore;
            i += (d[i] == u'\r' && i + 1 < n && d[i + 1] == u'\n') ? 2 : 1;
            ++line;
        }
        if (i - m_pos > m_options.maxRecordChars) {
            error = recordTooLong(m_line, m_options.maxRecordChars);
            return Outcome::Failed;
        }
        m_pos = i;
        m_line = line;
        m_fieldsHint = fields.size();
        return Outcome::Done;
    }
}

} // namespace peyvand::io
