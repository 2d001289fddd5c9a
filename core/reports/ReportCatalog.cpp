#include "ReportCatalog.h"

#include "ReportBuilders.h"

#include <QCoreApplication>

namespace peyvand::reports {

namespace {

struct CatalogText {
    Q_DECLARE_TR_FUNCTIONS(Reports)
};

} // namespace

QList<ReportId> allReports()
{
    return { ReportId::SalesByPeriod, ReportId::SalesByProduct, ReportId::SalesByCategory, ReportId::SalesByMarketer,
             ReportId::SalesByCustomer, ReportId::SalesByCity, ReportId::SalesBySource, ReportId::Trend,
             ReportId::Forecast, ReportId::Rfm, ReportId::CustomerValue, ReportId::Funnel,
             ReportId::QuoteConversion, ReportId::Receivables, ReportId::ChequesDue, ReportId::PaymentRatings };
}

QString toKey(ReportId id)
{
    switch (id) {
    case ReportId::SalesByPeriod: return QStringLiteral("sales_period");
    case ReportId::SalesByProduct: return QStringLiteral("sales_product");
    case ReportId::SalesByCategory: return QStringLiteral("sales_category");
    case ReportId::SalesByMarketer: return QStringLiteral("sales_marketer");
    case ReportId::SalesByCustomer: return QStringLiteral("sales_customer");
    case ReportId::SalesByCity: return QStringLiteral("sales_city");
    case ReportId::SalesBySource: return QStringLiteral("sales_source");
    case ReportId::Trend: return QStringLiteral("trend");
    case ReportId::Forecast: return QStringLiteral("forecast");
    case ReportId::Rfm: return QStringLiteral("rfm");
    case ReportId::CustomerValue: return QStringLiteral("customer_value");
    case ReportId::Funnel: return QStringLiteral("funnel");
    case ReportId::QuoteConversion: return QStringLiteral("quote_conversion");
    case ReportId::Receivables: return QStringLiteral("receivables");
    case ReportId::ChequesDue: return QStringLiteral("cheques_due");
    case ReportId::PaymentRatings: return QStringLiteral("payment_ratings");
    }
    return {};
}

std::optional<ReportId> reportFromKey(const QString& key)
{
    for (ReportId id : allReports()) {
        if (toKey(id) == key)
            return id;
    }
    return std::nullopt;
}

QString displayName(ReportId id)
{
    switch (id) {
    case ReportId::SalesByPeriod: return CatalogText::tr("Sales by period");
    case ReportId::SalesByProduct: return CatalogText::tr("Sales by product or service");
    case ReportId::SalesByCategory: return CatalogText::tr("Sales by category");
    case ReportId::SalesByMarketer: return CatalogText::tr("Sales by salesperson");
    case ReportId::SalesByCustomer: return CatalogText::tr("Sales by customer");
    case ReportId::SalesByCity: return CatalogText::tr("Sales by city");
    case ReportId::SalesBySource: return CatalogText::tr("Sales by customer source");
    case ReportId::Trend: return CatalogText::tr("Trend and targets");
    case ReportId::Forecast: return CatalogText::tr("Sales forecast");
    case ReportId::Rfm: return CatalogText::tr("Customer segments (RFM)");
    case ReportId::CustomerValue: return CatalogText::tr("Customer value");
    case ReportId::Funnel: return CatalogText::tr("Lead funnel");
    case ReportId::QuoteConversion: return CatalogText::tr("Pre-invoice conversion");
    case ReportId::Receivables: return CatalogText::tr("Receivables ageing");
    case ReportId::ChequesDue: return CatalogText::tr("Cheques by due date");
    case ReportId::PaymentRatings: return CatalogText::tr("Payment ratings");
    }
    return {};
}

QString describe(ReportId id)
{
    switch (id) {
    case ReportId::SalesByPeriod: return CatalogText::tr("Invoiced sales in each day, week, month, quarter or year.");
    case ReportId::SalesByProduct: return CatalogText::tr("Which products and services sell, by amount and quantity.");
    case ReportId::SalesByCategory: return CatalogText::tr("Sales of each product category.");
    case ReportId::SalesByMarketer: return CatalogText::tr("Sales of each salesperson named on the invoices.");
    case ReportId::SalesByCustomer: return CatalogText::tr("Who bought the most in the period.");
    case ReportId::SalesByCity: return CatalogText::tr("Sales by the customer's city.");
    case ReportId::SalesBySource: return CatalogText::tr("Sales by where the customer came from.");
    case ReportId::Trend: return CatalogText::tr("Monthly and yearly sales, this year's running average and progress against targets.");
    case ReportId::Forecast: return CatalogText::tr("The next three months from the trend, the weighted pipeline and open pre-invoices.");
    case ReportId::Rfm: return CatalogText::tr("Customers grouped by how recently, how often and how much they buy.");
    case ReportId::CustomerValue: return CatalogText::tr("Lifetime value, the customers that make most of the sales, and customers at risk.");
    case ReportId::Funnel: return CatalogText::tr("Leads by source and month and how many qualified and became customers.");
    case ReportId::QuoteConversion: return CatalogText::tr("How many pre-invoices became invoices.");
    case ReportId::Receivables: return CatalogText::tr("What customers owe, by how long it is overdue.");
    case ReportId::ChequesDue: return CatalogText::tr("Cheques not yet cleared, by due date.");
    case ReportId::PaymentRatings: return CatalogText::tr("How many customers have each payment rating.");
    }
    return {};
}

bool usesPeriod(ReportId id)
{
    switch (id) {
    case ReportId::Forecast:
    case ReportId::Rfm:
    case ReportId::CustomerValue:
    case ReportId::Receivables:
    case ReportId::PaymentRatings:
        return false;
    default:
        return true;
    }
}

bool usesGrouping(ReportId id)
{
    switch (id) {
    case ReportId::SalesByPeriod:
    case ReportId::Trend:
    case ReportId::Funnel:
    case ReportId::QuoteConversion:
    case ReportId::ChequesDue:
        return true;
    default:
        return false;
    }
}

Report reportFrame(ReportId id, const BuildContext& context, const ReportRequest& request)
{
    Report report;
    report.id = toKey(id);
    report.title = displayName(id);
    report.asOf = context.today;
    if (usesPeriod(id))
        report.range = request.range;
    if (usesGrouping(id))
        report.grouping = request.grouping;
    return report;
}

ReportRunner::ReportRunner(storage::Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
{
}

Result<Report> ReportRunner::run(ReportId id, const ReportRequest& request)
{
    if (usesPeriod(id)) {
        if (Status valid = checkRange(request.range); !valid)
            return valid.error();
    }
    if (request.limit < 0)
        return Error::invalid(QStringLiteral("limit"), CatalogText::tr("The number of rows to show cannot be negative."));
    BuildContext context { m_db, m_clock, m_clock.today() };
    switch (id) {
    case ReportId::SalesByPeriod: return buildSalesByPeriod(context, request);
    case ReportId::SalesByProduct: return buildSalesByProduct(context, request);
    case ReportId::SalesByCategory: return buildSalesByCategory(context, request);
    case ReportId::SalesByMarketer: return buildSalesByMarketer(context, request);
    case ReportId::SalesByCustomer: return buildSalesByCustomer(context, request);
    case ReportId::SalesByCity: return buildSalesByCity(context, request);
    case ReportId::SalesBySource: return buildSalesBySource(context, request);
    case ReportId::Trend: return buildTrend(context, request);
    case ReportId::Forecast: return buildForecast(context, request);
    case ReportId::Rfm: return buildRfm(context, request);
    case ReportId::CustomerValue: return buildCustomerValue(context, request);
    case ReportId::Funnel: return buildFunnel(context, request);
    case ReportId::QuoteConversion: return buildQuoteConversion(context, request);
    case ReportId::Receivables: return buildReceivables(context, request);
    case ReportId::ChequesDue: return buildChequesDue(context, request);
    case ReportId::PaymentRatings: return buildPaymentRatings(context, request);
    }
    return Error::invalid(QStringLiteral("report"), CatalogText::tr("There is no such report."));
}

} // namespace peyvand::reports
