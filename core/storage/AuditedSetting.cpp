#include "AuditedSetting.h"

#include "AuditLog.h"
#include "Database.h"
#include "SqlHelpers.h"

#include <QJsonObject>

namespace peyvand::storage {

Status writeAuditedSetting(Database& db, const QDateTime& at, const QString& key, const QString& value)
{
    auto stored = scalar(db.connection(), QStringLiteral("SELECT value FROM settings WHERE key = ?"), { key });
    if (!stored)
        return stored.error();
    if (stored->isValid() && stored->toString() == value)
        return {};
    auto q = run(db.connection(),
                 QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                 { key, value });
    if (!q)
        return q.error();
    AuditLog audit(db);
    if (!stored->isValid())
        return audit.record(at, kSettingEntity, 0, QStringLiteral("create"), {}, { { key, value } });
    return audit.record(at, kSettingEntity, 0, QStringLiteral("update"), { { key, stored->toString() } }, { { key, value } });
}

} // namespace peyvand::storage
