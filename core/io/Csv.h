#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace peyvand::io {

// RFC 4180 CSV as spreadsheets write it: UTF-8 (a BOM is skipped; invalid
// UTF-8 is an error naming the line), fields separated by the delimiter,
// quoted fields may hold delimiters, quotes ("") and line breaks, CRLF or LF.
// The delimiter is detected from the first line (comma, semicolon or tab)
// when not given. Each record remembers the 1-based line it started on.
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
