#pragma once

#include "Lead.h"
#include "ScoringProfile.h"
#include "common/Result.h"

#include <optional>

namespace peyvand::storage {
class Database;
}

namespace peyvand::leads {

// The profile in use: the settings row 'scoring_profile', else the default.
Result<ScoringProfile> loadProfile(storage::Database& db);

// Scores single leads for LeadService, inside its write transaction.
class LeadScoring final {
public:
    LeadScoring(storage::Database& db, const ScoringProfile& profile, const QDateTime& nowUtc)
        : m_db(db), m_profile(profile), m_now(nowUtc) { }

    // Sets the lead's score, computed score, band, qualification, breakdown
    // and scoredAt from a fresh score of its fields, override, status and
    // interactions (none while it has no id); qualifiedAt the first time.
    Status score(Lead& lead);

    // Appends a history row saying how the lead's score came from `before`
    // (nullptr: the first score).
    Status record(const Lead& lead, const Lead* before, ScoreChangeCause cause, const QString& note = {});

private:
    storage::Database& m_db;
    const ScoringProfile& m_profile;
    QDateTime m_now;
};

} // namespace peyvand::leads
