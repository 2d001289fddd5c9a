#pragma once

#include "common/Result.h"

#include <QString>

namespace peyvand::backup {

// What a database file holds, read through a private read-only connection
// after PRAGMA integrity_check and foreign_key_check came back clean.
struct DatabaseFacts {
    qint64 applicationId = 0;
    int schemaVersion = 0;
    qint64 customers = 0;
    qint64 leads = 0;
    qint64 documents = 0;
    qint64 payments = 0;
};

// A damaged file is ErrorCode::Corrupt; a file SQLite cannot open, Io.
// The file must have no journal (a snapshot or an extracted backup).
Result<DatabaseFacts> inspectDatabaseFile(const QString& path);

} // namespace peyvand::backup
