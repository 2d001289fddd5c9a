#include "DashboardOverdue.h"

#include "payments/PlanStream.h"
#include "payments/Receivables.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace peyvand::reports {

Result<OverdueReceivables> readOverdueReceivables(storage::Database& db, const Clock& clock)
{
    const QDate today = clock.today();
    OverdueReceivables out;
    QSet<qint64> customers;

    // Without a plan the whole balance is due on the issue date (≤ today for
    // every issued invoice but a future-dated one).
    // Reads the small partial index of open invoices (the planner, without
    // statistics, would walk documents_by_state and the table); LIMIT -1
    // keeps the subquery from being flattened, which would compute each
    // balance twice. One count(DISTINCT) for the customers.
    auto unplanned = storage::run(db.connection(), QStringLiteral(
        "SELECT count(DISTINCT customer_id), coalesce(sum(balance), 0) FROM ("
        " SELECT d.customer_id, d.grand_total - coalesce((SELECT sum(p.amount) FROM payments p"
        "   WHERE p.document_id = d.id AND p.status = 'settled'), 0) AS balance"
        " FROM documents d INDEXED BY documents_open_invoices"
        " WHERE d.type = 'invoice' AND d.state = 'issued' AND d.issue_date <= ?"
        "   AND NOT EXISTS (SELECT 1 FROM instalment_plans pl WHERE pl.document_id = d.id) LIMIT -1"
        ") WHERE balance > 0"),
        { storage::isoDate(today) });
    if (!unplanned)
        return unplanned.error();
    qint64 unplannedCustomers = 0;
    if (unplanned->next()) {
        unplannedCustomers = unplanned->value(0).toLongLong();
        out.total += unplanned->value(1).toLongLong();
    }
    unplanned->finish();

    auto planned = storage::run(db.connection(), QStringLiteral(
        "SELECT d.id, d.customer_id, d.grand_total - coalesce((SELECT sum(p.amount) FROM payments p"
        "   WHERE p.document_id = d.id AND p.status = 'settled'), 0) "
        "FROM instalment_plans pl JOIN documents d ON d.id = pl.document_id "
        "WHERE d.type = 'invoice' AND d.state = 'issued'"));
    if (!planned)
        return planned.error();
    struct Open {
        qint64 invoice;
        qint64 customer;
        qint64 balance;
    };
    QList<Open> open;
    while (planned->next()) {
        const qint64 balance = planned->value(2).toLongLong();
        if (balance > 0)
            open.append({ planned->value(0).toLongLong(), planned->value(1).toLongLong(), balance });
    }
    planned->finish();

    // Customers owing on a planned invoice who owe nothing due elsewhere.
    auto owesUnplanned = storage::prepare(db.connection(), QStringLiteral(
        "SELECT 1 FROM documents d INDEXED BY documents_open_invoices"
        " WHERE d.customer_id = ? AND d.type = 'invoice' AND d.state = 'issued' AND d.issue_date <= ?"
        "   AND NOT EXISTS (SELECT 1 FROM instalment_plans pl WHERE pl.document_id = d.id)"
        "   AND d.grand_total > coalesce((SELECT sum(p.amount) FROM payments p WHERE p.document_id = d.id AND p.status = 'settled'), 0)"
        " LIMIT 1"));
    if (!owesUnplanned)
        return owesUnplanned.error();
    // What of each planned balance is due by today: the balance less the
    // unpaid instalment remainders due later (payments::plannedParts), the
    // plans read in two streamed queries rather than one per invoice.
    QHash<qint64, qsizetype> byInvoice;
    QList<qint64> overdue;
    for (qsizetype i = 0; i < open.size(); ++i) {
        byInvoice.insert(open.at(i).invoice, i);
        overdue << open.at(i).balance;
    }
    if (!open.isEmpty()) {
        const Status plans = payments::forEachAllocatedPlan(db, payments::PlanInvoices::Issued, [&](const payments::AllocatedPlan& plan) {
            const qsizetype at = byInvoice.value(plan.invoiceId, -1);
            if (at < 0)
                return;
            for (const payments::DuePart& part : payments::plannedParts(plan.instalments, open.at(at).balance)) {
                if (part.due > today)
                    overdue[at] -= part.rial;
            }
        });
        if (!plans)
            return plans.error();
    }
    for (qsizetype i = 0; i < open.size(); ++i) {
        const Open& invoice = open.at(i);
        if (overdue.at(i) <= 0)
            continue;
        out.total += overdue.at(i);
        if (customers.contains(invoice.customer))
            continue;
        storage::bindAll(*owesUnplanned, { invoice.customer, storage::isoDate(today) });
        if (Status s = storage::exec(*owesUnplanned); !s)
            return s.error();
        if (!owesUnplanned->next())
            customers.insert(invoice.customer);
        owesUnplanned->finish();
    }
    out.customers = unplannedCustomers + customers.size();
    return out;
}

} // namespace peyvand::reports
