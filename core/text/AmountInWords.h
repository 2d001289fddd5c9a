#pragma once

#include <QString>
#include <QtGlobal>

namespace peyvand::text {

struct AmountWordsStyle {
    bool yeksad = false;         // 100 as «یکصد» instead of «صد»
    bool bareHezar = false;      // 1000 as «هزار» instead of «یک هزار»
    bool trillion = false;       // 10^12 as «تریلیون» instead of «هزار میلیارد»
    QString unit;                // appended after a space when not empty («ریال», «تومان»)
};

// Persian words for an amount (domain.md §1 "Amount in words"). 0 = «صفر»;
// negative amounts are prefixed with «منفی».
QString amountInWords(qint64 amount, const AmountWordsStyle& style = {});

// English words ("eight thousand three hundred fifty-six"), for English documents.
QString amountInWordsEnglish(qint64 amount, const QString& unit = {});

} // namespace peyvand::text
