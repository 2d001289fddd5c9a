#include "PaymentJson.h"

#include "JsonFields.h"
#include "payments/ChequeStates.h"

#include <cmath>

namespace peyvand::cli {

using namespace payments;

namespace {

QJsonValue optionalId(const std::optional<qint64>& id) { return id ? QJsonValue(*id) : QJsonValue(QJsonValue::Null); }

QJsonObject bucketsJson(const std::array<Money, kAgeBucketCount>& buckets)
{
    QJsonObject o;
    for (int i = 0; i < kAgeBucketCount; ++i)
        o.insert(bucketKey(static_cast<AgeBucket>(i)), buckets[static_cast<size_t>(i)].rial());
    return o;
}

} // namespace

QString bucketKey(AgeBucket bucket)
{
    switch (bucket) {
    case AgeBucket::NotDue:
        return QStringLiteral("not_due");
    case AgeBucket::Days0To30:
        return QStringLiteral("0_30");
    case AgeBucket::Days31To60:
        return QStringLiteral("31_60");
    case AgeBucket::Days61To90:
        return QStringLiteral("61_90");
    case AgeBucket::Over90:
        return QStringLiteral("over_90");
    }
    return {};
}

QJsonObject paymentJson(const Payment& p)
{
    QJsonObject o {
        { QStringLiteral("id"), p.id },
        { QStringLiteral("customer_id"), p.customerId },
        { QStringLiteral("document_id"), optionalId(p.documentId) },
        { QStringLiteral("document_number"), p.documentNumber },
        { QStringLiteral("on_account"), p.isOnAccount() },
        { QStringLiteral("instalment_id"), optionalId(p.instalmentId) },
        { QStringLiteral("cheque_id"), optionalId(p.chequeId) },
        { QStringLiteral("method"), toKey(p.method) },
        { QStringLiteral("status"), toKey(p.status) },
        { QStringLiteral("amount"), p.amount.rial() },
        { QStringLiteral("terminal"), p.terminal },
        { QStringLiteral("trace_number"), p.traceNumber },
        { QStringLiteral("masked_card"), p.maskedCard },
        { QStringLiteral("bank"), p.bank },
        { QStringLiteral("account"), p.account },
        { QStringLiteral("reference"), p.reference },
        { QStringLiteral("payer_name"), p.payerName },
        { QStringLiteral("note"), p.note },
    };
    putDate(o, QStringLiteral("paid_on"), p.paidOn);
    putDate(o, QStringLiteral("due_date"), p.dueDate);
    putDate(o, QStringLiteral("settled_on"), p.settledOn);
    putTimestamp(o, QStringLiteral("created_at"), p.createdAt);
    putTimestamp(o, QStringLiteral("updated_at"), p.updatedAt);
    return o;
}

QJsonObject chequeJson(const Cheque& c)
{
    QJsonArray next;
    for (ChequeStatus s : cheque_states::next(c.status))
        next.append(toKey(s));
    QJsonObject o {
        { QStringLiteral("id"), c.id },
        { QStringLiteral("direction"), toKey(c.direction) },
        { QStringLiteral("status"), toKey(c.status) },
        { QStringLiteral("next"), next },
        { QStringLiteral("sayad_id"), c.sayadId },
        { QStringLiteral("serial"), c.serial },
        { QStringLiteral("amount"), c.amount.rial() },
        { QStringLiteral("bank"), c.bank },
        { QStringLiteral("branch_name"), c.branchName },
        { QStringLiteral("branch_code"), c.branchCode },
        { QStringLiteral("account_type"), toKey(c.accountType) },
        { QStringLiteral("account_number"), c.accountNumber },
        { QStringLiteral("drawer_name"), c.drawerName },
        { QStringLiteral("drawer_id"), c.drawerId },
        { QStringLiteral("customer_id"), optionalId(c.customerId) },
        { QStringLiteral("customer_name"), c.customerName },
        { QStringLiteral("document_id"), optionalId(c.documentId) },
        { QStringLiteral("document_number"), c.documentNumber },
        { QStringLiteral("instalment_id"), optionalId(c.instalmentId) },
        { QStringLiteral("has_image"), c.hasImage },
        { QStringLiteral("image_mime"), c.imageMime },
        { QStringLiteral("note"), c.note },
    };
    putDate(o, QStringLiteral("due_date"), c.dueDate);
    putDate(o, QStringLiteral("entry_date"), c.entryDate);
    putDate(o, QStringLiteral("status_date"), c.statusDate);
    putTimestamp(o, QStringLiteral("created_at"), c.createdAt);
    putTimestamp(o, QStringLiteral("updated_at"), c.updatedAt);
    return o;
}

QJsonObject chequeEventJson(const ChequeEvent& e)
{
    QJsonObject o {
        { QStringLiteral("id"), e.id },
        { QStringLiteral("from"), e.from ? QJsonValue(toKey(*e.from)) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("to"), toKey(e.to) },
        { QStringLiteral("note"), e.note },
    };
    putDate(o, QStringLiteral("date"), e.date);
    putTimestamp(o, QStringLiteral("recorded_at"), e.recordedAt);
    return o;
}

QJsonObject planJson(const Plan& plan)
{
    QJsonArray instalments;
    for (const Instalment& i : plan.instalments) {
        QJsonObject row {
            { QStringLiteral("id"), i.id },
            { QStringLiteral("seq"), i.seq },
            { QStringLiteral("amount"), i.amount.rial() },
            { QStringLiteral("paid"), i.paid.rial() },
            { QStringLiteral("paid_in_full"), i.isPaid() },
        };
        putDate(row, QStringLiteral("due_date"), i.dueDate);
        putDate(row, QStringLiteral("paid_on"), i.paidOn);
        instalments.append(row);
    }
    QJsonObject o {
        { QStringLiteral("id"), plan.id },
        { QStringLiteral("document_id"), plan.documentId },
        { QStringLiteral("amount"), plan.amount.rial() },
        { QStringLiteral("base_paid"), plan.basePaid.rial() },
        { QStringLiteral("every"), plan.every.toKey() },
        { QStringLiteral("started"), plan.started },
        { QStringLiteral("down_payment"), plan.instalments.isEmpty() ? 0 : plan.instalments.constFirst().amount.rial() },
        { QStringLiteral("count"), std::max<qsizetype>(0, plan.instalments.size() - 1) },
        { QStringLiteral("instalments"), instalments },
    };
    putDate(o, QStringLiteral("start"), plan.start);
    putTimestamp(o, QStringLiteral("created_at"), plan.createdAt);
    putTimestamp(o, QStringLiteral("updated_at"), plan.updatedAt);
    return o;
}

void putAccount(QJsonObject& o, const InvoiceAccount& a)
{
    o.insert(QStringLiteral("total"), a.total.rial());
    o.insert(QStringLiteral("paid"), a.paid.rial());
    o.insert(QStringLiteral("pending"), a.pending.rial());
    o.insert(QStringLiteral("balance"), a.balance.rial());
    o.insert(QStringLiteral("uncovered"), a.uncovered.rial());
    o.insert(QStringLiteral("settled"), a.settled);
    QJsonArray list;
    for (const Payment& p : a.payments)
        list.append(paymentJson(p));
    o.insert(QStringLiteral("payments"), list);
    o.insert(QStringLiteral("plan"), a.plan ? QJsonValue(planJson(*a.plan)) : QJsonValue(QJsonValue::Null));
}

QJsonObject reminderJson(const Reminder& r)
{
    const bool isCheque = r.kind == Reminder::Kind::ChequeDue || r.kind == Reminder::Kind::ChequeOverdue;
    QJsonObject o {
        { QStringLiteral("kind"), toKey(r.kind) },
        { QStringLiteral("days"), r.days },
        { QStringLiteral("amount"), r.amount.rial() },
        { QStringLiteral("customer_id"), idOrNull(r.customerId) },
        { QStringLiteral("customer_name"), r.customerName },
        { QStringLiteral("document_id"), idOrNull(r.documentId) },
        { QStringLiteral("document_number"), r.documentNumber },
        { QStringLiteral("cheque_id"), idOrNull(r.chequeId) },
        { QStringLiteral("payment_id"), idOrNull(r.paymentId) },
        { QStringLiteral("instalment_id"), idOrNull(r.instalmentId) },
        { QStringLiteral("direction"), isCheque ? QJsonValue(toKey(r.direction)) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("text"), describe(r) },
    };
    putDate(o, QStringLiteral("date"), r.date);
    return o;
}

QJsonObject ageingJson(const Ageing& ageing)
{
    QJsonArray rows;
    for (const AgeingRow& row : ageing.rows) {
        rows.append(QJsonObject {
            { QStringLiteral("customer_id"), row.customerId },
            { QStringLiteral("customer_name"), row.customerName },
            { QStringLiteral("buckets"), bucketsJson(row.buckets) },
            { QStringLiteral("total"), row.total.rial() },
            { QStringLiteral("open_invoices"), row.openInvoices },
            { QStringLiteral("pending_cheques"), row.pendingCheques.rial() },
        });
    }
    return QJsonObject {
        { QStringLiteral("rows"), rows },
        { QStringLiteral("totals"), bucketsJson(ageing.totals) },
        { QStringLiteral("total"), ageing.total.rial() },
    };
}

QJsonObject openInvoiceJson(const OpenInvoice& inv)
{
    QJsonObject o {
        { QStringLiteral("document_id"), inv.documentId },
        { QStringLiteral("number"), inv.number },
        { QStringLiteral("customer_id"), inv.customerId },
        { QStringLiteral("customer_name"), inv.customerName },
        { QStringLiteral("total"), inv.total.rial() },
        { QStringLiteral("paid"), inv.paid.rial() },
        { QStringLiteral("pending"), inv.pending.rial() },
        { QStringLiteral("balance"), inv.balance.rial() },
        { QStringLiteral("days_overdue"), inv.daysOverdue },
    };
    putDate(o, QStringLiteral("issue_date"), inv.issueDate);
    putDate(o, QStringLiteral("next_due"), inv.nextDue);
    return o;
}

QJsonObject recordJson(const PaymentRecord& r)
{
    // Shares and averages rounded to what a person reads (not money).
    const auto round = [](double v, int places) {
        const double f = std::pow(10.0, places);
        return std::round(v * f) / f;
    };
    return QJsonObject {
        { QStringLiteral("items_due"), r.itemsDue },
        { QStringLiteral("on_time"), r.onTime },
        { QStringLiteral("late"), r.late },
        { QStringLiteral("bounced_cheques"), r.bouncedCheques },
        { QStringLiteral("on_time_share"), round(r.onTimeShare, 4) },
        { QStringLiteral("average_days_late"), round(r.averageDaysLate, 2) },
    };
}

} // namespace peyvand::cli
