#include "PaymentFixture.h"

#include "payments/ChequeStates.h"

using namespace peyvand;
using namespace peyvand::payments;
using test::u8;
using sales::DocumentState;
using S = ChequeStatus;

namespace {

// The transitions drawn in domain.md §4 (and redeposited like deposited).
bool drawn(S from, S to)
{
    const std::pair<S, S> arrows[] = {
        { S::Received, S::Deposited },   { S::Received, S::Transferred }, { S::Received, S::Returned },
        { S::Received, S::Cancelled },   { S::Deposited, S::Cleared },    { S::Deposited, S::Bounced },
        { S::Bounced, S::Returned },     { S::Bounced, S::Redeposited },  { S::Redeposited, S::Cleared },
        { S::Redeposited, S::Bounced },
    };
    for (const auto& [a, b] : arrows) {
        if (a == from && b == to)
            return true;
    }
    return false;
}

// A path of allowed transitions from received to `status`.
QList<S> pathTo(S status)
{
    switch (status) {
    case S::Received:
        return {};
    case S::Deposited:
        return { S::Deposited };
    case S::Cleared:
        return { S::Deposited, S::Cleared };
    case S::Bounced:
        return { S::Deposited, S::Bounced };
    case S::Returned:
        return { S::Returned };
    case S::Redeposited:
        return { S::Deposited, S::Bounced, S::Redeposited };
    case S::Transferred:
        return { S::Transferred };
    case S::Cancelled:
        return { S::Cancelled };
    }
    return {};
}

} // namespace

TEST_CASE("The cheque state table allows exactly the drawn transitions", "[payments][cheques]")
{
    REQUIRE(cheque_states::all().size() == 8);
    int allowed = 0;
    for (S from : cheque_states::all()) {
        for (S to : cheque_states::all()) {
            INFO(toKey(from).toStdString() << " -> " << toKey(to).toStdString());
            CHECK(cheque_states::isAllowed(from, to) == drawn(from, to));
            CHECK(cheque_states::next(from).contains(to) == drawn(from, to));
            allowed += drawn(from, to) ? 1 : 0;
        }
        CHECK(cheque_states::isFinal(from) == cheque_states::next(from).isEmpty());
    }
    CHECK(allowed == 10);
    CHECK(cheque_states::isFinal(S::Cleared));
    CHECK(cheque_states::isFinal(S::Transferred));
    CHECK_FALSE(cheque_states::isFinal(S::Bounced));
    CHECK(cheque_states::paymentStatusFor(S::Cleared) == PaymentStatus::Settled);
    for (S failed : { S::Bounced, S::Returned, S::Cancelled })
        CHECK(cheque_states::paymentStatusFor(failed) == PaymentStatus::Failed);
    for (S pending : { S::Received, S::Deposited, S::Redeposited, S::Transferred })
        CHECK(cheque_states::paymentStatusFor(pending) == PaymentStatus::Pending);
}

