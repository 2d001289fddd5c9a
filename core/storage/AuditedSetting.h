#pragma once

#include "common/Result.h"

#include <QDateTime>
#include <QString>

namespace peyvand::storage {

class Database;

// The audit entity of the key/value settings: one row per change, entity
// "setting", entity_id 0, old and new values { KEY: value } (a value never
// set before is absent from old: action "create"). Call inside the write
// transaction; writing the value it already has records nothing.
inline const QString kSettingEntity = QStringLiteral("setting");

Status writeAuditedSetting(Database& db, const QDateTime& at, const QString& key, const QString& value);

} // namespace peyvand::storage
