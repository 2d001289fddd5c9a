// AppLock on in-memory SQLite: enable, verify, change, disable, the settings
// behind the password and their audit rows.
#include "TestSupport.h"

#include "security/AppLock.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"

#include <QTimeZone>

using namespace peyvand;
using namespace peyvand::security;
using test::u8;

namespace {

const QString kPassword = QStringLiteral("open sesame");

struct LockFixture {
    std::unique_ptr<storage::Database> db;
    FixedClock clock { QDateTime(QDate(2024, 3, 20), QTime(9, 0), QTimeZone::utc()) };
    std::unique_ptr<AppLock> lock;

    LockFixture()
    {
        auto opened = storage::Database::openInMemory();
        REQUIRE(opened);
        db = std::move(*opened);
        lock = std::make_unique<AppLock>(*db, clock, PasswordCost::minimum());
    }

    QVariant setting(const QString& key)
    {
        auto v = storage::scalar(db->connection(), QStringLiteral("SELECT value FROM settings WHERE key = ?"), { key });
        REQUIRE(v);
        return *v;
    }

    QList<storage::AuditEntry> audit()
    {
        auto h = storage::AuditLog(*db).history(QStringLiteral("setting"), 0);
        REQUIRE(h);
        return *h;
    }

    // Every value stored or audited, as one text: to check no secret leaked.
    QString everything()
    {
        QString all;
        auto q = storage::run(db->connection(), QStringLiteral("SELECT key || '=' || value FROM settings"));
        REQUIRE(q);
        while (q->next())
            all += q->value(0).toString() + u'\n';
        auto a = storage::run(db->connection(),
                              QStringLiteral("SELECT coalesce(old_values, '') || coalesce(new_values, '') FROM audit_log"));
        REQUIRE(a);
        while (a->next())
            all += a->value(0).toString() + u'\n';
        return all;
    }
};

LockSettings settingsOf(AppLock& lock)
{
    auto s = lock.settings();
    REQUIRE(s);
    return *s;
}

} // namespace

TEST_CASE("a new database has no lock and allows exports and printing", "[security]")
{
    LockFixture f;
    const LockSettings s = settingsOf(*f.lock);
    CHECK_FALSE(s.enabled);
    CHECK(s.idleMinutes == 10);
    CHECK(s.exportsAllowed);
    CHECK(s.printingAllowed);
    auto verified = f.lock->verify(kPassword);
    REQUIRE(verified);
    CHECK_FALSE(*verified);
}

TEST_CASE("enable stores an Argon2id hash, never the password, and verifies", "[security]")
{
    LockFixture f;
    REQUIRE(f.lock->enable(kPassword));
    auto enabled = f.lock->isEnabled();
    REQUIRE(enabled);
    CHECK(*enabled);
    CHECK(f.setting(QStringLiteral("lock_password_hash")).toString().startsWith(QStringLiteral("$argon2id$")));
    CHECK_FALSE(f.everything().contains(kPassword));
    CHECK_FALSE(f.everything().contains(QStringLiteral("sesame")));

    auto right = f.lock->verify(kPassword);
    REQUIRE(right);
    CHECK(*right);
    auto wrong = f.lock->verify(QStringLiteral("open sesamE"));
    REQUIRE(wrong);
    CHECK_FALSE(*wrong);

    const auto audit = f.audit();
    REQUIRE(audit.size() == 1);
    CHECK(audit[0].action == QStringLiteral("update"));
    CHECK(audit[0].oldValues.value(QStringLiteral("lock_enabled")).toBool() == false);
    CHECK(audit[0].newValues.value(QStringLiteral("lock_enabled")).toBool() == true);
    CHECK(audit[0].at == f.clock.nowUtc());
}

TEST_CASE("a too short password is refused naming the field", "[security]")
{
    LockFixture f;
    auto s = f.lock->enable(QStringLiteral("12345"));
    REQUIRE_FALSE(s);
    CHECK(s.error().code == ErrorCode::InvalidInput);
    CHECK(s.error().field == QStringLiteral("new_password"));
    CHECK(s.error().message.contains(QStringLiteral("6")));
    // Spaces at the ends do not count.
    CHECK_FALSE(f.lock->enable(QStringLiteral("  12345  ")));
    CHECK_FALSE(*f.lock->isEnabled());
    CHECK(f.audit().isEmpty());
}

