#include "ReportFixture.h"

#include "reports/ReportJson.h"

#include <QJsonArray>
#include <QMap>

using namespace peyvand;
using namespace peyvand::reports;
using namespace peyvand::test;

namespace {

struct Expected {
    qint64 invoices = 0;
    qint64 sales = 0;
    qint64 tax = 0;
    qint64 total = 0;
};

QMap<QString, Expected> bruteForce(const QList<sales::Document>& invoices, const DateRange& range, Grouping grouping)
{
    QMap<QString, Expected> out;
    for (const auto& d : invoices) {
        if (!range.contains(d.issueDate))
            continue;
        Expected& e = out[bucketKey(bucketOf(d.issueDate, grouping))];
        e.invoices += 1;
        e.sales += d.grandTotal.rial() - d.vatTotal.rial() - d.dutyTotal.rial();
        e.tax += d.vatTotal.rial() + d.dutyTotal.rial();
        e.total += d.grandTotal.rial();
    }
    return out;
}

} // namespace

TEST_CASE("Sales by period agree with a brute-force sum to the Rial", "[reports][sales]")
{
    ReportFixture f;
    f.makeCustomers(12);
    f.makeProducts(9);
    f.makeInvoices(120, jalali(1402, 11, 1), jalali(1404, 1, 20));
    REQUIRE(f.drafts.size() > 0);

    const QList<DateRange> ranges { { jalali(1402, 11, 1), jalali(1404, 1, 20) },
                                    { jalali(1403, 12, 1), jalali(1403, 12, 30) },   // leap Esfand
                                    { jalali(1403, 5, 17), jalali(1403, 8, 2) } };
    for (const DateRange& range : ranges) {
        for (Grouping grouping : allGroupings()) {
            INFO(toKey(grouping).toStdString() << " from " << range.from.toString(Qt::ISODate).toStdString());
            auto report = f.run(ReportId::SalesByPeriod, range, grouping);
            REQUIRE(report);
            REQUIRE(report->tables.size() == 1);
            const ReportTable& table = report->tables.first();
            CHECK(table.rows.size() == bucketsOf(range, grouping).size());
            const auto expected = bruteForce(f.invoices, range, grouping);
            Expected sum;
            for (const auto& row : table.rows) {
                const QString key = bucketKey(std::get<PeriodBucket>(row.at(0)));
                const Expected e = expected.value(key);
                INFO(key.toStdString());
                CHECK(cellNumber(row.at(column(table, QStringLiteral("invoices")))) == e.invoices);
                CHECK(cellNumber(row.at(column(table, QStringLiteral("sales")))) == e.sales);
                CHECK(cellNumber(row.at(column(table, QStringLiteral("tax")))) == e.tax);
                CHECK(cellNumber(row.at(column(table, QStringLiteral("total")))) == e.total);
                sum.invoices += e.invoices;
                sum.total += e.total;
            }
            REQUIRE(table.totals);
            CHECK(cellNumber(table.totals->at(column(table, QStringLiteral("invoices")))) == sum.invoices);
            CHECK(cellNumber(table.totals->at(column(table, QStringLiteral("total")))) == sum.total);
        }
    }
}

TEST_CASE("Sales by period count neither drafts nor pre-invoices", "[reports][sales]")
{
    ReportFixture f;
    f.makeCustomers(3);
    f.makeProducts(3);
    const DateRange range { jalali(1404, 1, 1), jalali(1404, 1, 31) };
    f.makeQuotes(5, range.from, range.to);
    auto draft = f.documents->createDraft(draftFor(f.customerInfo.first().id, sales::DocumentType::Invoice, jalali(1404, 1, 2)));
    REQUIRE(draft);
    auto report = f.run(ReportId::SalesByPeriod, range, Grouping::Month);
    REQUIRE(report);
    CHECK(cellNumber(report->tables.first().totals->at(1)) == 0);
    CHECK(report->figures.first().value == 0);

    REQUIRE(f.documents->issue(draft->id));
    report = f.run(ReportId::SalesByPeriod, range, Grouping::Month);
    REQUIRE(report);
    CHECK(cellNumber(report->tables.first().totals->at(1)) == 1);
    CHECK(report->figures.first().value == 1'000'000); // before tax
}

TEST_CASE("A report's period is checked before it runs", "[reports][sales]")
{
    ReportFixture f;
    auto reversed = f.run(ReportId::SalesByPeriod, { jalali(1404, 2, 1), jalali(1404, 1, 1) });
    REQUIRE_FALSE(reversed);
    CHECK(reversed.error().code == ErrorCode::InvalidInput);
    CHECK(reversed.error().field == QStringLiteral("period"));
    auto negative = f.run(ReportId::SalesByPeriod, { jalali(1404, 1, 1), jalali(1404, 1, 2) }, Grouping::Day, -1);
    REQUIRE_FALSE(negative);
    CHECK(negative.error().field == QStringLiteral("limit"));
}

TEST_CASE("Sales by period as JSON", "[reports][sales][json]")
{
    ReportFixture f;
    f.makeCustomers(2);
    f.makeProducts(2);
    f.makeInvoices(10, jalali(1404, 1, 1), jalali(1404, 2, 31));
    auto report = f.run(ReportId::SalesByPeriod, { jalali(1404, 1, 1), jalali(1404, 2, 31) }, Grouping::Month);
    REQUIRE(report);
    const QJsonObject json = toJson(*report);
    CHECK(json.value(QStringLiteral("report")).toString() == QStringLiteral("sales_period"));
    CHECK(json.value(QStringLiteral("grouping")).toString() == QStringLiteral("month"));
    CHECK(json.value(QStringLiteral("from")).toString() == QStringLiteral("2025-03-21"));
    const QJsonArray rows = json.value(QStringLiteral("tables")).toObject().value(QStringLiteral("rows")).toObject().value(QStringLiteral("rows")).toArray();
    REQUIRE(rows.size() == 2);
    CHECK(rows.at(0).toObject().value(QStringLiteral("period")).toString() == QStringLiteral("1404-01"));
    CHECK(rows.at(0).toObject().value(QStringLiteral("period_from")).toString() == QStringLiteral("2025-03-21"));
    CHECK(rows.at(1).toObject().value(QStringLiteral("period_to")).toString() == QStringLiteral("2025-05-21"));
    qint64 sum = 0;
    for (const auto& d : f.invoices)
        sum += d.grandTotal.rial();
    const QJsonObject totals = json.value(QStringLiteral("tables")).toObject().value(QStringLiteral("rows")).toObject().value(QStringLiteral("totals")).toObject();
    CHECK(totals.value(QStringLiteral("total")).toInteger() == sum);
}
