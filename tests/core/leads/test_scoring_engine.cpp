#include "ScoringFixture.h"

#include <QRandomGenerator>

using namespace peyvand;
using namespace peyvand::leads;
using peyvand::test::daysBefore;
using peyvand::test::itemOf;
using peyvand::test::scoringNow;
using peyvand::test::sumOf;

namespace {

struct Expected {
    const char* criterion;
    const char* option;
    int points;
};

struct GoldenCase {
    const char* name;
    std::optional<qint64> budget;
    Timeline timeline;
    Authority authority;
    const char* industry;
    Need need;
    int interactionsToday;
    std::vector<Expected> items;
    int total;
};

LeadFacts factsOf(const GoldenCase& c)
{
    LeadFacts f;
    f.budgetRial = c.budget;
    f.timeline = c.timeline;
    f.authority = c.authority;
    f.industry = QString::fromLatin1(c.industry);
    f.need = c.need;
    for (int i = 0; i < c.interactionsToday; ++i)
        f.interactionTimes << scoringNow().addSecs(-3600 * (i + 1));
    return f;
}

} // namespace

TEST_CASE("Scoring: golden cases under the default profile", "[leads][scoring]")
{
    // Each row: the criteria, then every item (criterion, matched option, points) and the total.
    const GoldenCase cases[] = {
        { "nothing known", std::nullopt, Timeline::Unknown, Authority::Unknown, "", Need::Unknown, 0,
          { { "budget", "unknown", 0 }, { "timeline", "unknown", 0 }, { "authority", "unknown", 0 },
            { "industry", "", 0 }, { "need", "unknown", 0 }, { "engagement", "0", 0 } }, 0 },
        { "the best lead", 2'000'000'000, Timeline::Now, Authority::Owner, "software", Need::Clear, 0,
          { { "budget", "2000000000", 30 }, { "timeline", "now", 25 }, { "authority", "owner", 20 },
            { "industry", "software", 10 }, { "need", "clear", 15 }, { "engagement", "0", 0 } }, 100 },
        { "just below a tier", 499'999'999, Timeline::OneMonth, Authority::Manager, "manufacturing", Need::Vague, 0,
          { { "budget", "100000000", 15 }, { "timeline", "1m", 20 }, { "authority", "manager", 12 },
            { "industry", "manufacturing", 8 }, { "need", "vague", 6 }, { "engagement", "0", 0 } }, 61 },
        { "exactly on a tier", 500'000'000, Timeline::ThreeMonths, Authority::Owner, "", Need::Unknown, 0,
          { { "budget", "500000000", 25 }, { "timeline", "3m", 12 }, { "authority", "owner", 20 },
            { "industry", "", 0 }, { "need", "unknown", 0 }, { "engagement", "0", 0 } }, 57 },
        { "no need and an unlisted industry", 0, Timeline::Later, Authority::Staff, "mining", Need::None, 0,
          { { "budget", "", 0 }, { "timeline", "later", 2 }, { "authority", "staff", 4 },
            { "industry", "mining", 0 }, { "need", "none", -10 }, { "engagement", "0", 0 } }, -4 },
        { "one Rial", 1, Timeline::SixMonths, Authority::Unknown, "wholesale", Need::Clear, 0,
          { { "budget", "1", 5 }, { "timeline", "6m", 6 }, { "authority", "unknown", 0 },
            { "industry", "wholesale", 6 }, { "need", "clear", 15 }, { "engagement", "0", 0 } }, 32 },
        { "engaged", 100'000'000, Timeline::Unknown, Authority::Manager, "retail", Need::Vague, 3,
          { { "budget", "100000000", 15 }, { "timeline", "unknown", 0 }, { "authority", "manager", 12 },
            { "industry", "retail", 4 }, { "need", "vague", 6 }, { "engagement", "3", 12 } }, 49 },
        { "engagement capped", 9'000'000'000, Timeline::Now, Authority::Owner, "other", Need::Clear, 5,
          { { "budget", "2000000000", 30 }, { "timeline", "now", 25 }, { "authority", "owner", 20 },
            { "industry", "other", 0 }, { "need", "clear", 15 }, { "engagement", "5", 15 } }, 105 },
    };
    const ScoringProfile profile = ScoringProfile::defaults();
    for (const GoldenCase& c : cases) {
        INFO(c.name);
        const Score score = scoreLead(factsOf(c), profile, scoringNow());
        REQUIRE(score.items.size() == qsizetype(c.items.size()));
        for (size_t i = 0; i < c.items.size(); ++i) {
            INFO(c.items[i].criterion);
            CHECK(score.items[i].criterion == QString::fromLatin1(c.items[i].criterion));
            CHECK(score.items[i].option == QString::fromLatin1(c.items[i].option));
            CHECK(score.items[i].points == c.items[i].points);
        }
        CHECK(score.total == c.total);
        CHECK(score.computed == c.total);
        CHECK(sumOf(score.items) == score.total);
    }
}

