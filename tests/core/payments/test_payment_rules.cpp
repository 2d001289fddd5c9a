#include "PaymentFixture.h"

#include "storage/Migrations.h"

#include <QTemporaryDir>

using namespace peyvand;
using namespace peyvand::payments;
using test::jalali;
using test::u8;
using sales::DocumentState;

namespace {

// What a refused payment must leave behind: nothing.
struct Snapshot {
    int payments, cheques, events, audits;
    bool operator==(const Snapshot&) const = default;
};

Snapshot snapshot(test::PaymentFixture& f)
{
    return { f.rows("payments"), f.rows("cheques"), f.rows("cheque_events"), f.rows("audit_log") };
}

} // namespace

TEST_CASE("Each refused payment names its field and stores nothing", "[payments][validation]")
{
    test::PaymentFixture f;
    const qint64 c = f.customer();
    const QDate issued = f.clock.today();
    const qint64 inv = f.invoice(c, 1'000'000, issued);
    const qint64 other = f.invoice(c, 2'000'000, issued);
    PlanRequest plan;
    plan.downPayment = Money::fromRial(500'000);
    plan.count = 3;
    plan.start = issued;
    REQUIRE(f.payments->createPlan(other, plan));
    const qint64 foreignInstalment = f.payments->plan(other)->value().instalments.at(1).id;
    const Snapshot before = snapshot(f);

    auto refused = [&](NewPayment p, const char* field) {
        INFO(field);
        auto r = f.payments->receive(p);
        REQUIRE_FALSE(r);
        CHECK(r.error().code == ErrorCode::InvalidInput);
        CHECK(r.error().field == QString::fromLatin1(field));
        CHECK_FALSE(r.error().message.isEmpty());
        CHECK(snapshot(f) == before);
    };
    const QDate due = issued.addDays(30);
    refused(test::cash(inv, 0), "amount");
    refused(test::cash(inv, -5), "amount");
    refused(test::promise(inv, 1000, QDate()), "due_date");
    refused(test::chequeOf(inv, 1000, QDate()), "due_date");
    refused(test::promise(inv, 1000, issued.addDays(-1)), "due_date");
    refused(test::chequeOf(inv, 1000, issued.addDays(-1)), "due_date");
    refused(test::chequeOf(inv, 1000, due, QStringLiteral("123456789012345")), "sayad_id");
    refused(test::chequeOf(inv, 1000, due, QStringLiteral("12345678901234567")), "sayad_id");
    refused(test::chequeOf(inv, 1000, due, QStringLiteral("12345678901234ab")), "sayad_id");
    refused(test::chequeOf(inv, 1000, due, QString()), "sayad_id");
    NewPayment drawer = test::chequeOf(inv, 1000, due);
    drawer.cheque.drawerId = QStringLiteral("0499370898"); // checksum wrong
    refused(drawer, "drawer_id");
    drawer.cheque.drawerId = QStringLiteral("10380284791");
    refused(drawer, "drawer_id");
    drawer.cheque.drawerId = QStringLiteral("123");
    refused(drawer, "drawer_id");
    NewPayment image = test::chequeOf(inv, 1000, due);
    image.cheque.image = QByteArray(int(PaymentService::kMaxChequeImageBytes + 1), 'x');
    refused(image, "image");
    NewPayment card = test::cash(inv, 1000);
    card.method = PaymentMethod::Pos;
    card.cardNumber = QStringLiteral("6037 99");
    refused(card, "card_number");
    NewPayment instalment = test::cash(inv, 1000);
    instalment.instalmentId = foreignInstalment;
    refused(instalment, "instalment");
    instalment.instalmentId = 987654;
    refused(instalment, "instalment");
    NewPayment nobody = test::cash(0, 1000);
    nobody.documentId.reset();
    refused(nobody, "customer");
    nobody.customerId = 424242;
    refused(nobody, "customer");
    NewPayment creditOnAccount = test::promise(0, 1000, due);
    creditOnAccount.documentId.reset();
    creditOnAccount.customerId = c;
    refused(creditOnAccount, "method");

    // What is accepted: Sayad in Persian digits with dashes, a legal ID drawer.
    NewPayment ok = test::chequeOf(inv, 1000, due, u8("۱۲۳۴-۵۶۷۸-۹۰۱۲-۳۴۵۶"));
    ok.cheque.drawerId = QStringLiteral("10380284790");
    auto accepted = f.payments->receive(ok);
    REQUIRE(accepted);
    CHECK(accepted->cheque->sayadId == QString::fromLatin1(test::kSayad));
}

TEST_CASE("Cheques and promises may cover only what no instrument covers yet", "[payments]")
{
    test::PaymentFixture f;
    const qint64 c = f.customer();
    const qint64 inv = f.invoice(c, 1'000'000);
    const QDate due = f.clock.today().addDays(30);
    REQUIRE(f.payments->receive(test::chequeOf(inv, 600'000, due)));
    auto tooMuch = f.payments->receive(test::promise(inv, 500'000, due));
    REQUIRE_FALSE(tooMuch);
    CHECK(tooMuch.error().code == ErrorCode::Conflict);
    auto exact = f.payments->receive(test::promise(inv, 400'000, due));
    REQUIRE(exact);
    CHECK(exact->account->uncovered == Money {});
    CHECK(exact->account->pending == Money::fromRial(1'000'000));
    // Settled money is limited by the balance, not by the cover.
    auto cashNow = f.payments->receive(test::cash(inv, 1'000'000));
    REQUIRE(cashNow);
    CHECK(cashNow->account->settled);
    CHECK(cashNow->keptPromises.size() == 1);
}

TEST_CASE("Settled money makes good open promises, oldest due first, as far as they are not needed", "[payments][promises]")
{
    test::PaymentFixture f;
    const qint64 c = f.customer();
    const qint64 inv = f.invoice(c, 900'000);
    const QDate today = f.clock.today();
    auto first = f.payments->receive(test::promise(inv, 300'000, today.addDays(30)));
    auto third = f.payments->receive(test::promise(inv, 300'000, today.addDays(90)));
    auto second = f.payments->receive(test::promise(inv, 300'000, today.addDays(60)));
    REQUIRE(first);
    REQUIRE(second);
    REQUIRE(third);
    const qint64 firstId = first->payments.at(0).id;
    const qint64 secondId = second->payments.at(0).id;

    // 200,000 is not enough to free any promise: the others would not cover 700,000.
    auto partial = f.payments->receive(test::cash(inv, 200'000));
    REQUIRE(partial);
    CHECK(partial->keptPromises.isEmpty());
    CHECK(partial->account->pending == Money::fromRial(900'000));

    f.setToday(today.addDays(31));
    auto rest = f.payments->receive(test::cash(inv, 100'000));
    REQUIRE(rest);
    CHECK(rest->keptPromises == QList<qint64> { firstId });
    auto kept = f.payments->paymentsOf(c);
    REQUIRE(kept);
    for (const auto& p : *kept) {
        if (p.id == firstId) {
            CHECK(p.status == PaymentStatus::Kept);
            CHECK(p.settledOn == today.addDays(31));
        }
    }
    CHECK(rest->account->pending == Money::fromRial(600'000));
    CHECK(rest->account->balance == Money::fromRial(600'000));
    CHECK(rest->account->paid == Money::fromRial(300'000)); // kept promises are never counted twice

    // A payment that covers two promises keeps both, the earlier due first.
    auto big = f.payments->receive(test::cash(inv, 600'000));
    REQUIRE(big);
    CHECK(big->keptPromises == QList<qint64> { secondId, third->payments.at(0).id });
    CHECK(big->account->settled);
    CHECK(big->account->pending == Money {});
    CHECK(f.stateOf(inv) == DocumentState::Settled);
    CHECK(f.auditActions(QStringLiteral("payment"), firstId) == QStringList { QStringLiteral("create"), QStringLiteral("update") });
}

TEST_CASE("A pending cheque counts as cover when deciding which promises are kept", "[payments][promises]")
{
    test::PaymentFixture f;
    const qint64 c = f.customer();
    const qint64 inv = f.invoice(c, 1'000'000);
    const QDate today = f.clock.today();
    REQUIRE(f.payments->receive(test::promise(inv, 500'000, today.addDays(10))));
    REQUIRE(f.payments->receive(test::chequeOf(inv, 500'000, today.addDays(40))));
    auto paid = f.payments->receive(test::cash(inv, 500'000));
    REQUIRE(paid);
    CHECK(paid->keptPromises.size() == 1);     // the cheque still covers the other half
    CHECK(paid->account->uncovered == Money {});
    CHECK(paid->account->pending == Money::fromRial(500'000));
}

TEST_CASE("Voiding a payment reopens the invoice, cheques are withdrawn by cancelling", "[payments]")
{
    test::PaymentFixture f;
    const qint64 c = f.customer();
    const qint64 inv = f.invoice(c, 1'000'000);
    auto paid = f.payments->receive(test::cash(inv, 1'000'000));
    REQUIRE(paid);
    CHECK(f.stateOf(inv) == DocumentState::Settled);
    const qint64 id = paid->payments.at(0).id;
    REQUIRE(f.payments->voidPayment(id, u8("اشتباه ثبت شد")));
    CHECK(f.stateOf(inv) == DocumentState::Issued);
    const InvoiceAccount a = f.account(inv);
    CHECK(a.balance == Money::fromRial(1'000'000));
    CHECK(a.payments.size() == 1);
    CHECK(a.payments.at(0).status == PaymentStatus::Void);
    auto again = f.payments->voidPayment(id, {});
    REQUIRE_FALSE(again);
    CHECK(again.error().code == ErrorCode::Conflict);
    CHECK(f.payments->voidPayment(777, {}).error().code == ErrorCode::NotFound);
    auto history = storage::AuditLog(*f.db).history(QStringLiteral("payment"), id);
    REQUIRE(history);
    CHECK(history->constLast().newValues.value(QStringLiteral("reason")).toString() == u8("اشتباه ثبت شد"));

    auto cheque = f.payments->receive(test::chequeOf(inv, 1000, f.clock.today()));
    REQUIRE(cheque);
    auto voidCheque = f.payments->voidPayment(cheque->payments.at(0).id, {});
    REQUIRE_FALSE(voidCheque);
    CHECK(voidCheque.error().code == ErrorCode::Conflict);
    REQUIRE(f.payments->setChequeStatus(cheque->cheque->id, ChequeStatus::Cancelled, {}, u8("برگشت داده شد")));
    CHECK(f.account(inv).payments.constLast().status == PaymentStatus::Failed);
}

TEST_CASE("The customer's open balance counts what was paid", "[payments][sales]")
{
    test::PaymentFixture f;
    const qint64 c = f.customer();
    const qint64 a = f.invoice(c, 1'000'000);
    const qint64 b = f.invoice(c, 500'000);
    REQUIRE(f.payments->receive(test::cash(a, 300'000)));
    REQUIRE(f.payments->receive(test::cash(b, 500'000)));
    auto sales = f.documents->customerSales(c);
    REQUIRE(sales);
    CHECK(sales->openBalance == Money::fromRial(700'000));
    CHECK(sales->lifetimeValue == Money::fromRial(1'500'000));
    CHECK(sales->purchaseCount == 2);
}

TEST_CASE("Schema 5 turns invoices marked settled into one cash payment of their total", "[payments][storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    const QList<storage::Migration> upTo4 = storage::migrations().mid(0, 4);
    REQUIRE(upTo4.constLast().version == 4);
    qint64 settled = 0;
    qint64 open = 0;
    qint64 customer = 0;
    {
        storage::Database::Options options;
        options.migrationsOverride = &upTo4;
        auto db = storage::Database::open(path, options);
        REQUIRE(db);
        REQUIRE((*db)->schemaVersion() == 4);
        FixedClock clock(QDateTime(QDate(2025, 3, 1), QTime(9, 0), Qt::UTC));
        customers::Customer c;
        c.name = QStringLiteral("Old customer");
        auto created = customers::CustomerService(**db, clock).create(c);
        REQUIRE(created);
        customer = created->id;
        sales::DocumentService documents(**db, clock);
        for (qint64* id : { &settled, &open }) {
            sales::Document d;
            d.type = sales::DocumentType::Invoice;
            d.customerId = customer;
            d.issueDate = QDate(2025, 3, 1);
            d.lines << test::line(QStringLiteral("Work"), 750'000);
            d.ratesOverridden = true;
            auto draft = documents.createDraft(d);
            REQUIRE(draft);
            REQUIRE(documents.issue(draft->id));
            *id = draft->id;
        }
        // What schema 4's "mark settled" stored.
        REQUIRE(storage::run((*db)->connection(),
                             QStringLiteral("UPDATE documents SET state = 'settled', state_changed_at = '2025-03-04T10:00:00Z' WHERE id = ?"),
                             { settled }));
    }
    auto db = storage::Database::open(path, storage::Database::Options { true, dir.path(), nullptr });
    REQUIRE(db);
    CHECK((*db)->schemaVersion() == storage::Database::currentSchemaVersion());
    FixedClock clock(QDateTime(QDate(2025, 3, 5), QTime(9, 0), Qt::UTC));
    PaymentService service(**db, clock);
    auto a = service.account(settled);
    REQUIRE(a);
    REQUIRE(a->payments.size() == 1);
    const Payment& p = a->payments.at(0);
    CHECK(p.method == PaymentMethod::Cash);
    CHECK(p.status == PaymentStatus::Settled);
    CHECK(p.amount == Money::fromRial(750'000));
    CHECK(p.paidOn == QDate(2025, 3, 4));
    CHECK(p.settledOn == QDate(2025, 3, 4));
    CHECK(p.customerId == customer);
    CHECK(a->settled);
    CHECK(a->balance == Money {});
    auto b = service.account(open);
    REQUIRE(b);
    CHECK(b->payments.isEmpty());
    CHECK(b->balance == Money::fromRial(750'000));
    // And the invoice it settled stays settled when more payments come: they go on account.
    NewPayment more = test::cash(settled, 10);
    CHECK_FALSE(service.receive(more));
}
