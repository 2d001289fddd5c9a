#pragma once

// Internal to core/reports: the dashboard's overdue receivables.

#include "common/Clock.h"
#include "common/Result.h"

namespace peyvand::storage {
class Database;
}

namespace peyvand::reports {

struct OverdueReceivables {
    qint64 total = 0;      // Rial already due and unpaid
    qint64 customers = 0;  // customers owing some of it
};

// The same figure as payments::Receivables::ageing() less its "not due"
// bucket, without loading every open invoice: invoices without an
// instalment plan are due in full from their issue date and are summed in
// SQL; only invoices with a plan are read one by one.
Result<OverdueReceivables> readOverdueReceivables(storage::Database& db, const Clock& clock);

} // namespace peyvand::reports
