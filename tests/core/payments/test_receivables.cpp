#include "ReceivablesFixture.h"

using namespace peyvand;
using namespace peyvand::payments;
using namespace peyvand::test;

namespace {

qint64 bucket(const AgeingRow& row, AgeBucket b) { return row.buckets[static_cast<size_t>(b)].rial(); }

QStringList kinds(const QList<Reminder>& reminders)
{
    QStringList out;
    for (const Reminder& r : reminders)
        out << toKey(r.kind);
    return out;
}

} // namespace

TEST_CASE("Age buckets have their boundaries at 0, 30, 60 and 90 days", "[payments][receivables]")
{
    CHECK(ageBucket(-1) == AgeBucket::NotDue);
    CHECK(ageBucket(-400) == AgeBucket::NotDue);
    CHECK(ageBucket(0) == AgeBucket::Days0To30);
    CHECK(ageBucket(30) == AgeBucket::Days0To30);
    CHECK(ageBucket(31) == AgeBucket::Days31To60);
    CHECK(ageBucket(60) == AgeBucket::Days31To60);
    CHECK(ageBucket(61) == AgeBucket::Days61To90);
    CHECK(ageBucket(90) == AgeBucket::Days61To90);
    CHECK(ageBucket(91) == AgeBucket::Over90);
    CHECK(ageBucket(5000) == AgeBucket::Over90);
    QStringList names;
    for (AgeBucket b : { AgeBucket::NotDue, AgeBucket::Days0To30, AgeBucket::Days31To60, AgeBucket::Days61To90, AgeBucket::Over90 })
        names << displayName(b);
    CHECK(names == QStringList { QStringLiteral("Not due yet"), QStringLiteral("0–30 days"), QStringLiteral("31–60 days"),
                                 QStringLiteral("61–90 days"), QStringLiteral("Over 90 days") });
}

TEST_CASE("Reminder kinds have stable keys", "[payments][reminders]")
{
    using K = Reminder::Kind;
    CHECK(toKey(K::ChequeDue) == QStringLiteral("cheque_due"));
    CHECK(toKey(K::ChequeOverdue) == QStringLiteral("cheque_overdue"));
    CHECK(toKey(K::InstalmentDue) == QStringLiteral("instalment_due"));
    CHECK(toKey(K::InstalmentOverdue) == QStringLiteral("instalment_overdue"));
    CHECK(toKey(K::PromiseDue) == QStringLiteral("promise_due"));
    CHECK(toKey(K::PromiseOverdue) == QStringLiteral("promise_overdue"));
    CHECK(toKey(K::QuoteExpiring) == QStringLiteral("quote_expiring"));
}

