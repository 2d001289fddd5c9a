#pragma once

#include "TextInput.h"

#include <QString>

namespace peyvand::io {

// Physical lines of a TextInput (ended by LF, CRLF or a lone CR), each with
// its 1-based number, read in chunks. A line longer than maxChars is an
// error, as is a NUL character (the input is then not text).
class TextLines final {
public:
    TextLines(TextInput& input, qsizetype maxChars);

    // Fills `line` and `number`; false at the end.
    Result<bool> next(QString& line, qint64& number);
    // The same line is returned again by the next call to next().
    void unread();

private:
    TextInput& m_input;
    qsizetype m_maxChars;
    QString m_buffer;
    qsizetype m_pos = 0;
    qint64 m_number = 0;
    bool m_haveUnread = false;
    QString m_last;
    qint64 m_lastNumber = 0;
};

} // namespace peyvand::io
