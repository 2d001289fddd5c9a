#include "InvoiceSync.h"

#include "PaymentRepository.h"
#include "sales/DocumentStore.h"
#include "sales/DocumentWorkflow.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"

#include <QCoreApplication>

namespace peyvand::payments {

namespace {

struct SyncText {
    Q_DECLARE_TR_FUNCTIONS(Payments)
};

const QString kPayment = QStringLiteral("payment");

} // namespace

Result<InvoiceHead> InvoiceSync::head(qint64 documentId)
{
    auto q = storage::run(m_db.connection(), QStringLiteral(
        "SELECT d.id, d.number, d.customer_id, coalesce(c.name, ''), d.issue_date, d.type, d.state, d.grand_total, "
        "  coalesce((SELECT sum(amount) FROM payments WHERE document_id = d.id AND status = 'settled'), 0), "
        "  coalesce((SELECT sum(amount) FROM payments WHERE document_id = d.id AND status = 'pending' AND method = 'cheque'), 0), "
        "  coalesce((SELECT sum(amount) FROM payments WHERE document_id = d.id AND status = 'pending' AND method = 'credit'), 0) "
        "FROM documents d LEFT JOIN customers c ON c.id = d.customer_id WHERE d.id = ?"), { documentId });
    if (!q)
        return q.error();
    if (!q->next())
        return Error::make(ErrorCode::NotFound, SyncText::tr("There is no invoice with number %1.").arg(documentId));
    InvoiceHead h;
    InvoiceAccount& a = h.account;
    a.documentId = q->value(0).toLongLong();
    a.number = q->value(1).toString();
    a.customerId = q->value(2).toLongLong();
    a.customerName = q->value(3).toString();
    a.issueDate = storage::dateFromIso(q->value(4));
    h.type = sales::documentTypeFromKey(q->value(5).toString()).value_or(sales::DocumentType::Quote);
    h.state = sales::documentStateFromKey(q->value(6).toString()).value_or(sales::DocumentState::Draft);
    a.issued = h.type == sales::DocumentType::Invoice
        && (h.state == sales::DocumentState::Issued || h.state == sales::DocumentState::Settled);
    a.total = Money::fromRial(q->value(7).toLongLong());
    a.paid = Money::fromRial(q->value(8).toLongLong());
    h.pendingCheques = Money::fromRial(q->value(9).toLongLong());
    h.openPromises = Money::fromRial(q->value(10).toLongLong());
    a.pending = Money::fromRial(h.pendingCheques.rial() + h.openPromises.rial());
    a.balance = Money::fromRial(std::max<qint64>(0, a.total.rial() - a.paid.rial()));
    a.uncovered = Money::fromRial(std::max<qint64>(0, a.balance.rial() - a.pending.rial()));
    a.settled = a.balance.isZero();
    return h;
}

Status InvoiceSync::sync(qint64 documentId)
{
    auto h = head(documentId);
    if (!h)
        return h.error();
    if (!h->account.issued)
        return {};
    const auto wanted = h->account.settled ? sales::DocumentState::Settled : sales::DocumentState::Issued;
    if (h->state == wanted)
        return {};
    auto document = sales::DocumentStore(m_db).load(documentId);
    if (!document)
        return document.error();
    const QJsonObject extra { { QStringLiteral("paid"), h->account.paid.rial() }, { QStringLiteral("balance"), h->account.balance.rial() } };
    return sales::DocumentWorkflow(m_db, m_clock).moveState(*document, wanted, extra);
}

Result<QList<qint64>> InvoiceSync::keepPromises(qint64 documentId, QDate on)
{
    auto h = head(documentId);
    if (!h)
        return h.error();
    PaymentRepository rows(m_db);
    auto promises = rows.where(QStringLiteral("p.document_id = ? AND p.method = 'credit' AND p.status = 'pending'"), { documentId },
                               QStringLiteral("p.due_date, p.id"));
    if (!promises)
        return promises.error();
    const qint64 balance = h->account.balance.rial();
    qint64 open = h->openPromises.rial();
    const qint64 cheques = h->pendingCheques.rial();
    QList<qint64> kept;
    const QDateTime now = m_clock.nowUtc();
    for (Payment p : std::as_const(*promises)) {
        if (open - p.amount.rial() + cheques < balance)
            break; // still needed to cover what is owed
        const Payment before = p;
        p.status = PaymentStatus::Kept;
        p.settledOn = on;
        p.updatedAt = now;
        if (auto s = rows.update(p); !s)
            return s.error();
        if (auto s = storage::AuditLog(m_db).record(now, kPayment, p.id, QStringLiteral("update"), PaymentRepository::auditValues(before),
                                                    PaymentRepository::auditValues(p));
            !s)
            return s.error();
        open -= p.amount.rial();
        kept << p.id;
    }
    return kept;
}

Status InvoiceSync::fitToBalance(Payment& p)
{
    if (!p.documentId || p.status != PaymentStatus::Settled)
        return {};
    auto h = head(*p.documentId);
    if (!h)
        return h.error();
    // head() counts p itself as settled already.
    const qint64 over = h->account.paid.rial() - h->account.total.rial();
    if (over <= 0)
        return {};
    const QDateTime now = m_clock.nowUtc();
    PaymentRepository rows(m_db);
    storage::AuditLog audit(m_db);
    const Payment before = p;
    Payment rest = p;
    if (over >= p.amount.rial()) {
        p.documentId.reset(); // the invoice needs none of it: all on account
        p.instalmentId.reset();
    } else {
        p.amount = Money::fromRial(p.amount.rial() - over);
        rest.amount = Money::fromRial(over);
        rest.documentId.reset();
        rest.instalmentId.reset();
        rest.createdAt = rest.updatedAt = now;
        auto id = rows.insert(rest);
        if (!id)
            return id.error();
        rest.id = *id;
        if (auto s = audit.record(now, kPayment, rest.id, QStringLiteral("create"), {}, PaymentRepository::auditValues(rest)); !s)
            return s;
    }
    p.updatedAt = now;
    if (auto s = rows.update(p); !s)
        return s;
    return audit.record(now, kPayment, p.id, QStringLiteral("update"), PaymentRepository::auditValues(before), PaymentRepository::auditValues(p));
}

} // namespace peyvand::payments
