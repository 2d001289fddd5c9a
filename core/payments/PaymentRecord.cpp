#include "PaymentRecord.h"

#include "text/Digits.h"

#include <QCoreApplication>
#include <QLocale>

namespace peyvand::payments {

namespace {

struct RecordText {
    Q_DECLARE_TR_FUNCTIONS(PaymentRecord)
};

// How many days past its due date an item was (or still is) unpaid, or
// nullopt when it cannot be judged yet: not due, or unpaid but still within
// its grace (due today, or a cheque within kChequeGraceDays).
struct Judgement {
    bool counts = false;
    bool late = false;
    int daysLate = 0;
};

Judgement judge(const DueItem& item, QDate today)
{
    if (!item.due.isValid() || item.due > today)
        return {};
    const int grace = item.kind == DueItem::Kind::Cheque ? kChequeGraceDays : 0;
    if (item.paidOn.isValid()) {
        const int days = static_cast<int>(item.due.daysTo(item.paidOn));
        if (days <= grace)
            return { true, false, 0 };
        return { true, true, days };
    }
    const int days = static_cast<int>(item.due.daysTo(today));
    if (days <= grace)
        return {};
    return { true, true, days };
}

} // namespace

PaymentRecord computeRecord(const QList<DueItem>& items, QDate today)
{
    PaymentRecord record;
    qint64 totalDaysLate = 0;
    for (const DueItem& item : items) {
        if (item.bounced)
            ++record.bouncedCheques;
        const Judgement j = judge(item, today);
        if (!j.counts)
            continue;
        ++record.itemsDue;
        if (j.late) {
            ++record.late;
            totalDaysLate += j.daysLate;
        } else {
            ++record.onTime;
        }
    }
    if (record.itemsDue == 0)
        return record;
    record.onTimeShare = static_cast<double>(record.onTime) / record.itemsDue;
    record.averageDaysLate = record.late == 0 ? 0.0 : static_cast<double>(totalDaysLate) / record.late;

    // Integer comparisons so that the boundaries (90 %, 7 days, …) are exact.
    const auto shareAtLeast = [&](int percent) { return qint64(record.onTime) * 100 >= qint64(record.itemsDue) * percent; };
    const auto averageAtMost = [&](int days) { return totalDaysLate <= qint64(days) * record.late; };
    if (record.bouncedCheques == 0 && shareAtLeast(90) && averageAtMost(7))
        record.grade = PaymentGrade::A;
    else if (record.bouncedCheques <= 1 && shareAtLeast(75) && averageAtMost(15))
        record.grade = PaymentGrade::B;
    else if (record.bouncedCheques <= 2 && shareAtLeast(50) && averageAtMost(30))
        record.grade = PaymentGrade::C;
    else
        record.grade = PaymentGrade::D;
    return record;
}

QString toKey(PaymentGrade grade)
{
    switch (grade) {
    case PaymentGrade::A:
        return QStringLiteral("A");
    case PaymentGrade::B:
        return QStringLiteral("B");
    case PaymentGrade::C:
        return QStringLiteral("C");
    case PaymentGrade::D:
        return QStringLiteral("D");
    }
    return {};
}

QString describe(const PaymentRecord& record)
{
    if (!record.grade)
        return RecordText::tr("No rating yet: nothing has fallen due");
    const QString averageText = QString::number(record.averageDaysLate, 'f', 1);
    const QString line = RecordText::tr("%1: %2 of %3 on time, %4 bounced, %5 days late on average")
                             .arg(toKey(*record.grade))
                             .arg(record.onTime)
                             .arg(record.itemsDue)
                             .arg(record.bouncedCheques)
                             .arg(averageText);
    // Persian digits (and the Persian decimal separator) under a Persian locale.
    if (QLocale().language() == QLocale::Persian)
        return text::toPersianDigits(QString(line).replace(u'.', QChar(0x066B)));
    return line;
}

} // namespace peyvand::payments
