#include "LeadsFixture.h"

#include "leads/LeadQuery.h"
#include "leads/LeadQuerySql.h"

using namespace peyvand;
using namespace peyvand::leads;
using peyvand::test::LeadsFixture;
using peyvand::test::u8;

namespace {

QList<qint64> idsOf(const Result<QList<LeadRow>>& rows)
{
    REQUIRE(rows);
    QList<qint64> ids;
    for (const LeadRow& r : *rows)
        ids << r.id;
    return ids;
}

QStringList namesOf(const Result<QList<LeadRow>>& rows)
{
    REQUIRE(rows);
    QStringList names;
    for (const LeadRow& r : *rows)
        names << r.name;
    return names;
}

struct QueryFixture : LeadsFixture {
    LeadQuery query { *db };

    // A lead whose score is set by override (qualified from 50).
    qint64 withScore(const QString& name, int score)
    {
        Lead lead = add(name);
        auto scored = service->setOverride(lead.id, score, QStringLiteral("test"));
        REQUIRE(scored);
        return lead.id;
    }

    QList<qint64> page(const LeadFilter& filter, LeadSort sort, int limit = 100, int offset = 0)
    {
        return idsOf(query.page(filter, sort, limit, offset));
    }

    QStringList plan(const LeadFilter& filter, LeadSort sort)
    {
        QVariantList values;
        const QString sql = leadPageSql(filter, sort, values);
        auto q = storage::prepare(db->connection(), QStringLiteral("EXPLAIN QUERY PLAN ") + sql + QStringLiteral(" LIMIT 50"));
        REQUIRE(q);
        storage::bindAll(*q, values);
        REQUIRE(storage::exec(*q));
        QStringList details;
        while (q->next())
            details << q->value(3).toString();
        return details;
    }
};

} // namespace

TEST_CASE("The priority queue orders by score, then next follow-up (none last), then id", "[leads][query][queue]")
{
    QueryFixture f;
    const qint64 a = f.withScore(QStringLiteral("a"), 80);
    const qint64 b = f.withScore(QStringLiteral("b"), 90);
    const qint64 c = f.withScore(QStringLiteral("c"), 80);
    const qint64 d = f.withScore(QStringLiteral("d"), 80);
    const qint64 e = f.withScore(QStringLiteral("e"), 80);
    const qint64 low = f.withScore(QStringLiteral("low"), 30); // not qualified
    const qint64 g = f.withScore(QStringLiteral("g"), 50);     // at the threshold: qualified
    f.addTask(QStringLiteral("t"), QStringLiteral("2025-03-28T06:30:00Z"), c);
    f.addTask(QStringLiteral("t"), QStringLiteral("2025-03-25T06:30:00Z"), e);
    f.addTask(QStringLiteral("t"), QStringLiteral("2025-04-25T06:30:00Z"), e); // e's next is the earliest open one
    f.addTask(QStringLiteral("t"), QStringLiteral("2025-03-22T06:30:00Z"), d, true); // done: no follow-up

    LeadFilter queue;
    queue.qualifiedOnly = true;
    CHECK(f.page(queue, LeadSort::Priority) == QList<qint64> { b, e, c, a, d, g });
    CHECK(f.query.count(queue).valueOr(-1) == 6);

    LeadFilter all;
    CHECK(f.page(all, LeadSort::Priority) == QList<qint64> { b, e, c, a, d, g, low });

    SECTION("paging walks the same order")
    {
        CHECK(f.page(queue, LeadSort::Priority, 2, 0) == QList<qint64> { b, e });
        CHECK(f.page(queue, LeadSort::Priority, 2, 2) == QList<qint64> { c, a });
        CHECK(f.page(queue, LeadSort::Priority, 2, 4) == QList<qint64> { d, g });
        CHECK(f.page(queue, LeadSort::Priority, 2, 6).isEmpty());
        CHECK(f.page(queue, LeadSort::Priority, 0, 0).isEmpty());
    }
    SECTION("rows carry what the queue shows")
    {
        auto rows = f.query.page(queue, LeadSort::Priority, 2, 0);
        REQUIRE(rows);
        const LeadRow& row = rows->at(1);
        CHECK(row.id == e);
        CHECK(row.name == QStringLiteral("e"));
        CHECK(row.score == 80);
        CHECK(row.overridden);
        CHECK(row.qualified);
        CHECK(row.band == Band::Hot);
        CHECK(row.nextFollowUp == QDateTime(QDate(2025, 3, 25), QTime(6, 30), Qt::UTC));
        CHECK(row.createdAt == f.clock.nowUtc());
        CHECK(row.status == LeadStatus::New);
    }
    SECTION("a lost lead leaves the queue")
    {
        Lead lost = *f.service->get(b);
        lost.status = LeadStatus::Lost;
        lost.lostReason = QStringLiteral("gone");
        REQUIRE(f.service->update(lost));
        CHECK(f.page(queue, LeadSort::Priority) == QList<qint64> { e, c, a, d, g });
    }
}

