#include "ReportBuilders.h"
#include "SalesGroups.h"
#include "SalesTargets.h"

#include "storage/Database.h"
#include "storage/SqlHelpers.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>

namespace peyvand::reports {

namespace {

struct TrendText {
    Q_DECLARE_TR_FUNCTIONS(Reports)
};

// Sales per issue day over all time: one row per day with sales (a few
// thousand at most), read from the covering index documents_totals.
struct DailySales {
    QMap<QDate, SalesTotals> days;

    SalesTotals between(QDate from, QDate to) const
    {
        SalesTotals sum;
        for (auto it = days.lowerBound(from); it != days.end() && it.key() <= to; ++it)
            sum += it.value();
        return sum;
    }
};

Result<DailySales> dailySales(storage::Database& db)
{
    auto q = storage::run(db.connection(), QStringLiteral(
        "SELECT issue_date, count(*), sum(grand_total - vat_total - duty_total), sum(vat_total + duty_total), sum(grand_total) "
        "FROM documents WHERE type = 'invoice' AND state IN ('issued', 'settled') GROUP BY issue_date"));
    if (!q)
        return q.error();
    DailySales out;
    while (q->next()) {
        SalesTotals t;
        t.invoices = q->value(1).toLongLong();
        t.sales = q->value(2).toLongLong();
        t.tax = q->value(3).toLongLong();
        t.total = q->value(4).toLongLong();
        out.days.insert(storage::dateFromIso(q->value(0)), t);
    }
    return out;
}

int jalaliYearOf(QDate date)
{
    return text::jalali::fromGregorian(date)->year;
}

QDate firstOfJalaliYear(int year)
{
    return text::jalali::toGregorian({ year, 1, 1 });
}

// The same Jalali day a year earlier (Esfand 30 of a leap year: Esfand 29).
QDate yearEarlier(QDate date)
{
    auto j = *text::jalali::fromGregorian(date);
    j.year -= 1;
    j.day = qMin(j.day, text::jalali::daysInMonth(j.year, j.month));
    return text::jalali::toGregorian(j);
}

ReportCell moneyOrEmpty(std::optional<qint64> value) { return value ? ReportCell(*value) : ReportCell(); }

} // namespace

Result<Report> buildTrend(BuildContext& context, const ReportRequest& request)
{
    Report report = reportFrame(ReportId::Trend, context, request);
    auto daily = dailySales(context.db);
    if (!daily)
        return daily.error();
    const Grouping grouping = request.grouping;
    const bool withTargets = grouping == Grouping::Month || grouping == Grouping::Quarter;
    const QList<PeriodBucket> buckets = bucketsOf(request.range, grouping);

    QHash<QString, qint64> targets;
    if (withTargets && !buckets.isEmpty()) {
        SalesTargets store(context.db, context.clock);
        for (int year = jalaliYearOf(buckets.first().from); year <= jalaliYearOf(buckets.last().to); ++year) {
            auto list = store.list(year);
            if (!list)
                return list.error();
            for (const SalesTarget& t : *list)
                targets.insert(t.period, t.amount.rial());
        }
    }

    ReportTable table;
    table.key = QStringLiteral("rows");
    table.title = TrendText::tr("Sales trend");
    table.columns = {
        { QStringLiteral("period"), TrendText::tr("Period"), ColumnKind::Period },
        { QStringLiteral("sales"), TrendText::tr("Sales before tax"), ColumnKind::Money },
        { QStringLiteral("target"), TrendText::tr("Target"), ColumnKind::Money },
        { QStringLiteral("progress"), TrendText::tr("Progress to target"), ColumnKind::PerMille },
        { QStringLiteral("running_average"), TrendText::tr("Average so far this year"), ColumnKind::Money },
        { QStringLiteral("last_year"), TrendText::tr("Same period last year"), ColumnKind::Money },
        { QStringLiteral("growth"), TrendText::tr("Growth on last year"), ColumnKind::PerMille },
    };
    SalesTotals sum;
    int runYear = 0;
    PeriodBucket runNext;
    qint64 yearSum = 0, yearBuckets = 0;
    for (const PeriodBucket& bucket : buckets) {
        // The row's sales stay within the range (as sales by period); the
        // comparisons use whole buckets.
        const SalesTotals sales = daily->between(qMax(bucket.from, request.range.from), qMin(bucket.to, request.range.to));
        sum += sales;
        std::optional<qint64> target;
        if (withTargets && targets.contains(bucketKey(bucket)))
            target = targets.value(bucketKey(bucket));

        // The running average walks the year's buckets once, in order.
        const int year = jalaliYearOf(bucket.to);
        if (year != runYear) {
            runYear = year;
            runNext = bucketOf(firstOfJalaliYear(year), grouping);
            yearSum = yearBuckets = 0;
        }
        for (; runNext.from <= bucket.from; runNext = nextBucket(runNext)) {
            if (jalaliYearOf(runNext.to) != year)
                continue;
            yearSum += daily->between(runNext.from, runNext.to).sales;
            ++yearBuckets;
        }
        const PeriodBucket lastYear = bucketOf(yearEarlier(bucket.from), grouping);
        const qint64 lastYearSales = daily->between(lastYear.from, lastYear.to).sales;
        const qint64 wholeSales = daily->between(bucket.from, bucket.to).sales;

        table.rows << QList<ReportCell> {
            bucket,
            sales.sales,
            moneyOrEmpty(target),
            target && *target > 0 ? ReportCell(perMille(sales.sales, *target)) : ReportCell(),
            yearBuckets ? ReportCell(yearSum / yearBuckets) : ReportCell(),
            lastYearSales,
            lastYearSales > 0 ? ReportCell(perMille(wholeSales - lastYearSales, lastYearSales)) : ReportCell(),
        };
    }
    table.totals = QList<ReportCell> { TrendText::tr("Total"), sum.sales, ReportCell(), ReportCell(), ReportCell(),
                                       ReportCell(), ReportCell() };
    report.tables << table;
    report.figures << salesFigures(sum);

    // Every Jalali year with sales, and the current one to date.
    ReportTable years;
    years.key = QStringLiteral("years");
    years.title = TrendText::tr("Sales by year");
    years.columns = {
        { QStringLiteral("year"), TrendText::tr("Year"), ColumnKind::Period },
        { QStringLiteral("invoices"), TrendText::tr("Invoices"), ColumnKind::Count },
        { QStringLiteral("sales"), TrendText::tr("Sales before tax"), ColumnKind::Money },
    };
    const int thisYear = jalaliYearOf(context.today);
    QMap<int, SalesTotals> byYear;
    for (auto it = daily->days.begin(); it != daily->days.end(); ++it) {
        if (it.key() <= context.today)
            byYear[jalaliYearOf(it.key())] += it.value();
    }
    byYear[thisYear]; // to date, even without sales yet
    for (auto it = byYear.begin(); it != byYear.end(); ++it) {
        years.rows << QList<ReportCell> { bucketOf(firstOfJalaliYear(it.key()), Grouping::Year), it->invoices, it->sales };
    }
    report.tables << years;

    ReportChart line;
    line.kind = ChartKind::Line;
    line.title = TrendText::tr("Sales, target and average");
    line.valueColumns = { table.columnIndex(QStringLiteral("sales")), table.columnIndex(QStringLiteral("target")),
                          table.columnIndex(QStringLiteral("running_average")) };
    ReportChart yearly;
    yearly.kind = ChartKind::Bar;
    yearly.title = TrendText::tr("Sales by year");
    yearly.table = 1;
    yearly.valueColumns = { years.columnIndex(QStringLiteral("sales")) };
    report.charts << line << yearly;

    report.notes << salesDefinitionNote()
                 << TrendText::tr("Target is the sales target set for the month or quarter (only when grouping by month or "
                                  "quarter); progress is the sales as a share of it.")
                 << TrendText::tr("Average so far this year is the average sales per period from the start of the period's "
                                  "Jalali year up to and including the period.")
                 << TrendText::tr("Same period last year is the sales of the period one Jalali year earlier; growth compares the "
                                  "whole period with it and may be negative.")
                 << TrendText::tr("Sales by year shows every Jalali year with sales; the current year counts up to today.");
    return report;
}

} // namespace peyvand::reports
