#include "ScoringFixture.h"

using namespace peyvand;
using namespace peyvand::leads;
using peyvand::test::daysBefore;
using peyvand::test::scoringNow;

TEST_CASE("Scoring: breakdowns and changes survive their stored JSON", "[leads][scoring][json]")
{
    LeadFacts f;
    f.budgetRial = 700'000'000;
    f.industry = test::u8("صنعت \"ویژه\"");
    f.interactionTimes << daysBefore(2.25) << daysBefore(40);
    f.overrideScore = 99;
    const Score s = scoreLead(f, ScoringProfile::defaults(), scoringNow());
    const QByteArray json = breakdownToJson(s.items);
    CHECK(breakdownFromJson(json) == s.items);
    CHECK(json.startsWith(R"([{"criterion":"budget","option":"500000000","points":25},)"));
    CHECK(json.contains(R"({"criterion":"need","option":"unknown","points":0},)"));
    CHECK(json.contains(R"({"criterion":"override","points":)"));
    CHECK(breakdownToJson({}) == "[]");
    CHECK(breakdownFromJson("[]").isEmpty());
    CHECK(breakdownFromJson("not json").isEmpty());
    CHECK(breakdownFromJson("{\"a\":1}").isEmpty());
    CHECK(breakdownFromJson("").isEmpty());

    const QList<CriterionChange> changes = { { QStringLiteral("budget"), 15, 25 }, { test::u8("اندازه"), -3, 0 } };
    CHECK(changesToJson(changes) == test::u8(R"([{"criterion":"budget","from":15,"to":25},{"criterion":"اندازه","from":-3,"to":0}])").toUtf8());
    CHECK(changesFromJson(changesToJson(changes)) == changes);
    CHECK(changesFromJson("[1, 2]").isEmpty());
}

TEST_CASE("Scoring: stored breakdowns in other JSON forms are still read", "[leads][scoring][json]")
{
    const QList<ScoreItem> expected = {
        { QStringLiteral("budget"), QStringLiteral("500000000"), 25, 25, 0 },
        { QStringLiteral("engagement"), QStringLiteral("6"), 15, 24, 1.5 },
        { test::u8("اندازه"), QString(), 0, 0, 0 },
    };
    // As written: compact, defaults left out.
    const QByteArray written = breakdownToJson(expected);
    CHECK(written == test::u8(R"([{"criterion":"budget","option":"500000000","points":25},)"
                              R"({"criterion":"engagement","option":"6","points":15,"uncapped":24,"age_days":1.5},)"
                              R"({"criterion":"اندازه","points":0}])").toUtf8());
    CHECK(breakdownFromJson(written) == expected);
    // Spaces, another key order and every key spelled out go through the JSON parser.
    const QByteArray spaced = test::u8(R"([ {"points": 25, "criterion": "budget", "option": "500000000", "uncapped": 25},
        {"criterion": "engagement", "option": "6", "points": 15, "uncapped": 24, "age_days": 1.5},
        {"criterion": "اندازه", "option": "", "points": 0, "uncapped": 0} ])").toUtf8();
    CHECK(breakdownFromJson(spaced) == expected);
    // Escapes too.
    const QList<ScoreItem> quoted = { { QStringLiteral("industry"), QStringLiteral("a \"b\" \\ c"), 3, 3, 0 } };
    CHECK(breakdownFromJson(breakdownToJson(quoted)) == quoted);
    // Items without a criterion are dropped; broken text gives nothing.
    CHECK(breakdownFromJson(R"([{"criterion":"","points":1},{"criterion":"need","points":2}])")
          == QList<ScoreItem> { { QStringLiteral("need"), QString(), 2, 2, 0 } });
    CHECK(breakdownFromJson(R"([{"criterion":"need","points":2})").isEmpty());
    CHECK(breakdownFromJson(R"([{"criterion":"need","points":99999999999}])").size() == 1);
}
