// BackupService::restore: extract, verify, move the current database aside, swap in.
#include "BackupService.h"

#include "BackupErrors.h"
#include "BackupFiles.h"
#include "BackupReader.h"
#include "DatabaseFileCheck.h"
#include "SafetyBackup.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace peyvand::backup {

namespace {

struct RestoreText {
    Q_DECLARE_TR_FUNCTIONS(Backup)
};

const char* const kCompanions[] = { "-wal", "-shm", "-journal" };

Error newerSchema(const QString& backupFile, int version)
{
    return Error::make(ErrorCode::SchemaTooNew,
                       RestoreText::tr("The backup “%1” holds a database of a newer Peyvand (schema %2; this version knows up to %3). "
                                       "Update Peyvand to restore it.")
                           .arg(backupFile)
                           .arg(version)
                           .arg(storage::Database::currentSchemaVersion()));
}

// quick_check through a read-only connection, which never checkpoints the log
// into the file when it closes.
bool passesQuickCheck(const QString& path)
{
    static QAtomicInteger<int> counter = 0;
    const QString name = QStringLiteral("peyvand-restore-check-%1").arg(counter.fetchAndAddRelaxed(1));
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery check(db);
            ok = check.exec(QStringLiteral("PRAGMA quick_check(1)")) && check.next()
                && check.value(0).toString() == QLatin1String("ok");
            check.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

// Folds the write-ahead log into the database file (by leaving WAL mode), so
// that the file moved aside is complete on its own. Leaving WAL mode needs an
// exclusive lock, which fails while any other connection has the file open:
// that is how a database in use is recognised. A file that cannot be opened
// or fails quick_check (damaged) is moved aside as it is, with its -wal and
// -shm: folding the log in would write into the damaged file.
Status releaseFromWal(const QString& path)
{
    static QAtomicInteger<int> counter = 0;
    const QString name = QStringLiteral("peyvand-restore-release-%1").arg(counter.fetchAndAddRelaxed(1));
    bool busy = false;
    if (!passesQuickCheck(path))
        return {};
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=0"));
        if (db.open()) {
            QSqlQuery mode(db);
            if (mode.exec(QStringLiteral("PRAGMA journal_mode")) && mode.next()
                && mode.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0) {
                mode.finish();
                QSqlQuery leave(db);
                if (!leave.exec(QStringLiteral("PRAGMA journal_mode = DELETE"))) {
                    busy = (leave.lastError().nativeErrorCode().toInt() & 0xff) == 5; // SQLITE_BUSY
                } else if (leave.next()) {
                    busy = leave.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0;
                }
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    if (busy) {
        return Error::make(ErrorCode::Conflict,
                           RestoreText::tr("The database “%1” is in use by another program (is Peyvand open?). Close it and try again.")
                               .arg(path));
    }
    return {};
}

QString asideName(const QString& target, const QDateTime& now)
{
    const QFileInfo info(target);
    const QString stamp = now.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    for (int n = 1;; ++n) {
        const QString suffix = n > 1 ? QStringLiteral("-%1").arg(n) : QString();
        const QString candidate
            = info.absoluteDir().filePath(info.completeBaseName() + QStringLiteral(".before-restore-") + stamp + suffix + QStringLiteral(".sqlite"));
        bool free = !QFileInfo::exists(candidate);
        for (const char* companion : kCompanions)
            free = free && !QFileInfo::exists(candidate + QLatin1String(companion));
        if (free)
            return candidate;
    }
}

// Moves the database and its companions aside; undoes the moves on failure.
Status moveAside(const QString& target, const QString& aside)
{
    QStringList moved;
    const auto undo = [&] {
        for (const QString& from : moved)
            QFile::rename(aside + from.mid(target.size()), from);
    };
    if (QFileInfo::exists(target)) {
        if (auto s = renameNoReplace(target, aside); !s)
            return s;
        moved << target;
    }
    for (const char* companion : kCompanions) {
        const QString from = target + QLatin1String(companion);
        if (!QFileInfo::exists(from))
            continue;
        if (auto s = renameNoReplace(from, aside + QLatin1String(companion)); !s) {
            undo();
            return s;
        }
        moved << from;
    }
    return {};
}

} // namespace

Result<RestoreOutcome> BackupService::restore(const QString& backupFile, const QString& passphrase, const QString& targetPath,
                                              const Clock& clock, const BackupProgress& progress)
{
    auto reader = BackupReader::open(backupFile);
    if (!reader)
        return reader.error();
    const BackupMetadata metadata = reader->metadata();
    const int known = storage::Database::currentSchemaVersion();
    if (metadata.schemaVersion > known)
        return newerSchema(backupFile, metadata.schemaVersion);

    const QString target = QFileInfo(targetPath).absoluteFilePath();
    const QString folder = QFileInfo(target).absolutePath();
    if (QFileInfo(target).isDir())
        return Error::make(ErrorCode::Io, RestoreText::tr("“%1” is a folder, not a database file.").arg(target));
    if (!QDir().mkpath(folder))
        return Error::make(ErrorCode::Io, RestoreText::tr("The folder “%1” cannot be created.").arg(folder));

    // 1. Extract beside the target and verify the copy before touching anything.
    auto temp = TempFile::create(folder, QStringLiteral(".peyvand-restore"), QStringLiteral(".sqlite"));
    if (!temp)
        return temp.error();
    if (auto s = reader->extractTo(temp->file(), passphrase, progress); !s)
        return s.error();
    if (auto s = temp->finishWriting(); !s)
        return s.error();
    auto facts = inspectDatabaseFile(temp->path());
    if (!facts)
        return facts.error();
    if (facts->applicationId != storage::Database::kApplicationId)
        return Error::make(ErrorCode::NotADatabase, RestoreText::tr("The backup “%1” does not hold a Peyvand database.").arg(backupFile));
    if (facts->schemaVersion > known)
        return newerSchema(backupFile, facts->schemaVersion);

    // 2. Open it as Peyvand does (an older schema is migrated here), then close it.
    int schemaVersion = 0;
    {
        QTemporaryDir migrationBackups(QDir(folder).filePath(QStringLiteral(".peyvand-restore-migration-XXXXXX")));
        storage::Database::Options options;
        options.createIfMissing = false;
        options.backupDirectory = migrationBackups.path();
        auto db = storage::Database::open(temp->path(), options);
        if (!db)
            return db.error();
        schemaVersion = (*db)->schemaVersion();
    }
    for (const char* companion : kCompanions) {
        if (QFileInfo::exists(temp->path() + QLatin1String(companion)))
            return Error::make(ErrorCode::Io, RestoreText::tr("The restored database was not closed cleanly; nothing was changed."));
    }
    if (auto s = syncPath(temp->path()); !s)
        return s.error();

    // 3. The current database goes aside (complete, with its log folded in), the restored one takes its place.
    // A log left without its database would be applied to the restored file: it goes aside too.
    RestoreOutcome outcome;
    bool occupied = false;
    for (const QString& suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal") })
        occupied = occupied || QFileInfo::exists(target + suffix);
    if (occupied) {
        if (QFileInfo::exists(target)) {
            if (auto s = releaseFromWal(target); !s)
                return s.error();
            // Best effort: the copy moved aside below is the guarantee.
            auto saved = SafetyBackup::write(target, target, QString::fromLatin1(SafetyBackup::kBeforeRestore), clock);
            if (saved)
                outcome.previousBackup = *saved;
            else
                outcome.previousBackupProblem = saved.error();
        }
        outcome.previousMovedTo = asideName(target, clock.nowUtc());
        if (auto s = moveAside(target, outcome.previousMovedTo); !s)
            return s.error();
    }
    if (auto s = temp->moveTo(target); !s) {
        if (!outcome.previousMovedTo.isEmpty())
            (void)moveAside(outcome.previousMovedTo, target);
        return s.error();
    }
    outcome.restoredPath = target;
    outcome.metadata = metadata;
    outcome.schemaVersion = schemaVersion;
    return outcome;
}

} // namespace peyvand::backup
