// Property-style: random sequences of payments, promises and cheque moves on
// one invoice keep the balance rules after every step.
#include "PaymentFixture.h"

#include <random>

using namespace peyvand;
using namespace peyvand::payments;
using sales::DocumentState;

namespace {

struct Model {
    qint64 settledMoney = 0; // all money the customer has settled (invoice and on account)
};

qint64 pick(std::mt19937& random, qint64 low, qint64 high)
{
    return std::uniform_int_distribution<qint64>(low, std::max(low, high))(random);
}

void checkInvariants(test::PaymentFixture& f, qint64 invoice, qint64 total, qint64 customer, const Model& model)
{
    const InvoiceAccount a = f.account(invoice);
    CHECK(a.total.rial() == total);
    CHECK(a.paid.rial() + a.balance.rial() == total);
    CHECK(a.balance.rial() >= 0);
    CHECK(a.settled == (a.balance.rial() == 0));
    CHECK((f.stateOf(invoice) == DocumentState::Settled) == a.settled);
    qint64 settled = 0;
    qint64 pending = 0;
    for (const auto& p : a.payments) {
        CHECK(p.documentId == invoice);
        if (p.status == PaymentStatus::Settled) {
            settled += p.amount.rial();
            CHECK(p.settledOn.isValid());
        }
        if (p.status == PaymentStatus::Pending)
            pending += p.amount.rial();
    }
    CHECK(settled == a.paid.rial());
    CHECK(pending == a.pending.rial());
    CHECK(a.uncovered.rial() == std::max<qint64>(0, a.balance.rial() - a.pending.rial()));
    CHECK(f.count(QStringLiteral("SELECT coalesce(sum(amount), 0) FROM payments WHERE customer_id = ? AND status = 'settled'"), { customer })
          == model.settledMoney);
    // Every cheque funds rows that add up to its amount, all in the status its state gives.
    auto cheques = f.payments->cheques();
    REQUIRE(cheques);
    for (const auto& c : *cheques) {
        CHECK(f.count(QStringLiteral("SELECT sum(amount) FROM payments WHERE cheque_id = ?"), { c.id }) == c.amount.rial());
        CHECK(f.count(QStringLiteral("SELECT count(*) FROM payments WHERE cheque_id = ? AND status <> ?"),
                      { c.id, toKey(cheque_states::paymentStatusFor(c.status)) })
              == 0);
    }
}

} // namespace

TEST_CASE("Random sequences of payments, promises, clears, bounces and voids keep the balance rules", "[payments][property]")
{
    std::mt19937 random(6061);
    for (int sequence = 0; sequence < 200; ++sequence) {
        test::PaymentFixture f;
        const qint64 customer = f.customer();
        const qint64 total = pick(random, 1, 3'000'000);
        const qint64 invoice = f.invoice(customer, total);
        const QDate today = f.clock.today();
        Model model;
        const int steps = int(pick(random, 5, 25));
        for (int step = 0; step < steps; ++step) {
            INFO("sequence " << sequence << " step " << step << " total " << total);
            const InvoiceAccount before = f.account(invoice);
            const int action = int(pick(random, 0, 9));
            const qint64 amount = pick(random, 1, total + total / 4);
            const bool onAccount = pick(random, 0, 3) == 0;
            if (action <= 2) { // settled money
                NewPayment p = test::cash(invoice, amount);
                p.method = std::array { PaymentMethod::Cash, PaymentMethod::Pos, PaymentMethod::Deposit, PaymentMethod::Card }[pick(random, 0, 3)];
                p.onAccount = onAccount;
                auto r = f.payments->receive(p);
                const bool fits = amount <= before.balance.rial();
                CHECK(bool(r) == (fits || onAccount));
                if (r) {
                    model.settledMoney += amount;
                    CHECK(r->payments.size() == ((fits || before.balance.isZero()) ? 1 : 2));
                } else {
                    CHECK(r.error().code == ErrorCode::Conflict);
                }
            } else if (action <= 4) { // an instrument: cheque or promise
                const bool cheque = action == 3;
                NewPayment p = cheque ? test::chequeOf(invoice, amount, today.addDays(pick(random, 0, 90)))
                                      : test::promise(invoice, amount, today.addDays(pick(random, 0, 90)));
                p.onAccount = onAccount && cheque;
                auto r = f.payments->receive(p);
                const bool fits = amount <= before.uncovered.rial();
                CHECK(bool(r) == (fits || p.onAccount));
                if (!r)
                    CHECK(r.error().code == ErrorCode::Conflict);
            } else if (action <= 7) { // move a cheque along an allowed arrow, or try a forbidden one
                auto cheques = f.payments->cheques();
                REQUIRE(cheques);
                if (cheques->isEmpty())
                    continue;
                const Cheque c = cheques->at(pick(random, 0, cheques->size() - 1));
                const QList<ChequeStatus> next = cheque_states::next(c.status);
                const bool forbidden = next.isEmpty() || action == 7;
                ChequeStatus to = forbidden ? cheque_states::all().at(pick(random, 0, 7)) : next.at(pick(random, 0, next.size() - 1));
                if (forbidden && cheque_states::isAllowed(c.status, to))
                    continue;
                const int settledRowsBefore = f.count(QStringLiteral("SELECT count(*) FROM payments WHERE cheque_id = ? AND status = 'settled'"), { c.id });
                auto r = f.payments->setChequeStatus(c.id, to);
                CHECK(bool(r) == !forbidden);
                if (r && to == ChequeStatus::Cleared) {
                    CHECK(settledRowsBefore == 0);
                    model.settledMoney += c.amount.rial();
                }
            } else if (action == 8) { // void a payment that is not a cheque
                auto rows = f.payments->paymentsOf(customer);
                REQUIRE(rows);
                QList<Payment> voidable;
                for (const auto& p : *rows) {
                    if (!p.chequeId && p.status != PaymentStatus::Void)
                        voidable << p;
                }
                if (voidable.isEmpty())
                    continue;
                const Payment p = voidable.at(pick(random, 0, voidable.size() - 1));
                REQUIRE(f.payments->voidPayment(p.id, QStringLiteral("random")));
                if (p.status == PaymentStatus::Settled)
                    model.settledMoney -= p.amount.rial();
            } else { // time passes
                f.setToday(f.clock.today().addDays(pick(random, 1, 20)));
            }
            checkInvariants(f, invoice, total, customer, model);
        }
    }
}
