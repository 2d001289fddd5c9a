#include "BackupService.h"

#include "BackupCrypto.h"
#include "BackupErrors.h"
#include "BackupFiles.h"
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

Status ensureFolder(const QString& dir)
{
    if (dir.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("folder"), ServiceText::tr("No backup folder was given."));
    const QFileInfo info(dir);
    if (info.exists() && !info.isDir())
        return Error::make(ErrorCode::Io, ServiceText::tr("“%1” is a file, not a folder for backups.").arg(dir));
    if (!QDir().mkpath(dir))
        return Error::make(ErrorCode::Io, ServiceText::tr("The backup folder “%1” cannot be created.").arg(dir));
    if (!QFileInfo(dir).isWritable())
        return Error::make(ErrorCode::Io, ServiceText::tr("The backup folder “%1” is not writable.").arg(dir));
    return {};
}

// Scales one phase's progress into the whole run's.
BackupProgress phase(const BackupProgress& progress, qint64 offset, qint64 total)
{
    if (!progress)
        return {};
    return [=](qint64 done, qint64) { return progress(offset + done, total); };
}

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
    if (auto s = ensureFolder(destDir); !s)
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
    auto facts = inspectDatabaseFile(snapshot->path());
    if (!facts)
        return facts.error();

    BackupMetadata metadata;
    const QDateTime now = m_clock.nowUtc();
    metadata.createdAt = QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch(), QTimeZone::utc());
    metadata.schemaVersion = facts->schemaVersion;
    metadata.appVersion = currentAppVersion();
    metadata.customers = facts->customers;
    metadata.leads = facts->leads;
    metadata.documents = facts->documents;
    metadata.payments = facts->payments;

    // 2. Compressed (and encrypted) into a temporary file in the destination.
    QFile source(snapshot->path());
    if (!source.open(QIODevice::ReadOnly))
        return Error::make(ErrorCode::Io, ServiceText::tr("The database copy cannot be read: %1").arg(source.errorString()));
    const qint64 size = source.size();
    auto out = TempFile::create(folder, QStringLiteral(".peyvand-backup"), QStringLiteral(".pvbak.part"));
    if (!out)
        return out.error();
    WriteOptions writeOptions;
    writeOptions.passphrase = options.passphrase;
    writeOptions.kdf = options.kdf;
    writeOptions.recipient = options.recipient;
    const bool encrypted = options.passphrase || options.recipient;
    if (encrypted)
        writeOptions.streamKey = randomBytes(32);
    if (auto s = BackupWriter::write(source, size, metadata, out->file(), writeOptions, phase(progress, 0, 2 * size)); !s)
        return s.error();
    if (auto s = out->finishWriting(); !s)
        return s.error();

    // 3. Read back: the backup must give the same bytes as the copy.
    source.seek(0);
    const QByteArray expected = DigestDevice::digestOf(source);
    source.close();
    {
        auto reader = BackupReader::open(out->path());
        if (!reader)
            return reader.error();
        DigestDevice sink;
        if (auto s = reader->extractWithStreamKey(sink, writeOptions.streamKey, phase(progress, size, 2 * size)); !s)
            return s.error();
        if (sink.digest() != expected) {
            return Error::make(ErrorCode::Io,
                               ServiceText::tr("The backup read back differs from the database; it was not kept. Check the disk of “%1”.")
                                   .arg(folder));
        }
    }

    // 4. Into place under its final name, then rotation.
    QString target;
    for (int sequence = 1;; ++sequence) {
        target = QDir(folder).filePath(backupFileName(metadata.createdAt, sequence));
        if (!QFileInfo::exists(target))
            break;
    }
    if (auto s = out->moveTo(target); !s)
        return s.error();
    metadata.originalSize = size;

    BackupOutcome outcome;
    outcome.backup.path = target;
    outcome.backup.size = QFileInfo(target).size();
    outcome.backup.encrypted = encrypted;
    outcome.backup.metadata = metadata;
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
