#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "text/Jalali.h"

#include <QCalendar>

using namespace peyvand;
using namespace peyvand::text;
using peyvand::test::u8;

namespace {

// Independent reference for 1300–1500 AP: the plain 33-year arithmetic rule
// (leap iff (25·y + 11) mod 33 < 8) and a day count from a known epoch,
// 1 Farvardin 1300 = 21 March 1921. No code shared with Jalali.cpp.
bool referenceLeap(int y) { return (25 * y + 11) % 33 < 8; }

int referenceMonthLength(int y, int m)
{
    if (m <= 6)
        return 31;
    if (m <= 11)
        return 30;
    return referenceLeap(y) ? 30 : 29;
}

const QDate kEpoch1300(1921, 3, 21);

QDate jdate(int y, int m, int d) { return jalali::toGregorian({ y, m, d }); }

} // namespace

TEST_CASE("Jalali: fixed dates", "[jalali]")
{
    struct Case {
        int y, m, d;
        QDate g;
    };
    const Case cases[] = {
        { 1403, 12, 30, QDate(2025, 3, 20) },
        { 1404, 1, 1, QDate(2025, 3, 21) },
        { 1399, 12, 30, QDate(2021, 3, 20) },
        { 1400, 1, 1, QDate(2021, 3, 21) },
        { 1357, 11, 22, QDate(1979, 2, 11) },
        { 1375, 12, 30, QDate(1997, 3, 20) },
        { 1376, 1, 1, QDate(1997, 3, 21) },
        { 1300, 1, 1, QDate(1921, 3, 21) },
        { 1379, 10, 11, QDate(2000, 12, 31) },
        { 1378, 10, 11, QDate(2000, 1, 1) },
        { 1402, 10, 11, QDate(2024, 1, 1) },
        { 1403, 6, 31, QDate(2024, 9, 21) },
        { 1403, 7, 1, QDate(2024, 9, 22) },
        { 1436, 12, 30, QDate(2058, 3, 20) },
        { 1437, 1, 1, QDate(2058, 3, 21) },
        { 1437, 12, 29, QDate(2059, 3, 20) },
        { 1438, 1, 1, QDate(2059, 3, 21) },
    };
    for (const Case& c : cases) {
        INFO(c.y << '/' << c.m << '/' << c.d);
        CHECK(jdate(c.y, c.m, c.d) == c.g);
        const auto back = jalali::fromGregorian(c.g);
        REQUIRE(back);
        CHECK(*back == JalaliDate { c.y, c.m, c.d });
    }
}

TEST_CASE("Jalali: invalid dates", "[jalali]")
{
    CHECK_FALSE(jalali::isValid(1404, 12, 30));
    CHECK_FALSE(jdate(1404, 12, 30).isValid());
    CHECK(jalali::isValid(1403, 12, 30));
    for (const auto& [y, m, d] : std::initializer_list<std::tuple<int, int, int>> {
             { 1403, 0, 1 }, { 1403, 13, 1 }, { 1403, 1, 0 }, { 1403, 1, 32 }, { 1403, 7, 31 }, { 1403, 11, 31 },
             { 1403, 12, 31 }, { 1437, 12, 30 }, { -62, 1, 1 }, { 3178, 1, 1 }, { 1403, -1, 5 } }) {
        INFO(y << '/' << m << '/' << d);
        CHECK_FALSE(jalali::isValid(y, m, d));
        CHECK_FALSE(jdate(y, m, d).isValid());
    }
    CHECK_FALSE(jalali::fromGregorian(QDate()));
    CHECK(jalali::daysInMonth(1403, 13) == 0);
}

TEST_CASE("Jalali: every day of 1300–1500 AP against the independent reference", "[jalali]")
{
    QDate expected = kEpoch1300;
    int days = 0;
    for (int y = 1300; y <= 1500; ++y) {
        INFO("year " << y);
        REQUIRE(jalali::isLeapYear(y) == referenceLeap(y));
        for (int m = 1; m <= 12; ++m) {
            REQUIRE(jalali::daysInMonth(y, m) == referenceMonthLength(y, m));
            for (int d = 1; d <= referenceMonthLength(y, m); ++d) {
                const QDate g = jdate(y, m, d);
                if (g != expected) {
                    FAIL_CHECK(y << '/' << m << '/' << d << " -> " << g.toString(Qt::ISODate).toStdString()
                                 << ", expected " << expected.toString(Qt::ISODate).toStdString());
                }
                const auto back = jalali::fromGregorian(expected);
                if (!back || *back != JalaliDate { y, m, d })
                    FAIL_CHECK("fromGregorian " << expected.toString(Qt::ISODate).toStdString());
                expected = expected.addDays(1);
                ++days;
            }
            CHECK_FALSE(jalali::isValid(y, m, referenceMonthLength(y, m) + 1));
        }
    }
    CHECK(days == int(kEpoch1300.daysTo(jdate(1501, 1, 1))));
}

