#pragma once

#include "DocumentTotals.h"
#include "common/Result.h"

#include <QDate>
#include <QList>

namespace peyvand::sales {

// VAT and municipal duty are data, dated: the rates in force on a document's
// issue date apply. The user can extend the table.
struct TaxRatePeriod {
    QDate validFrom;
    TaxRates rates;
};

class TaxRateTable final {
public:
    // domain.md §2: 9 % (6 + 3) in 1402, 10 % (7 + 3) from 1403/01/01.
    static TaxRateTable defaults();

    // Adds or replaces the period starting on validFrom.
    Status set(const TaxRatePeriod& period);
    const QList<TaxRatePeriod>& periods() const { return m_periods; } // ordered by date
    // The rates in force on `date`; NotFound before the first period.
    Result<TaxRates> ratesOn(QDate date) const;

private:
    QList<TaxRatePeriod> m_periods;
};

} // namespace peyvand::sales
