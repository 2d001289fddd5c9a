// Receiving and voiding payments; cheques are in PaymentCheques.cpp, plans in PaymentPlans.cpp.
#include "PaymentService.h"

#include "ChequeRepository.h"
#include "InvoiceSync.h"
#include "PaymentRepository.h"
#include "PaymentValidator.h"
#include "PlanBook.h"
#include "PlanRepository.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"
#include "text/PersianText.h"

#include <QCoreApplication>

namespace peyvand::payments {

namespace {

struct ServiceText {
    Q_DECLARE_TR_FUNCTIONS(Payments)
};

const QString kPayment = QStringLiteral("payment");
const QString kCheque = QStringLiteral("cheque");

bool settlesAtOnce(PaymentMethod method)
{
    return method != PaymentMethod::Credit && method != PaymentMethod::Cheque;
}

Error conflict(const QString& message)
{
    return Error::make(ErrorCode::Conflict, message);
}

// Still a conflict with the stored balance, but about what was typed in "amount".
Error amountConflict(const QString& message)
{
    Error e = conflict(message);
    e.field = QStringLiteral("amount");
    return e;
}

Result<bool> customerExists(storage::Database& db, qint64 id)
{
    auto v = storage::scalar(db.connection(), QStringLiteral("SELECT 1 FROM customers WHERE id = ?"), { id });
    if (!v)
        return v.error();
    return v->isValid();
}

// The checks that need the invoice; fills the customer from it.
Status checkAgainstInvoice(storage::Database& db, NewPayment& p, const InvoiceHead& h)
{
    if (h.type != sales::DocumentType::Invoice)
        return conflict(ServiceText::tr("Payments are received against invoices; %1 is a pre-invoice.").arg(h.account.number));
    if (!h.account.issued)
        return conflict(ServiceText::tr("This invoice is still a draft; issue it before receiving payments."));
    p.customerId = h.account.customerId;
    if (p.dueDate.isValid() && p.dueDate < h.account.issueDate)
        return Error::invalid(QStringLiteral("due_date"), ServiceText::tr("The due date cannot be before the invoice's issue date."));
    if (p.instalmentId) {
        auto owner = PlanRepository(db).invoiceOfInstalment(*p.instalmentId);
        if (!owner)
            return owner.error();
        if (*owner != h.account.documentId)
            return Error::invalid(QStringLiteral("instalment"), ServiceText::tr("That instalment is not part of this invoice's plan."));
    }
    return {};
}

Status checkOnAccount(storage::Database& db, const NewPayment& p)
{
    if (p.instalmentId)
        return Error::invalid(QStringLiteral("instalment"), ServiceText::tr("A payment on account cannot pay an instalment; choose its invoice."));
    if (p.method == PaymentMethod::Credit)
        return Error::invalid(QStringLiteral("method"), ServiceText::tr("A credit promise is made against an invoice."));
    if (p.customerId <= 0)
        return Error::invalid(QStringLiteral("customer"), ServiceText::tr("Choose the customer who pays."));
    auto exists = customerExists(db, p.customerId);
    if (!exists)
        return exists.error();
    if (!*exists)
        return Error::invalid(QStringLiteral("customer"), ServiceText::tr("The chosen customer no longer exists."));
    return {};
}

Error tooMuch(const NewPayment& p, qint64 limit)
{
    if (settlesAtOnce(p.method)) {
        return amountConflict(ServiceText::tr("%1 Rial is more than the invoice's balance of %2 Rial; lower the amount or put the rest on account.")
                            .arg(localAmount(p.amount))
                            .arg(localAmount(Money::fromRial(limit))));
    }
    return amountConflict(ServiceText::tr("%1 Rial is more than the %2 Rial of the balance that no cheque or promise covers yet; lower the amount or put the rest on account.")
                        .arg(localAmount(p.amount))
                        .arg(localAmount(Money::fromRial(limit))));
}

Payment rowOf(const NewPayment& p, QDate today, const QDateTime& now)
{
    Payment row;
    row.customerId = p.customerId;
    row.documentId = p.documentId;
    row.instalmentId = p.instalmentId;
    row.method = p.method;
    row.status = settlesAtOnce(p.method) ? PaymentStatus::Settled : PaymentStatus::Pending;
    row.amount = p.amount;
    row.paidOn = p.date.isValid() ? p.date : today;
    row.dueDate = p.dueDate;
    if (row.status == PaymentStatus::Settled)
        row.settledOn = row.paidOn;
    row.terminal = p.terminal;
    row.traceNumber = p.traceNumber;
    row.maskedCard = p.cardNumber;
    row.bank = p.bank;
    row.account = p.account;
    row.reference = p.reference;
    row.payerName = p.payerName;
    row.note = p.note;
    row.createdAt = row.updatedAt = now;
    return row;
}

} // namespace

PaymentService::PaymentService(storage::Database& db, const Clock& clock) : m_db(db), m_clock(clock) { }

Result<PaymentReceipt> PaymentService::receive(NewPayment p)
{
    if (auto s = normalizeNewPayment(p); !s)
        return s.error();
    if (!p.date.isValid())
        p.date = m_clock.today();
    return m_db.writeValue<PaymentReceipt>([&]() -> Result<PaymentReceipt> {
        InvoiceSync invoices(m_db, m_clock);
        qint64 invoicePart = 0;
        if (p.documentId) {
            auto h = invoices.head(*p.documentId);
            if (!h)
                return h.error();
            if (auto s = checkAgainstInvoice(m_db, p, *h); !s)
                return s.error();
            const qint64 limit = settlesAtOnce(p.method) ? h->account.balance.rial() : h->account.uncovered.rial();
            if (p.amount.rial() > limit && !p.onAccount)
                return tooMuch(p, limit);
            invoicePart = std::min(limit, p.amount.rial());
        } else if (auto s = checkOnAccount(m_db, p); !s) {
            return s.error();
        }
        const qint64 rest = p.amount.rial() - invoicePart;
        const QDateTime now = m_clock.nowUtc();
        storage::AuditLog audit(m_db);
        PaymentReceipt receipt;

        std::optional<qint64> chequeId;
        if (p.method == PaymentMethod::Cheque) {
            Cheque c = p.cheque;
            c.id = 0;
            c.direction = ChequeDirection::Received;
            c.status = ChequeStatus::Received;
            c.amount = p.amount;
            c.dueDate = p.dueDate;
            c.entryDate = c.statusDate = p.date;
            c.customerId = p.customerId;
            c.documentId = p.documentId;
            c.instalmentId = p.instalmentId;
            c.createdAt = c.updatedAt = now;
            ChequeRepository cheques(m_db);
            auto id = cheques.insert(c);
            if (!id)
                return id.error();
            c.id = *id;
            if (auto e = cheques.addEvent(ChequeEvent { 0, c.id, std::nullopt, c.status, c.entryDate, c.note, now }); !e)
                return e.error();
            if (auto s = audit.record(now, kCheque, c.id, QStringLiteral("create"), {}, ChequeRepository::auditValues(c)); !s)
                return s.error();
            chequeId = c.id;
            auto stored = cheques.find(c.id);
            if (!stored)
                return stored.error();
            receipt.cheque = *stored;
        }

        PaymentRepository rows(m_db);
        auto store = [&](Payment row) -> Status {
            row.chequeId = chequeId;
            auto id = rows.insert(row);
            if (!id)
                return id.error();
            row.id = *id;
            if (auto s = audit.record(now, kPayment, row.id, QStringLiteral("create"), {}, PaymentRepository::auditValues(row)); !s)
                return s;
            auto stored = rows.find(row.id);
            if (!stored)
                return stored.error();
            receipt.payments << *stored;
            return {};
        };
        const Payment row = rowOf(p, m_clock.today(), now);
        if (invoicePart > 0) {
            Payment part = row;
            part.amount = Money::fromRial(invoicePart);
            if (auto s = store(part); !s)
                return s.error();
        }
        if (rest > 0) {
            Payment onAccount = row;
            onAccount.amount = Money::fromRial(rest);
            onAccount.documentId.reset();
            onAccount.instalmentId.reset();
            if (auto s = store(onAccount); !s)
                return s.error();
        }
        if (p.documentId) {
            if (row.status == PaymentStatus::Settled) {
                auto kept = invoices.keepPromises(*p.documentId, row.settledOn);
                if (!kept)
                    return kept.error();
                receipt.keptPromises = *kept;
            }
            if (auto s = invoices.sync(*p.documentId); !s)
                return s.error();
            auto after = account(*p.documentId);
            if (!after)
                return after.error();
            receipt.account = *after;
        }
        return receipt;
    });
}

Status PaymentService::voidPayment(qint64 paymentId, const QString& reason)
{
    return m_db.write([&]() -> Status {
        PaymentRepository rows(m_db);
        auto p = rows.find(paymentId);
        if (!p)
            return p.error();
        if (p->chequeId)
            return conflict(ServiceText::tr("This payment is a cheque; cancel or return the cheque instead."));
        if (p->status == PaymentStatus::Void)
            return conflict(ServiceText::tr("This payment is already void."));
        const Payment before = *p;
        p->status = PaymentStatus::Void;
        p->settledOn = {};
        p->updatedAt = m_clock.nowUtc();
        if (auto s = rows.update(*p); !s)
            return s;
        QJsonObject after = PaymentRepository::auditValues(*p);
        if (const QString why = text::normalizeMultilineForStorage(reason); !why.isEmpty())
            after.insert(QStringLiteral("reason"), why);
        if (auto s = storage::AuditLog(m_db).record(p->updatedAt, kPayment, p->id, QStringLiteral("update"),
                                                    PaymentRepository::auditValues(before), after);
            !s)
            return s;
        if (p->documentId)
            return InvoiceSync(m_db, m_clock).sync(*p->documentId);
        return {};
    });
}

Result<InvoiceAccount> PaymentService::account(qint64 invoiceId)
{
    auto h = InvoiceSync(m_db, m_clock).head(invoiceId);
    if (!h)
        return h.error();
    if (h->type != sales::DocumentType::Invoice)
        return conflict(ServiceText::tr("Payments are received against invoices; %1 is a pre-invoice.").arg(h->account.number));
    InvoiceAccount a = h->account;
    auto rows = PaymentRepository(m_db).where(QStringLiteral("p.document_id = ?"), { invoiceId });
    if (!rows)
        return rows.error();
    a.payments = *rows;
    auto plan = PlanBook(m_db, m_clock).plan(invoiceId);
    if (!plan)
        return plan.error();
    a.plan = *plan;
    return a;
}

Result<QList<Payment>> PaymentService::paymentsOf(qint64 customerId)
{
    auto exists = customerExists(m_db, customerId);
    if (!exists)
        return exists.error();
    if (!*exists)
        return Error::make(ErrorCode::NotFound, QCoreApplication::translate("Customers", "There is no customer with number %1.").arg(customerId));
    return PaymentRepository(m_db).where(QStringLiteral("p.customer_id = ?"), { customerId }, QStringLiteral("p.paid_on DESC, p.id DESC"));
}

Result<Money> PaymentService::onAccountCredit(qint64 customerId)
{
    auto v = storage::scalar(m_db.connection(),
                             QStringLiteral("SELECT coalesce(sum(amount), 0) FROM payments WHERE customer_id = ? AND document_id IS NULL "
                                            "AND status = 'settled'"),
                             { customerId });
    if (!v)
        return v.error();
    return Money::fromRial(v->toLongLong());
}

} // namespace peyvand::payments
