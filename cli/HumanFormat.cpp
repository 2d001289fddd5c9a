#include "HumanFormat.h"

#include "text/Jalali.h"

namespace peyvand::cli {

text::DigitScript HumanFormat::script() const
{
    return m_language == i18n::Language::Persian ? text::DigitScript::Persian : text::DigitScript::Latin;
}

text::jalali::Language HumanFormat::calendarLanguage() const
{
    return m_language == i18n::Language::Persian ? text::jalali::Language::Persian : text::jalali::Language::English;
}

QString HumanFormat::number(qint64 value) const { return digits(QString::number(value)); }

QString HumanFormat::digits(const QString& text) const { return text::localizeDigits(text, script()); }

QString HumanFormat::date(QDate date) const
{
    if (!date.isValid())
        return QStringLiteral("—");
    const QString jalali = text::jalali::formatNumeric(date, script());
    if (m_language == i18n::Language::Persian)
        return jalali;
    return jalali + QStringLiteral(" (") + date.toString(Qt::ISODate) + u')';
}

QString HumanFormat::moment(const QDateTime& utc) const
{
    if (!utc.isValid())
        return QStringLiteral("—");
    const QDateTime local = utc.toLocalTime();
    return date(local.date()) + u' ' + digits(local.time().toString(QStringLiteral("HH:mm")));
}

} // namespace peyvand::cli