TEST_CASE("The priority queue reads the leads_queue index without sorting", "[leads][query][queue][plan]")
{
    QueryFixture f;
    f.withScore(QStringLiteral("a"), 80);
    LeadFilter queue;
    queue.qualifiedOnly = true;
    const QStringList plan = f.plan(queue, LeadSort::Priority);
    INFO(plan.join(QStringLiteral(" | ")).toStdString());
    CHECK(plan.join(u'|').contains(QStringLiteral("USING INDEX leads_queue")));
    CHECK_FALSE(plan.join(u'|').contains(QStringLiteral("TEMP B-TREE")));

    LeadFilter sourceQueue = queue;
    sourceQueue.source = LeadSource::Website;
    const QStringList filtered = f.plan(sourceQueue, LeadSort::Priority);
    INFO(filtered.join(QStringLiteral(" | ")).toStdString());
    CHECK(filtered.join(u'|').contains(QStringLiteral("USING INDEX leads_queue")));
    CHECK_FALSE(filtered.join(u'|').contains(QStringLiteral("TEMP B-TREE")));

    // The queue's is the only index on score, so that rescoring moves fewer
    // index entries: all leads by score are sorted in memory.
    const QStringList byScore = f.plan(LeadFilter {}, LeadSort::ScoreDesc);
    CHECK(byScore.join(u'|').contains(QStringLiteral("TEMP B-TREE")));
    const QStringList byName = f.plan(LeadFilter {}, LeadSort::NameAsc);
    CHECK_FALSE(byName.join(u'|').contains(QStringLiteral("TEMP B-TREE")));
}

