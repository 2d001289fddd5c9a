#include "ReportBuilders.h"
#include "SalesGroups.h"

#include <QCoreApplication>

namespace peyvand::reports {

namespace {

struct ProductText {
    Q_DECLARE_TR_FUNCTIONS(Reports)
};

QString productName(const SalesGroup& g)
{
    if (g.id == -1)
        return ProductText::tr("Additions (shipping and other charges)");
    if (g.id == 0 || g.name.isEmpty())
        return ProductText::tr("Not from the catalog");
    return g.name;
}

} // namespace

Result<Report> buildSalesByProduct(BuildContext& context, const ReportRequest& request)
{
    Report report = reportFrame(ReportId::SalesByProduct, context, request);
    auto totals = salesTotalsOf(context.db, request.range);
    if (!totals)
        return totals.error();
    auto groups = salesByProductKey(context.db, request.range);
    if (!groups)
        return groups.error();

    ReportTable table = salesTable(ColumnKind::Text, QStringLiteral("product"), ProductText::tr("Product or service"), true);
    table.columns.insert(1, ReportColumn { QStringLiteral("quantity"), ProductText::tr("Quantity"), ColumnKind::Quantity });
    table.columns << ReportColumn { QStringLiteral("product_id"), ProductText::tr("Product"), ColumnKind::Count, true };
    fillSalesTable(table, *groups, *totals, [](const SalesGroup& g, qint64 share) {
        QList<ReportCell> row = salesRow(productName(g), g.totals, share);
        row.insert(1, g.id == -1 ? ReportCell() : ReportCell(g.quantityMilli));
        row << (g.id > 0 ? ReportCell(g.id) : ReportCell());
        return row;
    });
    (*table.totals)[1] = ReportCell(); // quantities of different units do not add up
    report.tables << table;
    report.figures << salesFigures(*totals);

    ReportChart chart;
    chart.kind = ChartKind::Bar;
    chart.title = ProductText::tr("Best-selling products and services");
    chart.valueColumns = { table.columnIndex(QStringLiteral("sales")) };
    report.charts << chart;
    report.notes << salesDefinitionNote()
                 << ProductText::tr("Sales of a product are its invoice lines after line and invoice discounts, before tax. "
                                    "Lines typed in by hand are grouped as \"Not from the catalog\", and additions such as "
                                    "shipping have their own row, so the table adds up to the sales of the period.")
                 << ProductText::tr("Invoices counts the invoices that sold the product; an invoice selling several products "
                                    "counts under each of them, so the column does not add up to the invoices of the period.");
    return report;
}

} // namespace peyvand::reports
