#include "SalesTargets.h"

#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QRegularExpression>

namespace peyvand::reports {

namespace {

struct TargetText {
    Q_DECLARE_TR_FUNCTIONS(Reports)
};

const QString kTarget = QStringLiteral("sales_target");

// Audit rows need an integer id: YYYYMM for a month, YYYY9Q for a quarter.
qint64 auditId(const QString& period)
{
    const qint64 year = period.left(4).toLongLong();
    if (period.at(5) == QLatin1Char('Q'))
        return year * 100 + 90 + period.mid(6).toLongLong();
    return year * 100 + period.mid(5).toLongLong();
}

QJsonObject toJson(const QString& period, Money amount)
{
    return QJsonObject { { QStringLiteral("period"), period }, { QStringLiteral("amount"), amount.rial() } };
}

Status checkPeriod(const QString& period)
{
    if (SalesTargets::isValidPeriod(period))
        return {};
    return Error::invalid(QStringLiteral("period"),
                          TargetText::tr("The target's period must be a Jalali month like 1404-07 or a quarter like 1404-Q3."));
}

} // namespace

SalesTargets::SalesTargets(storage::Database& db, const Clock& clock) : m_db(db), m_clock(clock) { }

bool SalesTargets::isValidPeriod(const QString& period)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9]{4}-(0[1-9]|1[0-2]|Q[1-4])$"));
    return pattern.match(period).hasMatch() && period.left(4).toInt() >= 1;
}

Result<QList<SalesTarget>> SalesTargets::list(int jalaliYear)
{
    const QString prefix = QStringLiteral("%1-").arg(jalaliYear, 4, 10, QLatin1Char('0'));
    auto q = storage::run(m_db.connection(),
                          QStringLiteral("SELECT period, amount FROM sales_targets WHERE period >= ? AND period < ? ORDER BY period"),
                          { prefix, prefix + QStringLiteral("\x7f") });
    if (!q)
        return q.error();
    QList<SalesTarget> targets;
    while (q->next())
        targets << SalesTarget { q->value(0).toString(), Money::fromRial(q->value(1).toLongLong()) };
    return targets;
}

Result<std::optional<Money>> SalesTargets::get(const QString& period)
{
    if (auto s = checkPeriod(period); !s)
        return s.error();
    auto q = storage::run(m_db.connection(), QStringLiteral("SELECT amount FROM sales_targets WHERE period = ?"), { period });
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<Money>();
    return std::optional<Money>(Money::fromRial(q->value(0).toLongLong()));
}

Status SalesTargets::set(const QString& period, Money amount)
{
    if (auto s = checkPeriod(period); !s)
        return s;
    if (amount.isNegative())
        return Error::invalid(QStringLiteral("amount"), TargetText::tr("The target amount cannot be negative."));
    const QDateTime now = m_clock.nowUtc();
    return m_db.write([&]() -> Status {
        auto before = get(period);
        if (!before)
            return before.error();
        auto q = storage::run(m_db.connection(),
                              QStringLiteral("INSERT INTO sales_targets (period, amount, updated_at) VALUES (?, ?, ?) "
                                             "ON CONFLICT (period) DO UPDATE SET amount = excluded.amount, updated_at = excluded.updated_at"),
                              { period, amount.rial(), storage::isoTimestamp(now) });
        if (!q)
            return q.error();
        return storage::AuditLog(m_db).record(now, kTarget, auditId(period),
                                              *before ? QStringLiteral("update") : QStringLiteral("create"),
                                              *before ? toJson(period, **before) : QJsonObject(), toJson(period, amount));
    });
}

Status SalesTargets::remove(const QString& period)
{
    if (auto s = checkPeriod(period); !s)
        return s;
    const QDateTime now = m_clock.nowUtc();
    return m_db.write([&]() -> Status {
        auto before = get(period);
        if (!before)
            return before.error();
        if (!*before)
            return Error::make(ErrorCode::NotFound, TargetText::tr("There is no sales target for %1.").arg(period));
        auto q = storage::run(m_db.connection(), QStringLiteral("DELETE FROM sales_targets WHERE period = ?"), { period });
        if (!q)
            return q.error();
        return storage::AuditLog(m_db).record(now, kTarget, auditId(period), QStringLiteral("delete"), toJson(period, **before), {});
    });
}

} // namespace peyvand::reports
