#include "ReportBuilders.h"
#include "RfmSegments.h"

#include "storage/Database.h"
#include "storage/SqlHelpers.h"

#include <QCoreApplication>

#include <algorithm>
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

// The first row of each NTILE(5) tile but the first, as SQL's NTILE cuts
// `count` rows ordered by (`column`, customer_id): the first count % 5
// tiles hold one row more. Empty tiles (fewer than 5 customers) have none.
Result<QVariantList> tileStarts(storage::Database& db, const QString& column, qint64 count)
{
    QVariantList starts;
    const qint64 size = count / 5;
    const qint64 larger = count % 5;
    for (qint64 k = 1; k <= 4; ++k) {
        const qint64 offset = k * size + std::min(k, larger);
        if (offset >= count)
            break;
        auto row = storage::run(db.connection(), QStringLiteral("SELECT %1, customer_id FROM customer_lifetime "
                                                                "ORDER BY %1, customer_id LIMIT 1 OFFSET ?").arg(column),
                                { offset });
        if (!row)
            return row.error();
        row->next();
        starts << row->value(0) << row->value(1);
    }
    return starts;
}

} // namespace

Result<Report> buildRfm(BuildContext& context, const ReportRequest& request)
{
    Report report = reportFrame(ReportId::Rfm, context, request);
    // Scores by quintile, exactly as NTILE(5) over (measure, customer_id)
    // would give them: the tiles' first rows are read off the indexes of
    // customer_lifetime, then one pass counts customers per (R, F, M).
    auto count = storage::scalar(context.db.connection(), QStringLiteral("SELECT count(*) FROM customer_lifetime"));
    if (!count)
        return count.error();
    QString scores[3];
    QVariantList values { context.today.toJulianDay() };
    const char* const measures[3] = { "last_day", "invoices", "sales" };
    for (int i = 0; i < 3; ++i) {
        auto starts = tileStarts(context.db, QLatin1String(measures[i]), count->toLongLong());
        if (!starts)
            return starts.error();
        // Highest tile first: CASE stops at the first cut point reached.
        scores[i] = QStringLiteral("CASE");
        for (qint64 k = starts->size() / 2; k >= 1; --k) {
            scores[i] += QStringLiteral(" WHEN (%1, customer_id) >= (?, ?) THEN %2").arg(QLatin1String(measures[i])).arg(k + 1);
            values << starts->at(2 * (k - 1)) << starts->at(2 * (k - 1) + 1);
        }
        scores[i] = starts->isEmpty() ? QStringLiteral("1") : scores[i] + QStringLiteral(" ELSE 1 END");
    }
    auto query = storage::prepare(context.db.connection(), QStringLiteral(
        "SELECT r, f, m, count(*), sum(sales), sum(days), sum(invoices) FROM ("
        "SELECT max(0, ? - last_day) AS days, invoices, sales, "
        "%1 AS r, %2 AS f, %3 AS m FROM customer_lifetime) GROUP BY r, f, m").arg(scores[0], scores[1], scores[2]));
    if (!query)
        return query.error();
    storage::bindAll(*query, values);
    if (Status s = storage::exec(*query); !s)
        return s.error();
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
        "Every customer with at least one invoice issued or settled is scored 1 to 5 on recency (days since "
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
