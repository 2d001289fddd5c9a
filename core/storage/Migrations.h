#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QList>

namespace peyvand::storage {

// The schema's history: migration N brings a database from user_version N-1
// to N. Each is an SQL script embedded as a resource (:/migrations/NNNN_*.sql)
// and is run in one transaction together with the user_version bump.
struct Migration {
    int version = 0;
    const char* resource = nullptr; // embedded script
    QByteArray sql;                 // or inline SQL (tests)
};

const QList<Migration>& migrations();
int latestSchemaVersion();
Result<QByteArray> migrationScript(const Migration& migration);

} // namespace peyvand::storage
