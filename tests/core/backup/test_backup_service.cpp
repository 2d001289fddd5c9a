// BackupService on real database files: backup, list, rotation, restore.
#include "BackupTestSupport.h"

#include "backup/BackupFiles.h"
#include "backup/BackupReader.h"
#include "backup/BackupService.h"
#include "customers/DemoData.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

using namespace peyvand;
using namespace peyvand::test;
using backup::BackupDefect;
using backup::BackupService;

namespace {

const QString kPassphrase = QStringLiteral("no one guesses this");

QDateTime utc(int y, int m, int d, int h = 10, int min = 30)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone::utc());
}

// Every row of every table, sorted: equal when two databases hold the same data.
QByteArray contentDigest(const QString& path)
{
    const QString name = QStringLiteral("backup-test-digest");
    QByteArray digest;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        REQUIRE(db.open());
        QStringList tables;
        QSqlQuery list(db);
        REQUIRE(list.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")));
        while (list.next())
            tables << list.value(0).toString();
        REQUIRE(tables.size() > 10);
        QCryptographicHash hash(QCryptographicHash::Sha256);
        for (const QString& table : tables) {
            QSqlQuery rows(db);
            REQUIRE(rows.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table)));
            QStringList all;
            while (rows.next()) {
                QStringList cells;
                for (int c = 0; c < rows.record().count(); ++c)
                    cells << rows.value(c).toString();
                all << cells.join(QChar(0x1f));
            }
            all.sort();
            hash.addData(table.toUtf8());
            hash.addData(all.join(QChar(0x1e)).toUtf8());
        }
        digest = hash.result();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return digest;
}

