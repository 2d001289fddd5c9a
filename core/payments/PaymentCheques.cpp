// PaymentService: the cheque register and its state machine.
#include "PaymentService.h"

#include "ChequeRepository.h"
#include "ChequeStates.h"
#include "InvoiceSync.h"
#include "PaymentRepository.h"
#include "PaymentValidator.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"
#include "text/PersianText.h"

#include <QCoreApplication>

namespace peyvand::payments {

namespace {

struct ChequesText {
    Q_DECLARE_TR_FUNCTIONS(Payments)
};

const QString kCheque = QStringLiteral("cheque");
const QString kPayment = QStringLiteral("payment");

} // namespace

Result<Cheque> PaymentService::addIssuedCheque(Cheque c)
{
    if (auto s = normalizeChequeDetails(c); !s)
        return s.error();
    if (c.amount.rial() <= 0)
        return Error::invalid(QStringLiteral("amount"), ChequesText::tr("The amount must be more than zero."));
    if (!c.dueDate.isValid())
        return Error::invalid(QStringLiteral("due_date"), ChequesText::tr("Enter the cheque's due date."));
    return m_db.writeValue<Cheque>([&]() -> Result<Cheque> {
        if (c.customerId) {
            auto exists = storage::scalar(m_db.connection(), QStringLiteral("SELECT 1 FROM customers WHERE id = ?"), { *c.customerId });
            if (!exists)
                return exists.error();
            if (!exists->isValid())
                return Error::invalid(QStringLiteral("customer"), ChequesText::tr("The chosen customer no longer exists."));
        }
        const QDateTime now = m_clock.nowUtc();
        c.id = 0;
        c.direction = ChequeDirection::Issued;
        c.status = ChequeStatus::Received;
        if (!c.entryDate.isValid())
            c.entryDate = m_clock.today();
        c.statusDate = c.entryDate;
        c.documentId.reset();
        c.instalmentId.reset();
        c.createdAt = c.updatedAt = now;
        ChequeRepository cheques(m_db);
        auto id = cheques.insert(c);
        if (!id)
            return id.error();
        c.id = *id;
        if (auto e = cheques.addEvent(ChequeEvent { 0, c.id, std::nullopt, c.status, c.entryDate, c.note, now }); !e)
            return e.error();
        if (auto s = storage::AuditLog(m_db).record(now, kCheque, c.id, QStringLiteral("create"), {}, ChequeRepository::auditValues(c)); !s)
            return s.error();
        return cheques.find(c.id);
    });
}

Result<Cheque> PaymentService::cheque(qint64 id, bool withImage)
{
    return ChequeRepository(m_db).find(id, withImage);
}

Result<QList<Cheque>> PaymentService::cheques(const ChequeFilter& filter)
{
    return ChequeRepository(m_db).list(filter);
}

Result<QList<ChequeEvent>> PaymentService::chequeHistory(qint64 chequeId)
{
    ChequeRepository cheques(m_db);
    if (auto c = cheques.find(chequeId); !c)
        return c.error();
    return cheques.events(chequeId);
}

Result<Cheque> PaymentService::updateCheque(const Cheque& changed)
{
    return m_db.writeValue<Cheque>([&]() -> Result<Cheque> {
        ChequeRepository cheques(m_db);
        auto before = cheques.find(changed.id, true);
        if (!before)
            return before.error();
        Cheque c = *before;
        c.serial = changed.serial;
        c.bank = changed.bank;
        c.branchName = changed.branchName;
        c.branchCode = changed.branchCode;
        c.accountType = changed.accountType;
        c.accountNumber = changed.accountNumber;
        c.drawerName = changed.drawerName;
        c.drawerId = changed.drawerId;
        c.note = changed.note;
        // An image not loaded by the caller (hasImage, no bytes) stays as it is.
        if (!changed.image.isEmpty() || !changed.hasImage) {
            c.image = changed.image;
            c.imageMime = changed.imageMime;
        }
        if (auto s = normalizeChequeDetails(c); !s)
            return s.error();
        c.updatedAt = m_clock.nowUtc();
        if (auto s = cheques.updateDetails(c); !s)
            return s.error();
        if (auto s = storage::AuditLog(m_db).record(c.updatedAt, kCheque, c.id, QStringLiteral("update"),
                                                    ChequeRepository::auditValues(*before), ChequeRepository::auditValues(c));
            !s)
            return s.error();
        return cheques.find(c.id);
    });
}

Result<Cheque> PaymentService::setChequeStatus(qint64 chequeId, ChequeStatus to, QDate date, const QString& note)
{
    if (!date.isValid())
        date = m_clock.today();
    const QString why = text::normalizeMultilineForStorage(note);
    return m_db.writeValue<Cheque>([&]() -> Result<Cheque> {
        ChequeRepository cheques(m_db);
        auto c = cheques.find(chequeId);
        if (!c)
            return c.error();
        if (!cheque_states::isAllowed(c->status, to)) {
            return Error::make(ErrorCode::Conflict, ChequesText::tr("A cheque that is “%1” cannot become “%2”.")
                                                        .arg(displayName(c->status), displayName(to)));
        }
        if (date < c->statusDate) {
            return Error::invalid(QStringLiteral("date"), ChequesText::tr("The date cannot be before the cheque's last change on %1.")
                                                              .arg(localDate(c->statusDate)));
        }
        const QDateTime now = m_clock.nowUtc();
        storage::AuditLog audit(m_db);
        if (auto s = cheques.setStatus(c->id, to, date, now); !s)
            return s.error();
        if (auto e = cheques.addEvent(ChequeEvent { 0, c->id, c->status, to, date, why, now }); !e)
            return e.error();
        QJsonObject after { { QStringLiteral("status"), toKey(to) }, { QStringLiteral("status_date"), storage::isoDate(date) } };
        if (!why.isEmpty())
            after.insert(QStringLiteral("note"), why);
        const QJsonObject before { { QStringLiteral("status"), toKey(c->status) },
                                   { QStringLiteral("status_date"), storage::isoDate(c->statusDate) } };
        if (auto s = audit.record(now, kCheque, c->id, QStringLiteral("update"), before, after); !s)
            return s.error();

        PaymentRepository rows(m_db);
        auto funded = rows.where(QStringLiteral("p.cheque_id = ? AND p.status <> 'void'"), { c->id }, QStringLiteral("p.id"));
        if (!funded)
            return funded.error();
        InvoiceSync invoices(m_db, m_clock);
        const PaymentStatus status = cheque_states::paymentStatusFor(to);
        QList<qint64> documents;
        for (Payment p : std::as_const(*funded)) {
            if (p.documentId && !documents.contains(*p.documentId))
                documents << *p.documentId;
            if (p.status == status)
                continue;
            const Payment old = p;
            p.status = status;
            p.settledOn = status == PaymentStatus::Settled ? date : QDate();
            p.updatedAt = now;
            if (auto s = rows.update(p); !s)
                return s.error();
            if (auto s = audit.record(now, kPayment, p.id, QStringLiteral("update"), PaymentRepository::auditValues(old),
                                      PaymentRepository::auditValues(p));
                !s)
                return s.error();
            if (auto s = invoices.fitToBalance(p); !s)
                return s.error();
        }
        for (qint64 document : std::as_const(documents)) {
            if (status == PaymentStatus::Settled) {
                if (auto kept = invoices.keepPromises(document, date); !kept)
                    return kept.error();
            }
            if (auto s = invoices.sync(document); !s)
                return s.error();
        }
        return cheques.find(c->id);
    });
}

} // namespace peyvand::payments
