#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace peyvand::io {

// RFC 4180 CSV as spreadsheets write it, from a whole buffer, through the
// streaming CsvReader (CsvReader.h has the rules): UTF-8 (a BOM is skipped;
// invalid UTF-8 is an error naming the line), fields separated by the
// delimiter, quoted fields may hold delimiters, quotes ("") and line breaks,
// CRLF or LF. The delimiter is detected from the first records (comma,
// semicolon, tab or the Persian comma) when not given. Each record remembers
// the 1-based line it started on. Empty lines are skipped; line breaks inside
// quoted values become LF; text after a closing quote is kept literally
// (`"a"b` is `ab`). A file that starts with a UTF-16 BOM (Excel's "Unicode
// text") is read as UTF-16. A NUL character or a record over 1M characters
// is an error. Errors are InvalidInput with field "file" (or "delimiter");
// the message names the line and detail holds "line N".
struct CsvRecord {
    int line = 0;
    QStringList fields;
};

struct CsvOptions {
    QChar delimiter;            // null: detect
    qint64 maxBytes = 64ll * 1024 * 1024;
};

Result<QList<CsvRecord>> parseCsv(const QByteArray& data, const CsvOptions& options = {});
// One field quoted as needed, for writing.
QString csvField(const QString& value, QChar delimiter = u',');

} // namespace peyvand::io