TEST_CASE("Lead filters", "[leads][query][filter]")
{
    QueryFixture f;
    Lead d = LeadsFixture::draft(u8("علی کریمی"));
    d.contact.company = u8("فولاد مبارکه");
    d.contact.mobile = QStringLiteral("09121234567");
    d.source = LeadSource::Website;
    d.owner = QStringLiteral("Sara");
    const qint64 ali = f.add(d).id;
    d = LeadsFixture::hotDraft(u8("مریم احمدی"));
    d.contact.email = QStringLiteral("maryam@example.ir");
    d.source = LeadSource::Referral;
    d.owner = QStringLiteral("Reza");
    const qint64 maryam = f.add(d).id;
    d = LeadsFixture::draft(QStringLiteral("Karim Co"));
    d.status = LeadStatus::Lost;
    d.lostReason = QStringLiteral("price");
    d.source = LeadSource::Website;
    const qint64 lost = f.add(d).id;
    d = LeadsFixture::draft(u8("كريم تجارت")); // Arabic Kaf and Yeh
    d.status = LeadStatus::Contacted;
    const qint64 karim = f.add(d).id;

    LeadFilter filter;
    SECTION("open leads by default; closed ones on request")
    {
        CHECK(f.page(filter, LeadSort::CreatedDesc) == QList<qint64> { karim, maryam, ali });
        filter.includeClosed = true;
        CHECK(f.page(filter, LeadSort::CreatedDesc) == QList<qint64> { karim, lost, maryam, ali });
        CHECK(f.query.count(filter).valueOr(-1) == 4);
    }
    SECTION("statuses")
    {
        filter.statuses = { LeadStatus::Lost, LeadStatus::Contacted };
        CHECK(f.page(filter, LeadSort::CreatedDesc) == QList<qint64> { karim, lost });
        filter.statuses = { LeadStatus::New };
        CHECK(f.page(filter, LeadSort::CreatedDesc) == QList<qint64> { maryam, ali });
    }
    SECTION("text of three or more characters through the trigram index")
    {
        filter.text = u8("كريم"); // as typed with Arabic letters
        CHECK(f.page(filter, LeadSort::CreatedDesc) == QList<qint64> { karim, ali });
        filter.text = u8("مبارکه");
        CHECK(f.page(filter, LeadSort::CreatedDesc) == QList<qint64> { ali });
        filter.text = QStringLiteral("EXAMPLE.IR");
        CHECK(f.page(filter, LeadSort::CreatedDesc) == QList<qint64> { maryam });
        filter.text = QStringLiteral("1234567"); // part of a mobile
        CHECK(f.page(filter, LeadSort::CreatedDesc) == QList<qint64> { ali });
        filter.text = QStringLiteral("+98 912 123 4567");
        CHECK(f.page(filter, LeadSort::CreatedDesc) == QList<qint64> { ali });
        filter.text = u8("علی فولاد");
        CHECK(f.page(filter, LeadSort::CreatedDesc) == QList<qint64> { ali });
        filter.text = u8("علی احمدی");
        CHECK(f.page(filter, LeadSort::CreatedDesc).isEmpty());
        filter.text = QStringLiteral("\"karim\" OR *");
        CHECK(f.page(filter, LeadSort::CreatedDesc).isEmpty()); // FTS syntax is taken literally
        filter.includeClosed = true;
        filter.text = QStringLiteral("karim");
        CHECK(f.page(filter, LeadSort::CreatedDesc) == QList<qint64> { lost });
        CHECK(f.query.count(filter).valueOr(-1) == 1);
    }
    SECTION("shorter words match the start of a word")
    {
        filter.text = u8("مر");
        CHECK(f.page(filter, LeadSort::CreatedDesc) == QList<qint64> { maryam });
        filter.text = u8("ی"); // ends words but starts none
        CHECK(f.page(filter, LeadSort::CreatedDesc).isEmpty());
        filter.text = u8("ک ع");
        CHECK(f.page(filter, LeadSort::CreatedDesc) == QList<qint64> { ali });
        filter.text = QStringLiteral("%");
        CHECK(f.page(filter, LeadSort::CreatedDesc).isEmpty());
        filter.text = QStringLiteral("_");
        CHECK(f.page(filter, LeadSort::CreatedDesc).isEmpty());
        filter.text = u8("تج کر");
        CHECK(f.page(filter, LeadSort::CreatedDesc) == QList<qint64> { karim });
    }
    SECTION("qualified, band, source and owner")
    {
        filter.qualifiedOnly = true;
        CHECK(f.page(filter, LeadSort::Priority) == QList<qint64> { maryam });
        filter.qualifiedOnly = false;
        filter.band = Band::Hot;
        CHECK(f.page(filter, LeadSort::Priority) == QList<qint64> { maryam });
        filter.band = Band::Cold;
        CHECK(f.page(filter, LeadSort::Priority) == QList<qint64> { ali, karim });
        filter.band.reset();
        filter.source = LeadSource::Website;
        CHECK(f.page(filter, LeadSort::Priority) == QList<qint64> { ali });
        filter.includeClosed = true;
        CHECK(f.page(filter, LeadSort::Priority) == QList<qint64> { ali, lost });
        filter.source.reset();
        filter.owner = QStringLiteral(" Reza ");
        CHECK(f.page(filter, LeadSort::Priority) == QList<qint64> { maryam });
        CHECK(f.query.count(filter).valueOr(-1) == 1);
    }
}

