#include "PlanStream.h"

#include "storage/Database.h"
#include "storage/SqlHelpers.h"

namespace peyvand::payments {

Status forEachAllocatedPlan(storage::Database& db, PlanInvoices invoices,
                            const std::function<void(const AllocatedPlan&)>& visit)
{
    const QString states = invoices == PlanInvoices::Issued ? QStringLiteral("d.state = 'issued'")
                                                            : QStringLiteral("d.state <> 'draft'");
    auto instalments = storage::run(db.connection(), QStringLiteral(
        "SELECT d.customer_id, p.document_id, i.id, i.seq, i.due_date, i.amount "
        "FROM instalment_plans p JOIN documents d ON d.id = p.document_id JOIN instalments i ON i.plan_id = p.id "
        "WHERE d.type = 'invoice' AND %1 ORDER BY p.document_id, i.seq").arg(states));
    if (!instalments)
        return instalments.error();
    // "Since the plan was made", as PlanBook reads it: payments recorded after
    // the plan's last payment, and older cheques that cleared after it.
    auto settled = storage::run(db.connection(), QStringLiteral(
        "SELECT p.document_id, p.amount, p.settled_on, p.instalment_id FROM payments p "
        "JOIN instalment_plans pl ON pl.document_id = p.document_id "
        "WHERE p.status = 'settled' AND (p.id > pl.last_payment_id OR (p.cheque_id IS NOT NULL AND EXISTS "
        "(SELECT 1 FROM cheque_events e WHERE e.cheque_id = p.cheque_id AND e.to_status = 'cleared' AND e.id > pl.last_event_id))) "
        "ORDER BY p.document_id, p.settled_on, p.id"));
    if (!settled)
        return settled.error();
    bool moreSettled = settled->next();
    bool moreInstalments = instalments->next();
    while (moreInstalments) {
        AllocatedPlan plan;
        plan.customerId = instalments->value(0).toLongLong();
        plan.invoiceId = instalments->value(1).toLongLong();
        QList<Instalment> rows;
        while (moreInstalments && instalments->value(1).toLongLong() == plan.invoiceId) {
            Instalment i;
            i.id = instalments->value(2).toLongLong();
            i.seq = instalments->value(3).toInt();
            i.dueDate = storage::dateFromIso(instalments->value(4));
            i.amount = Money::fromRial(instalments->value(5).toLongLong());
            rows << i;
            moreInstalments = instalments->next();
        }
        while (moreSettled && settled->value(0).toLongLong() < plan.invoiceId)
            moreSettled = settled->next();
        QList<SettledMoney> money;
        while (moreSettled && settled->value(0).toLongLong() == plan.invoiceId) {
            SettledMoney m;
            m.amount = Money::fromRial(settled->value(1).toLongLong());
            m.on = storage::dateFromIso(settled->value(2));
            if (!settled->value(3).isNull())
                m.instalmentId = settled->value(3).toLongLong();
            money << m;
            moreSettled = settled->next();
        }
        plan.instalments = allocate(rows, money);
        visit(plan);
    }
    return {};
}

} // namespace peyvand::payments
