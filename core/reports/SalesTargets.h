#pragma once

#include "common/Clock.h"
#include "common/Money.h"
#include "common/Result.h"

#include <QList>
#include <QString>

#include <optional>

namespace peyvand::storage {
class Database;
}

namespace peyvand::reports {

// What the owner means to sell in a Jalali month or quarter, before tax.
struct SalesTarget {
    QString period; // bucketKey of a month ("1404-07") or a quarter ("1404-Q3")
    Money amount;
    bool operator==(const SalesTarget&) const = default;
};

// The sales targets the trend report compares sales with (table sales_targets).
class SalesTargets final {
public:
    explicit SalesTargets(storage::Database& db, const Clock& clock = SystemClock::instance());

    // The year's month and quarter targets, ordered by key (months then quarters).
    Result<QList<SalesTarget>> list(int jalaliYear);
    Result<std::optional<Money>> get(const QString& period);
    // Adds or replaces; errors name "period" or "amount".
    Status set(const QString& period, Money amount);
    // NotFound when the period has no target.
    Status remove(const QString& period);

    // True for "1404-07" (months 01–12) and "1404-Q3" (quarters 1–4).
    static bool isValidPeriod(const QString& period);

private:
    storage::Database& m_db;
    const Clock& m_clock;
};

} // namespace peyvand::reports
