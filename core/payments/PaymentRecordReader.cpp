#include "PaymentRecord.h"

#include "PaymentService.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"

namespace peyvand::payments {

namespace {

// Instalments of the customer's invoices' plans, with the day each was fully
// paid (PaymentService::plan allocates the settled money) and whether a
// cheque given for it bounced.
Status readInstalments(storage::Database& db, const Clock& clock, qint64 customerId, QList<DueItem>& out)
{
    auto q = storage::run(db.connection(),
                          QStringLiteral("SELECT p.document_id FROM documents d JOIN instalment_plans p ON p.document_id = d.id "
                                         "WHERE d.customer_id = ? AND d.type = 'invoice' AND d.state <> 'draft' ORDER BY d.id"),
                          { customerId });
    if (!q)
        return q.error();
    QList<qint64> invoices;
    while (q->next())
        invoices << q->value(0).toLongLong();

    PaymentService service(db, clock);
    for (qint64 invoiceId : invoices) {
        auto plan = service.plan(invoiceId);
        if (!plan)
            return plan.error();
        if (!plan->has_value())
            continue;
        auto bounced = storage::run(db.connection(),
                                    QStringLiteral("SELECT DISTINCT ch.instalment_id FROM cheques ch "
                                                   "WHERE ch.document_id = ? AND ch.instalment_id IS NOT NULL AND EXISTS "
                                                   "(SELECT 1 FROM cheque_events e WHERE e.cheque_id = ch.id AND e.to_status = 'bounced')"),
                                    { invoiceId });
        if (!bounced)
            return bounced.error();
        QList<qint64> bouncedInstalments;
        while (bounced->next())
            bouncedInstalments << bounced->value(0).toLongLong();
        for (const Instalment& instalment : (*plan)->instalments) {
            if (instalment.amount.isZero())
                continue; // a down payment of 0 Rial is nothing to pay
            DueItem item;
            item.kind = DueItem::Kind::Instalment;
            item.due = instalment.dueDate;
            item.paidOn = instalment.isPaid() ? instalment.paidOn : QDate();
            item.bounced = bouncedInstalments.contains(instalment.id);
            out << item;
        }
    }
    return {};
}

// Received cheques not given for an instalment. Cancelled cheques were
// recorded by mistake, transferred ones left our hands before we knew
// whether they clear, and cheques given back unbounced were swapped:
// none of them says how the customer pays.
Status readCheques(storage::Database& db, qint64 customerId, QList<DueItem>& out)
{
    auto q = storage::run(db.connection(),
                          QStringLiteral("SELECT ch.due_date, ch.status, ch.status_date, "
                                         "EXISTS (SELECT 1 FROM cheque_events e WHERE e.cheque_id = ch.id AND e.to_status = 'bounced') "
                                         "FROM cheques ch WHERE ch.customer_id = ? AND ch.direction = 'received' "
                                         "AND ch.instalment_id IS NULL AND ch.status NOT IN ('cancelled', 'transferred') "
                                         "ORDER BY ch.due_date, ch.id"),
                          { customerId });
    if (!q)
        return q.error();
    while (q->next()) {
        const QString status = q->value(1).toString();
        const bool bounced = q->value(3).toInt() != 0;
        if (status == QLatin1String("returned") && !bounced)
            continue;
        DueItem item;
        item.kind = DueItem::Kind::Cheque;
        item.due = storage::dateFromIso(q->value(0));
        if (status == QLatin1String("cleared"))
            item.paidOn = storage::dateFromIso(q->value(2));
        item.bounced = bounced;
        out << item;
    }
    return {};
}

// Credit promises not made for an instalment: open ones and those later
// payments made good (kept on the day they were settled).
Status readPromises(storage::Database& db, qint64 customerId, QList<DueItem>& out)
{
    auto q = storage::run(db.connection(),
                          QStringLiteral("SELECT due_date, status, coalesce(settled_on, substr(updated_at, 1, 10)) FROM payments "
                                         "WHERE customer_id = ? AND method = 'credit' AND instalment_id IS NULL "
                                         "AND status IN ('pending', 'kept') AND due_date IS NOT NULL ORDER BY due_date, id"),
                          { customerId });
    if (!q)
        return q.error();
    while (q->next()) {
        DueItem item;
        item.kind = DueItem::Kind::Promise;
        item.due = storage::dateFromIso(q->value(0));
        if (q->value(1).toString() == QLatin1String("kept"))
            item.paidOn = storage::dateFromIso(q->value(2));
        out << item;
    }
    return {};
}

} // namespace

PaymentRecordReader::PaymentRecordReader(storage::Database& db, const Clock& clock) : m_db(db), m_clock(clock) { }

Result<QList<DueItem>> PaymentRecordReader::items(qint64 customerId)
{
    QList<DueItem> out;
    if (auto s = readInstalments(m_db, m_clock, customerId, out); !s)
        return s.error();
    if (auto s = readCheques(m_db, customerId, out); !s)
        return s.error();
    if (auto s = readPromises(m_db, customerId, out); !s)
        return s.error();
    return out;
}

Result<PaymentRecord> PaymentRecordReader::record(qint64 customerId)
{
    auto list = items(customerId);
    if (!list)
        return list.error();
    return computeRecord(*list, m_clock.today());
}

} // namespace peyvand::payments
