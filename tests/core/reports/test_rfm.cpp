#include "ValueFixture.h"

#include "reports/RfmSegments.h"

using namespace peyvand;
using namespace peyvand::reports;
using namespace peyvand::test;

TEST_CASE("RFM segment rules at each boundary", "[reports][rfm]")
{
    CHECK(rfmFmScore(1, 1) == 1);
    CHECK(rfmFmScore(1, 2) == 2); // half rounds up
    CHECK(rfmFmScore(3, 4) == 4);
    CHECK(rfmFmScore(4, 5) == 5);
    CHECK(rfmFmScore(5, 5) == 5);

    // Champions: R 4–5, FM 4–5.
    CHECK(rfmSegment(4, 4, 4) == RfmSegment::Champions);
    CHECK(rfmSegment(5, 3, 4) == RfmSegment::Champions);
    CHECK(rfmSegment(5, 5, 5) == RfmSegment::Champions);
    // Loyal: R 3, FM 4–5.
    CHECK(rfmSegment(3, 3, 4) == RfmSegment::Loyal);
    CHECK(rfmSegment(3, 5, 5) == RfmSegment::Loyal);
    // New customers: R 4–5, F 1 (FM ≤ 3 then).
    CHECK(rfmSegment(4, 1, 5) == RfmSegment::NewCustomers);
    CHECK(rfmSegment(5, 1, 1) == RfmSegment::NewCustomers);
    // Potential loyalists: R 4–5, FM 1–3, F ≥ 2.
    CHECK(rfmSegment(4, 2, 4) == RfmSegment::PotentialLoyalists);
    CHECK(rfmSegment(5, 2, 1) == RfmSegment::PotentialLoyalists);
    CHECK(rfmSegment(4, 3, 3) == RfmSegment::PotentialLoyalists);
    // Need attention: R 3, FM 1–3.
    CHECK(rfmSegment(3, 3, 3) == RfmSegment::NeedAttention);
    CHECK(rfmSegment(3, 1, 1) == RfmSegment::NeedAttention);
    CHECK(rfmSegment(3, 2, 4) == RfmSegment::NeedAttention);
    // Can't lose them: R 1–2, FM 5.
    CHECK(rfmSegment(2, 4, 5) == RfmSegment::CantLoseThem);
    CHECK(rfmSegment(1, 5, 5) == RfmSegment::CantLoseThem);
    // At risk: R 1–2, FM 3–4.
    CHECK(rfmSegment(2, 4, 4) == RfmSegment::AtRisk);
    CHECK(rfmSegment(1, 2, 3) == RfmSegment::AtRisk);
    CHECK(rfmSegment(2, 3, 3) == RfmSegment::AtRisk);
    // Hibernating: R 2, FM 1–2.
    CHECK(rfmSegment(2, 2, 2) == RfmSegment::Hibernating);
    CHECK(rfmSegment(2, 1, 2) == RfmSegment::Hibernating);
    // Lost: R 1, FM 1–2.
    CHECK(rfmSegment(1, 1, 2) == RfmSegment::Lost);
    CHECK(rfmSegment(1, 1, 1) == RfmSegment::Lost);

    // Every score combination has exactly one segment, and every segment is reachable.
    QSet<QString> seen;
    for (int r = 1; r <= 5; ++r)
        for (int f = 1; f <= 5; ++f)
            for (int m = 1; m <= 5; ++m)
                seen.insert(toKey(rfmSegment(r, f, m)));
    CHECK(seen.size() == 9);
}

