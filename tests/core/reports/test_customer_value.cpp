#include "ValueFixture.h"

using namespace peyvand;
using namespace peyvand::reports;
using namespace peyvand::test;

namespace {

const ReportTable& table(const Report& report, const QString& key)
{
    for (const ReportTable& t : report.tables) {
        if (t.key == key)
            return t;
    }
    FAIL("no table " << key.toStdString());
    return report.tables.first();
}

qint64 figure(const Report& report, const QString& key)
{
    for (const ReportFigure& f : report.figures) {
        if (f.key == key)
            return f.value;
    }
    FAIL("no figure " << key.toStdString());
    return 0;
}

} // namespace

TEST_CASE("Customer value agrees with a brute-force computation", "[reports][value]")
{
    ValueFixture f;
    f.makeCustomers(40);
    f.makeProducts(8);
    f.makeInvoices(160, jalali(1402, 9, 1), jalali(1404, 2, 1));
    const QDate today = f.clock.today();
    const auto truth = customerTruth(f.invoices);
    QList<CustomerTruth> ranked = truth.values();
    std::sort(ranked.begin(), ranked.end(), [](const CustomerTruth& a, const CustomerTruth& b) {
        return a.sales != b.sales ? a.sales > b.sales : a.id < b.id;
    });
    qint64 sales = 0;
    qint64 invoices = 0;
    for (const auto& c : ranked) {
        sales += c.sales;
        invoices += c.invoices;
    }
    REQUIRE(sales > 0);

    const int limit = 15;
    auto report = f.run(ReportId::CustomerValue, {}, Grouping::Month, limit);
    REQUIRE(report);
    const ReportTable& lifetime = table(*report, QStringLiteral("customers"));
    const ReportTable& pareto = table(*report, QStringLiteral("pareto"));
    REQUIRE(lifetime.rows.size() == limit);
    REQUIRE(pareto.rows.size() == limit);
    CHECK(lifetime.columns.at(column(lifetime, QStringLiteral("customer_id"))).hidden);
    qint64 cumulative = 0;
    for (int i = 0; i < limit; ++i) {
        const CustomerTruth& c = ranked.at(i);
        const auto& row = lifetime.rows.at(i);
        INFO(i);
        CHECK(cellNumber(row.at(column(lifetime, QStringLiteral("customer_id")))) == c.id);
        CHECK(cellNumber(row.at(column(lifetime, QStringLiteral("sales")))) == c.sales);
        CHECK(cellNumber(row.at(column(lifetime, QStringLiteral("invoices")))) == c.invoices);
        CHECK(cellNumber(row.at(column(lifetime, QStringLiteral("average_invoice")))) == c.sales / c.invoices);
        CHECK(cellDate(row.at(column(lifetime, QStringLiteral("first_purchase")))) == c.first);
        CHECK(cellDate(row.at(column(lifetime, QStringLiteral("last_purchase")))) == c.last);
        CHECK(cellDate(row.at(column(lifetime, QStringLiteral("since")))) == today); // created today by the fixture
        cumulative += c.sales;
        const auto& p = pareto.rows.at(i);
        CHECK(cellNumber(p.at(column(pareto, QStringLiteral("rank")))) == i + 1);
        CHECK(cellNumber(p.at(column(pareto, QStringLiteral("share")))) == c.sales * 1000 / sales);
        CHECK(cellNumber(p.at(column(pareto, QStringLiteral("cumulative_share")))) == cumulative * 1000 / sales);
    }
    // Totals cover every customer, not only the rows shown.
    CHECK(cellNumber(lifetime.totals->at(column(lifetime, QStringLiteral("sales")))) == sales);
    CHECK(cellNumber(lifetime.totals->at(column(lifetime, QStringLiteral("invoices")))) == invoices);
    CHECK(cellNumber(pareto.totals->at(column(pareto, QStringLiteral("rank")))) == ranked.size());
    CHECK(figure(*report, QStringLiteral("customers")) == ranked.size());

    // The fewest top customers whose sales reach 80 %.
    qint64 running = 0;
    qint64 needed = 0;
    for (const auto& c : ranked) {
        if (running * 5 >= sales * 4)
            break;
        running += c.sales;
        ++needed;
    }
    CHECK(figure(*report, QStringLiteral("pareto_customers")) == needed);
    CHECK(figure(*report, QStringLiteral("pareto_share")) == needed * 1000 / ranked.size());

    // At risk: brute force of the documented rule.
    const ReportTable& risk = table(*report, QStringLiteral("at_risk"));
    qint64 riskCount = 0;
    qint64 riskSales = 0;
    QList<qint64> riskIds;
    for (const auto& c : ranked) {
        if (c.invoices < 2)
            continue;
        const double usual = double(c.first.daysTo(c.last)) / double(c.invoices - 1);
        if (double(c.last.daysTo(today)) > 1.5 * usual) {
            ++riskCount;
            riskSales += c.sales;
            riskIds << c.id;
        }
    }
    CHECK(figure(*report, QStringLiteral("at_risk")) == riskCount);
    CHECK(cellNumber(risk.totals->at(column(risk, QStringLiteral("sales")))) == riskSales);
    CHECK(risk.rows.size() == std::min<qint64>(riskCount, limit));
    for (int i = 0; i < risk.rows.size(); ++i)
        CHECK(cellNumber(risk.rows.at(i).at(0)) == riskIds.at(i));
}

