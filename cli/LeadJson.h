#pragma once

#include "leads/Lead.h"
#include "leads/LeadQuery.h"
#include "leads/ScoringProfile.h"

#include <QJsonArray>
#include <QJsonObject>

namespace peyvand::cli {

// JSON of leads for "leads show/list/add --json". Keys are snake_case, enum
// values their stable keys, money integer Rial, dates as in JsonFields.h.
// The score: score, computed_score, qualified, band, breakdown [{criterion,
// label, option, points, uncapped, reason}] (reason from leads::describeItem
// under the profile, in the --lang language) and override (null or {score, reason}).
QJsonObject leadToJson(const leads::Lead& lead, const leads::ScoringProfile& profile);
QJsonArray breakdownToJson(const QList<leads::ScoreItem>& items, const leads::ScoringProfile& profile);
// {cause, old (null for the first score), new, changes [{criterion, from, to}], note, at}
QJsonObject scoreChangeToJson(const leads::ScoreChange& change);
QJsonObject leadRowToJson(const leads::LeadRow& row);
// As customers::toJson for notes and interactions, with "lead_id".
QJsonObject leadNoteToJson(const leads::LeadNote& note);
QJsonObject leadInteractionToJson(const leads::LeadInteraction& interaction);

} // namespace peyvand::cli
