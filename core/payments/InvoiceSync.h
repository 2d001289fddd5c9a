#pragma once

#include "PaymentService.h"
#include "common/Clock.h"
#include "common/Result.h"
#include "sales/Document.h"

namespace peyvand::storage {
class Database;
}

namespace peyvand::payments {

// An invoice's figures with its type and state (any document can be read;
// callers decide what they accept).
struct InvoiceHead {
    InvoiceAccount account;          // figures only: no payments, no plan
    sales::DocumentType type = sales::DocumentType::Invoice;
    sales::DocumentState state = sales::DocumentState::Draft;
    Money pendingCheques;            // the cheque part of account.pending
    Money openPromises;              // the credit-promise part of account.pending
};

// Keeps an invoice in line with its payments, inside the caller's
// transaction: balance = grand total − settled payments; the invoice is
// settled exactly when that is zero.
class InvoiceSync final {
public:
    InvoiceSync(storage::Database& db, const Clock& clock) : m_db(db), m_clock(clock) { }

    Result<InvoiceHead> head(qint64 documentId);   // NotFound when missing
    // Issued ↔ settled through DocumentWorkflow::moveState (audited on the
    // document) when the balance says so; other states are left alone.
    Status sync(qint64 documentId);
    // Open credit promises, oldest due first, become kept (settled_on = on)
    // while the remaining promises and pending cheques still cover the
    // balance without them. Returns the ids made good.
    Result<QList<qint64>> keepPromises(qint64 documentId, QDate on);
    // A cheque payment just settled may bring more than the invoice still
    // needs (cash came in meanwhile): the excess moves to a settled row on
    // account funded by the same cheque. The payment is updated in place.
    Status fitToBalance(Payment& payment);

private:
    storage::Database& m_db;
    const Clock& m_clock;
};

} // namespace peyvand::payments
