#pragma once

#include <QString>

namespace peyvand::storage {

// Whether a database path lives where SQLite's file locking and fsync can be
// trusted. On network file systems locks are advisory or missing and writes
// may be cached by the server; removable media can disappear mid-write.
struct StorageRisk {
    enum class Kind { Local, Network, Removable, Unknown };
    Kind kind = Kind::Unknown;
    QString fileSystem; // as the system names it, e.g. "ext4", "cifs"
    QString reason;     // translated sentence for the user; empty for Local

    bool risky() const { return kind == Kind::Network || kind == Kind::Removable; }
};

// The facts assessStorage() gathers, separate so the rules can be tested.
struct StorageFacts {
    QString path;         // as given (a Windows UNC path starts with two slashes)
    QString fileSystem;   // lower-case file system type of the volume
    QString device;       // e.g. /dev/sdb1, or empty
    QString mountRoot;    // e.g. /media/user/USB
    bool driveRemote = false;    // Windows: GetDriveType said DRIVE_REMOTE
    bool driveRemovable = false; // Windows: DRIVE_REMOVABLE; Linux: the block device's "removable" flag
};

StorageRisk classifyStorage(const StorageFacts& facts);

// The volume holding path (or, for a file not yet created, its folder).
StorageRisk assessStorage(const QString& path);

} // namespace peyvand::storage
