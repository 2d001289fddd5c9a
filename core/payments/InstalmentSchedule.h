#pragma once

#include "Payment.h"
#include "common/Result.h"

#include <QDate>
#include <QList>

#include <optional>

namespace peyvand::payments {

// How far apart instalments fall: every N Jalali months ("1m", "3m"), weeks
// ("2w") or days ("30d"), or Custom (the caller gives each date).
struct Interval {
    enum class Unit { Month, Week, Day, Custom };
    Unit unit = Unit::Month;
    int count = 1;                 // 1..120 for months, 1..520 for weeks, 1..3650 for days

    // "1m", "2w", "30d" (also Persian digits); "custom". Errors name `field`.
    static Result<Interval> parse(const QString& text, const QString& field = QStringLiteral("every"));
    QString toKey() const;         // "1m", "2w", "30d", "custom"
    bool operator==(const Interval&) const = default;
};

// `months` Jalali months after `date`, the day kept or clamped to the
// month's length: 31 Shahrivar + 1 month = 30 Mehr; 30 Bahman + 1 = 30
// Esfand in a leap year, 29 otherwise. Negative months go back.
QDate addJalaliMonths(QDate date, int months);
// The k-th date (k = 0 is `start`) of an interval; Custom gives `start`.
QDate nthDate(QDate start, const Interval& interval, int k);

struct Instalment {
    qint64 id = 0;
    int seq = 0;                   // 0: the down payment
    QDate dueDate;
    Money amount;
    // Filled by allocate():
    Money paid;                    // settled money assigned to it, at most amount
    QDate paidOn;                  // the day it became fully paid; invalid while not
    bool isPaid() const { return paid == amount; }
};

struct PlanRequest {
    Money balance;                 // what the plan splits: the invoice's balance now
    Money downPayment;             // 0 ≤ down < balance (equal when count is 0)
    int count = 1;                 // instalments after the down payment, 1..360
    QDate start;                   // the down payment's due date; instalment k is nthDate(start, every, k)
    Interval every;
    // Custom: one date per instalment (ascending, after start) and optionally
    // one amount each, which must then add up to balance − down.
    QList<QDate> customDates;
    QList<Money> customAmounts;
};

// Down payment (seq 0) then `count` instalments. Equal parts round down to
// the Rial; the remainder goes on the last instalment, so the amounts add
// up exactly to the balance. Errors name the field: "down", "count",
// "start", "every", "dates", "dates[2]", "amounts", "amounts[1]".
Result<QList<Instalment>> makeSchedule(const PlanRequest& request);

// A settled payment as the allocation sees it.
struct SettledMoney {
    Money amount;
    QDate on;                      // its settledOn
    std::optional<qint64> instalmentId; // paid towards this instalment
};

// Fills paid/paidOn of each instalment from the money settled after the
// plan was made: first each payment linked to an instalment pays that one
// (any excess joins the pool), then the pool pays instalments in order of
// seq. Payments are taken in order of their date, so paidOn is the day the
// instalment was fully covered. Pure; the total assigned never exceeds the
// plan's amount.
QList<Instalment> allocate(QList<Instalment> instalments, QList<SettledMoney> settled);

} // namespace peyvand::payments
