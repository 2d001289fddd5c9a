#pragma once

#include "LeadQuery.h"

#include <QVariantList>

namespace peyvand::leads {

// The statement LeadQuery::page runs (without LIMIT/OFFSET) and its bound
// values; exposed so tests can check its query plan.
QString leadPageSql(const LeadFilter& filter, LeadSort sort, QVariantList& values, bool reversed = false);

} // namespace peyvand::leads
