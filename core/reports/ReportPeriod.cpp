#include "ReportPeriod.h"

#include "text/Digits.h"

#include <QCoreApplication>

namespace peyvand::reports {

namespace {

struct PeriodText {
    Q_DECLARE_TR_FUNCTIONS(Reports)
};

using text::JalaliDate;
namespace jalali = text::jalali;

JalaliDate toJalali(QDate date)
{
    return jalali::fromGregorian(date).value_or(JalaliDate {});
}

QDate monthStart(int year, int month)
{
    return jalali::toGregorian({ year, month, 1 });
}

QDate monthEnd(int year, int month)
{
    return jalali::toGregorian({ year, month, jalali::daysInMonth(year, month) });
}

QDate weekStart(QDate date)
{
    return date.addDays(-jalali::weekdayIndex(date));
}

QString digits(const QString& latin, jalali::Language language)
{
    return language == jalali::Language::Persian ? text::toPersianDigits(latin) : latin;
}

QString twoDigits(int n)
{
    return QStringLiteral("%1").arg(n, 2, 10, QLatin1Char('0'));
}

} // namespace

QList<PeriodPreset> allPeriodPresets()
{
    return { PeriodPreset::Today, PeriodPreset::ThisWeek, PeriodPreset::ThisMonth, PeriodPreset::LastMonth,
             PeriodPreset::ThisQuarter, PeriodPreset::ThisYear, PeriodPreset::LastYear, PeriodPreset::FiscalYear,
             PeriodPreset::Custom };
}

QString toKey(PeriodPreset preset)
{
    switch (preset) {
    case PeriodPreset::Today: return QStringLiteral("today");
    case PeriodPreset::ThisWeek: return QStringLiteral("this_week");
    case PeriodPreset::ThisMonth: return QStringLiteral("this_month");
    case PeriodPreset::LastMonth: return QStringLiteral("last_month");
    case PeriodPreset::ThisQuarter: return QStringLiteral("this_quarter");
    case PeriodPreset::ThisYear: return QStringLiteral("this_year");
    case PeriodPreset::LastYear: return QStringLiteral("last_year");
    case PeriodPreset::FiscalYear: return QStringLiteral("fiscal_year");
    case PeriodPreset::Custom: return QStringLiteral("custom");
    }
    return {};
}

std::optional<PeriodPreset> periodPresetFromKey(const QString& key)
{
    for (PeriodPreset preset : allPeriodPresets()) {
        if (toKey(preset) == key)
            return preset;
    }
    return std::nullopt;
}

QString displayName(PeriodPreset preset)
{
    switch (preset) {
    case PeriodPreset::Today: return PeriodText::tr("Today");
    case PeriodPreset::ThisWeek: return PeriodText::tr("This week");
    case PeriodPreset::ThisMonth: return PeriodText::tr("This month");
    case PeriodPreset::LastMonth: return PeriodText::tr("Last month");
    case PeriodPreset::ThisQuarter: return PeriodText::tr("This quarter");
    case PeriodPreset::ThisYear: return PeriodText::tr("This year");
    case PeriodPreset::LastYear: return PeriodText::tr("Last year");
    case PeriodPreset::FiscalYear: return PeriodText::tr("Fiscal year");
    case PeriodPreset::Custom: return PeriodText::tr("Custom range");
    }
    return {};
}

DateRange presetRange(PeriodPreset preset, QDate today, int fiscalYear)
{
    const JalaliDate j = toJalali(today);
    if (j.year == 0)
        return {};
    switch (preset) {
    case PeriodPreset::Today:
        return { today, today };
    case PeriodPreset::ThisWeek:
        return { weekStart(today), today };
    case PeriodPreset::ThisMonth:
        return { monthStart(j.year, j.month), today };
    case PeriodPreset::LastMonth: {
        const int year = j.month == 1 ? j.year - 1 : j.year;
        const int month = j.month == 1 ? 12 : j.month - 1;
        return { monthStart(year, month), monthEnd(year, month) };
    }
    case PeriodPreset::ThisQuarter:
        return { monthStart(j.year, (j.month - 1) / 3 * 3 + 1), today };
    case PeriodPreset::ThisYear:
        return { monthStart(j.year, 1), today };
    case PeriodPreset::LastYear:
        return { monthStart(j.year - 1, 1), monthEnd(j.year - 1, 12) };
    case PeriodPreset::FiscalYear: {
        const int year = fiscalYear > 0 ? fiscalYear : j.year;
        return { monthStart(year, 1), monthEnd(year, 12) };
    }
    case PeriodPreset::Custom:
        return {};
    }
    return {};
}

QList<Grouping> allGroupings()
{
    return { Grouping::Day, Grouping::Week, Grouping::Month, Grouping::Quarter, Grouping::Year };
}

QString toKey(Grouping grouping)
{
    switch (grouping) {
    case Grouping::Day: return QStringLiteral("day");
    case Grouping::Week: return QStringLiteral("week");
    case Grouping::Month: return QStringLiteral("month");
    case Grouping::Quarter: return QStringLiteral("quarter");
    case Grouping::Year: return QStringLiteral("year");
    }
    return {};
}

std::optional<Grouping> groupingFromKey(const QString& key)
{
    for (Grouping grouping : allGroupings()) {
        if (toKey(grouping) == key)
            return grouping;
    }
    return std::nullopt;
}

QString displayName(Grouping grouping)
{
    switch (grouping) {
    case Grouping::Day: return PeriodText::tr("By day");
    case Grouping::Week: return PeriodText::tr("By week");
    case Grouping::Month: return PeriodText::tr("By month");
    case Grouping::Quarter: return PeriodText::tr("By quarter");
    case Grouping::Year: return PeriodText::tr("By year");
    }
    return {};
}

PeriodBucket bucketOf(QDate date, Grouping grouping)
{
    const JalaliDate j = toJalali(date);
    switch (grouping) {
    case Grouping::Day:
        return { grouping, date, date };
    case Grouping::Week: {
        const QDate start = weekStart(date);
        return { grouping, start, start.addDays(6) };
    }
    case Grouping::Month:
        return { grouping, monthStart(j.year, j.month), monthEnd(j.year, j.month) };
    case Grouping::Quarter: {
        const int first = (j.month - 1) / 3 * 3 + 1;
        return { grouping, monthStart(j.year, first), monthEnd(j.year, first + 2) };
    }
    case Grouping::Year:
        return { grouping, monthStart(j.year, 1), monthEnd(j.year, 12) };
    }
    return {};
}

QList<PeriodBucket> bucketsOf(const DateRange& range, Grouping grouping)
{
    QList<PeriodBucket> buckets;
    if (!range.isValid())
        return buckets;
    for (PeriodBucket bucket = bucketOf(range.from, grouping); bucket.from <= range.to; bucket = nextBucket(bucket))
        buckets << bucket;
    return buckets;
}

PeriodBucket previousBucket(const PeriodBucket& bucket)
{
    return bucketOf(bucket.from.addDays(-1), bucket.grouping);
}

PeriodBucket nextBucket(const PeriodBucket& bucket)
{
    return bucketOf(bucket.to.addDays(1), bucket.grouping);
}

QString bucketKey(const PeriodBucket& bucket)
{
    const JalaliDate j = toJalali(bucket.from);
    switch (bucket.grouping) {
    case Grouping::Day:
    case Grouping::Week:
        return QStringLiteral("%1-%2-%3").arg(j.year).arg(twoDigits(j.month), twoDigits(j.day));
    case Grouping::Month:
        return QStringLiteral("%1-%2").arg(j.year).arg(twoDigits(j.month));
    case Grouping::Quarter:
        return QStringLiteral("%1-Q%2").arg(j.year).arg((j.month - 1) / 3 + 1);
    case Grouping::Year:
        return QString::number(j.year);
    }
    return {};
}

QString bucketLabel(const PeriodBucket& bucket, jalali::Language language)
{
    return bucketShortLabel(bucket, language, true);
}

QString bucketShortLabel(const PeriodBucket& bucket, jalali::Language language, bool withYear)
{
    const JalaliDate j = toJalali(bucket.from);
    const QString year = digits(QString::number(j.year), language);
    const QString day = digits(QString::number(j.day), language);
    const QString month = jalali::monthName(j.month, language);
    switch (bucket.grouping) {
    case Grouping::Day:
        return withYear ? jalali::formatLong(bucket.from, language) : QStringLiteral("%1 %2").arg(day, month);
    case Grouping::Week: {
        const QString start = withYear ? jalali::formatLong(bucket.from, language) : QStringLiteral("%1 %2").arg(day, month);
        return PeriodText::tr("Week of %1").arg(start);
    }
    case Grouping::Month:
        return withYear ? QStringLiteral("%1 %2").arg(month, year) : month;
    case Grouping::Quarter: {
        const QString quarter = digits(QString::number((j.month - 1) / 3 + 1), language);
        return withYear ? PeriodText::tr("Q%1 %2").arg(quarter, year) : PeriodText::tr("Q%1").arg(quarter);
    }
    case Grouping::Year:
        return year;
    }
    return {};
}

Status checkRange(const DateRange& range, const QString& field)
{
    if (!range.from.isValid())
        return Error::invalid(field, PeriodText::tr("Give the first day of the period."));
    if (!range.to.isValid())
        return Error::invalid(field, PeriodText::tr("Give the last day of the period."));
    if (range.to < range.from)
        return Error::invalid(field, PeriodText::tr("The period ends before it begins."));
    if (!jalali::fromGregorian(range.from) || !jalali::fromGregorian(range.to))
        return Error::invalid(field, PeriodText::tr("The period is outside the supported calendar."));
    return {};
}

} // namespace peyvand::reports
