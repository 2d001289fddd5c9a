// Sales by salesperson, city and source: the same table and chart over one
// grouping of sales_invoices each (SalesGroups.h).
#include "ReportBuilders.h"
#include "SalesGroups.h"

#include <QCoreApplication>

namespace peyvand::reports {

namespace {

struct GroupText {
    Q_DECLARE_TR_FUNCTIONS(Reports)
};

struct GroupReport {
    ReportId id;
    InvoiceGrouping grouping;
    QString column;      // "city": the name column; "city_key" the hidden key
    QString title;       // its header
    QString none;        // the row of invoices without one
    ChartKind chart;
    QString chartTitle;
    QString note;
};

Result<Report> buildGroupReport(BuildContext& context, const ReportRequest& request, const GroupReport& spec)
{
    Report report = reportFrame(spec.id, context, request);
    auto totals = salesTotalsOf(context.db, request.range);
    if (!totals)
        return totals.error();
    auto groups = salesByInvoiceGroup(context.db, request.range, spec.grouping);
    if (!groups)
        return groups.error();

    ReportTable table = salesTable(ColumnKind::Text, spec.column, spec.title, true);
    table.columns << ReportColumn { spec.column + QStringLiteral("_key"), spec.title, ColumnKind::Key, true };
    fillSalesTable(table, *groups, *totals, [&](const SalesGroup& g, qint64 share) {
        QList<ReportCell> row = salesRow(g.key.isEmpty() ? spec.none : g.name, g.totals, share);
        row << g.key;
        return row;
    });
    (*table.totals).last() = ReportCell();
    report.tables << table;
    report.figures << salesFigures(*totals);

    ReportChart chart;
    chart.kind = spec.chart;
    chart.title = spec.chartTitle;
    chart.valueColumns = { table.columnIndex(QStringLiteral("sales")) };
    report.charts << chart;
    report.notes << salesDefinitionNote() << spec.note;
    return report;
}

} // namespace

Result<Report> buildSalesByMarketer(BuildContext& context, const ReportRequest& request)
{
    return buildGroupReport(context, request,
        { ReportId::SalesByMarketer, InvoiceGrouping::Marketer, QStringLiteral("marketer"), GroupText::tr("Salesperson"),
          GroupText::tr("No salesperson"), ChartKind::Pie, GroupText::tr("Share of sales by salesperson"),
          GroupText::tr("Each invoice counts for the salesperson written on it; invoices without one are under \"No salesperson\".") });
}

Result<Report> buildSalesByCity(BuildContext& context, const ReportRequest& request)
{
    return buildGroupReport(context, request,
        { ReportId::SalesByCity, InvoiceGrouping::City, QStringLiteral("city"), GroupText::tr("City"), GroupText::tr("No city"),
          ChartKind::Pie, GroupText::tr("Share of sales by city"),
          GroupText::tr("Each invoice counts for the city its customer is in now; customers without a city are under \"No city\".") });
}

Result<Report> buildSalesBySource(BuildContext& context, const ReportRequest& request)
{
    return buildGroupReport(context, request,
        { ReportId::SalesBySource, InvoiceGrouping::Source, QStringLiteral("source"), GroupText::tr("Source"),
          GroupText::tr("No source"), ChartKind::Donut, GroupText::tr("Share of sales by customer source"),
          GroupText::tr("Each invoice counts for the source its customer came from (as the customer's record says now); "
                        "customers without one are under \"No source\".") });
}

} // namespace peyvand::reports
