#include "TestSupport.h"

#include "payments/PaymentRecord.h"

using namespace peyvand;
using namespace peyvand::payments;

namespace {

const QDate kToday(2025, 6, 1);

DueItem item(DueItem::Kind kind, int dueDaysAgo, std::optional<int> paidDaysAfterDue, bool bounced = false)
{
    DueItem i;
    i.kind = kind;
    i.due = kToday.addDays(-dueDaysAgo);
    if (paidDaysAfterDue)
        i.paidOn = i.due.addDays(*paidDaysAfterDue);
    i.bounced = bounced;
    return i;
}

DueItem instalment(int dueDaysAgo, std::optional<int> paidAfter) { return item(DueItem::Kind::Instalment, dueDaysAgo, paidAfter); }
DueItem promise(int dueDaysAgo, std::optional<int> paidAfter) { return item(DueItem::Kind::Promise, dueDaysAgo, paidAfter); }
DueItem cheque(int dueDaysAgo, std::optional<int> paidAfter, bool bounced = false)
{
    return item(DueItem::Kind::Cheque, dueDaysAgo, paidAfter, bounced);
}

// `onTime` items paid on their due date and `late` items paid `daysLate` after it.
QList<DueItem> mix(int onTime, int late, int daysLate)
{
    QList<DueItem> items;
    for (int i = 0; i < onTime; ++i)
        items << instalment(100 + i, 0);
    for (int i = 0; i < late; ++i)
        items << instalment(200 + i, daysLate);
    return items;
}

std::optional<PaymentGrade> gradeOf(const QList<DueItem>& items) { return computeRecord(items, kToday).grade; }

} // namespace

TEST_CASE("Nothing due gives no grade", "[payments][rating]")
{
    auto empty = computeRecord({}, kToday);
    CHECK(empty.itemsDue == 0);
    CHECK_FALSE(empty.grade.has_value());
    CHECK(empty.onTimeShare == 0);

    // Future items, paid early or not, do not count yet.
    QList<DueItem> future { instalment(-10, std::nullopt), instalment(-5, -7), promise(-1, std::nullopt) };
    auto r = computeRecord(future, kToday);
    CHECK(r.itemsDue == 0);
    CHECK(r.onTime == 0);
    CHECK(r.late == 0);
    CHECK_FALSE(r.grade.has_value());
    CHECK(describe(r) == QStringLiteral("No rating yet: nothing has fallen due"));
}

TEST_CASE("An unpaid item due today is not judged yet", "[payments][rating]")
{
    auto r = computeRecord({ instalment(0, std::nullopt), promise(0, std::nullopt) }, kToday);
    CHECK(r.itemsDue == 0);
    CHECK_FALSE(r.grade.has_value());
    // Paid today, due today: on time.
    auto paid = computeRecord({ instalment(0, 0) }, kToday);
    CHECK(paid.itemsDue == 1);
    CHECK(paid.onTime == 1);
    CHECK(paid.grade == PaymentGrade::A);
}

TEST_CASE("Unpaid overdue items count as late by the days since their due date", "[payments][rating]")
{
    auto r = computeRecord({ instalment(1, std::nullopt), promise(10, std::nullopt), instalment(5, 0) }, kToday);
    CHECK(r.itemsDue == 3);
    CHECK(r.onTime == 1);
    CHECK(r.late == 2);
    CHECK(r.averageDaysLate == Approx(5.5));
    CHECK(r.onTimeShare == Approx(1.0 / 3));
    CHECK(r.grade == PaymentGrade::D);
}

TEST_CASE("Paid late is late by the days between due and paid", "[payments][rating]")
{
    auto r = computeRecord({ instalment(30, 4), instalment(30, 8), promise(20, -3) }, kToday);
    CHECK(r.itemsDue == 3);
    CHECK(r.onTime == 1);
    CHECK(r.late == 2);
    CHECK(r.averageDaysLate == Approx(6.0));
}

TEST_CASE("Cheques cleared within the grace days are on time", "[payments][rating]")
{
    for (int d = -2; d <= kChequeGraceDays; ++d) {
        auto r = computeRecord({ cheque(20, d) }, kToday);
        CAPTURE(d);
        CHECK(r.onTime == 1);
        CHECK(r.late == 0);
    }
    auto late = computeRecord({ cheque(20, kChequeGraceDays + 1) }, kToday);
    CHECK(late.late == 1);
    CHECK(late.averageDaysLate == Approx(kChequeGraceDays + 1));
    // The grace is for cheques only.
    CHECK(computeRecord({ instalment(20, 1) }, kToday).late == 1);
    CHECK(computeRecord({ promise(20, 1) }, kToday).late == 1);
}

