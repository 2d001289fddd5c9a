#include "ScoringFixture.h"

#include "leads/LeadActivityRepository.h"
#include "leads/LeadRescorer.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"

using namespace peyvand;
using namespace peyvand::leads;
using peyvand::test::scoringNow;

namespace {

// Leads written with plain SQL, as LeadService would store them before scoring.
struct RawLead {
    std::optional<qint64> budget;
    const char* timeline = "unknown";
    const char* authority = "unknown";
    const char* industry = "";
    const char* need = "unknown";
    const char* status = "new";
    const char* custom = "{}";
    std::optional<int> overrideScore;
};

struct Fixture {
    std::unique_ptr<storage::Database> db;
    FixedClock clock { scoringNow() };
    LeadRescorer rescorer;

    Fixture()
        : db(open())
        , rescorer(*db, clock)
    {
    }

    static std::unique_ptr<storage::Database> open()
    {
        auto opened = storage::Database::openInMemory();
        REQUIRE(opened);
        return std::move(*opened);
    }

    qint64 insert(const RawLead& l)
    {
        const auto q = storage::run(db->connection(), QStringLiteral(
            "INSERT INTO leads (kind, name, lead_type, source, status, budget_rial, timeline, authority, industry, need, "
            "custom_criteria, override_score, created_at, updated_at, name_sort, search_text) "
            "VALUES ('person', 'Lead', 'sales', 'website', ?, ?, ?, ?, ?, ?, ?, ?, '2024-01-01T00:00:00Z', "
            "'2024-01-01T00:00:00Z', 'lead', 'lead')"),
            { QString::fromLatin1(l.status), l.budget ? QVariant(*l.budget) : QVariant(), QString::fromLatin1(l.timeline),
              QString::fromLatin1(l.authority), QString::fromLatin1(l.industry), QString::fromLatin1(l.need),
              QString::fromLatin1(l.custom), l.overrideScore ? QVariant(*l.overrideScore) : QVariant() });
        REQUIRE(q);
        return q->lastInsertId().toLongLong();
    }

    void interact(qint64 leadId, const QDateTime& at)
    {
        REQUIRE(storage::run(db->connection(), QStringLiteral(
            "INSERT INTO lead_interactions (lead_id, at, channel, direction, summary, created_at) "
            "VALUES (?, ?, 'phone', 'outbound', 'call', ?)"),
            { leadId, storage::isoTimestamp(at), storage::isoTimestamp(at) }));
    }

    QVariant value(const char* sql, std::initializer_list<QVariant> values = {})
    {
        const auto v = storage::scalar(db->connection(), QString::fromLatin1(sql), values);
        REQUIRE(v);
        return *v;
    }

    int count(const char* sql, std::initializer_list<QVariant> values = {}) { return value(sql, values).toInt(); }
    int score(qint64 id) { return count("SELECT score FROM lead_scores WHERE lead_id = ?", { id }); }
    int historyRows() { return count("SELECT count(*) FROM lead_score_history"); }

