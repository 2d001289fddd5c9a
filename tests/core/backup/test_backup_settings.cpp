// BackupSchedule (pure) and BackupSettings (rows of the settings table).
#include "BackupTestSupport.h"

#include "backup/BackupEnvelope.h"
#include "backup/BackupSchedule.h"
#include "backup/BackupSettings.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"

#include <QSqlQuery>

using namespace peyvand;
using namespace peyvand::test;
using backup::BackupFrequency;
using backup::BackupSchedule;
using backup::BackupSettings;

namespace {

const QTimeZone kTehran("Asia/Tehran");

QDateTime utc(int y, int m, int d, int h = 10, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone::utc());
}

QStringList allSettingsText(storage::Database& db)
{
    QStringList out;
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT key || '=' || value FROM settings")));
    while (q.next())
        out << q.value(0).toString();
    QSqlQuery a(db.connection());
    REQUIRE(a.exec(QStringLiteral("SELECT coalesce(old_values, '') || coalesce(new_values, '') FROM audit_log")));
    while (a.next())
        out << a.value(0).toString();
    return out;
}

} // namespace

TEST_CASE("schedule: daily is due once the local date has moved on", "[backup][schedule]")
{
    const auto daily = BackupFrequency::Daily;
    CHECK(BackupSchedule::isDue(daily, std::nullopt, utc(2026, 3, 1), kTehran));
    // 23:00 UTC on the 1st is already the 2nd in Tehran (+03:30).
    const QDateTime last = utc(2026, 3, 1, 19, 0); // 22:30 Tehran, the 1st
    CHECK_FALSE(BackupSchedule::isDue(daily, last, utc(2026, 3, 1, 20, 0), kTehran));
    CHECK(BackupSchedule::isDue(daily, last, utc(2026, 3, 1, 21, 0), kTehran)); // 00:30 on the 2nd
    CHECK_FALSE(BackupSchedule::isDue(daily, last, utc(2026, 3, 1, 21, 0), QTimeZone::utc()));
    CHECK(BackupSchedule::nextDueDate(daily, last, utc(2026, 3, 1, 20), kTehran) == QDate(2026, 3, 2));
    // A clock set back: a backup "in the future" is not due again.
    CHECK_FALSE(BackupSchedule::isDue(daily, utc(2026, 3, 5), utc(2026, 3, 4), kTehran));
}

TEST_CASE("schedule: weekly waits 7 local days, off never runs", "[backup][schedule]")
{
    const QDateTime last = utc(2026, 3, 1, 12);
    CHECK_FALSE(BackupSchedule::isDue(BackupFrequency::Weekly, last, utc(2026, 3, 7, 23), QTimeZone::utc()));
    CHECK(BackupSchedule::isDue(BackupFrequency::Weekly, last, utc(2026, 3, 8, 0, 1), QTimeZone::utc()));
    CHECK(BackupSchedule::isDue(BackupFrequency::Weekly, std::nullopt, last, QTimeZone::utc()));
    CHECK_FALSE(BackupSchedule::isDue(BackupFrequency::Off, std::nullopt, last, QTimeZone::utc()));
    CHECK_FALSE(BackupSchedule::isDue(BackupFrequency::Off, utc(2020, 1, 1), last, QTimeZone::utc()));
    CHECK_FALSE(BackupSchedule::nextDueDate(BackupFrequency::Off, last, last, QTimeZone::utc()).has_value());
}

TEST_CASE("schedule: frequency keys round-trip", "[backup][schedule]")
{
    for (auto f : { BackupFrequency::Off, BackupFrequency::Daily, BackupFrequency::Weekly })
        CHECK(BackupSchedule::frequencyFromKey(BackupSchedule::keyOf(f)) == f);
    CHECK(BackupSchedule::keyOf(BackupFrequency::Weekly) == QStringLiteral("weekly"));
    CHECK_FALSE(BackupSchedule::frequencyFromKey(QStringLiteral("hourly")).has_value());
}

TEST_CASE("settings: defaults, folder, frequency and the audit log", "[backup][settings]")
{
    auto db = storage::Database::openInMemory();
    REQUIRE(db);
    FixedClock clock(utc(2026, 3, 1));
    BackupSettings settings(**db, clock);
    auto prefs = settings.load();
    REQUIRE(prefs);
    CHECK(prefs->folder.isEmpty());
    CHECK(prefs->frequency == BackupFrequency::Daily);
    CHECK_FALSE(prefs->encrypted);
    CHECK_FALSE(prefs->lastBackupAt.has_value());
    CHECK(prefs->lastFailure.isEmpty());

    REQUIRE(settings.setFolder(QStringLiteral("  /mnt/usb/backups ")));
    REQUIRE(settings.setFrequency(BackupFrequency::Weekly));
    REQUIRE(settings.setFrequency(BackupFrequency::Weekly)); // unchanged: no audit row
    prefs = settings.load();
    REQUIRE(prefs);
    CHECK(prefs->folder == QStringLiteral("/mnt/usb/backups"));
    CHECK(prefs->frequency == BackupFrequency::Weekly);

    auto history = storage::AuditLog(**db).history(QStringLiteral("setting"), 0);
    REQUIRE(history);
    REQUIRE(history->size() == 2);
    CHECK(history->at(0).action == QStringLiteral("create"));
    CHECK(history->at(0).newValues.value(QStringLiteral("backup_folder")).toString() == QStringLiteral("/mnt/usb/backups"));
    CHECK(history->at(1).newValues.value(QStringLiteral("backup_frequency")).toString() == QStringLiteral("weekly"));
    CHECK(history->at(1).at == utc(2026, 3, 1));

    REQUIRE(settings.setFolder(QString()));
    prefs = settings.load();
    REQUIRE(prefs);
    CHECK(prefs->folder.isEmpty());
    history = storage::AuditLog(**db).history(QStringLiteral("setting"), 0);
    REQUIRE(history);
    REQUIRE(history->size() == 3);
    CHECK(history->at(2).action == QStringLiteral("delete"));
}

