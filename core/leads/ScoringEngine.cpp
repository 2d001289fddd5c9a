#include "ScoringEngine.h"

#include "text/Digits.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>

namespace peyvand::leads {

namespace {

struct ScoringText {
    Q_DECLARE_TR_FUNCTIONS(Scoring)
};

constexpr double kMsecsPerDay = 86'400'000.0;

ScoreItem capped(QString criterion, QString option, int uncapped, int cap)
{
    ScoreItem item;
    item.criterion = std::move(criterion);
    item.option = std::move(option);
    item.uncapped = uncapped;
    item.points = std::min(uncapped, cap);
    return item;
}

int pointsOf(const ChoiceCriterion& criterion, const QString& option)
{
    for (const OptionPoints& o : criterion.options) {
        if (o.option == option)
            return o.points;
    }
    return 0;
}

ScoreItem choiceItem(const ChoiceCriterion& criterion, const QString& option)
{
    return capped(criterion.key, option, option.isEmpty() ? 0 : pointsOf(criterion, option), criterion.cap);
}

ScoreItem budgetItem(const std::optional<qint64>& budget, const ScoringProfile& profile)
{
    if (!budget)
        return capped(QStringLiteral("budget"), QStringLiteral("unknown"), profile.budgetUnknownPoints, profile.budgetCap);
    const BudgetTier* best = nullptr;
    for (const BudgetTier& tier : profile.budgetTiers) {
        if (tier.minRial <= *budget && (!best || tier.minRial > best->minRial))
            best = &tier;
    }
    if (!best)
        return capped(QStringLiteral("budget"), {}, 0, profile.budgetCap);
    return capped(QStringLiteral("budget"), QString::number(best->minRial), best->points, profile.budgetCap);
}

ScoreItem engagementItem(const QList<QDateTime>& times, const EngagementRule& rule, const QDateTime& nowUtc)
{
    const qint64 now = nowUtc.toMSecsSinceEpoch();
    double raw = 0;
    int count = 0;
    qint64 latestAge = std::numeric_limits<qint64>::max();
    for (const QDateTime& at : times) {
        if (!at.isValid())
            continue;
        const qint64 age = std::max<qint64>(0, now - at.toMSecsSinceEpoch());
        raw += rule.pointsPerInteraction * std::exp2(-(double(age) / kMsecsPerDay) / rule.halfLifeDays);
        latestAge = std::min(latestAge, age);
        ++count;
    }
    // Half up; the epsilon keeps 2.5 computed as 2.4999999999 from rounding down.
    const int uncapped = int(std::floor(raw + 0.5 + 1e-9));
    ScoreItem item = capped(QStringLiteral("engagement"), QString::number(count), uncapped, rule.cap);
    item.ageDays = count > 0 ? double(latestAge) / kMsecsPerDay : 0.0;
    return item;
}

const ChoiceCriterion* customCriterion(const QString& key, const ScoringProfile& profile)
{
    for (const ChoiceCriterion& c : profile.custom) {
        if (c.key == key)
            return &c;
    }
    return nullptr;
}

QString industryName(const QString& key)
{
    static const std::pair<const char*, const char*> kNames[] = {
        { "retail", QT_TRANSLATE_NOOP("Leads", "Retail") },
        { "wholesale", QT_TRANSLATE_NOOP("Leads", "Wholesale") },
        { "manufacturing", QT_TRANSLATE_NOOP("Leads", "Manufacturing") },
        { "construction", QT_TRANSLATE_NOOP("Leads", "Construction") },
        { "software", QT_TRANSLATE_NOOP("Leads", "Software and IT") },
        { "healthcare", QT_TRANSLATE_NOOP("Leads", "Healthcare") },
        { "education", QT_TRANSLATE_NOOP("Leads", "Education") },
        { "food", QT_TRANSLATE_NOOP("Leads", "Food and beverage") },
        { "services", QT_TRANSLATE_NOOP("Leads", "Services") },
        { "government", QT_TRANSLATE_NOOP("Leads", "Government") },
        { "other", QT_TRANSLATE_NOOP("Leads", "Other") },
    };
    for (const auto& [k, name] : kNames) {
        if (key == QLatin1String(k))
            return QCoreApplication::translate("Leads", name);
    }
    return key;
}

QString describeTimeline(const QString& option)
{
    switch (timelineFromKey(option).value_or(Timeline::Unknown)) {
    case Timeline::Now: return ScoringText::tr("Timeline: buying now");
    case Timeline::OneMonth: return ScoringText::tr("Timeline: within 1 month");
    case Timeline::ThreeMonths: return ScoringText::tr("Timeline: within 3 months");
    case Timeline::SixMonths: return ScoringText::tr("Timeline: within 6 months");
    case Timeline::Later: return ScoringText::tr("Timeline: later");
    case Timeline::Unknown: break;
    }
    return ScoringText::tr("Timeline: unknown");
}

QString describeAuthority(const QString& option)
{
    switch (authorityFromKey(option).value_or(Authority::Unknown)) {
    case Authority::Owner: return ScoringText::tr("Contact is the owner / CEO");
    case Authority::Manager: return ScoringText::tr("Contact is a manager");
    case Authority::Staff: return ScoringText::tr("Contact is staff");
    case Authority::Unknown: break;
    }
    return ScoringText::tr("Contact's authority unknown");
}

QString describeNeed(const QString& option)
{
    switch (needFromKey(option).value_or(Need::Unknown)) {
    case Need::Clear: return ScoringText::tr("Clear need");
    case Need::Vague: return ScoringText::tr("Vague need");
    case Need::None: return ScoringText::tr("No need");
    case Need::Unknown: break;
    }
    return ScoringText::tr("Need unknown");
}

QString describeBudget(const QString& option)
{
    if (option == QLatin1String("unknown"))
        return ScoringText::tr("Budget unknown");
    bool ok = false;
    const qint64 min = option.toLongLong(&ok);
    if (!ok)
        return ScoringText::tr("Budget below every tier");
    return ScoringText::tr("Budget ≥ %1 Rial").arg(text::formatGrouped(min, text::DigitScript::Latin));
}

QString describeEngagement(const ScoreItem& item)
{
    const int count = item.option.toInt();
    if (count <= 0)
        return ScoringText::tr("No interactions");
    const qint64 days = qint64(std::floor(item.ageDays));
    if (count == 1) {
        if (days < 1)
            return ScoringText::tr("1 interaction, today");
        if (days == 1)
            return ScoringText::tr("1 interaction, 1 day ago");
        return ScoringText::tr("1 interaction, %1 days ago").arg(days);
    }
    if (days < 1)
        return ScoringText::tr("%1 interactions, the latest today").arg(count);
    if (days == 1)
        return ScoringText::tr("%1 interactions, the latest 1 day ago").arg(count);
    return ScoringText::tr("%1 interactions, the latest %2 days ago").arg(count).arg(days);
}

QString describeCustom(const ScoreItem& item, const ScoringProfile& profile)
{
    const ChoiceCriterion* c = customCriterion(item.criterion, profile);
    const QString label = c ? c->label : item.criterion;
    if (item.option.isEmpty())
        return ScoringText::tr("%1: not set").arg(label);
    QString optionLabel = item.option;
    if (c) {
        for (const OptionPoints& o : c->options) {
            if (o.option == item.option && !o.label.isEmpty())
                optionLabel = o.label;
        }
    }
    return ScoringText::tr("%1: %2").arg(label, optionLabel);
}

QString describeUncapped(const ScoreItem& item, const ScoringProfile& profile)
{
    const QString& c = item.criterion;
    if (c == QLatin1String("budget"))
        return describeBudget(item.option);
    if (c == QLatin1String("timeline"))
        return describeTimeline(item.option);
    if (c == QLatin1String("authority"))
        return describeAuthority(item.option);
    if (c == QLatin1String("need"))
        return describeNeed(item.option);
    if (c == QLatin1String("industry")) {
        if (item.option.isEmpty())
            return ScoringText::tr("Industry unknown");
        return ScoringText::tr("Industry: %1").arg(industryName(item.option));
    }
    if (c == QLatin1String("engagement"))
        return describeEngagement(item);
    if (c == QLatin1String("override"))
        return ScoringText::tr("Manual override");
    return describeCustom(item, profile);
}

} // namespace

LeadFacts LeadFacts::of(const Lead& lead, QList<QDateTime> interactionTimes)
{
    LeadFacts facts;
    if (lead.budget)
        facts.budgetRial = lead.budget->rial();
    facts.timeline = lead.timeline;
    facts.authority = lead.authority;
    facts.industry = lead.industry;
    facts.need = lead.need;
    facts.custom = lead.custom;
    facts.interactionTimes = std::move(interactionTimes);
    facts.overrideScore = lead.overrideScore;
    facts.status = lead.status;
    return facts;
}

Score scoreLead(const LeadFacts& facts, const ScoringProfile& profile, const QDateTime& nowUtc)
{
    Score score;
    score.items.reserve(7 + profile.custom.size());
    score.items << budgetItem(facts.budgetRial, profile);
    score.items << choiceItem(profile.timeline, toKey(facts.timeline));
    score.items << choiceItem(profile.authority, toKey(facts.authority));
    score.items << choiceItem(profile.industry, facts.industry);
    score.items << choiceItem(profile.need, toKey(facts.need));
    for (const ChoiceCriterion& c : profile.custom)
        score.items << choiceItem(c, facts.custom.value(c.key));
    score.items << engagementItem(facts.interactionTimes, profile.engagement, nowUtc);

    for (const ScoreItem& item : std::as_const(score.items))
        score.computed += item.points;
    score.total = score.computed;
    if (facts.overrideScore) {
        ScoreItem item;
        item.criterion = QStringLiteral("override");
        item.points = item.uncapped = *facts.overrideScore - score.computed;
        score.items << item;
        score.total = *facts.overrideScore;
    }
    const bool closed = facts.status == LeadStatus::Converted || facts.status == LeadStatus::Lost;
    score.qualified = !closed && score.total >= profile.threshold;
    score.band = score.total >= profile.hotFrom ? Band::Hot : score.total >= profile.warmFrom ? Band::Warm : Band::Cold;
    return score;
}

QList<CriterionChange> diffBreakdowns(const QList<ScoreItem>& before, const QList<ScoreItem>& after)
{
    auto find = [](const QList<ScoreItem>& items, const QString& criterion) -> const ScoreItem* {
        for (const ScoreItem& item : items) {
            if (item.criterion == criterion)
                return &item;
        }
        return nullptr;
    };
    QList<CriterionChange> changes;
    for (const ScoreItem& item : after) {
        const ScoreItem* old = find(before, item.criterion);
        const int from = old ? old->points : 0;
        if (from != item.points)
            changes << CriterionChange { item.criterion, from, item.points };
    }
    for (const ScoreItem& old : before) {
        if (!find(after, old.criterion) && old.points != 0)
            changes << CriterionChange { old.criterion, old.points, 0 };
    }
    return changes;
}

QString describeItem(const ScoreItem& item, const ScoringProfile& profile)
{
    const QString reason = describeUncapped(item, profile);
    // A capped item's points are the cap it was scored under.
    if (item.criterion != QLatin1String("override") && item.uncapped > item.points)
        return ScoringText::tr("%1 (capped at %2)").arg(reason).arg(item.points);
    return reason;
}

QString criterionLabel(const QString& criterion, const ScoringProfile& profile)
{
    const QString builtin = builtinCriterionLabel(criterion);
    if (!builtin.isEmpty())
        return builtin;
    if (const ChoiceCriterion* c = customCriterion(criterion, profile))
        return c->label;
    return criterion;
}

} // namespace peyvand::leads