TEST_CASE("Jalali: leap years follow the published 33-year rule, not Qt's 2820-year rule", "[jalali]")
{
    // Leap years from the 33-year cycle around today.
    for (int y : { 1375, 1379, 1383, 1387, 1391, 1395, 1399, 1403, 1408, 1412, 1416, 1420, 1424, 1428, 1432, 1436, 1441 })
        CHECK(jalali::isLeapYear(y));
    for (int y : { 1400, 1401, 1402, 1404, 1405, 1406, 1407, 1437, 1438, 1439, 1440, 1470 })
        CHECK_FALSE(jalali::isLeapYear(y));

    // Qt's Jalali calendar agrees with ours day by day from 1277 AP until the
    // end of Esfand 1436; its 1436 has no 30 Esfand and its 1437 is leap.
    const QCalendar qt(QCalendar::System::Jalali);
    for (QDate g = jdate(1277, 1, 1); g <= jdate(1436, 12, 29); g = g.addDays(1)) {
        const auto ours = jalali::fromGregorian(g);
        const QCalendar::YearMonthDay theirs = qt.partsFromDate(g);
        if (!ours || ours->year != theirs.year || ours->month != theirs.month || ours->day != theirs.day) {
            FAIL_CHECK("Qt disagrees on " << g.toString(Qt::ISODate).toStdString());
            break;
        }
    }
    CHECK(jalali::isLeapYear(1436));
    CHECK_FALSE(jalali::isLeapYear(1437));
    const QCalendar::YearMonthDay qtOn20March2058 = qt.partsFromDate(QDate(2058, 3, 20));
    // Where Qt starts 1437 on 20 March 2058, ours gives 30 Esfand 1436.
    CHECK(*jalali::fromGregorian(QDate(2058, 3, 20)) == JalaliDate { 1436, 12, 30 });
    if (qtOn20March2058.year == 1437) // documents Qt 6's 2820-year rule
        CHECK(qt.isLeapYear(1437));
}

TEST_CASE("Jalali: round trip over the whole supported range, sampled", "[jalali]")
{
    // From 1 Farvardin 1 AP to the end of the break table, every 97th day.
    QDate g = jdate(1, 1, 1);
    REQUIRE(g.isValid());
    const QDate end = jdate(3177, 1, 1);
    REQUIRE(end.isValid());
    JalaliDate previous { 0, 0, 0 };
    for (; g < end; g = g.addDays(97)) {
        const auto j = jalali::fromGregorian(g);
        REQUIRE(j);
        REQUIRE(jalali::isValid(j->year, j->month, j->day));
        REQUIRE(jalali::toGregorian(*j) == g);
        CHECK(std::tie(j->year, j->month, j->day) > std::tie(previous.year, previous.month, previous.day));
        previous = *j;
    }
    // Consecutive days across every year boundary of 1..3176 AP.
    for (int y = 1; y < 3177; ++y) {
        const QDate first = jdate(y + 1, 1, 1);
        const QDate last = jdate(y, 12, jalali::isLeapYear(y) ? 30 : 29);
        REQUIRE(last.addDays(1) == first);
        // A Jalali year has 365 or 366 days and starts within March 19–22.
        REQUIRE(jdate(y, 1, 1).daysTo(first) == (jalali::isLeapYear(y) ? 366 : 365));
        if (y >= 1000) { // in the proleptic Gregorian calendar the equinox drifts further back
            REQUIRE(first.month() == 3);
            REQUIRE(first.day() >= 19);
            REQUIRE(first.day() <= 22);
        }
    }
}

TEST_CASE("Jalali: every day at both ends of the supported range converts both ways or not at all", "[jalali]")
{
    // The fuzzer found 22 Bahman 3177: a valid date whose Gregorian day did not convert back,
    // because its Gregorian year starts a Jalali year (3178) past the table.
    const QDate bahman = jdate(3177, 11, 22);
    REQUIRE(bahman.isValid());
    const auto back = jalali::fromGregorian(bahman);
    REQUIRE(back);
    CHECK(std::tie(back->year, back->month, back->day) == std::make_tuple(3177, 11, 22));

    const auto check = [](QDate from, QDate to, int& converted) {
        for (QDate g = from; g <= to; g = g.addDays(1)) {
            const auto j = jalali::fromGregorian(g);
            if (!j)
                continue;
            ++converted;
            REQUIRE(jalali::isValid(j->year, j->month, j->day));
            REQUIRE(jalali::toGregorian(*j) == g);
        }
    };
    int converted = 0;
    check(QDate(559, 1, 1), QDate(562, 12, 31), converted);
    CHECK(converted > 0);
    converted = 0;
    check(QDate(3797, 1, 1), QDate(3800, 12, 31), converted);
    CHECK(converted > 0);
    // Every valid day of the first and last supported years converts back.
    for (const int year : { -61, 3177 }) {
        for (int month = 1; month <= 12; ++month) {
            for (int day = 1; day <= jalali::daysInMonth(year, month); ++day) {
                const QDate g = jdate(year, month, day);
                REQUIRE(g.isValid());
                const auto j = jalali::fromGregorian(g);
                INFO(year << "/" << month << "/" << day);
                REQUIRE(j);
                CHECK(std::tie(j->year, j->month, j->day) == std::make_tuple(year, month, day));
            }
        }
    }
    CHECK_FALSE(jalali::fromGregorian(jdate(3177, 12, jalali::isLeapYear(3177) ? 30 : 29).addDays(1)));
    CHECK_FALSE(jalali::fromGregorian(jdate(-61, 1, 1).addDays(-1)));
}

