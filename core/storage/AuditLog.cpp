#include "AuditLog.h"

#include "Database.h"
#include "SqlHelpers.h"

#include <QJsonDocument>
#include <QMutex>

namespace peyvand::storage {

namespace {

QVariant jsonOrNull(const QJsonObject& object, bool present)
{
    if (!present)
        return QVariant(QMetaType::fromType<QString>());
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject parseJson(const QVariant& value)
{
    if (value.isNull())
        return {};
    return QJsonDocument::fromJson(value.toString().toUtf8()).object();
}

const int kSourceSchema = 6; // audit_log.source

QMutex g_originLock;
QString g_processOrigin = audit_origin::kApp;
thread_local QString t_scopeOrigin;

} // namespace

namespace audit_origin {

void setProcessOrigin(const QString& origin)
{
    QMutexLocker lock(&g_originLock);
    g_processOrigin = origin;
}

QString current()
{
    if (!t_scopeOrigin.isEmpty())
        return t_scopeOrigin;
    QMutexLocker lock(&g_originLock);
    return g_processOrigin;
}

Scope::Scope(const QString& origin) : m_previous(t_scopeOrigin) { t_scopeOrigin = origin; }

Scope::~Scope() { t_scopeOrigin = m_previous; }

} // namespace audit_origin

Status AuditLog::record(const QDateTime& at, const QString& entity, qint64 entityId, const QString& action,
                        const QJsonObject& oldValues, const QJsonObject& newValues)
{
    QJsonObject before = oldValues;
    QJsonObject after = newValues;
    bool hasOld = !oldValues.isEmpty();
    bool hasNew = !newValues.isEmpty();
    if (action == QLatin1String("update")) {
        QJsonObject changedOld;
        QJsonObject changedNew;
        QStringList keys = oldValues.keys();
        for (const QString& k : newValues.keys()) {
            if (!keys.contains(k))
                keys << k;
        }
        for (const QString& k : keys) {
            if (oldValues.value(k) != newValues.value(k)) {
                changedOld.insert(k, oldValues.value(k));
                changedNew.insert(k, newValues.value(k));
            }
        }
        if (changedNew.isEmpty() && changedOld.isEmpty())
            return {};
        before = changedOld;
        after = changedNew;
        hasOld = hasNew = true;
    }
    // A database still at an older schema (opened to migrate it step by step) has no source column.
    auto q = m_db.schemaVersion() >= kSourceSchema
        ? run(m_db.connection(),
              QStringLiteral("INSERT INTO audit_log (at, entity, entity_id, action, old_values, new_values, source) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?)"),
              { isoTimestamp(at), entity, entityId, action, jsonOrNull(before, hasOld), jsonOrNull(after, hasNew),
                audit_origin::current() })
        : run(m_db.connection(),
              QStringLiteral("INSERT INTO audit_log (at, entity, entity_id, action, old_values, new_values) VALUES (?, ?, ?, ?, ?, ?)"),
              { isoTimestamp(at), entity, entityId, action, jsonOrNull(before, hasOld), jsonOrNull(after, hasNew) });
    if (!q)
        return q.error();
    return {};
}

Result<QList<AuditEntry>> AuditLog::history(const QString& entity, qint64 entityId)
{
    const QString source = m_db.schemaVersion() >= kSourceSchema ? QStringLiteral("source") : QStringLiteral("''");
    auto q = run(m_db.connection(),
                 QStringLiteral("SELECT id, at, entity, entity_id, action, old_values, new_values, %1 FROM audit_log "
                                "WHERE entity = ? AND entity_id = ? ORDER BY id")
                     .arg(source),
                 { entity, entityId });
    if (!q)
        return q.error();
    QList<AuditEntry> entries;
    while (q->next()) {
        AuditEntry e;
        e.id = q->value(0).toLongLong();
        e.at = timestampFromIso(q->value(1));
        e.entity = q->value(2).toString();
        e.entityId = q->value(3).toLongLong();
        e.action = q->value(4).toString();
        e.oldValues = parseJson(q->value(5));
        e.newValues = parseJson(q->value(6));
        e.source = q->value(7).toString();
        entries << e;
    }
    return entries;
}

} // namespace peyvand::storage
