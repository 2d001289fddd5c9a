#pragma once

// Internal to core/reports: one builder per report, each in its own file.

#include "ReportCatalog.h"

namespace peyvand::reports {

struct BuildContext {
    storage::Database& db;
    const Clock& clock;
    QDate today;
};

Result<Report> buildSalesByPeriod(BuildContext& context, const ReportRequest& request);
Result<Report> buildSalesByProduct(BuildContext& context, const ReportRequest& request);
Result<Report> buildSalesByCategory(BuildContext& context, const ReportRequest& request);
Result<Report> buildSalesByMarketer(BuildContext& context, const ReportRequest& request);
Result<Report> buildSalesByCustomer(BuildContext& context, const ReportRequest& request);
Result<Report> buildSalesByCity(BuildContext& context, const ReportRequest& request);
Result<Report> buildSalesBySource(BuildContext& context, const ReportRequest& request);
Result<Report> buildTrend(BuildContext& context, const ReportRequest& request);
Result<Report> buildForecast(BuildContext& context, const ReportRequest& request);
Result<Report> buildRfm(BuildContext& context, const ReportRequest& request);
Result<Report> buildCustomerValue(BuildContext& context, const ReportRequest& request);
Result<Report> buildFunnel(BuildContext& context, const ReportRequest& request);
Result<Report> buildQuoteConversion(BuildContext& context, const ReportRequest& request);
Result<Report> buildReceivables(BuildContext& context, const ReportRequest& request);
Result<Report> buildChequesDue(BuildContext& context, const ReportRequest& request);
Result<Report> buildPaymentRatings(BuildContext& context, const ReportRequest& request);

// The report's frame: id, translated title, as-of date, and the request's
// range and grouping when the report uses them.
Report reportFrame(ReportId id, const BuildContext& context, const ReportRequest& request);

} // namespace peyvand::reports
