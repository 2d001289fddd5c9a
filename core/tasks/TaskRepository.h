#pragma once

#include "Task.h"
#include "common/Result.h"

#include <QJsonObject>
#include <QList>
#include <QVariant>

namespace peyvand::storage {
class Database;
}

namespace peyvand::tasks {

// SQL for the tasks table; reads fill subjectName from the customer, lead or
// deal. Callers own the transaction.
class TaskRepository final {
public:
    explicit TaskRepository(storage::Database& db) : m_db(db) { }

    Result<Task> find(qint64 id);            // NotFound when missing
    Result<qint64> insert(const Task& task);
    Status update(const Task& task);         // every column but created_at
    Status remove(qint64 id);
    Status setReminded(qint64 id, const QDateTime& at);

    // Tasks matching an SQL condition on `t` (bound values), by due time.
    Result<QList<Task>> where(const QString& condition, const QVariantList& values = {});
    // Due times (UTC) of the tasks matching a condition.
    Result<QList<QDateTime>> dueTimes(const QString& condition, const QVariantList& values);

    // Whether the subject's record exists.
    Result<bool> subjectExists(Subject subject, qint64 id);

    static QJsonObject auditValues(const Task& task);

private:
    storage::Database& m_db;
};

} // namespace peyvand::tasks