    RescoreSummary rescore(const ScoringProfile& profile, ScoreChangeCause cause = ScoreChangeCause::Profile,
                           const QString& note = {})
    {
        const Result<RescoreSummary> r = rescorer.rescoreAll(profile, cause, note);
        REQUIRE(r);
        return *r;
    }
};

const RawLead kStrong { 2'000'000'000, "now", "owner", "software", "clear", "new", "{}", {} }; // 100
const RawLead kMiddle { 499'999'999, "1m", "manager", "manufacturing", "vague", "new", "{}", {} }; // 61
const RawLead kWeak { 0, "later", "staff", "mining", "none", "new", "{}", {} }; // -4

} // namespace

TEST_CASE("Rescorer: the first scoring writes scores, breakdowns and first history rows", "[leads][rescorer]")
{
    Fixture f;
    const qint64 strong = f.insert(kStrong);
    const qint64 middle = f.insert(kMiddle);
    const qint64 weak = f.insert(kWeak);
    const qint64 unknown = f.insert(RawLead {});

    const RescoreSummary s = f.rescore(ScoringProfile::defaults(), ScoreChangeCause::Created);
    CHECK(s.leads == 4);
    CHECK(s.changed == 4); // every lead gets its first score, even 0
    CHECK(s.nowQualified == 2);

    CHECK(f.score(strong) == 100);
    CHECK(f.score(middle) == 61);
    CHECK(f.score(weak) == -4);
    CHECK(f.score(unknown) == 0);
    CHECK(f.value("SELECT band FROM lead_scores WHERE lead_id = ?", { strong }).toString() == QStringLiteral("hot"));
    CHECK(f.value("SELECT band FROM lead_scores WHERE lead_id = ?", { middle }).toString() == QStringLiteral("warm"));
    CHECK(f.value("SELECT band FROM lead_scores WHERE lead_id = ?", { weak }).toString() == QStringLiteral("cold"));
    CHECK(f.count("SELECT count(*) FROM lead_scores WHERE qualified = 1") == 2);
    CHECK(f.count("SELECT count(*) FROM lead_scores WHERE qualified_at = ?", { storage::isoTimestamp(scoringNow()) }) == 2);
    CHECK(f.count("SELECT count(*) FROM lead_scores WHERE qualified_at IS NULL") == 2);
    CHECK(f.count("SELECT count(*) FROM lead_scores WHERE scored_at = ?", { storage::isoTimestamp(scoringNow()) }) == 4);

    LeadFacts facts;
    facts.budgetRial = 2'000'000'000;
    facts.timeline = Timeline::Now;
    facts.authority = Authority::Owner;
    facts.industry = QStringLiteral("software");
    facts.need = Need::Clear;
    const QByteArray stored = f.value("SELECT breakdown FROM lead_scores WHERE lead_id = ?", { strong }).toString().toUtf8();
    CHECK(breakdownFromJson(stored) == scoreLead(facts, ScoringProfile::defaults(), scoringNow()).items);

    CHECK(f.historyRows() == 4);
    CHECK(f.value("SELECT old_score FROM lead_score_history WHERE lead_id = ?", { strong }).isNull());
    CHECK(f.count("SELECT new_score FROM lead_score_history WHERE lead_id = ?", { strong }) == 100);
    CHECK(f.value("SELECT cause FROM lead_score_history WHERE lead_id = ?", { strong }).toString() == QStringLiteral("created"));
    const QList<CriterionChange> changes =
        changesFromJson(f.value("SELECT changes FROM lead_score_history WHERE lead_id = ?", { weak }).toString().toUtf8());
    CHECK(changes == QList<CriterionChange> { { QStringLiteral("timeline"), 0, 2 }, { QStringLiteral("authority"), 0, 4 },
                                              { QStringLiteral("need"), 0, -10 } });
}

TEST_CASE("Rescorer: history only for leads whose score changed", "[leads][rescorer]")
{
    Fixture f;
    const qint64 strong = f.insert(kStrong);
    const qint64 middle = f.insert(kMiddle);
    const qint64 weak = f.insert(kWeak);
    f.rescore(ScoringProfile::defaults());
    const int afterFirst = f.historyRows();

    SECTION("the same profile again changes nothing")
    {
        const RescoreSummary s = f.rescore(ScoringProfile::defaults());
        CHECK(s.leads == 3);
        CHECK(s.changed == 0);
        CHECK(s.nowQualified == 2);
        CHECK(f.historyRows() == afterFirst);
    }
    SECTION("a profile change records the cause, the note and the criteria that moved")
    {
        ScoringProfile p = ScoringProfile::defaults();
        p.name = QStringLiteral("Wholesale");
        p.timeline.options[1].points = 25;   // 1m: 20 -> 25
        p.need.options[1].points = 10;       // vague: 6 -> 10
        p.threshold = 95;
        f.clock.advanceSeconds(3600);
        const RescoreSummary s = f.rescore(p, ScoreChangeCause::Profile, p.name);
        CHECK(s.changed == 1);
        CHECK(s.nowQualified == 1);
        CHECK(f.historyRows() == afterFirst + 1);
        CHECK(f.score(middle) == 70);
        CHECK(f.score(strong) == 100);
        CHECK(f.score(weak) == -4);
        // No longer qualified, though its score went up; its qualified_at stays.
        CHECK(f.count("SELECT qualified FROM lead_scores WHERE lead_id = ?", { middle }) == 0);
        CHECK(f.value("SELECT qualified_at FROM lead_scores WHERE lead_id = ?", { middle }).toString() == storage::isoTimestamp(scoringNow()));
        CHECK(f.value("SELECT band FROM lead_scores WHERE lead_id = ?", { middle }).toString() == QStringLiteral("hot"));

        auto row = storage::run(f.db->connection(), QStringLiteral(
            "SELECT lead_id, at, cause, old_score, new_score, changes, note FROM lead_score_history ORDER BY id DESC LIMIT 1"));
        REQUIRE(row);
        QSqlQuery q = std::move(*row);
        REQUIRE(q.next());
        CHECK(q.value(0).toLongLong() == middle);
        CHECK(q.value(1).toString() == storage::isoTimestamp(scoringNow().addSecs(3600)));
        CHECK(q.value(2).toString() == QStringLiteral("profile"));
        CHECK(q.value(3).toInt() == 61);
        CHECK(q.value(4).toInt() == 70);
        CHECK(changesFromJson(q.value(5).toString().toUtf8())
              == QList<CriterionChange> { { QStringLiteral("timeline"), 20, 25 }, { QStringLiteral("need"), 6, 10 } });
        CHECK(q.value(6).toString() == QStringLiteral("Wholesale"));

        // The new row is chained to the lead's first one, and only the moved lead's chain grew.
        LeadActivityRepository history(*f.db);
        const auto middleHistory = history.scoreChanges(middle);
        REQUIRE(middleHistory);
        REQUIRE(middleHistory->size() == 2);
        CHECK(middleHistory->at(0).cause == ScoreChangeCause::Profile);
        CHECK_FALSE(middleHistory->at(1).oldScore.has_value()); // the first scoring
        CHECK(middleHistory->at(1).newScore == 61);
        CHECK(history.scoreChanges(strong)->size() == 1);
        CHECK(history.scoreChanges(weak)->size() == 1);
        CHECK(f.value("SELECT last_history_id FROM lead_scores WHERE lead_id = ?", { middle }).toLongLong()
              == middleHistory->at(0).id);
    }
}

TEST_CASE("Rescorer: qualified_at is set the first time only", "[leads][rescorer]")
{
    Fixture f;
    const qint64 id = f.insert(kMiddle); // 61
    ScoringProfile p = ScoringProfile::defaults();
    p.threshold = 70;
    f.rescore(p);
    CHECK(f.value("SELECT qualified_at FROM lead_scores WHERE lead_id = ?", { id }).isNull());

    f.clock.advanceSeconds(86400);
    p.threshold = 60;
    f.rescore(p);
    const QString first = storage::isoTimestamp(scoringNow().addDays(1));
    CHECK(f.value("SELECT qualified_at FROM lead_scores WHERE lead_id = ?", { id }).toString() == first);

    f.clock.advanceSeconds(86400);
    p.threshold = 90;
    f.rescore(p);
    CHECK(f.count("SELECT qualified FROM lead_scores WHERE lead_id = ?", { id }) == 0);
    f.clock.advanceSeconds(86400);
    p.threshold = 50;
    f.rescore(p);
    CHECK(f.count("SELECT qualified FROM lead_scores WHERE lead_id = ?", { id }) == 1);
    CHECK(f.value("SELECT qualified_at FROM lead_scores WHERE lead_id = ?", { id }).toString() == first);
    // Threshold moves alone change no score: no history beyond the first scoring.
    CHECK(f.historyRows() == 1);
}

TEST_CASE("Rescorer: interactions are merged by lead and decay with the clock", "[leads][rescorer][decay]")
{
    Fixture f;
    QList<qint64> ids;
    for (int i = 0; i < 6; ++i)
        ids << f.insert(RawLead {});
    // Leads 1 and 3 have interactions, in an insertion order unlike their ids.
    f.interact(ids[3], scoringNow());
    f.interact(ids[1], scoringNow().addDays(-1));
    f.interact(ids[3], scoringNow().addDays(-2));
    f.interact(ids[1], scoringNow().addSecs(-60));
    f.interact(ids[3], scoringNow().addDays(5)); // in the future: counts as today

    ScoringProfile p = ScoringProfile::defaults();
    p.engagement = EngagementRule { 20, 30, 100 };
    f.rescore(p);
    CHECK(f.score(ids[0]) == 0);
    CHECK(f.score(ids[1]) == 40);
    CHECK(f.score(ids[2]) == 0);
    CHECK(f.score(ids[3]) == 59); // 20 + 19.09 (2 days) + 20 (future)
    CHECK(f.score(ids[5]) == 0);
    const QList<ScoreItem> items = breakdownFromJson(f.value("SELECT breakdown FROM lead_scores WHERE lead_id = ?", { ids[1] }).toString().toUtf8());
    REQUIRE(items.size() == 6);
    CHECK(items.last().criterion == QStringLiteral("engagement"));
    CHECK(items.last().option == QStringLiteral("2"));
    CHECK(items.last().ageDays == Approx(60.0 / 86400.0));

    const int before = f.historyRows();
    f.clock.set(scoringNow().addDays(30));
    const RescoreSummary s = f.rescore(p, ScoreChangeCause::Decay);
    CHECK(s.changed == 2);
    CHECK(f.historyRows() == before + 2);
    CHECK(f.score(ids[1]) == 20); // 10 + 9.77 -> 19.77 -> 20
    CHECK(f.score(ids[3]) == 31); // 10 + 9.55 (32 days) + 11.22 (25 days) -> 30.77
    CHECK(f.value("SELECT cause FROM lead_score_history ORDER BY id DESC LIMIT 1").toString() == QStringLiteral("decay"));
}

TEST_CASE("Rescorer: overrides, closed leads and custom criteria are read from the row", "[leads][rescorer]")
{
    Fixture f;
    RawLead overridden = kWeak;
    overridden.overrideScore = 90;
    const qint64 o = f.insert(overridden);
    RawLead converted = kStrong;
    converted.status = "converted";
    const qint64 c = f.insert(converted);
    RawLead lost = kStrong;
    lost.status = "lost";
    const qint64 l = f.insert(lost);
    RawLead custom;
    custom.custom = R"({"size": "large", "region": 5})";
    const qint64 k = f.insert(custom);

    ScoringProfile p = ScoringProfile::defaults();
    p.custom << ChoiceCriterion { QStringLiteral("size"), QStringLiteral("Size"), 10,
                                  { { QStringLiteral("large"), 7, QStringLiteral("Large") } } };
    p.custom << ChoiceCriterion { QStringLiteral("region"), QStringLiteral("Region"), 10,
                                  { { QStringLiteral("5"), 7, QStringLiteral("Five") } } };
    const RescoreSummary s = f.rescore(p);
    CHECK(s.nowQualified == 1);
    CHECK(f.score(o) == 90);
    CHECK(f.count("SELECT computed_score FROM lead_scores WHERE lead_id = ?", { o }) == -4);
    CHECK(f.count("SELECT qualified FROM lead_scores WHERE lead_id = ?", { o }) == 1);
    CHECK(f.score(c) == 100);
    CHECK(f.count("SELECT qualified FROM lead_scores WHERE lead_id = ?", { c }) == 0);
    CHECK(f.count("SELECT qualified FROM lead_scores WHERE lead_id = ?", { l }) == 0);
    CHECK(f.value("SELECT qualified_at FROM lead_scores WHERE lead_id = ?", { c }).isNull());
    CHECK(f.score(k) == 7); // a non-text option is ignored
}

TEST_CASE("Rescorer: progress is reported and cancelling rolls everything back", "[leads][rescorer][cancel]")
{
    Fixture f;
    REQUIRE(f.db->write([&]() -> Status {
        for (int i = 0; i < 2500; ++i)
            f.insert(i % 2 ? kStrong : kMiddle);
        return {};
    }));
    REQUIRE(f.rescore(ScoringProfile::defaults()).leads == 2500);
    const int history = f.historyRows();
    const QString before = f.value("SELECT group_concat(score || band || qualified || breakdown) FROM lead_scores").toString();

    ScoringProfile p = ScoringProfile::defaults();
    p.timeline.options[0].points = 5;
    p.threshold = 95;

    SECTION("progress from 0 to the total")
    {
        QList<std::pair<int, int>> calls;
        const Result<RescoreSummary> r = f.rescorer.rescoreAll(p, ScoreChangeCause::Profile, {}, [&](int done, int total) {
            calls << std::pair { done, total };
            return true;
        });
        REQUIRE(r);
        CHECK(r->changed == 1250);
        // Every chunk was written: the strong leads moved from 100 to 80, the others stayed.
        CHECK(f.count("SELECT count(*) FROM lead_scores WHERE score = 80 AND computed_score = 80") == 1250);
        CHECK(f.count("SELECT count(*) FROM lead_scores WHERE score = 61") == 1250);
        CHECK(f.count("SELECT count(*) FROM lead_scores WHERE qualified = 1") == 0);
        CHECK(f.historyRows() == history + 1250);
        CHECK(f.count("SELECT count(DISTINCT lead_id) FROM lead_score_history WHERE old_score = 100 AND new_score = 80") == 1250);
        CHECK(calls == QList<std::pair<int, int>> { { 0, 2500 }, { 1000, 2500 }, { 2000, 2500 }, { 2500, 2500 } });
    }
    SECTION("cancelled midway")
    {
        const Result<RescoreSummary> r = f.rescorer.rescoreAll(p, ScoreChangeCause::Profile, {}, [](int done, int) {
            return done < 2000;
        });
        REQUIRE_FALSE(r);
        CHECK(r.error().code == ErrorCode::Cancelled);
        CHECK(f.historyRows() == history);
        CHECK(f.value("SELECT group_concat(score || band || qualified || breakdown) FROM lead_scores").toString() == before);
        // The connection is usable afterwards.
        CHECK(f.rescore(p).changed == 1250);
    }
    SECTION("cancelled at once")
    {
        const Result<RescoreSummary> r = f.rescorer.rescoreAll(p, ScoreChangeCause::Profile, {}, [](int, int) { return false; });
        REQUIRE_FALSE(r);
        CHECK(r.error().code == ErrorCode::Cancelled);
        CHECK(f.historyRows() == history);
    }
}

TEST_CASE("Rescorer: an invalid profile writes nothing", "[leads][rescorer]")
{
    Fixture f;
    f.insert(kStrong);
    ScoringProfile p = ScoringProfile::defaults();
    p.warmFrom = 90;
    const Result<RescoreSummary> r = f.rescorer.rescoreAll(p, ScoreChangeCause::Profile);
    REQUIRE_FALSE(r);
    CHECK(r.error().field == QStringLiteral("bands.warm"));
    CHECK(f.historyRows() == 0);
    CHECK(f.count("SELECT count(*) FROM lead_scores WHERE scored_at IS NULL") == 1);
    CHECK_FALSE(f.rescorer.countQualifying(p));
}

TEST_CASE("Rescorer: an empty database", "[leads][rescorer]")
{
    Fixture f;
    const RescoreSummary s = f.rescore(ScoringProfile::defaults());
    CHECK(s.leads == 0);
    CHECK(s.changed == 0);
    CHECK(s.nowQualified == 0);
    CHECK(*f.rescorer.countQualifying(ScoringProfile::defaults()) == 0);
}

TEST_CASE("Rescorer: countQualifying previews a profile without writing", "[leads][rescorer][preview]")
{
    Fixture f;
    f.insert(kStrong);
    f.insert(kMiddle);
    f.insert(kWeak);
    const qint64 engaged = f.insert(RawLead { 100'000'000, "3m", "manager", "", "unknown", "new", "{}", {} }); // 15 + 12 + 12 = 39
    for (int i = 0; i < 3; ++i)
        f.interact(engaged, scoringNow().addDays(-1));
    f.rescore(ScoringProfile::defaults());
    const QString before = f.value("SELECT group_concat(lead_id || score || qualified || scored_at) FROM lead_scores").toString();

    ScoringProfile p = ScoringProfile::defaults();
    CHECK(*f.rescorer.countQualifying(p) == 3); // 100, 61 and 39 + 12
    p.threshold = 62;
    CHECK(*f.rescorer.countQualifying(p) == 1);
    p.threshold = -0;
    CHECK(*f.rescorer.countQualifying(p) == 3); // not the -4
    p = ScoringProfile::defaults();
    p.engagement.pointsPerInteraction = 0;
    CHECK(*f.rescorer.countQualifying(p) == 2);

    // Engagement as of the last scoring: 60 days on, the stored scores still count.
    f.clock.set(scoringNow().addDays(60));
    CHECK(*f.rescorer.countQualifying(ScoringProfile::defaults()) == 3);
    CHECK(f.value("SELECT group_concat(lead_id || score || qualified || scored_at) FROM lead_scores").toString() == before);
    CHECK(f.historyRows() == 4);
}

TEST_CASE("Rescorer: scores are stale until a full rescoring ran today", "[leads][rescorer][decay]")
{
    Fixture f;
    auto stale = f.rescorer.isStale();
    REQUIRE(stale);
    CHECK_FALSE(*stale); // no leads: nothing to refresh

    const qint64 id = f.insert({});
    f.interact(id, f.clock.nowUtc().addDays(-10));
    stale = f.rescorer.isStale();
    REQUIRE(stale);
    CHECK(*stale);

    REQUIRE(f.rescorer.rescoreAll(ScoringProfile::defaults(), ScoreChangeCause::Decay));
    stale = f.rescorer.isStale();
    REQUIRE(stale);
    CHECK_FALSE(*stale);

    f.clock.advanceSeconds(24 * 3600);
    stale = f.rescorer.isStale();
    REQUIRE(stale);
    CHECK(*stale);

    // A cancelled run leaves the day unrecorded.
    auto cancelled = f.rescorer.rescoreAll(ScoringProfile::defaults(), ScoreChangeCause::Decay, {},
                                           [](int, int) { return false; });
    REQUIRE_FALSE(cancelled);
    stale = f.rescorer.isStale();
    REQUIRE(stale);
    CHECK(*stale);
}
