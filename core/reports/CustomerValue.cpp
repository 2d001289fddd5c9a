#include "ReportBuilders.h"

#include "storage/Database.h"
#include "storage/SqlHelpers.h"

#include <QCoreApplication>

namespace peyvand::reports {

namespace {

struct ValueText {
    Q_DECLARE_TR_FUNCTIONS(Reports)
};

constexpr int kDefaultLimit = 50;

qint64 perMille(qint64 part, qint64 whole)
{
    return whole > 0 ? part * 1000 / whole : 0;
}

ReportTable lifetimeTable()
{
    ReportTable table;
    table.key = QStringLiteral("customers");
    table.title = ValueText::tr("Lifetime value");
    table.columns = {
        { QStringLiteral("customer_id"), ValueText::tr("Customer number"), ColumnKind::Count, true },
        { QStringLiteral("customer"), ValueText::tr("Customer"), ColumnKind::Text },
        { QStringLiteral("sales"), ValueText::tr("Sales before tax"), ColumnKind::Money },
        { QStringLiteral("invoices"), ValueText::tr("Invoices"), ColumnKind::Count },
        { QStringLiteral("average_invoice"), ValueText::tr("Average invoice"), ColumnKind::Money },
        { QStringLiteral("first_purchase"), ValueText::tr("First purchase"), ColumnKind::Date },
        { QStringLiteral("last_purchase"), ValueText::tr("Last purchase"), ColumnKind::Date },
        { QStringLiteral("since"), ValueText::tr("Customer since"), ColumnKind::Date },
    };
    return table;
}

ReportTable paretoTable()
{
    ReportTable table;
    table.key = QStringLiteral("pareto");
    table.title = ValueText::tr("Customers ranked by sales");
    table.columns = {
        { QStringLiteral("rank"), ValueText::tr("Rank"), ColumnKind::Count },
        { QStringLiteral("customer_id"), ValueText::tr("Customer number"), ColumnKind::Count, true },
        { QStringLiteral("customer"), ValueText::tr("Customer"), ColumnKind::Text },
        { QStringLiteral("sales"), ValueText::tr("Sales before tax"), ColumnKind::Money },
        { QStringLiteral("share"), ValueText::tr("Share of sales"), ColumnKind::PerMille },
        { QStringLiteral("cumulative_share"), ValueText::tr("Cumulative share"), ColumnKind::PerMille },
    };
    return table;
}

ReportTable atRiskTable()
{
    ReportTable table;
    table.key = QStringLiteral("at_risk");
    table.title = ValueText::tr("Customers at risk");
    table.columns = {
        { QStringLiteral("customer_id"), ValueText::tr("Customer number"), ColumnKind::Count, true },
        { QStringLiteral("customer"), ValueText::tr("Customer"), ColumnKind::Text },
        { QStringLiteral("invoices"), ValueText::tr("Invoices"), ColumnKind::Count },
        { QStringLiteral("sales"), ValueText::tr("Sales before tax"), ColumnKind::Money },
        { QStringLiteral("last_purchase"), ValueText::tr("Last purchase"), ColumnKind::Date },
        { QStringLiteral("usual_interval"), ValueText::tr("Usual interval"), ColumnKind::Days },
        { QStringLiteral("days_since"), ValueText::tr("Days since last purchase"), ColumnKind::Days },
        { QStringLiteral("days_overdue"), ValueText::tr("Days overdue"), ColumnKind::Days },
    };
    return table;
}

} // namespace

Result<Report> buildCustomerValue(BuildContext& context, const ReportRequest& request)
{
    Report report = reportFrame(ReportId::CustomerValue, context, request);
    const int limit = request.limit > 0 ? request.limit : kDefaultLimit;
    auto& connection = context.db.connection();

    auto totals = storage::run(connection, QStringLiteral(
        "SELECT count(*), coalesce(sum(sales), 0), coalesce(sum(invoices), 0) FROM customer_lifetime"));
    if (!totals)
        return totals.error();
    totals->next();
    const qint64 customers = totals->value(0).toLongLong();
    const qint64 sales = totals->value(1).toLongLong();
    const qint64 invoices = totals->value(2).toLongLong();

    // The fewest top customers whose sales reach 80 %: down the index until they do.
    qint64 paretoCustomers = 0;
    if (sales > 0) {
        auto ranked = storage::run(connection, QStringLiteral("SELECT sales FROM customer_lifetime ORDER BY sales DESC, customer_id"));
        if (!ranked)
            return ranked.error();
        qint64 running = 0;
        while (running * 5 < sales * 4 && ranked->next()) {
            running += ranked->value(0).toLongLong();
            ++paretoCustomers;
        }
    }

    auto top = storage::run(connection, QStringLiteral(
        "SELECT l.customer_id, c.name, l.sales, l.invoices, l.first_day, l.last_day, c.since "
        "FROM customer_lifetime l JOIN customers c ON c.id = l.customer_id ORDER BY l.sales DESC, l.customer_id LIMIT ?"),
        { limit });
    if (!top)
        return top.error();
    ReportTable lifetime = lifetimeTable();
    ReportTable pareto = paretoTable();
    qint64 cumulative = 0;
    while (top->next()) {
        const qint64 id = top->value(0).toLongLong();
        const QString name = top->value(1).toString();
        const qint64 customerSales = top->value(2).toLongLong();
        const qint64 customerInvoices = top->value(3).toLongLong();
        cumulative += customerSales;
        lifetime.rows << QList<ReportCell> { id, name, customerSales, customerInvoices,
                                             customerInvoices ? customerSales / customerInvoices : 0,
                                             QDate::fromJulianDay(top->value(4).toLongLong()),
                                             QDate::fromJulianDay(top->value(5).toLongLong()),
                                             storage::dateFromIso(top->value(6)) };
        pareto.rows << QList<ReportCell> { qint64(pareto.rows.size() + 1), id, name, customerSales,
                                           perMille(customerSales, sales), perMille(cumulative, sales) };
    }
    lifetime.totals = QList<ReportCell> { ReportCell {}, ValueText::tr("All customers"), sales, invoices,
                                          invoices ? sales / invoices : 0, ReportCell {}, ReportCell {}, ReportCell {} };
    pareto.totals = QList<ReportCell> { customers, ReportCell {}, ValueText::tr("All customers"), sales,
                                        qint64(sales > 0 ? 1000 : 0), qint64(sales > 0 ? 1000 : 0) };

    // At risk: 2·days·(n−1) > 3·span is days since the last purchase > 1.5 × span/(n−1), in integers.
    auto riskTotals = storage::run(connection, QStringLiteral(
        "SELECT count(*), coalesce(sum(sales), 0), coalesce(sum(invoices), 0) FROM customer_lifetime "
        "WHERE invoices >= 2 AND 2 * (? - last_day) * (invoices - 1) > 3 * (last_day - first_day)"),
        { context.today.toJulianDay() });
    if (!riskTotals)
        return riskTotals.error();
    riskTotals->next();
    const qint64 riskCustomers = riskTotals->value(0).toLongLong();
    const qint64 riskSales = riskTotals->value(1).toLongLong();
    const qint64 riskInvoices = riskTotals->value(2).toLongLong();
    // Down the sales index until `limit` customers at risk are found.
    auto risk = storage::run(connection, QStringLiteral(
        "SELECT l.customer_id, c.name, l.invoices, l.sales, l.last_day, ? - l.last_day, l.last_day - l.first_day "
        "FROM customer_lifetime l INDEXED BY customer_lifetime_by_sales JOIN customers c ON c.id = l.customer_id "
        "WHERE l.invoices >= 2 AND 2 * (? - l.last_day) * (l.invoices - 1) > 3 * (l.last_day - l.first_day) "
        "ORDER BY l.sales DESC, l.customer_id LIMIT ?"),
        { context.today.toJulianDay(), context.today.toJulianDay(), limit });
    if (!risk)
        return risk.error();
    ReportTable atRisk = atRiskTable();
    while (risk->next()) {
        const qint64 gaps = risk->value(2).toLongLong() - 1;
        const qint64 days = risk->value(5).toLongLong();
        const qint64 span = risk->value(6).toLongLong();
        atRisk.rows << QList<ReportCell> { risk->value(0).toLongLong(), risk->value(1).toString(), gaps + 1,
                                           risk->value(3).toLongLong(), QDate::fromJulianDay(risk->value(4).toLongLong()),
                                           (2 * span + gaps) / (2 * gaps), days,
                                           (2 * days * gaps - 3 * span) / (2 * gaps) };
    }
    atRisk.totals = QList<ReportCell> { riskCustomers, ValueText::tr("All customers at risk"), riskInvoices, riskSales,
                                        ReportCell {}, ReportCell {}, ReportCell {}, ReportCell {} };
    report.tables << lifetime << pareto << atRisk;

    report.figures << ReportFigure { QStringLiteral("customers"), ValueText::tr("Customers with sales"), ColumnKind::Count, customers }
                   << ReportFigure { QStringLiteral("average_value"), ValueText::tr("Average lifetime value"), ColumnKind::Money,
                                     customers ? sales / customers : 0 }
                   << ReportFigure { QStringLiteral("pareto_share"), ValueText::tr("Share of customers making 80 % of sales"),
                                     ColumnKind::PerMille, perMille(paretoCustomers, customers) }
                   << ReportFigure { QStringLiteral("pareto_customers"), ValueText::tr("Customers making 80 % of sales"),
                                     ColumnKind::Count, paretoCustomers }
                   << ReportFigure { QStringLiteral("at_risk"), ValueText::tr("Customers at risk"), ColumnKind::Count, riskCustomers };

    ReportChart chart;
    chart.kind = ChartKind::Line;
    chart.title = ValueText::tr("Cumulative share of sales");
    chart.table = 1;
    chart.categoryColumn = pareto.columnIndex(QStringLiteral("rank"));
    chart.valueColumns = { pareto.columnIndex(QStringLiteral("cumulative_share")) };
    report.charts << chart;

    report.notes << ValueText::tr(
        "Lifetime value is every invoice issued or settled, before tax. The lists show the customers with the "
        "most sales (%1 rows); totals cover every customer.").arg(limit);
    report.notes << ValueText::tr(
        "Pareto: customers ranked by sales; the cumulative share is the sales of a customer and all ranked above, over all "
        "sales. The customers making 80 % of sales are the fewest top-ranked customers whose sales reach 80 %.");
    report.notes << ValueText::tr(
        "A customer is at risk when they have at least 2 invoices and the days since their last invoice exceed 1.5 times "
        "their usual interval: the days from the first to the last invoice divided by the number of invoices minus one. "
        "The usual interval is shown rounded; days overdue = days since the last invoice − 1.5 × the usual interval, "
        "rounded down.");
    return report;
}

} // namespace peyvand::reports
