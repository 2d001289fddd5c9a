#pragma once

#include <QString>
#include <QStringList>

namespace peyvand::bench {

// peyvand-bench documents --documents N [--db PATH] [--keep] [--reuse] [--runs R]
// Generates N pre-invoices and invoices (through DocumentService, as the app
// would write them) over a few thousand demo customers, then times what the
// document list does to show its first page: DocumentQuery::page (100 rows)
// plus DocumentQuery::totals, unfiltered and with each filter. Target
// (issue 3): ≤ 100 ms at 100,000 documents.
int runDocumentListBench(const QStringList& args);

} // namespace peyvand::bench