TEST_CASE("Scoring: caps limit each criterion and keep the uncapped points", "[leads][scoring]")
{
    ScoringProfile p = ScoringProfile::defaults();
    p.timeline.cap = 10;
    p.budgetCap = 7;
    LeadFacts f;
    f.budgetRial = 3'000'000'000;
    f.timeline = Timeline::Now;
    for (int i = 0; i < 10; ++i)
        f.interactionTimes << scoringNow();
    const Score s = scoreLead(f, p, scoringNow());
    CHECK(itemOf(s, QStringLiteral("budget"))->points == 7);
    CHECK(itemOf(s, QStringLiteral("budget"))->uncapped == 30);
    CHECK(itemOf(s, QStringLiteral("timeline"))->points == 10);
    CHECK(itemOf(s, QStringLiteral("timeline"))->uncapped == 25);
    CHECK(itemOf(s, QStringLiteral("engagement"))->points == 15);
    CHECK(itemOf(s, QStringLiteral("engagement"))->uncapped == 40);
    CHECK(s.total == 7 + 10 + 15);

    SECTION("a cap of zero gives nothing, negative points pass under any cap")
    {
        p.need.cap = 0;
        f.need = Need::Clear;
        CHECK(itemOf(scoreLead(f, p, scoringNow()), QStringLiteral("need"))->points == 0);
        f.need = Need::None;
        CHECK(itemOf(scoreLead(f, p, scoringNow()), QStringLiteral("need"))->points == -10);
    }
}

TEST_CASE("Scoring: the budget's highest reached tier applies, in any tier order", "[leads][scoring]")
{
    ScoringProfile p = ScoringProfile::defaults();
    p.budgetTiers = { { 500, 9 }, { 0, 1 }, { 100, 4 } };
    p.budgetUnknownPoints = -3;
    auto budget = [&](std::optional<qint64> rial) {
        LeadFacts f;
        f.budgetRial = rial;
        return *itemOf(scoreLead(f, p, scoringNow()), QStringLiteral("budget"));
    };
    CHECK(budget(0).points == 1);
    CHECK(budget(0).option == QStringLiteral("0"));
    CHECK(budget(99).points == 1);
    CHECK(budget(100).points == 4);
    CHECK(budget(499).points == 4);
    CHECK(budget(500).points == 9);
    CHECK(budget(std::numeric_limits<qint64>::max()).points == 9);
    CHECK(budget(std::nullopt).points == -3);
    CHECK(budget(std::nullopt).option == QStringLiteral("unknown"));
    p.budgetTiers.clear();
    CHECK(budget(1'000'000).points == 0);
    CHECK(budget(1'000'000).option.isEmpty());
}

