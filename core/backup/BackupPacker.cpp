#include "BackupPacker.h"

#include "BackupCrypto.h"
#include "BackupFiles.h"
#include "BackupReader.h"
#include "DatabaseFileCheck.h"
#include "DigestDevice.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace peyvand::backup {

namespace {

struct PackerText {
    Q_DECLARE_TR_FUNCTIONS(Backup)
};

// Scales one phase's progress into the whole run's.
BackupProgress phase(const BackupProgress& progress, qint64 offset, qint64 total)
{
    if (!progress)
        return {};
    return [=](qint64 done, qint64) { return progress(offset + done, total); };
}

} // namespace

Status BackupPacker::ensureFolder(const QString& dir)
{
    if (dir.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("folder"), PackerText::tr("No backup folder was given."));
    const QFileInfo info(dir);
    if (info.exists() && !info.isDir())
        return Error::make(ErrorCode::Io, PackerText::tr("“%1” is a file, not a folder for backups.").arg(dir));
    if (!QDir().mkpath(dir))
        return Error::make(ErrorCode::Io, PackerText::tr("The backup folder “%1” cannot be created.").arg(dir));
    if (!QFileInfo(dir).isWritable())
        return Error::make(ErrorCode::Io, PackerText::tr("The backup folder “%1” is not writable.").arg(dir));
    return {};
}

Result<BackupEntry> BackupPacker::pack(const QString& databaseFile, const QString& destDir, const BackupOptions& options,
                                       const QDateTime& createdAt, const QString& label, const BackupProgress& progress)
{
    if (auto s = ensureFolder(destDir); !s)
        return s.error();
    const QString folder = QFileInfo(destDir).absoluteFilePath();
    auto facts = inspectDatabaseFile(databaseFile);
    if (!facts)
        return facts.error();

    BackupMetadata metadata;
    metadata.createdAt = QDateTime::fromSecsSinceEpoch(createdAt.toSecsSinceEpoch(), QTimeZone::utc());
    metadata.schemaVersion = facts->schemaVersion;
    metadata.appVersion = currentAppVersion();
    metadata.customers = facts->customers;
    metadata.leads = facts->leads;
    metadata.documents = facts->documents;
    metadata.payments = facts->payments;

    // Compressed (and encrypted) into a temporary file in the destination.
    QFile source(databaseFile);
    if (!source.open(QIODevice::ReadOnly))
        return Error::make(ErrorCode::Io, PackerText::tr("The database copy cannot be read: %1").arg(source.errorString()));
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

    // Read back: the backup must give the same bytes as the copy.
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
                               PackerText::tr("The backup read back differs from the database; it was not kept. Check the disk of “%1”.")
                                   .arg(folder));
        }
    }

    // Into place under its final name.
    QString target;
    for (int sequence = 1;; ++sequence) {
        target = QDir(folder).filePath(backupFileName(metadata.createdAt, sequence, label));
        if (!QFileInfo::exists(target))
            break;
    }
    if (auto s = out->moveTo(target); !s)
        return s.error();
    metadata.originalSize = size;

    BackupEntry entry;
    entry.path = target;
    entry.size = QFileInfo(target).size();
    entry.encrypted = encrypted;
    entry.metadata = metadata;
    return entry;
}

} // namespace peyvand::backup
