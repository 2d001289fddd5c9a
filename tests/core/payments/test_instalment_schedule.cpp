#include "TestSupport.h"

#include "payments/InstalmentSchedule.h"
#include "text/Jalali.h"

#include <random>

using namespace peyvand;
using namespace peyvand::payments;
using test::u8;

namespace {

QDate j(int y, int m, int d)
{
    return text::jalali::toGregorian({ y, m, d });
}

PlanRequest request(qint64 balance, qint64 down, int count, QDate start = j(1404, 1, 10))
{
    PlanRequest r;
    r.balance = Money::fromRial(balance);
    r.downPayment = Money::fromRial(down);
    r.count = count;
    r.start = start;
    return r;
}

SettledMoney money(qint64 amount, QDate on, std::optional<qint64> instalment = std::nullopt)
{
    return SettledMoney { Money::fromRial(amount), on, instalment };
}

} // namespace

TEST_CASE("Intervals parse in any digits and print back as their key", "[payments][schedule]")
{
    auto month = Interval::parse(QStringLiteral("1m"));
    REQUIRE(month);
    CHECK(month->unit == Interval::Unit::Month);
    CHECK(month->count == 1);
    CHECK(Interval::parse(u8("۳m"))->count == 3);
    CHECK(Interval::parse(QStringLiteral(" 2W "))->unit == Interval::Unit::Week);
    CHECK(Interval::parse(QStringLiteral("30d"))->toKey() == QStringLiteral("30d"));
    CHECK(Interval::parse(QStringLiteral("custom"))->unit == Interval::Unit::Custom);
    CHECK(Interval::parse(QStringLiteral("custom"))->toKey() == QStringLiteral("custom"));
    for (const char* bad : { "", "m", "0m", "121m", "521w", "3651d", "1y", "1.5m", "-1m" }) {
        auto r = Interval::parse(QString::fromLatin1(bad), QStringLiteral("every"));
        INFO(bad);
        REQUIRE_FALSE(r);
        CHECK(r.error().field == QStringLiteral("every"));
    }
    CHECK(Interval::parse(QStringLiteral("120m")));
    CHECK(Interval::parse(QStringLiteral("x"), QStringLiteral("interval")).error().field == QStringLiteral("interval"));
}

TEST_CASE("Adding Jalali months keeps the day or clamps it to the month's length", "[payments][schedule]")
{
    CHECK(addJalaliMonths(j(1403, 6, 31), 1) == j(1403, 7, 30));    // 31 Shahrivar → 30 Mehr
    CHECK(addJalaliMonths(j(1403, 6, 31), 2) == j(1403, 8, 30));
    CHECK(addJalaliMonths(j(1403, 1, 31), 6) == j(1403, 7, 30));
    CHECK(addJalaliMonths(j(1403, 11, 30), 1) == j(1403, 12, 30));  // 1403 is a leap year
    CHECK(addJalaliMonths(j(1404, 11, 30), 1) == j(1404, 12, 29));  // 1404 is not
    REQUIRE(text::jalali::isLeapYear(1403));
    REQUIRE_FALSE(text::jalali::isLeapYear(1404));
    CHECK(addJalaliMonths(j(1403, 12, 15), 1) == j(1404, 1, 15));   // year wrap Esfand → Farvardin
    CHECK(addJalaliMonths(j(1403, 12, 30), 12) == j(1404, 12, 29));
    CHECK(addJalaliMonths(j(1404, 1, 15), -1) == j(1403, 12, 15));
    CHECK(addJalaliMonths(j(1404, 7, 30), -1) == j(1404, 6, 30));
    CHECK(addJalaliMonths(j(1404, 3, 5), 0) == j(1404, 3, 5));
    CHECK(addJalaliMonths(j(1400, 5, 5), 60) == j(1405, 5, 5));
    CHECK_FALSE(addJalaliMonths(QDate(), 1).isValid());
}

TEST_CASE("The n-th date of each interval", "[payments][schedule]")
{
    const QDate start = j(1403, 6, 31);
    CHECK(nthDate(start, { Interval::Unit::Month, 1 }, 0) == start);
    CHECK(nthDate(start, { Interval::Unit::Month, 1 }, 1) == j(1403, 7, 30));
    CHECK(nthDate(start, { Interval::Unit::Month, 1 }, 6) == j(1403, 12, 30));
    CHECK(nthDate(start, { Interval::Unit::Month, 3 }, 2) == j(1403, 12, 30));
    CHECK(nthDate(start, { Interval::Unit::Week, 2 }, 3) == start.addDays(42));
    CHECK(nthDate(start, { Interval::Unit::Day, 30 }, 2) == start.addDays(60));
    CHECK(nthDate(start, { Interval::Unit::Custom, 1 }, 5) == start);
}

