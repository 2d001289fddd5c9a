#pragma once

// Internal to core/reports: the SQL behind the sales-by-X reports, read
// from the summaries of schema 7 (sales_invoices, sales_product_days/months).

#include "SalesColumns.h"

#include "common/Result.h"

#include <functional>

namespace peyvand::storage {
class Database;
}

namespace peyvand::reports {

// The range's sales (documents_totals index): what sales by period totals.
Result<SalesTotals> salesTotalsOf(storage::Database& db, const DateRange& range);

struct SalesGroup {
    QString key;       // stable key ('' for "none"); a number for products and customers
    QString name;      // display name as stored ('' when none)
    qint64 id = 0;     // products.id / customers.id; 0 or -1 for the special product rows
    qint64 quantityMilli = 0;
    SalesTotals totals;
};

// Per product key (products.id, 0: not from the catalog, -1: additions),
// largest sales first. `name` is the product's current name.
Result<QList<SalesGroup>> salesByProductKey(storage::Database& db, const DateRange& range);

// Per invoice attribute, largest sales first: marketer_key, city_key or source_key.
enum class InvoiceGrouping { Marketer, City, Source };
Result<QList<SalesGroup>> salesByInvoiceGroup(storage::Database& db, const DateRange& range, InvoiceGrouping grouping);

// The `limit` customers with the largest sales, largest first.
Result<QList<SalesGroup>> topCustomers(storage::Database& db, const DateRange& range, int limit);

// round(part × 1000 / whole), half away from zero; 0 when whole is 0.
qint64 perMille(qint64 part, qint64 whole);

// Sorts groups by sales (largest first), then by key, and appends the rows of a
// sales table with a share column to `table`; sets its totals row from `totals`.
void fillSalesTable(ReportTable& table, const QList<SalesGroup>& groups, const SalesTotals& totals,
                    const std::function<QList<ReportCell>(const SalesGroup&, qint64 share)>& row);

} // namespace peyvand::reports
