#pragma once

#include "Payment.h"
#include "PaymentService.h"
#include "common/Result.h"

#include <QJsonObject>
#include <QList>

namespace peyvand::storage {
class Database;
}

namespace peyvand::payments {

// SQL for cheques and cheque_events; reads fill customerName,
// documentNumber and hasImage. Callers own the transaction.
class ChequeRepository final {
public:
    explicit ChequeRepository(storage::Database& db) : m_db(db) { }

    Result<Cheque> find(qint64 id, bool withImage = false); // NotFound when missing
    Result<qint64> insert(const Cheque& cheque);
    // The details that do not change money, and the image.
    Status updateDetails(const Cheque& cheque);
    Status setStatus(qint64 id, ChequeStatus status, QDate statusDate, const QDateTime& at);
    Result<QList<Cheque>> list(const ChequeFilter& filter);

    Result<qint64> addEvent(const ChequeEvent& event);
    Result<QList<ChequeEvent>> events(qint64 chequeId); // oldest first

    static QJsonObject auditValues(const Cheque& cheque);

private:
    storage::Database& m_db;
};

} // namespace peyvand::payments
