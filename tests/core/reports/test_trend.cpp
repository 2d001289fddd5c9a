#include "ReportFixture.h"

#include "reports/SalesTargets.h"

#include <QMap>

using namespace peyvand;
using namespace peyvand::reports;
using namespace peyvand::test;

namespace {

qint64 salesBetween(const QList<sales::Document>& invoices, QDate from, QDate to)
{
    qint64 sum = 0;
    for (const auto& d : invoices) {
        if (d.issueDate >= from && d.issueDate <= to)
            sum += d.grandTotal.rial() - d.vatTotal.rial() - d.dutyTotal.rial();
    }
    return sum;
}

qint64 roundedPerMille(qint64 part, qint64 whole)
{
    return std::llround(double(part) * 1000.0 / double(whole));
}

} // namespace

TEST_CASE("The trend's sales, targets, running average and last year agree with brute force", "[reports][trend]")
{
    ReportFixture f;
    f.makeCustomers(10);
    f.makeProducts(6);
    f.makeInvoices(150, jalali(1402, 1, 1), jalali(1404, 1, 14));
    f.setToday(jalali(1404, 1, 14));
    SalesTargets targets(*f.db, f.clock);
    REQUIRE(targets.set(QStringLiteral("1403-02"), Money::fromRial(20'000'000)));
    REQUIRE(targets.set(QStringLiteral("1403-12"), Money::fromRial(0)));
    REQUIRE(targets.set(QStringLiteral("1403-Q2"), Money::fromRial(90'000'000)));

    const DateRange range { jalali(1403, 1, 1), jalali(1403, 12, 30) };
    for (Grouping grouping : { Grouping::Month, Grouping::Quarter, Grouping::Year, Grouping::Week }) {
        INFO(toKey(grouping).toStdString());
        auto report = f.run(ReportId::Trend, range, grouping);
        REQUIRE(report);
        REQUIRE(report->tables.size() == 2);
        const ReportTable& table = report->tables.first();
        const QList<PeriodBucket> buckets = bucketsOf(range, grouping);
        REQUIRE(table.rows.size() == buckets.size());
        const int sales = column(table, QStringLiteral("sales"));
        const int target = column(table, QStringLiteral("target"));
        const int progress = column(table, QStringLiteral("progress"));
        const int average = column(table, QStringLiteral("running_average"));
        const int lastYear = column(table, QStringLiteral("last_year"));
        const int growth = column(table, QStringLiteral("growth"));
        qint64 yearSum = 0;
        int yearCount = 0;
        for (int i = 0; i < buckets.size(); ++i) {
            const PeriodBucket& b = buckets.at(i);
            INFO(bucketKey(b).toStdString());
            const auto& row = table.rows.at(i);
            CHECK(std::get<PeriodBucket>(row.at(0)) == b);
            const qint64 expected = salesBetween(f.invoices, qMax(b.from, range.from), qMin(b.to, range.to));
            CHECK(cellNumber(row.at(sales)) == expected);

            const QString key = bucketKey(b);
            if (grouping == Grouping::Month && key == QStringLiteral("1403-02")) {
                CHECK(cellNumber(row.at(target)) == 20'000'000);
                CHECK(cellNumber(row.at(progress)) == roundedPerMille(expected, 20'000'000));
            } else if (grouping == Grouping::Quarter && key == QStringLiteral("1403-Q2")) {
                CHECK(cellNumber(row.at(target)) == 90'000'000);
                CHECK(cellNumber(row.at(progress)) == roundedPerMille(expected, 90'000'000));
            } else if (grouping == Grouping::Month && key == QStringLiteral("1403-12")) {
                CHECK(cellNumber(row.at(target)) == 0);
                CHECK(std::holds_alternative<std::monostate>(row.at(progress))); // a zero target has no progress
            } else {
                CHECK(std::holds_alternative<std::monostate>(row.at(target)));
                CHECK(std::holds_alternative<std::monostate>(row.at(progress)));
            }

            // Whole buckets of 1403 so far (the range is the year 1403; a week
            // straddling Nowruz belongs to the year it ends in).
            const qint64 whole = salesBetween(f.invoices, b.from, b.to);
            if (text::jalali::fromGregorian(b.to)->year == 1403) {
                yearSum += whole;
                ++yearCount;
                CHECK(cellNumber(row.at(average)) == yearSum / yearCount);
            }

            // Same period a year earlier.
            auto j = *text::jalali::fromGregorian(b.from);
            j.year -= 1;
            j.day = qMin(j.day, text::jalali::daysInMonth(j.year, j.month));
            const PeriodBucket before = bucketOf(text::jalali::toGregorian(j), grouping);
            const qint64 previous = salesBetween(f.invoices, before.from, before.to);
            CHECK(cellNumber(row.at(lastYear)) == previous);
            if (previous > 0)
                CHECK(cellNumber(row.at(growth)) == roundedPerMille(whole - previous, previous));
            else
                CHECK(std::holds_alternative<std::monostate>(row.at(growth)));
        }
        CHECK(cellNumber(table.totals->at(sales)) == salesBetween(f.invoices, range.from, range.to));

        const ReportTable& years = report->tables.at(1);
        REQUIRE(years.rows.size() == 3); // 1402, 1403, 1404 (to date)
        for (int y = 0; y < 3; ++y) {
            const int year = 1402 + y;
            const PeriodBucket bucket = std::get<PeriodBucket>(years.rows.at(y).at(0));
            CHECK(bucketKey(bucket) == QString::number(year));
            CHECK(cellNumber(years.rows.at(y).at(column(years, QStringLiteral("sales"))))
                  == salesBetween(f.invoices, jalali(year, 1, 1), jalali(year, 12, text::jalali::isLeapYear(year) ? 30 : 29)));
        }
        REQUIRE(report->charts.size() == 2);
        CHECK(report->charts.at(0).kind == ChartKind::Line);
        CHECK(report->charts.at(0).valueColumns == QList<int> { sales, target, average });
        CHECK(report->charts.at(1).table == 1);
    }
}

