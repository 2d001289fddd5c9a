#pragma once

#include "Lead.h"
#include "ScoringProfile.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>

namespace peyvand::leads {

// What the score of one lead depends on.
struct LeadFacts {
    std::optional<qint64> budgetRial;
    Timeline timeline = Timeline::Unknown;
    Authority authority = Authority::Unknown;
    QString industry;
    Need need = Need::Unknown;
    QMap<QString, QString> custom;
    QList<QDateTime> interactionTimes; // UTC, any order
    std::optional<int> overrideScore;
    LeadStatus status = LeadStatus::New;

    static LeadFacts of(const Lead& lead, QList<QDateTime> interactionTimes);
};

struct Score {
    int total = 0;        // effective score: sum of items' points
    int computed = 0;     // without the override
    QList<ScoreItem> items; // one per criterion of the profile (in profile order), then "override" when set
    bool qualified = false; // total >= threshold and status neither Converted nor Lost
    Band band = Band::Cold;
};

// Pure function: the score of a lead under a profile at a moment. The items
// always sum to total; an override adds an "override" item of the difference.
// Engagement: sum over interactions of pointsPerInteraction * 0.5^(age/halfLife)
// (future interactions count as age 0), rounded half up, then capped.
Score scoreLead(const LeadFacts& facts, const ScoringProfile& profile, const QDateTime& nowUtc);

// Which criteria's points moved from one breakdown to the next.
QList<CriterionChange> diffBreakdowns(const QList<ScoreItem>& before, const QList<ScoreItem>& after);

// Translated reason for an item, e.g. "Budget ≥ 500,000,000 Rial", "Timeline: within 1 month",
// "3 interactions, the latest 2 days ago", "(capped at 20)" appended when capped.
QString describeItem(const ScoreItem& item, const ScoringProfile& profile);
// Translated label of a criterion key under a profile ("Budget", or a custom criterion's label).
QString criterionLabel(const QString& criterion, const ScoringProfile& profile);

// Stored forms (leads.breakdown, lead_score_history.changes), compact JSON
// with an array per item: [["budget","500000000",25], ...] as [criterion,
// option ("" when nothing matched), points, uncapped, age in days], uncapped
// only when it differs from points or an age follows, the age only when not 0;
// and [["budget",15,25], ...] as [criterion, from, to]. Reading is lenient:
// items as objects ({"criterion":…,"option":…,"points":…,"uncapped":…,
// "age_days":…}, {"criterion":…,"from":…,"to":…}) are read too, and text that
// is not such an array gives an empty list.
QByteArray breakdownToJson(const QList<ScoreItem>& items);
QList<ScoreItem> breakdownFromJson(const QByteArray& json);
QByteArray changesToJson(const QList<CriterionChange>& changes);
QList<CriterionChange> changesFromJson(const QByteArray& json);

} // namespace peyvand::leads
