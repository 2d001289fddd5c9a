#pragma once

#include "InstalmentSchedule.h"
#include "Payment.h"
#include "common/Clock.h"
#include "common/Result.h"

#include <QDate>
#include <QList>
#include <QString>

#include <array>

namespace peyvand::storage {
class Database;
}

namespace peyvand::payments {

// Ageing of what customers owe (docs/payments.md, "Receivables"). Each open
// invoice's balance is aged by what falls due when: with a plan, each
// unpaid instalment's remainder by its own due date; without one, the
// whole balance by the invoice's issue date. Days overdue = today − due.
enum class AgeBucket { NotDue, Days0To30, Days31To60, Days61To90, Over90 };
inline constexpr int kAgeBucketCount = 5;
AgeBucket ageBucket(int daysOverdue); // < 0: NotDue; 0..30; 31..60; 61..90; > 90
QString displayName(AgeBucket bucket);

struct AgeingRow {
    qint64 customerId = 0;
    QString customerName;
    std::array<Money, kAgeBucketCount> buckets {};
    Money total;
    int openInvoices = 0;
    Money pendingCheques;               // uncleared cheques that cover part of it
};

struct Ageing {
    QList<AgeingRow> rows;              // by total, largest first
    std::array<Money, kAgeBucketCount> totals {};
    Money total;
};

// Part of an open invoice's balance and the day it falls due.
struct DuePart {
    QDate due;
    qint64 rial = 0;
};
// The unpaid remainders of a plan's allocated instalments, in their order,
// cut from the latest so that they never add up to more than the balance.
// What they leave of the balance falls due on the invoice's issue date.
QList<DuePart> plannedParts(const QList<Instalment>& instalments, qint64 balance);

struct OpenInvoice {
    qint64 documentId = 0;
    QString number;
    qint64 customerId = 0;
    QString customerName;
    QDate issueDate;
    QDate nextDue;                      // the plan's next unpaid instalment, else the issue date
    Money total;
    Money paid;
    Money pending;
    Money balance;
    int daysOverdue = 0;                // today − nextDue (negative: not due yet)
};

// What the reminders show (Today panel, notifications, `peyvand-cli reminders`).
struct Reminder {
    enum class Kind { ChequeDue, ChequeOverdue, InstalmentDue, InstalmentOverdue, PromiseDue, PromiseOverdue, QuoteExpiring };
    Kind kind = Kind::ChequeDue;
    QDate date;                         // due date, or the pre-invoice's last valid day
    Money amount;                       // remainder still to be paid; the quote's total
    qint64 customerId = 0;
    QString customerName;
    qint64 documentId = 0;              // invoice or pre-invoice, 0 when none
    QString documentNumber;
    qint64 chequeId = 0;                // cheques
    qint64 paymentId = 0;               // credit promises
    qint64 instalmentId = 0;            // instalments
    ChequeDirection direction = ChequeDirection::Received; // cheques: ours to pay when issued
    int days = 0;                       // date − today: negative when overdue
};
QString toKey(Reminder::Kind kind);     // "cheque_due", "cheque_overdue", …, "quote_expiring"
QString describe(const Reminder& reminder); // translated one line for lists and notifications

class Receivables final {
public:
    Receivables(storage::Database& db, const Clock& clock = SystemClock::instance());

    Result<Ageing> ageing();
    Result<QList<OpenInvoice>> openInvoices(std::optional<qint64> customerId = std::nullopt); // most overdue first
    // Cheques (both directions) not yet final whose due date is in [from, to], by due date.
    Result<QList<Cheque>> chequesDue(QDate from, QDate to);
    // Cheques still at the bank or in hand due within `days` from today and
    // overdue ones; instalments and credit promises overdue or due within
    // `days`; issued pre-invoices whose validity ends within `days`. By date.
    Result<QList<Reminder>> reminders(int days);
    // The days setting (settings key 'payment_reminder_days', 0..60, default 3).
    Result<int> reminderDays();
    Status setReminderDays(int days);

private:
    storage::Database& m_db;
    const Clock& m_clock;
};

} // namespace peyvand::payments
