#pragma once

#include "DocumentRenderer.h"
#include "RenderLabels.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace peyvand::documents {

// Numbers, amounts and dates as printed: Persian digits, Jalali dates and
// Arabic separators for Persian printouts; ASCII digits and ISO Gregorian
// dates for English ones. Amounts stay Rial; displayToman only divides what
// is shown by ten.
class RenderFormat final {
public:
    explicit RenderFormat(const RenderOptions& options);

    bool persian() const { return m_persian; }
    const Labels& labels() const { return m_labels; }

    QString integer(qint64 value) const;         // grouped
    QString money(Money amount) const;           // grouped, in the display unit
    QString quantity(Quantity quantity) const;   // "1.5" / "۱٫۵"
    QString percent(BasisPoints rate) const;     // "9%" / "۹٪"
    QString date(QDate date) const;              // empty for an invalid date
    QString digits(const QString& text) const;   // ASCII digits localised
    // Codes and numbers as HTML: Persian digits unless the code mixes in Latin
    // letters (PF-1404-0012 stays as typed), always read left to right.
    QString identifier(const QString& text) const;
    QString unitName() const;                    // "Rial" / "Toman"
    QString amountInWords(Money amount) const;   // with the unit

    // Digits of free text as printed: Persian on a Persian printout unless
    // the text mixes in Latin letters (VivoBook 15 stays as typed).
    QString textDigits(const QString& text) const;
    // Free text a user typed (names, addresses, descriptions) as HTML: its
    // ASCII digits in Persian on a Persian printout unless it mixes in Latin
    // letters, and embedded in its own direction when that differs from the
    // printout's (a Persian name on an English invoice reads right to left).
    QString userText(const QString& text) const;
    // A table row from its cells in reading order. Qt lays table columns out
    // left to right whatever the direction, so a Persian row is reversed.
    QString row(QStringList cells) const;

private:
    QString decimal(const QString& asciiDecimal) const;

    Labels m_labels;
    bool m_persian;
    bool m_toman;
};

// Text made safe for HTML, newlines as <br>.
QString escapeHtml(const QString& text);
// Wraps text that is read right to left in a right-to-left embedding.
QString rightToLeft(const QString& text);
// Wraps text that is read left to right (codes, numbers, Latin) in a
// left-to-right embedding so that an RTL paragraph keeps it intact. (Not an
// isolate: Vazirmatn has no glyphs for U+2066..U+2069, and Qt would pull in a
// fallback font for them.)
QString leftToRight(const QString& text);

} // namespace peyvand::documents
