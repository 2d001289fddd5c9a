#pragma once

#include "TestSupport.h"

#include "leads/ScoringEngine.h"

#include <QDateTime>

namespace peyvand::test {

inline QDateTime scoringNow() { return QDateTime(QDate(2024, 3, 20), QTime(12, 0), Qt::UTC); }

inline QDateTime daysBefore(double days)
{
    return scoringNow().addMSecs(-qint64(days * 86'400'000.0));
}

// A profile where only the budget scores: any budget >= 1 Rial gives `points`
// (up to 100), so a score can be set exactly for threshold and band edges.
inline leads::ScoringProfile budgetOnlyProfile(int points)
{
    leads::ScoringProfile p = leads::ScoringProfile::defaults();
    p.budgetTiers = { { 1, points } };
    p.budgetCap = 100;
    for (leads::ChoiceCriterion* c : { &p.timeline, &p.authority, &p.need, &p.industry }) {
        for (leads::OptionPoints& o : c->options)
            o.points = 0;
    }
    p.engagement.pointsPerInteraction = 0;
    return p;
}

inline int sumOf(const QList<leads::ScoreItem>& items)
{
    int sum = 0;
    for (const leads::ScoreItem& item : items)
        sum += item.points;
    return sum;
}

inline const leads::ScoreItem* itemOf(const leads::Score& score, const QString& criterion)
{
    for (const leads::ScoreItem& item : score.items) {
        if (item.criterion == criterion)
            return &item;
    }
    return nullptr;
}

} // namespace peyvand::test
