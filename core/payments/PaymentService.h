#pragma once

#include "InstalmentSchedule.h"
#include "Payment.h"
#include "common/Clock.h"
#include "common/Result.h"

#include <QList>

#include <optional>

namespace peyvand::storage {
class Database;
}

namespace peyvand::payments {

struct Plan {
    qint64 id = 0;
    qint64 documentId = 0;
    Money amount;                   // the balance it split
    Money basePaid;                 // settled on the invoice when it was made
    qint64 lastPaymentId = 0;       // newest payment row then (later rows count towards the plan)
    qint64 lastEventId = 0;         // newest cheque event then (later clearings count)
    Interval every;
    QDate start;
    QList<Instalment> instalments;  // by seq, allocated (paid, paidOn filled)
    // Started: money was settled or a cheque or promise was recorded
    // against the invoice after the plan was made, or its first due date
    // has passed. A started plan can no longer be edited or removed.
    bool started = false;
    QDateTime createdAt;
    QDateTime updatedAt;
};

// An invoice seen from the money side.
struct InvoiceAccount {
    qint64 documentId = 0;
    QString number;
    qint64 customerId = 0;
    QString customerName;
    QDate issueDate;
    bool issued = false;            // false for drafts: nothing can be received yet
    Money total;                    // grand total
    Money paid;                     // payments in status settled
    Money pending;                  // uncleared cheques and open credit promises
    Money balance;                  // total − paid; never negative
    Money uncovered;                // balance − pending, at least 0: what no instrument covers yet
    bool settled = false;           // exactly when balance is zero
    QList<Payment> payments;        // every row (failed and void too), by paidOn then id
    std::optional<Plan> plan;
};

// What a user enters in the payment dialog or on the command line.
struct NewPayment {
    std::optional<qint64> documentId;   // the invoice; none: on account (customerId required)
    qint64 customerId = 0;              // taken from the invoice when there is one
    std::optional<qint64> instalmentId; // must belong to the invoice's plan
    PaymentMethod method = PaymentMethod::Cash;
    Money amount;
    QDate date;                         // received or promised on; today when invalid
    QDate dueDate;                      // required for credit and cheque
    // More than the balance is refused unless onAccount: then the invoice
    // takes its balance and the rest is a second row on account.
    bool onAccount = false;
    QString terminal;
    QString traceNumber;
    QString cardNumber;                 // full or masked; stored masked
    QString bank;
    QString account;
    QString reference;
    QString payerName;
    QString note;
    // method Cheque: the instrument's own fields (sayadId required; amount,
    // dueDate, entryDate, customer, document and instalment come from above).
    Cheque cheque;
};

struct PaymentReceipt {
    QList<Payment> payments;            // one row, or two when the rest went on account
    std::optional<Cheque> cheque;
    std::optional<InvoiceAccount> account; // the invoice after the payment
    QList<qint64> keptPromises;         // credit promises this payment made good
};

struct ChequeFilter {
    QString text;                       // Sayad ID, serial, drawer, customer or bank contains
    QList<ChequeStatus> statuses;       // empty: all
    std::optional<ChequeDirection> direction;
    std::optional<qint64> customerId;
    QDate dueFrom;                      // inclusive; invalid: open
    QDate dueTo;                        // inclusive; invalid: open
    enum class Sort { DueAsc, DueDesc, AmountDesc, AmountAsc, StatusAsc, DrawerAsc, EntryDesc };
    Sort sort = Sort::DueAsc;
    int limit = 5000;
};

// Everything a user does with money received. Every write runs in one
// transaction, leaves an audit row (entity "payment", "cheque" or
// "instalment_plan") and then brings the invoice's state in line: issued
// while its balance is above zero, settled when it is zero (the audit of
// the document records that change too). InvalidInput names the field:
// "amount", "method", "date", "due_date", "sayad_id", "drawer_id",
// "card_number", "instalment", "invoice", "customer", "status", "image".
class PaymentService final {
public:
    static constexpr qint64 kMaxChequeImageBytes = 10 * 1024 * 1024;

    PaymentService(storage::Database& db, const Clock& clock = SystemClock::instance());

    // Conflict: the document is not an issued invoice (a draft, a quote),
    // or the amount is more than the balance (settled methods) or than the
    // uncovered part (cheque, credit promise) without onAccount. A due date
    // before the invoice's issue date is InvalidInput "due_date". Settled
    // money makes good open credit promises of the invoice, oldest due
    // first, as far as they are no longer needed to cover the balance.
    Result<PaymentReceipt> receive(NewPayment payment);
    // A payment recorded by mistake: status void, the invoice reopened if
    // needed. Cheque payments are withdrawn by cancelling the cheque.
    Status voidPayment(qint64 paymentId, const QString& reason);

    Result<InvoiceAccount> account(qint64 invoiceId);
    Result<QList<Payment>> paymentsOf(qint64 customerId);  // newest first
    // Settled payments on account (no invoice): the customer's credit.
    Result<Money> onAccountCredit(qint64 customerId);

    // Cheques. Received cheques come in through receive(); issued ones (the
    // business pays a supplier) are added here with their payee as drawer.
    Result<Cheque> addIssuedCheque(Cheque cheque);
    Result<Cheque> cheque(qint64 id, bool withImage = false);
    Result<QList<Cheque>> cheques(const ChequeFilter& filter = {});
    Result<QList<ChequeEvent>> chequeHistory(qint64 chequeId);  // oldest first
    // Details that do not change money: serial, bank, branch, account,
    // drawer, note, image. Amount, due date and status stay.
    Result<Cheque> updateCheque(const Cheque& changed);
    // A dated transition with a note. Conflict names the current and the
    // wanted state when the state machine does not allow it; a date before
    // the cheque's last transition is InvalidInput "date" (invalid: today).
    // Cleared settles its payments on that date; bounced, returned and
    // cancelled make them failed, which reopens the balance.
    Result<Cheque> setChequeStatus(qint64 chequeId, ChequeStatus to, QDate date = {}, const QString& note = {});

    // Instalment plans. request.balance is ignored: the invoice's balance
    // now is split. Conflict when the invoice already has a plan, is
    // settled, or (replace/remove) the plan has started.
    Result<Plan> createPlan(qint64 invoiceId, PlanRequest request);
    Result<Plan> replacePlan(qint64 invoiceId, PlanRequest request);
    Status removePlan(qint64 invoiceId);
    Result<std::optional<Plan>> plan(qint64 invoiceId);

private:
    storage::Database& m_db;
    const Clock& m_clock;
};

} // namespace peyvand::payments
