#include "Jalali.h"

#include "PersianText.h"

#include <QCoreApplication>
#include <QStringList>

#include <array>

namespace peyvand::text {

namespace {

// The jalaali-js algorithm (https://github.com/jalaali/jalaali-js, MIT):
// years in which the leap pattern of the 33-year cycle shifts.
constexpr std::array<int, 20> kBreaks = { -61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210,
                                          1635, 2060, 2097, 2192, 2262, 2324, 2394, 2456, 3178 };

bool inRange(int year)
{
    return year >= kBreaks.front() && year < kBreaks.back();
}

struct YearInfo {
    int leap;        // years since the last leap year; 0 means year is leap
    int gregorianYear;
    int march;       // day in March of Gregorian year on which 1 Farvardin falls
};

// jalCal of jalaali-js. C++ '/' and '%' truncate toward zero, exactly like
// its div() and mod(). The caller checks inRange(year).
YearInfo jalCal(int year)
{
    const int gy = year + 621;
    int leapJ = -14;
    int jp = kBreaks[0];
    int jump = 0;
    for (std::size_t i = 1; i < kBreaks.size(); ++i) {
        const int jm = kBreaks[i];
        jump = jm - jp;
        if (year < jm)
            break;
        leapJ += jump / 33 * 8 + jump % 33 / 4;
        jp = jm;
    }
    int n = year - jp;
    leapJ += n / 33 * 8 + (n % 33 + 3) / 4;
    if (jump % 33 == 4 && jump - n == 4)
        leapJ += 1;
    const int leapG = gy / 4 - (gy / 100 + 1) * 3 / 4 - 150;
    const int march = 20 + leapJ - leapG;
    if (jump - n < 6)
        n = n - jump + (jump + 4) / 33 * 33;
    int leap = ((n + 1) % 33 - 1) % 4;
    if (leap == -1)
        leap = 4;
    return { leap, gy, march };
}

qint64 firstOfFarvardinJdn(const YearInfo& info)
{
    return QDate(info.gregorianYear, 3, info.march).toJulianDay();
}

struct JalaliText {
    Q_DECLARE_TR_FUNCTIONS(Jalali)
};

const std::array<const char*, 12> kPersianMonths = { "فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور",
                                                     "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند" };
const std::array<const char*, 12> kEnglishMonths = { "Farvardin", "Ordibehesht", "Khordad", "Tir", "Mordad", "Shahrivar",
                                                     "Mehr", "Aban", "Azar", "Dey", "Bahman", "Esfand" };
// Other spellings users type; matched case-insensitively.
const std::array<const char*, 12> kEnglishAlternatives = { "Farvardeen", "Ordibehest", "Khurdad", "Teer", "Amordad", "Shahrivar",
                                                           "Mehr", "Aban", "Azar", "Dei", "Bahman", "Esfand" };
const std::array<const char*, 7> kPersianWeekdays = { "شنبه", "یکشنبه", "دوشنبه", "سه‌شنبه", "چهارشنبه", "پنجشنبه", "جمعه" };
const std::array<const char*, 7> kEnglishWeekdays = { "Saturday", "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday" };

// 1..12 for a month name in either language (any spelling variant the search
// key folds), 0 otherwise.
int monthFromName(const QString& token)
{
    const QString key = searchKey(token);
    for (int i = 0; i < 12; ++i) {
        if (key == searchKey(QString::fromUtf8(kPersianMonths[std::size_t(i)]))
            || key == searchKey(QString::fromUtf8(kEnglishMonths[std::size_t(i)]))
            || key == searchKey(QString::fromUtf8(kEnglishAlternatives[std::size_t(i)])))
            return i + 1;
    }
    return 0;
}

bool isDateSeparator(QChar c)
{
    return c.isSpace() || c == u'/' || c == u'-' || c == u'.' || c == u',' || c == QChar(0x060C) || c == QChar(0x2212);
}

// Splits at separators. A separator run may hold spaces and at most one of
// / - . , ، (so "1403//12" and "1403/12/-1" are rejected, not guessed at).
// Returns an empty list when the text is malformed.
QStringList tokenize(QStringView text)
{
    const QString clean = normalizeForStorage(text);
    QStringList tokens;
    QString current;
    int marksInRun = 0;
    for (const QChar c : clean) {
        if (!isDateSeparator(c)) {
            current.append(c);
            marksInRun = 0;
            continue;
        }
        if (!c.isSpace() && ++marksInRun > 1)
            return {};
        if (current.isEmpty() && tokens.isEmpty())
            return {}; // starts with a separator (the text is trimmed)
        if (!current.isEmpty())
            tokens.append(current);
        current.clear();
    }
    if (current.isEmpty())
        return {}; // empty, or ends with a separator
    tokens.append(current);
    return tokens;
}

bool isDigits(const QString& s, int minLength, int maxLength)
{
    if (s.size() < minLength || s.size() > maxLength)
        return false;
    for (const QChar c : s) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

struct DateParts {
    int year = 0;
    int month = 0;
    int day = 0;
};

Error dateError(const QString& field, QStringView text, const QString& reason)
{
    return Error::invalid(field, JalaliText::tr("“%1” is not a valid date: %2").arg(text.toString(), reason));
}

// Splits "y/m/d" or "d/m/y" (four-digit year first or last) with a numeric or
// named month.
Result<DateParts> splitDate(QStringView text, const QString& field)
{
    QStringList t = tokenize(text);
    if (t.size() != 3)
        return dateError(field, text, JalaliText::tr("write it as year/month/day, e.g. 1403/12/30."));
    if (!isDigits(t[0], 4, 4)) {
        if (!isDigits(t[2], 4, 4))
            return dateError(field, text, JalaliText::tr("the year must have four digits."));
        std::swap(t[0], t[2]);
    }
    DateParts parts;
    parts.year = t[0].toInt();
    parts.month = isDigits(t[1], 1, 2) ? t[1].toInt() : monthFromName(t[1]);
    if (parts.month == 0 && !isDigits(t[1], 1, 2))
        return dateError(field, text, JalaliText::tr("“%1” is not a month.").arg(t[1]));
    if (!isDigits(t[2], 1, 2))
        return dateError(field, text, JalaliText::tr("the day must be a number from 1 to 31."));
    parts.day = t[2].toInt();
    return parts;
}

} // namespace

namespace jalali {

bool isLeapYear(int year)
{
    return inRange(year) && jalCal(year).leap == 0;
}

int daysInMonth(int year, int month)
{
    if (!inRange(year) || month < 1 || month > 12)
        return 0;
    if (month <= 6)
        return 31;
    if (month <= 11)
        return 30;
    return isLeapYear(year) ? 30 : 29;
}

bool isValid(int year, int month, int day)
{
    return day >= 1 && day <= daysInMonth(year, month);
}

std::optional<JalaliDate> fromGregorian(QDate date)
{
    if (!date.isValid())
        return std::nullopt;
    const qint64 jdn = date.toJulianDay();
    // Nowruz falls in March; before it the date is in the Jalali year before.
    // jalCal still knows the first day of the year just past the table (the
    // end of its last year), so a date in the last months of that last year
    // converts too.
    int year = date.year() - 621;
    if (year < kBreaks.front() || year > kBreaks.back())
        return std::nullopt;
    YearInfo info = jalCal(year);
    if (jdn < firstOfFarvardinJdn(info)) {
        --year;
        if (!inRange(year))
            return std::nullopt;
        info = jalCal(year);
    } else if (!inRange(year)) {
        return std::nullopt;
    }
    qint64 k = jdn - firstOfFarvardinJdn(info);
    if (k <= 185)
        return JalaliDate { year, int(1 + k / 31), int(k % 31 + 1) };
    k -= 186;
    return JalaliDate { year, int(7 + k / 30), int(k % 30 + 1) };
}

QDate toGregorian(JalaliDate date)
{
    if (!isValid(date.year, date.month, date.day))
        return {};
    const YearInfo info = jalCal(date.year);
    const int m = date.month;
    const qint64 jdn = firstOfFarvardinJdn(info) + (m - 1) * 31 - m / 7 * (m - 7) + date.day - 1;
    return QDate::fromJulianDay(jdn);
}

QString monthName(int month, Language language)
{
    if (month < 1 || month > 12)
        return {};
    const auto& names = language == Language::Persian ? kPersianMonths : kEnglishMonths;
    return QString::fromUtf8(names[std::size_t(month - 1)]);
}

int weekdayIndex(QDate date)
{
    if (!date.isValid())
        return -1;
    return (date.dayOfWeek() + 1) % 7; // Qt counts Monday = 1 … Sunday = 7
}

QString weekdayName(QDate date, Language language)
{
    if (!date.isValid())
        return {};
    const auto& names = language == Language::Persian ? kPersianWeekdays : kEnglishWeekdays;
    return QString::fromUtf8(names[std::size_t(weekdayIndex(date))]);
}

QString formatNumeric(QDate date, DigitScript script)
{
    const auto j = fromGregorian(date);
    if (!j)
        return {};
    const QString text = QStringLiteral("%1/%2/%3")
                             .arg(j->year, 4, 10, QChar(u'0'))
                             .arg(j->month, 2, 10, QChar(u'0'))
                             .arg(j->day, 2, 10, QChar(u'0'));
    return localizeDigits(text, script);
}

QString formatLong(QDate date, Language language)
{
    const auto j = fromGregorian(date);
    if (!j)
        return {};
    // The year keeps four digits, as in formatNumeric, so that parse() reads it back.
    const QString text = QString::number(j->day) + u' ' + monthName(j->month, language) + u' '
        + QStringLiteral("%1").arg(j->year, 4, 10, QChar(u'0'));
    return language == Language::Persian ? toPersianDigits(text) : text;
}

Result<QDate> parse(QStringView text, const QString& field)
{
    const auto parts = splitDate(text, field);
    if (!parts)
        return parts.error();
    const auto [year, month, day] = *parts;
    if (month < 1 || month > 12)
        return dateError(field, text, JalaliText::tr("the month must be a number from 1 to 12."));
    if (!isValid(year, month, day)) {
        return dateError(field, text, JalaliText::tr("%1 %2 has %3 days.")
                                          .arg(monthName(month, Language::English))
                                          .arg(year)
                                          .arg(daysInMonth(year, month)));
    }
    return toGregorian({ year, month, day });
}

} // namespace jalali

Result<QDate> parseAnyDate(QStringView text, const QString& field)
{
    const auto parts = splitDate(text, field);
    if (!parts)
        return parts.error();
    if (parts->year < 1700)
        return jalali::parse(text, field);
    const QStringList t = tokenize(text);
    if (!isDigits(t[0], 4, 4) || !isDigits(t[1], 1, 2))
        return dateError(field, text, JalaliText::tr("write a Gregorian date as year-month-day, e.g. 2025-03-20."));
    const QDate date(parts->year, parts->month, parts->day);
    if (!date.isValid())
        return dateError(field, text, JalaliText::tr("there is no such day in the Gregorian calendar."));
    return date;
}

} // namespace peyvand::text
