#pragma once

#include "Product.h"
#include "common/Clock.h"
#include "common/Result.h"

#include <QIODevice>
#include <QList>
#include <QStringList>

#include <functional>

namespace peyvand::storage {
class Database;
}

namespace peyvand::sales {

struct ProductFilter {
    QString query;                // matches code, name, category (normalised, any part)
    bool includeInactive = false;
    QString category;             // exact category, empty for all
    int limit = 100;
    int offset = 0;
};

// One problem in an imported file: the 1-based line and the column's header.
struct ImportProblem {
    int line = 0;
    QString column;
    QString message;
};

struct ProductImportReport {
    int created = 0;
    int updated = 0;              // rows whose code matched an existing product
    QList<ImportProblem> problems; // rows that were rejected (nothing of them stored)
};

struct ProductImportOptions {
    bool dryRun = false;          // validate only
    // When any row is invalid the whole import is refused (all or nothing)
    // unless skipInvalid is set; then the valid rows are stored.
    bool skipInvalid = false;
    std::function<bool(int done, int total)> progress; // return false to cancel (rolls back)
};

// The product and service catalog. Writes validate, normalise, run in one
// transaction and leave an audit row (entity "product").
class CatalogService final {
public:
    CatalogService(storage::Database& db, const Clock& clock = SystemClock::instance());

    // InvalidInput naming the field ("name", "code", "unit_price", …);
    // Conflict when the code is taken.
    Result<Product> create(Product draft);
    Result<Product> update(Product changed);
    Result<Product> get(qint64 id);
    Result<std::optional<Product>> findByCode(const QString& code);
    // Deletes a product no document refers to; otherwise Conflict (deactivate instead).
    Status remove(qint64 id);
    Status setActive(qint64 id, bool active);

    // Ordered by name (Persian alphabetical order); for search as you type.
    Result<QList<Product>> list(const ProductFilter& filter);
    Result<int> count(const ProductFilter& filter);
    Result<QStringList> categories();

    // CSV (UTF-8, optional BOM, comma or semicolon or tab separated, first
    // row headers). Recognised headers (English or Persian, any case):
    // code/کد, name/نام/شرح, kind/نوع, unit/واحد, unit_price/price/قیمت/مبلغ,
    // tax_exempt/معاف, category/دسته, active/فعال. Rows with a known code update
    // that product. Prices accept Persian digits and thousands separators.
    // When rows are invalid and skipInvalid is off, the result is an
    // InvalidInput error naming the first problem's line, and `report` (when
    // given) still lists every problem. A dry run returns what the import
    // would return, storing nothing.
    Result<ProductImportReport> importCsv(QIODevice& in, const ProductImportOptions& options = {},
                                          ProductImportReport* report = nullptr);

private:
    storage::Database& m_db;
    const Clock& m_clock;
};

} // namespace peyvand::sales
