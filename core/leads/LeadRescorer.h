#pragma once

#include "Lead.h"
#include "ScoringProfile.h"
#include "common/Clock.h"
#include "common/Result.h"

#include <functional>

namespace peyvand::storage {
class Database;
}

namespace peyvand::leads {

struct RescoreSummary {
    int leads = 0;        // how many were scored
    int changed = 0;      // how many scores moved (each got a history row)
    int nowQualified = 0; // qualified after the run
};

// Rescores every lead under a profile in one transaction, streaming leads and
// their interaction times, writing the new score, band, qualification and
// breakdown and a ScoreChange (with the criteria that moved) for each lead whose
// score changed, and notes the day in settings ("leads_scored_on"). Meant for
// a worker thread with its own Database connection.
class LeadRescorer final {
public:
    // progress(done, total) is called now and then; returning false cancels,
    // which rolls everything back and gives ErrorCode::Cancelled.
    using Progress = std::function<bool(int done, int total)>;

    LeadRescorer(storage::Database& db, const Clock& clock = SystemClock::instance());

    Result<RescoreSummary> rescoreAll(const ScoringProfile& profile, ScoreChangeCause cause,
                                      const QString& note = {}, const Progress& progress = {});

    // True when leads exist and no full rescoring ran today (local date):
    // engagement points decay with time, so stored scores age by the day.
    Result<bool> isStale();

    // How many leads would qualify under `profile` (for the settings' live
    // preview); reads only, ignores engagement decay since the last scoring.
    Result<int> countQualifying(const ScoringProfile& profile);

private:
    storage::Database& m_db;
    const Clock& m_clock;
};

} // namespace peyvand::leads
