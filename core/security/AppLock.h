#pragma once

#include "PasswordHash.h"
#include "common/Clock.h"
#include "common/Result.h"

#include <QString>

namespace peyvand::storage {
class Database;
}

namespace peyvand::security {

// What the app lock asks for, read from the lock_* rows of the settings table.
struct LockSettings {
    bool enabled = false;
    int idleMinutes = 10;       // 0: never lock for idleness
    bool exportsAllowed = true;
    bool printingAllowed = true;
};

// The optional app password (Argon2id, libsodium's crypto_pwhash_str) and the
// settings it guards. Only the hash is stored; every change leaves an audit row
// (entity "setting") that never holds a secret. The idle time and the export
// and printing switches can be changed only while a password is set and only
// with it; removing the password puts them back to their defaults.
class AppLock final {
public:
    static constexpr int kMinPasswordLength = 6;
    static constexpr int kDefaultIdleMinutes = 10;
    static constexpr int kMaxIdleMinutes = 24 * 60;

    explicit AppLock(storage::Database& db, const Clock& clock = SystemClock::instance(),
                     PasswordCost cost = PasswordCost::interactive());

    Result<LockSettings> settings();
    Result<bool> isEnabled();
    // True when the password matches; false when it does not or no password is set.
    Result<bool> verify(const QString& password);

    // Errors: "new_password" (too short), "password" (the current one is wrong),
    // Conflict when a password is already set (enable) or none is (the others).
    Status enable(const QString& newPassword);
    Status change(const QString& oldPassword, const QString& newPassword);
    Status disable(const QString& oldPassword);

    Status setIdleMinutes(int minutes, const QString& password);
    Status setExportsAllowed(bool allowed, const QString& password);
    Status setPrintingAllowed(bool allowed, const QString& password);

    // Conflict errors (with the messages below) when exports or printing are off.
    Status requireExportsAllowed();
    Status requirePrintingAllowed();

    // The translated reason shown when an export or print is refused.
    static QString exportsOffMessage();
    static QString printingOffMessage();

private:
    Result<QString> storedHash();
    Status checkPassword(const QString& password);
    Status checkNewPassword(const QString& newPassword);
    Status changeSetting(const QString& key, const QString& value, const QString& auditKey,
                         const QJsonValue& oldAudit, const QJsonValue& newAudit, const QString& password);

    storage::Database& m_db;
    const Clock& m_clock;
    PasswordCost m_cost;
};

} // namespace peyvand::security
