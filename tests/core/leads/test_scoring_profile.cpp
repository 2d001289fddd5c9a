#include "TestSupport.h"

#include "leads/ScoringProfile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>

using namespace peyvand;
using namespace peyvand::leads;
using peyvand::test::u8;

namespace {

ScoringProfile withCustom()
{
    ScoringProfile p = ScoringProfile::defaults();
    p.name = u8("پروفایل فروش عمده");
    p.custom << ChoiceCriterion { QStringLiteral("size"), u8("اندازه شرکت"), 10,
                                  { { QStringLiteral("large"), 10, u8("بزرگ") },
                                    { QStringLiteral("medium"), 5, u8("متوسط") },
                                    { QStringLiteral("small"), -2, u8("کوچک \"خیلی\"") } } };
    p.custom << ChoiceCriterion { QStringLiteral("region"), QStringLiteral("Region"), 5,
                                  { { QStringLiteral("tehran"), 5, QStringLiteral("Tehran") } } };
    return p;
}

struct Mutation {
    const char* field;
    std::function<void(ScoringProfile&)> change;
};

ChoiceCriterion customCriterion(const char* key)
{
    return ChoiceCriterion { QString::fromLatin1(key), QStringLiteral("Label"), 5, { { QStringLiteral("a"), 1, QStringLiteral("A") } } };
}

Error importError(const QByteArray& json)
{
    const Result<ScoringProfile> r = profileFromJson(json);
    REQUIRE_FALSE(r);
    CHECK(r.error().code == ErrorCode::InvalidInput);
    return r.error();
}

// The default profile's JSON with one textual replacement (which must apply).
QByteArray defaultsWith(const QByteArray& from, const QByteArray& to)
{
    QByteArray json = profileToJson(ScoringProfile::defaults());
    REQUIRE(json.contains(from));
    return json.replace(from, to);
}

// The default profile's JSON with one top-level value replaced.
QByteArray defaultsWithTop(const char* key, const QJsonValue& value)
{
    QJsonObject root = QJsonDocument::fromJson(profileToJson(ScoringProfile::defaults())).object();
    root.insert(QString::fromLatin1(key), value);
    return QJsonDocument(root).toJson();
}

} // namespace

