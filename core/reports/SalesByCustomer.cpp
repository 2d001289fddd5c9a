#include "ReportBuilders.h"
#include "SalesGroups.h"

#include <QCoreApplication>

namespace peyvand::reports {

namespace {

struct CustomerText {
    Q_DECLARE_TR_FUNCTIONS(Reports)
};

constexpr int kDefaultLimit = 50;

} // namespace

Result<Report> buildSalesByCustomer(BuildContext& context, const ReportRequest& request)
{
    Report report = reportFrame(ReportId::SalesByCustomer, context, request);
    const int limit = request.limit > 0 ? request.limit : kDefaultLimit;
    auto totals = salesTotalsOf(context.db, request.range);
    if (!totals)
        return totals.error();
    auto top = topCustomers(context.db, request.range, limit);
    if (!top)
        return top.error();

    // The customers below the top N as one row, so the table adds up.
    SalesTotals others = *totals;
    for (const SalesGroup& g : *top) {
        others.invoices -= g.totals.invoices;
        others.sales -= g.totals.sales;
        others.tax -= g.totals.tax;
        others.total -= g.totals.total;
    }

    ReportTable table = salesTable(ColumnKind::Text, QStringLiteral("customer"), CustomerText::tr("Customer"), true);
    table.columns << ReportColumn { QStringLiteral("customer_id"), CustomerText::tr("Customer"), ColumnKind::Count, true };
    fillSalesTable(table, *top, *totals, [](const SalesGroup& g, qint64 share) {
        QList<ReportCell> row = salesRow(g.name, g.totals, share);
        row << (g.id > 0 ? ReportCell(g.id) : ReportCell());
        return row;
    });
    if (others.invoices > 0) {
        QList<ReportCell> row = salesRow(CustomerText::tr("All other customers"), others, perMille(others.sales, totals->sales));
        row << ReportCell();
        table.rows << row;
    }
    report.tables << table;
    report.figures << salesFigures(*totals);

    ReportChart chart;
    chart.kind = ChartKind::Bar;
    chart.title = CustomerText::tr("Top customers by sales");
    chart.valueColumns = { table.columnIndex(QStringLiteral("sales")) };
    report.charts << chart;
    report.notes << salesDefinitionNote()
                 << CustomerText::tr("The %n customers with the largest sales in the period, largest first; the rest are "
                                     "added up in \"All other customers\".", nullptr, limit);
    return report;
}

} // namespace peyvand::reports
