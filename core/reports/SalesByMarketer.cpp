#include "ReportBuilders.h"
#include "SalesGroups.h"

#include <QCoreApplication>

namespace peyvand::reports {

namespace {

struct MarketerText {
    Q_DECLARE_TR_FUNCTIONS(Reports)
};

} // namespace

Result<Report> buildSalesByMarketer(BuildContext& context, const ReportRequest& request)
{
    Report report = reportFrame(ReportId::SalesByMarketer, context, request);
    auto totals = salesTotalsOf(context.db, request.range);
    if (!totals)
        return totals.error();
    auto groups = salesByInvoiceGroup(context.db, request.range, InvoiceGrouping::Marketer);
    if (!groups)
        return groups.error();

    const QString none = MarketerText::tr("No salesperson");
    ReportTable table = salesTable(ColumnKind::Text, QStringLiteral("marketer"), MarketerText::tr("Salesperson"), true);
    table.columns << ReportColumn { QStringLiteral("marketer_key"), MarketerText::tr("Salesperson"), ColumnKind::Key, true };
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
    chart.title = MarketerText::tr("Share of sales by salesperson");
    chart.valueColumns = { table.columnIndex(QStringLiteral("sales")) };
    report.charts << chart;
    report.notes << salesDefinitionNote() << MarketerText::tr("Each invoice counts for the salesperson written on it; invoices without one are under \"No salesperson\".");
    return report;
}

} // namespace peyvand::reports
