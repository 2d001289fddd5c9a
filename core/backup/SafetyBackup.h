#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "storage/Database.h"

#include <QString>

namespace peyvand::backup {

// The backups Peyvand makes on its own before it changes a database file:
// before a migration (Database::Options::migrationBackup) and before a
// restore replaces it. Each goes to the folder the database's own settings
// name (default "backups" beside it), encrypted to the stored key when one is
// set, named "peyvand-<time>-before-migration.pvbak" / "…-before-restore.pvbak"
// so that rotation never deletes it.
class SafetyBackup final {
public:
    // quiescentFile: the database (or a snapshot of it) with no journal and
    // nobody writing to it; databasePath: the database the folder is relative to.
    static Result<QString> write(const QString& quiescentFile, const QString& databasePath, const QString& label,
                                 const Clock& clock = SystemClock::instance());

    // For Database::Options::migrationBackup.
    static storage::MigrationBackupHook migrationHook();
    // Default options with that hook set: what the apps open databases with.
    static storage::Database::Options databaseOptions();

    static constexpr const char* kBeforeMigration = "before-migration";
    static constexpr const char* kBeforeRestore = "before-restore";
};

} // namespace peyvand::backup
