#include "SalesColumns.h"

#include <QCoreApplication>

namespace peyvand::reports {

namespace {

struct SalesText {
    Q_DECLARE_TR_FUNCTIONS(Reports)
};

} // namespace

SalesTotals& SalesTotals::operator+=(const SalesTotals& other)
{
    invoices += other.invoices;
    sales += other.sales;
    tax += other.tax;
    total += other.total;
    return *this;
}

ReportTable salesTable(ColumnKind groupKind, const QString& groupKey, const QString& groupTitle, bool withShare)
{
    ReportTable table;
    table.key = QStringLiteral("rows");
    table.title = SalesText::tr("Sales");
    table.columns = {
        { groupKey, groupTitle, groupKind },
        { QStringLiteral("invoices"), SalesText::tr("Invoices"), ColumnKind::Count },
        { QStringLiteral("sales"), SalesText::tr("Sales before tax"), ColumnKind::Money },
        { QStringLiteral("tax"), SalesText::tr("VAT and duty"), ColumnKind::Money },
        { QStringLiteral("total"), SalesText::tr("Total with tax"), ColumnKind::Money },
    };
    if (withShare)
        table.columns << ReportColumn { QStringLiteral("share"), SalesText::tr("Share of sales"), ColumnKind::PerMille };
    return table;
}

QList<ReportCell> salesRow(const ReportCell& group, const SalesTotals& totals, qint64 share)
{
    QList<ReportCell> row { group, totals.invoices, totals.sales, totals.tax, totals.total };
    if (share >= 0)
        row << share;
    return row;
}

QList<ReportFigure> salesFigures(const SalesTotals& totals)
{
    return {
        { QStringLiteral("sales"), SalesText::tr("Sales before tax"), ColumnKind::Money, totals.sales },
        { QStringLiteral("invoices"), SalesText::tr("Invoices"), ColumnKind::Count, totals.invoices },
        { QStringLiteral("average_invoice"), SalesText::tr("Average invoice"), ColumnKind::Money,
          totals.invoices ? totals.sales / totals.invoices : 0 },
    };
}

QString salesDefinitionNote()
{
    return SalesText::tr("Sales are the invoices issued in the period (settled or not); drafts and pre-invoices do not "
                         "count. \"Sales before tax\" is what the invoices charge before VAT and duty, after discounts and "
                         "with additions such as shipping.");
}

} // namespace peyvand::reports
