#include "PaymentRepository.h"

#include "storage/Database.h"
#include "storage/SqlHelpers.h"

#include <QCoreApplication>

namespace peyvand::payments {

namespace {

struct PaymentRowsText {
    Q_DECLARE_TR_FUNCTIONS(Payments)
};

const QString kSelect = QStringLiteral(
    "SELECT p.id, p.customer_id, p.document_id, p.instalment_id, p.cheque_id, p.method, p.status, p.amount, p.paid_on, "
    "p.due_date, p.settled_on, p.terminal, p.trace_number, p.masked_card, p.bank, p.account, p.reference, p.payer_name, "
    "p.note, p.created_at, p.updated_at, coalesce(d.number, '') "
    "FROM payments p LEFT JOIN documents d ON d.id = p.document_id");

Payment readPayment(const QSqlQuery& q)
{
    Payment p;
    p.id = q.value(0).toLongLong();
    p.customerId = q.value(1).toLongLong();
    p.documentId = optionalId(q.value(2));
    p.instalmentId = optionalId(q.value(3));
    p.chequeId = optionalId(q.value(4));
    p.method = paymentMethodFromKey(q.value(5).toString()).value_or(PaymentMethod::Cash);
    p.status = paymentStatusFromKey(q.value(6).toString()).value_or(PaymentStatus::Void);
    p.amount = Money::fromRial(q.value(7).toLongLong());
    p.paidOn = storage::dateFromIso(q.value(8));
    p.dueDate = storage::dateFromIso(q.value(9));
    p.settledOn = storage::dateFromIso(q.value(10));
    p.terminal = q.value(11).toString();
    p.traceNumber = q.value(12).toString();
    p.maskedCard = q.value(13).toString();
    p.bank = q.value(14).toString();
    p.account = q.value(15).toString();
    p.reference = q.value(16).toString();
    p.payerName = q.value(17).toString();
    p.note = q.value(18).toString();
    p.createdAt = storage::timestampFromIso(q.value(19));
    p.updatedAt = storage::timestampFromIso(q.value(20));
    p.documentNumber = q.value(21).toString();
    return p;
}

Error missing(qint64 id)
{
    return Error::make(ErrorCode::NotFound, PaymentRowsText::tr("There is no payment with number %1.").arg(id));
}

} // namespace

QVariant nullableId(const std::optional<qint64>& id)
{
    return id ? QVariant(*id) : QVariant(QMetaType::fromType<qint64>());
}

std::optional<qint64> optionalId(const QVariant& value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

Result<Payment> PaymentRepository::find(qint64 id)
{
    auto q = storage::run(m_db.connection(), kSelect + QStringLiteral(" WHERE p.id = ?"), { id });
    if (!q)
        return q.error();
    if (!q->next())
        return missing(id);
    return readPayment(*q);
}

Result<qint64> PaymentRepository::insert(const Payment& p)
{
    auto q = storage::run(m_db.connection(),
                          QStringLiteral("INSERT INTO payments (customer_id, document_id, instalment_id, cheque_id, method, status, amount, "
                                         "paid_on, due_date, settled_on, terminal, trace_number, masked_card, bank, account, reference, "
                                         "payer_name, note, created_at, updated_at) "
                                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                          { p.customerId, nullableId(p.documentId), nullableId(p.instalmentId), nullableId(p.chequeId), toKey(p.method),
                            toKey(p.status), p.amount.rial(), storage::isoDate(p.paidOn), storage::nullableDate(p.dueDate),
                            storage::nullableDate(p.settledOn), p.terminal, p.traceNumber, p.maskedCard, p.bank, p.account, p.reference,
                            p.payerName, p.note, storage::isoTimestamp(p.createdAt), storage::isoTimestamp(p.updatedAt) });
    if (!q)
        return q.error();
    return q->lastInsertId().toLongLong();
}

Status PaymentRepository::update(const Payment& p)
{
    return storage::changeOne(m_db.connection(),
                              QStringLiteral("UPDATE payments SET status = ?, settled_on = ?, amount = ?, document_id = ?, instalment_id = ?, "
                                             "updated_at = ? WHERE id = ?"),
                              { toKey(p.status), storage::nullableDate(p.settledOn), p.amount.rial(), nullableId(p.documentId),
                                nullableId(p.instalmentId), storage::isoTimestamp(p.updatedAt), p.id },
                              missing(p.id));
}

Result<QList<Payment>> PaymentRepository::where(const QString& condition, const QVariantList& values, const QString& order)
{
    auto q = storage::prepare(m_db.connection(), kSelect + QStringLiteral(" WHERE ") + condition + QStringLiteral(" ORDER BY ") + order);
    if (!q)
        return q.error();
    storage::bindAll(*q, values);
    if (auto s = storage::exec(*q); !s)
        return s.error();
    QList<Payment> out;
    while (q->next())
        out << readPayment(*q);
    return out;
}

QJsonObject PaymentRepository::auditValues(const Payment& p)
{
    QJsonObject o {
        { QStringLiteral("customer_id"), p.customerId },
        { QStringLiteral("method"), toKey(p.method) },
        { QStringLiteral("status"), toKey(p.status) },
        { QStringLiteral("amount"), p.amount.rial() },
        { QStringLiteral("paid_on"), storage::isoDate(p.paidOn) },
    };
    auto putId = [&](const char* key, const std::optional<qint64>& id) {
        o.insert(QLatin1String(key), id ? QJsonValue(*id) : QJsonValue());
    };
    putId("document_id", p.documentId);
    putId("instalment_id", p.instalmentId);
    putId("cheque_id", p.chequeId);
    o.insert(QStringLiteral("due_date"), p.dueDate.isValid() ? QJsonValue(storage::isoDate(p.dueDate)) : QJsonValue());
    o.insert(QStringLiteral("settled_on"), p.settledOn.isValid() ? QJsonValue(storage::isoDate(p.settledOn)) : QJsonValue());
    const std::pair<const char*, QString> details[] = {
        { "terminal", p.terminal },       { "trace_number", p.traceNumber }, { "masked_card", p.maskedCard },
        { "bank", p.bank },               { "account", p.account },          { "reference", p.reference },
        { "payer_name", p.payerName },    { "note", p.note },
    };
    for (const auto& [key, value] : details) {
        if (!value.isEmpty())
            o.insert(QLatin1String(key), value);
    }
    return o;
}

} // namespace peyvand::payments