TEST_CASE("The trend compares Esfand of a leap year with the common year before, and growth may be negative", "[reports][trend]")
{
    SalesFixture f;
    const qint64 customer = f.customer();
    auto invoice = [&](QDate day, qint64 price) {
        auto draft = f.documents->createDraft([&] {
            sales::Document d = draftFor(customer, sales::DocumentType::Invoice, day);
            d.lines.first().unitPrice = Money::fromRial(price);
            d.lines.first().taxable = false;
            return d;
        }());
        REQUIRE(draft);
        REQUIRE(f.documents->issue(draft->id));
    };
    invoice(jalali(1402, 12, 29), 4'000'000); // common year: Esfand has 29 days
    invoice(jalali(1403, 12, 30), 3'000'000); // leap year: its 30th
    invoice(jalali(1403, 12, 1), 1'000'000);
    f.setToday(jalali(1404, 1, 10));

    reports::ReportRunner runner(*f.db, f.clock);
    ReportRequest request;
    request.range = { jalali(1403, 12, 1), jalali(1403, 12, 30) };
    request.grouping = Grouping::Month;
    auto report = runner.run(ReportId::Trend, request);
    REQUIRE(report);
    const ReportTable& table = report->tables.first();
    REQUIRE(table.rows.size() == 1);
    CHECK(cellNumber(table.rows.first().at(column(table, QStringLiteral("sales")))) == 4'000'000);
    CHECK(cellNumber(table.rows.first().at(column(table, QStringLiteral("last_year")))) == 4'000'000);
    CHECK(cellNumber(table.rows.first().at(column(table, QStringLiteral("growth")))) == 0);

    request.grouping = Grouping::Day;
    auto daily = runner.run(ReportId::Trend, request);
    REQUIRE(daily);
    const ReportTable& days = daily->tables.first();
    REQUIRE(days.rows.size() == 30);
    // Esfand 30 1403 compares with Esfand 29 1402, the last day of that year.
    CHECK(cellNumber(days.rows.last().at(column(days, QStringLiteral("last_year")))) == 4'000'000);
    CHECK(cellNumber(days.rows.last().at(column(days, QStringLiteral("growth")))) == -250);
    CHECK(std::holds_alternative<std::monostate>(days.rows.last().at(column(days, QStringLiteral("target")))));
}

TEST_CASE("Every sales report answers on an empty database", "[reports][sales]")
{
    ReportFixture f;
    const DateRange range { jalali(1403, 1, 1), jalali(1403, 12, 30) };
    for (ReportId id : { ReportId::SalesByProduct, ReportId::SalesByCategory, ReportId::SalesByMarketer, ReportId::SalesByCustomer,
                         ReportId::SalesByCity, ReportId::SalesBySource, ReportId::Trend }) {
        INFO(toKey(id).toStdString());
        auto report = f.run(id, range);
        REQUIRE(report);
        REQUIRE_FALSE(report->tables.isEmpty());
        REQUIRE(report->tables.first().totals);
        CHECK(cellNumber(report->tables.first().totals->at(column(report->tables.first(), QStringLiteral("sales")))) == 0);
        CHECK_FALSE(report->notes.isEmpty());
    }
}
