#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace peyvand::backup {

// What a backup says about itself, readable without its passphrase
// (docs/backup-format.md, "Metadata").
struct BackupMetadata {
    QDateTime createdAt;      // UTC, whole seconds
    int schemaVersion = 0;    // PRAGMA user_version of the database inside
    QString appVersion;       // the Peyvand that wrote it
    qint64 customers = 0;
    qint64 leads = 0;
    qint64 documents = 0;
    qint64 payments = 0;
    qint64 originalSize = 0;  // bytes of the database file inside

    bool operator==(const BackupMetadata&) const = default;
};

// The version of this build, written into new backups.
QString currentAppVersion();

// Compact UTF-8 JSON with ASCII digits.
QByteArray metadataToJson(const BackupMetadata& metadata);
// Every field required and of the right type; an error is InvalidInput naming
// the field (the reader turns it into "header damaged").
Result<BackupMetadata> metadataFromJson(const QByteArray& json);

} // namespace peyvand::backup
