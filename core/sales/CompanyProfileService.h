#pragma once

#include "CompanyProfile.h"
#include "TaxRateTable.h"
#include "common/Clock.h"
#include "common/Result.h"

namespace peyvand::storage {
class Database;
}

namespace peyvand::sales {

// The company profile and the tax-rate table (both edited in Settings).
// Writes validate (economic code, national/legal ID, postal code, number
// patterns, images that decode and are ≤ kMaxImageBytes), normalise text and
// leave an audit row (entity "company_profile" / "tax_rate").
class CompanyProfileService final {
public:
    static constexpr qint64 kMaxImageBytes = 2 * 1024 * 1024;

    CompanyProfileService(storage::Database& db, const Clock& clock = SystemClock::instance());

    Result<CompanyProfile> load();
    // Saves every field including the images (a null image removes it).
    Result<CompanyProfile> save(CompanyProfile profile);

    Result<TaxRateTable> taxRates();
    Status setTaxRate(const TaxRatePeriod& period);   // adds or replaces the period starting that day
    Status removeTaxRate(QDate validFrom);            // refused for the last remaining period
    // The rates in force on `date` (NotFound with a message that says to add one in Settings).
    Result<TaxRates> ratesOn(QDate date);

private:
    storage::Database& m_db;
    const Clock& m_clock;
};

} // namespace peyvand::sales
