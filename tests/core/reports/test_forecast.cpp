#include "ValueFixture.h"

#include "pipeline/DealService.h"
#include "reports/ForecastMath.h"
#include "reports/ReportJson.h"

#include <QJsonArray>

using namespace peyvand;
using namespace peyvand::reports;
using namespace peyvand::test;

namespace {

struct ForecastFixture : ValueFixture {
    pipeline::DealService deals { *db, clock };

    qint64 stageId(const char* key)
    {
        auto stages = deals.stages();
        REQUIRE(stages);
        for (const pipeline::Stage& s : *stages) {
            if (s.key == QLatin1String(key))
                return s.id;
        }
        FAIL("no stage " << key);
        return 0;
    }

    void deal(qint64 rial, const char* stage, QDate expectedClose = {})
    {
        pipeline::Deal d;
        d.title = QStringLiteral("Deal");
        d.amount = Money::fromRial(rial);
        d.stageId = stageId(stage);
        d.expectedClose = expectedClose;
        REQUIRE(deals.create(d));
    }

    qint64 quote(qint64 customerId, qint64 rial)
    {
        sales::Document d = draftFor(customerId, sales::DocumentType::Quote, clock.today());
        d.lines.first().unitPrice = Money::fromRial(rial);
        auto draft = documents->createDraft(d);
        REQUIRE(draft);
        auto issued = documents->issue(draft->id);
        REQUIRE(issued);
        return issued->id;
    }
};

const QList<ReportCell>& monthRow(const ReportTable& table, const QString& key)
{
    for (const auto& row : table.rows) {
        if (bucketKey(std::get<PeriodBucket>(row.at(0))) == key)
            return row;
    }
    FAIL("no month " << key.toStdString());
    return table.rows.first();
}

} // namespace