TEST_CASE("Scoring: engagement decays with the half-life", "[leads][scoring][decay]")
{
    ScoringProfile p = ScoringProfile::defaults();
    p.engagement = EngagementRule { 20, 30, 100 };
    auto engagement = [&](QList<QDateTime> times) {
        LeadFacts f;
        f.interactionTimes = std::move(times);
        return *itemOf(scoreLead(f, p, scoringNow()), QStringLiteral("engagement"));
    };
    CHECK(engagement({ scoringNow() }).points == 20);
    CHECK(engagement({ daysBefore(30) }).points == 10);  // exactly half at one half-life
    CHECK(engagement({ daysBefore(60) }).points == 5);   // a quarter at two
    CHECK(engagement({ daysBefore(90) }).points == 3);   // 2.5 rounds half up
    CHECK(engagement({ daysBefore(120) }).points == 1);  // 1.25
    CHECK(engagement({ daysBefore(3650) }).points == 0);
    CHECK(engagement({ daysBefore(30), daysBefore(60) }).points == 15);
    CHECK(engagement({ daysBefore(30) }).ageDays == 30.0);
    CHECK(engagement({ daysBefore(60), daysBefore(2.5) }).ageDays == Approx(2.5));

    SECTION("future interactions count as today")
    {
        const ScoreItem future = engagement({ scoringNow().addDays(3) });
        CHECK(future.points == 20);
        CHECK(future.ageDays == 0.0);
    }
    SECTION("a different half-life")
    {
        p.engagement.halfLifeDays = 7;
        CHECK(engagement({ daysBefore(7) }).points == 10);
        CHECK(engagement({ daysBefore(14) }).points == 5);
    }
    SECTION("half-up rounding at exactly .5 from a sum")
    {
        p.engagement = EngagementRule { 5, 30, 100 };
        CHECK(engagement({ daysBefore(30) }).points == 3);           // 2.5
        CHECK(engagement({ daysBefore(60), daysBefore(60) }).points == 3); // 1.25 + 1.25
        CHECK(engagement({ daysBefore(90) }).points == 1);           // 0.625
    }
    SECTION("invalid times are ignored")
    {
        const ScoreItem item = engagement({ QDateTime(), scoringNow() });
        CHECK(item.option == QStringLiteral("1"));
        CHECK(item.points == 20);
    }
}

TEST_CASE("Scoring: qualification at the threshold edges", "[leads][scoring]")
{
    ScoringProfile p = test::budgetOnlyProfile(0);
    LeadFacts f;
    f.budgetRial = 1;
    for (const auto& [points, qualified] : { std::pair { 49, false }, std::pair { 50, true }, std::pair { 51, true } }) {
        p.budgetTiers = { { 1, points } };
        const Score s = scoreLead(f, p, scoringNow());
        INFO(points);
        CHECK(s.total == points);
        CHECK(s.qualified == qualified);
    }
    p.threshold = 0;
    p.budgetTiers = { { 1, 0 } };
    CHECK(scoreLead(f, p, scoringNow()).qualified);
    p.budgetTiers = { { 1, -1 } };
    CHECK_FALSE(scoreLead(f, p, scoringNow()).qualified);
}

TEST_CASE("Scoring: band edges", "[leads][scoring]")
{
    ScoringProfile p = test::budgetOnlyProfile(0);
    LeadFacts f;
    f.budgetRial = 1;
    const std::pair<int, Band> edges[] = { { -5, Band::Cold }, { 39, Band::Cold }, { 40, Band::Warm },
                                           { 69, Band::Warm }, { 70, Band::Hot }, { 100, Band::Hot } };
    for (const auto& [points, band] : edges) {
        p.budgetTiers = { { 1, points } };
        INFO(points);
        CHECK(scoreLead(f, p, scoringNow()).band == band);
    }
    p.warmFrom = p.hotFrom = 60;
    p.budgetTiers = { { 1, 59 } };
    CHECK(scoreLead(f, p, scoringNow()).band == Band::Cold);
    p.budgetTiers = { { 1, 60 } };
    CHECK(scoreLead(f, p, scoringNow()).band == Band::Hot);
}

TEST_CASE("Scoring: an override adds an item of the difference", "[leads][scoring]")
{
    const ScoringProfile p = ScoringProfile::defaults();
    LeadFacts f;
    f.budgetRial = 499'999'999;
    f.timeline = Timeline::OneMonth;
    f.authority = Authority::Manager;
    f.industry = QStringLiteral("manufacturing");
    f.need = Need::Vague; // 61

    f.overrideScore = 80;
    Score s = scoreLead(f, p, scoringNow());
    REQUIRE(s.items.last().criterion == QStringLiteral("override"));
    CHECK(s.items.last().points == 19);
    CHECK(s.total == 80);
    CHECK(s.computed == 61);
    CHECK(s.band == Band::Hot);
    CHECK(sumOf(s.items) == 80);

    f.overrideScore = 10;
    s = scoreLead(f, p, scoringNow());
    CHECK(s.items.last().points == -51);
    CHECK(s.total == 10);
    CHECK_FALSE(s.qualified);
    CHECK(s.band == Band::Cold);

    f.overrideScore = 61;
    s = scoreLead(f, p, scoringNow());
    CHECK(s.items.last().criterion == QStringLiteral("override"));
    CHECK(s.items.last().points == 0);

    f.overrideScore.reset();
    s = scoreLead(f, p, scoringNow());
    CHECK(itemOf(s, QStringLiteral("override")) == nullptr);
    CHECK(s.qualified);
}

