#pragma once

#include "common/Money.h"
#include "common/Result.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QTime>

#include <optional>

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
// A time of day, HH:MM (24-hour).
Result<QTime> parseTimeOfDay(const QString& text, const QString& field);
// An amount in Rial as typed by a user (Money::parse: any digits, thousands
// separators); negative amounts are refused.
Result<Money> parseAmount(const QString& text, const QString& field);

// "unknown value “soon”; allowed: now, 1m, …" as an InvalidInput error naming
// the option, for options that take one of a fixed set of keys.
Error unknownValue(const QString& option, const QString& value, const QStringList& allowed);

// The key typed for an option (trimmed, lower-case) looked up with fromKey
// (e.g. leads::timelineFromKey); allowed lists the keys for the error.
template <typename Enum, typename FromKey>
Result<Enum> parseKey(const QString& text, const QString& option, FromKey fromKey, const QStringList& allowed)
{
    const QString key = text.trimmed().toLower();
    const std::optional<Enum> value = fromKey(key);
    if (!value)
        return unknownValue(option, text, allowed);
    return *value;
}

} // namespace peyvand::cli
