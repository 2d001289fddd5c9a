#include "TestSupport.h"

#include "reports/ReportPeriod.h"

using namespace peyvand;
using namespace peyvand::reports;
using peyvand::test::u8;

namespace {

QDate j(int y, int m, int d)
{
    const QDate date = text::jalali::toGregorian({ y, m, d });
    REQUIRE(date.isValid());
    return date;
}

} // namespace

TEST_CASE("Period presets are Jalali and end today", "[reports][period]")
{
    const QDate today = j(1404, 5, 20); // a Monday? whatever it is, the week starts on a Saturday
    CHECK(presetRange(PeriodPreset::Today, today) == DateRange { today, today });
    const DateRange week = presetRange(PeriodPreset::ThisWeek, today);
    CHECK(week.from.dayOfWeek() == Qt::Saturday);
    CHECK(week.to == today);
    CHECK(week.days() <= 7);
    CHECK(presetRange(PeriodPreset::ThisMonth, today) == DateRange { j(1404, 5, 1), today });
    CHECK(presetRange(PeriodPreset::LastMonth, today) == DateRange { j(1404, 4, 1), j(1404, 4, 31) });
    CHECK(presetRange(PeriodPreset::ThisQuarter, today) == DateRange { j(1404, 4, 1), today });
    CHECK(presetRange(PeriodPreset::ThisYear, today) == DateRange { j(1404, 1, 1), today });
    CHECK(presetRange(PeriodPreset::LastYear, today) == DateRange { j(1403, 1, 1), j(1403, 12, 30) });
    CHECK(presetRange(PeriodPreset::FiscalYear, today) == DateRange { j(1404, 1, 1), j(1404, 12, 29) });
    CHECK(presetRange(PeriodPreset::FiscalYear, today, 1403) == DateRange { j(1403, 1, 1), j(1403, 12, 30) });
    CHECK_FALSE(presetRange(PeriodPreset::Custom, today).isValid());
}

TEST_CASE("Period presets at the year's edges", "[reports][period]")
{
    // 1 Farvardin: last month is Esfand of the year before; the quarter and year begin today.
    const QDate nowruz = j(1404, 1, 1);
    CHECK(presetRange(PeriodPreset::LastMonth, nowruz) == DateRange { j(1403, 12, 1), j(1403, 12, 30) });
    CHECK(presetRange(PeriodPreset::ThisQuarter, nowruz) == DateRange { nowruz, nowruz });
    CHECK(presetRange(PeriodPreset::ThisYear, nowruz) == DateRange { nowruz, nowruz });
    // The last day of a leap Esfand (1403/12/30) and of a common one (1404/12/29).
    const QDate leapEnd = j(1403, 12, 30);
    CHECK(presetRange(PeriodPreset::ThisMonth, leapEnd).days() == 30);
    CHECK(presetRange(PeriodPreset::ThisQuarter, leapEnd) == DateRange { j(1403, 10, 1), leapEnd });
    CHECK(presetRange(PeriodPreset::FiscalYear, leapEnd).days() == 366);
    const QDate commonEnd = j(1404, 12, 29);
    CHECK(presetRange(PeriodPreset::ThisMonth, commonEnd).days() == 29);
    CHECK(presetRange(PeriodPreset::FiscalYear, commonEnd).days() == 365);
    CHECK(presetRange(PeriodPreset::ThisYear, commonEnd).days() == 365);
    // The day after is a new fiscal year.
    CHECK(presetRange(PeriodPreset::FiscalYear, commonEnd.addDays(1)).from == commonEnd.addDays(1));
    CHECK(presetRange(PeriodPreset::LastYear, commonEnd.addDays(1)) == DateRange { j(1404, 1, 1), commonEnd });
}

TEST_CASE("Preset and grouping keys round-trip", "[reports][period]")
{
    for (PeriodPreset preset : allPeriodPresets()) {
        CHECK(periodPresetFromKey(toKey(preset)) == preset);
        CHECK_FALSE(displayName(preset).isEmpty());
    }
    for (Grouping grouping : allGroupings()) {
        CHECK(groupingFromKey(toKey(grouping)) == grouping);
        CHECK_FALSE(displayName(grouping).isEmpty());
    }
    CHECK_FALSE(periodPresetFromKey(QStringLiteral("yesterday")));
    CHECK_FALSE(groupingFromKey(QStringLiteral("decade")));
}

