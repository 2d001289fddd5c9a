#pragma once

#include "Report.h"
#include "common/Clock.h"
#include "common/Result.h"

#include <QList>
#include <QString>

#include <optional>

namespace peyvand::storage {
class Database;
}

namespace peyvand::reports {

// Every report of issue 8. The key is what the CLI, the GUI's saved choice
// and `report render NAME` use.
enum class ReportId {
    SalesByPeriod,      // "sales_period"
    SalesByProduct,     // "sales_product"
    SalesByCategory,    // "sales_category"
    SalesByMarketer,    // "sales_marketer"
    SalesByCustomer,    // "sales_customer"
    SalesByCity,        // "sales_city"
    SalesBySource,      // "sales_source"
    Trend,              // "trend": monthly and yearly, running average, targets
    Forecast,           // "forecast": next 3 months, trend + weighted pipeline + open pre-invoices
    Rfm,                // "rfm": RFM segments
    CustomerValue,      // "customer_value": lifetime value, Pareto, customers at risk
    Funnel,             // "funnel": leads by source and month, conversion rates
    QuoteConversion,    // "quote_conversion": pre-invoice → invoice
    Receivables,        // "receivables": ageing
    ChequesDue,         // "cheques_due": cheques by due date
    PaymentRatings,     // "payment_ratings": distribution of A–D
};
QList<ReportId> allReports();
QString toKey(ReportId id);
std::optional<ReportId> reportFromKey(const QString& key);
QString displayName(ReportId id);   // translated title
QString describe(ReportId id);      // translated one line: what it answers

// Which parts of the request a report reads (the GUI hides the rest).
bool usesPeriod(ReportId id);
bool usesGrouping(ReportId id);

struct ReportRequest {
    DateRange range;                  // reports with a period; checked by checkRange
    Grouping grouping = Grouping::Month;
    int limit = 0;                    // top-N lists (0: the report's default)
};

// Computes reports from SQL aggregates (never by loading the rows).
class ReportRunner final {
public:
    ReportRunner(storage::Database& db, const Clock& clock = SystemClock::instance());
    Result<Report> run(ReportId id, const ReportRequest& request);

private:
    storage::Database& m_db;
    const Clock& m_clock;
};

} // namespace peyvand::reports
