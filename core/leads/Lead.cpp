#include "Lead.h"

#include "common/EnumKeys.h"

#include <QCoreApplication>

namespace peyvand::leads {

namespace {

// The keys match the CHECK constraints of migrations/0004_leads.sql.
const std::pair<LeadType, const char*> kTypes[] = {
    { LeadType::Marketing, "marketing" },
    { LeadType::Sales, "sales" },
    { LeadType::Product, "product" },
    { LeadType::Service, "service" },
};

const std::pair<LeadSource, const char*> kSources[] = {
    { LeadSource::Website, "website" },
    { LeadSource::Email, "email" },
    { LeadSource::Social, "social" },
    { LeadSource::Advertising, "advertising" },
    { LeadSource::Content, "content" },
    { LeadSource::Trial, "trial" },
    { LeadSource::Referral, "referral" },
    { LeadSource::Phone, "phone" },
    { LeadSource::WalkIn, "walk_in" },
    { LeadSource::Other, "other" },
};

const std::pair<LeadStatus, const char*> kStatuses[] = {
    { LeadStatus::New, "new" },
    { LeadStatus::Contacted, "contacted" },
    { LeadStatus::Qualified, "qualified" },
    { LeadStatus::Converted, "converted" },
    { LeadStatus::Lost, "lost" },
};

const std::pair<Timeline, const char*> kTimelines[] = {
    { Timeline::Now, "now" },
    { Timeline::OneMonth, "1m" },
    { Timeline::ThreeMonths, "3m" },
    { Timeline::SixMonths, "6m" },
    { Timeline::Later, "later" },
    { Timeline::Unknown, "unknown" },
};

const std::pair<Authority, const char*> kAuthorities[] = {
    { Authority::Owner, "owner" },
    { Authority::Manager, "manager" },
    { Authority::Staff, "staff" },
    { Authority::Unknown, "unknown" },
};

const std::pair<Need, const char*> kNeeds[] = {
    { Need::Clear, "clear" },
    { Need::Vague, "vague" },
    { Need::None, "none" },
    { Need::Unknown, "unknown" },
};

const std::pair<Band, const char*> kBands[] = {
    { Band::Hot, "hot" },
    { Band::Warm, "warm" },
    { Band::Cold, "cold" },
};

const std::pair<ScoreChangeCause, const char*> kCauses[] = {
    { ScoreChangeCause::Created, "created" },
    { ScoreChangeCause::Edited, "edited" },
    { ScoreChangeCause::Interaction, "interaction" },
    { ScoreChangeCause::Profile, "profile" },
    { ScoreChangeCause::Override, "override" },
    { ScoreChangeCause::OverrideCleared, "override_cleared" },
    { ScoreChangeCause::Decay, "decay" },
    { ScoreChangeCause::Status, "status" },
};

template <typename Enum, size_t N>
QList<Enum> allOf(const std::pair<Enum, const char*> (&table)[N])
{
    QList<Enum> all;
    all.reserve(int(N));
    for (const auto& entry : table)
        all << entry.first;
    return all;
}

struct LeadsText {
    Q_DECLARE_TR_FUNCTIONS(Leads)
};

} // namespace

QString toKey(LeadType value) { return keyOf(value, kTypes); }
QString toKey(LeadSource value) { return keyOf(value, kSources); }
QString toKey(LeadStatus value) { return keyOf(value, kStatuses); }
QString toKey(Timeline value) { return keyOf(value, kTimelines); }
QString toKey(Authority value) { return keyOf(value, kAuthorities); }
QString toKey(Need value) { return keyOf(value, kNeeds); }
QString toKey(Band value) { return keyOf(value, kBands); }
QString toKey(ScoreChangeCause value) { return keyOf(value, kCauses); }

std::optional<LeadType> leadTypeFromKey(QStringView key) { return enumFromKey(key, kTypes); }
std::optional<LeadSource> leadSourceFromKey(QStringView key) { return enumFromKey(key, kSources); }
std::optional<LeadStatus> leadStatusFromKey(QStringView key) { return enumFromKey(key, kStatuses); }
std::optional<Timeline> timelineFromKey(QStringView key) { return enumFromKey(key, kTimelines); }
std::optional<Authority> authorityFromKey(QStringView key) { return enumFromKey(key, kAuthorities); }
std::optional<Need> needFromKey(QStringView key) { return enumFromKey(key, kNeeds); }
std::optional<Band> bandFromKey(QStringView key) { return enumFromKey(key, kBands); }
std::optional<ScoreChangeCause> scoreChangeCauseFromKey(QStringView key) { return enumFromKey(key, kCauses); }

QString displayName(LeadType value)
{
    switch (value) {
    case LeadType::Marketing: return LeadsText::tr("Marketing lead");
    case LeadType::Sales: return LeadsText::tr("Sales lead");
    case LeadType::Product: return LeadsText::tr("Product (trial) lead");
    case LeadType::Service: return LeadsText::tr("Service (upgrade) lead");
    }
    return {};
}

QString displayName(LeadSource value)
{
    switch (value) {
    case LeadSource::Website: return LeadsText::tr("Website");
    case LeadSource::Email: return LeadsText::tr("Email");
    case LeadSource::Social: return LeadsText::tr("Social network");
    case LeadSource::Advertising: return LeadsText::tr("Advertising");
    case LeadSource::Content: return LeadsText::tr("Blog / content");
    case LeadSource::Trial: return LeadsText::tr("Trial");
    case LeadSource::Referral: return LeadsText::tr("Referral");
    case LeadSource::Phone: return LeadsText::tr("Phone");
    case LeadSource::WalkIn: return LeadsText::tr("Walk-in");
    case LeadSource::Other: return LeadsText::tr("Other");
    }
    return {};
}

QString displayName(LeadStatus value)
{
    switch (value) {
    case LeadStatus::New: return LeadsText::tr("New");
    case LeadStatus::Contacted: return LeadsText::tr("Contacted");
    case LeadStatus::Qualified: return LeadsText::tr("Qualified");
    case LeadStatus::Converted: return LeadsText::tr("Converted");
    case LeadStatus::Lost: return LeadsText::tr("Lost");
    }
    return {};
}

QString displayName(Timeline value)
{
    switch (value) {
    case Timeline::Now: return LeadsText::tr("Now");
    case Timeline::OneMonth: return LeadsText::tr("Within 1 month");
    case Timeline::ThreeMonths: return LeadsText::tr("Within 3 months");
    case Timeline::SixMonths: return LeadsText::tr("Within 6 months");
    case Timeline::Later: return LeadsText::tr("Later");
    case Timeline::Unknown: return LeadsText::tr("Unknown");
    }
    return {};
}

QString displayName(Authority value)
{
    switch (value) {
    case Authority::Owner: return LeadsText::tr("Owner / CEO");
    case Authority::Manager: return LeadsText::tr("Manager");
    case Authority::Staff: return LeadsText::tr("Staff");
    case Authority::Unknown: return LeadsText::tr("Unknown");
    }
    return {};
}

QString displayName(Need value)
{
    switch (value) {
    case Need::Clear: return LeadsText::tr("Clear need");
    case Need::Vague: return LeadsText::tr("Vague need");
    case Need::None: return LeadsText::tr("No need");
    case Need::Unknown: return LeadsText::tr("Unknown");
    }
    return {};
}

QString displayName(Band value)
{
    switch (value) {
    case Band::Hot: return LeadsText::tr("Hot");
    case Band::Warm: return LeadsText::tr("Warm");
    case Band::Cold: return LeadsText::tr("Cold");
    }
    return {};
}

QString displayName(ScoreChangeCause value)
{
    switch (value) {
    case ScoreChangeCause::Created: return LeadsText::tr("Lead created");
    case ScoreChangeCause::Edited: return LeadsText::tr("Lead edited");
    case ScoreChangeCause::Interaction: return LeadsText::tr("Interaction logged");
    case ScoreChangeCause::Profile: return LeadsText::tr("Scoring profile changed");
    case ScoreChangeCause::Override: return LeadsText::tr("Score overridden");
    case ScoreChangeCause::OverrideCleared: return LeadsText::tr("Override cleared");
    case ScoreChangeCause::Decay: return LeadsText::tr("Engagement aged");
    case ScoreChangeCause::Status: return LeadsText::tr("Status changed");
    }
    return {};
}

QList<LeadType> allLeadTypes() { return allOf(kTypes); }
QList<LeadSource> allLeadSources() { return allOf(kSources); }
QList<LeadStatus> allLeadStatuses() { return allOf(kStatuses); }
QList<Timeline> allTimelines() { return allOf(kTimelines); }
QList<Authority> allAuthorities() { return allOf(kAuthorities); }
QList<Need> allNeeds() { return allOf(kNeeds); }

QString builtinCriterionLabel(const QString& key)
{
    if (key == QLatin1String("budget"))
        return LeadsText::tr("Budget");
    if (key == QLatin1String("timeline"))
        return LeadsText::tr("Purchase timeline");
    if (key == QLatin1String("authority"))
        return LeadsText::tr("Authority");
    if (key == QLatin1String("industry"))
        return LeadsText::tr("Industry");
    if (key == QLatin1String("need"))
        return LeadsText::tr("Need");
    if (key == QLatin1String("engagement"))
        return LeadsText::tr("Engagement");
    if (key == QLatin1String("override"))
        return LeadsText::tr("Manual override");
    return {};
}

} // namespace peyvand::leads
