#pragma once

#include "CatalogService.h"
#include "common/Clock.h"
#include "common/Result.h"

#include <QIODevice>

namespace peyvand::storage {
class Database;
}

namespace peyvand::sales {

// The CSV import behind CatalogService::importCsv. One pass over the rows in
// one transaction: each row is read (ProductCsvColumns), normalised and
// validated (ProductValidator), matched by code to a stored product, checked
// against the codes of earlier rows, and written with an audit row. When a
// row is invalid and skipInvalid is off, later rows are still checked so that
// the report lists every problem, and the transaction is rolled back.
class ProductCsvImport final {
public:
    ProductCsvImport(storage::Database& db, const Clock& clock) : m_db(db), m_clock(clock) { }

    // `report`, when given, is filled even when the import is refused.
    Result<ProductImportReport> run(QIODevice& in, const ProductImportOptions& options, ProductImportReport* report);

private:
    storage::Database& m_db;
    const Clock& m_clock;
};

} // namespace peyvand::sales