TEST_CASE("Buckets cover a range without gaps or overlaps", "[reports][period]")
{
    const DateRange range { j(1402, 11, 17), j(1404, 2, 3) };
    for (Grouping grouping : allGroupings()) {
        INFO(toKey(grouping).toStdString());
        const auto buckets = bucketsOf(range, grouping);
        REQUIRE_FALSE(buckets.isEmpty());
        CHECK(buckets.first().from <= range.from);
        CHECK(buckets.last().to >= range.to);
        for (int i = 0; i < buckets.size(); ++i) {
            CHECK(buckets.at(i).from <= buckets.at(i).to);
            CHECK(bucketOf(buckets.at(i).from, grouping) == buckets.at(i));
            CHECK(bucketOf(buckets.at(i).to, grouping) == buckets.at(i));
            if (i > 0) {
                CHECK(buckets.at(i - 1).to.addDays(1) == buckets.at(i).from);
                CHECK(previousBucket(buckets.at(i)) == buckets.at(i - 1));
                CHECK(nextBucket(buckets.at(i - 1)) == buckets.at(i));
            }
        }
    }
    CHECK(bucketsOf(range, Grouping::Month).size() == 16); // Bahman 1402 … Ordibehesht 1404
    CHECK(bucketsOf(range, Grouping::Quarter).size() == 6);
    CHECK(bucketsOf(range, Grouping::Year).size() == 3);
    CHECK(bucketsOf(range, Grouping::Day).size() == range.days());
    CHECK(bucketsOf(DateRange { range.to, range.from }, Grouping::Month).isEmpty());
}

TEST_CASE("Every day of three years falls in the bucket that holds it", "[reports][period]")
{
    for (QDate day = j(1402, 1, 1); day <= j(1404, 12, 29); day = day.addDays(1)) {
        const auto parts = *text::jalali::fromGregorian(day);
        const PeriodBucket month = bucketOf(day, Grouping::Month);
        CHECK(month.from == j(parts.year, parts.month, 1));
        CHECK(month.to == j(parts.year, parts.month, text::jalali::daysInMonth(parts.year, parts.month)));
        const PeriodBucket quarter = bucketOf(day, Grouping::Quarter);
        CHECK(quarter.from == j(parts.year, (parts.month - 1) / 3 * 3 + 1, 1));
        const PeriodBucket week = bucketOf(day, Grouping::Week);
        CHECK(week.from.dayOfWeek() == Qt::Saturday);
        CHECK(week.to.dayOfWeek() == Qt::Friday);
        CHECK(week.from <= day);
        CHECK(day <= week.to);
    }
}

TEST_CASE("Esfand in leap and common years", "[reports][period]")
{
    const PeriodBucket leap = bucketOf(j(1403, 12, 30), Grouping::Month);
    CHECK(leap.from == j(1403, 12, 1));
    CHECK(leap.from.daysTo(leap.to) + 1 == 30);
    CHECK(nextBucket(leap).from == j(1404, 1, 1));
    const PeriodBucket common = bucketOf(j(1404, 12, 15), Grouping::Month);
    CHECK(common.from.daysTo(common.to) + 1 == 29);
    CHECK(nextBucket(common).from == j(1405, 1, 1));
    const PeriodBucket leapQ4 = bucketOf(j(1403, 10, 1), Grouping::Quarter);
    CHECK(leapQ4.to == j(1403, 12, 30));
    CHECK(bucketOf(j(1403, 6, 31), Grouping::Year).from.daysTo(bucketOf(j(1403, 6, 31), Grouping::Year).to) + 1 == 366);
    CHECK(bucketOf(j(1404, 6, 31), Grouping::Year).from.daysTo(bucketOf(j(1404, 6, 31), Grouping::Year).to) + 1 == 365);
}

TEST_CASE("Bucket keys and labels", "[reports][period]")
{
    using text::jalali::Language;
    const QDate day = j(1404, 7, 5);
    CHECK(bucketKey(bucketOf(day, Grouping::Day)) == QStringLiteral("1404-07-05"));
    CHECK(bucketKey(bucketOf(day, Grouping::Month)) == QStringLiteral("1404-07"));
    CHECK(bucketKey(bucketOf(day, Grouping::Quarter)) == QStringLiteral("1404-Q3"));
    CHECK(bucketKey(bucketOf(day, Grouping::Year)) == QStringLiteral("1404"));
    CHECK(bucketKey(bucketOf(day, Grouping::Week)).startsWith(QStringLiteral("1404-07-0")));
    CHECK(bucketLabel(bucketOf(day, Grouping::Month), Language::English) == QStringLiteral("Mehr 1404"));
    CHECK(bucketLabel(bucketOf(day, Grouping::Month), Language::Persian) == u8("مهر ۱۴۰۴"));
    CHECK(bucketShortLabel(bucketOf(day, Grouping::Month), Language::Persian, false) == u8("مهر"));
    CHECK(bucketLabel(bucketOf(day, Grouping::Year), Language::Persian) == u8("۱۴۰۴"));
    CHECK(bucketLabel(bucketOf(day, Grouping::Day), Language::English) == QStringLiteral("5 Mehr 1404"));
    CHECK(bucketLabel(bucketOf(day, Grouping::Quarter), Language::English) == QStringLiteral("Q3 1404"));
}

TEST_CASE("Ranges are checked and the error names the field", "[reports][period]")
{
    CHECK(checkRange({ j(1404, 1, 1), j(1404, 1, 1) }));
    auto reversed = checkRange({ j(1404, 2, 1), j(1404, 1, 1) }, QStringLiteral("to"));
    REQUIRE_FALSE(reversed);
    CHECK(reversed.error().field == QStringLiteral("to"));
    CHECK_FALSE(checkRange({ QDate(), j(1404, 1, 1) }));
    CHECK_FALSE(checkRange({ j(1404, 1, 1), QDate() }));
}
