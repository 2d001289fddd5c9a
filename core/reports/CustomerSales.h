#pragma once

// Internal to core/reports: per-customer sales aggregates shared by the RFM
// and customer value reports. Read from the covering index
// documents_customer_sales (0007_reports.sql) without touching the table.

#include <QString>

namespace peyvand::reports {

// A `WITH per_customer AS (…)` clause: one row per customer with at least
// one invoice issued or settled on or before the first bound parameter
// (today, ISO): customer_id, first_day, last_day, invoices, sales (before tax).
QString perCustomerSalesCte();

} // namespace peyvand::reports
