#include "PipelineFixture.h"

using namespace peyvand;
using namespace peyvand::pipeline;
using peyvand::test::PipelineFixture;
using peyvand::test::u8;

namespace {

QStringList names(const QList<Stage>& stages)
{
    QStringList out;
    for (const Stage& s : stages)
        out << s.displayName();
    return out;
}

QStringList keysOrNames(const QList<Stage>& stages)
{
    QStringList out;
    for (const Stage& s : stages)
        out << (s.key.isEmpty() ? s.name : s.key);
    return out;
}

} // namespace

TEST_CASE("A new database has the six built-in stages in order", "[pipeline]")
{
    PipelineFixture f;
    const QList<Stage> stages = f.stages();
    REQUIRE(stages.size() == 6);
    CHECK(keysOrNames(stages)
          == QStringList { QStringLiteral("first_contact"), QStringLiteral("needs_analysis"), QStringLiteral("quote_sent"),
                           QStringLiteral("negotiation"), QStringLiteral("won"), QStringLiteral("lost") });
    CHECK(names(stages)
          == QStringList { QStringLiteral("First contact"), QStringLiteral("Needs analysis"), QStringLiteral("Pre-invoice sent"),
                           QStringLiteral("Negotiation"), QStringLiteral("Won"), QStringLiteral("Lost") });
    CHECK(stages.at(0).probability == 10);
    CHECK(stages.at(3).probability == 75);
    CHECK(stages.at(4).outcome == StageOutcome::Won);
    CHECK(stages.at(4).probability == 100);
    CHECK(stages.at(5).outcome == StageOutcome::Lost);
    CHECK(stages.at(5).probability == 0);
    for (int i = 0; i < 4; ++i)
        CHECK(stages.at(i).outcome == StageOutcome::Open);
    for (int i = 1; i < stages.size(); ++i)
        CHECK(stages.at(i - 1).position < stages.at(i).position);
}

TEST_CASE("Stage display names and outcome keys", "[pipeline]")
{
    Stage builtIn;
    builtIn.key = QStringLiteral("quote_sent");
    CHECK(builtIn.displayName() == QStringLiteral("Pre-invoice sent"));
    builtIn.name = u8("پیش‌فاکتور رفت");
    CHECK(builtIn.displayName() == u8("پیش‌فاکتور رفت")); // the user's name wins
    Stage own;
    own.name = QStringLiteral("Demo");
    CHECK(own.displayName() == QStringLiteral("Demo"));

    CHECK(toKey(StageOutcome::Open) == QStringLiteral("open"));
    CHECK(toKey(StageOutcome::Won) == QStringLiteral("won"));
    CHECK(toKey(StageOutcome::Lost) == QStringLiteral("lost"));
    CHECK(stageOutcomeFromKey(u"won") == StageOutcome::Won);
    CHECK(stageOutcomeFromKey(u"lost") == StageOutcome::Lost);
    CHECK(stageOutcomeFromKey(u"open") == StageOutcome::Open);
    CHECK_FALSE(stageOutcomeFromKey(u"closed").has_value());
    CHECK(displayName(StageOutcome::Won) == QStringLiteral("Won"));
    CHECK(displayName(StageOutcome::Open) == QStringLiteral("Open"));
}

TEST_CASE("A new open stage goes after the last open one, a closing stage to the end", "[pipeline]")
{
    PipelineFixture f;
    auto demo = f.deals->addStage(u8("  دمو   محصول "), 40);
    REQUIRE(demo);
    CHECK(demo->name == u8("دمو محصول"));
    CHECK(demo->key.isEmpty());
    CHECK(demo->outcome == StageOutcome::Open);
    CHECK(demo->position == 5);

    auto parked = f.deals->addStage(QStringLiteral("Parked"), 0, StageOutcome::Lost);
    REQUIRE(parked);
    CHECK(keysOrNames(f.stages())
          == QStringList { QStringLiteral("first_contact"), QStringLiteral("needs_analysis"), QStringLiteral("quote_sent"),
                           QStringLiteral("negotiation"), u8("دمو محصول"), QStringLiteral("won"), QStringLiteral("lost"),
                           QStringLiteral("Parked") });
    QList<int> positions;
    for (const Stage& s : f.stages())
        positions << s.position;
    CHECK(positions == QList<int> { 1, 2, 3, 4, 5, 6, 7, 8 });

    const auto audit = f.audit("deal_stage", demo->id);
    REQUIRE(audit.size() == 1);
    CHECK(audit.at(0).action == QStringLiteral("create"));
    CHECK(audit.at(0).newValues.value(QStringLiteral("name")).toString() == u8("دمو محصول"));
    CHECK(audit.at(0).newValues.value(QStringLiteral("probability")).toInt() == 40);
}

