#include "../payments/ReceivablesFixture.h"

#include "reports/ReportCatalog.h"
#include "text/Jalali.h"

#include <QMap>
#include <QRandomGenerator>

using namespace peyvand;
using namespace peyvand::reports;
using namespace peyvand::test;

namespace {

int column(const ReportTable& table, const QString& key)
{
    const int index = table.columnIndex(key);
    INFO(key.toStdString());
    REQUIRE(index >= 0);
    return index;
}

struct PaymentReportFixture : ReceivablesFixture {
    QList<qint64> customerIds;
    QMap<qint64, qint64> salesOf;
    QRandomGenerator random { 11 };

    Result<Report> run(ReportId id, DateRange range = {}, Grouping grouping = Grouping::Month, int limit = 0)
    {
        ReportRequest request;
        request.range = range;
        request.grouping = grouping;
        request.limit = limit;
        return ReportRunner(*db, clock).run(id, request);
    }

    // Customers paying in every way: cheques cleared on time or late,
    // bounced, cancelled, returned; promises kept or open; instalment plans
    // partly paid; and some customers with nothing due.
    void makeData()
    {
        const QList<QStringList> paths { {}, { QStringLiteral("deposited") },
                                         { QStringLiteral("deposited"), QStringLiteral("cleared") },
                                         { QStringLiteral("deposited"), QStringLiteral("bounced") },
                                         { QStringLiteral("deposited"), QStringLiteral("bounced"), QStringLiteral("redeposited"), QStringLiteral("cleared") },
                                         { QStringLiteral("cancelled") }, { QStringLiteral("returned") } };
        for (int c = 0; c < 14; ++c) {
            const qint64 id = customer(QStringLiteral("Customer %1").arg(c));
            customerIds << id;
            if (c % 7 == 6)
                continue; // never bought anything
            const int invoices = 1 + random.bounded(3);
            for (int i = 0; i < invoices; ++i) {
                const qint64 rial = (1 + random.bounded(20)) * 1'000'000;
                const qint64 inv = invoice(id, day(-10 - random.bounded(300)), rial);
                salesOf[id] += rial;
                if (c % 7 == 5)
                    continue; // nothing due: not rated
                if (i == 0 && c % 3 == 0) {
                    plan(inv, rial / 4, 3, day(-90 + c), 30);
                    cash(inv, rial / 4, day(-89 + c));
                    continue;
                }
                switch (c % 7) {
                case 1: // pays on time
                    for (int k = 0; k < 3; ++k)
                        cheque(id, inv, 100'000, day(-50 + 30 * k + i), paths.at(2), day(-49 + 30 * k + i));
                    break;
                case 2: // one bounce among cheques on time
                    cheque(id, inv, 100'000, day(-40 - i), paths.at(3), day(-38 - i));
                    for (int k = 0; k < 6; ++k)
                        cheque(id, inv, 100'000, day(-100 + 10 * k - i), paths.at(2), day(-100 + 10 * k - i));
                    break;
                case 3: // promises kept late
                    payment(id, inv, QStringLiteral("credit"), QStringLiteral("kept"), 50'000, day(-90), day(-60 - i),
                            day(-60 - i + 20));
                    payment(id, inv, QStringLiteral("credit"), QStringLiteral("kept"), 50'000, day(-90), day(-40 - i),
                            day(-40 - i));
                    break;
                default: { // anything
                    const int cheques = 1 + random.bounded(3);
                    for (int k = 0; k < cheques; ++k) {
                        const QDate due = day(-60 + random.bounded(100));
                        cheque(id, inv, 100'000, due, paths.at(random.bounded(paths.size())), due.addDays(random.bounded(12)));
                    }
                    const QDate due = day(-60 + random.bounded(80));
                    const bool kept = random.bounded(2) == 0;
                    payment(id, inv, QStringLiteral("credit"), kept ? QStringLiteral("kept") : QStringLiteral("pending"), 50'000,
                            due.addDays(-30), due, kept ? due.addDays(random.bounded(20) - 5) : QDate());
                }
                }
            }
        }
        // Our own cheques to suppliers, due around today.
        cheque(0, 0, 3'000'000, day(5), {}, {}, QStringLiteral("issued"), QStringLiteral("Supplier"));
        cheque(0, 0, 2'000'000, day(40), {}, {}, QStringLiteral("issued"), QStringLiteral("Landlord"));
    }
};

} // namespace

TEST_CASE("Payment ratings equal each customer's own record", "[reports][ratings]")
{
    PaymentReportFixture f;
    f.makeData();
    QMap<QString, qint64> customers;
    QMap<QString, qint64> sales;
    qint64 totalSales = 0;
    for (qint64 id : f.customerIds) {
        auto record = f.records->record(id);
        REQUIRE(record);
        const QString key = record->grade ? payments::toKey(*record->grade) : QStringLiteral("not_rated");
        customers[key] += 1;
        sales[key] += f.salesOf.value(id);
        totalSales += f.salesOf.value(id);
    }
    INFO(QStringList(customers.keys()).join(QLatin1Char(' ')).toStdString());
    REQUIRE(customers.size() >= 4); // the data set reaches several grades

    auto report = f.run(ReportId::PaymentRatings);
    REQUIRE(report);
    const ReportTable& t = report->tables.first();
    REQUIRE(t.rows.size() == 5);
    for (const auto& row : t.rows) {
        const QString key = cellText(row.at(0));
        INFO(key.toStdString());
        CHECK(cellNumber(row.at(column(t, QStringLiteral("customers")))) == customers.value(key));
        CHECK(cellNumber(row.at(column(t, QStringLiteral("sales")))) == sales.value(key));
        CHECK(cellNumber(row.at(column(t, QStringLiteral("share")))) == customers.value(key) * 1000 / f.customerIds.size());
        CHECK(cellNumber(row.at(column(t, QStringLiteral("sales_share")))) == sales.value(key) * 1000 / totalSales);
    }
    CHECK(cellNumber(t.totals->at(column(t, QStringLiteral("customers")))) == f.customerIds.size());
    CHECK(cellNumber(t.totals->at(column(t, QStringLiteral("sales")))) == totalSales);
    CHECK(report->figures.first().value == f.customerIds.size() - customers.value(QStringLiteral("not_rated")));
}

TEST_CASE("Receivables report the ageing with complete totals", "[reports][receivables]")
{
    PaymentReportFixture f;
    f.makeData();
    auto ageing = f.receivables->ageing();
    REQUIRE(ageing);
    REQUIRE(ageing->rows.size() > 3);
    auto report = f.run(ReportId::Receivables, {}, Grouping::Month, 3);
    REQUIRE(report);
    const ReportTable& t = report->tables.at(0);
    REQUIRE(t.rows.size() == 3);
    for (int i = 0; i < 3; ++i) {
        const payments::AgeingRow& expected = ageing->rows.at(i);
        CHECK(cellNumber(t.rows.at(i).at(column(t, QStringLiteral("customer_id")))) == expected.customerId);
        CHECK(cellNumber(t.rows.at(i).at(column(t, QStringLiteral("total")))) == expected.total.rial());
        CHECK(cellNumber(t.rows.at(i).at(column(t, QStringLiteral("over_90")))) == expected.buckets[4].rial());
    }
    CHECK(cellNumber(t.totals->at(column(t, QStringLiteral("total")))) == ageing->total.rial());
    CHECK(cellNumber(t.totals->at(column(t, QStringLiteral("customer_id")))) == ageing->rows.size());
    qint64 sum = 0;
    const ReportTable& buckets = report->tables.at(1);
    for (int b = 0; b < payments::kAgeBucketCount; ++b) {
        CHECK(cellNumber(buckets.rows.first().at(1 + b)) == ageing->totals[b].rial());
        CHECK(cellNumber(t.totals->at(2 + b)) == ageing->totals[b].rial());
        sum += ageing->totals[b].rial();
    }
    CHECK(sum == ageing->total.rial());
    CHECK(report->charts.first().kind == ChartKind::StackedBar);
    CHECK(report->charts.first().table == 1);
}

TEST_CASE("Cheques due by period and direction", "[reports][cheques]")
{
    PaymentReportFixture f;
    f.makeData();
    const DateRange range { f.day(-60), f.day(45) };
    auto cheques = f.receivables->chequesDue(range.from, range.to);
    REQUIRE(cheques);
    REQUIRE(cheques->size() > 3);
    for (Grouping grouping : { Grouping::Week, Grouping::Month }) {
        auto report = f.run(ReportId::ChequesDue, range, grouping);
        REQUIRE(report);
        const ReportTable& byPeriod = report->tables.at(0);
        const ReportTable& list = report->tables.at(1);
        CHECK(list.rows.size() == cheques->size());
        CHECK(byPeriod.rows.size() == bucketsOf(range, grouping).size());
        QMap<QString, std::array<qint64, 4>> expected;
        std::array<qint64, 4> all {};
        for (const payments::Cheque& c : *cheques) {
            const int offset = c.direction == payments::ChequeDirection::Received ? 0 : 2;
            for (auto* e : { &expected[bucketKey(bucketOf(c.dueDate, grouping))], &all }) {
                (*e)[offset] += 1;
                (*e)[offset + 1] += c.amount.rial();
            }
        }
        for (const auto& row : byPeriod.rows) {
            const auto e = expected.value(bucketKey(std::get<PeriodBucket>(row.at(0))));
            for (int k = 0; k < 4; ++k)
                CHECK(cellNumber(row.at(1 + k)) == e[k]);
        }
        for (int k = 0; k < 4; ++k)
            CHECK(cellNumber(byPeriod.totals->at(1 + k)) == all[k]);
        CHECK(all[3] == 5'000'000);
        CHECK(report->figures.at(1).value == 5'000'000);
    }
}
