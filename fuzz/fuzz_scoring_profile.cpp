// The scoring profile importer (leads/ScoringProfile.h): no crash on any
// bytes; a refused file names the JSON path; an accepted profile is valid,
// writes back to the same profile, and scores a lead whose breakdown sums
// to its score.
#include "FuzzSupport.h"
#include "leads/ScoringEngine.h"
#include "leads/ScoringProfile.h"

using namespace peyvand;
using namespace peyvand::leads;
using peyvand::fuzz::require;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const Result<ScoringProfile> profile = profileFromJson(bytes);
    if (!profile) {
        require(!profile.error().field.isEmpty(), "import errors name a field", QString::fromUtf8(bytes));
        require(!profile.error().message.isEmpty(), "import errors say what is wrong", QString::fromUtf8(bytes));
        return 0;
    }
    require(bool(validateProfile(*profile)), "imported profiles are valid", QString::fromUtf8(bytes));
    const Result<ScoringProfile> again = profileFromJson(profileToJson(*profile));
    require(again && *again == *profile, "an imported profile round-trips", QString::fromUtf8(bytes));

    LeadFacts facts;
    facts.budgetRial = qint64(size) * 1'000'000;
    facts.timeline = Timeline::OneMonth;
    facts.authority = Authority::Manager;
    facts.industry = QStringLiteral("software");
    facts.need = Need::Clear;
    for (const ChoiceCriterion& c : profile->custom) {
        if (!c.options.isEmpty())
            facts.custom.insert(c.key, c.options.first().option);
    }
    const QDateTime now(QDate(2024, 3, 20), QTime(12, 0), Qt::UTC);
    facts.interactionTimes << now.addDays(-3) << now.addDays(-40);
    const Score score = scoreLead(facts, *profile, now);
    int sum = 0;
    for (const ScoreItem& item : score.items) {
        sum += item.points;
        require(!describeItem(item, *profile).isEmpty(), "every item is described", QString::fromUtf8(bytes));
    }
    require(sum == score.total, "the breakdown sums to the score", QString::fromUtf8(bytes));
    return 0;
}
