// SafetyBackup: the .pvbak written before a migration (the Database hook) and
// before a restore replaces a database.
#include "BackupTestSupport.h"

#include "backup/BackupFiles.h"
#include "backup/BackupReader.h"
#include "backup/BackupService.h"
#include "backup/BackupSettings.h"
#include "backup/SafetyBackup.h"
#include "customers/DemoData.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/SqlHelpers.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace peyvand;
using namespace peyvand::test;
using backup::BackupService;
using backup::BackupSettings;
using backup::SafetyBackup;

namespace {

const QString kPassphrase = QStringLiteral("safety first");

QStringList everything(const QString& dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

struct Fixture {
    QTemporaryDir dir;
    QString dbPath = dir.filePath(QStringLiteral("peyvand.sqlite"));
    QString backups = dir.filePath(QStringLiteral("backups"));
    FixedClock clock { QDateTime(QDate(2026, 11, 24), QTime(9, 0), QTimeZone::utc()) };
    QList<storage::Migration> steps = storage::migrations();

    explicit Fixture(const std::function<void(storage::Database&)>& prepare = {})
    {
        REQUIRE(dir.isValid());
        auto db = storage::Database::open(dbPath);
        REQUIRE(db);
        customers::DemoDataOptions options;
        options.customers = 4;
        options.clock = &clock;
        REQUIRE(customers::generateDemoCustomers(**db, options));
        if (prepare)
            prepare(**db);
        steps << storage::Migration { steps.constLast().version + 1, nullptr, "CREATE TABLE extra (x INTEGER) STRICT;" };
    }

    Result<std::unique_ptr<storage::Database>> openMigrating(bool withHook)
    {
        storage::Database::Options options;
        options.migrationsOverride = &steps;
        if (withHook)
            options.migrationBackup = SafetyBackup::migrationHook();
        return storage::Database::open(dbPath, options);
    }
};

} // namespace

TEST_CASE("before a migration: a .pvbak of the old schema in the backup folder, nothing else left", "[backup][safety]")
{
    Fixture f;
    auto db = f.openMigrating(true);
    REQUIRE(db);
    const QString written = (*db)->lastMigrationBackup();
    CHECK(QFileInfo(written).absolutePath() == f.backups);
    CHECK(written.endsWith(QStringLiteral("-before-migration.pvbak")));
    auto reader = backup::BackupReader::open(written);
    REQUIRE(reader);
    CHECK_FALSE(reader->isEncrypted());
    CHECK(reader->metadata().schemaVersion == storage::Database::currentSchemaVersion());
    CHECK(reader->metadata().customers == 4);
    // No snapshot and no plain copy beside the database.
    for (const QString& name : everything(f.dir.path()))
        CHECK_FALSE((name.startsWith(QStringLiteral(".peyvand-")) || name.endsWith(QStringLiteral(".bak.sqlite"))));

    // Rotation never deletes it (its name is labelled).
    auto removed = BackupService::rotate(f.backups, backup::RotationPolicy { 0, 0, 0 }, QTimeZone::utc());
    REQUIRE(removed);
    CHECK(QFileInfo::exists(written));
    auto listed = BackupService::list(f.backups);
    REQUIRE(listed);
    CHECK(listed->size() == 1);
}

TEST_CASE("before a migration: encrypted to the stored key, in the folder the settings name", "[backup][safety]")
{
    Fixture f([](storage::Database& db) {
        BackupSettings settings(db);
        REQUIRE(settings.enableEncryption(kPassphrase, backup::KdfParams::minimum()));
    });
    const QString elsewhere = f.dir.filePath(QStringLiteral("usb"));
    {
        auto db = storage::Database::open(f.dbPath);
        REQUIRE(db);
        REQUIRE(BackupSettings(**db).setFolder(elsewhere));
    }
    auto db = f.openMigrating(true);
    REQUIRE(db);
    const QString written = (*db)->lastMigrationBackup();
    CHECK(QFileInfo(written).absolutePath() == elsewhere);
    auto reader = backup::BackupReader::open(written);
    REQUIRE(reader);
    CHECK(reader->isEncrypted());
    CHECK(reader->checkPassphrase(kPassphrase));
}

TEST_CASE("before a migration: when the .pvbak cannot be written, the plain copy is made instead", "[backup][safety]")
{
    Fixture f([](storage::Database& db) {
        REQUIRE(storage::run(db.connection(), QStringLiteral("INSERT INTO settings (key, value) VALUES ('backup_folder', ?)"),
                             { QStringLiteral("/proc/no-such-place/backups") }));
    });
    auto db = f.openMigrating(true);
    REQUIRE(db);
    const QString written = (*db)->lastMigrationBackup();
    CHECK(written.endsWith(QStringLiteral(".bak.sqlite")));
    CHECK(QFileInfo::exists(written));
    CHECK((*db)->schemaVersion() == f.steps.constLast().version);
}

TEST_CASE("before a restore: the replaced database is also kept as a .pvbak", "[backup][safety]")
{
    Fixture f;
    std::optional<backup::BackupOutcome> first;
    {
        auto db = storage::Database::open(f.dbPath);
        REQUIRE(db);
        auto made = BackupService(**db, f.clock).backupNow({}, QTimeZone::utc());
        REQUIRE(made);
        first = *made;
        customers::DemoDataOptions more;
        more.customers = 3;
        more.seed = 7;
        more.clock = &f.clock;
        REQUIRE(customers::generateDemoCustomers(**db, more));
    }
    f.clock.advanceSeconds(60);
    auto restored = BackupService::restore(first->backup.path, {}, f.dbPath, f.clock);
    REQUIRE(restored);
    CHECK_FALSE(restored->previousBackupProblem.has_value());
    REQUIRE_FALSE(restored->previousBackup.isEmpty());
    CHECK(restored->previousBackup.endsWith(QStringLiteral("-before-restore.pvbak")));
    CHECK(QFileInfo(restored->previousBackup).absolutePath() == f.backups);
    auto reader = backup::BackupReader::open(restored->previousBackup);
    REQUIRE(reader);
    CHECK(reader->metadata().customers == 7); // the database as it was before the restore
    CHECK(QFileInfo::exists(restored->previousMovedTo));
}

TEST_CASE("before a restore: a damaged current database is still moved aside, only the .pvbak is skipped", "[backup][safety]")
{
    Fixture f;
    std::optional<backup::BackupOutcome> first;
    {
        auto db = storage::Database::open(f.dbPath);
        REQUIRE(db);
        auto made = BackupService(**db, f.clock).backupNow({}, QTimeZone::utc());
        REQUIRE(made);
        first = *made;
        REQUIRE(storage::run((*db)->connection(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    {
        QFile file(f.dbPath);
        REQUIRE(file.open(QIODevice::ReadWrite));
        const qint64 size = file.size();
        REQUIRE(file.seek(size / 2));
        REQUIRE(file.write(QByteArray(4096, '\x5a')) == 4096);
    }
    auto restored = BackupService::restore(first->backup.path, {}, f.dbPath, f.clock);
    REQUIRE(restored);
    CHECK(restored->previousBackup.isEmpty());
    CHECK(restored->previousBackupProblem.has_value());
    CHECK(QFileInfo::exists(restored->previousMovedTo));
    auto listed = BackupService::list(f.backups);
    REQUIRE(listed);
    CHECK(listed->size() == 1);
}
