#pragma once

// Internal to core/exchange: the "update" duplicate policy.

#include "customers/Customer.h"

namespace peyvand::exchange {

// Copies the incoming customer's values into the existing one: into empty
// fields only, or into every field the incoming row has a value for when
// `overwrite`. Lists (phones, tags) count as one field each. The kind and
// the name change only with overwrite. Returns whether anything changed.
bool mergeInto(customers::Customer& existing, const customers::Customer& incoming, bool overwrite);

} // namespace peyvand::exchange
