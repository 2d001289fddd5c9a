#include "Receivables.h"

#include "ChequeStates.h"
#include "PaymentService.h"
#include "PlanStream.h"
#include "storage/AuditedSetting.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace peyvand::payments {

namespace {

struct ReceivablesText {
    Q_DECLARE_TR_FUNCTIONS(Receivables)
};

constexpr int kDefaultReminderDays = 3;
constexpr int kMaxReminderDays = 60;
constexpr int kMaxReminderHorizon = 3660;
const QString kReminderDaysKey = QStringLiteral("payment_reminder_days");

// An open invoice and what of its balance falls due when.
struct InvoiceDues {
    OpenInvoice invoice;
    qint64 pendingCheques = 0;
    QList<DuePart> parts;
};

// Issued invoices with a balance (settled ones have none); with a plan,
// each unpaid instalment's remainder falls due on its own date, the rest of
// the balance (if the plan covers less) on the issue date.
// Planned reads only invoices with an instalment plan, and leaves the
// invoice number and the customer's name empty, so that the rows come from
// the covering index of open invoices (the ageing sums the others in SQL).
enum class Detail { Full, Planned };

Result<QList<InvoiceDues>> readOpenInvoices(storage::Database& db, const Clock& clock, std::optional<qint64> customerId,
                                            Detail detail = Detail::Full)
{
    const bool full = detail == Detail::Full;
    QString sql = QStringLiteral(
        "SELECT d.id, %1, d.customer_id, %2, d.issue_date, d.grand_total, "
        "coalesce((SELECT sum(amount) FROM payments WHERE document_id = d.id AND status = 'settled'), 0), "
        "coalesce((SELECT sum(amount) FROM payments WHERE document_id = d.id AND status = 'pending'), 0), "
        "coalesce((SELECT sum(amount) FROM payments WHERE document_id = d.id AND status = 'pending' AND method = 'cheque'), 0), "
        "EXISTS (SELECT 1 FROM instalment_plans p WHERE p.document_id = d.id) "
        "FROM %3 WHERE d.type = 'invoice' AND d.state = 'issued'%4")
        .arg(full ? QStringLiteral("d.number") : QStringLiteral("''"), full ? QStringLiteral("c.name") : QStringLiteral("''"),
             full ? QStringLiteral("documents d JOIN customers c ON c.id = d.customer_id")
                  : QStringLiteral("documents d INDEXED BY documents_open_invoices"),
             full ? QString() : QStringLiteral(" AND EXISTS (SELECT 1 FROM instalment_plans p WHERE p.document_id = d.id)"));
    QVariant customer;
    if (customerId) {
        sql += QStringLiteral(" AND d.customer_id = ?");
        customer = *customerId;
    }
    if (full)
        sql += QStringLiteral(" ORDER BY d.id");
    auto q = customerId ? storage::run(db.connection(), sql, { customer }) : storage::run(db.connection(), sql);
    if (!q)
        return q.error();

    const QDate today = clock.today();
    QList<InvoiceDues> out;
    QHash<qint64, qsizetype> byInvoice; // invoices with a plan → their place in `out`
    while (q->next()) {
        InvoiceDues dues;
        OpenInvoice& inv = dues.invoice;
        inv.documentId = q->value(0).toLongLong();
        inv.number = q->value(1).toString();
        inv.customerId = q->value(2).toLongLong();
        inv.customerName = q->value(3).toString();
        inv.issueDate = storage::dateFromIso(q->value(4));
        inv.total = Money::fromRial(q->value(5).toLongLong());
        inv.paid = Money::fromRial(q->value(6).toLongLong());
        inv.pending = Money::fromRial(q->value(7).toLongLong());
        inv.balance = Money::fromRial(std::max<qint64>(0, inv.total.rial() - inv.paid.rial()));
        dues.pendingCheques = q->value(8).toLongLong();
        if (inv.balance.isZero())
            continue;
        if (q->value(9).toInt() != 0)
            byInvoice.insert(inv.documentId, out.size());
        out << dues;
    }
    q->finish();

    if (!byInvoice.isEmpty()) {
        const Status plans = forEachAllocatedPlan(db, PlanInvoices::Issued, [&](const AllocatedPlan& plan) {
            const qsizetype at = byInvoice.value(plan.invoiceId, -1);
            if (at < 0)
                return; // settled in the meantime, or another customer's
            out[at].parts = plannedParts(plan.instalments, out[at].invoice.balance.rial());
        });
        if (!plans)
            return plans.error();
    }
    for (InvoiceDues& dues : out) {
        OpenInvoice& inv = dues.invoice;
        const qint64 balance = inv.balance.rial();
        inv.nextDue = inv.issueDate;
        qint64 planned = 0;
        for (const DuePart& part : dues.parts)
            planned += part.rial;
        if (!dues.parts.isEmpty())
            inv.nextDue = dues.parts.first().due;
        if (planned < balance)
            dues.parts.prepend(DuePart { inv.issueDate, balance - planned });
        std::stable_sort(dues.parts.begin(), dues.parts.end(), [](const DuePart& a, const DuePart& b) { return a.due < b.due; });
        inv.daysOverdue = static_cast<int>(inv.nextDue.daysTo(today));
    }
    return out;
}

Reminder::Kind dueOrOverdue(int days, Reminder::Kind due, Reminder::Kind overdue) { return days < 0 ? overdue : due; }

Status readChequeReminders(storage::Database& db, QDate today, QDate horizon, QList<Reminder>& out)
{
    auto q = storage::run(db.connection(),
                          QStringLiteral("SELECT ch.id, ch.direction, ch.amount, ch.due_date, coalesce(ch.customer_id, 0), "
                                         "coalesce(c.name, ''), ch.drawer_name, coalesce(ch.document_id, 0), coalesce(d.number, ''), "
                                         "coalesce(ch.instalment_id, 0) "
                                         "FROM cheques ch LEFT JOIN customers c ON c.id = ch.customer_id "
                                         "LEFT JOIN documents d ON d.id = ch.document_id "
                                         "WHERE ch.status IN ('received', 'deposited', 'redeposited') AND ch.due_date <= ?"),
                          { storage::isoDate(horizon) });
    if (!q)
        return q.error();
    while (q->next()) {
        Reminder r;
        r.chequeId = q->value(0).toLongLong();
        r.direction = chequeDirectionFromKey(q->value(1).toString()).value_or(ChequeDirection::Received);
        r.amount = Money::fromRial(q->value(2).toLongLong());
        r.date = storage::dateFromIso(q->value(3));
        r.customerId = q->value(4).toLongLong();
        r.customerName = q->value(5).toString();
        // Issued cheques name their payee; a received one its customer, else its drawer.
        if (r.customerName.isEmpty() || r.direction == ChequeDirection::Issued)
            r.customerName = q->value(6).toString().isEmpty() ? r.customerName : q->value(6).toString();
        r.documentId = q->value(7).toLongLong();
        r.documentNumber = q->value(8).toString();
        r.instalmentId = q->value(9).toLongLong();
        r.days = static_cast<int>(today.daysTo(r.date));
        r.kind = dueOrOverdue(r.days, Reminder::Kind::ChequeDue, Reminder::Kind::ChequeOverdue);
        out << r;
    }
    return {};
}

Status readInstalmentReminders(storage::Database& db, const Clock& clock, QDate today, QDate horizon, QList<Reminder>& out)
{
    auto q = storage::run(db.connection(),
                          QStringLiteral("SELECT d.id, d.number, d.customer_id, c.name FROM documents d "
                                         "JOIN instalment_plans p ON p.document_id = d.id JOIN customers c ON c.id = d.customer_id "
                                         "WHERE d.type = 'invoice' AND d.state = 'issued' "
                                         "AND EXISTS (SELECT 1 FROM instalments i WHERE i.plan_id = p.id AND i.due_date <= ?)"),
                          { storage::isoDate(horizon) });
    if (!q)
        return q.error();
    QList<Reminder> invoices;
    while (q->next()) {
        Reminder r;
        r.documentId = q->value(0).toLongLong();
        r.documentNumber = q->value(1).toString();
        r.customerId = q->value(2).toLongLong();
        r.customerName = q->value(3).toString();
        invoices << r;
    }
    q->finish();
    PaymentService service(db, clock);
    for (const Reminder& invoice : invoices) {
        auto plan = service.plan(invoice.documentId);
        if (!plan)
            return plan.error();
        if (!plan->has_value())
            continue;
        for (const Instalment& instalment : (*plan)->instalments) {
            const qint64 left = instalment.amount.rial() - instalment.paid.rial();
            if (left <= 0 || instalment.dueDate > horizon)
                continue;
            Reminder r = invoice;
            r.instalmentId = instalment.id;
            r.amount = Money::fromRial(left);
            r.date = instalment.dueDate;
            r.days = static_cast<int>(today.daysTo(r.date));
            r.kind = dueOrOverdue(r.days, Reminder::Kind::InstalmentDue, Reminder::Kind::InstalmentOverdue);
            out << r;
        }
    }
    return {};
}

// Open credit promises; those made for an instalment remind through it.
Status readPromiseReminders(storage::Database& db, QDate today, QDate horizon, QList<Reminder>& out)
{
    auto q = storage::run(db.connection(),
                          QStringLiteral("SELECT p.id, p.amount, p.due_date, p.customer_id, c.name, coalesce(p.document_id, 0), "
                                         "coalesce(d.number, '') FROM payments p JOIN customers c ON c.id = p.customer_id "
                                         "LEFT JOIN documents d ON d.id = p.document_id "
                                         "WHERE p.method = 'credit' AND p.status = 'pending' AND p.due_date <= ? "
                                         "AND p.instalment_id IS NULL"),
                          { storage::isoDate(horizon) });
    if (!q)
        return q.error();
    while (q->next()) {
        Reminder r;
        r.paymentId = q->value(0).toLongLong();
        r.amount = Money::fromRial(q->value(1).toLongLong());
        r.date = storage::dateFromIso(q->value(2));
        r.customerId = q->value(3).toLongLong();
        r.customerName = q->value(4).toString();
        r.documentId = q->value(5).toLongLong();
        r.documentNumber = q->value(6).toString();
        r.days = static_cast<int>(today.daysTo(r.date));
        r.kind = dueOrOverdue(r.days, Reminder::Kind::PromiseDue, Reminder::Kind::PromiseOverdue);
        out << r;
    }
    return {};
}

Status readQuoteReminders(storage::Database& db, QDate today, QDate horizon, QList<Reminder>& out)
{
    auto q = storage::run(db.connection(),
                          QStringLiteral("SELECT d.id, d.number, d.customer_id, c.name, d.valid_until, d.grand_total "
                                         "FROM documents d JOIN customers c ON c.id = d.customer_id "
                                         "WHERE d.type = 'quote' AND d.state = 'issued' AND d.valid_until BETWEEN ? AND ?"),
                          { storage::isoDate(today), storage::isoDate(horizon) });
    if (!q)
        return q.error();
    while (q->next()) {
        Reminder r;
        r.kind = Reminder::Kind::QuoteExpiring;
        r.documentId = q->value(0).toLongLong();
        r.documentNumber = q->value(1).toString();
        r.customerId = q->value(2).toLongLong();
        r.customerName = q->value(3).toString();
        r.date = storage::dateFromIso(q->value(4));
        r.amount = Money::fromRial(q->value(5).toLongLong());
        r.days = static_cast<int>(today.daysTo(r.date));
        out << r;
    }
    return {};
}

qint64 reminderIdentity(const Reminder& r) { return r.chequeId + r.paymentId + r.instalmentId + r.documentId; }

} // namespace