TEST_CASE("Lead sorts", "[leads][query][sort]")
{
    QueryFixture f;
    const qint64 sara = f.add(u8("سارا")).id;
    f.clock.advanceSeconds(60);
    const qint64 ali = f.add(LeadsFixture::hotDraft(u8("علی"))).id;
    f.clock.advanceSeconds(60);
    const qint64 arash = f.add(u8("آرش")).id;
    f.clock.advanceSeconds(60);
    const qint64 bahram = f.add(u8("بهرام")).id;
    f.addTask(QStringLiteral("t"), QStringLiteral("2025-04-01T06:30:00Z"), sara);
    f.addTask(QStringLiteral("t"), QStringLiteral("2025-03-22T06:30:00Z"), bahram);
    LeadFilter all;
    CHECK(namesOf(f.query.page(all, LeadSort::NameAsc, 10, 0)) == QStringList { u8("آرش"), u8("بهرام"), u8("سارا"), u8("علی") });
    CHECK(f.page(all, LeadSort::CreatedDesc) == QList<qint64> { bahram, arash, ali, sara });
    CHECK(f.page(all, LeadSort::ScoreDesc) == QList<qint64> { ali, sara, arash, bahram });
    CHECK(f.page(all, LeadSort::NextFollowUpAsc) == QList<qint64> { bahram, sara, ali, arash });
    SECTION("reversed turns every term around")
    {
        CHECK(namesOf(f.query.page(all, LeadSort::NameAsc, 10, 0, true)) == QStringList { u8("علی"), u8("سارا"), u8("بهرام"), u8("آرش") });
        CHECK(f.query.page(all, LeadSort::CreatedDesc, 10, 0, true).hasValue());
        CHECK(f.page(all, LeadSort::NextFollowUpAsc).size() == 4);
        CHECK(idsOf(f.query.page(all, LeadSort::NextFollowUpAsc, 10, 0, true)) == QList<qint64> { arash, ali, sara, bahram });
        CHECK(idsOf(f.query.page(all, LeadSort::ScoreDesc, 10, 0, true)).last() == ali);
    }
}

TEST_CASE("Lead sorts by company, status, source, owner and best time to call", "[leads][query][sort]")
{
    QueryFixture f;
    auto make = [&f](const QString& name, const QString& company, LeadStatus status, LeadSource source,
                     const QString& owner, const QString& bestTime) {
        Lead draft = LeadsFixture::draft(name);
        draft.contact.company = company;
        draft.status = status;
        if (status == LeadStatus::Lost)
            draft.lostReason = QStringLiteral("price");
        draft.source = source;
        draft.owner = owner;
        draft.bestTimeToCall = bestTime;
        return f.add(draft).id;
    };
    // Persian sort keys put گ after ک, which plain code point order does not.
    const qint64 a = make(u8("الف"), u8("گلستان"), LeadStatus::Contacted, LeadSource::Referral, u8("مینا"), u8("عصر"));
    const qint64 b = make(u8("ب"), u8("کاوه"), LeadStatus::New, LeadSource::Website, QString(), u8("صبح"));
    const qint64 c = make(u8("پ"), QString(), LeadStatus::Lost, LeadSource::Other, u8("بهار"), QString());
    LeadFilter all;
    all.includeClosed = true;
    CHECK(f.page(all, LeadSort::CompanyAsc) == QList<qint64> { b, a, c }); // none last
    CHECK(f.page(all, LeadSort::StatusAsc) == QList<qint64> { b, a, c });  // new, contacted, …, lost
    CHECK(f.page(all, LeadSort::SourceAsc) == QList<qint64> { b, a, c });  // website first, other last
    CHECK(f.page(all, LeadSort::OwnerAsc) == QList<qint64> { c, a, b });   // none last
    CHECK(f.page(all, LeadSort::BestTimeAsc) == QList<qint64> { b, a, c });
    CHECK(idsOf(f.query.page(all, LeadSort::StatusAsc, 10, 0, true)) == QList<qint64> { c, a, b });
    CHECK(idsOf(f.query.page(all, LeadSort::CompanyAsc, 10, 0, true)) == QList<qint64> { c, a, b });
}

TEST_CASE("An empty database gives empty pages and zero counts", "[leads][query]")
{
    QueryFixture f;
    LeadFilter filter;
    filter.text = QStringLiteral("anything");
    CHECK(f.page(filter, LeadSort::Priority).isEmpty());
    CHECK(f.query.count(filter).valueOr(-1) == 0);
    CHECK(f.query.count(LeadFilter {}).valueOr(-1) == 0);
}
