// BackupService::backupNow / backupIfDue (the backup the settings describe)
// and the clean-up of temporaries a killed backup leaves.
#include "BackupTestSupport.h"

#include "backup/BackupFiles.h"
#include "backup/BackupReader.h"
#include "backup/BackupService.h"
#include "backup/BackupSettings.h"
#include "customers/DemoData.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace peyvand;
using namespace peyvand::test;
using backup::BackupFrequency;
using backup::BackupService;
using backup::BackupSettings;

namespace {

const QString kPassphrase = QStringLiteral("backups at night");

QDateTime utc(int y, int m, int d, int h = 10)
{
    return QDateTime(QDate(y, m, d), QTime(h, 0), QTimeZone::utc());
}

struct Fixture {
    QTemporaryDir dir;
    QString dbPath = dir.filePath(QStringLiteral("peyvand.sqlite"));
    FixedClock clock { utc(2026, 11, 24) };
    std::unique_ptr<storage::Database> db;

    Fixture()
    {
        REQUIRE(dir.isValid());
        auto opened = storage::Database::open(dbPath);
        REQUIRE(opened);
        db = std::move(*opened);
        customers::DemoDataOptions options;
        options.customers = 5;
        options.clock = &clock;
        REQUIRE(customers::generateDemoCustomers(*db, options));
    }
    BackupSettings settings() { return BackupSettings(*db, clock); }
    BackupService service() { return BackupService(*db, clock); }
};

void touch(const QString& path, const QDateTime& modified)
{
    writeBytes(path, QByteArray("partial"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(file.setFileTime(modified, QFileDevice::FileModificationTime));
}

} // namespace

TEST_CASE("backupNow writes to the default folder and records the success", "[backup][now]")
{
    Fixture f;
    auto outcome = f.service().backupNow({}, QTimeZone::utc());
    REQUIRE(outcome);
    CHECK(QFileInfo(outcome->backup.path).absolutePath() == QDir(f.dir.path()).filePath(QStringLiteral("backups")));
    CHECK_FALSE(outcome->backup.encrypted);
    auto prefs = f.settings().load();
    REQUIRE(prefs);
    CHECK(prefs->lastBackupAt == utc(2026, 11, 24));
    CHECK(prefs->lastFailure.isEmpty());
}

TEST_CASE("backupNow encrypts to the stored key without the passphrase, the passphrase restores", "[backup][now]")
{
    Fixture f;
    const QString folder = f.dir.filePath(QStringLiteral("elsewhere"));
    REQUIRE(f.settings().setFolder(folder));
    REQUIRE(f.settings().enableEncryption(kPassphrase, backup::KdfParams::minimum()));
    auto outcome = f.service().backupNow({}, QTimeZone::utc());
    REQUIRE(outcome);
    CHECK(outcome->backup.encrypted);
    CHECK(QFileInfo(outcome->backup.path).absolutePath() == folder);

    auto reader = backup::BackupReader::open(outcome->backup.path);
    REQUIRE(reader);
    CHECK(reader->isEncrypted());
    CHECK(defectOf(Result<QByteArray>(reader->checkPassphrase(QStringLiteral("guess")).error()))
          == backup::BackupDefect::WrongPassphrase);
    CHECK(reader->checkPassphrase(kPassphrase));

    const QString target = f.dir.filePath(QStringLiteral("restored/peyvand.sqlite"));
    QDir().mkpath(QFileInfo(target).absolutePath());
    auto restored = BackupService::restore(outcome->backup.path, kPassphrase, target, f.clock);
    REQUIRE(restored);
    CHECK(restored->metadata.customers == 5);
}

TEST_CASE("backupNow records a failure and keeps the last success", "[backup][now]")
{
    Fixture f;
    REQUIRE(f.service().backupNow({}, QTimeZone::utc()));
    const QString blocker = f.dir.filePath(QStringLiteral("a-file"));
    writeBytes(blocker, QByteArray("not a folder"));
    REQUIRE(f.settings().setFolder(blocker));
    f.clock.advanceSeconds(86400);
    auto failed = f.service().backupNow({}, QTimeZone::utc());
    REQUIRE_FALSE(failed);
    auto prefs = f.settings().load();
    REQUIRE(prefs);
    CHECK(prefs->lastBackupAt == utc(2026, 11, 24));
    CHECK(prefs->lastFailureAt == utc(2026, 11, 25));
    CHECK(prefs->lastFailure == failed.error().message);

    // A cancelled run is not a failure.
    REQUIRE(f.settings().setFolder(QString()));
    REQUIRE(f.settings().recordSuccess(utc(2026, 11, 24)));
    auto cancelled = f.service().backupNow([](qint64, qint64) { return false; }, QTimeZone::utc());
    REQUIRE_FALSE(cancelled);
    CHECK(cancelled.error().code == ErrorCode::Cancelled);
    prefs = f.settings().load();
    REQUIRE(prefs);
    CHECK(prefs->lastFailure.isEmpty());
}

TEST_CASE("backupIfDue follows the schedule", "[backup][now]")
{
    Fixture f;
    auto first = f.service().backupIfDue({}, QTimeZone::utc());
    REQUIRE(first);
    CHECK(first->has_value()); // never backed up: due
    auto again = f.service().backupIfDue({}, QTimeZone::utc());
    REQUIRE(again);
    CHECK_FALSE(again->has_value());
    f.clock.set(utc(2026, 11, 25, 0));
    auto nextDay = f.service().backupIfDue({}, QTimeZone::utc());
    REQUIRE(nextDay);
    CHECK(nextDay->has_value());

    REQUIRE(f.settings().setFrequency(BackupFrequency::Weekly));
    f.clock.set(utc(2026, 12, 1, 23));
    auto sixDays = f.service().backupIfDue({}, QTimeZone::utc());
    REQUIRE(sixDays);
    CHECK_FALSE(sixDays->has_value());
    f.clock.set(utc(2026, 12, 2, 0));
    auto week = f.service().backupIfDue({}, QTimeZone::utc());
    REQUIRE(week);
    CHECK(week->has_value());

    REQUIRE(f.settings().setFrequency(BackupFrequency::Off));
    f.clock.set(utc(2027, 6, 1));
    auto off = f.service().backupIfDue({}, QTimeZone::utc());
    REQUIRE(off);
    CHECK_FALSE(off->has_value());
}

TEST_CASE("a damaged stored key fails the backup instead of writing it unencrypted", "[backup][now]")
{
    Fixture f;
    REQUIRE(f.settings().enableEncryption(kPassphrase, backup::KdfParams::minimum()));
    REQUIRE(storage::run(f.db->connection(), QStringLiteral("UPDATE settings SET value = '{}' WHERE key = 'backup_encryption'")));
    auto outcome = f.service().backupNow({}, QTimeZone::utc());
    REQUIRE_FALSE(outcome);
    CHECK(QDir(f.dir.filePath(QStringLiteral("backups"))).entryList({ QStringLiteral("*.pvbak") }, QDir::Files).isEmpty());
    auto prefs = f.settings().load();
    REQUIRE(prefs);
    CHECK_FALSE(prefs->lastFailure.isEmpty());
}

TEST_CASE("stale temporaries of killed backups are removed, fresh and foreign files stay", "[backup][now]")
{
    Fixture f;
    const QString folder = f.dir.filePath(QStringLiteral("backups"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString stalePart = QDir(folder).filePath(QStringLiteral(".peyvand-backup-abcd1234.pvbak.part"));
    const QString freshPart = QDir(folder).filePath(QStringLiteral(".peyvand-backup-wxyz9876.pvbak.part"));
    const QString foreign = QDir(folder).filePath(QStringLiteral(".peyvand-backup-mine.pvbak.part"));
    const QString userFile = QDir(folder).filePath(QStringLiteral("notes.pvbak.part"));
    const QString staleSnapshot = f.dir.filePath(QStringLiteral(".peyvand-snapshot-0123abcd.sqlite"));
    touch(stalePart, now.addSecs(-2 * 3600));
    touch(freshPart, now.addSecs(-60));
    touch(foreign, now.addSecs(-2 * 3600));
    touch(userFile, now.addSecs(-2 * 3600));
    touch(staleSnapshot, now.addSecs(-2 * 3600));

    auto listed = BackupService::list(folder);
    REQUIRE(listed);
    CHECK(listed->isEmpty()); // temporaries are never listed
    CHECK_FALSE(QFileInfo::exists(stalePart));
    CHECK(QFileInfo::exists(freshPart));
    CHECK(QFileInfo::exists(foreign));
    CHECK(QFileInfo::exists(userFile));
    CHECK(QFileInfo::exists(staleSnapshot)); // list looks only at the backup folder

    touch(stalePart, now.addSecs(-2 * 3600));
    REQUIRE(f.service().backupNow({}, QTimeZone::utc()));
    CHECK_FALSE(QFileInfo::exists(stalePart));
    CHECK_FALSE(QFileInfo::exists(staleSnapshot)); // the backup cleans beside the database too
    CHECK(QFileInfo::exists(freshPart));
    listed = BackupService::list(folder);
    REQUIRE(listed);
    CHECK(listed->size() == 1);
}
