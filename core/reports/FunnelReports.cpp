#include "ReportBuilders.h"

#include "leads/Funnel.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"

#include <QCoreApplication>
#include <QHash>

namespace peyvand::reports {

namespace {

struct FunnelText {
    Q_DECLARE_TR_FUNCTIONS(Reports)
};

qint64 perMille(qint64 part, qint64 whole)
{
    return whole > 0 ? part * 1000 / whole : 0;
}

ReportTable funnelTable(const QString& key, const QString& title, ColumnKind groupKind, const QString& groupKey,
                        const QString& groupTitle)
{
    ReportTable table;
    table.key = key;
    table.title = title;
    table.columns << ReportColumn { groupKey, groupTitle, groupKind };
    if (groupKind == ColumnKind::Key) {
        table.columns.first().hidden = true;
        table.columns << ReportColumn { QStringLiteral("name"), groupTitle, ColumnKind::Text };
    }
    table.columns << ReportColumn { QStringLiteral("leads"), FunnelText::tr("Leads"), ColumnKind::Count }
                  << ReportColumn { QStringLiteral("qualified"), FunnelText::tr("Qualified"), ColumnKind::Count }
                  << ReportColumn { QStringLiteral("converted"), FunnelText::tr("Became customers"), ColumnKind::Count }
                  << ReportColumn { QStringLiteral("qualified_rate"), FunnelText::tr("Qualified rate"), ColumnKind::PerMille }
                  << ReportColumn { QStringLiteral("converted_rate"), FunnelText::tr("Conversion rate"), ColumnKind::PerMille };
    return table;
}

QList<ReportCell> funnelCells(const leads::FunnelRow& row)
{
    const qint64 values[] = { row.leads, row.qualified, row.converted, row.qualifiedRate(), row.convertedRate() };
    QList<ReportCell> cells(std::size(values));
    for (int i = 0; i < int(std::size(values)); ++i)
        cells[i] = values[i];
    return cells;
}

void add(leads::FunnelRow& to, const leads::FunnelRow& from)
{
    to.leads += from.leads;
    to.qualified += from.qualified;
    to.converted += from.converted;
}

} // namespace

Result<Report> buildFunnel(BuildContext& context, const ReportRequest& request)
{
    Report report = reportFrame(ReportId::Funnel, context, request);
    auto funnel = leads::FunnelQuery(context.db).compute(request.range.from, request.range.to);
    if (!funnel)
        return funnel.error();
    // Cohorts are Jalali months; quarters and years add months up, days and weeks show months.
    const Grouping grouping = request.grouping == Grouping::Quarter || request.grouping == Grouping::Year
        ? request.grouping : Grouping::Month;
    report.grouping = grouping;
    QList<PeriodBucket> buckets;
    QList<leads::FunnelRow> rows;
    for (const leads::FunnelRow& month : funnel->byMonth) {
        const PeriodBucket bucket = bucketOf(text::jalali::toGregorian({ month.jalaliYear, month.jalaliMonth, 1 }), grouping);
        if (buckets.isEmpty() || !(buckets.last() == bucket)) {
            buckets << bucket;
            rows << leads::FunnelRow {};
        }
        add(rows.last(), month);
    }
    ReportTable byPeriod = funnelTable(QStringLiteral("by_period"), FunnelText::tr("Leads by period"), ColumnKind::Period,
                                       QStringLiteral("period"), FunnelText::tr("Period"));
    for (int i = 0; i < buckets.size(); ++i)
        byPeriod.rows << (QList<ReportCell> { buckets.at(i) } + funnelCells(rows.at(i)));
    byPeriod.totals = QList<ReportCell> { FunnelText::tr("Total") } + funnelCells(funnel->total);

    ReportTable bySource = funnelTable(QStringLiteral("by_source"), FunnelText::tr("Leads by source"), ColumnKind::Key,
                                       QStringLiteral("source"), FunnelText::tr("Source"));
    for (const leads::FunnelRow& row : funnel->bySource)
        bySource.rows << (QList<ReportCell> { leads::toKey(*row.source), leads::displayName(*row.source) } + funnelCells(row));
    bySource.totals = QList<ReportCell> { ReportCell {}, FunnelText::tr("Total") } + funnelCells(funnel->total);
    report.tables << byPeriod << bySource;

    report.figures << ReportFigure { QStringLiteral("leads"), FunnelText::tr("Leads"), ColumnKind::Count, funnel->total.leads }
                   << ReportFigure { QStringLiteral("qualified_rate"), FunnelText::tr("Qualified rate"), ColumnKind::PerMille,
                                     funnel->total.qualifiedRate() }
                   << ReportFigure { QStringLiteral("converted_rate"), FunnelText::tr("Conversion rate"), ColumnKind::PerMille,
                                     funnel->total.convertedRate() };

    ReportChart bySourceChart;
    bySourceChart.kind = ChartKind::Bar;
    bySourceChart.title = FunnelText::tr("Leads by source");
    bySourceChart.table = 1;
    bySourceChart.categoryColumn = bySource.columnIndex(QStringLiteral("name"));
    bySourceChart.valueColumns = { bySource.columnIndex(QStringLiteral("leads")), bySource.columnIndex(QStringLiteral("qualified")),
                                   bySource.columnIndex(QStringLiteral("converted")) };
    ReportChart byPeriodChart;
    byPeriodChart.kind = ChartKind::Line;
    byPeriodChart.title = FunnelText::tr("Leads by period");
    byPeriodChart.table = 0;
    byPeriodChart.categoryColumn = 0;
    byPeriodChart.valueColumns = { byPeriod.columnIndex(QStringLiteral("leads")), byPeriod.columnIndex(QStringLiteral("qualified")),
                                   byPeriod.columnIndex(QStringLiteral("converted")) };
    report.charts << byPeriodChart << bySourceChart;
    report.notes << FunnelText::tr(
        "Leads are counted in the month they were created (a cohort), with how many of those leads were ever qualified "
        "and how many became customers, whenever that happened. Rates are over the leads of the row. Grouping by day or "
        "week shows months.");
    return report;
}

Result<Report> buildQuoteConversion(BuildContext& context, const ReportRequest& request)
{
    Report report = reportFrame(ReportId::QuoteConversion, context, request);
    const QList<PeriodBucket> buckets = bucketsOf(request.range, request.grouping);
    QHash<QString, int> index;
    for (int i = 0; i < buckets.size(); ++i)
        index.insert(bucketKey(buckets.at(i)), i);
    struct Counts {
        qint64 issued = 0, converted = 0, rejected = 0, expired = 0, open = 0, valueIssued = 0, valueConverted = 0;
    };
    QList<Counts> counts(buckets.size());
    Counts all;
    auto query = storage::run(context.db.connection(), QStringLiteral(
        "SELECT issue_date, count(*), sum(state = 'converted'), sum(state = 'rejected'), sum(state = 'expired'), "
        "sum(state IN ('issued', 'accepted')), sum(grand_total - vat_total - duty_total), "
        "sum(CASE WHEN state = 'converted' THEN grand_total - vat_total - duty_total ELSE 0 END) "
        "FROM documents WHERE type = 'quote' AND issue_date BETWEEN ? AND ? AND state <> 'draft' GROUP BY issue_date"),
        { storage::isoDate(request.range.from), storage::isoDate(request.range.to) });
    if (!query)
        return query.error();
    while (query->next()) {
        const int i = index.value(bucketKey(bucketOf(storage::dateFromIso(query->value(0)), request.grouping)), -1);
        if (i < 0)
            continue;
        for (Counts* c : { &counts[i], &all }) {
            c->issued += query->value(1).toLongLong();
            c->converted += query->value(2).toLongLong();
            c->rejected += query->value(3).toLongLong();
            c->expired += query->value(4).toLongLong();
            c->open += query->value(5).toLongLong();
            c->valueIssued += query->value(6).toLongLong();
            c->valueConverted += query->value(7).toLongLong();
        }
    }
    ReportTable table;
    table.key = QStringLiteral("rows");
    table.title = FunnelText::tr("Pre-invoices");
    table.columns = {
        { QStringLiteral("period"), FunnelText::tr("Period"), ColumnKind::Period },
        { QStringLiteral("issued"), FunnelText::tr("Issued"), ColumnKind::Count },
        { QStringLiteral("converted"), FunnelText::tr("Converted to invoices"), ColumnKind::Count },
        { QStringLiteral("rejected"), FunnelText::tr("Rejected"), ColumnKind::Count },
        { QStringLiteral("expired"), FunnelText::tr("Expired"), ColumnKind::Count },
        { QStringLiteral("open"), FunnelText::tr("Still open"), ColumnKind::Count },
        { QStringLiteral("conversion_rate"), FunnelText::tr("Conversion rate"), ColumnKind::PerMille },
        { QStringLiteral("value_issued"), FunnelText::tr("Value issued"), ColumnKind::Money },
        { QStringLiteral("value_converted"), FunnelText::tr("Value converted"), ColumnKind::Money },
    };
    auto cells = [](const ReportCell& group, const Counts& c) {
        return QList<ReportCell> { group, c.issued, c.converted, c.rejected, c.expired, c.open,
                                   perMille(c.converted, c.issued), c.valueIssued, c.valueConverted };
    };
    for (int i = 0; i < buckets.size(); ++i)
        table.rows << cells(buckets.at(i), counts.at(i));
    table.totals = cells(FunnelText::tr("Total"), all);
    report.tables << table;
    report.figures << ReportFigure { QStringLiteral("issued"), FunnelText::tr("Pre-invoices issued"), ColumnKind::Count, all.issued }
                   << ReportFigure { QStringLiteral("conversion_rate"), FunnelText::tr("Conversion rate"), ColumnKind::PerMille,
                                     perMille(all.converted, all.issued) }
                   << ReportFigure { QStringLiteral("value_converted"), FunnelText::tr("Value converted"), ColumnKind::Money,
                                     all.valueConverted };
    ReportChart chart;
    chart.kind = ChartKind::StackedBar;
    chart.title = FunnelText::tr("Pre-invoices by outcome");
    chart.valueColumns = { 2, 3, 4, 5 };
    report.charts << chart;
    report.notes << FunnelText::tr(
        "Pre-invoices issued in the period (by issue date), by what has become of them so far: converted to an invoice, "
        "rejected, expired, or still open (issued or accepted). The conversion rate is converted over issued. Values are "
        "before tax.");
    return report;
}

} // namespace peyvand::reports
