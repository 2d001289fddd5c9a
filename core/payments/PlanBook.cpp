#include "PlanBook.h"

#include "PaymentRepository.h"
#include "PlanRepository.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"

namespace peyvand::payments {

Result<std::optional<Plan>> PlanBook::plan(qint64 documentId)
{
    auto stored = PlanRepository(m_db).ofInvoice(documentId);
    if (!stored)
        return stored.error();
    if (!*stored)
        return std::optional<Plan>();
    Plan p = **stored;
    auto settled = settledSince(p);
    if (!settled)
        return settled.error();
    p.instalments = allocate(p.instalments, *settled);
    auto isStarted = started(p);
    if (!isStarted)
        return isStarted.error();
    p.started = *isStarted;
    return std::optional<Plan>(p);
}

Result<bool> PlanBook::started(const Plan& p)
{
    if (m_clock.today() > p.start)
        return true;
    auto v = storage::scalar(m_db.connection(),
                             QStringLiteral("SELECT 1 FROM payments WHERE document_id = ? AND status <> 'void' AND (created_at >= ? "
                                            "OR (status = 'settled' AND cheque_id IS NOT NULL AND updated_at >= ?)) LIMIT 1"),
                             { p.documentId, storage::isoTimestamp(p.createdAt), storage::isoTimestamp(p.createdAt) });
    if (!v)
        return v.error();
    return v->isValid();
}

Result<QList<SettledMoney>> PlanBook::settledSince(const Plan& p)
{
    auto rows = PaymentRepository(m_db).where(QStringLiteral("p.document_id = ? AND p.status = 'settled' AND (p.created_at >= ? "
                                                             "OR (p.cheque_id IS NOT NULL AND p.updated_at >= ?))"),
                                              { p.documentId, storage::isoTimestamp(p.createdAt), storage::isoTimestamp(p.createdAt) },
                                              QStringLiteral("p.settled_on, p.id"));
    if (!rows)
        return rows.error();
    QList<SettledMoney> out;
    for (const auto& r : std::as_const(*rows))
        out << SettledMoney { r.amount, r.settledOn, r.instalmentId };
    return out;
}

} // namespace peyvand::payments
