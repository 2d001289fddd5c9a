#pragma once

#include "common/Result.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace peyvand::storage {

struct Migration;

// What a pre-migration backup hook gets: a consistent copy of the database
// (deleted after the hook returns) and the database's own path.
struct MigrationBackupRequest {
    QString databasePath;
    QString snapshotPath;
    int fromVersion = 0;
};
// Writes the backup and returns its path.
using MigrationBackupHook = std::function<Result<QString>(const MigrationBackupRequest&)>;

// One open Peyvand database: one SQLite file (or ":memory:") on one named
// connection, used from the thread that opened it. Another thread opens its
// own Database on the same path.
//
// Opening applies the connection pragmas (WAL, synchronous=FULL,
// foreign_keys=ON, busy_timeout), checks that the file is a Peyvand database
// (application_id) of a schema this build understands, backs the file up and
// then migrates it to the current schema, each step in one transaction.
// A file that is not SQLite, belongs to another application, comes from a
// newer schema or fails the check is refused and left untouched.
//
// Checking reads the whole file, so it runs on open when it matters or is
// cheap: files up to kFullCheckBytes, files that are not in WAL mode (opening
// would rewrite their header), files left with a journal by an unclean
// shutdown, and before every migration. Files up to kThoroughCheckBytes get
// integrity_check (which also compares every index with its table, about
// 1.5 times the cost), larger ones quick_check (about 3.5 ms per MB). When
// integrity_check did not run, verifiedOnOpen() is false and the caller
// should run verifyFile() (integrity_check) off the GUI thread; corruption
// met by a query is reported as ErrorCode::Corrupt.
class Database final {
public:
    struct Options {
        bool createIfMissing = true;
        // Where the plain pre-migration copy goes; empty: next to the database file.
        QString backupDirectory;
        // Replaces the built-in schema history (tests only).
        const QList<Migration>* migrationsOverride = nullptr;
        // Opens an existing file without writing to it at all: no pragmas that
        // write, no migration, and every write fails with ErrorCode::ReadOnly.
        // A file that fails the check still opens (damageFound() says so), so
        // that a damaged database can be read and exported, never written.
        bool readOnly = false;
        // Writes the pre-migration backup (the apps set it to write a .pvbak
        // into the backup folder; storage knows nothing of that format).
        // When unset or when it fails: a plain copy "<name>.schemaN-<time>.bak.sqlite"
        // in backupDirectory. Last, so that positional initialisers stay valid.
        MigrationBackupHook migrationBackup {};
    };

    static constexpr int kApplicationId = 0x50455956; // "PEYV"
    static constexpr qint64 kFullCheckBytes = 64ll * 1024 * 1024;
    static constexpr qint64 kThoroughCheckBytes = 16ll * 1024 * 1024;
    // What the write-ahead log is cut back to once its pages are in the file.
    static constexpr qint64 kLogSizeLimit = 64ll * 1024 * 1024;
    static int currentSchemaVersion();

    static Result<std::unique_ptr<Database>> open(const QString& path, const Options& options);
    static Result<std::unique_ptr<Database>> open(const QString& path) { return open(path, Options {}); }
    static Result<std::unique_ptr<Database>> openInMemory();
    ~Database();

    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QSqlDatabase& connection() { return m_db; }
    const QString& path() const { return m_path; }
    bool isInMemory() const;
    int schemaVersion() const;
    // Path of the backup written before the last migration, empty if none.
    const QString& lastMigrationBackup() const { return m_migrationBackup; }

    // Runs fn inside BEGIN IMMEDIATE … COMMIT; rolls back when fn returns an
    // error (or throws). Nested calls join the outer transaction.
    Status write(const std::function<Status()>& fn);
    template <typename T>
    Result<T> writeValue(const std::function<Result<T>()>& fn)
    {
        std::optional<Result<T>> out;
        Status s = write([&]() -> Status {
            out.emplace(fn());
            if (!*out)
                return out->error();
            return {};
        });
        if (!s)
            return s.error();
        return std::move(*out);
    }

    // After a large write (an import): copies the write-ahead log into the file
    // and empties it, unless another connection is reading an older snapshot;
    // then the log is cut to kLogSizeLimit at the next write instead.
    // Otherwise the log keeps the size of the largest write until the app closes.
    // An error is SQLite's; being kept waiting by a reader is not one.
    Status shrinkLog();

    // True when integrity_check ran (and passed) while opening.
    bool verifiedOnOpen() const { return m_verifiedOnOpen; }
    bool isReadOnly() const { return m_readOnly; }
    // Read-only only: what the check found while opening (empty: nothing).
    const QStringList& damageFound() const { return m_damage; }
    // Runs integrity_check on a file through its own read-only connection, so it
    // can run in a worker thread while the file is in use.
    static Status verifyFile(const QString& path, QStringList* problems = nullptr);

    // PRAGMA integrity_check and foreign_key_check; problems are listed.
    Status integrityCheck(QStringList* problems = nullptr);
    Status quickCheck(QStringList* problems = nullptr);
    // PRAGMA integrity_check alone (no foreign keys): the file's structure.
    Status structureCheck(QStringList* problems = nullptr);

private:
    Database(QString path, QString connectionName);
    Status configure();
    Status configureReadOnly();
    Status setBusyTimeout(int ms);
    static Result<std::unique_ptr<Database>> openReadOnly(const QString& path, const Options& options);
    Status verifyIdentity(bool fileExisted);
    Status migrate(const Options& options);
    Status backupBeforeMigration(const Options& options, int fromVersion);

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    QString m_migrationBackup;
    int m_transactionDepth = 0;
    bool m_verifiedOnOpen = false;
    bool m_readOnly = false;
    QStringList m_damage;
};

} // namespace peyvand::storage