TEST_CASE("enable twice is a conflict", "[security]")
{
    LockFixture f;
    REQUIRE(f.lock->enable(kPassword));
    auto again = f.lock->enable(QStringLiteral("another one"));
    REQUIRE_FALSE(again);
    CHECK(again.error().code == ErrorCode::Conflict);
    CHECK(*f.lock->verify(kPassword));
}

TEST_CASE("change needs the old password", "[security]")
{
    LockFixture f;
    REQUIRE(f.lock->enable(kPassword));
    const QString hashBefore = f.setting(QStringLiteral("lock_password_hash")).toString();

    auto wrong = f.lock->change(QStringLiteral("not it at all"), QStringLiteral("new secret"));
    REQUIRE_FALSE(wrong);
    CHECK(wrong.error().code == ErrorCode::InvalidInput);
    CHECK(wrong.error().field == QStringLiteral("password"));
    CHECK(f.setting(QStringLiteral("lock_password_hash")).toString() == hashBefore);

    auto shortNew = f.lock->change(kPassword, QStringLiteral("abc"));
    REQUIRE_FALSE(shortNew);
    CHECK(shortNew.error().field == QStringLiteral("new_password"));

    REQUIRE(f.lock->change(kPassword, QStringLiteral("new secret")));
    CHECK_FALSE(*f.lock->verify(kPassword));
    CHECK(*f.lock->verify(QStringLiteral("new secret")));
    const auto audit = f.audit();
    REQUIRE(audit.size() == 2);
    CHECK(audit[1].newValues.value(QStringLiteral("lock_password")).toString() == QStringLiteral("changed"));
    CHECK_FALSE(f.everything().contains(QStringLiteral("new secret")));
}

TEST_CASE("disable needs the old password and puts the settings back to defaults", "[security]")
{
    LockFixture f;
    REQUIRE(f.lock->enable(kPassword));
    REQUIRE(f.lock->setExportsAllowed(false, kPassword));
    REQUIRE(f.lock->setIdleMinutes(3, kPassword));

    auto wrong = f.lock->disable(QStringLiteral("wrong password"));
    REQUIRE_FALSE(wrong);
    CHECK(wrong.error().field == QStringLiteral("password"));
    CHECK(settingsOf(*f.lock).enabled);

    REQUIRE(f.lock->disable(kPassword));
    const LockSettings s = settingsOf(*f.lock);
    CHECK_FALSE(s.enabled);
    CHECK(s.exportsAllowed);
    CHECK(s.idleMinutes == 10);
    CHECK_FALSE(f.setting(QStringLiteral("lock_password_hash")).isValid());
    const auto audit = f.audit();
    REQUIRE(audit.size() == 4);
    CHECK(audit[3].oldValues.value(QStringLiteral("lock_enabled")).toBool() == true);
    CHECK(audit[3].newValues.value(QStringLiteral("lock_enabled")).toBool() == false);
    CHECK(audit[3].newValues.value(QStringLiteral("lock_exports_allowed")).toBool() == true);
    CHECK(audit[3].oldValues.value(QStringLiteral("lock_idle_minutes")).toInt() == 3);

    // With no password, disable and change are conflicts, not wrong passwords.
    auto again = f.lock->disable(kPassword);
    REQUIRE_FALSE(again);
    CHECK(again.error().code == ErrorCode::Conflict);
    CHECK(f.lock->enable(QStringLiteral("a fresh one")));
}

