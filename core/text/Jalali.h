#pragma once

#include "Digits.h"
#include "common/Result.h"

#include <QDate>
#include <QString>
#include <QStringView>

#include <optional>

namespace peyvand::text {

struct JalaliDate {
    int year = 0;
    int month = 0; // 1..12
    int day = 0;   // 1..31
    bool operator==(const JalaliDate&) const = default;
};

// Our own Jalali (Solar Hijri) calendar, the 33-year arithmetic rule that
// tracks the astronomical calendar (as jalaali-js / ICU4X do). Valid for the
// years the break table covers (-61 .. 3177 AP). Never use QCalendar::Jalali
// for stored or printed dates: it is wrong from 1437 AP.
namespace jalali {

bool isLeapYear(int year);
int daysInMonth(int year, int month);
bool isValid(int year, int month, int day);
std::optional<JalaliDate> fromGregorian(QDate date);
QDate toGregorian(JalaliDate date); // invalid QDate when the date is invalid

// Month names: Persian (فروردین …) or the English transliteration (Farvardin …).
enum class Language { Persian, English };
QString monthName(int month, Language language);
// Saturday-first weekday index: Saturday = 0 … Friday = 6.
int weekdayIndex(QDate date);
QString weekdayName(QDate date, Language language);

// "1403/12/30" in the given digits (zero-padded month and day).
QString formatNumeric(QDate date, DigitScript script);
// "۳۰ اسفند ۱۴۰۳" / "30 Esfand 1403".
QString formatLong(QDate date, Language language);

// Parses a Jalali date typed by a user: any digit script, separators / - . ,
// four-digit year first (also day first "30/12/1403" when the last part has
// four digits). Errors name the given field.
Result<QDate> parse(QStringView text, const QString& field = QStringLiteral("date"));

} // namespace jalali

// Parses a date in either calendar: a four-digit year ≥ 1700 is ISO Gregorian
// (YYYY-MM-DD), otherwise Jalali. Any digit script. Used for CLI and import input.
Result<QDate> parseAnyDate(QStringView text, const QString& field = QStringLiteral("date"));

} // namespace peyvand::text
