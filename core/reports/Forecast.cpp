#include "ForecastMath.h"
#include "ReportBuilders.h"

#include "storage/Database.h"
#include "storage/SqlHelpers.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace peyvand::reports {

namespace {

struct ForecastText {
    Q_DECLARE_TR_FUNCTIONS(Reports)
};

constexpr int kHistoryMonths = 12;
constexpr int kForecastMonths = 3;

// Sales before tax per month over `months` (consecutive Jalali months).
Result<QList<qint64>> monthlySales(storage::Database& db, const QList<PeriodBucket>& months)
{
    QList<qint64> sales(months.size(), 0);
    if (months.isEmpty())
        return sales;
    QHash<QString, int> index;
    for (int i = 0; i < months.size(); ++i)
        index.insert(bucketKey(months.at(i)), i);
    auto query = storage::run(db.connection(), QStringLiteral(
        "SELECT issue_date, sum(grand_total - vat_total - duty_total) FROM documents "
        "WHERE type = 'invoice' AND issue_date BETWEEN ? AND ? AND state IN ('issued', 'settled') GROUP BY issue_date"),
        { storage::isoDate(months.first().from), storage::isoDate(months.last().to) });
    if (!query)
        return query.error();
    while (query->next()) {
        const int i = index.value(bucketKey(bucketOf(storage::dateFromIso(query->value(0)), Grouping::Month)), -1);
        if (i >= 0)
            sales[i] += query->value(1).toLongLong();
    }
    return sales;
}

// Open deals × their stage's probability, in the month of the expected
// close (none or already past: the first month; past the horizon: left out).
Result<QList<qint64>> weightedPipeline(storage::Database& db, const QList<PeriodBucket>& months)
{
    QList<qint64> weighted(months.size(), 0); // in Rial × 100 until the end
    auto query = storage::run(db.connection(), QStringLiteral(
        "SELECT d.expected_close, sum(d.amount_rial * s.probability) FROM deals d JOIN deal_stages s ON s.id = d.stage_id "
        "WHERE s.outcome = 'open' GROUP BY d.expected_close"));
    if (!query)
        return query.error();
    while (query->next()) {
        const QDate close = query->value(0).isNull() ? QDate() : storage::dateFromIso(query->value(0));
        int i = 0;
        if (close.isValid() && close > months.first().to) {
            const auto it = std::find_if(months.begin(), months.end(), [&](const PeriodBucket& b) { return close >= b.from && close <= b.to; });
            if (it == months.end())
                continue;
            i = int(it - months.begin());
        }
        weighted[i] += query->value(1).toLongLong();
    }
    for (qint64& value : weighted)
        value /= 100;
    return weighted;
}

struct QuoteOutlook {
    qint64 converted = 0;
    qint64 decided = 0;  // converted, rejected or expired
    qint64 open = 0;     // value before tax of pre-invoices still open and valid
    qint64 rate() const { return decided ? converted * 1000 / decided : 0; }
    qint64 weighted() const { return decided ? open * converted / decided : 0; }
};

Result<QuoteOutlook> quoteOutlook(storage::Database& db, QDate today)
{
    QuoteOutlook out;
    auto query = storage::run(db.connection(), QStringLiteral(
        "SELECT coalesce(sum(state = 'converted'), 0), coalesce(sum(state IN ('converted', 'rejected', 'expired')), 0), "
        "coalesce(sum(CASE WHEN state IN ('issued', 'accepted') AND (valid_until IS NULL OR valid_until >= ?) "
        "THEN grand_total - vat_total - duty_total ELSE 0 END), 0) "
        "FROM documents WHERE type = 'quote' AND state IN ('issued', 'accepted', 'converted', 'rejected', 'expired')"),
        { storage::isoDate(today) });
    if (!query)
        return query.error();
    query->next();
    out.converted = query->value(0).toLongLong();
    out.decided = query->value(1).toLongLong();
    out.open = query->value(2).toLongLong();
    return out;
}

ReportTable monthsTable()
{
    ReportTable table;
    table.key = QStringLiteral("months");
    table.title = ForecastText::tr("Sales and forecast");
    table.columns = {
        { QStringLiteral("month"), ForecastText::tr("Month"), ColumnKind::Period },
        { QStringLiteral("kind"), ForecastText::tr("Actual or forecast"), ColumnKind::Key, true },
        { QStringLiteral("actual"), ForecastText::tr("Actual sales"), ColumnKind::Money },
        { QStringLiteral("trend"), ForecastText::tr("Trend"), ColumnKind::Money },
        { QStringLiteral("pipeline"), ForecastText::tr("Weighted pipeline"), ColumnKind::Money },
        { QStringLiteral("pre_invoices"), ForecastText::tr("Weighted pre-invoices"), ColumnKind::Money },
        { QStringLiteral("forecast"), ForecastText::tr("Forecast"), ColumnKind::Money },
        { QStringLiteral("low"), ForecastText::tr("Low"), ColumnKind::Money },
        { QStringLiteral("high"), ForecastText::tr("High"), ColumnKind::Money },
    };
    return table;
}

} // namespace

