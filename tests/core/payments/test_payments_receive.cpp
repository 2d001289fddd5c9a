#include "PaymentFixture.h"

using namespace peyvand;
using namespace peyvand::payments;
using test::jalali;
using test::u8;
using sales::DocumentState;

TEST_CASE("Cash, POS, deposit and card payments settle the invoice when its balance reaches zero", "[payments]")
{
    test::PaymentFixture f;
    const qint64 c = f.customer();
    const qint64 inv = f.invoice(c, 1'000'000);

    auto first = f.payments->receive(test::cash(inv, 400'000));
    REQUIRE(first);
    REQUIRE(first->payments.size() == 1);
    CHECK(first->payments.at(0).status == PaymentStatus::Settled);
    CHECK(first->payments.at(0).settledOn == f.clock.today());
    CHECK(first->payments.at(0).customerId == c);
    CHECK(first->payments.at(0).documentNumber == first->account->number);
    REQUIRE(first->account);
    CHECK(first->account->paid == Money::fromRial(400'000));
    CHECK(first->account->balance == Money::fromRial(600'000));
    CHECK_FALSE(first->account->settled);
    CHECK(f.stateOf(inv) == DocumentState::Issued);

    NewPayment pos = test::cash(inv, 300'000);
    pos.method = PaymentMethod::Pos;
    pos.terminal = u8("۱۲۳۴۵");
    pos.traceNumber = QStringLiteral("998877");
    pos.cardNumber = u8("۶۰۳۷-۹۹۱۲-۳۴۵۶-۱۲۳۴");
    auto second = f.payments->receive(pos);
    REQUIRE(second);
    CHECK(second->payments.at(0).maskedCard == QStringLiteral("603799******1234"));
    CHECK(second->payments.at(0).terminal == QStringLiteral("12345"));

    NewPayment slip = test::cash(inv, 200'000);
    slip.method = PaymentMethod::Deposit;
    slip.bank = u8("بانک ملی");
    slip.account = QStringLiteral("0101234567");
    slip.reference = QStringLiteral("55");
    slip.payerName = u8("علی");
    REQUIRE(f.payments->receive(slip));

    NewPayment card = test::cash(inv, 100'000);
    card.method = PaymentMethod::Card;
    auto last = f.payments->receive(card);
    REQUIRE(last);
    CHECK(last->account->balance == Money {});
    CHECK(last->account->settled);
    CHECK(f.stateOf(inv) == DocumentState::Settled);
    CHECK(last->account->payments.size() == 4);
    // The document's audit records the move to settled.
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'document' AND entity_id = ? "
                                 "AND new_values LIKE '%settled%'"),
                  { inv })
          == 1);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'payment' AND action = 'create'")) == 4);
}

TEST_CASE("More than the balance is refused unless on account, and then split into two rows", "[payments]")
{
    test::PaymentFixture f;
    const qint64 c = f.customer();
    const qint64 inv = f.invoice(c, 1'000'000);

    auto refused = f.payments->receive(test::cash(inv, 1'200'000));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::Conflict);
    CHECK(f.rows("payments") == 0);

    NewPayment p = test::cash(inv, 1'200'000);
    p.onAccount = true;
    auto split = f.payments->receive(p);
    REQUIRE(split);
    REQUIRE(split->payments.size() == 2);
    CHECK(split->payments.at(0).documentId == inv);
    CHECK(split->payments.at(0).amount == Money::fromRial(1'000'000));
    CHECK(split->payments.at(1).isOnAccount());
    CHECK(split->payments.at(1).amount == Money::fromRial(200'000));
    CHECK(split->account->settled);
    CHECK(f.stateOf(inv) == DocumentState::Settled);
    CHECK(*f.payments->onAccountCredit(c) == Money::fromRial(200'000));

    // A settled invoice takes nothing more: all of it goes on account.
    NewPayment more = test::cash(inv, 50'000);
    more.onAccount = true;
    auto after = f.payments->receive(more);
    REQUIRE(after);
    REQUIRE(after->payments.size() == 1);
    CHECK(after->payments.at(0).isOnAccount());
    CHECK(*f.payments->onAccountCredit(c) == Money::fromRial(250'000));
}

TEST_CASE("A cheque larger than the uncovered part funds the invoice's part and the rest on account", "[payments][cheques]")
{
    test::PaymentFixture f;
    const qint64 c = f.customer();
    const qint64 inv = f.invoice(c, 1'000'000);
    NewPayment p = test::chequeOf(inv, 1'500'000, f.clock.today().addDays(30));
    auto refused = f.payments->receive(p);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::Conflict);
    CHECK(f.rows("cheques") == 0);

    p.onAccount = true;
    auto r = f.payments->receive(p);
    REQUIRE(r);
    REQUIRE(r->cheque);
    CHECK(r->cheque->amount == Money::fromRial(1'500'000));
    REQUIRE(r->payments.size() == 2);
    CHECK(r->payments.at(0).chequeId == r->cheque->id);
    CHECK(r->payments.at(1).chequeId == r->cheque->id);
    CHECK(r->payments.at(0).status == PaymentStatus::Pending);
    CHECK(r->account->pending == Money::fromRial(1'000'000));
    CHECK(r->account->uncovered == Money {});
    CHECK(r->account->balance == Money::fromRial(1'000'000));
    CHECK(f.stateOf(inv) == DocumentState::Issued);

    auto cleared = f.payments->setChequeStatus(r->cheque->id, ChequeStatus::Deposited);
    REQUIRE(cleared);
    REQUIRE(f.payments->setChequeStatus(r->cheque->id, ChequeStatus::Cleared, f.clock.today().addDays(31), u8("وصول شد")));
    CHECK(f.stateOf(inv) == DocumentState::Settled);
    CHECK(*f.payments->onAccountCredit(c) == Money::fromRial(500'000));
    auto rows = f.payments->paymentsOf(c);
    REQUIRE(rows);
    for (const auto& row : *rows) {
        CHECK(row.status == PaymentStatus::Settled);
        CHECK(row.settledOn == f.clock.today().addDays(31));
    }
}

TEST_CASE("Payments are refused on drafts and pre-invoices and need a known invoice", "[payments]")
{
    test::PaymentFixture f;
    const qint64 c = f.customer();
    const qint64 draft = f.draftInvoice(c, 500'000);
    auto onDraft = f.payments->receive(test::cash(draft, 100));
    REQUIRE_FALSE(onDraft);
    CHECK(onDraft.error().code == ErrorCode::Conflict);

    auto quote = f.documents->createDraft(test::draftFor(c));
    REQUIRE(quote);
    REQUIRE(f.documents->issue(quote->id));
    auto onQuote = f.payments->receive(test::cash(quote->id, 100));
    REQUIRE_FALSE(onQuote);
    CHECK(onQuote.error().code == ErrorCode::Conflict);

    auto missing = f.payments->receive(test::cash(9999, 100));
    REQUIRE_FALSE(missing);
    CHECK(missing.error().code == ErrorCode::NotFound);
    CHECK(f.rows("payments") == 0);
    CHECK(f.rows("cheques") == 0);
}

TEST_CASE("Payments on account need only the customer, listings are newest first", "[payments]")
{
    test::PaymentFixture f;
    const qint64 c = f.customer();
    NewPayment p = test::cash(0, 250'000);
    p.documentId.reset();
    p.customerId = c;
    p.date = f.clock.today().addDays(-3);
    auto r = f.payments->receive(p);
    REQUIRE(r);
    REQUIRE(r->payments.size() == 1);
    CHECK(r->payments.at(0).isOnAccount());
    CHECK(r->payments.at(0).paidOn == f.clock.today().addDays(-3));
    CHECK_FALSE(r->account.has_value());
    CHECK(*f.payments->onAccountCredit(c) == Money::fromRial(250'000));

    const qint64 inv = f.invoice(c, 100'000);
    REQUIRE(f.payments->receive(test::cash(inv, 100'000)));
    auto rows = f.payments->paymentsOf(c);
    REQUIRE(rows);
    REQUIRE(rows->size() == 2);
    CHECK(rows->at(0).documentId == inv);
    CHECK(rows->at(1).isOnAccount());
    CHECK(f.payments->paymentsOf(9191).error().code == ErrorCode::NotFound);
    CHECK(*f.payments->onAccountCredit(9191) == Money {});

    auto quote = f.documents->createDraft(test::draftFor(c));
    REQUIRE(quote);
    CHECK(f.payments->account(quote->id).error().code == ErrorCode::Conflict);
    CHECK(f.payments->account(8080).error().code == ErrorCode::NotFound);
    const qint64 draft = f.draftInvoice(c, 10);
    auto ofDraft = f.payments->account(draft);
    REQUIRE(ofDraft);
    CHECK_FALSE(ofDraft->issued);
}

TEST_CASE("Issued cheques need an amount, a due date and a known payee customer", "[payments][cheques]")
{
    test::PaymentFixture f;
    Cheque c;
    c.sayadId = QString::fromLatin1(test::kSayad);
    c.dueDate = f.clock.today();
    auto noAmount = f.payments->addIssuedCheque(c);
    REQUIRE_FALSE(noAmount);
    CHECK(noAmount.error().field == QStringLiteral("amount"));
    c.amount = Money::fromRial(10);
    c.dueDate = {};
    CHECK(f.payments->addIssuedCheque(c).error().field == QStringLiteral("due_date"));
    c.dueDate = f.clock.today();
    c.customerId = 999;
    CHECK(f.payments->addIssuedCheque(c).error().field == QStringLiteral("customer"));
    c.customerId.reset();
    c.sayadId = QStringLiteral("12");
    CHECK(f.payments->addIssuedCheque(c).error().field == QStringLiteral("sayad_id"));
    CHECK(f.rows("cheques") == 0);
    CHECK(f.rows("cheque_events") == 0);
    CHECK(f.payments->cheque(1).error().code == ErrorCode::NotFound);
}