TEST_CASE("The trend is the least-squares line with its residual deviation", "[reports][forecast]")
{
    const TrendFit line = fitTrend({ 100, 110, 120, 130, 140 });
    REQUIRE(line.valid);
    CHECK(line.slope == Approx(10));
    CHECK(line.intercept == Approx(100));
    CHECK(line.band() == 0);
    CHECK(line.at(5) == 150);

    const TrendFit bent = fitTrend({ 1'000'000, 4'000'000, 4'000'000 });
    REQUIRE(bent.valid);
    CHECK(bent.slope == Approx(1'500'000));
    CHECK(bent.intercept == Approx(1'500'000));
    CHECK(bent.band() == 1'224'745); // √(1.5·10¹² / 1)
    CHECK(bent.at(3) == 6'000'000);

    const TrendFit falling = fitTrend({ 9'000, 6'000, 3'000 });
    CHECK(falling.at(3) == 0);
    CHECK(falling.at(4) == 0); // never below 0

    CHECK_FALSE(fitTrend({ 1, 2 }).valid);
    CHECK_FALSE(fitTrend({}).valid);
}

TEST_CASE("The forecast adds trend, weighted pipeline and weighted pre-invoices", "[reports][forecast]")
{
    ForecastFixture f; // today 1404-01-15
    const qint64 ali = f.namedCustomer(QStringLiteral("Ali"));
    f.sale(ali, jalali(1403, 10, 5), 1'000'000);
    f.sale(ali, jalali(1403, 11, 5), 3'000'000);
    f.sale(ali, jalali(1403, 11, 29), 1'000'000);
    f.sale(ali, jalali(1403, 12, 30), 4'000'000);
    f.sale(ali, jalali(1404, 1, 2), 7'000'000); // this month: not history

    f.deal(4'000'000, "quote_sent");                              // 50 %, no date: this month
    f.deal(1'000'000, "first_contact", jalali(1403, 11, 1));      // 10 %, already past: this month
    f.deal(10'000'000, "needs_analysis", jalali(1404, 2, 31));    // 25 % in Ordibehesht
    f.deal(8'000'000, "negotiation", jalali(1404, 3, 1));         // 75 % in Khordad
    f.deal(9'000'000, "negotiation", jalali(1404, 4, 1));         // after the horizon
    f.deal(9'000'000, "won", jalali(1404, 2, 1));                 // not open

    const qint64 converted = f.quote(ali, 2'000'000);
    REQUIRE(f.documents->convert(converted));                     // an invoice today: this month
    REQUIRE(f.documents->reject(f.quote(ali, 5'000'000)));
    f.quote(ali, 3'000'000);                                      // open
    f.quote(ali, 1'000'000);                                      // open
    // Rate 1 of 2 decided = 50 %; open 4,000,000 → 2,000,000 this month.

    auto report = f.run(ReportId::Forecast, {});
    REQUIRE(report);
    const ReportTable& t = report->tables.first();
    REQUIRE(t.rows.size() == 3 + 3);
    const auto& first = monthRow(t, QStringLiteral("1403-10"));
    CHECK(cellNumber(first.at(column(t, QStringLiteral("actual")))) == 1'000'000);
    CHECK(cellNumber(first.at(column(t, QStringLiteral("trend")))) == 1'500'000);
    CHECK(cellText(first.at(column(t, QStringLiteral("kind")))) == QStringLiteral("actual"));
    CHECK(std::holds_alternative<std::monostate>(first.at(column(t, QStringLiteral("forecast")))));
    CHECK(cellNumber(monthRow(t, QStringLiteral("1403-12")).at(column(t, QStringLiteral("actual")))) == 4'000'000);

    const qint64 band = 1'224'745;
    struct Month {
        const char* key;
        qint64 trend, pipeline, quotes;
    };
    const Month months[] = { { "1404-01", 6'000'000, 2'000'000 + 100'000, 2'000'000 },
                             { "1404-02", 7'500'000, 2'500'000, 0 },
                             { "1404-03", 9'000'000, 6'000'000, 0 } };
    qint64 sum = 0;
    for (const Month& m : months) {
        INFO(m.key);
        const auto& row = monthRow(t, QLatin1String(m.key));
        const qint64 forecast = m.trend + m.pipeline + m.quotes;
        sum += forecast;
        CHECK(cellText(row.at(column(t, QStringLiteral("kind")))) == QStringLiteral("forecast"));
        CHECK(cellNumber(row.at(column(t, QStringLiteral("trend")))) == m.trend);
        CHECK(cellNumber(row.at(column(t, QStringLiteral("pipeline")))) == m.pipeline);
        CHECK(cellNumber(row.at(column(t, QStringLiteral("pre_invoices")))) == m.quotes);
        CHECK(cellNumber(row.at(column(t, QStringLiteral("forecast")))) == forecast);
        CHECK(cellNumber(row.at(column(t, QStringLiteral("low")))) == forecast - band);
        CHECK(cellNumber(row.at(column(t, QStringLiteral("high")))) == forecast + band);
    }
    CHECK(report->figures.at(0).value == sum);
    CHECK(report->figures.at(3).value == 500);
    REQUIRE(report->charts.size() == 1);
    CHECK(report->charts.first().kind == ChartKind::Band);
    CHECK(report->charts.first().lowColumn == column(t, QStringLiteral("low")));

    // Empty cells are JSON nulls: actual months have no forecast, forecast months no actual.
    const QJsonArray rows = toJson(*report).value(QStringLiteral("tables")).toObject().value(QStringLiteral("months"))
                                .toObject().value(QStringLiteral("rows")).toArray();
    REQUIRE(rows.size() == 6);
    CHECK(rows.at(0).toObject().value(QStringLiteral("forecast")).isNull());
    CHECK(rows.at(3).toObject().value(QStringLiteral("actual")).isNull());
    CHECK(rows.at(3).toObject().value(QStringLiteral("high")).toInteger() == 6'000'000 + 2'100'000 + 2'000'000 + band);
}

TEST_CASE("The forecast needs 3 months of history and keeps only the last 12", "[reports][forecast]")
{
    ForecastFixture f;
    const qint64 ali = f.namedCustomer(QStringLiteral("Ali"));
    f.sale(ali, jalali(1403, 11, 10), 1'000'000);
    f.sale(ali, jalali(1403, 12, 10), 1'000'000);
    f.deal(2'000'000, "quote_sent");
    auto report = f.run(ReportId::Forecast, {});
    REQUIRE(report);
    const ReportTable& t = report->tables.first();
    REQUIRE(t.rows.size() == 2 + 3);
    const auto& now = monthRow(t, QStringLiteral("1404-01"));
    CHECK(std::holds_alternative<std::monostate>(now.at(column(t, QStringLiteral("forecast")))));
    CHECK(cellNumber(now.at(column(t, QStringLiteral("pipeline")))) == 1'000'000);
    CHECK(report->notes.join(QLatin1Char(' ')).contains(QStringLiteral("at least 3")));

    // Old history: only the 12 complete months before this one count; the
    // gap months count as 0 and a low band is clamped at 0.
    f.sale(ali, jalali(1402, 8, 1), 50'000'000);
    f.sale(ali, jalali(1403, 2, 10), 9'000'000);
    report = f.run(ReportId::Forecast, {});
    REQUIRE(report);
    const ReportTable& full = report->tables.first();
    REQUIRE(full.rows.size() == 12 + 3);
    CHECK(bucketKey(std::get<PeriodBucket>(full.rows.first().at(0))) == QStringLiteral("1403-01"));
    QList<qint64> history(12, 0);
    history[1] = 9'000'000;
    history[10] = 1'000'000;
    history[11] = 1'000'000;
    const TrendFit fit = fitTrend(history);
    const auto& next = monthRow(full, QStringLiteral("1404-01"));
    const qint64 forecast = fit.at(12) + 1'000'000;
    CHECK(cellNumber(next.at(column(full, QStringLiteral("forecast")))) == forecast);
    CHECK(cellNumber(next.at(column(full, QStringLiteral("low")))) == std::max<qint64>(0, forecast - fit.band()));
}
