#include "PaymentFixture.h"

using namespace peyvand;
using namespace peyvand::payments;
using test::jalali;
using test::u8;

namespace {

PlanRequest monthly(qint64 down, int count, QDate start)
{
    PlanRequest r;
    r.balance = Money::fromRial(1); // ignored: the service splits the invoice's balance
    r.downPayment = Money::fromRial(down);
    r.count = count;
    r.start = start;
    r.every = { Interval::Unit::Month, 1 };
    return r;
}

} // namespace

TEST_CASE("A plan splits the invoice's balance and remembers what was paid before", "[payments][plans]")
{
    test::PaymentFixture f;
    f.setToday(jalali(1403, 6, 20));
    const qint64 c = f.customer();
    const qint64 inv = f.invoice(c, 1'000'000);
    REQUIRE(f.payments->receive(test::cash(inv, 100'000)));
    f.tick();
    auto plan = f.payments->createPlan(inv, monthly(0, 3, jalali(1403, 6, 31)));
    REQUIRE(plan);
    CHECK(plan->documentId == inv);
    CHECK(plan->amount == Money::fromRial(900'000));
    CHECK(plan->basePaid == Money::fromRial(100'000));
    CHECK(plan->every.toKey() == QStringLiteral("1m"));
    CHECK_FALSE(plan->started);
    REQUIRE(plan->instalments.size() == 4);
    CHECK(plan->instalments.at(0).amount == Money {});
    CHECK(plan->instalments.at(1).dueDate == jalali(1403, 7, 30));
    CHECK(plan->instalments.at(3).dueDate == jalali(1403, 9, 30));
    for (int k = 1; k <= 3; ++k) {
        CHECK(plan->instalments.at(k).amount == Money::fromRial(300'000));
        CHECK(plan->instalments.at(k).paid == Money {}); // the earlier payment is not the plan's
    }
    CHECK(f.auditActions(QStringLiteral("instalment_plan"), plan->id) == QStringList { QStringLiteral("create") });
    CHECK(f.account(inv).plan.has_value());

    auto twice = f.payments->createPlan(inv, monthly(0, 2, jalali(1403, 7, 1)));
    REQUIRE_FALSE(twice);
    CHECK(twice.error().code == ErrorCode::Conflict);
}

TEST_CASE("Plans can be replaced or removed until they start", "[payments][plans]")
{
    test::PaymentFixture f;
    f.setToday(jalali(1404, 2, 1));
    const qint64 c = f.customer();
    const qint64 inv = f.invoice(c, 1'200'000);
    auto plan = f.payments->createPlan(inv, monthly(200'000, 2, jalali(1404, 2, 10)));
    REQUIRE(plan);
    f.tick();
    auto replaced = f.payments->replacePlan(inv, monthly(0, 4, jalali(1404, 2, 5)));
    REQUIRE(replaced);
    CHECK(replaced->id == plan->id);
    CHECK(replaced->instalments.size() == 5);
    CHECK(replaced->instalments.at(4).amount == Money::fromRial(300'000));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM instalments")) == 5);
    CHECK(f.auditActions(QStringLiteral("instalment_plan"), plan->id) == QStringList { QStringLiteral("create"), QStringLiteral("update") });

    auto bad = f.payments->replacePlan(inv, monthly(-1, 4, jalali(1404, 2, 5)));
    REQUIRE_FALSE(bad);
    CHECK(bad.error().field == QStringLiteral("down"));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM instalments")) == 5);

    REQUIRE(f.payments->removePlan(inv));
    CHECK_FALSE(f.payments->plan(inv)->has_value());
    CHECK(f.payments->removePlan(inv).error().code == ErrorCode::NotFound);
    CHECK(f.payments->replacePlan(inv, monthly(0, 4, jalali(1404, 2, 5))).error().code == ErrorCode::NotFound);

    SECTION("a payment after the plan starts it")
    {
        REQUIRE(f.payments->createPlan(inv, monthly(0, 4, jalali(1404, 2, 5))));
        f.tick();
        REQUIRE(f.payments->receive(test::promise(inv, 100'000, jalali(1404, 3, 1))));
        CHECK(f.payments->plan(inv)->value().started);
        CHECK(f.payments->replacePlan(inv, monthly(0, 2, jalali(1404, 2, 5))).error().code == ErrorCode::Conflict);
        CHECK(f.payments->removePlan(inv).error().code == ErrorCode::Conflict);
    }
    SECTION("its first date passing starts it")
    {
        REQUIRE(f.payments->createPlan(inv, monthly(0, 4, jalali(1404, 2, 5))));
        f.setToday(jalali(1404, 2, 6));
        CHECK(f.payments->plan(inv)->value().started);
        CHECK(f.payments->removePlan(inv).error().code == ErrorCode::Conflict);
    }
}

TEST_CASE("Plans only for open issued invoices", "[payments][plans]")
{
    test::PaymentFixture f;
    const qint64 c = f.customer();
    const qint64 draft = f.draftInvoice(c, 1000);
    CHECK(f.payments->createPlan(draft, monthly(0, 2, f.clock.today())).error().code == ErrorCode::Conflict);
    const qint64 paid = f.invoice(c, 1000);
    REQUIRE(f.payments->receive(test::cash(paid, 1000)));
    CHECK(f.payments->createPlan(paid, monthly(0, 2, f.clock.today())).error().code == ErrorCode::Conflict);
    CHECK(f.payments->createPlan(5555, monthly(0, 2, f.clock.today())).error().code == ErrorCode::NotFound);
    const qint64 open = f.invoice(c, 1000);
    auto bad = f.payments->createPlan(open, monthly(0, 2000, f.clock.today()));
    REQUIRE_FALSE(bad);
    CHECK(bad.error().field == QStringLiteral("count"));
    CHECK(f.rows("instalment_plans") == 0);
}

TEST_CASE("Plan instalments come back allocated from the money settled after the plan", "[payments][plans]")
{
    test::PaymentFixture f;
    f.setToday(jalali(1404, 1, 5));
    const qint64 c = f.customer();
    const qint64 inv = f.invoice(c, 1'000'000);
    auto early = f.payments->receive(test::chequeOf(inv, 100'000, jalali(1404, 1, 20), QStringLiteral("1111111111111111")));
    REQUIRE(early);
    f.tick();
    auto plan = f.payments->createPlan(inv, monthly(100'000, 3, jalali(1404, 1, 10)));
    REQUIRE(plan);
    CHECK(plan->amount == Money::fromRial(1'000'000)); // the pending cheque is part of the balance
    f.tick();

    // The down payment in cash, the first instalment by a cheque linked to it.
    f.setToday(jalali(1404, 1, 10));
    REQUIRE(f.payments->receive(test::cash(inv, 100'000)));
    NewPayment linked = test::chequeOf(inv, 300'000, jalali(1404, 2, 10), QStringLiteral("2222222222222222"));
    linked.instalmentId = plan->instalments.at(1).id;
    auto cheque = f.payments->receive(linked);
    REQUIRE(cheque);
    auto p = f.payments->plan(inv);
    REQUIRE(p);
    REQUIRE(p->has_value());
    CHECK((*p)->started);
    CHECK((*p)->instalments.at(0).isPaid());
    CHECK((*p)->instalments.at(0).paidOn == jalali(1404, 1, 10));
    CHECK((*p)->instalments.at(1).paid == Money {}); // a cheque is money once it clears

    f.tick();
    f.setToday(jalali(1404, 2, 12));
    REQUIRE(f.payments->setChequeStatus(cheque->cheque->id, ChequeStatus::Deposited));
    REQUIRE(f.payments->setChequeStatus(cheque->cheque->id, ChequeStatus::Cleared, jalali(1404, 2, 12)));
    // The cheque taken before the plan clears after it: its money counts for the plan too.
    REQUIRE(f.payments->setChequeStatus(early->cheque->id, ChequeStatus::Deposited));
    REQUIRE(f.payments->setChequeStatus(early->cheque->id, ChequeStatus::Cleared, jalali(1404, 2, 12)));
    p = f.payments->plan(inv);
    REQUIRE(p);
    const auto& i = (*p)->instalments;
    CHECK(i.at(1).isPaid());
    CHECK(i.at(1).paidOn == jalali(1404, 2, 12));
    CHECK(i.at(2).paid == Money::fromRial(100'000));
    CHECK_FALSE(i.at(2).isPaid());
    CHECK(i.at(3).paid == Money {});
    qint64 total = 0;
    for (const auto& x : i)
        total += x.paid.rial();
    CHECK(total == f.account(inv).paid.rial());
}

TEST_CASE("Money received in the same second as the plan, before it, is not the plan's", "[payments][plans]")
{
    test::PaymentFixture f; // the clock does not move: a script's payment and plan in one second
    f.setToday(jalali(1404, 3, 1));
    const qint64 c = f.customer();
    const qint64 inv = f.invoice(c, 1'000'000);
    REQUIRE(f.payments->receive(test::cash(inv, 10'000)));
    auto plan = f.payments->createPlan(inv, monthly(40'000, 3, jalali(1404, 3, 1)));
    REQUIRE(plan);
    CHECK(plan->amount == Money::fromRial(990'000));
    CHECK_FALSE(plan->started);
    CHECK(plan->instalments.at(0).paid == Money {});

    REQUIRE(f.payments->receive(test::cash(inv, 40'000)));
    plan = *f.payments->plan(inv).value();
    CHECK(plan->started);
    CHECK(plan->instalments.at(0).isPaid());
    CHECK(plan->instalments.at(1).paid == Money {});
}
