#pragma once

#include "common/Result.h"
#include "text/Jalali.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace peyvand::reports {

// An inclusive range of local dates.
struct DateRange {
    QDate from;
    QDate to;
    bool isValid() const { return from.isValid() && to.isValid() && from <= to; }
    bool contains(QDate date) const { return date >= from && date <= to; }
    qint64 days() const { return isValid() ? from.daysTo(to) + 1 : 0; }
    bool operator==(const DateRange&) const = default;
};

// The period selector of every report (issue 8): presets in the Jalali
// calendar, counted up to and including today, or a custom range.
enum class PeriodPreset {
    Today,
    ThisWeek,       // Saturday to today
    ThisMonth,      // 1st of this Jalali month to today
    LastMonth,      // the whole previous Jalali month
    ThisQuarter,    // 1st of this Jalali quarter (Farvardin, Tir, Mehr, Dey) to today
    ThisYear,       // 1 Farvardin to today
    LastYear,       // the whole previous Jalali year
    FiscalYear,     // a whole fiscal year, 1 Farvardin to the end of Esfand (fiscalYear or this year)
    Custom,
};
QList<PeriodPreset> allPeriodPresets();
QString toKey(PeriodPreset preset);   // "today", "this_week", …, "fiscal_year", "custom"
std::optional<PeriodPreset> periodPresetFromKey(const QString& key);
QString displayName(PeriodPreset preset);

// The range of a preset on `today`. FiscalYear takes a Jalali year (0: the
// year holding today). Custom has no range of its own: invalid.
DateRange presetRange(PeriodPreset preset, QDate today, int fiscalYear = 0);

// Jalali grouping of a range's dates. Weeks run Saturday to Friday.
enum class Grouping { Day, Week, Month, Quarter, Year };
QList<Grouping> allGroupings();
QString toKey(Grouping grouping);     // "day", "week", "month", "quarter", "year"
std::optional<Grouping> groupingFromKey(const QString& key);
QString displayName(Grouping grouping);

// One group of dates: its own first and last day, which may reach outside
// the range it was cut from (the range's first week begins on a Saturday).
struct PeriodBucket {
    Grouping grouping = Grouping::Month;
    QDate from;
    QDate to;
    bool operator==(const PeriodBucket&) const = default;
};

// The bucket holding `date`.
PeriodBucket bucketOf(QDate date, Grouping grouping);
// Every bucket that overlaps the range, oldest first (empty ones included).
QList<PeriodBucket> bucketsOf(const DateRange& range, Grouping grouping);
// The bucket right before / after one.
PeriodBucket previousBucket(const PeriodBucket& bucket);
PeriodBucket nextBucket(const PeriodBucket& bucket);

// A stable key in Jalali terms: "1404-01-15" (day and the Saturday a week
// starts on), "1404-01" (month), "1404-Q1" (quarter), "1404" (year); ASCII digits.
QString bucketKey(const PeriodBucket& bucket);
// A label to show: "15 Farvardin 1404" / «۱۵ فروردین ۱۴۰۴», "Week of …",
// "Farvardin 1404" / «فروردین ۱۴۰۴», "Q1 1404" / «فصل ۱ ۱۴۰۴», "1404" / «۱۴۰۴».
QString bucketLabel(const PeriodBucket& bucket, text::jalali::Language language);
// A shorter label for chart axes: without the year unless `withYear` (a
// month is then its name alone, a day "15 Farvardin").
QString bucketShortLabel(const PeriodBucket& bucket, text::jalali::Language language, bool withYear);

// Checks a range given by a user; errors name `field`.
Status checkRange(const DateRange& range, const QString& field = QStringLiteral("period"));

} // namespace peyvand::reports