TEST_CASE("setChequeStatus allows exactly the drawn transitions and stores nothing for the others", "[payments][cheques]")
{
    test::PaymentFixture f;
    const qint64 c = f.customer();
    const QDate due = f.clock.today().addDays(10);
    int checked = 0;
    for (S from : cheque_states::all()) {
        for (S to : cheque_states::all()) {
            INFO(toKey(from).toStdString() << " -> " << toKey(to).toStdString());
            NewPayment p = test::chequeOf(0, 700'000, due);
            p.documentId.reset();
            p.customerId = c;
            auto received = f.payments->receive(p);
            REQUIRE(received);
            const qint64 id = received->cheque->id;
            for (S step : pathTo(from))
                REQUIRE(f.payments->setChequeStatus(id, step));
            REQUIRE(f.payments->cheque(id)->status == from);
            const int events = f.rows("cheque_events");
            const int audits = f.rows("audit_log");
            const PaymentStatus before = f.payments->paymentsOf(c)->at(0).status;

            auto moved = f.payments->setChequeStatus(id, to, f.clock.today(), QStringLiteral("step"));
            if (drawn(from, to)) {
                REQUIRE(moved);
                CHECK(moved->status == to);
                CHECK(moved->statusDate == f.clock.today());
                CHECK(f.rows("cheque_events") == events + 1);
                const Payment row = f.payments->paymentsOf(c)->at(0);
                CHECK(row.chequeId == id);
                CHECK(row.status == cheque_states::paymentStatusFor(to));
                CHECK(row.settledOn.isValid() == (to == S::Cleared));
                auto history = f.payments->chequeHistory(id);
                REQUIRE(history);
                CHECK(history->constLast().from == from);
                CHECK(history->constLast().to == to);
                CHECK(history->constLast().note == QStringLiteral("step"));
            } else {
                REQUIRE_FALSE(moved);
                CHECK(moved.error().code == ErrorCode::Conflict);
                CHECK(moved.error().message.contains(displayName(from)));
                CHECK(moved.error().message.contains(displayName(to)));
                CHECK(f.payments->cheque(id)->status == from);
                CHECK(f.rows("cheque_events") == events);
                CHECK(f.rows("audit_log") == audits);
                CHECK(f.payments->paymentsOf(c)->at(0).status == before);
            }
            ++checked;
        }
    }
    CHECK(checked == 64);
}

TEST_CASE("Cheque transitions are dated, noted, and never go back in time", "[payments][cheques]")
{
    test::PaymentFixture f;
    const qint64 c = f.customer();
    const qint64 inv = f.invoice(c, 1'000'000);
    const QDate today = f.clock.today();
    NewPayment p = test::chequeOf(inv, 1'000'000, today.addDays(20));
    p.date = today.addDays(-5);
    p.cheque.note = u8("چک مشتری");
    auto r = f.payments->receive(p);
    REQUIRE(r);
    const qint64 id = r->cheque->id;
    CHECK(r->cheque->entryDate == today.addDays(-5));
    CHECK(r->cheque->statusDate == today.addDays(-5));

    auto early = f.payments->setChequeStatus(id, S::Deposited, today.addDays(-6));
    REQUIRE_FALSE(early);
    CHECK(early.error().field == QStringLiteral("date"));
    CHECK(f.payments->cheque(id)->status == S::Received);

    REQUIRE(f.payments->setChequeStatus(id, S::Deposited, today.addDays(-5), u8("به بانک رفت")));
    auto bounced = f.payments->setChequeStatus(id, S::Bounced); // today by default
    REQUIRE(bounced);
    CHECK(bounced->statusDate == today);
    CHECK(f.account(inv).balance == Money::fromRial(1'000'000));
    CHECK(f.account(inv).pending == Money {});
    CHECK(f.account(inv).uncovered == Money::fromRial(1'000'000));
    REQUIRE(f.payments->setChequeStatus(id, S::Redeposited, today.addDays(2)));
    CHECK(f.account(inv).pending == Money::fromRial(1'000'000));
    REQUIRE(f.payments->setChequeStatus(id, S::Cleared, today.addDays(4)));
    CHECK(f.stateOf(inv) == DocumentState::Settled);
    CHECK(f.account(inv).payments.at(0).settledOn == today.addDays(4));

    auto history = f.payments->chequeHistory(id);
    REQUIRE(history);
    REQUIRE(history->size() == 5);
    CHECK_FALSE(history->at(0).from.has_value()); // the entry itself
    CHECK(history->at(0).to == S::Received);
    CHECK(history->at(0).date == today.addDays(-5));
    CHECK(history->at(1).note == u8("به بانک رفت"));
    CHECK(history->at(4).to == S::Cleared);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM cheque_events WHERE cheque_id = ? AND from_status = ''"), { id }) == 1);
    CHECK(f.auditActions(QStringLiteral("cheque"), id) == QStringList { QStringLiteral("create"), QStringLiteral("update"),
                                                                        QStringLiteral("update"), QStringLiteral("update"),
                                                                        QStringLiteral("update") });
    CHECK_FALSE(f.payments->chequeHistory(4242));
}

TEST_CASE("A cheque that clears after cash paid the invoice puts its money on account", "[payments][cheques]")
{
    test::PaymentFixture f;
    const qint64 c = f.customer();
    const qint64 inv = f.invoice(c, 1'000'000);
    auto cheque = f.payments->receive(test::chequeOf(inv, 600'000, f.clock.today().addDays(5)));
    REQUIRE(cheque);
    REQUIRE(f.payments->receive(test::cash(inv, 700'000)));
    CHECK(f.account(inv).balance == Money::fromRial(300'000));
    REQUIRE(f.payments->setChequeStatus(cheque->cheque->id, S::Deposited));
    REQUIRE(f.payments->setChequeStatus(cheque->cheque->id, S::Cleared));
    const InvoiceAccount a = f.account(inv);
    CHECK(a.paid == Money::fromRial(1'000'000));
    CHECK(a.balance == Money {});
    CHECK(a.settled);
    CHECK(*f.payments->onAccountCredit(c) == Money::fromRial(300'000));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM payments WHERE cheque_id = ?"), { cheque->cheque->id }) == 2);
    CHECK(f.count(QStringLiteral("SELECT sum(amount) FROM payments WHERE cheque_id = ?"), { cheque->cheque->id }) == 600'000);
}

TEST_CASE("Issued cheques, details, images and the register's filters", "[payments][cheques]")
{
    test::PaymentFixture f;
    const qint64 c = f.customer(u8("شرکت نمونه"));
    const QDate today = f.clock.today();

    Cheque issued;
    issued.sayadId = u8("۱۱۱۱-۲۲۲۲-۳۳۳۳-۴۴۴۴");
    issued.amount = Money::fromRial(2'000'000);
    issued.dueDate = today.addDays(40);
    issued.drawerName = u8("تامین‌کننده");
    issued.drawerId = QStringLiteral("10380284790");
    auto added = f.payments->addIssuedCheque(issued);
    REQUIRE(added);
    CHECK(added->direction == ChequeDirection::Issued);
    CHECK(added->status == S::Received);
    CHECK(added->sayadId == QStringLiteral("1111222233334444"));
    CHECK(added->entryDate == today);
    CHECK(f.rows("payments") == 0);
    CHECK(f.payments->chequeHistory(added->id)->size() == 1);

    const qint64 inv = f.invoice(c, 5'000'000);
    NewPayment p = test::chequeOf(inv, 1'000'000, today.addDays(3), QStringLiteral("9999888877776666"));
    p.cheque.drawerName = u8("علی کریمی");
    p.cheque.drawerId = u8("۰۴۹۹۳۷۰۸۹۹");
    p.cheque.image = QByteArray(1000, 'x');
    p.cheque.imageMime = QStringLiteral("image/png");
    auto received = f.payments->receive(p);
    REQUIRE(received);
    const qint64 id = received->cheque->id;
    CHECK(received->cheque->drawerId == QStringLiteral("0499370899"));
    CHECK(received->cheque->hasImage);
    CHECK(received->cheque->image.isEmpty()); // not loaded unless asked
    CHECK(received->cheque->customerName == u8("شرکت نمونه"));
    CHECK(received->cheque->documentNumber == f.account(inv).number);
    CHECK(f.payments->cheque(id, true)->image.size() == 1000);

    // Details change; the image stays when the caller did not load it.
    Cheque changed = *f.payments->cheque(id);
    changed.branchName = u8("شعبه مرکزی");
    changed.amount = Money::fromRial(1); // ignored: money does not change here
    auto updated = f.payments->updateCheque(changed);
    REQUIRE(updated);
    CHECK(updated->branchName == u8("شعبه مرکزی"));
    CHECK(updated->amount == Money::fromRial(1'000'000));
    CHECK(f.payments->cheque(id, true)->image.size() == 1000);
    changed.drawerId = QStringLiteral("0499370898");
    auto badId = f.payments->updateCheque(changed);
    REQUIRE_FALSE(badId);
    CHECK(badId.error().field == QStringLiteral("drawer_id"));
    changed.drawerId.clear();
    changed.hasImage = false;
    changed.image.clear();
    auto noImage = f.payments->updateCheque(changed);
    REQUIRE(noImage);
    CHECK_FALSE(noImage->hasImage);

    ChequeFilter all;
    CHECK(f.payments->cheques(all)->size() == 2);
    ChequeFilter byDirection;
    byDirection.direction = ChequeDirection::Issued;
    REQUIRE(f.payments->cheques(byDirection)->size() == 1);
    CHECK(f.payments->cheques(byDirection)->at(0).id == added->id);
    ChequeFilter byText;
    byText.text = u8("۹۹۹۹۸۸");
    REQUIRE(f.payments->cheques(byText)->size() == 1);
    CHECK(f.payments->cheques(byText)->at(0).id == id);
    byText.text = u8("نمونه");
    CHECK(f.payments->cheques(byText)->size() == 1);
    ChequeFilter byDue;
    byDue.dueFrom = today;
    byDue.dueTo = today.addDays(10);
    REQUIRE(f.payments->cheques(byDue)->size() == 1);
    ChequeFilter byStatus;
    byStatus.statuses = { S::Cleared };
    CHECK(f.payments->cheques(byStatus)->isEmpty());
    ChequeFilter sorted;
    sorted.sort = ChequeFilter::Sort::AmountDesc;
    CHECK(f.payments->cheques(sorted)->at(0).id == added->id);
    sorted.sort = ChequeFilter::Sort::DueAsc;
    CHECK(f.payments->cheques(sorted)->at(0).id == id);
    ChequeFilter ofCustomer;
    ofCustomer.customerId = c;
    CHECK(f.payments->cheques(ofCustomer)->size() == 1);
}