QList<DuePart> plannedParts(const QList<Instalment>& instalments, qint64 balance)
{
    QList<DuePart> parts;
    qint64 planned = 0;
    for (const Instalment& instalment : instalments) {
        const qint64 left = instalment.amount.rial() - instalment.paid.rial();
        if (left > 0) {
            parts << DuePart { instalment.dueDate, left };
            planned += left;
        }
    }
    for (qsizetype i = parts.size() - 1; i >= 0 && planned > balance; --i) {
        const qint64 cut = std::min(parts[i].rial, planned - balance);
        parts[i].rial -= cut;
        planned -= cut;
        if (parts[i].rial == 0)
            parts.removeAt(i);
    }
    return parts;
}

Receivables::Receivables(storage::Database& db, const Clock& clock) : m_db(db), m_clock(clock) { }

Result<Ageing> Receivables::ageing()
{
    const QDate today = m_clock.today();
    Ageing ageing;
    QList<qint64> order;
    QHash<qint64, AgeingRow> rows;

    // Without a plan an invoice's whole balance falls due on its issue date,
    // so SQL ages and sums those per customer (buckets as ageBucket()); the
    // few invoices with a plan are split by their instalments below. One row
    // per customer instead of one per invoice keeps the report within 300 ms
    // at 35,000 open invoices (docs/performance.md).
    auto unplanned = storage::run(m_db.connection(), QStringLiteral(
        "SELECT o.customer_id, c.name, "
        "sum(CASE WHEN o.age < 0 THEN o.balance ELSE 0 END), sum(CASE WHEN o.age BETWEEN 0 AND 30 THEN o.balance ELSE 0 END), "
        "sum(CASE WHEN o.age BETWEEN 31 AND 60 THEN o.balance ELSE 0 END), sum(CASE WHEN o.age BETWEEN 61 AND 90 THEN o.balance ELSE 0 END), "
        "sum(CASE WHEN o.age > 90 THEN o.balance ELSE 0 END), count(*), sum(o.cheques) "
        "FROM (SELECT d.customer_id, CAST(julianday(?) - julianday(d.issue_date) AS INTEGER) AS age, "
        "  d.grand_total - coalesce((SELECT sum(p.amount) FROM payments p WHERE p.document_id = d.id AND p.status = 'settled'), 0) AS balance, "
        "  coalesce((SELECT sum(p.amount) FROM payments p WHERE p.document_id = d.id AND p.status = 'pending' AND p.method = 'cheque'), 0) AS cheques "
        "  FROM documents d INDEXED BY documents_open_invoices WHERE d.type = 'invoice' AND d.state = 'issued' "
        "  AND NOT EXISTS (SELECT 1 FROM instalment_plans pl WHERE pl.document_id = d.id) LIMIT -1) o "
        "JOIN customers c ON c.id = o.customer_id WHERE o.balance > 0 GROUP BY o.customer_id"),
        { storage::isoDate(today) });
    if (!unplanned)
        return unplanned.error();
    while (unplanned->next()) {
        AgeingRow row;
        row.customerId = unplanned->value(0).toLongLong();
        row.customerName = unplanned->value(1).toString();
        for (int b = 0; b < kAgeBucketCount; ++b) {
            const qint64 rial = unplanned->value(2 + b).toLongLong();
            row.buckets[size_t(b)] = Money::fromRial(rial);
            row.total = Money::fromRial(row.total.rial() + rial);
            ageing.totals[size_t(b)] = Money::fromRial(ageing.totals[size_t(b)].rial() + rial);
        }
        ageing.total = Money::fromRial(ageing.total.rial() + row.total.rial());
        row.openInvoices = unplanned->value(7).toInt();
        row.pendingCheques = Money::fromRial(unplanned->value(8).toLongLong());
        order << row.customerId;
        rows.insert(row.customerId, row);
    }
    unplanned->finish();

    auto open = readOpenInvoices(m_db, m_clock, std::nullopt, Detail::Planned);
    if (!open)
        return open.error();
    auto name = storage::prepare(m_db.connection(), QStringLiteral("SELECT name FROM customers WHERE id = ?"));
    if (!name)
        return name.error();
    for (const InvoiceDues& dues : *open) {
        AgeingRow& row = rows[dues.invoice.customerId];
        if (row.customerId == 0) {
            row.customerId = dues.invoice.customerId;
            storage::bindAll(*name, { row.customerId });
            if (Status s = storage::exec(*name); !s)
                return s.error();
            if (name->next())
                row.customerName = name->value(0).toString();
            name->finish();
            order << row.customerId;
        }
        ++row.openInvoices;
        row.pendingCheques = Money::fromRial(row.pendingCheques.rial() + dues.pendingCheques);
        for (const DuePart& part : dues.parts) {
            const auto b = static_cast<size_t>(ageBucket(static_cast<int>(part.due.daysTo(today))));
            row.buckets[b] = Money::fromRial(row.buckets[b].rial() + part.rial);
            row.total = Money::fromRial(row.total.rial() + part.rial);
            ageing.totals[b] = Money::fromRial(ageing.totals[b].rial() + part.rial);
            ageing.total = Money::fromRial(ageing.total.rial() + part.rial);
        }
    }
    for (qint64 id : order)
        ageing.rows << rows.value(id);
    std::stable_sort(ageing.rows.begin(), ageing.rows.end(), [](const AgeingRow& a, const AgeingRow& b) { return a.total > b.total; });
    return ageing;
}