TEST_CASE("Ageing puts each invoice's balance in the bucket of its issue date", "[payments][receivables]")
{
    ReceivablesFixture f;
    const qint64 ali = f.customer(QStringLiteral("Ali"));
    const qint64 sara = f.customer(QStringLiteral("Sara"));
    const int ages[] = { 0, 30, 31, 60, 61, 90, 91 };
    qint64 rial = 1000;
    QList<qint64> invoices;
    for (int age : ages) {
        invoices << f.invoice(ali, f.day(-age), rial);
        rial *= 10;
    }
    // Part paid and a pending cheque on the 31-day invoice; the 91-day one fully paid.
    f.payment(ali, invoices[2], QStringLiteral("cash"), QStringLiteral("settled"), 40'000, f.day(-5), {}, f.day(-5));
    const qint64 cheque = f.cheque(ali, invoices[2], 30'000, f.day(10));
    f.payment(ali, invoices[2], QStringLiteral("cheque"), QStringLiteral("pending"), 30'000, f.day(-5), f.day(10), {}, cheque);
    f.payment(ali, invoices[6], QStringLiteral("deposit"), QStringLiteral("settled"), 1'000'000'000, f.day(-1), {}, f.day(-1));
    // Failed and void payments do not reduce a balance.
    f.payment(ali, invoices[0], QStringLiteral("cash"), QStringLiteral("void"), 500, f.day(0), {}, f.day(0));
    f.invoice(sara, f.day(-10), 5);

    auto ageing = f.receivables->ageing();
    REQUIRE(ageing);
    REQUIRE(ageing->rows.size() == 2);
    const AgeingRow& row = ageing->rows.first();
    CHECK(row.customerId == ali);
    CHECK(row.customerName == QStringLiteral("Ali"));
    CHECK(row.openInvoices == 6);
    CHECK(bucket(row, AgeBucket::NotDue) == 0);
    CHECK(bucket(row, AgeBucket::Days0To30) == 1000 + 10'000);
    CHECK(bucket(row, AgeBucket::Days31To60) == 100'000 - 40'000 + 1'000'000);
    CHECK(bucket(row, AgeBucket::Days61To90) == 10'000'000 + 100'000'000);
    CHECK(bucket(row, AgeBucket::Over90) == 0);
    CHECK(row.total.rial() == 111'071'000);
    CHECK(row.pendingCheques.rial() == 30'000);
    CHECK(ageing->rows.at(1).customerId == sara);
    CHECK(ageing->rows.at(1).total.rial() == 5);
    CHECK(ageing->total.rial() == 111'071'005);
    CHECK(ageing->totals[static_cast<size_t>(AgeBucket::Days0To30)].rial() == 11'005);
}

TEST_CASE("An invoice a day past 90 days is over 90", "[payments][receivables]")
{
    ReceivablesFixture f;
    const qint64 ali = f.customer(QStringLiteral("Ali"));
    f.invoice(ali, f.day(-91), 7);
    f.invoice(ali, f.day(-400), 3);
    auto ageing = f.receivables->ageing();
    REQUIRE(ageing);
    REQUIRE(ageing->rows.size() == 1);
    CHECK(bucket(ageing->rows.first(), AgeBucket::Over90) == 10);
    CHECK(ageing->total.rial() == 10);
}

TEST_CASE("Nothing owed gives an empty ageing", "[payments][receivables]")
{
    ReceivablesFixture f;
    const qint64 ali = f.customer(QStringLiteral("Ali"));
    const qint64 paid = f.invoice(ali, f.day(-3), 100);
    f.payment(ali, paid, QStringLiteral("cash"), QStringLiteral("settled"), 100, f.day(-1), {}, f.day(-1));
    // Drafts and quotes owe nothing.
    REQUIRE(f.documents->createDraft(f.draft(ali, sales::DocumentType::Invoice, f.day(-3), 50)));
    f.quote(ali, f.day(-3), f.day(5), 70);
    auto ageing = f.receivables->ageing();
    REQUIRE(ageing);
    CHECK(ageing->rows.isEmpty());
    CHECK(ageing->total.rial() == 0);
    auto open = f.receivables->openInvoices();
    REQUIRE(open);
    CHECK(open->isEmpty());
}

TEST_CASE("Open invoices: most overdue first, per customer on request", "[payments][receivables]")
{
    ReceivablesFixture f;
    const qint64 ali = f.customer(QStringLiteral("Ali"));
    const qint64 sara = f.customer(QStringLiteral("Sara"));
    const qint64 recent = f.invoice(ali, f.day(-2), 1000);
    const qint64 old = f.invoice(sara, f.day(-40), 2000);
    const qint64 middle = f.invoice(ali, f.day(-10), 3000);
    f.payment(ali, middle, QStringLiteral("pos"), QStringLiteral("settled"), 1000, f.day(-1), {}, f.day(-1));
    f.payment(ali, middle, QStringLiteral("credit"), QStringLiteral("pending"), 500, f.day(-1), f.day(20));

    auto all = f.receivables->openInvoices();
    REQUIRE(all);
    REQUIRE(all->size() == 3);
    CHECK(all->at(0).documentId == old);
    CHECK(all->at(0).daysOverdue == 40);
    CHECK(all->at(0).customerName == QStringLiteral("Sara"));
    CHECK(all->at(1).documentId == middle);
    CHECK(all->at(2).documentId == recent);
    const OpenInvoice& m = all->at(1);
    CHECK(m.total.rial() == 3000);
    CHECK(m.paid.rial() == 1000);
    CHECK(m.pending.rial() == 500);
    CHECK(m.balance.rial() == 2000);
    CHECK(m.issueDate == f.day(-10));
    CHECK(m.nextDue == f.day(-10));
    CHECK(m.daysOverdue == 10);
    CHECK_FALSE(m.number.isEmpty());

    auto alis = f.receivables->openInvoices(ali);
    REQUIRE(alis);
    REQUIRE(alis->size() == 2);
    CHECK(alis->at(0).documentId == middle);
    CHECK(alis->at(1).documentId == recent);
    auto nobody = f.receivables->openInvoices(999);
    REQUIRE(nobody);
    CHECK(nobody->isEmpty());
}

TEST_CASE("Reminders: cheques in hand or at the bank, due soon or overdue, both directions", "[payments][reminders]")
{
    ReceivablesFixture f;
    const qint64 ali = f.customer(QStringLiteral("Ali"));
    const qint64 inv = f.invoice(ali, f.day(-30), 10'000'000);
    const qint64 soon = f.cheque(ali, inv, 1000, f.day(2));
    const qint64 atBank = f.cheque(ali, inv, 2000, f.day(-5), { QStringLiteral("deposited") }, f.day(-5));
    const qint64 redeposited = f.cheque(ali, inv, 2500, f.day(3),
                                        { QStringLiteral("deposited"), QStringLiteral("bounced"), QStringLiteral("redeposited") }, f.day(-1));
    f.cheque(ali, inv, 3000, f.day(4));                                                   // beyond 3 days
    f.cheque(ali, inv, 4000, f.day(1), { QStringLiteral("deposited"), QStringLiteral("cleared") }, f.day(0));
    f.cheque(ali, inv, 5000, f.day(-1), { QStringLiteral("deposited"), QStringLiteral("bounced") }, f.day(0));
    f.cheque(ali, inv, 6000, f.day(1), { QStringLiteral("transferred") }, f.day(0));
    f.cheque(ali, inv, 6500, f.day(1), { QStringLiteral("cancelled") }, f.day(0));
    const qint64 ours = f.cheque(0, 0, 7000, f.day(1), {}, {}, QStringLiteral("issued"), QStringLiteral("Supplier Co"));

    auto reminders = f.receivables->reminders(3);
    REQUIRE(reminders);
    REQUIRE(reminders->size() == 4);
    CHECK(kinds(*reminders) == QStringList { QStringLiteral("cheque_overdue"), QStringLiteral("cheque_due"), QStringLiteral("cheque_due"),
                                             QStringLiteral("cheque_due") });
    const Reminder& overdue = reminders->at(0);
    CHECK(overdue.chequeId == atBank);
    CHECK(overdue.days == -5);
    CHECK(overdue.amount.rial() == 2000);
    CHECK(overdue.customerId == ali);
    CHECK(overdue.customerName == QStringLiteral("Ali"));
    CHECK(overdue.documentId == inv);
    CHECK_FALSE(overdue.documentNumber.isEmpty());
    CHECK(overdue.date == f.day(-5));
    const Reminder& payee = reminders->at(1);
    CHECK(payee.chequeId == ours);
    CHECK(payee.direction == ChequeDirection::Issued);
    CHECK(payee.customerName == QStringLiteral("Supplier Co"));
    CHECK(payee.days == 1);
    CHECK(reminders->at(2).chequeId == soon);
    CHECK(reminders->at(2).days == 2);
    CHECK(reminders->at(3).chequeId == redeposited);
    CHECK(describe(payee) == QStringLiteral("Our cheque to Supplier Co for 7,000 Rial falls due on 12 Khordad 1404"));
    CHECK(describe(reminders->at(2)) == QStringLiteral("Cheque from Ali for 1,000 Rial falls due on 13 Khordad 1404"));
    CHECK(describe(overdue) == QStringLiteral("Cheque from Ali for 2,000 Rial was due on 6 Khordad 1404 and has not cleared"));

    auto zero = f.receivables->reminders(0);
    REQUIRE(zero);
    CHECK(kinds(*zero) == QStringList { QStringLiteral("cheque_overdue") });
}

TEST_CASE("Reminders: open credit promises due soon or overdue", "[payments][reminders]")
{
    ReceivablesFixture f;
    const qint64 ali = f.customer(QStringLiteral("Ali"));
    const qint64 inv = f.invoice(ali, f.day(-30), 10'000);
    const qint64 overdue = f.payment(ali, inv, QStringLiteral("credit"), QStringLiteral("pending"), 100, f.day(-30), f.day(-2));
    const qint64 today = f.payment(ali, inv, QStringLiteral("credit"), QStringLiteral("pending"), 200, f.day(-30), f.day(0));
    f.payment(ali, inv, QStringLiteral("credit"), QStringLiteral("kept"), 300, f.day(-30), f.day(-1), f.day(-1));
    f.payment(ali, inv, QStringLiteral("credit"), QStringLiteral("void"), 400, f.day(-30), f.day(1));
    f.payment(ali, inv, QStringLiteral("credit"), QStringLiteral("pending"), 500, f.day(-30), f.day(9));
    const qint64 onAccount = f.payment(ali, 0, QStringLiteral("credit"), QStringLiteral("pending"), 600, f.day(-30), f.day(3));

    auto reminders = f.receivables->reminders(3);
    REQUIRE(reminders);
    CHECK(kinds(*reminders) == QStringList { QStringLiteral("promise_overdue"), QStringLiteral("promise_due"), QStringLiteral("promise_due") });
    REQUIRE(reminders->size() == 3);
    CHECK(reminders->at(0).paymentId == overdue);
    CHECK(reminders->at(0).days == -2);
    CHECK(reminders->at(0).amount.rial() == 100);
    CHECK(reminders->at(0).documentId == inv);
    CHECK(reminders->at(1).paymentId == today);
    CHECK(reminders->at(1).days == 0);
    CHECK(reminders->at(2).paymentId == onAccount);
    CHECK(reminders->at(2).documentId == 0);
    CHECK(reminders->at(2).customerName == QStringLiteral("Ali"));
    CHECK(describe(reminders->at(0)) == QStringLiteral("Credit promise of Ali for 100 Rial overdue since 9 Khordad 1404"));
}

TEST_CASE("Reminders: issued pre-invoices whose validity ends within the days", "[payments][reminders]")
{
    ReceivablesFixture f;
    const qint64 ali = f.customer(QStringLiteral("Ali"));
    const qint64 lastDay = f.quote(ali, f.day(-10), f.day(3), 900);
    const qint64 endsToday = f.quote(ali, f.day(-10), f.day(0), 800);
    f.quote(ali, f.day(-10), f.day(4), 700);                 // later
    f.quote(ali, f.day(-10), f.day(2), 600, false);          // a draft
    const qint64 accepted = f.quote(ali, f.day(-10), f.day(1), 500);
    REQUIRE(f.documents->accept(accepted));

    auto reminders = f.receivables->reminders(3);
    REQUIRE(reminders);
    REQUIRE(reminders->size() == 2);
    CHECK(kinds(*reminders) == QStringList { QStringLiteral("quote_expiring"), QStringLiteral("quote_expiring") });
    CHECK(reminders->at(0).documentId == endsToday);
    CHECK(reminders->at(0).days == 0);
    CHECK(reminders->at(1).documentId == lastDay);
    CHECK(reminders->at(1).days == 3);
    CHECK(reminders->at(1).amount.rial() == 900);
    CHECK(reminders->at(1).date == f.day(3));
    CHECK(describe(reminders->at(1)).startsWith(QStringLiteral("Pre-invoice ")));
    CHECK(describe(reminders->at(1)).endsWith(QStringLiteral(" for Ali (900 Rial) is valid until 14 Khordad 1404")));
}

TEST_CASE("Reminders refuse a negative number of days", "[payments][reminders]")
{
    ReceivablesFixture f;
    auto bad = f.receivables->reminders(-1);
    REQUIRE_FALSE(bad);
    CHECK(bad.error().code == ErrorCode::InvalidInput);
    CHECK(bad.error().field == QStringLiteral("days"));
    auto empty = f.receivables->reminders(60);
    REQUIRE(empty);
    CHECK(empty->isEmpty());
}

TEST_CASE("The reminder days setting: 3 by default, 0 to 60", "[payments][reminders]")
{
    ReceivablesFixture f;
    auto initial = f.receivables->reminderDays();
    REQUIRE(initial);
    CHECK(*initial == 3);
    REQUIRE(f.receivables->setReminderDays(0));
    CHECK(*f.receivables->reminderDays() == 0);
    REQUIRE(f.receivables->setReminderDays(60));
    CHECK(*f.receivables->reminderDays() == 60);
    for (int bad : { -1, 61, 1000 }) {
        CAPTURE(bad);
        auto s = f.receivables->setReminderDays(bad);
        REQUIRE_FALSE(s);
        CHECK(s.error().code == ErrorCode::InvalidInput);
        CHECK(s.error().field == QStringLiteral("days"));
        CHECK(*f.receivables->reminderDays() == 60);
    }
    auto stored = storage::scalar(f.db->connection(), QStringLiteral("SELECT value FROM settings WHERE key = 'payment_reminder_days'"));
    REQUIRE(stored);
    CHECK(stored->toString() == QStringLiteral("60"));
    // A value some other program left there that is out of range reads as the default.
    f.exec(QStringLiteral("UPDATE settings SET value = 'soon' WHERE key = 'payment_reminder_days'"), {});
    CHECK(*f.receivables->reminderDays() == 3);
    f.exec(QStringLiteral("UPDATE settings SET value = '99' WHERE key = 'payment_reminder_days'"), {});
    CHECK(*f.receivables->reminderDays() == 3);
}

TEST_CASE("Cheques due between two days, not yet final, by due date", "[payments][receivables]")
{
    ReceivablesFixture f;
    const qint64 ali = f.customer(QStringLiteral("Ali"));
    const qint64 inv = f.invoice(ali, f.day(-30), 10'000'000);
    const qint64 b = f.cheque(ali, inv, 1000, f.day(5));
    const qint64 a = f.cheque(ali, inv, 2000, f.day(1), { QStringLiteral("deposited"), QStringLiteral("bounced") }, f.day(1));
    f.cheque(ali, inv, 3000, f.day(2), { QStringLiteral("deposited"), QStringLiteral("cleared") }, f.day(2));
    f.cheque(ali, inv, 4000, f.day(11));
    const qint64 c = f.cheque(0, 0, 5000, f.day(10), {}, {}, QStringLiteral("issued"), QStringLiteral("Payee"));
    auto due = f.receivables->chequesDue(f.day(0), f.day(10));
    REQUIRE(due);
    REQUIRE(due->size() == 3);
    CHECK(due->at(0).id == a);
    CHECK(due->at(1).id == b);
    CHECK(due->at(2).id == c);
    auto bad = f.receivables->chequesDue(f.day(3), f.day(2));
    REQUIRE_FALSE(bad);
    CHECK(bad.error().field == QStringLiteral("to"));
}
