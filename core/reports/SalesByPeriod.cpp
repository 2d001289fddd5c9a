#include "ReportBuilders.h"
#include "SalesColumns.h"

#include "storage/Database.h"
#include "storage/SqlHelpers.h"

#include <QCoreApplication>
#include <QHash>

namespace peyvand::reports {

namespace {

struct SalesText {
    Q_DECLARE_TR_FUNCTIONS(Reports)
};

} // namespace

Result<Report> buildSalesByPeriod(BuildContext& context, const ReportRequest& request)
{
    Report report = reportFrame(ReportId::SalesByPeriod, context, request);
    const QList<PeriodBucket> buckets = bucketsOf(request.range, request.grouping);
    QHash<QString, int> bucketIndex;
    QList<SalesTotals> totals(buckets.size());
    for (int i = 0; i < buckets.size(); ++i)
        bucketIndex.insert(bucketKey(buckets.at(i)), i);

    // Reads only the covering index documents_totals: one row per day.
    auto query = storage::run(context.db.connection(), QStringLiteral(
        "SELECT issue_date, count(*), sum(grand_total - vat_total - duty_total), sum(vat_total + duty_total), sum(grand_total) "
        "FROM documents WHERE type = 'invoice' AND issue_date BETWEEN ? AND ? AND state IN ('issued', 'settled') "
        "GROUP BY issue_date"),
        { storage::isoDate(request.range.from), storage::isoDate(request.range.to) });
    if (!query)
        return query.error();
    while (query->next()) {
        const QDate day = storage::dateFromIso(query->value(0));
        const int index = bucketIndex.value(bucketKey(bucketOf(day, request.grouping)), -1);
        if (index < 0)
            continue;
        SalesTotals& bucket = totals[index];
        bucket.invoices += query->value(1).toLongLong();
        bucket.sales += query->value(2).toLongLong();
        bucket.tax += query->value(3).toLongLong();
        bucket.total += query->value(4).toLongLong();
    }

    ReportTable table = salesTable(ColumnKind::Period, QStringLiteral("period"), SalesText::tr("Period"));
    SalesTotals sum;
    for (int i = 0; i < buckets.size(); ++i) {
        table.rows << salesRow(buckets.at(i), totals.at(i));
        sum += totals.at(i);
    }
    table.totals = salesRow(SalesText::tr("Total"), sum);
    report.tables << table;
    report.figures << salesFigures(sum);

    ReportChart chart;
    chart.kind = ChartKind::Bar;
    chart.title = SalesText::tr("Sales before tax");
    chart.categoryColumn = 0;
    chart.valueColumns = { table.columnIndex(QStringLiteral("sales")) };
    report.charts << chart;
    report.notes << salesDefinitionNote();
    return report;
}

} // namespace peyvand::reports
