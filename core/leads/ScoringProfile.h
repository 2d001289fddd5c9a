#pragma once

#include "Lead.h"
#include "common/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace peyvand::leads {

struct OptionPoints {
    QString option;  // option key (timeline "1m", authority "owner", industry key, custom option key)
    int points = 0;
    QString label;   // custom criteria only (built-in options are shown translated)
    friend bool operator==(const OptionPoints&, const OptionPoints&) = default;
};

// A criterion with fixed options. Options not listed give 0 points.
struct ChoiceCriterion {
    QString key;     // "timeline", "authority", "need", "industry" or a custom key
    QString label;   // custom criteria only (built-ins are shown translated)
    int cap = 0;     // most points the criterion can give
    QList<OptionPoints> options;
    friend bool operator==(const ChoiceCriterion&, const ChoiceCriterion&) = default;
};

struct BudgetTier {
    qint64 minRial = 0;  // the tier applies from this budget upwards
    int points = 0;
    friend bool operator==(const BudgetTier&, const BudgetTier&) = default;
};

struct EngagementRule {
    int pointsPerInteraction = 0;
    int halfLifeDays = 30;  // an interaction this old counts half
    int cap = 0;
    friend bool operator==(const EngagementRule&, const EngagementRule&) = default;
};

// How leads are scored (domain.md §5), edited in Settings and stored in the
// settings table as JSON under "scoring_profile".
struct ScoringProfile {
    QString name;
    QList<BudgetTier> budgetTiers;  // the highest tier whose minimum the budget reaches applies
    int budgetCap = 0;
    int budgetUnknownPoints = 0;
    ChoiceCriterion timeline;
    ChoiceCriterion authority;
    ChoiceCriterion need;
    ChoiceCriterion industry;
    QList<ChoiceCriterion> custom;
    EngagementRule engagement;
    int threshold = 50;  // qualified at or above
    int hotFrom = 70;    // bands: hot >= hotFrom, warm >= warmFrom, else cold
    int warmFrom = 40;

    // The documented default profile (docs/scoring.md).
    static ScoringProfile defaults();
    friend bool operator==(const ScoringProfile&, const ScoringProfile&) = default;
};

// Checks ranges and consistency (points -100..100, caps 0..100, half-life
// 1..3650 days, warmFrom <= hotFrom, unique keys, known built-in options);
// the error names the field, e.g. "timeline.options[2].points".
Status validateProfile(const ScoringProfile& profile);

QByteArray profileToJson(const ScoringProfile& profile);
// Parses and validates; errors name the JSON path and say what is wrong.
Result<ScoringProfile> profileFromJson(const QByteArray& json);

} // namespace peyvand::leads