TEST_CASE("Jalali: weekdays start on Saturday", "[jalali]")
{
    // 2025-03-22 was a Saturday (2 Farvardin 1404).
    const QDate saturday(2025, 3, 22);
    const char* fa[] = { "شنبه", "یکشنبه", "دوشنبه", "سه‌شنبه", "چهارشنبه", "پنجشنبه", "جمعه" };
    const char* en[] = { "Saturday", "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday" };
    for (int i = 0; i < 7; ++i) {
        const QDate d = saturday.addDays(i);
        CHECK(jalali::weekdayIndex(d) == i);
        CHECK(jalali::weekdayIndex(d.addDays(7 * 100)) == i);
        CHECK(jalali::weekdayName(d, jalali::Language::Persian) == u8(fa[i]));
        CHECK(jalali::weekdayName(d, jalali::Language::English) == u8(en[i]));
    }
    CHECK(jalali::weekdayIndex(QDate(1979, 2, 11)) == 1); // 22 Bahman 1357 was a Sunday
    CHECK(jalali::weekdayIndex(QDate()) == -1);
    CHECK(jalali::weekdayName(QDate(), jalali::Language::English).isEmpty());
}

TEST_CASE("Jalali: month names", "[jalali]")
{
    const char* fa[] = { "فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند" };
    const char* en[] = { "Farvardin", "Ordibehesht", "Khordad", "Tir", "Mordad", "Shahrivar", "Mehr", "Aban", "Azar", "Dey", "Bahman", "Esfand" };
    for (int m = 1; m <= 12; ++m) {
        CHECK(jalali::monthName(m, jalali::Language::Persian) == u8(fa[m - 1]));
        CHECK(jalali::monthName(m, jalali::Language::English) == u8(en[m - 1]));
    }
    CHECK(jalali::monthName(0, jalali::Language::English).isEmpty());
    CHECK(jalali::monthName(13, jalali::Language::Persian).isEmpty());
}

TEST_CASE("Jalali: formatting", "[jalali]")
{
    const QDate d(2025, 3, 20);
    CHECK(jalali::formatNumeric(d, DigitScript::Latin) == QStringLiteral("1403/12/30"));
    CHECK(jalali::formatNumeric(d, DigitScript::Persian) == u8("۱۴۰۳/۱۲/۳۰"));
    CHECK(jalali::formatNumeric(QDate(2025, 3, 21), DigitScript::Latin) == QStringLiteral("1404/01/01"));
    CHECK(jalali::formatLong(d, jalali::Language::Persian) == u8("۳۰ اسفند ۱۴۰۳"));
    CHECK(jalali::formatLong(d, jalali::Language::English) == QStringLiteral("30 Esfand 1403"));
    CHECK(jalali::formatLong(QDate(2025, 4, 5), jalali::Language::English) == QStringLiteral("16 Farvardin 1404"));
    CHECK(jalali::formatLong(QDate(726, 3, 21), jalali::Language::English) == QStringLiteral("30 Esfand 0104"));
    CHECK(*jalali::parse(jalali::formatLong(QDate(726, 3, 21), jalali::Language::Persian)) == QDate(726, 3, 21));
    CHECK(jalali::formatNumeric(QDate(), DigitScript::Latin).isEmpty());
    CHECK(jalali::formatLong(QDate(), jalali::Language::Persian).isEmpty());
    // Formatting then parsing gives the same day back.
    for (QDate g(2020, 1, 1); g < QDate(2030, 1, 1); g = g.addDays(13)) {
        CHECK(*jalali::parse(jalali::formatNumeric(g, DigitScript::Persian)) == g);
        CHECK(*jalali::parse(jalali::formatLong(g, jalali::Language::Persian)) == g);
        CHECK(*jalali::parse(jalali::formatLong(g, jalali::Language::English)) == g);
    }
}

