#pragma once

#include "DealService.h"

#include <QJsonObject>
#include <QList>

namespace peyvand::pipeline {

// SQL for the deals table. Takes deals already validated and in storage
// form. Callers own the transaction.
class DealRepository final {
public:
    explicit DealRepository(storage::Database& db) : m_db(db) { }

    Result<Deal> find(qint64 id);            // NotFound when missing
    Result<qint64> insert(const Deal& deal, const QString& searchText);
    Status update(const Deal& deal, const QString& searchText); // every column but created_at
    Status remove(qint64 id);

    // The ids of a stage's deals in board order.
    Result<QList<qint64>> column(qint64 stageId);
    // Puts the deals of a column at positions 0..n-1 in the order of `ids`.
    Status renumber(qint64 stageId, const QList<qint64>& ids);

    // Rows in board order: stage position, then position in the column.
    Result<QList<DealRow>> rows(const DealFilter& filter, std::optional<qint64> customerId = std::nullopt);

    // The customer's and the lead's names (empty when none).
    Result<QString> customerName(qint64 customerId);
    Result<QString> leadName(qint64 leadId);
    Result<bool> documentExists(qint64 documentId);

    static QJsonObject auditValues(const Deal& deal);

private:
    storage::Database& m_db;
};

} // namespace peyvand::pipeline