TEST_CASE("Adding a stage validates its name and probability", "[pipeline]")
{
    PipelineFixture f;
    SECTION("a name is required")
    {
        auto r = f.deals->addStage(QStringLiteral("   "), 20);
        REQUIRE_FALSE(r);
        CHECK(r.error().code == ErrorCode::InvalidInput);
        CHECK(r.error().field == QStringLiteral("name"));
    }
    SECTION("probability below 0")
    {
        auto r = f.deals->addStage(QStringLiteral("X"), -1);
        REQUIRE_FALSE(r);
        CHECK(r.error().field == QStringLiteral("probability"));
    }
    SECTION("probability above 100")
    {
        auto r = f.deals->addStage(QStringLiteral("X"), 101);
        REQUIRE_FALSE(r);
        CHECK(r.error().field == QStringLiteral("probability"));
    }
    SECTION("the edges are fine")
    {
        CHECK(f.deals->addStage(QStringLiteral("Zero"), 0));
        CHECK(f.deals->addStage(QStringLiteral("Hundred"), 100));
    }
    SECTION("a name equal by search key to another stage's is a conflict")
    {
        REQUIRE(f.deals->addStage(u8("دمو"), 30));
        auto again = f.deals->addStage(u8("  دمـو "), 30); // kashida: the same search key
        REQUIRE_FALSE(again);
        CHECK(again.error().code == ErrorCode::Conflict);
        CHECK(again.error().field == QStringLiteral("name"));
    }
    SECTION("a built-in stage's shown name is taken too")
    {
        auto r = f.deals->addStage(QStringLiteral("negotiation"), 30);
        REQUIRE_FALSE(r);
        CHECK(r.error().code == ErrorCode::Conflict);
    }
}

TEST_CASE("Updating a stage renames it and changes its probability", "[pipeline]")
{
    PipelineFixture f;
    Stage s = f.stages().at(2);
    s.name = u8("پیش‌فاکتور ارسال شد");
    s.probability = 60;
    s.outcome = StageOutcome::Won; // not changed by updateStage
    s.position = 99;               // nor this
    REQUIRE(f.deals->updateStage(s));
    const Stage after = f.stages().at(2);
    CHECK(after.key == QStringLiteral("quote_sent"));
    CHECK(after.displayName() == u8("پیش‌فاکتور ارسال شد"));
    CHECK(after.probability == 60);
    CHECK(after.outcome == StageOutcome::Open);
    CHECK(after.position == 3);

    // An empty name on a built-in stage brings the translated name back.
    s.name.clear();
    REQUIRE(f.deals->updateStage(s));
    CHECK(f.stages().at(2).displayName() == QStringLiteral("Pre-invoice sent"));

    const auto audit = f.audit("deal_stage", s.id);
    REQUIRE(audit.size() == 2);
    CHECK(audit.at(0).action == QStringLiteral("update"));
    CHECK(audit.at(0).oldValues.value(QStringLiteral("probability")).toInt() == 50);
    CHECK(audit.at(0).newValues.value(QStringLiteral("probability")).toInt() == 60);
    CHECK_FALSE(audit.at(0).newValues.contains(QStringLiteral("outcome")));
}

