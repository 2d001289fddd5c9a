#include "PlanBook.h"

#include "PaymentRepository.h"
#include "PlanRepository.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"

namespace peyvand::payments {

namespace {

// A cheque of payment row p cleared after the plan was made (its event id is bound last).
QString clearedSince()
{
    return QStringLiteral("(p.cheque_id IS NOT NULL AND EXISTS (SELECT 1 FROM cheque_events e WHERE e.cheque_id = p.cheque_id "
                          "AND e.to_status = 'cleared' AND e.id > ?))");
}

} // namespace

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
                             QStringLiteral("SELECT 1 FROM payments p WHERE p.document_id = ? AND p.status <> 'void' AND (p.id > ? "
                                            "OR (p.status = 'settled' AND %1)) LIMIT 1")
                                 .arg(clearedSince()),
                             { p.documentId, p.lastPaymentId, p.lastEventId });
    if (!v)
        return v.error();
    return v->isValid();
}

Result<QList<SettledMoney>> PlanBook::settledSince(const Plan& p)
{
    auto rows = PaymentRepository(m_db).where(QStringLiteral("p.document_id = ? AND p.status = 'settled' AND (p.id > ? OR %1)").arg(clearedSince()),
                                              { p.documentId, p.lastPaymentId, p.lastEventId },
                                              QStringLiteral("p.settled_on, p.id"));
    if (!rows)
        return rows.error();
    QList<SettledMoney> out;
    for (const auto& r : std::as_const(*rows))
        out << SettledMoney { r.amount, r.settledOn, r.instalmentId };
    return out;
}

} // namespace peyvand::payments
