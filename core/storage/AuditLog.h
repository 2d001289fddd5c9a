#pragma once

#include "common/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace peyvand::storage {

class Database;

// One row of the append-only change history (the table refuses UPDATE and
// DELETE). For updates, old and new hold only the fields that changed.
struct AuditEntry {
    qint64 id = 0;
    QDateTime at;
    QString entity;   // "customer", "customer_note", "interaction", …
    qint64 entityId = 0;
    QString action;   // create, update, delete, archive, restore
    QJsonObject oldValues;
    QJsonObject newValues;
};

class AuditLog final {
public:
    explicit AuditLog(Database& db) : m_db(db) { }

    // Records a change; call inside the write transaction of the change.
    // For "update", unchanged keys are dropped from both sides; an update
    // that changes nothing records nothing.
    Status record(const QDateTime& at, const QString& entity, qint64 entityId, const QString& action,
                  const QJsonObject& oldValues, const QJsonObject& newValues);

    // Oldest first.
    Result<QList<AuditEntry>> history(const QString& entity, qint64 entityId);

private:
    Database& m_db;
};

} // namespace peyvand::storage
