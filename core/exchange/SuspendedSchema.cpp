#include "SuspendedSchema.h"

#include "storage/SqlHelpers.h"
#include "storage/SqlStatement.h"

namespace peyvand::exchange {

using storage::execSql;

Status SuspendedSchema::suspend(QSqlDatabase& db, const QStringList& names)
{
    for (const QString& name : names) {
        auto found = storage::run(db, QStringLiteral("SELECT type, sql FROM sqlite_master WHERE name = ? AND type IN ('trigger', 'index')"),
                                  { name });
        if (!found)
            return found.error();
        if (!found->next() || found->value(1).toString().isEmpty())
            return Error::make(ErrorCode::Internal, QStringLiteral("The schema object %1 is missing.").arg(name));
        const QString type = found->value(0).toString().toUpper();
        const QString sql = found->value(1).toString();
        found->finish();
        if (auto s = execSql(db, QStringLiteral("DROP %1 %2").arg(type, name)); !s)
            return s;
        m_sql << sql;
    }
    return {};
}

Status SuspendedSchema::restore(QSqlDatabase& db)
{
    while (!m_sql.isEmpty()) {
        if (auto s = execSql(db, m_sql.constFirst()); !s)
            return s;
        m_sql.removeFirst();
    }
    return {};
}

} // namespace peyvand::exchange
