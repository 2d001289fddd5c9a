#pragma once

#include "HumanFormat.h"
#include "backup/BackupSettings.h"

#include <QJsonObject>
#include <QStringList>

namespace peyvand::cli {

// The backup settings as `backups schedule` and `check` show them: the
// schedule, the folder, encryption, the last backup and the last failure.
// now: for the next due date (system time zone).
QJsonObject backupStatusJson(const backup::BackupPreferences& prefs, const QString& folder, const QDateTime& now);
QStringList backupStatusLines(const HumanFormat& format, const backup::BackupPreferences& prefs, const QString& folder,
                              const QDateTime& now);

} // namespace peyvand::cli
