#include "ReportBuilders.h"
#include "SalesGroups.h"

#include <QCoreApplication>

namespace peyvand::reports {

namespace {

struct SourceText {
    Q_DECLARE_TR_FUNCTIONS(Reports)
};

} // namespace

Result<Report> buildSalesBySource(BuildContext& context, const ReportRequest& request)
{
    Report report = reportFrame(ReportId::SalesBySource, context, request);
    auto totals = salesTotalsOf(context.db, request.range);
    if (!totals)
        return totals.error();
    auto groups = salesByInvoiceGroup(context.db, request.range, InvoiceGrouping::Source);
    if (!groups)
        return groups.error();

    const QString none = SourceText::tr("No source");
    ReportTable table = salesTable(ColumnKind::Text, QStringLiteral("source"), SourceText::tr("Source"), true);
    table.columns << ReportColumn { QStringLiteral("source_key"), SourceText::tr("Source"), ColumnKind::Key, true };
    fillSalesTable(table, *groups, *totals, [&](const SalesGroup& g, qint64 share) {
        QList<ReportCell> row = salesRow(g.key.isEmpty() ? none : g.name, g.totals, share);
        row << g.key;
        return row;
    });
    (*table.totals).last() = ReportCell();
    report.tables << table;
    report.figures << salesFigures(*totals);

    ReportChart chart;
    chart.kind = ChartKind::Donut;
    chart.title = SourceText::tr("Share of sales by customer source");
    chart.valueColumns = { table.columnIndex(QStringLiteral("sales")) };
    report.charts << chart;
    report.notes << salesDefinitionNote() << SourceText::tr("Each invoice counts for the source its customer came from (as the customer's record says now); customers without one are under \"No source\".");
    return report;
}

} // namespace peyvand::reports
