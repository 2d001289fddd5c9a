#include "ValueFixture.h"

#include "../leads/LeadsFixture.h"

using namespace peyvand;
using namespace peyvand::reports;
using namespace peyvand::test;

namespace {

struct FunnelReportFixture : LeadsFixture {
    qint64 lead(QDate day, leads::LeadSource source, bool hot)
    {
        clock.set(QDateTime(day, QTime(12, 0), Qt::UTC));
        leads::Lead d = hot ? hotDraft(QStringLiteral("hot")) : draft(QStringLiteral("cold"));
        d.source = source;
        return add(d).id;
    }

    Result<Report> run(DateRange range, Grouping grouping)
    {
        ReportRequest request;
        request.range = range;
        request.grouping = grouping;
        return ReportRunner(*db, clock).run(ReportId::Funnel, request);
    }
};

void checkCounts(const ReportTable& t, const QList<ReportCell>& row, qint64 leads, qint64 qualified, qint64 converted)
{
    CHECK(cellNumber(row.at(column(t, QStringLiteral("leads")))) == leads);
    CHECK(cellNumber(row.at(column(t, QStringLiteral("qualified")))) == qualified);
    CHECK(cellNumber(row.at(column(t, QStringLiteral("converted")))) == converted);
    CHECK(cellNumber(row.at(column(t, QStringLiteral("qualified_rate")))) == (leads ? qualified * 1000 / leads : 0));
    CHECK(cellNumber(row.at(column(t, QStringLiteral("converted_rate")))) == (leads ? converted * 1000 / leads : 0));
}

} // namespace

TEST_CASE("The funnel report counts leads by period and source", "[reports][funnel]")
{
    FunnelReportFixture f;
    using leads::LeadSource;
    f.lead(jalali(1403, 12, 20), LeadSource::Website, true);
    f.lead(jalali(1404, 1, 1), LeadSource::Website, false);
    const qint64 phone = f.lead(jalali(1404, 1, 21), LeadSource::Phone, true);
    f.lead(jalali(1404, 2, 11), LeadSource::Referral, true);
    f.lead(jalali(1404, 2, 12), LeadSource::Referral, false);
    f.lead(jalali(1404, 4, 10), LeadSource::Phone, true); // after the range
    REQUIRE(f.service->convert(phone));

    const DateRange range { jalali(1403, 12, 1), jalali(1404, 2, 31) };
    auto report = f.run(range, Grouping::Month);
    REQUIRE(report);
    REQUIRE(report->tables.size() == 2);
    const ReportTable& byPeriod = report->tables.at(0);
    REQUIRE(byPeriod.rows.size() == 3);
    checkCounts(byPeriod, byPeriod.rows.at(0), 1, 1, 0);
    checkCounts(byPeriod, byPeriod.rows.at(1), 2, 1, 1);
    checkCounts(byPeriod, byPeriod.rows.at(2), 2, 1, 0);
    checkCounts(byPeriod, *byPeriod.totals, 5, 3, 1);

    const ReportTable& bySource = report->tables.at(1);
    REQUIRE(bySource.rows.size() == 3);
    checkCounts(bySource, rowWithKey(bySource, QStringLiteral("source"), QStringLiteral("website")), 2, 1, 0);
    checkCounts(bySource, rowWithKey(bySource, QStringLiteral("source"), QStringLiteral("phone")), 1, 1, 1);
    checkCounts(bySource, rowWithKey(bySource, QStringLiteral("source"), QStringLiteral("referral")), 2, 1, 0);
    CHECK(report->figures.at(0).value == 5);
    CHECK(report->figures.at(2).value == 200);
    REQUIRE(report->charts.size() == 2);

    auto quarters = f.run(range, Grouping::Quarter);
    REQUIRE(quarters);
    const ReportTable& q = quarters->tables.at(0);
    REQUIRE(q.rows.size() == 2);
    CHECK(bucketKey(std::get<PeriodBucket>(q.rows.at(0).at(0))) == QStringLiteral("1403-Q4"));
    checkCounts(q, q.rows.at(0), 1, 1, 0);
    checkCounts(q, q.rows.at(1), 4, 2, 1);

    auto days = f.run(range, Grouping::Day); // cohorts stay months
    REQUIRE(days);
    CHECK(days->tables.at(0).rows.size() == 3);
    CHECK(days->grouping == Grouping::Month);
}

TEST_CASE("Pre-invoice conversion agrees with the quotes' states", "[reports][quotes]")
{
    ValueFixture f;
    f.makeCustomers(6);
    f.makeProducts(5);
    const DateRange range { jalali(1403, 10, 1), jalali(1404, 1, 15) };
    f.makeQuotes(40, range.from, range.to);
    for (int i = 0; i < f.quotes.size(); ++i) {
        const qint64 id = f.quotes.at(i).id;
        if (i % 5 == 0)
            REQUIRE(f.documents->convert(id));
        else if (i % 5 == 1)
            REQUIRE(f.documents->reject(id));
        else if (i % 5 == 2)
            REQUIRE(f.documents->accept(id));
    }
    REQUIRE(f.documents->expireDue(f.clock.today()));

    for (Grouping grouping : { Grouping::Month, Grouping::Week, Grouping::Quarter }) {
        INFO(toKey(grouping).toStdString());
        struct Expected {
            qint64 issued = 0, converted = 0, rejected = 0, expired = 0, open = 0, value = 0, valueConverted = 0;
        };
        QMap<QString, Expected> expected;
        Expected all;
        for (const auto& quote : f.quotes) {
            auto stored = f.documents->get(quote.id);
            REQUIRE(stored);
            const qint64 value = stored->grandTotal.rial() - stored->vatTotal.rial() - stored->dutyTotal.rial();
            for (Expected* e : { &expected[bucketKey(bucketOf(stored->issueDate, grouping))], &all }) {
                e->issued += 1;
                e->value += value;
                switch (stored->state) {
                case sales::DocumentState::Converted: e->converted += 1; e->valueConverted += value; break;
                case sales::DocumentState::Rejected: e->rejected += 1; break;
                case sales::DocumentState::Expired: e->expired += 1; break;
                default: e->open += 1; break;
                }
            }
        }
        REQUIRE(all.expired + all.open > 0);
        auto report = f.run(ReportId::QuoteConversion, range, grouping);
        REQUIRE(report);
        const ReportTable& t = report->tables.first();
        CHECK(t.rows.size() == bucketsOf(range, grouping).size());
        auto check = [&](const QList<ReportCell>& row, const Expected& e) {
            CHECK(cellNumber(row.at(column(t, QStringLiteral("issued")))) == e.issued);
            CHECK(cellNumber(row.at(column(t, QStringLiteral("converted")))) == e.converted);
            CHECK(cellNumber(row.at(column(t, QStringLiteral("rejected")))) == e.rejected);
            CHECK(cellNumber(row.at(column(t, QStringLiteral("expired")))) == e.expired);
            CHECK(cellNumber(row.at(column(t, QStringLiteral("open")))) == e.open);
            CHECK(cellNumber(row.at(column(t, QStringLiteral("conversion_rate")))) == (e.issued ? e.converted * 1000 / e.issued : 0));
            CHECK(cellNumber(row.at(column(t, QStringLiteral("value_issued")))) == e.value);
            CHECK(cellNumber(row.at(column(t, QStringLiteral("value_converted")))) == e.valueConverted);
        };
        for (const auto& row : t.rows)
            check(row, expected.value(bucketKey(std::get<PeriodBucket>(row.at(0)))));
        check(*t.totals, all);
    }
}
