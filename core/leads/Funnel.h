#pragma once

#include "Lead.h"
#include "common/Result.h"

#include <QDate>
#include <QList>

namespace peyvand::storage {
class Database;
}

namespace peyvand::leads {

// Leads created in a period (a cohort), how many of them ever qualified and
// how many became customers.
struct FunnelRow {
    int jalaliYear = 0;   // the period (Jalali month); 0 in per-source rows
    int jalaliMonth = 0;
    std::optional<LeadSource> source; // per-source rows only
    int leads = 0;
    int qualified = 0;
    int converted = 0;
    // Per mille (0..1000) so that they stay integers; 0 when there are no leads.
    int qualifiedRate() const { return leads ? qualified * 1000 / leads : 0; }
    int convertedRate() const { return leads ? converted * 1000 / leads : 0; }
};

struct Funnel {
    QList<FunnelRow> byMonth;  // every Jalali month in the range, oldest first, empty months included
    QList<FunnelRow> bySource; // sources with leads in the range, most leads first
    FunnelRow total;
};

// Leads created between from and to (local dates, inclusive).
class FunnelQuery final {
public:
    explicit FunnelQuery(storage::Database& db);
    Result<Funnel> compute(QDate from, QDate to);

private:
    storage::Database& m_db;
};

} // namespace peyvand::leads
