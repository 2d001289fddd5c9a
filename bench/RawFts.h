#pragma once

#include "common/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace peyvand::bench {

// The baseline: the bare FTS5 lookup a search cannot beat,
//   SELECT rowid FROM customer_fts WHERE customer_fts MATCH ? LIMIT 50
// with the MATCH expression of customers::ftsMatchExpression(), the one the
// search itself uses.

class RawFts {
public:
    explicit RawFts(QSqlDatabase& db);
    // Runs the lookup and steps through every row; returns the row count.
    Result<int> firstPage(const QString& query, int limit = 50);

private:
    QSqlQuery m_query;
    bool m_prepared = false;
    QString m_prepareError;
};

} // namespace peyvand::bench