Result<QList<OpenInvoice>> Receivables::openInvoices(std::optional<qint64> customerId)
{
    auto open = readOpenInvoices(m_db, m_clock, customerId);
    if (!open)
        return open.error();
    QList<OpenInvoice> out;
    for (const InvoiceDues& dues : *open)
        out << dues.invoice;
    std::stable_sort(out.begin(), out.end(), [](const OpenInvoice& a, const OpenInvoice& b) { return a.daysOverdue > b.daysOverdue; });
    return out;
}

Result<QList<Cheque>> Receivables::chequesDue(QDate from, QDate to)
{
    if (!from.isValid())
        return Error::invalid(QStringLiteral("from"), ReceivablesText::tr("The first day is not a valid date."));
    if (!to.isValid() || to < from)
        return Error::invalid(QStringLiteral("to"), ReceivablesText::tr("The last day must be a valid date on or after the first day."));
    ChequeFilter filter;
    for (ChequeStatus status : cheque_states::all()) {
        if (!cheque_states::isFinal(status))
            filter.statuses << status;
    }
    filter.dueFrom = from;
    filter.dueTo = to;
    filter.sort = ChequeFilter::Sort::DueAsc;
    return PaymentService(m_db, m_clock).cheques(filter);
}

Result<QList<Reminder>> Receivables::reminders(int days)
{
    if (days < 0 || days > kMaxReminderHorizon)
        return Error::invalid(QStringLiteral("days"),
                              ReceivablesText::tr("Days ahead must be a whole number from 0 to %1.").arg(kMaxReminderHorizon));
    const QDate today = m_clock.today();
    const QDate horizon = today.addDays(days);
    QList<Reminder> out;
    if (auto s = readChequeReminders(m_db, today, horizon, out); !s)
        return s.error();
    if (auto s = readInstalmentReminders(m_db, m_clock, today, horizon, out); !s)
        return s.error();
    if (auto s = readPromiseReminders(m_db, today, horizon, out); !s)
        return s.error();
    if (auto s = readQuoteReminders(m_db, today, horizon, out); !s)
        return s.error();
    std::stable_sort(out.begin(), out.end(), [](const Reminder& a, const Reminder& b) {
        if (a.date != b.date)
            return a.date < b.date;
        if (a.kind != b.kind)
            return a.kind < b.kind;
        return reminderIdentity(a) < reminderIdentity(b);
    });
    return out;
}

Result<int> Receivables::reminderDays()
{
    auto stored = storage::scalar(m_db.connection(), QStringLiteral("SELECT value FROM settings WHERE key = ?"), { kReminderDaysKey });
    if (!stored)
        return stored.error();
    if (!stored->isValid())
        return kDefaultReminderDays;
    bool ok = false;
    const int days = stored->toString().toInt(&ok);
    if (!ok || days < 0 || days > kMaxReminderDays)
        return kDefaultReminderDays;
    return days;
}

Status Receivables::setReminderDays(int days)
{
    if (days < 0 || days > kMaxReminderDays)
        return Error::invalid(QStringLiteral("days"),
                              ReceivablesText::tr("Reminder days must be a whole number from 0 to %1.").arg(kMaxReminderDays));
    return m_db.write([&]() -> Status {
        return storage::writeAuditedSetting(m_db, m_clock.nowUtc(), kReminderDaysKey, QString::number(days));
    });
}

} // namespace peyvand::payments