TEST_CASE("Updating a stage refuses bad input and missing stages", "[pipeline]")
{
    PipelineFixture f;
    auto own = f.deals->addStage(QStringLiteral("Demo"), 30);
    REQUIRE(own);

    Stage noName = *own;
    noName.name = QStringLiteral(" ");
    auto r1 = f.deals->updateStage(noName);
    REQUIRE_FALSE(r1);
    CHECK(r1.error().field == QStringLiteral("name"));

    Stage taken = *own;
    taken.name = QStringLiteral("won");
    auto r2 = f.deals->updateStage(taken);
    REQUIRE_FALSE(r2);
    CHECK(r2.error().code == ErrorCode::Conflict);

    Stage same = *own;
    same.name = QStringLiteral("demo"); // its own name, other case: not a conflict with itself
    CHECK(f.deals->updateStage(same));

    Stage badProbability = *own;
    badProbability.probability = 150;
    auto r3 = f.deals->updateStage(badProbability);
    REQUIRE_FALSE(r3);
    CHECK(r3.error().field == QStringLiteral("probability"));

    Stage missing = *own;
    missing.id = 9999;
    auto r4 = f.deals->updateStage(missing);
    REQUIRE_FALSE(r4);
    CHECK(r4.error().code == ErrorCode::NotFound);
}

TEST_CASE("Moving a stage reorders the list", "[pipeline]")
{
    PipelineFixture f;
    const qint64 won = f.stageId("won");
    REQUIRE(f.deals->moveStage(won, 0));
    CHECK(keysOrNames(f.stages()).first() == QStringLiteral("won"));
    REQUIRE(f.deals->moveStage(won, 100)); // clamped to the end
    CHECK(keysOrNames(f.stages()).last() == QStringLiteral("won"));
    REQUIRE(f.deals->moveStage(won, 2));
    CHECK(keysOrNames(f.stages())
          == QStringList { QStringLiteral("first_contact"), QStringLiteral("needs_analysis"), QStringLiteral("won"),
                           QStringLiteral("quote_sent"), QStringLiteral("negotiation"), QStringLiteral("lost") });
    QList<int> positions;
    for (const Stage& s : f.stages())
        positions << s.position;
    CHECK(positions == QList<int> { 1, 2, 3, 4, 5, 6 });

    auto missing = f.deals->moveStage(12345, 0);
    REQUIRE_FALSE(missing);
    CHECK(missing.error().code == ErrorCode::NotFound);
    CHECK(f.audit("deal_stage", won).size() == 3);
}

TEST_CASE("Removing a stage", "[pipeline]")
{
    PipelineFixture f;
    SECTION("an empty stage goes and the others close ranks")
    {
        const qint64 needs = f.stageId("needs_analysis");
        REQUIRE(f.deals->removeStage(needs));
        CHECK(f.stages().size() == 5);
        QList<int> positions;
        for (const Stage& s : f.stages())
            positions << s.position;
        CHECK(positions == QList<int> { 1, 2, 3, 4, 5 });
        const auto audit = f.audit("deal_stage", needs);
        REQUIRE(audit.size() == 1);
        CHECK(audit.at(0).action == QStringLiteral("delete"));
        CHECK(audit.at(0).oldValues.value(QStringLiteral("key")).toString() == QStringLiteral("needs_analysis"));
    }
    SECTION("a stage holding deals is a conflict")
    {
        const qint64 quote = f.stageId("quote_sent");
        f.add(QStringLiteral("A"), 100, quote);
        auto r = f.deals->removeStage(quote);
        REQUIRE_FALSE(r);
        CHECK(r.error().code == ErrorCode::Conflict);
        CHECK(r.error().message.contains(QStringLiteral("Pre-invoice sent")));
        CHECK(f.stages().size() == 6);
    }
    SECTION("the last open stage stays")
    {
        REQUIRE(f.deals->removeStage(f.stageId("first_contact")));
        REQUIRE(f.deals->removeStage(f.stageId("needs_analysis")));
        REQUIRE(f.deals->removeStage(f.stageId("quote_sent")));
        auto last = f.deals->removeStage(f.stageId("negotiation"));
        REQUIRE_FALSE(last);
        CHECK(last.error().code == ErrorCode::Conflict);
        // Closing stages may all go.
        REQUIRE(f.deals->removeStage(f.stageId("won")));
        REQUIRE(f.deals->removeStage(f.stageId("lost")));
        CHECK(f.stages().size() == 1);
    }
    SECTION("a missing stage")
    {
        auto r = f.deals->removeStage(777);
        REQUIRE_FALSE(r);
        CHECK(r.error().code == ErrorCode::NotFound);
        CHECK(r.error().field == QStringLiteral("stage"));
    }
}
