#include "LeadScoring.h"

#include "LeadActivityRepository.h"
#include "LeadRepository.h"
#include "ScoringEngine.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"

namespace peyvand::leads {

Result<ScoringProfile> loadProfile(storage::Database& db)
{
    auto stored = storage::scalar(db.connection(), QStringLiteral("SELECT value FROM settings WHERE key = 'scoring_profile'"));
    if (!stored)
        return stored.error();
    if (!stored->isValid())
        return ScoringProfile::defaults();
    return profileFromJson(stored->toString().toUtf8());
}

Status LeadScoring::score(Lead& lead)
{
    QList<QDateTime> times;
    if (lead.id != 0) {
        auto loaded = LeadRepository(m_db).interactionTimes(lead.id);
        if (!loaded)
            return loaded.error();
        times = *loaded;
    }
    const Score s = scoreLead(LeadFacts::of(lead, times), m_profile, m_now);
    lead.score = s.total;
    lead.computedScore = s.computed;
    lead.band = s.band;
    lead.qualified = s.qualified;
    lead.breakdown = s.items;
    lead.scoredAt = m_now;
    if (s.qualified && !lead.qualifiedAt.isValid())
        lead.qualifiedAt = m_now;
    return {};
}

Status LeadScoring::record(const Lead& lead, const Lead* before, ScoreChangeCause cause, const QString& note)
{
    ScoreChange change;
    change.leadId = lead.id;
    change.at = m_now;
    change.cause = cause;
    if (before)
        change.oldScore = before->score;
    change.newScore = lead.score;
    change.changes = diffBreakdowns(before ? before->breakdown : QList<ScoreItem> {}, lead.breakdown);
    change.note = note;
    auto id = LeadActivityRepository(m_db).insertScoreChange(change);
    if (!id)
        return id.error();
    return {};
}

} // namespace peyvand::leads
