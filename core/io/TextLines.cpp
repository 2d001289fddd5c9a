#include "TextLines.h"

#include <QCoreApplication>

#include <algorithm>

namespace peyvand::io {

namespace {

struct TextLinesText {
    Q_DECLARE_TR_FUNCTIONS(TextLines)
};

} // namespace

TextLines::TextLines(TextInput& input, qsizetype maxChars)
    : m_input(input)
    , m_maxChars(maxChars)
{
}

void TextLines::unread()
{
    m_haveUnread = true;
}

Result<bool> TextLines::next(QString& line, qint64& number)
{
    if (m_haveUnread) {
        m_haveUnread = false;
        line = m_last;
        number = m_lastNumber;
        return true;
    }
    for (;;) {
        const char16_t* d = reinterpret_cast<const char16_t*>(m_buffer.constData());
        const qsizetype n = m_buffer.size();
        const bool eof = m_input.atEnd();
        qsizetype i = m_pos;
        while (i < n && d[i] != u'\n' && d[i] != u'\r' && d[i] != 0)
            ++i;
        if (i < n && d[i] == 0) {
            const qint64 at = m_number + 1;
            return fileError(TextLinesText::tr("line %1: the file holds a NUL character, so it is not text (or it is "
                                               "UTF-16 without a byte order mark: choose UTF-16).")
                                 .arg(at),
                             at);
        }
        const bool complete = i < n && (d[i] == u'\n' || i + 1 < n || eof);
        if (complete || (i == n && eof && i > m_pos)) {
            line = QString(reinterpret_cast<const QChar*>(d + m_pos), i - m_pos);
            if (i < n)
                i += (d[i] == u'\r' && i + 1 < n && d[i + 1] == u'\n') ? 2 : 1;
            m_pos = i;
            number = ++m_number;
            m_last = line;
            m_lastNumber = number;
            return true;
        }
        if (i == n && eof)
            return false;
        if (n - m_pos > m_maxChars) {
            const qint64 at = m_number + 1;
            return fileError(TextLinesText::tr("line %1 is longer than %2 characters.").arg(at).arg(m_maxChars), at);
        }
        // At least double what is left (linear time for long lines).
        m_buffer.remove(0, m_pos);
        m_pos = 0;
        const qsizetype target = 2 * std::max<qsizetype>(m_buffer.size(), 1);
        while (m_buffer.size() < target && !m_input.atEnd()) {
            if (auto more = m_input.readMore(m_buffer); !more)
                return more.error();
        }
    }
}

} // namespace peyvand::io