TEST_CASE("An uncleared cheque is judged only after its grace days", "[payments][rating]")
{
    for (int d = 0; d <= kChequeGraceDays; ++d) {
        CAPTURE(d);
        CHECK(computeRecord({ cheque(d, std::nullopt) }, kToday).itemsDue == 0);
    }
    auto r = computeRecord({ cheque(kChequeGraceDays + 1, std::nullopt) }, kToday);
    CHECK(r.itemsDue == 1);
    CHECK(r.late == 1);
    CHECK(r.averageDaysLate == Approx(kChequeGraceDays + 1));
}

TEST_CASE("Bounced cheques are counted all time, also when later cleared or not yet due", "[payments][rating]")
{
    auto r = computeRecord({ cheque(40, 10, true), cheque(-5, std::nullopt, true), instalment(10, 0) }, kToday);
    CHECK(r.bouncedCheques == 2);
    CHECK(r.itemsDue == 2);
    CHECK(r.late == 1);
    CHECK(r.averageDaysLate == Approx(10));
}

TEST_CASE("Grade A needs no bounce, 90 % on time and at most 7 days late on average", "[payments][rating]")
{
    CHECK(gradeOf(mix(9, 1, 7)) == PaymentGrade::A);   // exactly 90 %, exactly 7 days
    CHECK(gradeOf(mix(9, 1, 8)) == PaymentGrade::B);   // 8 days on average
    CHECK(gradeOf(mix(18, 2, 1)) == PaymentGrade::A);  // 90 %
    CHECK(gradeOf(mix(17, 2, 1)) == PaymentGrade::B);  // 89.5 %
    CHECK(gradeOf(mix(8, 1, 1)) == PaymentGrade::B);   // 88.9 %
    CHECK(gradeOf(mix(10, 0, 0)) == PaymentGrade::A);
    auto oneBounce = mix(10, 0, 0);
    oneBounce << cheque(300, 0, true);
    CHECK(gradeOf(oneBounce) == PaymentGrade::B);
}

TEST_CASE("Grade B needs at most one bounce, 75 % and 15 days", "[payments][rating]")
{
    CHECK(gradeOf(mix(3, 1, 15)) == PaymentGrade::B);  // exactly 75 %, exactly 15 days
    CHECK(gradeOf(mix(3, 1, 16)) == PaymentGrade::C);
    CHECK(gradeOf(mix(74, 26, 1)) == PaymentGrade::C); // 74 %
    CHECK(gradeOf(mix(75, 25, 1)) == PaymentGrade::B);
    auto twoBounces = mix(10, 0, 0);
    twoBounces << cheque(300, 0, true) << cheque(301, 0, true);
    CHECK(gradeOf(twoBounces) == PaymentGrade::C);
}

TEST_CASE("Grade C needs at most two bounces, 50 % and 30 days, D is the rest", "[payments][rating]")
{
    CHECK(gradeOf(mix(1, 1, 30)) == PaymentGrade::C);  // exactly 50 %, exactly 30 days
    CHECK(gradeOf(mix(1, 1, 31)) == PaymentGrade::D);
    CHECK(gradeOf(mix(49, 51, 1)) == PaymentGrade::D); // 49 %
    CHECK(gradeOf(mix(0, 3, 1)) == PaymentGrade::D);
    auto threeBounces = mix(10, 0, 0);
    threeBounces << cheque(300, 0, true) << cheque(301, 0, true) << cheque(302, 0, true);
    CHECK(gradeOf(threeBounces) == PaymentGrade::D);
}

TEST_CASE("The rating's keys and one-line description", "[payments][rating]")
{
    CHECK(toKey(PaymentGrade::A) == QStringLiteral("A"));
    CHECK(toKey(PaymentGrade::B) == QStringLiteral("B"));
    CHECK(toKey(PaymentGrade::C) == QStringLiteral("C"));
    CHECK(toKey(PaymentGrade::D) == QStringLiteral("D"));
    auto r = computeRecord(mix(12, 1, 3), kToday);
    CHECK(r.grade == PaymentGrade::A);
    CHECK(describe(r) == QStringLiteral("A: 12 of 13 on time, 0 bounced, 3.0 days late on average"));
}
