#pragma once

#include "Translations.h"
#include "text/Digits.h"
#include "text/Jalali.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace peyvand::cli {

// Numbers and dates for human (non-JSON) output, following --lang:
// Persian: Persian digits and Jalali dates; English: Latin digits, Jalali dates
// followed by the ISO date. JSON never goes through here.
class HumanFormat {
public:
    explicit HumanFormat(i18n::Language language) : m_language(language) { }

    text::DigitScript script() const;
    text::jalali::Language calendarLanguage() const; // Jalali month names in --lang
    QString number(qint64 value) const;
    QString digits(const QString& text) const; // localises the digits inside text
    QString date(QDate date) const;            // "—" when invalid
    QString moment(const QDateTime& utc) const; // local date and time

private:
    i18n::Language m_language;
};

} // namespace peyvand::cli
