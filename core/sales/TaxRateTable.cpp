#include "TaxRateTable.h"

#include "text/Jalali.h"

#include <QCoreApplication>

#include <algorithm>

namespace peyvand::sales {

namespace {

struct SalesText {
    Q_DECLARE_TR_FUNCTIONS(Sales)
};

} // namespace

TaxRateTable TaxRateTable::defaults()
{
    TaxRateTable table;
    (void)table.set({ text::jalali::toGregorian({ 1402, 1, 1 }), { BasisPoints { 600 }, BasisPoints { 300 } } });
    (void)table.set({ text::jalali::toGregorian({ 1403, 1, 1 }), { BasisPoints { 700 }, BasisPoints { 300 } } });
    return table;
}

Status TaxRateTable::set(const TaxRatePeriod& period)
{
    if (!period.validFrom.isValid())
        return Error::invalid(QStringLiteral("valid_from"), SalesText::tr("The start date of the rate is missing."));
    for (const BasisPoints rate : { period.rates.vat, period.rates.duty }) {
        if (rate.value < 0 || rate.value > 10000)
            return Error::invalid(QStringLiteral("rate"), SalesText::tr("A tax rate must be between 0 and 100 percent."));
    }
    const auto same = std::find_if(m_periods.begin(), m_periods.end(),
                                   [&](const TaxRatePeriod& p) { return p.validFrom == period.validFrom; });
    if (same != m_periods.end())
        *same = period;
    else
        m_periods << period;
    std::sort(m_periods.begin(), m_periods.end(),
              [](const TaxRatePeriod& a, const TaxRatePeriod& b) { return a.validFrom < b.validFrom; });
    return {};
}

Result<TaxRates> TaxRateTable::ratesOn(QDate date) const
{
    const TaxRatePeriod* found = nullptr;
    for (const TaxRatePeriod& p : m_periods) {
        if (p.validFrom <= date)
            found = &p;
    }
    if (!found) {
        return Error::make(ErrorCode::NotFound,
                           SalesText::tr("No tax rate is set for %1; add one in Settings.")
                               .arg(text::jalali::formatNumeric(date, text::DigitScript::Latin)));
    }
    return found->rates;
}

} // namespace peyvand::sales
