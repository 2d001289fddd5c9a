#pragma once

#include "BackupEnvelope.h"
#include "BackupFormat.h"
#include "BackupMetadata.h"
#include "BackupRotation.h"
#include "BackupWriter.h"
#include "common/Clock.h"
#include "common/Result.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>

namespace peyvand::storage {
class Database;
}

namespace peyvand::backup {

struct BackupOptions {
    std::optional<QString> passphrase;               // set: encrypt (a key pair is derived on the spot)
    KdfParams kdf = KdfParams::moderate();
    std::optional<EnvelopeKey> recipient;            // set (and no passphrase): encrypt to this stored public key
    std::optional<RotationPolicy> rotation = RotationPolicy {}; // empty: keep every backup
    QTimeZone zone = QTimeZone::systemTimeZone();    // whose days, weeks and months rotation counts
};

// One backup file as list() or backup() sees it.
struct BackupEntry {
    QString path;
    qint64 size = 0;
    bool encrypted = false;
    std::optional<BackupMetadata> metadata; // empty when the header cannot be read
    std::optional<Error> problem;           // why, then
};

struct BackupOutcome {
    BackupEntry backup;
    QStringList removed; // older backups rotation deleted
};

struct RestoreOutcome {
    QString restoredPath;    // the database now in place
    QString previousMovedTo; // where the database (and its -wal/-shm) that was there went; empty if none
    QString previousBackup;  // a .pvbak of that database in its backup folder; empty if none was written
    std::optional<Error> previousBackupProblem; // why not, when there was a database to back up
    BackupMetadata metadata;
    int schemaVersion = 0;   // of the restored database (older backups are migrated)
};

// Backups of one database and restores from them (issue 7; the format is
// docs/backup-format.md). Long runs report progress and can be cancelled.
class BackupService final {
public:
    explicit BackupService(storage::Database& db, const Clock& clock = SystemClock::instance());

    // A consistent copy (VACUUM INTO a temporary file in the database's
    // folder) passes integrity_check, is compressed (and encrypted) into a
    // temporary file in destDir, read back and compared, fsynced and renamed
    // to peyvand-<UTC time>.pvbak; then rotation runs on destDir.
    Result<BackupOutcome> backup(const QString& destDir, const BackupOptions& options, const BackupProgress& progress = {});

    // The backup the settings describe (BackupSettings): their folder, their
    // encryption key, the default rotation; the outcome (success or the
    // failure's message) is recorded in the settings. zone: whose days
    // rotation counts.
    Result<BackupOutcome> backupNow(const BackupProgress& progress = {},
                                    const QTimeZone& zone = QTimeZone::systemTimeZone());
    // backupNow() when the schedule says a backup is due; std::nullopt when not.
    Result<std::optional<BackupOutcome>> backupIfDue(const BackupProgress& progress = {},
                                                     const QTimeZone& zone = QTimeZone::systemTimeZone());

    // The settings key "backup_folder" when set, else "backups" beside the
    // database file (empty for an in-memory database).
    QString defaultFolder();
    static constexpr const char* kFolderSettingKey = "backup_folder";

    // Every *.pvbak file in dir, newest first, with its metadata or its problem.
    static Result<QList<BackupEntry>> list(const QString& dir);

    // Deletes the backups in dir that the policy does not keep. Only files
    // named by backup() whose header reads are counted or deleted; anything
    // else in the folder is left alone. Returns the deleted paths.
    static Result<QStringList> rotate(const QString& dir, const RotationPolicy& policy, const QTimeZone& zone);

    // Extracts the backup beside targetPath, verifies it (integrity_check,
    // a Peyvand database, schema not newer than this build; an older one is
    // migrated), then writes a .pvbak of the current database into its backup
    // folder when it can (SafetyBackup), moves the current database (and its
    // -wal/-shm) aside to "<name>.before-restore-<UTC time>.sqlite" and renames the restored
    // file into place. Nothing is overwritten; on any failure before the
    // swap the current database is untouched. targetPath must not be open.
    static Result<RestoreOutcome> restore(const QString& backupFile, const QString& passphrase, const QString& targetPath,
                                          const Clock& clock = SystemClock::instance(), const BackupProgress& progress = {});

private:
    storage::Database& m_db;
    const Clock& m_clock;
};

} // namespace peyvand::backup