TEST_CASE("settings: success clears the failure, a failure keeps the last success", "[backup][settings]")
{
    auto db = storage::Database::openInMemory();
    REQUIRE(db);
    BackupSettings settings(**db);
    REQUIRE(settings.recordFailure(utc(2026, 3, 1), QStringLiteral("disk full")));
    auto prefs = settings.load();
    REQUIRE(prefs);
    CHECK(prefs->lastFailure == QStringLiteral("disk full"));
    CHECK(prefs->lastFailureAt == utc(2026, 3, 1));
    CHECK_FALSE(prefs->lastBackupAt.has_value());

    REQUIRE(settings.recordSuccess(utc(2026, 3, 2)));
    REQUIRE(settings.recordFailure(utc(2026, 3, 3), QStringLiteral("folder gone")));
    prefs = settings.load();
    REQUIRE(prefs);
    CHECK(prefs->lastBackupAt == utc(2026, 3, 2));
    CHECK(prefs->lastFailure == QStringLiteral("folder gone"));

    REQUIRE(settings.recordSuccess(utc(2026, 3, 4)));
    prefs = settings.load();
    REQUIRE(prefs);
    CHECK(prefs->lastBackupAt == utc(2026, 3, 4));
    CHECK(prefs->lastFailure.isEmpty());
    CHECK_FALSE(prefs->lastFailureAt.has_value());
    auto history = storage::AuditLog(**db).history(QStringLiteral("setting"), 0);
    REQUIRE(history);
    CHECK(history->isEmpty());
}

TEST_CASE("settings: encryption stores only the public key, disabling needs the passphrase", "[backup][settings]")
{
    auto db = storage::Database::openInMemory();
    REQUIRE(db);
    BackupSettings settings(**db);
    const QString passphrase = u8("گذرواژهٔ پشتیبان correct horse");
    CHECK(settings.enableEncryption(QString(), backup::KdfParams::minimum()).error().field == QStringLiteral("passphrase"));
    REQUIRE(settings.enableEncryption(passphrase, backup::KdfParams::minimum()));
    auto prefs = settings.load();
    REQUIRE(prefs);
    REQUIRE(prefs->encrypted);
    REQUIRE(prefs->envelope);
    CHECK(prefs->envelope->publicKey.size() == 32);
    CHECK(prefs->envelope->kdf == backup::KdfParams::minimum());
    auto same = backup::BackupEnvelope::matches(*prefs->envelope, passphrase);
    REQUIRE(same);
    CHECK(*same);

    // Nothing stored (settings or audit) contains the passphrase, in any encoding.
    const QStringList stored = allSettingsText(**db);
    const QString all = stored.join(QLatin1Char('\n'));
    CHECK_FALSE(all.contains(passphrase));
    CHECK_FALSE(all.contains(QString::fromLatin1(passphrase.toUtf8().toBase64())));
    CHECK_FALSE(all.contains(QString::fromLatin1(passphrase.toUtf8().toHex())));
    CHECK(all.contains(QStringLiteral("\"backup_encryption\":\"on\"")));

    auto wrong = settings.disableEncryption(QStringLiteral("not it"));
    REQUIRE_FALSE(wrong);
    CHECK(wrong.error().field == QStringLiteral("passphrase"));
    prefs = settings.load();
    REQUIRE(prefs);
    CHECK(prefs->encrypted);

    REQUIRE(settings.disableEncryption(passphrase));
    prefs = settings.load();
    REQUIRE(prefs);
    CHECK_FALSE(prefs->encrypted);
    CHECK_FALSE(prefs->envelope.has_value());
}

TEST_CASE("settings: a damaged encryption row still reads as encrypted (never silently plain), an unknown frequency as daily",
          "[backup][settings]")
{
    auto db = storage::Database::openInMemory();
    REQUIRE(db);
    REQUIRE(storage::run((*db)->connection(),
                         QStringLiteral("INSERT INTO settings (key, value) VALUES ('backup_encryption', '{\"public_key\":\"AAAA\"}'), "
                                        "('backup_frequency', 'hourly')")));
    auto prefs = BackupSettings(**db).load();
    REQUIRE(prefs);
    CHECK(prefs->encrypted);
    CHECK_FALSE(prefs->envelope.has_value());
    CHECK(prefs->frequency == BackupFrequency::Daily);
    REQUIRE(BackupSettings(**db).disableEncryption(QStringLiteral("anything")));
    prefs = BackupSettings(**db).load();
    REQUIRE(prefs);
    CHECK_FALSE(prefs->encrypted);
}