TEST_CASE("A schedule puts the remainder on the last instalment and adds up exactly", "[payments][schedule]")
{
    auto s = makeSchedule(request(1'000'000, 100'000, 7));
    REQUIRE(s);
    REQUIRE(s->size() == 8);
    CHECK(s->at(0).seq == 0);
    CHECK(s->at(0).amount == Money::fromRial(100'000));
    CHECK(s->at(0).dueDate == j(1404, 1, 10));
    for (int k = 1; k < 7; ++k) {
        CHECK(s->at(k).amount == Money::fromRial(128'571));
        CHECK(s->at(k).dueDate == addJalaliMonths(j(1404, 1, 10), k));
    }
    CHECK(s->at(7).amount == Money::fromRial(900'000 - 6 * 128'571));

    std::mt19937 random(20250601);
    for (int n = 0; n < 600; ++n) {
        const qint64 balance = std::uniform_int_distribution<qint64>(1, 9'000'000'000'000LL)(random);
        const int count = std::uniform_int_distribution<int>(1, 360)(random);
        if (balance <= count)
            continue;
        const qint64 down = std::uniform_int_distribution<qint64>(0, balance - count)(random);
        PlanRequest r = request(balance, down, count);
        r.every = Interval { n % 3 == 0 ? Interval::Unit::Week : Interval::Unit::Month, 1 + n % 4 };
        auto made = makeSchedule(r);
        INFO(balance << " " << down << " " << count);
        REQUIRE(made);
        REQUIRE(made->size() == count + 1);
        qint64 sum = 0;
        for (int k = 0; k <= count; ++k) {
            const Instalment& i = made->at(k);
            CHECK(i.seq == k);
            sum += i.amount.rial();
            if (k > 0) {
                CHECK(i.amount.rial() >= 1);
                CHECK(i.dueDate > made->at(k - 1).dueDate);
                if (k < count)
                    CHECK(i.amount == made->at(1).amount);
            }
        }
        CHECK(sum == balance);
        CHECK(made->at(count).amount.rial() - made->at(1).amount.rial() < count);
    }
}

TEST_CASE("A schedule names the field it refuses", "[payments][schedule]")
{
    auto field = [](const PlanRequest& r) {
        auto s = makeSchedule(r);
        REQUIRE_FALSE(s);
        CHECK(s.error().code == ErrorCode::InvalidInput);
        return s.error().field;
    };
    CHECK(field(request(0, 0, 3)) == QStringLiteral("amount"));
    CHECK(field(request(1000, -1, 3)) == QStringLiteral("down"));
    CHECK(field(request(1000, 1000, 3)) == QStringLiteral("down"));
    CHECK(field(request(1000, 1001, 3)) == QStringLiteral("down"));
    CHECK(field(request(1000, 500, 0)) == QStringLiteral("down"));
    CHECK(field(request(1000, 0, 361)) == QStringLiteral("count"));
    CHECK(field(request(1000, 0, -1)) == QStringLiteral("count"));
    CHECK(field(request(10, 5, 6)) == QStringLiteral("count"));
    CHECK(field(request(1000, 0, 3, QDate())) == QStringLiteral("start"));
    PlanRequest badEvery = request(1000, 0, 3);
    badEvery.every = { Interval::Unit::Month, 0 };
    CHECK(field(badEvery) == QStringLiteral("every"));

    PlanRequest custom = request(1000, 100, 3);
    custom.every = { Interval::Unit::Custom, 1 };
    CHECK(field(custom) == QStringLiteral("dates"));
    custom.customDates = { j(1404, 2, 1), j(1404, 3, 1), j(1404, 2, 15) };
    CHECK(field(custom) == QStringLiteral("dates[2]"));
    custom.customDates = { j(1404, 1, 10), j(1404, 3, 1), j(1404, 4, 1) };
    CHECK(field(custom) == QStringLiteral("dates[0]"));  // not after the start
    custom.customDates = { j(1404, 2, 1), QDate(), j(1404, 4, 1) };
    CHECK(field(custom) == QStringLiteral("dates[1]"));
    custom.customDates = { j(1404, 2, 1), j(1404, 3, 1), j(1404, 4, 1) };
    custom.customAmounts = { Money::fromRial(300), Money::fromRial(300) };
    CHECK(field(custom) == QStringLiteral("amounts"));
    custom.customAmounts = { Money::fromRial(300), Money::fromRial(0), Money::fromRial(600) };
    CHECK(field(custom) == QStringLiteral("amounts[1]"));
    custom.customAmounts = { Money::fromRial(300), Money::fromRial(300), Money::fromRial(301) };
    CHECK(field(custom) == QStringLiteral("amounts"));
}

TEST_CASE("Custom schedules take the given dates and amounts", "[payments][schedule]")
{
    PlanRequest r = request(1000, 100, 3);
    r.every = { Interval::Unit::Custom, 1 };
    r.customDates = { j(1404, 2, 1), j(1404, 3, 17), j(1404, 9, 1) };
    auto equal = makeSchedule(r);
    REQUIRE(equal);
    CHECK(equal->at(1).amount == Money::fromRial(300));
    CHECK(equal->at(3).amount == Money::fromRial(300));
    CHECK(equal->at(2).dueDate == j(1404, 3, 17));
    r.customAmounts = { Money::fromRial(100), Money::fromRial(200), Money::fromRial(600) };
    auto given = makeSchedule(r);
    REQUIRE(given);
    CHECK(given->at(3).amount == Money::fromRial(600));
    CHECK(given->at(3).dueDate == j(1404, 9, 1));

    auto single = makeSchedule(request(1000, 1000, 0));
    REQUIRE(single);
    REQUIRE(single->size() == 1);
    CHECK(single->at(0).amount == Money::fromRial(1000));
}

TEST_CASE("Allocation pays linked instalments first, then the rest in order", "[payments][schedule]")
{
    auto s = makeSchedule(request(1000, 100, 3)); // 100, 300, 300, 300
    REQUIRE(s);
    QList<Instalment> plan = *s;
    for (int k = 0; k < plan.size(); ++k)
        plan[k].id = 10 + k;

    SECTION("nothing paid")
    {
        const auto a = allocate(plan, {});
        for (const auto& i : a) {
            CHECK(i.paid == Money {});
            CHECK_FALSE(i.isPaid());
            CHECK_FALSE(i.paidOn.isValid());
        }
    }
    SECTION("pool money pays in order of seq; paidOn is the day it was covered")
    {
        const auto a = allocate(plan, { money(250, j(1404, 1, 12)), money(200, j(1404, 2, 1)) });
        CHECK(a.at(0).paid == Money::fromRial(100));
        CHECK(a.at(0).paidOn == j(1404, 1, 12));
        CHECK(a.at(1).paid == Money::fromRial(300));
        CHECK(a.at(1).paidOn == j(1404, 2, 1));
        CHECK(a.at(2).paid == Money::fromRial(50));
        CHECK_FALSE(a.at(2).paidOn.isValid());
        CHECK(a.at(3).paid == Money {});
    }
    SECTION("payments are taken by date whatever their order")
    {
        const auto a = allocate(plan, { money(300, j(1404, 3, 1)), money(100, j(1404, 1, 12)) });
        CHECK(a.at(0).paidOn == j(1404, 1, 12));
        CHECK(a.at(1).paidOn == j(1404, 3, 1));
    }
    SECTION("a linked payment pays its instalment; the excess joins the pool")
    {
        const auto a = allocate(plan, { money(400, j(1404, 4, 1), 13), money(50, j(1404, 1, 20)) });
        CHECK(a.at(3).paid == Money::fromRial(300));
        CHECK(a.at(3).paidOn == j(1404, 4, 1));
        CHECK(a.at(0).paid == Money::fromRial(100)); // 50 from the pool, then 50 of the excess
        CHECK(a.at(0).paidOn == j(1404, 4, 1));
        CHECK(a.at(1).paid == Money::fromRial(50));
    }
    SECTION("a link to an unknown instalment is pool money")
    {
        const auto a = allocate(plan, { money(150, j(1404, 1, 20), 99) });
        CHECK(a.at(0).paid == Money::fromRial(100));
        CHECK(a.at(1).paid == Money::fromRial(50));
    }
    SECTION("never more than the plan")
    {
        const auto a = allocate(plan, { money(5000, j(1404, 1, 20)) });
        qint64 total = 0;
        for (const auto& i : a) {
            CHECK(i.isPaid());
            total += i.paid.rial();
        }
        CHECK(total == 1000);
    }
    SECTION("a zero down payment counts as paid on its date")
    {
        auto zero = makeSchedule(request(900, 0, 3));
        REQUIRE(zero);
        const auto a = allocate(*zero, {});
        CHECK(a.at(0).isPaid());
        CHECK(a.at(0).paidOn == j(1404, 1, 10));
        CHECK_FALSE(a.at(1).isPaid());
    }
}
