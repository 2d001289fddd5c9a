#include "LeadsFixture.h"

#include "leads/Funnel.h"
#include "text/Jalali.h"

using namespace peyvand;
using namespace peyvand::leads;
using peyvand::test::LeadsFixture;

namespace {

struct FunnelFixture : LeadsFixture {
    qint64 createdAt(const QDateTime& at, Lead draft)
    {
        clock.set(at);
        return add(draft).id;
    }

    static QDateTime noon(int y, int m, int d) { return QDateTime(QDate(y, m, d), QTime(12, 0), Qt::UTC); }

    static Lead of(LeadSource source, bool hot)
    {
        Lead d = hot ? hotDraft(QStringLiteral("hot")) : draft(QStringLiteral("cold"));
        d.source = source;
        return d;
    }
};

const FunnelRow& month(const Funnel& f, int year, int m)
{
    for (const FunnelRow& row : f.byMonth) {
        if (row.jalaliYear == year && row.jalaliMonth == m)
            return row;
    }
    FAIL("no row for the month");
    return f.total;
}

} // namespace

TEST_CASE("The funnel counts cohorts per Jalali month across the new year, and per source", "[leads][funnel]")
{
    FunnelFixture f;
    f.createdAt(FunnelFixture::noon(2025, 1, 10), FunnelFixture::of(LeadSource::Website, true)); // before the range
    const qint64 lostLater = f.createdAt(FunnelFixture::noon(2025, 3, 1), FunnelFixture::of(LeadSource::Website, true));
    f.createdAt(FunnelFixture::noon(2025, 3, 1), FunnelFixture::of(LeadSource::Website, false));
    const qint64 lastOfEsfand = f.createdAt(FunnelFixture::noon(2025, 3, 20), FunnelFixture::of(LeadSource::Referral, true)); // 1403/12/30
    f.createdAt(FunnelFixture::noon(2025, 3, 21), FunnelFixture::of(LeadSource::Website, false)); // 1404/01/01
    f.createdAt(FunnelFixture::noon(2025, 4, 10), FunnelFixture::of(LeadSource::Phone, true));
    const qint64 coldConverted = f.createdAt(FunnelFixture::noon(2025, 4, 20), FunnelFixture::of(LeadSource::Referral, false)); // 1404/01/31
    f.createdAt(FunnelFixture::noon(2025, 6, 1), FunnelFixture::of(LeadSource::Phone, true)); // after the range

    f.clock.set(FunnelFixture::noon(2025, 5, 1));
    Lead lost = *f.service->get(lostLater);
    lost.status = LeadStatus::Lost;
    lost.lostReason = QStringLiteral("went quiet");
    REQUIRE(f.service->update(lost)); // it did qualify once: still counted
    REQUIRE(f.service->convert(lastOfEsfand));
    REQUIRE(f.service->convert(coldConverted));

    FunnelQuery query(*f.db);
    auto funnel = query.compute(QDate(2025, 1, 25), QDate(2025, 4, 30)); // 1403/11/06 .. 1404/02/10
    REQUIRE(funnel);

    REQUIRE(funnel->byMonth.size() == 4);
    CHECK(funnel->byMonth.at(0).jalaliYear == 1403);
    CHECK(funnel->byMonth.at(0).jalaliMonth == 11);
    CHECK(funnel->byMonth.at(1).jalaliMonth == 12);
    CHECK(funnel->byMonth.at(2).jalaliYear == 1404);
    CHECK(funnel->byMonth.at(2).jalaliMonth == 1);
    CHECK(funnel->byMonth.at(3).jalaliMonth == 2);
    for (const FunnelRow& row : funnel->byMonth)
        CHECK_FALSE(row.source.has_value());

    const FunnelRow& bahman = month(*funnel, 1403, 11);
    CHECK(bahman.leads == 0);
    CHECK(bahman.qualifiedRate() == 0);
    const FunnelRow& esfand = month(*funnel, 1403, 12);
    CHECK(esfand.leads == 3);
    CHECK(esfand.qualified == 2);
    CHECK(esfand.converted == 1);
    CHECK(esfand.qualifiedRate() == 666);
    CHECK(esfand.convertedRate() == 333);
    const FunnelRow& farvardin = month(*funnel, 1404, 1);
    CHECK(farvardin.leads == 3);
    CHECK(farvardin.qualified == 1);
    CHECK(farvardin.converted == 1);
    CHECK(month(*funnel, 1404, 2).leads == 0);

    CHECK(funnel->total.leads == 6);
    CHECK(funnel->total.qualified == 3);
    CHECK(funnel->total.converted == 2);
    CHECK(funnel->total.qualifiedRate() == 500);
    CHECK(funnel->total.convertedRate() == 333);

    REQUIRE(funnel->bySource.size() == 3);
    CHECK(funnel->bySource.at(0).source == LeadSource::Website);
    CHECK(funnel->bySource.at(0).leads == 3);
    CHECK(funnel->bySource.at(0).qualified == 1);
    CHECK(funnel->bySource.at(0).converted == 0);
    CHECK(funnel->bySource.at(1).source == LeadSource::Referral);
    CHECK(funnel->bySource.at(1).leads == 2);
    CHECK(funnel->bySource.at(1).qualified == 1);
    CHECK(funnel->bySource.at(1).converted == 2);
    CHECK(funnel->bySource.at(1).convertedRate() == 1000);
    CHECK(funnel->bySource.at(2).source == LeadSource::Phone);
    CHECK(funnel->bySource.at(2).leads == 1);
    for (const FunnelRow& row : funnel->bySource)
        CHECK(row.jalaliYear == 0);
}

