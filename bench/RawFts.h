#pragma once

#include "common/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace peyvand::bench {

// The baseline: the bare FTS5 lookup a search cannot beat,
//   SELECT rowid FROM customer_fts WHERE customer_fts MATCH ? LIMIT 50
// with the MATCH expression built exactly as core/customers/CustomerSearch.cpp
// builds it (search-key words, each a quoted phrase, short words padded with
// leading spaces to a word-start trigram, joined with AND). Keep the two in step.
QString ftsMatchExpression(const QString& query);

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