TEST_CASE("RFM scores by quintile on hand-made customers", "[reports][rfm]")
{
    ValueFixture f;
    f.makeProducts(1);
    const QDate today = f.clock.today();
    // Five customers: one per quintile of each measure.
    const qint64 champion = f.namedCustomer(QStringLiteral("Champion"));   // R5 F5 M5
    const qint64 fresh = f.namedCustomer(QStringLiteral("Fresh"));         // R4 F1 M1 -> new
    const qint64 steady = f.namedCustomer(QStringLiteral("Steady"));       // R3 F4 M4 -> loyal
    const qint64 fading = f.namedCustomer(QStringLiteral("Fading"));       // R2 F3 M3 -> at risk
    const qint64 gone = f.namedCustomer(QStringLiteral("Gone"));           // R1 F2 M2 -> lost
    for (int i = 0; i < 5; ++i)
        f.sale(champion, today.addDays(-1 - 10 * i), 9'000'000);
    f.sale(fresh, today.addDays(-3), 100'000);
    for (int i = 0; i < 4; ++i)
        f.sale(steady, today.addDays(-30 - 10 * i), 2'000'000);
    for (int i = 0; i < 3; ++i)
        f.sale(fading, today.addDays(-90 - 10 * i), 1'000'000);
    for (int i = 0; i < 2; ++i)
        f.sale(gone, today.addDays(-400 - 10 * i), 1'000'000);

    auto report = f.run(ReportId::Rfm, {});
    REQUIRE(report);
    const ReportTable& t = report->tables.first();
    const int customers = column(t, QStringLiteral("customers"));
    auto count = [&](const QString& key) { return cellNumber(rowWithKey(t, QStringLiteral("segment"), key).at(customers)); };
    CHECK(count(QStringLiteral("champions")) == 1);
    CHECK(count(QStringLiteral("new_customers")) == 1);
    CHECK(count(QStringLiteral("loyal")) == 1);
    CHECK(count(QStringLiteral("at_risk")) == 1);
    CHECK(count(QStringLiteral("lost")) == 1);
    CHECK(count(QStringLiteral("hibernating")) == 0);
    const auto& champions = rowWithKey(t, QStringLiteral("segment"), QStringLiteral("champions"));
    CHECK(cellNumber(champions.at(column(t, QStringLiteral("sales")))) == 45'000'000);
    CHECK(cellNumber(champions.at(column(t, QStringLiteral("avg_recency")))) == 1);
    CHECK(cellNumber(champions.at(column(t, QStringLiteral("avg_frequency")))) == 5000);
    CHECK(cellNumber(champions.at(column(t, QStringLiteral("share")))) == 200);
    const auto& lost = rowWithKey(t, QStringLiteral("segment"), QStringLiteral("lost"));
    CHECK(cellNumber(lost.at(column(t, QStringLiteral("avg_recency")))) == 400);
    CHECK(cellText(lost.at(column(t, QStringLiteral("name")))) == QStringLiteral("Lost"));
    REQUIRE(t.totals);
    CHECK(cellNumber(t.totals->at(customers)) == 5);
    REQUIRE(report->charts.size() == 1);
    CHECK(report->charts.first().kind == ChartKind::Donut);
}

TEST_CASE("RFM segments agree with a brute-force scoring of the fixture", "[reports][rfm]")
{
    ValueFixture f;
    f.makeCustomers(37);
    f.makeProducts(7);
    f.makeInvoices(150, jalali(1402, 6, 1), jalali(1404, 2, 10)); // some after today (1404-01-15): recency 0
    const QDate today = f.clock.today();
    const auto truth = customerTruth(f.invoices);
    const QList<CustomerTruth> rows = truth.values();
    const auto r = ntile5(rows, [](const CustomerTruth& a, const CustomerTruth& b) { return std::pair(a.last, a.id) < std::pair(b.last, b.id); });
    const auto fq = ntile5(rows, [](const CustomerTruth& a, const CustomerTruth& b) { return std::pair(a.invoices, a.id) < std::pair(b.invoices, b.id); });
    const auto m = ntile5(rows, [](const CustomerTruth& a, const CustomerTruth& b) { return std::pair(a.sales, a.id) < std::pair(b.sales, b.id); });
    struct Expected {
        qint64 customers = 0, sales = 0, days = 0, invoices = 0;
    };
    QMap<QString, Expected> expected;
    qint64 allSales = 0;
    for (const CustomerTruth& c : rows) {
        Expected& e = expected[toKey(rfmSegment(r.value(c.id), fq.value(c.id), m.value(c.id)))];
        e.customers += 1;
        e.sales += c.sales;
        e.days += std::max<qint64>(0, c.last.daysTo(today));
        e.invoices += c.invoices;
        allSales += c.sales;
    }
    auto report = f.run(ReportId::Rfm, {});
    REQUIRE(report);
    const ReportTable& t = report->tables.first();
    CHECK(t.rows.size() == 9);
    for (const auto& row : t.rows) {
        const QString key = cellText(row.at(0));
        INFO(key.toStdString());
        const Expected e = expected.value(key);
        CHECK(cellNumber(row.at(column(t, QStringLiteral("customers")))) == e.customers);
        CHECK(cellNumber(row.at(column(t, QStringLiteral("sales")))) == e.sales);
        CHECK(cellNumber(row.at(column(t, QStringLiteral("share")))) == e.customers * 1000 / qint64(rows.size()));
        CHECK(cellNumber(row.at(column(t, QStringLiteral("sales_share")))) == e.sales * 1000 / allSales);
        CHECK(cellNumber(row.at(column(t, QStringLiteral("avg_recency")))) == (e.customers ? e.days / e.customers : 0));
        CHECK(cellNumber(row.at(column(t, QStringLiteral("avg_frequency")))) == (e.customers ? e.invoices * 1000 / e.customers : 0));
    }
    CHECK(cellNumber(t.totals->at(column(t, QStringLiteral("sales")))) == allSales);
}

TEST_CASE("RFM with no sales has empty segments", "[reports][rfm]")
{
    ValueFixture f;
    auto report = f.run(ReportId::Rfm, {});
    REQUIRE(report);
    CHECK(report->tables.first().rows.size() == 9);
    CHECK(cellNumber(report->tables.first().totals->at(2)) == 0);
    CHECK(report->figures.first().value == 0);
}
