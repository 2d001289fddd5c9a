#pragma once

#include "common/Result.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace peyvand::cli {

// Parsers for values typed on the command line. All accept digits in any
// script; errors are InvalidInput naming `field` (the option as typed, or the
// positional's name such as "ID").

// A record ID: a positive integer.
Result<qint64> parseId(const QString& text, const QString& field = QStringLiteral("ID"));
// A whole number in [min, max].
Result<qint64> parseCount(const QString& text, const QString& field, qint64 min, qint64 max);
// Jalali YYYY/MM/DD or ISO YYYY-MM-DD (text::parseAnyDate).
Result<QDate> parseDate(const QString& text, const QString& field);
// A date as above (taken as local noon, so the day survives the conversion to
// UTC in any time zone) or an ISO-8601 date-time ("2024-03-20T14:30",
// "…Z", "…+03:30"; local time when no offset is given). Returned in UTC.
Result<QDateTime> parseMoment(const QString& text, const QString& field);

} // namespace peyvand::cli