TEST_CASE("The at-risk rule at its boundary", "[reports][value]")
{
    ValueFixture f;
    const QDate today = f.clock.today();
    // Every 20 days: usual interval 20, at risk once more than 30 days have passed.
    const qint64 onTheLine = f.namedCustomer(QStringLiteral("On the line"));
    f.sale(onTheLine, today.addDays(-70));
    f.sale(onTheLine, today.addDays(-50));
    f.sale(onTheLine, today.addDays(-30)); // 30 days = 1.5 × 20: not yet
    const qint64 justOver = f.namedCustomer(QStringLiteral("Just over"));
    f.sale(justOver, today.addDays(-71));
    f.sale(justOver, today.addDays(-51));
    f.sale(justOver, today.addDays(-31)); // 31 > 30: at risk, 1 day overdue
    const qint64 once = f.namedCustomer(QStringLiteral("Once"));
    f.sale(once, today.addDays(-300));    // one invoice: never at risk
    const qint64 uneven = f.namedCustomer(QStringLiteral("Uneven"));
    f.sale(uneven, today.addDays(-40));
    f.sale(uneven, today.addDays(-33));   // usual 7 → limit 10.5; 33 days since: overdue 22 (22.5 rounded down)
    const qint64 future = f.namedCustomer(QStringLiteral("Future"));
    f.sale(future, today.addDays(-10));
    f.sale(future, today.addDays(5));     // issued with a later date: counts, never at risk

    auto report = f.run(ReportId::CustomerValue, {});
    REQUIRE(report);
    const ReportTable& risk = table(*report, QStringLiteral("at_risk"));
    REQUIRE(risk.rows.size() == 2);
    const auto& first = rowWithKey(risk, QStringLiteral("customer"), QStringLiteral("Just over"));
    CHECK(cellNumber(first.at(column(risk, QStringLiteral("usual_interval")))) == 20);
    CHECK(cellNumber(first.at(column(risk, QStringLiteral("days_since")))) == 31);
    CHECK(cellNumber(first.at(column(risk, QStringLiteral("days_overdue")))) == 1);
    const auto& second = rowWithKey(risk, QStringLiteral("customer"), QStringLiteral("Uneven"));
    CHECK(cellNumber(second.at(column(risk, QStringLiteral("usual_interval")))) == 7);
    CHECK(cellNumber(second.at(column(risk, QStringLiteral("days_overdue")))) == 22);
    CHECK(cellDate(second.at(column(risk, QStringLiteral("last_purchase")))) == today.addDays(-33));
    CHECK(figure(*report, QStringLiteral("at_risk")) == 2);
    Q_UNUSED(onTheLine);
    Q_UNUSED(once);
    Q_UNUSED(justOver);
    Q_UNUSED(uneven);

    // Future's sale dated after today is an issued sale all the same.
    const ReportTable& lifetime = table(*report, QStringLiteral("customers"));
    const auto& futureRow = rowWithKey(lifetime, QStringLiteral("customer"), QStringLiteral("Future"));
    CHECK(cellNumber(futureRow.at(column(lifetime, QStringLiteral("invoices")))) == 2);
    CHECK(cellDate(futureRow.at(column(lifetime, QStringLiteral("last_purchase")))) == today.addDays(5));
    CHECK(cellNumber(futureRow.at(column(lifetime, QStringLiteral("customer_id")))) == future);
}

TEST_CASE("Pareto share on a hand-made set", "[reports][value]")
{
    ValueFixture f;
    const QDate today = f.clock.today();
    // 10 customers: one with 80 of 100 units, nine with 20/9 each.
    f.sale(f.namedCustomer(QStringLiteral("Big")), today, 80'000'000);
    for (int i = 0; i < 9; ++i)
        f.sale(f.namedCustomer(QStringLiteral("Small %1").arg(i)), today, 2'000'000);
    auto report = f.run(ReportId::CustomerValue, {});
    REQUIRE(report);
    CHECK(figure(*report, QStringLiteral("pareto_customers")) == 1);
    CHECK(figure(*report, QStringLiteral("pareto_share")) == 100);
    const ReportTable& pareto = table(*report, QStringLiteral("pareto"));
    CHECK(cellNumber(pareto.rows.at(0).at(column(pareto, QStringLiteral("cumulative_share")))) == 816); // 80/98
    CHECK(cellNumber(pareto.rows.last().at(column(pareto, QStringLiteral("cumulative_share")))) == 1000);

    ValueFixture empty;
    auto none = empty.run(ReportId::CustomerValue, {});
    REQUIRE(none);
    CHECK(figure(*none, QStringLiteral("pareto_share")) == 0);
    CHECK(table(*none, QStringLiteral("pareto")).rows.isEmpty());
}