TEST_CASE("Jalali: parsing accepted forms", "[jalali][parse]")
{
    const QDate expected(2025, 3, 20);
    const char* forms[] = {
        "1403/12/30", "1403-12-30", "1403.12.30", "1403 / 12 / 30", " 1403/12/30 ", "۱۴۰۳/۱۲/۳۰", "١٤٠٣/١٢/٣٠",
        "۱۴۰۳-۱۲-۳۰", "۱۴۰۳.۱۲.۳۰", "30/12/1403", "۳۰/۱۲/۱۴۰۳", "30-12-1403", "1403/12/30\u200F", "\u202B۱۴۰۳/۱۲/۳۰\u202C",
        "30 اسفند 1403", "۳۰ اسفند ۱۴۰۳", "1403 اسفند 30", "30 Esfand 1403", "30 esfand 1403", "1403 ESFAND 30",
        "30 اسفند، 1403",
    };
    for (const char* f : forms) {
        INFO(f);
        const auto r = jalali::parse(u8(f));
        REQUIRE(r);
        CHECK(*r == expected);
    }
    CHECK(*jalali::parse(u8("1404/1/1")) == QDate(2025, 3, 21));
    CHECK(*jalali::parse(u8("1404/01/01")) == QDate(2025, 3, 21));
    CHECK(*jalali::parse(u8("1/1/1404")) == QDate(2025, 3, 21));
    CHECK(*jalali::parse(u8("22 بهمن 1357")) == QDate(1979, 2, 11));
    CHECK(*jalali::parse(u8("1 اردیبهشت 1404")) == QDate(2025, 4, 21));
    CHECK(*jalali::parse(u8("1 ارديبهشت 1404")) == QDate(2025, 4, 21)); // Arabic yeh
    CHECK(*jalali::parse(u8("1 Ordibehesht 1404")) == QDate(2025, 4, 21));
    CHECK(*jalali::parse(u8("5 Dey 1403")) == QDate(2024, 12, 25));
}

TEST_CASE("Jalali: parsing rejects bad input with the field and the text", "[jalali][parse]")
{
    const char* bad[] = {
        "", "   ", "1403", "1403/12", "1403/12/30/1", "1404/12/30", "1403/13/01", "1403/00/10", "1403/01/00",
        "1403/07/31", "03/12/30", "14030/12/30", "1403/123/1", "1403/12/300", "abcd/12/30", "1403/12/3a",
        "30/12/03", "1403/Foo/30", "1403//", "1403/12/30 10:00", "1403_12_30", "1403/12/-1", "/1403/12/30", "1403/12/30/", "1403/-12/30", "1403..12.30",
    };
    for (const char* b : bad) {
        INFO(b);
        const auto r = jalali::parse(u8(b), QStringLiteral("issue_date"));
        REQUIRE_FALSE(r);
        CHECK(r.error().code == ErrorCode::InvalidInput);
        CHECK(r.error().field == QStringLiteral("issue_date"));
        CHECK_FALSE(r.error().message.contains(QStringLiteral("issue_date"))); // the field is named by Error::field
        CHECK(r.error().message.contains(u8(b)));
    }
    CHECK(jalali::parse(u8("1404/12/30")).error().message.contains(QStringLiteral("Esfand 1404 has 29 days")));
}

TEST_CASE("parseAnyDate: ISO Gregorian from 1700, Jalali below", "[jalali][parse]")
{
    CHECK(*parseAnyDate(u8("2025-03-20")) == QDate(2025, 3, 20));
    CHECK(*parseAnyDate(u8("۲۰۲۵-۰۳-۲۰")) == QDate(2025, 3, 20));
    CHECK(*parseAnyDate(u8("2025/3/20")) == QDate(2025, 3, 20));
    CHECK(*parseAnyDate(u8("1700-01-01")) == QDate(1700, 1, 1));
    CHECK(*parseAnyDate(u8("2024-02-29")) == QDate(2024, 2, 29));
    CHECK(*parseAnyDate(u8("1403/12/30")) == QDate(2025, 3, 20));
    CHECK(*parseAnyDate(u8("۱۴۰۴-۰۱-۰۱")) == QDate(2025, 3, 21));
    CHECK(*parseAnyDate(u8("30/12/1403")) == QDate(2025, 3, 20));
    CHECK(*parseAnyDate(u8("1699/01/01")) == jalali::toGregorian({ 1699, 1, 1 }));
    for (const char* b : { "2025-02-29", "2025-13-01", "20-03-2025", "2025-March-20", "1404/12/30", "", "2025-03" }) {
        INFO(b);
        const auto r = parseAnyDate(u8(b), QStringLiteral("due_date"));
        REQUIRE_FALSE(r);
        CHECK(r.error().field == QStringLiteral("due_date"));
        CHECK(r.error().message.contains(u8(b)));
    }
}
