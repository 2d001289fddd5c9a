// The tax-rate half of CompanyProfileService: the dated table in tax_rates.
#include "CompanyProfileService.h"

#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"
#include "text/Jalali.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <algorithm>
#include <optional>

namespace peyvand::sales {

namespace {

struct TaxRateText {
    Q_DECLARE_TR_FUNCTIONS(Sales)
};

const QString kTaxRate = QStringLiteral("tax_rate");

// Audit rows need an integer id: the start date as YYYYMMDD.
qint64 auditId(QDate validFrom)
{
    return qint64(validFrom.year()) * 10000 + validFrom.month() * 100 + validFrom.day();
}

QJsonObject toJson(const TaxRatePeriod& period)
{
    return QJsonObject {
        { QStringLiteral("valid_from"), storage::isoDate(period.validFrom) },
        { QStringLiteral("valid_from_jalali"), text::jalali::formatNumeric(period.validFrom, text::DigitScript::Latin) },
        { QStringLiteral("vat_bp"), period.rates.vat.value },
        { QStringLiteral("duty_bp"), period.rates.duty.value },
    };
}

} // namespace

Result<TaxRateTable> CompanyProfileService::taxRates()
{
    auto q = storage::run(m_db.connection(), QStringLiteral("SELECT valid_from, vat_bp, duty_bp FROM tax_rates ORDER BY valid_from"));
    if (!q)
        return q.error();
    TaxRateTable table;
    while (q->next()) {
        const TaxRatePeriod period { storage::dateFromIso(q->value(0)),
                                     { BasisPoints { q->value(1).toInt() }, BasisPoints { q->value(2).toInt() } } };
        if (auto s = table.set(period); !s) {
            return Error::make(ErrorCode::Corrupt, TaxRateText::tr("The stored tax rates are damaged."),
                               QStringLiteral("tax_rates row %1").arg(q->value(0).toString()));
        }
    }
    return table;
}

Status CompanyProfileService::setTaxRate(const TaxRatePeriod& period)
{
    TaxRateTable check; // the same rules as the in-memory table
    if (auto s = check.set(period); !s)
        return s;
    const QDateTime now = m_clock.nowUtc();
    return m_db.write([&]() -> Status {
        auto old = storage::run(m_db.connection(), QStringLiteral("SELECT vat_bp, duty_bp FROM tax_rates WHERE valid_from = ?"),
                                { storage::isoDate(period.validFrom) });
        if (!old)
            return old.error();
        std::optional<TaxRatePeriod> before;
        if (old->next())
            before = TaxRatePeriod { period.validFrom, { BasisPoints { old->value(0).toInt() }, BasisPoints { old->value(1).toInt() } } };
        auto q = storage::run(m_db.connection(),
                              QStringLiteral("INSERT INTO tax_rates (valid_from, vat_bp, duty_bp) VALUES (?, ?, ?) "
                                             "ON CONFLICT (valid_from) DO UPDATE SET vat_bp = excluded.vat_bp, duty_bp = excluded.duty_bp"),
                              { storage::isoDate(period.validFrom), period.rates.vat.value, period.rates.duty.value });
        if (!q)
            return q.error();
        return storage::AuditLog(m_db).record(now, kTaxRate, auditId(period.validFrom),
                                              before ? QStringLiteral("update") : QStringLiteral("create"),
                                              before ? toJson(*before) : QJsonObject(), toJson(period));
    });
}

Status CompanyProfileService::removeTaxRate(QDate validFrom)
{
    const QDateTime now = m_clock.nowUtc();
    return m_db.write([&]() -> Status {
        auto table = taxRates();
        if (!table)
            return table.error();
        const auto& periods = table->periods();
        const auto found = std::find_if(periods.begin(), periods.end(), [&](const TaxRatePeriod& p) { return p.validFrom == validFrom; });
        if (found == periods.end()) {
            return Error::make(ErrorCode::NotFound, TaxRateText::tr("There is no tax rate starting on %1.")
                                                        .arg(text::jalali::formatNumeric(validFrom, text::DigitScript::Latin)));
        }
        if (periods.size() == 1) {
            return Error::make(ErrorCode::Conflict,
                               TaxRateText::tr("The last tax rate cannot be removed; documents need at least one. Change its rates instead."));
        }
        const TaxRatePeriod removed = *found;
        auto q = storage::run(m_db.connection(), QStringLiteral("DELETE FROM tax_rates WHERE valid_from = ?"), { storage::isoDate(validFrom) });
        if (!q)
            return q.error();
        return storage::AuditLog(m_db).record(now, kTaxRate, auditId(validFrom), QStringLiteral("delete"), toJson(removed), {});
    });
}

Result<TaxRates> CompanyProfileService::ratesOn(QDate date)
{
    auto table = taxRates();
    if (!table)
        return table.error();
    return table->ratesOn(date);
}

} // namespace peyvand::sales
