#pragma once

#include "Payment.h"
#include "common/Result.h"

#include <QJsonObject>
#include <QList>
#include <QVariant>

namespace peyvand::storage {
class Database;
}

namespace peyvand::payments {

// SQL for the payments table; reads fill documentNumber. Callers own the
// transaction.
class PaymentRepository final {
public:
    explicit PaymentRepository(storage::Database& db) : m_db(db) { }

    Result<Payment> find(qint64 id);                 // NotFound when missing
    Result<qint64> insert(const Payment& payment);
    // Status, settled_on, amount, document and instalment (the rest never changes).
    Status update(const Payment& payment);

    // Payments matching an SQL condition on `p` (bound values) in `order`.
    Result<QList<Payment>> where(const QString& condition, const QVariantList& values = {},
                                 const QString& order = QStringLiteral("p.paid_on, p.id"));

    static QJsonObject auditValues(const Payment& payment);

private:
    storage::Database& m_db;
};

// NULL for none, else the id (for optional foreign keys).
QVariant nullableId(const std::optional<qint64>& id);
std::optional<qint64> optionalId(const QVariant& value);

} // namespace peyvand::payments
