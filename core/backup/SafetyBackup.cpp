#include "SafetyBackup.h"

#include "BackupPacker.h"
#include "BackupSettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace peyvand::backup {

namespace {

struct SafetyText {
    Q_DECLARE_TR_FUNCTIONS(Backup)
};

} // namespace

Result<QString> SafetyBackup::write(const QString& quiescentFile, const QString& databasePath, const QString& label,
                                    const Clock& clock)
{
    auto prefs = BackupSettings::loadFromFile(quiescentFile);
    if (!prefs)
        return prefs.error();
    const QString folder = !prefs->folder.isEmpty() ? prefs->folder
                                                    : QFileInfo(databasePath).absoluteDir().filePath(QStringLiteral("backups"));
    if (prefs->encrypted && !prefs->envelope)
        return Error::make(ErrorCode::Corrupt, SafetyText::tr("The stored backup encryption key is damaged; no unencrypted backup was written."));
    BackupOptions options;
    options.recipient = prefs->envelope;
    options.rotation.reset();
    auto entry = BackupPacker::pack(quiescentFile, folder, options, clock.nowUtc(), label);
    if (!entry)
        return entry.error();
    return entry->path;
}

storage::MigrationBackupHook SafetyBackup::migrationHook()
{
    return [](const storage::MigrationBackupRequest& request) -> Result<QString> {
        return write(request.snapshotPath, request.databasePath, QString::fromLatin1(kBeforeMigration));
    };
}

storage::Database::Options SafetyBackup::databaseOptions()
{
    storage::Database::Options options;
    options.migrationBackup = migrationHook();
    return options;
}

} // namespace peyvand::backup
