#include "ReceivablesFixture.h"

using namespace peyvand;
using namespace peyvand::payments;
using namespace peyvand::test;

namespace {

qint64 bucket(const AgeingRow& row, AgeBucket b) { return row.buckets[static_cast<size_t>(b)].rial(); }

// 15,000 Rial issued 100 days ago: 3,000 down 95 days ago, then 3,000 every
// 30 days (65 and 35 days ago, 5 days ago, in 25 days).
struct PlanStory {
    ReceivablesFixture f;
    qint64 ali = f.customer(QStringLiteral("Ali"));
    qint64 invoice = f.invoice(ali, f.day(-100), 15'000);
    Plan plan = f.plan(invoice, 3'000, 4, f.day(-95), 30);
};

} // namespace

TEST_CASE("Ageing: each unpaid instalment is aged from its own due date", "[payments][receivables][plans]")
{
    PlanStory s;
    REQUIRE(s.plan.instalments.size() == 5);
    CHECK(s.plan.instalments.at(4).dueDate == s.f.day(25));
    s.f.cash(s.invoice, 4'000, s.f.day(-1));

    auto ageing = s.f.receivables->ageing();
    REQUIRE(ageing);
    REQUIRE(ageing->rows.size() == 1);
    const AgeingRow& row = ageing->rows.first();
    CHECK(bucket(row, AgeBucket::Days61To90) == 2'000);   // the first instalment's remainder, 65 days
    CHECK(bucket(row, AgeBucket::Days31To60) == 3'000);   // 35 days
    CHECK(bucket(row, AgeBucket::Days0To30) == 3'000);    // 5 days
    CHECK(bucket(row, AgeBucket::NotDue) == 3'000);       // in 25 days
    CHECK(bucket(row, AgeBucket::Over90) == 0);           // the down payment is paid
    CHECK(row.total.rial() == 11'000);
    CHECK(row.openInvoices == 1);

    auto open = s.f.receivables->openInvoices();
    REQUIRE(open);
    REQUIRE(open->size() == 1);
    CHECK(open->first().nextDue == s.f.day(-65));
    CHECK(open->first().daysOverdue == 65);
    CHECK(open->first().balance.rial() == 11'000);
}

TEST_CASE("Ageing: a plan made after part was paid ages only the plan, the balance stays whole", "[payments][receivables][plans]")
{
    ReceivablesFixture f;
    const qint64 ali = f.customer(QStringLiteral("Ali"));
    const qint64 inv = f.invoice(ali, f.day(-10), 10'000);
    f.cash(inv, 1'000, f.day(-9));
    const Plan plan = f.plan(inv, 0, 3, f.day(20), 30);
    CHECK(plan.amount.rial() == 9'000);
    auto ageing = f.receivables->ageing();
    REQUIRE(ageing);
    REQUIRE(ageing->rows.size() == 1);
    CHECK(bucket(ageing->rows.first(), AgeBucket::NotDue) == 9'000);
    CHECK(ageing->total.rial() == 9'000);
    auto open = f.receivables->openInvoices(ali);
    REQUIRE(open);
    CHECK(open->first().nextDue == f.day(50));   // the 0-Rial down payment is nothing to wait for
    CHECK(open->first().daysOverdue == -50);
}

TEST_CASE("Reminders: instalments overdue or due within the days, with what is left of them", "[payments][reminders][plans]")
{
    PlanStory s;
    s.f.cash(s.invoice, 4'000, s.f.day(-1));
    auto soon = s.f.receivables->reminders(3);
    REQUIRE(soon);
    REQUIRE(soon->size() == 3);
    for (const Reminder& r : *soon) {
        CHECK(r.kind == Reminder::Kind::InstalmentOverdue);
        CHECK(r.documentId == s.invoice);
        CHECK(r.customerName == QStringLiteral("Ali"));
        CHECK(r.instalmentId > 0);
    }
    CHECK(soon->at(0).amount.rial() == 2'000);
    CHECK(soon->at(0).days == -65);
    CHECK(soon->at(0).instalmentId == s.plan.instalments.at(1).id);
    CHECK(soon->at(2).days == -5);
    CHECK(describe(soon->at(0)).startsWith(QStringLiteral("Instalment of invoice ")));

    auto month = s.f.receivables->reminders(30);
    REQUIRE(month);
    REQUIRE(month->size() == 4);
    CHECK(month->last().kind == Reminder::Kind::InstalmentDue);
    CHECK(month->last().days == 25);
    CHECK(month->last().amount.rial() == 3'000);

    // Paid in full: nothing left to remind of.
    s.f.cash(s.invoice, 11'000, s.f.day(0));
    auto none = s.f.receivables->reminders(30);
    REQUIRE(none);
    CHECK(none->isEmpty());
}

TEST_CASE("Reminders: a credit promise for an instalment reminds through the instalment", "[payments][reminders][plans]")
{
    PlanStory s;
    NewPayment promise;
    promise.documentId = s.invoice;
    promise.instalmentId = s.plan.instalments.at(4).id;
    promise.method = PaymentMethod::Credit;
    promise.amount = Money::fromRial(3'000);
    promise.dueDate = s.f.day(2);
    REQUIRE(s.f.payments->receive(promise));
    auto reminders = s.f.receivables->reminders(3);
    REQUIRE(reminders);
    for (const Reminder& r : *reminders)
        CHECK(r.kind != Reminder::Kind::PromiseDue);
}

TEST_CASE("The record judges each instalment by the day it was fully paid", "[payments][rating][plans]")
{
    PlanStory s;
    s.f.cash(s.invoice, 3'000, s.f.day(-95));   // the down payment on its day
    s.f.cash(s.invoice, 3'000, s.f.day(-60));   // the first instalment 5 days late
    // The last instalment's cheque bounced.
    NewPayment cheque;
    cheque.documentId = s.invoice;
    cheque.instalmentId = s.plan.instalments.at(4).id;
    cheque.method = PaymentMethod::Cheque;
    cheque.amount = Money::fromRial(3'000);
    cheque.dueDate = s.f.day(-2);
    cheque.cheque.sayadId = QStringLiteral("1234567890123456");
    auto receipt = s.f.payments->receive(cheque);
    REQUIRE(receipt);
    REQUIRE(receipt->cheque);
    REQUIRE(s.f.payments->setChequeStatus(receipt->cheque->id, ChequeStatus::Deposited, s.f.day(0)));
    REQUIRE(s.f.payments->setChequeStatus(receipt->cheque->id, ChequeStatus::Bounced, s.f.day(0)));

    auto items = s.f.records->items(s.ali);
    REQUIRE(items);
    CHECK(items->size() == 5);   // the instalments; the cheque counts through its instalment
    auto record = s.f.records->record(s.ali);
    REQUIRE(record);
    CHECK(record->itemsDue == 4);           // down payment and three instalments due by today
    CHECK(record->onTime == 1);
    CHECK(record->late == 3);               // 5 days late, 35 and 5 days unpaid
    CHECK(record->averageDaysLate == Approx(15.0));
    CHECK(record->bouncedCheques == 1);
    CHECK(record->grade == PaymentGrade::D);
}

TEST_CASE("A customer who pays every instalment on time is rated A", "[payments][rating][plans]")
{
    PlanStory s;
    s.f.cash(s.invoice, 3'000, s.f.day(-95));
    s.f.cash(s.invoice, 3'000, s.f.day(-66));
    s.f.cash(s.invoice, 3'000, s.f.day(-35));
    s.f.cash(s.invoice, 3'000, s.f.day(-5));
    auto record = s.f.records->record(s.ali);
    REQUIRE(record);
    CHECK(record->itemsDue == 4);
    CHECK(record->onTime == 4);
    CHECK(record->grade == PaymentGrade::A);
    CHECK(describe(*record) == QStringLiteral("A: 4 of 4 on time, 0 bounced, 0.0 days late on average"));
}
