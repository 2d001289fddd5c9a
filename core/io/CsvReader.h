#pragma once

#include "TextInput.h"
#include "common/Result.h"

#include <QChar>
#include <QString>
#include <QStringList>
#include <QStringView>

class QIODevice;

namespace peyvand::io {

// Records of RFC 4180 CSV read from a device in chunks, in about constant
// memory: fields separated by the delimiter, quoted fields hold delimiters,
// quotes ("") and line breaks (kept as LF), CRLF, LF or a lone CR end a
// record, empty lines are skipped but counted, text after a closing quote is
// kept literally (`"a"b` is `ab`) and a quote inside unquoted text is data.
// A NUL character means the input is not text and is an error, as is a
// record longer than maxRecordChars (typically a quote that is never
// closed in a large file).
class CsvReader final {
public:
    struct Options {
        TextEncoding encoding = TextEncoding::Auto;
        QChar delimiter; // null: detectDelimiter on the first records
        qint64 maxBytes = 2ll * 1024 * 1024 * 1024;
        qsizetype maxRecordChars = 1024 * 1024;
    };

    CsvReader(QIODevice& device, const Options& options);

    // Settles the encoding, reads the first chunk and the delimiter.
    Status open();
    // The next record and the 1-based line it starts on; false at the end.
    Result<bool> next(QStringList& fields, qint64& line);

    QChar delimiter() const { return QChar(m_delimiter); }
    const TextInput& input() const { return m_input; }

private:
    enum class Outcome { Done, NeedMore, Failed };
    Outcome parseRecord(QStringList& fields, Error& error);
    Status refill();
    void setDelimiter(char16_t delimiter);

    TextInput m_input;
    Options m_options;
    QString m_buffer;
    qsizetype m_pos = 0;
    qint64 m_line = 1;
    char16_t m_delimiter = u',';
    qsizetype m_fieldsHint = 0; // fields of the last record
    // ASCII characters that end an unquoted run: the delimiter (when ASCII),
    // CR, LF and NUL.
    bool m_stops[128] = {};
};

// The delimiter among , ; tab and the Persian comma that splits the first
// record of `sample` into the most fields, preferring the one that gives
// the following records (up to 20) the same number of fields; comma when
// none splits the first record. `complete`: the sample is the whole input
// (otherwise its last record may be cut short and is not counted).
QChar detectDelimiter(QStringView sample, bool complete);

// A delimiter that cannot work (a quote, a line break, NUL) is refused.
bool isUsableDelimiter(QChar delimiter);

} // namespace peyvand::io
