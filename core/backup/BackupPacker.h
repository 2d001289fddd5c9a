#pragma once

#include "BackupService.h"
#include "common/Result.h"

#include <QDateTime>
#include <QString>

namespace peyvand::backup {

// The part of a backup after the snapshot: a database file nobody writes to
// is checked (integrity_check, counts), compressed (and encrypted) into a
// temporary file in destDir, read back and compared, fsynced and renamed to
// peyvand-<createdAt>[-N][-label].pvbak. Rotation only counts unlabelled
// names, so labelled backups ("before-migration", "before-restore") are
// never deleted by it.
class BackupPacker final {
public:
    static Result<BackupEntry> pack(const QString& databaseFile, const QString& destDir, const BackupOptions& options,
                                    const QDateTime& createdAt, const QString& label, const BackupProgress& progress = {});

    // Creates the folder when missing; an error names why it cannot hold backups.
    static Status ensureFolder(const QString& dir);
};

} // namespace peyvand::backup
