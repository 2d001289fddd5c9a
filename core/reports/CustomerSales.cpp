#include "CustomerSales.h"

namespace peyvand::reports {

QString perCustomerSalesCte()
{
    return QStringLiteral(
        "WITH per_customer AS (SELECT customer_id, min(issue_date) AS first_day, max(issue_date) AS last_day, "
        "count(*) AS invoices, sum(grand_total - vat_total - duty_total) AS sales "
        "FROM documents INDEXED BY documents_customer_sales "
        "WHERE type = 'invoice' AND state IN ('issued', 'settled') AND issue_date <= ? GROUP BY customer_id) ");
}

} // namespace peyvand::reports
