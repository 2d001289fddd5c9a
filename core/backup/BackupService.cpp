#include "BackupService.h"

#include "BackupCrypto.h"
#include "BackupErrors.h"
#include "BackupFiles.h"
#include "BackupPacker.h"
#include "BackupReader.h"
#include "DatabaseFileCheck.h"
#include "DigestDevice.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace peyvand::backup {

namespace {

struct ServiceText {
    Q_DECLARE_TR_FUNCTIONS(Backup)
};

} // namespace

BackupService::BackupService(storage::Database& db, const Clock& clock) : m_db(db), m_clock(clock) { }

QString BackupService::defaultFolder()
{
    auto configured = storage::scalar(m_db.connection(), QStringLiteral("SELECT value FROM settings WHERE key = ?"),
                                      { QString::fromLatin1(kFolderSettingKey) });
    if (configured && configured->isValid() && !configured->toString().trimmed().isEmpty())
        return configured->toString().trimmed();
    if (m_db.isInMemory())
        return {};
    return QFileInfo(m_db.path()).absoluteDir().filePath(QStringLiteral("backups"));
}

Result<BackupOutcome> BackupService::backup(const QString& destDir, const BackupOptions& options, const BackupProgress& progress)
{
    if (auto s = BackupPacker::ensureFolder(destDir); !s)
        return s.error();
    const QString folder = QFileInfo(destDir).absoluteFilePath();

    // 0. What an earlier, killed run left behind.
    const QString snapshotFolder = m_db.isInMemory() ? QDir::tempPath() : QFileInfo(m_db.path()).absolutePath();
    removeStaleTemporaries(folder, QDateTime::currentDateTimeUtc()); // file times are real times
    if (!m_db.isInMemory())
        removeStaleTemporaries(snapshotFolder, QDateTime::currentDateTimeUtc());

    // 1. A consistent copy of the database, checked.
    // Beside the database (same disk, usually local); the destination when that folder is read-only.
    auto snapshot = TempFile::create(snapshotFolder, QStringLiteral(".peyvand-snapshot"), QStringLiteral(".sqlite"));
    if (!snapshot)
        snapshot = TempFile::create(folder, QStringLiteral(".peyvand-snapshot"), QStringLiteral(".sqlite"));
    if (!snapshot)
        return snapshot.error();
    snapshot->file().close(); // VACUUM INTO accepts an empty file
    if (auto q = storage::run(m_db.connection(), QStringLiteral("VACUUM INTO ?"), { snapshot->path() }); !q) {
        Error e = q.error();
        e.message = ServiceText::tr("The database could not be copied for the backup; nothing was written.");
        return e;
    }
    auto entry = BackupPacker::pack(snapshot->path(), folder, options, m_clock.nowUtc(), QString(), progress);
    if (!entry)
        return entry.error();
    BackupOutcome outcome;
    outcome.backup = *entry;
    if (options.rotation) {
        auto removed = rotate(folder, *options.rotation, options.zone);
        if (!removed)
            return removed.error();
        outcome.removed = *removed;
    }
    return outcome;
}

Result<QList<BackupEntry>> BackupService::list(const QString& dir)
{
    const QFileInfo info(dir);
    if (!info.isDir())
        return Error::make(ErrorCode::NotFound, ServiceText::tr("The backup folder “%1” does not exist.").arg(dir));
    removeStaleTemporaries(dir, QDateTime::currentDateTimeUtc());
    QList<BackupEntry> entries;
    const QFileInfoList files = QDir(dir).entryInfoList({ QStringLiteral("*") + QLatin1String(kBackupSuffix) },
                                                        QDir::Files | QDir::NoDotAndDotDot);
    for (const QFileInfo& file : files) {
        BackupEntry entry;
        entry.path = file.absoluteFilePath();
        entry.size = file.size();
        auto reader = BackupReader::open(entry.path);
        if (reader) {
            entry.encrypted = reader->isEncrypted();
            entry.metadata = reader->metadata();
        } else {
            entry.problem = reader.error();
        }
        entries << entry;
    }
    const auto when = [](const BackupEntry& e) {
        if (e.metadata)
            return e.metadata->createdAt;
        return timeFromBackupFileName(QFileInfo(e.path).fileName()).value_or(QDateTime());
    };
    std::stable_sort(entries.begin(), entries.end(), [&](const BackupEntry& a, const BackupEntry& b) {
        const QDateTime ta = when(a), tb = when(b);
        if (ta != tb)
            return ta > tb;
        return a.path > b.path;
    });
    return entries;
}

Result<QStringList> BackupService::rotate(const QString& dir, const RotationPolicy& policy, const QTimeZone& zone)
{
    const QFileInfoList files = QDir(dir).entryInfoList({ QStringLiteral("peyvand-*") + QLatin1String(kBackupSuffix) },
                                                        QDir::Files | QDir::NoDotAndDotDot);
    QStringList paths;
    QList<QDateTime> times;
    for (const QFileInfo& file : files) {
        const auto at = timeFromBackupFileName(file.fileName());
        if (!at || !BackupReader::open(file.absoluteFilePath()))
            continue;
        paths << file.absoluteFilePath();
        times << *at;
    }
    QStringList removed;
    for (qsizetype i : backupsToDelete(times, policy, zone)) {
        if (!QFile::remove(paths.at(i)))
            return Error::make(ErrorCode::Io, ServiceText::tr("The old backup “%1” cannot be deleted.").arg(paths.at(i)));
        removed << paths.at(i);
    }
    if (!removed.isEmpty())
        syncFolder(dir);
    return removed;
}

} // namespace peyvand::backup
