#include "Receivables.h"

#include "common/EnumKeys.h"
#include "text/Digits.h"
#include "text/Jalali.h"

#include <QCoreApplication>
#include <QLocale>

namespace peyvand::payments {

namespace {

struct ReceivablesText {
    Q_DECLARE_TR_FUNCTIONS(Receivables)
};

const std::pair<Reminder::Kind, const char*> kReminderKinds[] = {
    { Reminder::Kind::ChequeDue, "cheque_due" },
    { Reminder::Kind::ChequeOverdue, "cheque_overdue" },
    { Reminder::Kind::InstalmentDue, "instalment_due" },
    { Reminder::Kind::InstalmentOverdue, "instalment_overdue" },
    { Reminder::Kind::PromiseDue, "promise_due" },
    { Reminder::Kind::PromiseOverdue, "promise_overdue" },
    { Reminder::Kind::QuoteExpiring, "quote_expiring" },
};

} // namespace

AgeBucket ageBucket(int daysOverdue)
{
    if (daysOverdue < 0)
        return AgeBucket::NotDue;
    if (daysOverdue <= 30)
        return AgeBucket::Days0To30;
    if (daysOverdue <= 60)
        return AgeBucket::Days31To60;
    if (daysOverdue <= 90)
        return AgeBucket::Days61To90;
    return AgeBucket::Over90;
}

QString displayName(AgeBucket bucket)
{
    switch (bucket) {
    case AgeBucket::NotDue:
        return ReceivablesText::tr("Not due yet");
    case AgeBucket::Days0To30:
        return ReceivablesText::tr("0–30 days");
    case AgeBucket::Days31To60:
        return ReceivablesText::tr("31–60 days");
    case AgeBucket::Days61To90:
        return ReceivablesText::tr("61–90 days");
    case AgeBucket::Over90:
        return ReceivablesText::tr("Over 90 days");
    }
    return {};
}

QString toKey(Reminder::Kind kind) { return keyOf(kind, kReminderKinds); }

QString describe(const Reminder& r)
{
    const QString amount = localAmount(r.amount);
    const QString date = localDate(r.date);
    const QString who = r.customerName;
    const bool ours = r.direction == ChequeDirection::Issued;
    switch (r.kind) {
    case Reminder::Kind::ChequeDue:
        return ours ? ReceivablesText::tr("Our cheque to %1 for %2 Rial falls due on %3").arg(who, amount, date)
                    : ReceivablesText::tr("Cheque from %1 for %2 Rial falls due on %3").arg(who, amount, date);
    case Reminder::Kind::ChequeOverdue:
        return ours ? ReceivablesText::tr("Our cheque to %1 for %2 Rial was due on %3 and has not cleared").arg(who, amount, date)
                    : ReceivablesText::tr("Cheque from %1 for %2 Rial was due on %3 and has not cleared").arg(who, amount, date);
    case Reminder::Kind::InstalmentDue:
        return ReceivablesText::tr("Instalment of invoice %1 (%2): %3 Rial due on %4").arg(r.documentNumber, who, amount, date);
    case Reminder::Kind::InstalmentOverdue:
        return ReceivablesText::tr("Instalment of invoice %1 (%2): %3 Rial overdue since %4").arg(r.documentNumber, who, amount, date);
    case Reminder::Kind::PromiseDue:
        return ReceivablesText::tr("Credit promise of %1 for %2 Rial due on %3").arg(who, amount, date);
    case Reminder::Kind::PromiseOverdue:
        return ReceivablesText::tr("Credit promise of %1 for %2 Rial overdue since %3").arg(who, amount, date);
    case Reminder::Kind::QuoteExpiring:
        return ReceivablesText::tr("Pre-invoice %1 for %2 (%3 Rial) is valid until %4").arg(r.documentNumber, who, amount, date);
    }
    return {};
}

} // namespace peyvand::payments