TEST_CASE("Scoring profile: the defaults are valid and as documented", "[leads][profile]")
{
    const ScoringProfile p = ScoringProfile::defaults();
    REQUIRE(validateProfile(p));
    CHECK(p.name == QStringLiteral("Default"));
    CHECK(p.budgetTiers == QList<BudgetTier> { { 1, 5 }, { 100'000'000, 15 }, { 500'000'000, 25 }, { 2'000'000'000, 30 } });
    CHECK(p.budgetCap == 30);
    CHECK(p.timeline.cap == 25);
    CHECK(p.authority.cap == 20);
    CHECK(p.need.cap == 15);
    CHECK(p.industry.cap == 10);
    CHECK(p.engagement == EngagementRule { 4, 30, 15 });
    CHECK(p.threshold == 50);
    CHECK(p.hotFrom == 70);
    CHECK(p.warmFrom == 40);
    CHECK(p.custom.isEmpty());
    // The best possible fit lead qualifies without any engagement, a lead
    // with every criterion unknown never does.
    CHECK(30 + 25 + 20 + 10 + 15 >= p.threshold);
}

TEST_CASE("Scoring profile: validation names the offending field", "[leads][profile][validation]")
{
    const Mutation mutations[] = {
        { "name", [](ScoringProfile& p) { p.name = QStringLiteral("  "); } },
        { "name", [](ScoringProfile& p) { p.name = QString(101, u'x'); } },
        { "budget.cap", [](ScoringProfile& p) { p.budgetCap = 101; } },
        { "budget.cap", [](ScoringProfile& p) { p.budgetCap = -1; } },
        { "budget.unknown", [](ScoringProfile& p) { p.budgetUnknownPoints = -101; } },
        { "budget.tiers[0].min_rial", [](ScoringProfile& p) { p.budgetTiers[0].minRial = -1; } },
        { "budget.tiers[2].min_rial", [](ScoringProfile& p) { p.budgetTiers[2].minRial = 1; } },
        { "budget.tiers[3].points", [](ScoringProfile& p) { p.budgetTiers[3].points = 101; } },
        { "budget.tiers", [](ScoringProfile& p) { for (int i = 0; i < 21; ++i) p.budgetTiers << BudgetTier { 10'000 + i, 1 }; } },
        { "timeline.cap", [](ScoringProfile& p) { p.timeline.cap = 500; } },
        { "timeline.key", [](ScoringProfile& p) { p.timeline.key = QStringLiteral("time"); } },
        { "timeline.options[6].key", [](ScoringProfile& p) { p.timeline.options << OptionPoints { QStringLiteral("soon"), 5, {} }; } },
        { "timeline.options[6].key", [](ScoringProfile& p) { p.timeline.options << OptionPoints { QStringLiteral("now"), 5, {} }; } },
        { "timeline.options[1].points", [](ScoringProfile& p) { p.timeline.options[1].points = -101; } },
        { "authority.options[0].key", [](ScoringProfile& p) { p.authority.options[0].option = QStringLiteral("ceo"); } },
        { "authority.cap", [](ScoringProfile& p) { p.authority.cap = -5; } },
        { "need.options[2].points", [](ScoringProfile& p) { p.need.options[2].points = 200; } },
        { "need.options[4].key", [](ScoringProfile& p) { p.need.options << OptionPoints { QStringLiteral("maybe"), 1, {} }; } },
        { "industry.options[11].key", [](ScoringProfile& p) { p.industry.options << OptionPoints { QString(), 1, {} }; } },
        { "industry.options[11].key", [](ScoringProfile& p) { p.industry.options << OptionPoints { QStringLiteral("retail"), 1, {} }; } },
        { "industry.options[0].points", [](ScoringProfile& p) { p.industry.options[0].points = 1000; } },
        { "custom[0].key", [](ScoringProfile& p) { p.custom << customCriterion("budget"); } },
        { "custom[0].key", [](ScoringProfile& p) { p.custom << customCriterion("a b"); } },
        { "custom[0].key", [](ScoringProfile& p) { p.custom << customCriterion(""); } },
        { "custom[1].key", [](ScoringProfile& p) { p.custom << customCriterion("size") << customCriterion("size"); } },
        { "custom[0].label", [](ScoringProfile& p) { p.custom << customCriterion("size"); p.custom[0].label.clear(); } },
        { "custom[0].cap", [](ScoringProfile& p) { p.custom << customCriterion("size"); p.custom[0].cap = 101; } },
        { "custom[0].options", [](ScoringProfile& p) { p.custom << customCriterion("size"); p.custom[0].options.clear(); } },
        { "custom[0].options[0].label", [](ScoringProfile& p) { p.custom << customCriterion("size"); p.custom[0].options[0].label = QStringLiteral(" "); } },
        { "custom[0].options[1].key", [](ScoringProfile& p) { p.custom << customCriterion("size"); p.custom[0].options << p.custom[0].options[0]; } },
        { "custom[0].options[0].key", [](ScoringProfile& p) { p.custom << customCriterion("size"); p.custom[0].options[0].option = QStringLiteral("a.b"); } },
        { "custom[0].options[0].points", [](ScoringProfile& p) { p.custom << customCriterion("size"); p.custom[0].options[0].points = 101; } },
        { "custom", [](ScoringProfile& p) { for (int i = 0; i < 21; ++i) p.custom << customCriterion("c"), p.custom.last().key += QString::number(i); } },
        { "engagement.points_per_interaction", [](ScoringProfile& p) { p.engagement.pointsPerInteraction = -1; } },
        { "engagement.half_life_days", [](ScoringProfile& p) { p.engagement.halfLifeDays = 0; } },
        { "engagement.half_life_days", [](ScoringProfile& p) { p.engagement.halfLifeDays = 3651; } },
        { "engagement.cap", [](ScoringProfile& p) { p.engagement.cap = 101; } },
        { "threshold", [](ScoringProfile& p) { p.threshold = -1; } },
        { "threshold", [](ScoringProfile& p) { p.threshold = 1001; } },
        { "bands.hot", [](ScoringProfile& p) { p.hotFrom = 1001; } },
        { "bands.warm", [](ScoringProfile& p) { p.warmFrom = -1; } },
        { "bands.warm", [](ScoringProfile& p) { p.warmFrom = 71; } },
    };
    for (const Mutation& m : mutations) {
        ScoringProfile p = ScoringProfile::defaults();
        m.change(p);
        const Status s = validateProfile(p);
        INFO(m.field);
        REQUIRE_FALSE(s);
        CHECK(s.error().code == ErrorCode::InvalidInput);
        CHECK(s.error().field == QString::fromLatin1(m.field));
        CHECK(s.error().message.contains(QString::fromLatin1(m.field)));
    }
}

TEST_CASE("Scoring profile: what validation accepts", "[leads][profile][validation]")
{
    ScoringProfile p = withCustom();
    CHECK(validateProfile(p));
    p.timeline.options.clear();   // options not listed give 0 points
    p.budgetTiers.clear();
    p.threshold = 0;
    p.warmFrom = p.hotFrom = 0;
    p.engagement = EngagementRule { 0, 1, 0 };
    CHECK(validateProfile(p));
    p.custom[0].key = u8("اندازه_شرکت");   // letters of any script
    p.industry.options << OptionPoints { u8("کشاورزی"), 3, {} };
    p.budgetTiers = { { 0, -100 }, { 5, 100 } };
    p.engagement.halfLifeDays = 3650;
    p.threshold = 1000;
    CHECK(validateProfile(p));
}

TEST_CASE("Scoring profile: JSON round trip", "[leads][profile][json]")
{
    const ScoringProfile defaults = ScoringProfile::defaults();
    const Result<ScoringProfile> back = profileFromJson(profileToJson(defaults));
    REQUIRE(back);
    CHECK(*back == defaults);

    const ScoringProfile custom = withCustom();
    const QByteArray json = profileToJson(custom);
    const Result<ScoringProfile> customBack = profileFromJson(json);
    REQUIRE(customBack);
    CHECK(*customBack == custom);
    CHECK(profileToJson(*customBack) == json);
}

TEST_CASE("Scoring profile: the JSON file is readable and in a fixed order", "[leads][profile][json]")
{
    const QByteArray json = profileToJson(ScoringProfile::defaults());
    CHECK(json.startsWith("{\n  \"version\": 1,\n  \"name\": \"Default\",\n  \"budget\": {\n"));
    CHECK(json.contains(R"("points": {"now": 25, "1m": 20, "3m": 12, "6m": 6, "later": 2, "unknown": 0})"));
    CHECK(json.contains(R"({"min_rial": 2000000000, "points": 30})"));
    CHECK(json.contains(R"("engagement": {"points_per_interaction": 4, "half_life_days": 30, "cap": 15})"));
    CHECK(json.contains(R"("bands": {"hot": 70, "warm": 40})"));
    CHECK(json.contains("\"custom\": []"));
    CHECK(json.endsWith("}\n"));
    const qsizetype budget = json.indexOf("\"budget\"");
    CHECK(budget < json.indexOf("\"timeline\""));
    CHECK(json.indexOf("\"timeline\"") < json.indexOf("\"authority\""));
    CHECK(json.indexOf("\"industry\"") < json.indexOf("\"need\""));
    CHECK(json.indexOf("\"need\"") < json.indexOf("\"engagement\""));
    CHECK(json.indexOf("\"threshold\"") < json.indexOf("\"bands\""));
    // Non-ASCII text is written as UTF-8, not escaped.
    CHECK(profileToJson(withCustom()).contains(u8("اندازه شرکت").toUtf8()));
}

TEST_CASE("Scoring profile: hand-written JSON in any key order is read", "[leads][profile][json]")
{
    const QByteArray json = u8(R"({
        "bands": {"warm": 30, "hot": 60}, "threshold": 45,
        "engagement": {"cap": 10, "half_life_days": 14, "points_per_interaction": 5},
        "need": {"points": {"none": -5, "clear": 10}, "cap": 10},
        "industry": {"cap": 8, "points": {"zoo": 1, "software": 8, "retail": 2, "آموزش": 3}},
        "authority": {"points": {"staff": 1, "owner": 9}, "cap": 9},
        "timeline": {"points": {"later": 1, "now": 9}, "cap": 9},
        "budget": {"tiers": [{"points": 10, "min_rial": 1000000000}], "cap": 10},
        "name": "دستی", "version": 1
    })").toUtf8();
    const Result<ScoringProfile> r = profileFromJson(json);
    REQUIRE(r);
    CHECK(r->name == u8("دستی"));
    CHECK(r->budgetTiers == QList<BudgetTier> { { 1'000'000'000, 10 } });
    CHECK(r->budgetUnknownPoints == 0);
    CHECK(r->threshold == 45);
    CHECK(r->hotFrom == 60);
    CHECK(r->warmFrom == 30);
    CHECK(r->engagement == EngagementRule { 5, 14, 10 });
    CHECK(r->custom.isEmpty());
    // Built-in options in their display order, industries in the seeded order, others after.
    CHECK(r->timeline.options == QList<OptionPoints> { { QStringLiteral("now"), 9, {} }, { QStringLiteral("later"), 1, {} } });
    CHECK(r->need.options == QList<OptionPoints> { { QStringLiteral("clear"), 10, {} }, { QStringLiteral("none"), -5, {} } });
    QStringList industries;
    for (const OptionPoints& o : r->industry.options)
        industries << o.option;
    CHECK(industries == QStringList { QStringLiteral("retail"), QStringLiteral("software"), QStringLiteral("zoo"), u8("آموزش") });
}

TEST_CASE("Scoring profile: malformed JSON is refused with its path", "[leads][profile][json]")
{
    struct Case {
        QByteArray json;
        const char* field;
        const char* says;
    };
    const Case cases[] = {
        { "", "json", "not valid JSON" },
        { "{\"version\": 1,", "json", "not valid JSON" },
        { "[]", "json", "must be a JSON object" },
        { "42", "json", "not valid JSON" },
        { "{}", "version", "version: required." },
        { "{\"version\": 2}", "version", "version: 2 is not supported" },
        { "{\"version\": \"1\"}", "version", "version: must be a whole number." },
        { "{\"version\": 1.5}", "version", "whole number" },
        { "{\"version\": 1, \"colour\": 1}", "colour", "colour: unknown field; allowed: version, name" },
        { "{\"\": 2}", "json", "json: a field has no name." },
        { defaultsWith("\"budget\": {", "\"budget\": {\"\": 1, "), "budget", "budget: a field has no name." },
        { "{\"version\": 1}", "name", "name: required." },
        { defaultsWith("\"name\": \"Default\"", "\"name\": 7"), "name", "name: must be text." },
        { defaultsWith("\"name\": \"Default\"", "\"name\": \"\""), "name", "name: must not be empty." },
        { defaultsWith("\"budget\": {", "\"budgets\": {"), "budgets", "unknown field" },
        { defaultsWith("\"budget\": {\n    \"cap\": 30", "\"budget\": {\n    \"cap\": 30.5"), "budget.cap", "budget.cap: must be a whole number." },
        { defaultsWith("\"budget\": {\n    \"cap\": 30", "\"budget\": {\n    \"cap\": \"30\""), "budget.cap", "whole number" },
        { defaultsWith("\"budget\": {\n    \"cap\": 30", "\"budget\": {\n    \"cap\": null"), "budget.cap", "whole number" },
        { defaultsWith("\"budget\": {\n    \"cap\": 30,", "\"budget\": {\n"), "budget.cap", "budget.cap: required." },
        { defaultsWith("\"budget\": {\n    \"cap\": 30", "\"budget\": {\n    \"cap\": 101"), "budget.cap", "from 0 to 100" },
        { defaultsWith("\"unknown\": 0,", "\"unknown\": 0, \"floor\": 1,"), "budget.floor", "allowed: cap, unknown, tiers" },
        { defaultsWith("{\"min_rial\": 1, ", "{\"min_rial\": -1, "), "budget.tiers[0].min_rial", "must not be negative" },
        { defaultsWith("{\"min_rial\": 1, ", "{\"min_rial\": 1.5, "), "budget.tiers[0].min_rial", "whole number" },
        { defaultsWith("{\"min_rial\": 1, ", "{\"min_rial\": 1e300, "), "budget.tiers[0].min_rial", "whole number" },
        { defaultsWith("{\"min_rial\": 1, ", "{"), "budget.tiers[0].min_rial", "required" },
        { defaultsWith("{\"min_rial\": 1, ", "{\"min\": 1, "), "budget.tiers[0].min", "unknown field" },
        { defaultsWith("{\"min_rial\": 100000000, ", "{\"min_rial\": 1, "), "budget.tiers[1].min_rial", "same amount" },
        { defaultsWith("{\"min_rial\": 1, \"points\": 5}", "7"), "budget.tiers[0]", "must be an object" },
        { defaultsWithTop("budget", QJsonObject { { QStringLiteral("cap"), 1 }, { QStringLiteral("tiers"), 1 } }), "budget.tiers", "must be a list" },
        { defaultsWithTop("budget", QJsonObject { { QStringLiteral("cap"), 1 } }), "budget.tiers", "budget.tiers: required." },
        { defaultsWithTop("engagement", QJsonValue()), "engagement", "engagement: must be an object." },
        { defaultsWithTop("bands", QJsonObject {}), "bands.hot", "bands.hot: required." },
        { defaultsWith("\"now\": 25", "\"soon\": 25"), "timeline.points.soon",
          "timeline.points.soon: unknown option; allowed: now, 1m, 3m, 6m, later, unknown" },
        { defaultsWith("\"now\": 25", "\"now\": 101"), "timeline.points.now", "timeline.points.now: must be a whole number from -100 to 100." },
        { defaultsWith("\"now\": 25", "\"now\": 25.5"), "timeline.points.now", "whole number" },
        { defaultsWith("\"now\": 25", "\"now\": 10000000000"), "timeline.points.now", "out of range" },
        { defaultsWith("\"now\": 25", "\"now\": true"), "timeline.points.now", "whole number" },
        { defaultsWith("\"timeline\": {\n    \"cap\": 25,", "\"timeline\": {\n"), "timeline.cap", "timeline.cap: required." },
        { defaultsWith("\"timeline\": {\n    \"cap\": 25,", "\"timeline\": {\"label\": \"T\", \"cap\": 25,"), "timeline.label", "allowed: cap, points" },
        { defaultsWithTop("timeline", QJsonArray()), "timeline", "timeline: must be an object." },
        { defaultsWith("\"owner\": 20", "\"ceo\": 20"), "authority.points.ceo", "allowed: owner, manager, staff, unknown" },
        { defaultsWith("\"vague\": 6", "\"maybe\": 6"), "need.points.maybe", "allowed: clear, vague, none, unknown" },
        { defaultsWith("\"need\": {", "\"needs\": {"), "needs", "unknown field" },
        { defaultsWith("\"retail\": 4", "\"\": 4"), "industry.points.", "must not be empty" },
        { defaultsWith("\"software\": 10", "\"software\": -101"), "industry.points.software", "from -100 to 100" },
        { defaultsWith("\"custom\": []", "\"custom\": {}"), "custom", "custom: must be a list." },
        { defaultsWith("\"custom\": []", "\"custom\": [1]"), "custom[0]", "custom[0]: must be an object." },
        { defaultsWith("\"custom\": []", "\"custom\": [{\"key\": \"size\", \"cap\": 5, \"options\": []}]"), "custom[0].label", "custom[0].label: required." },
        { defaultsWith("\"custom\": []", "\"custom\": [{\"key\": \"size\", \"label\": \"S\", \"cap\": 5, \"options\": []}]"), "custom[0].options", "at least one option" },
        { defaultsWith("\"custom\": []", "\"custom\": [{\"key\": \"size\", \"label\": \"S\", \"cap\": 5, \"options\": [{\"key\": \"a\", \"label\": \"A\", \"points\": 2.5}]}]"),
          "custom[0].options[0].points", "whole number" },
        { defaultsWith("\"custom\": []", "\"custom\": [{\"key\": \"size\", \"label\": \"S\", \"cap\": 5, \"options\": [{\"key\": \"a\", \"label\": \"A\", \"points\": 2, \"x\": 1}]}]"),
          "custom[0].options[0].x", "allowed: key, label, points" },
        { defaultsWith("\"custom\": []", "\"custom\": [{\"key\": \"need\", \"label\": \"S\", \"cap\": 5, \"options\": [{\"key\": \"a\", \"label\": \"A\", \"points\": 2}]}]"),
          "custom[0].key", "already the key of another criterion" },
        { defaultsWith("\"custom\": []", "\"custom\": [{\"key\": 5, \"label\": \"S\", \"cap\": 5, \"options\": []}]"), "custom[0].key", "must be text" },
        { defaultsWith("\"half_life_days\": 30", "\"half_life_days\": 0"), "engagement.half_life_days", "from 1 to 3650" },
        { defaultsWith("\"half_life_days\": 30, ", ""), "engagement.half_life_days", "required" },
        { defaultsWith("\"cap\": 15}", "\"cap\": 15, \"decay\": 1}"), "engagement.decay", "unknown field" },
        { defaultsWith("\"threshold\": 50", "\"threshold\": true"), "threshold", "threshold: must be a whole number." },
        { defaultsWith("\"threshold\": 50,", ""), "threshold", "threshold: required." },
        { defaultsWith("\"threshold\": 50", "\"threshold\": 5000"), "threshold", "from 0 to 1000" },
        { defaultsWith("\"warm\": 40", "\"warm\": 80"), "bands.warm", "must not be above bands.hot" },
        { defaultsWith("\"warm\": 40", "\"warm\": 40, \"cold\": 0"), "bands.cold", "allowed: hot, warm" },
        { defaultsWith("\"bands\": {\"hot\": 70, ", "\"bands\": {"), "bands.hot", "bands.hot: required." },
    };
    for (const Case& c : cases) {
        INFO(c.json.toStdString());
        const Error e = importError(c.json);
        CHECK(e.field == QString::fromLatin1(c.field));
        CHECK(e.message.contains(QString::fromUtf8(c.says)));
    }
}

TEST_CASE("Scoring profile: the biggest numbers are refused, not wrapped", "[leads][profile][json]")
{
    const Error huge = importError(defaultsWith("\"threshold\": 50", "\"threshold\": 99999999999999999999"));
    CHECK(huge.field == QStringLiteral("threshold"));
    const Error wrapped = importError(defaultsWith("\"threshold\": 50", "\"threshold\": 4294967346")); // 2^32 + 50
    CHECK(wrapped.field == QStringLiteral("threshold"));
    const Result<ScoringProfile> big = profileFromJson(defaultsWith("{\"min_rial\": 2000000000, ", "{\"min_rial\": 9223372036854775807, "));
    REQUIRE(big);
    CHECK(big->budgetTiers.last().minRial == std::numeric_limits<qint64>::max());
}

TEST_CASE("Scoring profile: the fuzz seeds are read as intended", "[leads][profile][json]")
{
    auto seed = [](const char* name) {
        QFile file(QStringLiteral(PEYVAND_FUZZ_CORPUS "/fuzz_scoring_profile/") + QLatin1String(name));
        REQUIRE(file.open(QIODevice::ReadOnly));
        return file.readAll();
    };
    const Result<ScoringProfile> custom = profileFromJson(seed("custom.json"));
    REQUIRE(custom);
    CHECK(custom->custom.size() == 2);
    CHECK(custom->budgetTiers.last().minRial == std::numeric_limits<qint64>::max());
    const Result<ScoringProfile> defaults = profileFromJson(seed("default.json"));
    REQUIRE(defaults);
    CHECK(defaults->threshold == 50);
    CHECK(importError(seed("unknown_option.json")).field == QStringLiteral("timeline.points.soon"));
    CHECK(importError(seed("fraction.json")).field == QStringLiteral("budget.cap"));
    CHECK(importError(seed("version.json")).field == QStringLiteral("version"));
    CHECK(importError(seed("duplicate_tier.json")).field == QStringLiteral("budget.tiers[1].min_rial"));
}

TEST_CASE("Scoring profile: docs/scoring.md shows the default profile as written", "[leads][profile][docs]")
{
    QFile file(QStringLiteral(PEYVAND_DOCS_DIR "/scoring.md"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray doc = file.readAll();
    const qsizetype marker = doc.indexOf("<!-- default-profile-json");
    REQUIRE(marker >= 0);
    const qsizetype start = doc.indexOf("```json\n", marker) + 8;
    const qsizetype end = doc.indexOf("```", start);
    REQUIRE(start > 8);
    REQUIRE(end > start);
    CHECK(doc.mid(start, end - start) == profileToJson(ScoringProfile::defaults()));
}
