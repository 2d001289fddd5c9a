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
    CHECK(json.startsWith(R"([["budget","500000000",25],)"));
    CHECK(json.contains(R"(["need","unknown",0],)"));
    CHECK(json.contains(R"(["override","",)"));
    CHECK(breakdownToJson({}) == "[]");
    CHECK(breakdownFromJson("[]").isEmpty());
    CHECK(breakdownFromJson("not json").isEmpty());
    CHECK(breakdownFromJson("{\"a\":1}").isEmpty());
    CHECK(breakdownFromJson("").isEmpty());

    const QList<CriterionChange> changes = { { QStringLiteral("budget"), 15, 25 }, { test::u8("اندازه"), -3, 0 } };
    CHECK(changesToJson(changes) == test::u8(R"([["budget",15,25],["اندازه",-3,0]])").toUtf8());
    CHECK(changesFromJson(changesToJson(changes)) == changes);
    CHECK(changesToJson({}) == "[]");
    CHECK(changesFromJson("[]").isEmpty());
    CHECK(changesFromJson("[1, 2]").isEmpty());
    CHECK(changesFromJson("not json").isEmpty());
    // Spaces, objects with named keys and escapes go through the JSON parser.
    CHECK(changesFromJson(R"([ ["budget", 15, 25], {"criterion": "need", "from": 2, "to": 0} ])")
          == QList<CriterionChange> { { QStringLiteral("budget"), 15, 25 }, { QStringLiteral("need"), 2, 0 } });
    const QList<CriterionChange> quoted = { { QStringLiteral("a \"b\" \\ c"), 1, 2 } };
    CHECK(changesFromJson(changesToJson(quoted)) == quoted);
    // Elements without a criterion are dropped; a broken list gives nothing.
    CHECK(changesFromJson(R"([["",1,2],["need",2,3]])") == QList<CriterionChange> { { QStringLiteral("need"), 2, 3 } });
    CHECK(changesFromJson(R"([["need",2,3])").isEmpty());
}

TEST_CASE("Scoring: stored breakdowns in other JSON forms are still read", "[leads][scoring][json]")
{
    const QList<ScoreItem> expected = {
        { QStringLiteral("budget"), QStringLiteral("500000000"), 25, 25, 0 },
        { QStringLiteral("engagement"), QStringLiteral("6"), 15, 24, 1.5 },
        { test::u8("اندازه"), QString(), 0, 0, 0 },
    };
    // As written: an array per item, uncapped and age left out when they add nothing.
    const QByteArray written = breakdownToJson(expected);
    CHECK(written == test::u8(R"([["budget","500000000",25],["engagement","6",15,24,1.5],["اندازه","",0]])").toUtf8());
    CHECK(breakdownFromJson(written) == expected);
    // An age with an uncapped engagement keeps its place after the uncapped points.
    const QList<ScoreItem> aged = { { QStringLiteral("engagement"), QStringLiteral("2"), 7, 7, 0.1 } };
    CHECK(breakdownToJson(aged) == R"([["engagement","2",7,7,0.1]])");
    CHECK(breakdownFromJson(breakdownToJson(aged)) == aged);
    // Spaces and arrays with every field spelled out go through the JSON parser.
    CHECK(breakdownFromJson(test::u8(R"([ ["budget", "500000000", 25, 25], ["engagement", "6", 15, 24, 1.5],
        ["اندازه", "", 0, 0, 0] ])").toUtf8()) == expected);
    // So do objects with named keys in any order.
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
    CHECK(breakdownFromJson(R"([["","",1],["need","",2]])") == QList<ScoreItem> { { QStringLiteral("need"), QString(), 2, 2, 0 } });
    CHECK(breakdownFromJson(R"([{"criterion":"need","points":2})").isEmpty());
    CHECK(breakdownFromJson(R"([["need","",2])").isEmpty());
    CHECK(breakdownFromJson(R"([["need","",99999999999]])").size() == 1);
}
