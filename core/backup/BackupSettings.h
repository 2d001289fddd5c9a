#pragma once

#include "BackupEnvelope.h"
#include "BackupFormat.h"
#include "BackupSchedule.h"
#include "common/Clock.h"
#include "common/Result.h"

#include <QDateTime>
#include <QString>

#include <optional>

class QSqlDatabase;

namespace peyvand::storage {
class Database;
}

namespace peyvand::backup {

struct BackupPreferences {
    QString folder; // empty: the default, "backups" beside the database (BackupService::defaultFolder())
    BackupFrequency frequency = BackupFrequency::Daily;
    bool encrypted = false;               // automatic backups are encrypted to `envelope`
    std::optional<EnvelopeKey> envelope;  // empty when not encrypted or the stored key is damaged
    std::optional<QDateTime> lastBackupAt; // last successful automatic or manual backup, UTC
    std::optional<QDateTime> lastFailureAt;
    QString lastFailure;                  // empty when the last attempt succeeded
};

// The backup settings: rows of the settings table, keys "backup_…". User
// changes (folder, frequency, encryption) are written to the audit log as
// entity "setting" with the key and value, never a secret. Only the public
// half of the encryption key is stored, never the passphrase.
class BackupSettings final {
public:
    explicit BackupSettings(storage::Database& db, const Clock& clock = SystemClock::instance()) : m_db(db), m_clock(clock) { }

    Result<BackupPreferences> load();
    // The settings of a database file nobody has open as a storage::Database
    // (a snapshot, or a file about to be replaced), read-only.
    static Result<BackupPreferences> loadFromFile(const QString& databaseFile);

    // Empty: back to the default folder.
    Status setFolder(const QString& folder);
    Status setFrequency(BackupFrequency frequency);
    // Derives a key pair from the passphrase (Argon2id, slow) and stores its
    // public half. Replaces any key stored before.
    Status enableEncryption(const QString& passphrase, const KdfParams& kdf = KdfParams::moderate());
    // The passphrase must be the one encryption was enabled with
    // (Error::invalid("passphrase") otherwise).
    Status disableEncryption(const QString& passphrase);

    // After each backup attempt (not audited: these are facts, not choices).
    Status recordSuccess(const QDateTime& at);
    Status recordFailure(const QDateTime& at, const QString& reason);

    static constexpr const char* kFolderKey = "backup_folder";
    static constexpr const char* kFrequencyKey = "backup_frequency";
    static constexpr const char* kEncryptionKey = "backup_encryption"; // JSON: public key, salt, KDF cost
    static constexpr const char* kLastSuccessKey = "backup_last_success";
    static constexpr const char* kLastFailureAtKey = "backup_last_failure_at";
    static constexpr const char* kLastFailureKey = "backup_last_failure";

private:
    // Writes (or, for std::nullopt, deletes) one row; audited: with an audit
    // row showing auditValue (the value itself when not given).
    Status store(const char* key, const std::optional<QString>& value, bool audited,
                 const std::optional<QString>& auditValue = std::nullopt);
    static Result<std::optional<QString>> read(QSqlDatabase& connection, const char* key);
    static Result<BackupPreferences> loadFrom(QSqlDatabase& connection);

    storage::Database& m_db;
    const Clock& m_clock;
};

} // namespace peyvand::backup