TEST_CASE("Funnel range edges are local days, inclusive", "[leads][funnel]")
{
    FunnelFixture f;
    f.createdAt(FunnelFixture::noon(2025, 3, 20), FunnelFixture::of(LeadSource::Email, false));
    f.createdAt(FunnelFixture::noon(2025, 3, 21), FunnelFixture::of(LeadSource::Email, false));
    f.createdAt(FunnelFixture::noon(2025, 3, 22), FunnelFixture::of(LeadSource::Email, false));
    FunnelQuery query(*f.db);
    auto one = query.compute(QDate(2025, 3, 21), QDate(2025, 3, 21));
    REQUIRE(one);
    REQUIRE(one->byMonth.size() == 1);
    CHECK(one->byMonth.at(0).jalaliYear == 1404);
    CHECK(one->byMonth.at(0).leads == 1);
    CHECK(one->total.leads == 1);
    auto two = query.compute(QDate(2025, 3, 20), QDate(2025, 3, 21));
    REQUIRE(two);
    REQUIRE(two->byMonth.size() == 2);
    CHECK(two->byMonth.at(0).leads == 1);
    CHECK(two->byMonth.at(1).leads == 1);
}

TEST_CASE("A lead late in the UTC day falls in its local day's month", "[leads][funnel]")
{
    FunnelFixture f;
    const QDateTime late(QDate(2025, 3, 20), QTime(22, 30), Qt::UTC);
    f.createdAt(late, FunnelFixture::of(LeadSource::Email, false));
    const QDate localDay = late.toLocalTime().date();
    const auto expected = text::jalali::fromGregorian(localDay);
    REQUIRE(expected);
    FunnelQuery query(*f.db);
    auto funnel = query.compute(QDate(2025, 3, 1), QDate(2025, 4, 10));
    REQUIRE(funnel);
    CHECK(month(*funnel, expected->year, expected->month).leads == 1);
    CHECK(funnel->total.leads == 1);
    auto dayOnly = query.compute(localDay, localDay);
    REQUIRE(dayOnly);
    CHECK(dayOnly->total.leads == 1);
}

TEST_CASE("An empty or reversed funnel period", "[leads][funnel]")
{
    FunnelFixture f;
    FunnelQuery query(*f.db);
    auto empty = query.compute(QDate(2025, 3, 1), QDate(2025, 3, 31));
    REQUIRE(empty);
    CHECK(empty->byMonth.size() == 2);
    CHECK(empty->bySource.isEmpty());
    CHECK(empty->total.leads == 0);
    CHECK(empty->total.convertedRate() == 0);

    auto reversed = query.compute(QDate(2025, 3, 31), QDate(2025, 3, 1));
    REQUIRE_FALSE(reversed);
    CHECK(reversed.error().field == QStringLiteral("to"));
    auto invalid = query.compute(QDate(), QDate(2025, 3, 1));
    REQUIRE_FALSE(invalid);
    CHECK(invalid.error().field == QStringLiteral("from"));
}
