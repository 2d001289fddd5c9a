#pragma once

#include "common/Clock.h"
#include "common/Result.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace peyvand::storage {
class Database;
}

namespace peyvand::payments {

// One thing a customer had to pay by a date: an instalment (the down
// payment included), a cheque they gave that is not part of a plan, or a
// credit promise that is not part of a plan.
struct DueItem {
    enum class Kind { Instalment, Cheque, Promise };
    Kind kind = Kind::Instalment;
    QDate due;
    QDate paidOn;        // instalment fully paid, cheque cleared, promise kept; invalid while not
    bool bounced = false; // a cheque that bounced (also when later redeposited)
};

enum class PaymentGrade { A, B, C, D };

// How a customer pays (docs/payments.md, "Payment rating"). Only items
// already due count; an unpaid item due before today is late by the days
// since its due date, a paid one by the days between due and paidOn (a
// cheque cleared within kChequeGraceDays of its due date is on time).
struct PaymentRecord {
    int itemsDue = 0;                 // items whose due date is before or on today
    int onTime = 0;                   // paid by their due date (+ grace for cheques)
    int late = 0;                     // paid late, or still unpaid after the due date
    int bouncedCheques = 0;           // all time
    double onTimeShare = 0;           // onTime / itemsDue, 0..1; 0 when nothing is due
    double averageDaysLate = 0;       // over the late items
    std::optional<PaymentGrade> grade; // none: nothing has fallen due yet
};

inline constexpr int kChequeGraceDays = 3;

// Pure: the record of these items as of `today`. Rules, checked in order:
//   A  no bounced cheque, on-time share ≥ 90 % and average days late ≤ 7
//   B  at most 1 bounced cheque, share ≥ 75 %, average ≤ 15
//   C  at most 2 bounced cheques, share ≥ 50 %, average ≤ 30
//   D  anything else
PaymentRecord computeRecord(const QList<DueItem>& items, QDate today);

QString toKey(PaymentGrade grade);            // "A" … "D"
QString describe(const PaymentRecord& record); // translated one line: "A: 12 of 13 on time, 0 bounced"

// Reads a customer's due items (instalments of their invoices' plans,
// cheques they gave, credit promises) and computes the record as of the
// clock's today.
class PaymentRecordReader final {
public:
    PaymentRecordReader(storage::Database& db, const Clock& clock = SystemClock::instance());
    Result<QList<DueItem>> items(qint64 customerId);
    Result<PaymentRecord> record(qint64 customerId);

private:
    storage::Database& m_db;
    const Clock& m_clock;
};

} // namespace peyvand::payments
