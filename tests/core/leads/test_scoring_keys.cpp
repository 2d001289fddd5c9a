#include "TestSupport.h"

#include "leads/Lead.h"

using namespace peyvand;
using namespace peyvand::leads;

namespace {

template <typename Enum, typename FromKey>
void checkRoundTrip(const QList<Enum>& all, FromKey fromKey, const QStringList& expectedKeys)
{
    QStringList keys;
    for (Enum value : all) {
        keys << toKey(value);
        CHECK(fromKey(toKey(value)) == value);
        CHECK_FALSE(displayName(value).isEmpty());
    }
    CHECK(keys == expectedKeys);
    CHECK_FALSE(fromKey(u"no-such-key").has_value());
    CHECK_FALSE(fromKey(u"").has_value());
}

QStringList keys(const char* spaceSeparated)
{
    return QString::fromLatin1(spaceSeparated).split(u' ');
}

} // namespace

TEST_CASE("Lead keys: every enum round-trips through the keys of the schema", "[leads][keys]")
{
    // The keys are those of the CHECK constraints in migrations/0004_leads.sql.
    checkRoundTrip(allLeadTypes(), leadTypeFromKey, keys("marketing sales product service"));
    checkRoundTrip(allLeadSources(), leadSourceFromKey,
                   keys("website email social advertising content trial referral phone walk_in other"));
    checkRoundTrip(allLeadStatuses(), leadStatusFromKey, keys("new contacted qualified converted lost"));
    checkRoundTrip(allTimelines(), timelineFromKey, keys("now 1m 3m 6m later unknown"));
    checkRoundTrip(allAuthorities(), authorityFromKey, keys("owner manager staff unknown"));
    checkRoundTrip(allNeeds(), needFromKey, keys("clear vague none unknown"));
    checkRoundTrip(QList<Band> { Band::Hot, Band::Warm, Band::Cold }, bandFromKey, keys("hot warm cold"));
    checkRoundTrip(QList<ScoreChangeCause> { ScoreChangeCause::Created, ScoreChangeCause::Edited,
                                             ScoreChangeCause::Interaction, ScoreChangeCause::Profile,
                                             ScoreChangeCause::Override, ScoreChangeCause::OverrideCleared,
                                             ScoreChangeCause::Decay, ScoreChangeCause::Status },
                   scoreChangeCauseFromKey, keys("created edited interaction profile override override_cleared decay status"));
}

TEST_CASE("Lead keys: keys are case-sensitive and names are distinct", "[leads][keys]")
{
    CHECK_FALSE(timelineFromKey(u"NOW").has_value());
    CHECK_FALSE(leadSourceFromKey(u"walk-in").has_value());
    QStringList names;
    for (Timeline t : allTimelines())
        names << displayName(t);
    names.removeDuplicates();
    CHECK(names.size() == allTimelines().size());
    CHECK(displayName(Timeline::OneMonth) == QStringLiteral("Within 1 month"));
    CHECK(displayName(Authority::Owner) == QStringLiteral("Owner / CEO"));
}

TEST_CASE("Lead keys: built-in criteria have labels, others none", "[leads][keys]")
{
    for (const char* key : { "budget", "timeline", "authority", "industry", "need", "engagement", "override" })
        CHECK_FALSE(builtinCriterionLabel(QString::fromLatin1(key)).isEmpty());
    CHECK(builtinCriterionLabel(QStringLiteral("budget")) == QStringLiteral("Budget"));
    CHECK(builtinCriterionLabel(QStringLiteral("size")).isEmpty());
    CHECK(builtinCriterionLabel(QString()).isEmpty());
}
