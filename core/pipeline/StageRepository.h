#pragma once

#include "Deal.h"
#include "common/Result.h"

#include <QJsonObject>
#include <QList>

namespace peyvand::storage {
class Database;
}

namespace peyvand::pipeline {

// SQL for the deal_stages table. Callers own the transaction.
class StageRepository final {
public:
    explicit StageRepository(storage::Database& db) : m_db(db) { }

    Result<QList<Stage>> all();              // by position
    Result<Stage> find(qint64 id);           // NotFound naming "stage"
    Result<qint64> insert(const Stage& stage);
    Status update(const Stage& stage);       // name and probability
    Status remove(qint64 id);
    // Gives the stages positions 1..n in the order of `ids`.
    Status renumber(const QList<qint64>& ids);
    Result<int> dealCount(qint64 stageId);

    static QJsonObject auditValues(const Stage& stage);

private:
    storage::Database& m_db;
};

} // namespace peyvand::pipeline
