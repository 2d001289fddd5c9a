#include "Values.h"

#include "text/Digits.h"
#include "text/Jalali.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace peyvand::cli {

Result<qint64> parseId(const QString& text, const QString& field)
{
    bool ok = false;
    const qint64 id = text::toAsciiDigits(text.trimmed()).toLongLong(&ok);
    if (!ok || id <= 0) {
        return Error::invalid(field, QCoreApplication::translate("Cli", "“%1” is not a valid ID").arg(text));
    }
    return id;
}

Result<qint64> parseCount(const QString& text, const QString& field, qint64 min, qint64 max)
{
    bool ok = false;
    const qint64 value = text::toAsciiDigits(text.trimmed()).toLongLong(&ok);
    if (!ok || value < min || value > max) {
        return Error::invalid(field, QCoreApplication::translate("Cli", "“%1” is not a whole number from %2 to %3")
                                         .arg(text, QString::number(min), QString::number(max)));
    }
    return value;
}

Result<QDate> parseDate(const QString& text, const QString& field)
{
    return text::parseAnyDate(text, field);
}

Result<QDateTime> parseMoment(const QString& text, const QString& field)
{
    const QString ascii = text::toAsciiDigits(text.trimmed());
    if (ascii.contains(u'T') || ascii.contains(u':')) {
        QDateTime moment = QDateTime::fromString(ascii, Qt::ISODate);
        if (!moment.isValid()) {
            return Error::invalid(field, QCoreApplication::translate("Cli", "“%1” is not a date or an ISO date-time").arg(text));
        }
        return moment.toUTC();
    }
    Result<QDate> date = parseDate(text, field);
    if (!date)
        return date.error();
    return QDateTime(*date, QTime(12, 0), QTimeZone::systemTimeZone()).toUTC();
}

} // namespace peyvand::cli