TEST_CASE("Scoring: converted and lost leads never qualify", "[leads][scoring]")
{
    LeadFacts f;
    f.budgetRial = 2'000'000'000;
    f.timeline = Timeline::Now;
    f.authority = Authority::Owner;
    f.need = Need::Clear;
    const ScoringProfile p = ScoringProfile::defaults();
    for (LeadStatus status : allLeadStatuses()) {
        f.status = status;
        f.overrideScore.reset();
        const bool closed = status == LeadStatus::Converted || status == LeadStatus::Lost;
        INFO(toKey(status).toStdString());
        Score s = scoreLead(f, p, scoringNow());
        CHECK(s.total == 90);
        CHECK(s.qualified == !closed);
        CHECK(s.band == Band::Hot);
        f.overrideScore = 1000;
        s = scoreLead(f, p, scoringNow());
        CHECK(s.qualified == !closed);
    }
}

TEST_CASE("Scoring: custom criteria follow the built-ins in profile order", "[leads][scoring]")
{
    ScoringProfile p = ScoringProfile::defaults();
    p.custom << ChoiceCriterion { QStringLiteral("size"), test::u8("اندازه"), 8,
                                  { { QStringLiteral("large"), 10, test::u8("بزرگ") }, { QStringLiteral("small"), 2, test::u8("کوچک") } } };
    p.custom << ChoiceCriterion { QStringLiteral("region"), QStringLiteral("Region"), 5,
                                  { { QStringLiteral("tehran"), 5, QStringLiteral("Tehran") } } };
    LeadFacts f;
    f.custom.insert(QStringLiteral("size"), QStringLiteral("large"));
    f.custom.insert(QStringLiteral("region"), QStringLiteral("tabriz"));
    f.custom.insert(QStringLiteral("unused"), QStringLiteral("x"));
    const Score s = scoreLead(f, p, scoringNow());
    QStringList order;
    for (const ScoreItem& item : s.items)
        order << item.criterion;
    CHECK(order.join(u',') == QStringLiteral("budget,timeline,authority,industry,need,size,region,engagement"));
    CHECK(itemOf(s, QStringLiteral("size"))->points == 8);
    CHECK(itemOf(s, QStringLiteral("size"))->uncapped == 10);
    CHECK(itemOf(s, QStringLiteral("region"))->points == 0);
    CHECK(itemOf(s, QStringLiteral("region"))->option == QStringLiteral("tabriz"));
    CHECK(s.total == 8);

    f.custom.clear();
    const Score none = scoreLead(f, p, scoringNow());
    CHECK(itemOf(none, QStringLiteral("size"))->option.isEmpty());
    CHECK(itemOf(none, QStringLiteral("size"))->points == 0);
}

