#include "AppLock.h"

#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace peyvand::security {

namespace {

struct AppLockText {
    Q_DECLARE_TR_FUNCTIONS(AppLock)
};

const QString kHashKey = QStringLiteral("lock_password_hash");
const QString kIdleKey = QStringLiteral("lock_idle_minutes");
const QString kExportsKey = QStringLiteral("lock_exports_allowed");
const QString kPrintingKey = QStringLiteral("lock_printing_allowed");
const QString kEntity = QStringLiteral("setting");
const QString kUpdate = QStringLiteral("update");

const QString kPasswordField = QStringLiteral("password");
const QString kNewPasswordField = QStringLiteral("new_password");
const QString kIdleField = QStringLiteral("idle_minutes");

QString boolText(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

Result<QVariant> readValue(storage::Database& db, const QString& key)
{
    return storage::scalar(db.connection(), QStringLiteral("SELECT value FROM settings WHERE key = ?"), { key });
}

bool readBool(const QVariant& value, bool fallback)
{
    if (!value.isValid())
        return fallback;
    const QString text = value.toString();
    if (text == QLatin1String("true"))
        return true;
    if (text == QLatin1String("false"))
        return false;
    return fallback;
}

Status writeValue(storage::Database& db, const QString& key, const QString& value)
{
    auto q = storage::run(db.connection(),
                          QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                         "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                          { key, value });
    if (!q)
        return q.error();
    return {};
}

Status removeLockRows(storage::Database& db)
{
    auto q = storage::run(db.connection(), QStringLiteral("DELETE FROM settings WHERE key IN (?, ?, ?, ?)"),
                          { kHashKey, kIdleKey, kExportsKey, kPrintingKey });
    if (!q)
        return q.error();
    return {};
}

Error noPasswordSet()
{
    return Error::make(ErrorCode::Conflict, AppLockText::tr("No app password is set."));
}

} // namespace

AppLock::AppLock(storage::Database& db, const Clock& clock, PasswordCost cost)
    : m_db(db), m_clock(clock), m_cost(cost)
{
}

QString AppLock::exportsOffMessage()
{
    return AppLockText::tr("Exports are turned off in Peyvand's settings.");
}

QString AppLock::printingOffMessage()
{
    return AppLockText::tr("Printing is turned off in Peyvand's settings.");
}

Status AppLock::requireExportsAllowed()
{
    auto s = settings();
    if (!s)
        return s.error();
    if (!s->exportsAllowed)
        return Error::make(ErrorCode::Conflict, exportsOffMessage());
    return {};
}

Status AppLock::requirePrintingAllowed()
{
    auto s = settings();
    if (!s)
        return s.error();
    if (!s->printingAllowed)
        return Error::make(ErrorCode::Conflict, printingOffMessage());
    return {};
}

Result<QString> AppLock::storedHash()
{
    auto value = readValue(m_db, kHashKey);
    if (!value)
        return value.error();
    return value->isValid() ? value->toString() : QString();
}

Result<LockSettings> AppLock::settings()
{
    LockSettings out;
    auto hash = storedHash();
    if (!hash)
        return hash.error();
    out.enabled = !hash->isEmpty();
    auto idle = readValue(m_db, kIdleKey);
    if (!idle)
        return idle.error();
    if (idle->isValid()) {
        bool ok = false;
        const int minutes = idle->toString().toInt(&ok);
        if (ok && minutes >= 0 && minutes <= kMaxIdleMinutes)
            out.idleMinutes = minutes;
    }
    auto exports = readValue(m_db, kExportsKey);
    if (!exports)
        return exports.error();
    out.exportsAllowed = readBool(*exports, true);
    auto printing = readValue(m_db, kPrintingKey);
    if (!printing)
        return printing.error();
    out.printingAllowed = readBool(*printing, true);
    return out;
}

Result<bool> AppLock::isEnabled()
{
    auto hash = storedHash();
    if (!hash)
        return hash.error();
    return !hash->isEmpty();
}

Result<bool> AppLock::verify(const QString& password)
{
    auto hash = storedHash();
    if (!hash)
        return hash.error();
    return !hash->isEmpty() && passwordMatches(*hash, password);
}

Status AppLock::checkPassword(const QString& password)
{
    auto hash = storedHash();
    if (!hash)
        return hash.error();
    if (hash->isEmpty())
        return noPasswordSet();
    if (!passwordMatches(*hash, password))
        return Error::invalid(kPasswordField, AppLockText::tr("The password is wrong."));
    return {};
}

Status AppLock::checkNewPassword(const QString& newPassword)
{
    if (normalizePassword(newPassword).size() < kMinPasswordLength)
        return Error::invalid(kNewPasswordField,
                              AppLockText::tr("The new password must be at least %1 characters long.").arg(kMinPasswordLength));
    return {};
}

Status AppLock::enable(const QString& newPassword)
{
    if (auto s = checkNewPassword(newPassword); !s)
        return s;
    auto hash = hashPassword(newPassword, m_cost);
    if (!hash)
        return hash.error();
    return m_db.write([&]() -> Status {
        auto current = storedHash();
        if (!current)
            return current.error();
        if (!current->isEmpty())
            return Error::make(ErrorCode::Conflict, AppLockText::tr("An app password is already set; change it instead."));
        if (auto s = writeValue(m_db, kHashKey, *hash); !s)
            return s;
        return storage::AuditLog(m_db).record(m_clock.nowUtc(), kEntity, 0, kUpdate, { { QStringLiteral("lock_enabled"), false } },
                                              { { QStringLiteral("lock_enabled"), true } });
    });
}

Status AppLock::change(const QString& oldPassword, const QString& newPassword)
{
    if (auto s = checkPassword(oldPassword); !s)
        return s;
    if (auto s = checkNewPassword(newPassword); !s)
        return s;
    auto hash = hashPassword(newPassword, m_cost);
    if (!hash)
        return hash.error();
    return m_db.write([&]() -> Status {
        if (auto s = writeValue(m_db, kHashKey, *hash); !s)
            return s;
        return storage::AuditLog(m_db).record(m_clock.nowUtc(), kEntity, 0, kUpdate,
                                              { { QStringLiteral("lock_password"), QStringLiteral("previous") } },
                                              { { QStringLiteral("lock_password"), QStringLiteral("changed") } });
    });
}

Status AppLock::disable(const QString& oldPassword)
{
    if (auto s = checkPassword(oldPassword); !s)
        return s;
    auto before = settings();
    if (!before)
        return before.error();
    const LockSettings defaults;
    return m_db.write([&]() -> Status {
        if (auto s = removeLockRows(m_db); !s)
            return s;
        return storage::AuditLog(m_db).record(m_clock.nowUtc(), kEntity, 0, kUpdate,
                                              { { QStringLiteral("lock_enabled"), true },
                                                { QStringLiteral("lock_idle_minutes"), before->idleMinutes },
                                                { QStringLiteral("lock_exports_allowed"), before->exportsAllowed },
                                                { QStringLiteral("lock_printing_allowed"), before->printingAllowed } },
                                              { { QStringLiteral("lock_enabled"), false },
                                                { QStringLiteral("lock_idle_minutes"), defaults.idleMinutes },
                                                { QStringLiteral("lock_exports_allowed"), defaults.exportsAllowed },
                                                { QStringLiteral("lock_printing_allowed"), defaults.printingAllowed } });
    });
}

Status AppLock::changeSetting(const QString& key, const QString& value, const QString& auditKey,
                              const QJsonValue& oldAudit, const QJsonValue& newAudit, const QString& password)
{
    if (auto s = checkPassword(password); !s)
        return s;
    return m_db.write([&]() -> Status {
        if (auto s = writeValue(m_db, key, value); !s)
            return s;
        return storage::AuditLog(m_db).record(m_clock.nowUtc(), kEntity, 0, kUpdate, { { auditKey, oldAudit } },
                                              { { auditKey, newAudit } });
    });
}

Status AppLock::setIdleMinutes(int minutes, const QString& password)
{
    if (minutes < 0 || minutes > kMaxIdleMinutes)
        return Error::invalid(kIdleField, AppLockText::tr("Idle minutes must be a whole number from 0 (never) to %1.")
                                              .arg(kMaxIdleMinutes));
    auto before = settings();
    if (!before)
        return before.error();
    return changeSetting(kIdleKey, QString::number(minutes), QStringLiteral("lock_idle_minutes"), before->idleMinutes,
                         minutes, password);
}

Status AppLock::setExportsAllowed(bool allowed, const QString& password)
{
    auto before = settings();
    if (!before)
        return before.error();
    return changeSetting(kExportsKey, boolText(allowed), QStringLiteral("lock_exports_allowed"), before->exportsAllowed,
                         allowed, password);
}

Status AppLock::setPrintingAllowed(bool allowed, const QString& password)
{
    auto before = settings();
    if (!before)
        return before.error();
    return changeSetting(kPrintingKey, boolText(allowed), QStringLiteral("lock_printing_allowed"),
                         before->printingAllowed, allowed, password);
}

} // namespace peyvand::security
