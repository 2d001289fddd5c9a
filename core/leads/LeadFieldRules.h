#pragma once

#include "Lead.h"
#include "ScoringProfile.h"
#include "common/Result.h"
#include "customers/CustomerValidator.h"

namespace peyvand::storage {
class Database;
}

namespace peyvand::leads {

// Brings a lead to its storage form and checks it: the contact fields through
// CustomerValidator (the customer-only fields are cleared first), then the
// lead's own fields ("status", "lost_reason", "owner", "best_time_to_call",
// "budget", "industry", "custom.<key>"). Issues of both go into one report;
// a database error is the only failure.
Result<customers::ValidationReport> cleanAndValidateLead(storage::Database& db, Lead& lead, const ScoringProfile& profile);


} // namespace peyvand::leads
