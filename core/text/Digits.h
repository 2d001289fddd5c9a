#pragma once

#include <QString>
#include <QStringView>

namespace peyvand::text {

enum class DigitScript { Latin, Persian };

// Persian (U+06F0–U+06F9) and Arabic-Indic (U+0660–U+0669) digits to ASCII;
// everything else unchanged.
QString toAsciiDigits(QStringView text);
// ASCII digits to Persian digits; everything else unchanged.
QString toPersianDigits(QStringView text);
QString localizeDigits(QStringView text, DigitScript script);
// True for ASCII, Persian and Arabic-Indic digits.
bool isAnyDigit(QChar c);
// 1234567 -> "1,234,567" (Latin) or "۱٬۲۳۴٬۵۶۷" (Persian, with U+066C).
QString formatGrouped(qint64 value, DigitScript script);

} // namespace peyvand::text
