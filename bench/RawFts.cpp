#include "RawFts.h"

#include "customers/CustomerSearch.h"

#include <QSqlError>
#include <QVariant>

namespace peyvand::bench {

RawFts::RawFts(QSqlDatabase& db)
    : m_query(db)
{
    m_query.setForwardOnly(true);
    m_prepared = m_query.prepare(QStringLiteral("SELECT rowid FROM customer_fts WHERE customer_fts MATCH ? LIMIT ?"));
    if (!m_prepared)
        m_prepareError = m_query.lastError().text();
}

Result<int> RawFts::firstPage(const QString& query, int limit)
{
    if (!m_prepared)
        return Error::make(ErrorCode::Database, QStringLiteral("cannot prepare the FTS query"), m_prepareError);
    const QString match = customers::ftsMatchExpression(query);
    if (match.isEmpty())
        return 0;
    m_query.bindValue(0, match);
    m_query.bindValue(1, limit);
    if (!m_query.exec())
        return Error::make(ErrorCode::Database, QStringLiteral("FTS query failed"), m_query.lastError().text());
    int rows = 0;
    while (m_query.next())
        ++rows;
    m_query.finish();
    return rows;
}

} // namespace peyvand::bench
