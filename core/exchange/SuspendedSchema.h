#pragma once

// Internal to core/exchange: triggers and indexes taken out of the schema for
// the length of a bulk write, inside the caller's transaction, and created
// again from their own stored SQL. A rollback brings them back by itself.

#include "common/Result.h"

#include <QSqlDatabase>
#include <QStringList>

namespace peyvand::exchange {

class SuspendedSchema final {
public:
    // Drops the named triggers or indexes, keeping their SQL. Each must exist.
    Status suspend(QSqlDatabase& db, const QStringList& names);
    // Creates every suspended object again, in the order suspended.
    Status restore(QSqlDatabase& db);
    bool isEmpty() const { return m_sql.isEmpty(); }

private:
    QStringList m_sql;
};

} // namespace peyvand::exchange
