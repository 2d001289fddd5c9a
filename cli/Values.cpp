#include "Values.h"

#include "text/Digits.h"
#include "text/Jalali.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace peyvand::cli {

namespace {

struct CliText {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

} // namespace

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

Result<QTime> parseTimeOfDay(const QString& text, const QString& field)
{
    const QString ascii = text::toAsciiDigits(text.trimmed());
    const QTime time = QTime::fromString(ascii, QStringLiteral("H:mm"));
    if (!time.isValid())
        return Error::invalid(field, CliText::tr("“%1” is not a time of day (HH:MM)").arg(text));
    return time;
}

Result<Money> parseAmount(const QString& text, const QString& field)
{
    const Result<Money> amount = Money::parse(text);
    if (!amount)
        return Error::invalid(field, amount.error().message);
    if (amount->rial() < 0)
        return Error::invalid(field, CliText::tr("“%1” is negative; give an amount of zero or more").arg(text));
    return *amount;
}

Error unknownValue(const QString& option, const QString& value, const QStringList& allowed)
{
    return Error::invalid(option, CliText::tr("unknown value “%1”; allowed: %2").arg(value, allowed.join(QStringLiteral(", "))));
}

} // namespace peyvand::cli