Result<Report> buildForecast(BuildContext& context, const ReportRequest& request)
{
    Report report = reportFrame(ReportId::Forecast, context, request);
    const PeriodBucket current = bucketOf(context.today, Grouping::Month);
    const PeriodBucket lastComplete = previousBucket(current);

    auto first = storage::scalar(context.db.connection(), QStringLiteral(
        "SELECT min(issue_date) FROM documents WHERE type = 'invoice' AND state IN ('issued', 'settled')"));
    if (!first)
        return first.error();
    QList<PeriodBucket> history;
    if (first->isValid() && !first->isNull()) {
        const PeriodBucket firstMonth = bucketOf(storage::dateFromIso(*first), Grouping::Month);
        for (PeriodBucket b = lastComplete; history.size() < kHistoryMonths && b.from >= firstMonth.from; b = previousBucket(b))
            history.prepend(b);
    }
    QList<PeriodBucket> future { current };
    while (future.size() < kForecastMonths)
        future << nextBucket(future.last());

    auto actual = monthlySales(context.db, history);
    if (!actual)
        return actual.error();
    auto pipeline = weightedPipeline(context.db, future);
    if (!pipeline)
        return pipeline.error();
    auto quotes = quoteOutlook(context.db, context.today);
    if (!quotes)
        return quotes.error();
    const TrendFit fit = fitTrend(*actual);
    const int n = int(history.size());

    ReportTable table = monthsTable();
    for (int i = 0; i < n; ++i)
        table.rows << QList<ReportCell> { history.at(i), QStringLiteral("actual"), actual->at(i),
                                          fit.valid ? ReportCell { fit.at(i) } : ReportCell {},
                                          ReportCell {}, ReportCell {}, ReportCell {}, ReportCell {}, ReportCell {} };
    qint64 forecastSum = 0;
    qint64 pipelineSum = 0;
    for (int i = 0; i < future.size(); ++i) {
        const qint64 weightedQuotes = i == 0 ? quotes->weighted() : 0;
        pipelineSum += pipeline->at(i);
        QList<ReportCell> row { future.at(i), QStringLiteral("forecast"), ReportCell {}, ReportCell {},
                                pipeline->at(i), weightedQuotes, ReportCell {}, ReportCell {}, ReportCell {} };
        if (fit.valid) {
            const qint64 trend = fit.at(n + i);
            const qint64 forecast = trend + pipeline->at(i) + weightedQuotes;
            forecastSum += forecast;
            row[3] = trend;
            row[6] = forecast;
            row[7] = std::max<qint64>(0, forecast - fit.band());
            row[8] = forecast + fit.band();
        }
        table.rows << row;
    }
    report.tables << table;

    report.figures << ReportFigure { QStringLiteral("forecast"), ForecastText::tr("Forecast for the next 3 months"),
                                     ColumnKind::Money, forecastSum }
                   << ReportFigure { QStringLiteral("pipeline"), ForecastText::tr("Weighted pipeline"), ColumnKind::Money, pipelineSum }
                   << ReportFigure { QStringLiteral("pre_invoices"), ForecastText::tr("Weighted pre-invoices"), ColumnKind::Money,
                                     quotes->weighted() }
                   << ReportFigure { QStringLiteral("conversion_rate"), ForecastText::tr("Pre-invoice conversion rate"),
                                     ColumnKind::PerMille, quotes->rate() };

    ReportChart chart;
    chart.kind = ChartKind::Band;
    chart.title = ForecastText::tr("Sales and forecast");
    chart.categoryColumn = table.columnIndex(QStringLiteral("month"));
    chart.valueColumns = { table.columnIndex(QStringLiteral("forecast")), table.columnIndex(QStringLiteral("actual")) };
    chart.lowColumn = table.columnIndex(QStringLiteral("low"));
    chart.highColumn = table.columnIndex(QStringLiteral("high"));
    report.charts << chart;

    report.notes << ForecastText::tr(
        "The forecast covers this month and the two after it. Trend: a least-squares straight line through the sales "
        "before tax of the last 12 complete Jalali months (fewer when the first invoice is more recent; months without "
        "sales count as 0), extended to the forecast months and never below 0.");
    if (!fit.valid)
        report.notes << ForecastText::tr(
            "There is no trend: it needs at least 3 complete months of sales history and there are %1.").arg(n);
    report.notes << ForecastText::tr(
        "Weighted pipeline: each open deal's amount times its stage's probability, in the month of its expected close "
        "date; deals with no expected close date or one already past count in this month, deals expected after the "
        "third month are left out.");
    report.notes << ForecastText::tr(
        "Weighted pre-invoices: the value before tax of pre-invoices still open (issued or accepted) and valid today, "
        "times the share of decided pre-invoices (converted, rejected or expired) that became invoices; counted in this "
        "month.");
    report.notes << ForecastText::tr(
        "Forecast = trend + weighted pipeline + weighted pre-invoices. Low and high are the forecast minus and plus the "
        "residual standard deviation of the line (√(Σ residual² / (n − 2)) over the history months); low is never below 0.");
    return report;
}

} // namespace peyvand::reports
