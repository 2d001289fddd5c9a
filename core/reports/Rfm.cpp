#include "CustomerSales.h"
#include "ReportBuilders.h"
#include "RfmSegments.h"

#include "storage/Database.h"
#include "storage/SqlHelpers.h"

#include <QCoreApplication>

#include <array>

namespace peyvand::reports {

namespace {

struct RfmText {
    Q_DECLARE_TR_FUNCTIONS(Reports)
};

struct SegmentTotals {
    qint64 customers = 0;
    qint64 sales = 0;
    qint64 recencyDays = 0;
    qint64 invoices = 0;
};

} // namespace

Result<Report> buildRfm(BuildContext& context, const ReportRequest& request)
{
    Report report = reportFrame(ReportId::Rfm, context, request);
    // Scores by quintile over every customer with sales; ties broken by id
    // so that a run is reproducible. At most 125 (R, F, M) rows come back.
    auto query = storage::run(context.db.connection(), perCustomerSalesCte() + QStringLiteral(
        ", scored AS (SELECT last_day, invoices, sales, "
        "NTILE(5) OVER (ORDER BY last_day, customer_id) AS r, "
        "NTILE(5) OVER (ORDER BY invoices, customer_id) AS f, "
        "NTILE(5) OVER (ORDER BY sales, customer_id) AS m FROM per_customer) "
        "SELECT r, f, m, count(*), sum(sales), sum(CAST(julianday(?) - julianday(last_day) AS INTEGER)), sum(invoices) "
        "FROM scored GROUP BY r, f, m"),
        { storage::isoDate(context.today), storage::isoDate(context.today) });
    if (!query)
        return query.error();
    const QList<RfmSegment> segments = allRfmSegments();
    std::array<SegmentTotals, 9> totals {};
    SegmentTotals all;
    while (query->next()) {
        const RfmSegment segment = rfmSegment(query->value(0).toInt(), query->value(1).toInt(), query->value(2).toInt());
        SegmentTotals& t = totals[segments.indexOf(segment)];
        const SegmentTotals row { query->value(3).toLongLong(), query->value(4).toLongLong(),
                                  query->value(5).toLongLong(), query->value(6).toLongLong() };
        for (SegmentTotals* target : { &t, &all }) {
            target->customers += row.customers;
            target->sales += row.sales;
            target->recencyDays += row.recencyDays;
            target->invoices += row.invoices;
        }
    }

    ReportTable table;
    table.key = QStringLiteral("segments");
    table.title = RfmText::tr("RFM segments");
    table.columns = {
        { QStringLiteral("segment"), RfmText::tr("Segment key"), ColumnKind::Key, true },
        { QStringLiteral("name"), RfmText::tr("Segment"), ColumnKind::Text },
        { QStringLiteral("customers"), RfmText::tr("Customers"), ColumnKind::Count },
        { QStringLiteral("share"), RfmText::tr("Share of customers"), ColumnKind::PerMille },
        { QStringLiteral("sales"), RfmText::tr("Sales before tax"), ColumnKind::Money },
        { QStringLiteral("sales_share"), RfmText::tr("Share of sales"), ColumnKind::PerMille },
        { QStringLiteral("avg_recency"), RfmText::tr("Average days since last invoice"), ColumnKind::Days },
        { QStringLiteral("avg_frequency"), RfmText::tr("Average invoices"), ColumnKind::Quantity },
    };
    auto row = [&](const ReportCell& key, const QString& name, const SegmentTotals& t) {
        return QList<ReportCell> { key, name, t.customers,
                                   all.customers ? t.customers * 1000 / all.customers : 0,
                                   t.sales, all.sales > 0 ? t.sales * 1000 / all.sales : 0,
                                   t.customers ? t.recencyDays / t.customers : 0,
                                   t.customers ? t.invoices * 1000 / t.customers : 0 };
    };
    for (int i = 0; i < segments.size(); ++i)
        table.rows << row(toKey(segments.at(i)), displayName(segments.at(i)), totals.at(i));
    table.totals = row(ReportCell {}, RfmText::tr("Total"), all);
    report.tables << table;

    report.figures << ReportFigure { QStringLiteral("customers"), RfmText::tr("Customers with sales"), ColumnKind::Count, all.customers }
                   << ReportFigure { QStringLiteral("champions"), RfmText::tr("Champions"), ColumnKind::Count, totals[0].customers };

    ReportChart chart;
    chart.kind = ChartKind::Donut;
    chart.title = RfmText::tr("Customers by segment");
    chart.categoryColumn = table.columnIndex(QStringLiteral("name"));
    chart.valueColumns = { table.columnIndex(QStringLiteral("customers")) };
    report.charts << chart;

    report.notes << RfmText::tr(
        "Every customer with at least one invoice issued or settled up to today is scored 1 to 5 on recency (days since "
        "the last invoice; 5 is the most recent), frequency (number of invoices) and monetary value (sales before tax). "
        "Scores are quintiles: customers are ordered by each measure and cut into five groups of equal size (ties are "
        "broken by the customer's number, so equal customers can fall in neighbouring groups). FM is the mean of the "
        "frequency and monetary scores, rounded up.");
    report.notes << RfmText::tr(
        "Segments, checked in this order: Champions R 4–5 and FM 4–5; Loyal R 3 and FM 4–5; New customers R 4–5 and "
        "F 1; Potential loyalists R 4–5 (FM 1–3); Need attention R 3 (FM 1–3); Can't lose them R 1–2 and FM 5; At risk "
        "R 1–2 and FM 3–4; Hibernating R 2 (FM 1–2); Lost R 1 (FM 1–2).");
    return report;
}

} // namespace peyvand::reports
