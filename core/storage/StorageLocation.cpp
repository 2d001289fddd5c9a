#include "StorageLocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStorageInfo>

#ifdef Q_OS_WIN
#include <windows.h>
#endif

namespace peyvand::storage {

namespace {

struct StorageText {
    Q_DECLARE_TR_FUNCTIONS(StorageLocation)
};

bool isNetworkFileSystem(const QString& type)
{
    static const QStringList network = {
        QStringLiteral("nfs"),       QStringLiteral("nfs4"),       QStringLiteral("cifs"),
        QStringLiteral("smbfs"),     QStringLiteral("smb3"),       QStringLiteral("fuse.sshfs"),
        QStringLiteral("sshfs"),     QStringLiteral("9p"),         QStringLiteral("afs"),
        QStringLiteral("ceph"),      QStringLiteral("glusterfs"),  QStringLiteral("fuse.glusterfs"),
        QStringLiteral("davfs"),     QStringLiteral("fuse.davfs2"), QStringLiteral("fuse.rclone"),
        QStringLiteral("fuse.gvfsd-fuse"), QStringLiteral("ncpfs"), QStringLiteral("lustre"),
    };
    return network.contains(type);
}

bool isRemovableMountRoot(const QString& root)
{
    return root.startsWith(QLatin1String("/media/")) || root.startsWith(QLatin1String("/run/media/"))
        || root.startsWith(QLatin1String("/Volumes/"));
}

bool isUncPath(const QString& path)
{
    return path.startsWith(QLatin1String("\\\\")) || path.startsWith(QLatin1String("//"));
}

// Linux: /sys/class/block/sdb1 is a partition of sdb, whose "removable" flag
// is 1 for USB sticks and card readers.
bool linuxDeviceRemovable(const QString& device)
{
    if (!device.startsWith(QLatin1String("/dev/")))
        return false;
    const QString name = device.mid(5);
    const QFileInfo block(QStringLiteral("/sys/class/block/") + name);
    if (!block.exists())
        return false;
    QString disk = QFileInfo(block.canonicalFilePath()).path(); // parent for a partition
    for (const QString& candidate : { block.canonicalFilePath(), disk }) {
        QFile flag(candidate + QStringLiteral("/removable"));
        if (flag.open(QIODevice::ReadOnly))
            return flag.readAll().trimmed() == "1";
    }
    return false;
}

} // namespace

StorageRisk classifyStorage(const StorageFacts& facts)
{
    StorageRisk risk;
    risk.fileSystem = facts.fileSystem;
    if (isUncPath(facts.path) || facts.driveRemote || isNetworkFileSystem(facts.fileSystem)) {
        risk.kind = StorageRisk::Kind::Network;
        risk.reason = StorageText::tr("The database is on a network drive. SQLite cannot lock or safely save a file "
                                      "there, so two computers or a dropped connection can damage it. Keep the "
                                      "database on this computer's own disk and put backups on the network drive instead.");
        return risk;
    }
    if (facts.driveRemovable || isRemovableMountRoot(facts.mountRoot)) {
        risk.kind = StorageRisk::Kind::Removable;
        risk.reason = StorageText::tr("The database is on a removable drive. Unplugging it while Peyvand is writing "
                                      "can damage the file. Keep the database on this computer's own disk and use "
                                      "the removable drive for backups.");
        return risk;
    }
    risk.kind = facts.fileSystem.isEmpty() ? StorageRisk::Kind::Unknown : StorageRisk::Kind::Local;
    return risk;
}

StorageRisk assessStorage(const QString& path)
{
    StorageFacts facts;
    facts.path = path;
    QString existing = QFileInfo(path).absoluteFilePath();
    while (!existing.isEmpty() && !QFileInfo::exists(existing)) {
        const QString parent = QFileInfo(existing).path();
        if (parent == existing)
            break;
        existing = parent;
    }
    const QStorageInfo volume(existing);
    if (volume.isValid()) {
        facts.fileSystem = QString::fromUtf8(volume.fileSystemType()).toLower();
        facts.device = QString::fromUtf8(volume.device());
        facts.mountRoot = volume.rootPath();
    }
#ifdef Q_OS_WIN
    const QString root = QDir::toNativeSeparators(facts.mountRoot.isEmpty() ? existing.left(3) : facts.mountRoot);
    const UINT type = GetDriveTypeW(reinterpret_cast<LPCWSTR>(root.utf16()));
    facts.driveRemote = type == DRIVE_REMOTE;
    facts.driveRemovable = type == DRIVE_REMOVABLE;
#else
    facts.driveRemovable = linuxDeviceRemovable(facts.device);
#endif
    return classifyStorage(facts);
}

} // namespace peyvand::storage
