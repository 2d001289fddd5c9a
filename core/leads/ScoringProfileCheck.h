#pragma once

// Shared by ScoringProfile.cpp and ScoringProfileJson.cpp; not part of the API.

#include "ScoringProfile.h"

namespace peyvand::leads::detail {

// How fields are named in validation errors: after the struct
// ("timeline.options[2].points") or after the JSON file ("timeline.points.1m").
enum class FieldNames { Struct, Json };

Status validateProfile(const ScoringProfile& profile, FieldNames names);

// The option keys a built-in choice criterion accepts, in display order;
// empty for "industry" and custom criteria (any key).
QStringList builtinOptionKeys(const QString& criterion);

// Industries seeded by migration 0004, in their list order.
QStringList seededIndustryKeys();

} // namespace peyvand::leads::detail
