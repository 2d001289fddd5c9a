#include "PlanRepository.h"

#include "storage/Database.h"
#include "storage/SqlHelpers.h"

#include <QJsonArray>

namespace peyvand::payments {

Result<std::optional<Plan>> PlanRepository::ofInvoice(qint64 documentId)
{
    auto q = storage::run(m_db.connection(),
                          QStringLiteral("SELECT id, document_id, amount, base_paid, interval, start_date, created_at, updated_at, "
                                         "last_payment_id, last_event_id "
                                         "FROM instalment_plans WHERE document_id = ?"),
                          { documentId });
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<Plan>();
    Plan p;
    p.id = q->value(0).toLongLong();
    p.documentId = q->value(1).toLongLong();
    p.amount = Money::fromRial(q->value(2).toLongLong());
    p.basePaid = Money::fromRial(q->value(3).toLongLong());
    p.every = Interval::parse(q->value(4).toString()).valueOr(Interval { Interval::Unit::Custom, 1 });
    p.start = storage::dateFromIso(q->value(5));
    p.createdAt = storage::timestampFromIso(q->value(6));
    p.updatedAt = storage::timestampFromIso(q->value(7));
    p.lastPaymentId = q->value(8).toLongLong();
    p.lastEventId = q->value(9).toLongLong();
    auto rows = storage::run(m_db.connection(),
                             QStringLiteral("SELECT id, seq, due_date, amount FROM instalments WHERE plan_id = ? ORDER BY seq"), { p.id });
    if (!rows)
        return rows.error();
    while (rows->next()) {
        Instalment i;
        i.id = rows->value(0).toLongLong();
        i.seq = rows->value(1).toInt();
        i.dueDate = storage::dateFromIso(rows->value(2));
        i.amount = Money::fromRial(rows->value(3).toLongLong());
        p.instalments << i;
    }
    return std::optional<Plan>(p);
}

Result<Plan> PlanRepository::insert(Plan p)
{
    auto q = storage::run(m_db.connection(),
                          QStringLiteral("INSERT INTO instalment_plans (document_id, amount, base_paid, interval, start_date, created_at, updated_at, "
                                         "last_payment_id, last_event_id) "
                                         "VALUES (?, ?, ?, ?, ?, ?, ?, "
                                         "coalesce((SELECT max(id) FROM payments), 0), coalesce((SELECT max(id) FROM cheque_events), 0))"),
                          { p.documentId, p.amount.rial(), p.basePaid.rial(), p.every.toKey(), storage::isoDate(p.start),
                            storage::isoTimestamp(p.createdAt), storage::isoTimestamp(p.updatedAt) });
    if (!q)
        return q.error();
    p.id = q->lastInsertId().toLongLong();
    return insertInstalments(p);
}

Result<Plan> PlanRepository::replace(Plan p)
{
    auto q = storage::run(m_db.connection(),
                          QStringLiteral("UPDATE instalment_plans SET amount = ?, base_paid = ?, interval = ?, start_date = ?, updated_at = ? "
                                         "WHERE id = ?"),
                          { p.amount.rial(), p.basePaid.rial(), p.every.toKey(), storage::isoDate(p.start),
                            storage::isoTimestamp(p.updatedAt), p.id });
    if (!q)
        return q.error();
    if (auto del = storage::run(m_db.connection(), QStringLiteral("DELETE FROM instalments WHERE plan_id = ?"), { p.id }); !del)
        return del.error();
    return insertInstalments(p);
}

Result<Plan> PlanRepository::insertInstalments(Plan p)
{
    for (auto& i : p.instalments) {
        auto row = storage::run(m_db.connection(),
                                QStringLiteral("INSERT INTO instalments (plan_id, seq, due_date, amount) VALUES (?, ?, ?, ?)"),
                                { p.id, i.seq, storage::isoDate(i.dueDate), i.amount.rial() });
        if (!row)
            return row.error();
        i.id = row->lastInsertId().toLongLong();
    }
    return p;
}

Status PlanRepository::remove(qint64 planId)
{
    auto q = storage::run(m_db.connection(), QStringLiteral("DELETE FROM instalment_plans WHERE id = ?"), { planId });
    if (!q)
        return q.error();
    return {};
}

Result<std::optional<qint64>> PlanRepository::invoiceOfInstalment(qint64 instalmentId)
{
    auto v = storage::scalar(m_db.connection(),
                             QStringLiteral("SELECT p.document_id FROM instalments i JOIN instalment_plans p ON p.id = i.plan_id WHERE i.id = ?"),
                             { instalmentId });
    if (!v)
        return v.error();
    if (!v->isValid())
        return std::optional<qint64>();
    return std::optional<qint64>(v->toLongLong());
}

QJsonObject PlanRepository::auditValues(const Plan& p)
{
    QJsonArray instalments;
    for (const auto& i : p.instalments) {
        instalments.append(QJsonObject { { QStringLiteral("seq"), i.seq },
                                         { QStringLiteral("due_date"), storage::isoDate(i.dueDate) },
                                         { QStringLiteral("amount"), i.amount.rial() } });
    }
    return QJsonObject {
        { QStringLiteral("document_id"), p.documentId },
        { QStringLiteral("amount"), p.amount.rial() },
        { QStringLiteral("base_paid"), p.basePaid.rial() },
        { QStringLiteral("interval"), p.every.toKey() },
        { QStringLiteral("start_date"), storage::isoDate(p.start) },
        { QStringLiteral("instalments"), instalments },
    };
}

} // namespace peyvand::payments
