#pragma once

#include "text/Digits.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace peyvand::ui {

// How values look on screen in the current language (the default QLocale set
// by i18n::install): Persian digits and Jalali dates in Persian; Latin digits
// and Jalali dates with their Gregorian date in English. Formatting is done by
// core/text, never by QLocale (it cannot round-trip Persian numbers).
class Display final {
    Q_DECLARE_TR_FUNCTIONS(Display)
public:
    static bool persian();
    static text::DigitScript digitScript();

    // Digits of `text` in the script of the language.
    static QString digits(QStringView text);
    // A decimal number as core writes it ("12.75") with the language's digits
    // and decimal separator ("۱۲٫۷۵").
    static QString decimal(QStringView text);
    // 1234 -> "1,234" or "۱٬۲۳۴".
    static QString number(qint64 value);
    // "۱۴۰۳/۰۱/۰۱" in Persian, "1403/01/01 (2024-03-20)" in English; empty for an invalid date.
    static QString date(QDate date);
    // Local date and time of a UTC timestamp: "۱۴۰۳/۰۱/۰۱ ۱۴:۳۰".
    static QString dateTime(const QDateTime& utc);
    // A list separated by the language's comma.
    static QString list(const QStringList& items);
    // The same for display only: each item isolated, so that Persian and
    // Latin items keep their order in either layout direction.
    static QString isolatedList(const QStringList& items);
    // The separator `list` uses, and the one typed into tag fields.
    static QString listSeparator();
    // User text inside a first-strong isolate (FSI … PDI): a Persian note in
    // an English line (or the reverse) keeps its own direction and punctuation.
    static QString isolate(const QString& text);
    // The start side of the layout (right in Persian), as an absolute
    // alignment: labels otherwise align by their text, so a number or an
    // English word would stick to the wrong side.
    static Qt::Alignment leadingAlignment();

private:
    Display() = delete;
};

} // namespace peyvand::ui
