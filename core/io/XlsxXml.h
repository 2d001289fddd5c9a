#pragma once

// Internal to the XLSX reader: its errors and safe XML reading.

#include "common/Result.h"

#include <QString>
#include <QXmlStreamReader>

namespace peyvand::io::xlsx {

// InvalidInput on field "file"; detail "line N" when a sheet row is known.
Error fileError(const QString& message, qint64 row = 0);
// "The XLSX file is damaged: <reason>".
Error damaged(const QString& reason, qint64 row = 0);

// The next token; a DTD (and with it any entity declaration) stops the
// reader with a CustomError, so no entity is ever expanded.
QXmlStreamReader::TokenType readNextToken(QXmlStreamReader& xml);

// The error of a reader that stopped, naming the part and its line.
Error xmlError(const QXmlStreamReader& xml, const QString& part, qint64 row = 0);

// The text of the current element; child elements are skipped (their text
// is not wanted where this is used).
QString elementText(QXmlStreamReader& xml);

// Bytes as whole megabytes, rounded up, for limit messages.
QString megabytes(qint64 bytes);

bool isStart(const QXmlStreamReader& xml, QStringView name);
bool isEnd(const QXmlStreamReader& xml, QStringView name);
// "1", "true" (as OOXML booleans are written).
bool xmlTrue(QStringView value);

} // namespace peyvand::io::xlsx
