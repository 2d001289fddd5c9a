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
    QString source;   // where the change came from: app, cli, import, … ('' before schema 6)
};

// Where this process's changes come from, stored with each audit row: the
// app is single-user, so "who" is the machine's user, through this program.
// The process-wide origin is set once at start ("app", "cli"); a scope
// overrides it on the current thread (an import running in a worker).
namespace audit_origin {
inline const QString kApp = QStringLiteral("app");
inline const QString kCli = QStringLiteral("cli");
inline const QString kImport = QStringLiteral("import");
inline const QString kMigration = QStringLiteral("migration");

void setProcessOrigin(const QString& origin);
QString current();

class Scope final {
public:
    explicit Scope(const QString& origin);
    ~Scope();
    Scope(const Scope&) = delete;
    Scope& operator=(const Scope&) = delete;

private:
    QString m_previous;
};
} // namespace audit_origin

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
