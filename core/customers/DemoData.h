#pragma once

#include "common/Clock.h"
#include "common/Result.h"

#include <QtGlobal>

#include <functional>

namespace peyvand::storage {
class Database;
}

namespace peyvand::customers {

// Realistic synthetic Persian customers (names, companies, mobiles, cities,
// tags, some with Arabic letter variants and Persian digits, as real
// spreadsheets have them), with notes and interactions. Used for "create demo
// data" on first start and by the benchmark. Deterministic for a seed.
struct DemoDataOptions {
    qint64 customers = 200;
    quint32 seed = 1403;
    bool withNotesAndInteractions = true;
    // Called now and then with the number of customers written; return false to cancel
    // (the whole generation is rolled back).
    std::function<bool(qint64 done)> progress;
    // "Now" for customer-since dates, interaction dates and the audit trail.
    const Clock* clock = &SystemClock::instance();
};

Result<qint64> generateDemoCustomers(storage::Database& db, const DemoDataOptions& options);

} // namespace peyvand::customers