TEST_CASE("exports, printing and idle minutes change only with the password", "[security]")
{
    LockFixture f;
    SECTION("not without a password set")
    {
        auto s = f.lock->setExportsAllowed(false, kPassword);
        REQUIRE_FALSE(s);
        CHECK(s.error().code == ErrorCode::Conflict);
        CHECK(settingsOf(*f.lock).exportsAllowed);
        CHECK_FALSE(f.lock->setPrintingAllowed(false, QString()));
        CHECK_FALSE(f.lock->setIdleMinutes(5, QString()));
    }
    SECTION("not with a wrong password")
    {
        REQUIRE(f.lock->enable(kPassword));
        auto exports = f.lock->setExportsAllowed(false, QStringLiteral("guessing"));
        REQUIRE_FALSE(exports);
        CHECK(exports.error().field == QStringLiteral("password"));
        auto printing = f.lock->setPrintingAllowed(false, QString());
        REQUIRE_FALSE(printing);
        CHECK(printing.error().field == QStringLiteral("password"));
        auto idle = f.lock->setIdleMinutes(1, QStringLiteral("guessing"));
        REQUIRE_FALSE(idle);
        CHECK(idle.error().field == QStringLiteral("password"));
        const LockSettings s = settingsOf(*f.lock);
        CHECK(s.exportsAllowed);
        CHECK(s.printingAllowed);
        CHECK(s.idleMinutes == 10);
        CHECK(f.audit().size() == 1);
    }
    SECTION("with the right one, each change audited")
    {
        REQUIRE(f.lock->enable(kPassword));
        REQUIRE(f.lock->setExportsAllowed(false, kPassword));
        REQUIRE(f.lock->setPrintingAllowed(false, kPassword));
        REQUIRE(f.lock->setIdleMinutes(0, kPassword));
        LockSettings s = settingsOf(*f.lock);
        CHECK_FALSE(s.exportsAllowed);
        CHECK_FALSE(s.printingAllowed);
        CHECK(s.idleMinutes == 0);
        auto audit = f.audit();
        REQUIRE(audit.size() == 4);
        CHECK(audit[1].oldValues.value(QStringLiteral("lock_exports_allowed")).toBool() == true);
        CHECK(audit[1].newValues.value(QStringLiteral("lock_exports_allowed")).toBool() == false);
        CHECK(audit[2].newValues.value(QStringLiteral("lock_printing_allowed")).toBool() == false);
        CHECK(audit[3].oldValues.value(QStringLiteral("lock_idle_minutes")).toInt() == 10);
        CHECK(audit[3].newValues.value(QStringLiteral("lock_idle_minutes")).toInt() == 0);

        REQUIRE(f.lock->setExportsAllowed(true, kPassword));
        CHECK(settingsOf(*f.lock).exportsAllowed);
        // Setting the same value again records nothing.
        REQUIRE(f.lock->setExportsAllowed(true, kPassword));
        CHECK(f.audit().size() == 5);
    }
}

TEST_CASE("idle minutes out of range name the field", "[security]")
{
    LockFixture f;
    REQUIRE(f.lock->enable(kPassword));
    auto negative = f.lock->setIdleMinutes(-1, kPassword);
    REQUIRE_FALSE(negative);
    CHECK(negative.error().field == QStringLiteral("idle_minutes"));
    CHECK_FALSE(f.lock->setIdleMinutes(AppLock::kMaxIdleMinutes + 1, kPassword));
    CHECK(f.lock->setIdleMinutes(AppLock::kMaxIdleMinutes, kPassword));
}

TEST_CASE("unreadable stored values fall back to the defaults", "[security]")
{
    LockFixture f;
    REQUIRE(storage::run(f.db->connection(),
                         QStringLiteral("INSERT INTO settings (key, value) VALUES ('lock_idle_minutes', 'soon'), "
                                        "('lock_exports_allowed', 'maybe')")));
    const LockSettings s = settingsOf(*f.lock);
    CHECK(s.idleMinutes == 10);
    CHECK(s.exportsAllowed);
}

TEST_CASE("a Persian password set on one layout opens on another", "[security]")
{
    LockFixture f;
    REQUIRE(f.lock->enable(u8("رمز کیک ۱۴۰۳")));
    CHECK(*f.lock->verify(u8("رمز كيك 1403")));
    CHECK(*f.lock->verify(u8("رمز كيك ١٤٠٣")));
    CHECK_FALSE(*f.lock->verify(u8("رمز کیک ۱۴۰۲")));
}