TEST_CASE("Scoring: the breakdown sums to the score for random facts and profiles", "[leads][scoring][property]")
{
    QRandomGenerator rng(20240320);
    auto pick = [&](int low, int high) { return int(rng.bounded(low, high + 1)); };
    const QStringList industries = { QStringLiteral("software"), QStringLiteral("retail"), QStringLiteral("mining"), QString() };
    for (int round = 0; round < 2000; ++round) {
        ScoringProfile p = ScoringProfile::defaults();
        p.budgetCap = pick(0, 100);
        p.budgetUnknownPoints = pick(-100, 100);
        p.budgetTiers.clear();
        for (int t = pick(0, 4); t > 0; --t)
            p.budgetTiers << BudgetTier { qint64(t) * pick(1, 1'000'000'000), pick(-100, 100) };
        for (ChoiceCriterion* c : { &p.timeline, &p.authority, &p.need, &p.industry }) {
            c->cap = pick(0, 100);
            for (OptionPoints& o : c->options)
                o.points = pick(-100, 100);
        }
        p.custom.clear();
        if (pick(0, 1)) {
            p.custom << ChoiceCriterion { QStringLiteral("c1"), QStringLiteral("C1"), pick(0, 100),
                                          { { QStringLiteral("a"), pick(-100, 100), QStringLiteral("A") },
                                            { QStringLiteral("b"), pick(-100, 100), QStringLiteral("B") } } };
        }
        p.engagement = EngagementRule { pick(0, 100), pick(1, 3650), pick(0, 100) };
        p.threshold = pick(0, 1000);
        p.warmFrom = pick(0, 500);
        p.hotFrom = pick(p.warmFrom, 1000);
        const Status valid = validateProfile(p);
        if (!valid) // tiers can collide by chance; such profiles are not scored
            continue;

        LeadFacts f;
        if (pick(0, 3))
            f.budgetRial = qint64(pick(0, 1'000'000)) * pick(0, 10'000);
        f.timeline = allTimelines().at(pick(0, 5));
        f.authority = allAuthorities().at(pick(0, 3));
        f.need = allNeeds().at(pick(0, 3));
        f.industry = industries.at(pick(0, 3));
        f.status = allLeadStatuses().at(pick(0, 4));
        if (pick(0, 1))
            f.custom.insert(QStringLiteral("c1"), pick(0, 1) ? QStringLiteral("a") : QStringLiteral("z"));
        for (int i = pick(0, 6); i > 0; --i)
            f.interactionTimes << scoringNow().addSecs(-qint64(pick(-86400, 400 * 86400)));
        if (pick(0, 4) == 0)
            f.overrideScore = pick(-50, 300);

        const Score s = scoreLead(f, p, scoringNow());
        INFO("round " << round);
        REQUIRE(sumOf(s.items) == s.total);
        int computed = 0;
        for (const ScoreItem& item : s.items) {
            if (item.criterion != QLatin1String("override"))
                computed += item.points;
            CHECK(item.points <= item.uncapped);
        }
        CHECK(computed == s.computed);
        CHECK(s.total == f.overrideScore.value_or(s.computed));
        CHECK(s.items.size() == 6 + p.custom.size() + (f.overrideScore ? 1 : 0));
        const bool closed = f.status == LeadStatus::Converted || f.status == LeadStatus::Lost;
        CHECK(s.qualified == (!closed && s.total >= p.threshold));
        CHECK(s.band == (s.total >= p.hotFrom ? Band::Hot : s.total >= p.warmFrom ? Band::Warm : Band::Cold));
        CHECK(itemOf(s, QStringLiteral("engagement"))->points <= p.engagement.cap);
        // Pure: the same inputs give the same score.
        CHECK(scoreLead(f, p, scoringNow()).items == s.items);
    }
}

TEST_CASE("Scoring: diffBreakdowns lists the criteria whose points moved", "[leads][scoring]")
{
    auto item = [](const char* criterion, int points) {
        return ScoreItem { QString::fromLatin1(criterion), {}, points, points, 0 };
    };
    const QList<ScoreItem> before = { item("budget", 15), item("timeline", 20), item("need", 6), item("size", 4) };
    const QList<ScoreItem> after = { item("budget", 25), item("timeline", 20), item("need", -10), item("engagement", 8),
                                     item("override", 0) };
    const QList<CriterionChange> changes = diffBreakdowns(before, after);
    const QList<CriterionChange> expected = {
        { QStringLiteral("budget"), 15, 25 },
        { QStringLiteral("need"), 6, -10 },
        { QStringLiteral("engagement"), 0, 8 },
        { QStringLiteral("size"), 4, 0 },
    };
    CHECK(changes == expected);
    CHECK(diffBreakdowns(before, before).isEmpty());
    CHECK(diffBreakdowns({}, {}).isEmpty());
    CHECK(diffBreakdowns({}, { item("budget", 5) }) == QList<CriterionChange> { { QStringLiteral("budget"), 0, 5 } });
}

TEST_CASE("Scoring: items are explained in words", "[leads][scoring][describe]")
{
    ScoringProfile p = ScoringProfile::defaults();
    p.custom << ChoiceCriterion { QStringLiteral("size"), QStringLiteral("Company size"), 8,
                                  { { QStringLiteral("large"), 10, QStringLiteral("Large") } } };
    auto describe = [&](const char* criterion, const char* option, int points, int uncapped, double age = 0) {
        return describeItem(ScoreItem { QString::fromLatin1(criterion), QString::fromLatin1(option), points, uncapped, age }, p);
    };
    CHECK(describe("budget", "500000000", 25, 25) == test::u8("Budget ≥ 500,000,000 Rial"));
    CHECK(describe("budget", "unknown", 0, 0) == QStringLiteral("Budget unknown"));
    CHECK(describe("budget", "", 0, 0) == QStringLiteral("Budget below every tier"));
    CHECK(describe("timeline", "1m", 20, 20) == QStringLiteral("Timeline: within 1 month"));
    CHECK(describe("timeline", "now", 25, 25) == QStringLiteral("Timeline: buying now"));
    CHECK(describe("timeline", "unknown", 0, 0) == QStringLiteral("Timeline: unknown"));
    CHECK(describe("authority", "owner", 20, 20) == QStringLiteral("Contact is the owner / CEO"));
    CHECK(describe("need", "none", -10, -10) == QStringLiteral("No need"));
    CHECK(describe("industry", "software", 10, 10) == QStringLiteral("Industry: Software and IT"));
    CHECK(describe("industry", "mining", 0, 0) == QStringLiteral("Industry: mining"));
    CHECK(describe("industry", "", 0, 0) == QStringLiteral("Industry unknown"));
    CHECK(describe("engagement", "3", 12, 12, 2.4) == QStringLiteral("3 interactions, the latest 2 days ago"));
    CHECK(describe("engagement", "3", 12, 12, 1.5) == QStringLiteral("3 interactions, the latest 1 day ago"));
    CHECK(describe("engagement", "2", 8, 8, 0.3) == QStringLiteral("2 interactions, the latest today"));
    CHECK(describe("engagement", "1", 4, 4, 0) == QStringLiteral("1 interaction, today"));
    CHECK(describe("engagement", "1", 2, 2, 30) == QStringLiteral("1 interaction, 30 days ago"));
    CHECK(describe("engagement", "0", 0, 0) == QStringLiteral("No interactions"));
    CHECK(describe("engagement", "6", 15, 24, 0) == QStringLiteral("6 interactions, the latest today (capped at 15)"));
    CHECK(describe("size", "large", 8, 10) == QStringLiteral("Company size: Large (capped at 8)"));
    CHECK(describe("size", "", 0, 0) == QStringLiteral("Company size: not set"));
    CHECK(describe("size", "medium", 0, 0) == QStringLiteral("Company size: medium"));
    CHECK(describe("removed", "x", 0, 0) == QStringLiteral("removed: x"));
    CHECK(describe("override", "", 19, 19) == QStringLiteral("Manual override"));
    CHECK(describe("override", "", -20, -20) == QStringLiteral("Manual override"));

    CHECK(criterionLabel(QStringLiteral("budget"), p) == QStringLiteral("Budget"));
    CHECK(criterionLabel(QStringLiteral("timeline"), p) == QStringLiteral("Purchase timeline"));
    CHECK(criterionLabel(QStringLiteral("size"), p) == QStringLiteral("Company size"));
    CHECK(criterionLabel(QStringLiteral("gone"), p) == QStringLiteral("gone"));
}

TEST_CASE("Scoring: every item of a score has a description", "[leads][scoring][describe]")
{
    const ScoringProfile p = ScoringProfile::defaults();
    LeadFacts f;
    f.overrideScore = 5;
    f.interactionTimes << daysBefore(4);
    for (const ScoreItem& item : scoreLead(f, p, scoringNow()).items) {
        INFO(item.criterion.toStdString());
        CHECK_FALSE(describeItem(item, p).isEmpty());
        CHECK_FALSE(criterionLabel(item.criterion, p).isEmpty());
    }
}
