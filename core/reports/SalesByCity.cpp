#include "ReportBuilders.h"
#include "SalesGroups.h"

#include <QCoreApplication>

namespace peyvand::reports {

namespace {

struct CityText {
    Q_DECLARE_TR_FUNCTIONS(Reports)
};

} // namespace

Result<Report> buildSalesByCity(BuildContext& context, const ReportRequest& request)
{
    Report report = reportFrame(ReportId::SalesByCity, context, request);
    auto totals = salesTotalsOf(context.db, request.range);
    if (!totals)
        return totals.error();
    auto groups = salesByInvoiceGroup(context.db, request.range, InvoiceGrouping::City);
    if (!groups)
        return groups.error();

    const QString none = CityText::tr("No city");
    ReportTable table = salesTable(ColumnKind::Text, QStringLiteral("city"), CityText::tr("City"), true);
    table.columns << ReportColumn { QStringLiteral("city_key"), CityText::tr("City"), ColumnKind::Key, true };
    fillSalesTable(table, *groups, *totals, [&](const SalesGroup& g, qint64 share) {
        QList<ReportCell> row = salesRow(g.key.isEmpty() ? none : g.name, g.totals, share);
        row << g.key;
        return row;
    });
    (*table.totals).last() = ReportCell();
    report.tables << table;
    report.figures << salesFigures(*totals);

    ReportChart chart;
    chart.kind = ChartKind::Pie;
    chart.title = CityText::tr("Share of sales by city");
    chart.valueColumns = { table.columnIndex(QStringLiteral("sales")) };
    report.charts << chart;
    report.notes << salesDefinitionNote() << CityText::tr("Each invoice counts for the city its customer is in now; customers without a city are under \"No city\".");
    return report;
}

} // namespace peyvand::reports