QByteArray fileHash(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

qint64 countCustomers(storage::Database& db)
{
    auto n = storage::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM customers"));
    REQUIRE(n);
    return n->toLongLong();
}

// Everything in a folder, hidden files included.
QStringList filesIn(const QString& dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

struct Fixture {
    QTemporaryDir dir;
    QString dbPath = dir.filePath(QStringLiteral("data/peyvand.sqlite"));
    QString backups = dir.filePath(QStringLiteral("backups"));
    FixedClock clock { utc(2026, 11, 24) };
    std::unique_ptr<storage::Database> db;

    Fixture()
    {
        REQUIRE(dir.isValid());
        QDir().mkpath(QFileInfo(dbPath).absolutePath());
        auto opened = storage::Database::open(dbPath);
        REQUIRE(opened);
        db = std::move(*opened);
        customers::DemoDataOptions options;
        options.customers = 25;
        options.clock = &clock;
        REQUIRE(customers::generateDemoCustomers(*db, options));
    }

    backup::BackupOptions options(std::optional<QString> passphrase = std::nullopt) const
    {
        backup::BackupOptions o;
        o.passphrase = std::move(passphrase);
        o.kdf = backup::KdfParams::minimum();
        o.zone = QTimeZone::utc();
        o.rotation.reset(); // the rotation test turns it on
        return o;
    }

    backup::BackupOutcome backupNow(std::optional<QString> passphrase = std::nullopt)
    {
        BackupService service(*db, clock);
        auto outcome = service.backup(backups, options(std::move(passphrase)));
        REQUIRE(outcome);
        return *outcome;
    }

    // Checkpoints the live database so that its file alone holds everything.
    QByteArray liveDigest()
    {
        REQUIRE(storage::run(db->connection(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        return contentDigest(dbPath);
    }
};

} // namespace

TEST_CASE("a backup is a named, verified file with the database's counts", "[backup][service]")
{
    Fixture f;
    const auto outcome = f.backupNow();
    CHECK(QFileInfo(outcome.backup.path).fileName() == QStringLiteral("peyvand-2026-11-24T103000Z.pvbak"));
    CHECK(QFileInfo(outcome.backup.path).absolutePath() == QFileInfo(f.backups).absoluteFilePath());
    CHECK(outcome.removed.isEmpty());
    REQUIRE(outcome.backup.metadata);
    const backup::BackupMetadata& m = *outcome.backup.metadata;
    CHECK(m.createdAt == utc(2026, 11, 24));
    CHECK(m.customers == 25);
    CHECK(m.leads == 0);
    CHECK(m.schemaVersion == storage::Database::currentSchemaVersion());
    CHECK(m.appVersion == backup::currentAppVersion());
    CHECK(m.originalSize > 0);
    CHECK(outcome.backup.size < m.originalSize);

    // Only the backup is left: no temporary or snapshot files.
    CHECK(filesIn(f.backups) == QStringList { QStringLiteral("peyvand-2026-11-24T103000Z.pvbak") });
    for (const QString& name : filesIn(QFileInfo(f.dbPath).absolutePath()))
        CHECK_FALSE(name.startsWith(u'.'));

    auto reader = backup::BackupReader::open(outcome.backup.path);
    REQUIRE(reader);
    CHECK(reader->metadata() == m);
    CHECK_FALSE(reader->isEncrypted());
}

TEST_CASE("a plain backup restores to a database with the same rows", "[backup][service]")
{
    Fixture f;
    const auto outcome = f.backupNow();
    const QByteArray before = f.liveDigest();
    const QString target = f.dir.filePath(QStringLiteral("restored/peyvand.sqlite"));
    auto restored = BackupService::restore(outcome.backup.path, {}, target, f.clock);
    REQUIRE(restored);
    CHECK(restored->restoredPath == QFileInfo(target).absoluteFilePath());
    CHECK(restored->previousMovedTo.isEmpty());
    CHECK(restored->schemaVersion == storage::Database::currentSchemaVersion());
    CHECK(filesIn(QFileInfo(target).absolutePath()) == QStringList { QStringLiteral("peyvand.sqlite") });
    CHECK(contentDigest(target) == before);
    auto reopened = storage::Database::open(target);
    REQUIRE(reopened);
    CHECK(countCustomers(**reopened) == 25);
    CHECK((*reopened)->integrityCheck());
}

TEST_CASE("an encrypted backup restores only with its passphrase", "[backup][service]")
{
    Fixture f;
    const auto outcome = f.backupNow(kPassphrase);
    CHECK(outcome.backup.encrypted);
    const QByteArray before = f.liveDigest();
    {
        QFile raw(outcome.backup.path);
        REQUIRE(raw.open(QIODevice::ReadOnly));
        const QByteArray bytes = raw.readAll();
        CHECK_FALSE(bytes.contains("SQLite format 3"));
        CHECK(bytes.contains("\"customers\":25")); // the metadata stays readable
    }
    const QString target = f.dir.filePath(QStringLiteral("restored.sqlite"));

    auto wrong = BackupService::restore(outcome.backup.path, QStringLiteral("guess"), target, f.clock);
    REQUIRE_FALSE(wrong);
    CHECK(backup::defectOf(wrong.error()) == BackupDefect::WrongPassphrase);
    auto none = BackupService::restore(outcome.backup.path, {}, target, f.clock);
    REQUIRE_FALSE(none);
    CHECK(backup::defectOf(none.error()) == BackupDefect::PassphraseRequired);
    CHECK_FALSE(QFileInfo::exists(target));

    auto restored = BackupService::restore(outcome.backup.path, kPassphrase, target, f.clock);
    REQUIRE(restored);
    CHECK(contentDigest(target) == before);
    CHECK(restored->metadata.customers == 25);
}

TEST_CASE("restoring over a database keeps the current one aside", "[backup][service]")
{
    Fixture f;
    const auto outcome = f.backupNow();
    const QByteArray atBackup = f.liveDigest();
    customers::DemoDataOptions more;
    more.customers = 5;
    more.seed = 99;
    more.clock = &f.clock;
    REQUIRE(customers::generateDemoCustomers(*f.db, more));
    const QByteArray afterMore = f.liveDigest();
    REQUIRE(afterMore != atBackup);
    f.db.reset(); // restore needs the database closed

    f.clock.set(utc(2026, 11, 25, 8, 0));
    auto restored = BackupService::restore(outcome.backup.path, {}, f.dbPath, f.clock);
    REQUIRE(restored);
    CHECK(QFileInfo(restored->previousMovedTo).fileName() == QStringLiteral("peyvand.before-restore-20261125T080000Z.sqlite"));
    CHECK(contentDigest(restored->previousMovedTo) == afterMore);
    CHECK(contentDigest(f.dbPath) == atBackup);

    // A second restore in the same second does not overwrite the first copy.
    const QByteArray firstAside = fileHash(restored->previousMovedTo);
    auto again = BackupService::restore(outcome.backup.path, {}, f.dbPath, f.clock);
    REQUIRE(again);
    CHECK(again->previousMovedTo != restored->previousMovedTo);
    CHECK(fileHash(restored->previousMovedTo) == firstAside);
    CHECK(contentDigest(again->previousMovedTo) == atBackup);
}

TEST_CASE("a restore refuses a database another connection has open", "[backup][service]")
{
    Fixture f;
    const auto outcome = f.backupNow();
    const QByteArray content = f.liveDigest();
    const QStringList files = filesIn(QFileInfo(f.dbPath).absolutePath());
    // Another connection with an open read transaction: the log cannot be folded in.
    auto other = storage::Database::open(f.dbPath);
    REQUIRE(other);
    REQUIRE(storage::run((*other)->connection(), QStringLiteral("BEGIN")));
    REQUIRE(countCustomers(**other) == 25);
    auto refused = BackupService::restore(outcome.backup.path, {}, f.dbPath, f.clock);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::Conflict);
    CHECK(refused.error().message.contains(QStringLiteral("in use")));
    REQUIRE(storage::run((*other)->connection(), QStringLiteral("COMMIT")));
    CHECK(filesIn(QFileInfo(f.dbPath).absolutePath()) == files);
    CHECK(f.liveDigest() == content);

    // Merely open elsewhere is in use too.
    auto idle = BackupService::restore(outcome.backup.path, {}, f.dbPath, f.clock);
    REQUIRE_FALSE(idle);
    CHECK(idle.error().code == ErrorCode::Conflict);
    other->reset();
    f.db.reset();
    auto restored = BackupService::restore(outcome.backup.path, {}, f.dbPath, f.clock);
    REQUIRE(restored);
    CHECK(contentDigest(restored->previousMovedTo) == content);
}

TEST_CASE("a damaged backup is refused and nothing is touched", "[backup][service]")
{
    Fixture f;
    const auto outcome = f.backupNow(kPassphrase);
    f.db.reset();
    const QByteArray before = fileHash(f.dbPath);
    QFile file(outcome.backup.path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    QByteArray bytes = file.readAll();
    const qsizetype middle = bytes.size() / 2;
    bytes[middle] = char(bytes.at(middle) ^ 0x04);
    file.seek(0);
    file.write(bytes);
    file.close();

    auto damaged = BackupService::restore(outcome.backup.path, kPassphrase, f.dbPath, f.clock);
    REQUIRE_FALSE(damaged);
    CHECK(backup::defectOf(damaged.error()) == BackupDefect::Damaged);
    CHECK(fileHash(f.dbPath) == before);
    CHECK(filesIn(QFileInfo(f.dbPath).absolutePath()) == QStringList { QStringLiteral("peyvand.sqlite") });

    QFile cut(outcome.backup.path);
    REQUIRE(cut.resize(bytes.size() - 100));
    auto truncated = BackupService::restore(outcome.backup.path, kPassphrase, f.dbPath, f.clock);
    REQUIRE_FALSE(truncated);
    CHECK(backup::defectOf(truncated.error()) == BackupDefect::Truncated);
    CHECK(fileHash(f.dbPath) == before);
}

namespace {

// A backup written straight from a database file, with the metadata given.
QString backupOfFile(const QString& dbFile, const QString& out, int claimedSchema)
{
    QFile source(dbFile);
    REQUIRE(source.open(QIODevice::ReadOnly));
    QFile sink(out);
    REQUIRE(sink.open(QIODevice::WriteOnly));
    backup::BackupMetadata m = sampleMetadata();
    m.schemaVersion = claimedSchema;
    REQUIRE(backup::BackupWriter::write(source, source.size(), m, sink, backup::WriteOptions {}));
    return out;
}

void setPragmas(const QString& path, int userVersion, qint64 applicationId)
{
    const QString name = QStringLiteral("backup-test-pragmas");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(userVersion)));
        REQUIRE(q.exec(QStringLiteral("PRAGMA application_id = %1").arg(applicationId)));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

TEST_CASE("a backup of a newer schema is refused", "[backup][service]")
{
    Fixture f;
    f.db.reset();
    const QString copy = f.dir.filePath(QStringLiteral("newer.sqlite"));
    REQUIRE(QFile::copy(f.dbPath, copy));
    const int newer = storage::Database::currentSchemaVersion() + 1;
    setPragmas(copy, newer, storage::Database::kApplicationId);
    const QByteArray before = fileHash(f.dbPath);

    // Honest metadata: refused before extracting.
    const QString honest = backupOfFile(copy, f.dir.filePath(QStringLiteral("honest.pvbak")), newer);
    auto refused = BackupService::restore(honest, {}, f.dbPath, f.clock);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::SchemaTooNew);
    // Metadata that lies: refused once the database inside is read.
    const QString lying = backupOfFile(copy, f.dir.filePath(QStringLiteral("lying.pvbak")), newer - 1);
    auto refusedToo = BackupService::restore(lying, {}, f.dbPath, f.clock);
    REQUIRE_FALSE(refusedToo);
    CHECK(refusedToo.error().code == ErrorCode::SchemaTooNew);

    CHECK(fileHash(f.dbPath) == before);
    CHECK(filesIn(QFileInfo(f.dbPath).absolutePath()) == QStringList { QStringLiteral("peyvand.sqlite") });
}

TEST_CASE("a backup of another program's database is refused", "[backup][service]")
{
    Fixture f;
    f.db.reset();
    const QString other = f.dir.filePath(QStringLiteral("other.sqlite"));
    REQUIRE(QFile::copy(f.dbPath, other));
    setPragmas(other, 1, 0x12345678);
    const QString file = backupOfFile(other, f.dir.filePath(QStringLiteral("other.pvbak")), 1);
    auto refused = BackupService::restore(file, {}, f.dir.filePath(QStringLiteral("new.sqlite")), f.clock);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::NotADatabase);
    CHECK_FALSE(QFileInfo::exists(f.dir.filePath(QStringLiteral("new.sqlite"))));
}

TEST_CASE("backups in the same second get distinct names, list shows newest first", "[backup][service]")
{
    Fixture f;
    const auto first = f.backupNow();
    const auto second = f.backupNow(kPassphrase);
    CHECK(QFileInfo(second.backup.path).fileName() == QStringLiteral("peyvand-2026-11-24T103000Z-2.pvbak"));
    f.clock.set(utc(2026, 11, 24, 11, 0));
    const auto third = f.backupNow();

    // Something that is not a backup, and a damaged one.
    writeBytes(QDir(f.backups).filePath(QStringLiteral("notes.txt")), "hello");
    writeBytes(QDir(f.backups).filePath(QStringLiteral("broken.pvbak")), "PVBACKUP-broken");

    auto listed = BackupService::list(f.backups);
    REQUIRE(listed);
    REQUIRE(listed->size() == 4);
    CHECK(listed->at(0).path == third.backup.path);
    CHECK((listed->at(1).path == second.backup.path || listed->at(1).path == first.backup.path));
    CHECK(listed->at(1).encrypted == (listed->at(1).path == second.backup.path));
    CHECK(listed->at(0).metadata->customers == 25);
    const backup::BackupEntry& broken = listed->constLast();
    CHECK(QFileInfo(broken.path).fileName() == QStringLiteral("broken.pvbak"));
    REQUIRE(broken.problem);
    CHECK_FALSE(broken.metadata);

    auto missing = BackupService::list(f.dir.filePath(QStringLiteral("nowhere")));
    REQUIRE_FALSE(missing);
    CHECK(missing.error().code == ErrorCode::NotFound);
}

TEST_CASE("rotation runs after each backup and leaves foreign files alone", "[backup][service]")
{
    Fixture f;
    writeBytes(QDir(f.backups).filePath(QStringLiteral("peyvand-2020-01-01T000000Z.pvbak")), "not really a backup");
    writeBytes(QDir(f.backups).filePath(QStringLiteral("mine.pvbak")), "user's file");
    BackupService service(*f.db, f.clock);
    backup::BackupOptions options = f.options();
    options.rotation = backup::RotationPolicy { 3, 0, 0 };
    QStringList made;
    for (int day = 1; day <= 6; ++day) {
        f.clock.set(utc(2026, 3, day));
        auto outcome = service.backup(f.backups, options);
        REQUIRE(outcome);
        made << outcome->backup.path;
        if (day > 3)
            CHECK(outcome->removed == QStringList { made.at(day - 4) });
    }
    CHECK(filesIn(f.backups)
          == QStringList { QStringLiteral("mine.pvbak"), QStringLiteral("peyvand-2020-01-01T000000Z.pvbak"),
                           QStringLiteral("peyvand-2026-03-04T103000Z.pvbak"), QStringLiteral("peyvand-2026-03-05T103000Z.pvbak"),
                           QStringLiteral("peyvand-2026-03-06T103000Z.pvbak") });
    options.rotation.reset();
    f.clock.set(utc(2026, 3, 7));
    auto kept = service.backup(f.backups, options);
    REQUIRE(kept);
    CHECK(kept->removed.isEmpty());
}

TEST_CASE("a cancelled backup or restore leaves nothing behind", "[backup][service]")
{
    Fixture f;
    BackupService service(*f.db, f.clock);
    int calls = 0;
    auto cancelled = service.backup(f.backups, f.options(), [&](qint64 done, qint64 total) {
        CHECK(done <= total);
        return ++calls < 2;
    });
    REQUIRE_FALSE(cancelled);
    CHECK(cancelled.error().code == ErrorCode::Cancelled);
    CHECK(filesIn(f.backups).isEmpty());

    qint64 last = -1, total = 0;
    auto done = service.backup(f.backups, f.options(), [&](qint64 d, qint64 t) {
        CHECK(d >= last);
        last = d;
        total = t;
        return true;
    });
    REQUIRE(done);
    CHECK(last == total);

    const QString target = f.dir.filePath(QStringLiteral("restored.sqlite"));
    auto stopped = BackupService::restore(done->backup.path, {}, target, f.clock, [](qint64, qint64) { return false; });
    REQUIRE_FALSE(stopped);
    CHECK(stopped.error().code == ErrorCode::Cancelled);
    CHECK(filesIn(f.dir.path()).isEmpty());
}

TEST_CASE("the default folder is beside the database unless the settings name one", "[backup][service]")
{
    Fixture f;
    BackupService service(*f.db, f.clock);
    CHECK(service.defaultFolder() == QFileInfo(f.dbPath).absoluteDir().filePath(QStringLiteral("backups")));
    REQUIRE(storage::run(f.db->connection(), QStringLiteral("INSERT INTO settings (key, value) VALUES ('backup_folder', ?)"),
                         { f.backups }));
    CHECK(service.defaultFolder() == f.backups);

    auto memory = storage::Database::openInMemory();
    REQUIRE(memory);
    CHECK(BackupService(**memory, f.clock).defaultFolder().isEmpty());
}

TEST_CASE("an in-memory database can be backed up and restored to a file", "[backup][service]")
{
    QTemporaryDir dir;
    FixedClock clock(utc(2026, 1, 2));
    auto memory = storage::Database::openInMemory();
    REQUIRE(memory);
    customers::DemoDataOptions options;
    options.customers = 3;
    options.clock = &clock;
    REQUIRE(customers::generateDemoCustomers(**memory, options));
    backup::BackupOptions backupOptions;
    backupOptions.kdf = backup::KdfParams::minimum();
    auto outcome = BackupService(**memory, clock).backup(dir.path(), backupOptions);
    REQUIRE(outcome);
    auto restored = BackupService::restore(outcome->backup.path, {}, dir.filePath(QStringLiteral("db.sqlite")), clock);
    REQUIRE(restored);
    auto db = storage::Database::open(restored->restoredPath);
    REQUIRE(db);
    CHECK(countCustomers(**db) == 3);
}

TEST_CASE("a backup into a file path or an unwritable place fails cleanly", "[backup][service]")
{
    Fixture f;
    const QString file = f.dir.filePath(QStringLiteral("a-file"));
    writeBytes(file, "x");
    BackupService service(*f.db, f.clock);
    auto intoFile = service.backup(file, f.options());
    REQUIRE_FALSE(intoFile);
    CHECK(intoFile.error().code == ErrorCode::Io);
    auto nowhere = service.backup(QString(), f.options());
    REQUIRE_FALSE(nowhere);
    CHECK(nowhere.error().field == QStringLiteral("folder"));
}

TEST_CASE("a reader extracts to a new file only after checking it", "[backup][service]")
{
    Fixture f;
    const auto outcome = f.backupNow(kPassphrase);
    const QString target = f.dir.filePath(QStringLiteral("out/extracted.sqlite"));
    QDir().mkpath(QFileInfo(target).absolutePath());
    {
        auto reader = backup::BackupReader::open(outcome.backup.path);
        REQUIRE(reader);
        auto wrong = reader->extractToFile(target, QStringLiteral("wrong"));
        REQUIRE_FALSE(wrong);
        CHECK(backup::defectOf(wrong.error()) == BackupDefect::WrongPassphrase);
        CHECK(filesIn(QFileInfo(target).absolutePath()).isEmpty());
    }
    auto reader = backup::BackupReader::open(outcome.backup.path);
    REQUIRE(reader);
    REQUIRE(reader->extractToFile(target, kPassphrase));
    CHECK(filesIn(QFileInfo(target).absolutePath()) == QStringList { QStringLiteral("extracted.sqlite") });
    CHECK(contentDigest(target) == f.liveDigest());

    auto again = backup::BackupReader::open(outcome.backup.path);
    REQUIRE(again);
    auto exists = again->extractToFile(target, kPassphrase);
    REQUIRE_FALSE(exists);
    CHECK(exists.error().code == ErrorCode::Conflict);
}

TEST_CASE("a log left without its database goes aside instead of into the restored file", "[backup][service]")
{
    Fixture f;
    const auto outcome = f.backupNow();
    const QByteArray content = f.liveDigest();
    const QString target = f.dir.filePath(QStringLiteral("lost/peyvand.sqlite"));
    writeBytes(target + QStringLiteral("-wal"), pseudoRandomBytes(8192, 4));
    auto restored = BackupService::restore(outcome.backup.path, {}, target, f.clock);
    REQUIRE(restored);
    REQUIRE_FALSE(restored->previousMovedTo.isEmpty());
    CHECK_FALSE(QFileInfo::exists(restored->previousMovedTo));
    CHECK(QFileInfo::exists(restored->previousMovedTo + QStringLiteral("-wal")));
    CHECK_FALSE(QFileInfo::exists(target + QStringLiteral("-wal")));
    auto db = storage::Database::open(target);
    REQUIRE(db);
    CHECK((*db)->integrityCheck());
    db->reset();
    CHECK(contentDigest(target) == content);
}
