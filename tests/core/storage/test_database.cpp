#include "TestSupport.h"

#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/SqlHelpers.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace peyvand;
using namespace peyvand::storage;

namespace {

QByteArray fileHash(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

int pragmaInt(Database& db, const char* pragma)
{
    auto v = scalar(db.connection(), QString::fromLatin1(pragma));
    REQUIRE(v);
    return v->toInt();
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

} // namespace

TEST_CASE("A new database is created, migrated and configured", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sub/folder/peyvand.sqlite"));
    auto db = Database::open(path);
    REQUIRE(db);
    CHECK(QFileInfo::exists(path));
    Database& d = **db;
    CHECK(d.schemaVersion() == Database::currentSchemaVersion());
    CHECK(pragmaInt(d, "PRAGMA application_id") == Database::kApplicationId);
    CHECK(pragmaInt(d, "PRAGMA foreign_keys") == 1);
    CHECK(pragmaInt(d, "PRAGMA synchronous") == 2); // FULL
    CHECK(pragmaInt(d, "PRAGMA busy_timeout") == 5000);
    auto mode = scalar(d.connection(), QStringLiteral("PRAGMA journal_mode"));
    REQUIRE(mode);
    CHECK(mode->toString() == QStringLiteral("wal"));
    CHECK(d.lastMigrationBackup().isEmpty()); // nothing to back up in a new file
    CHECK(d.integrityCheck());
}

TEST_CASE("Every table is STRICT", "[storage]")
{
    auto db = Database::openInMemory();
    REQUIRE(db);
    auto q = run((*db)->connection(),
                 QStringLiteral("SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND type = 'table' "
                                "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'customer_fts%'"));
    REQUIRE(q);
    int tables = 0;
    while (q->next()) {
        INFO(q->value(0).toString().toStdString());
        CHECK(q->value(1).toInt() == 1);
        ++tables;
    }
    CHECK(tables >= 5);
}

TEST_CASE("Reopening a current database changes nothing", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.sqlite"));
    { REQUIRE(Database::open(path)); }
    const QByteArray before = fileHash(path);
    {
        auto again = Database::open(path);
        REQUIRE(again);
        CHECK((*again)->schemaVersion() == Database::currentSchemaVersion());
        CHECK((*again)->lastMigrationBackup().isEmpty());
    }
    CHECK(fileHash(path) == before);
}

TEST_CASE("A file from a newer schema is refused and left untouched", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("newer.sqlite"));
    {
        auto db = Database::open(path);
        REQUIRE(db);
        REQUIRE(run((*db)->connection(), QStringLiteral("PRAGMA user_version = 999")));
    }
    const QByteArray before = fileHash(path);
    auto db = Database::open(path);
    REQUIRE_FALSE(db);
    CHECK(db.error().code == ErrorCode::SchemaTooNew);
    CHECK(db.error().message.contains(QStringLiteral("newer")));
    CHECK(fileHash(path) == before);
}

TEST_CASE("A file that is not SQLite is refused and left untouched", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.txt"));
    QByteArray text = "name,mobile\nعلی,09121234567\n";
    text = text.repeated(20);
    writeFile(path, text);
    auto db = Database::open(path);
    REQUIRE_FALSE(db);
    CHECK(db.error().code == ErrorCode::NotADatabase);
    CHECK(fileHash(path) == QCryptographicHash::hash(text, QCryptographicHash::Sha256));
}

TEST_CASE("A short file that starts like SQLite is refused", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("short.sqlite"));
    writeFile(path, QByteArray("SQLite format 3\0", 16));
    auto db = Database::open(path);
    REQUIRE_FALSE(db);
    CHECK(db.error().code == ErrorCode::NotADatabase);
}

TEST_CASE("Another program's SQLite file is refused and left untouched", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.sqlite"));
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        other.setDatabaseName(path);
        REQUIRE(other.open());
        QSqlQuery q(other);
        REQUIRE(q.exec(QStringLiteral("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total INTEGER)")));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO invoices (total) VALUES (1000)")));
        q.finish();
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    const QByteArray before = fileHash(path);
    auto db = Database::open(path);
    REQUIRE_FALSE(db);
    CHECK(db.error().code == ErrorCode::NotADatabase);
    CHECK(fileHash(path) == before);
}

TEST_CASE("A corrupted database is refused and left untouched", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("corrupt.sqlite"));
    {
        auto db = Database::open(path);
        REQUIRE(db);
        // Enough rows to span many pages, then checkpoint into the main file.
        for (int i = 0; i < 300; ++i) {
            REQUIRE(run((*db)->connection(), QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"),
                        { QStringLiteral("k%1").arg(i), QString(200, u'x') }));
        }
        REQUIRE(run((*db)->connection(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        REQUIRE(run((*db)->connection(), QStringLiteral("PRAGMA journal_mode = DELETE")));
    }
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadWrite));
        const qint64 size = f.size();
        REQUIRE(size > 8 * 4096);
        // Overwrite a few interior pages with garbage; keep the header intact.
        f.seek(4096 * 3);
        f.write(QByteArray(4096 * 4, '\x5a'));
    }
    const QByteArray before = fileHash(path);
    auto db = Database::open(path);
    REQUIRE_FALSE(db);
    CHECK((db.error().code == ErrorCode::Corrupt || db.error().code == ErrorCode::NotADatabase));
    CHECK(fileHash(path) == before);
}

TEST_CASE("An unwritable location is reported, not crashed on", "[storage]")
{
    QTemporaryDir dir;
    const QString blocker = dir.filePath(QStringLiteral("file"));
    writeFile(blocker, "x");
    // A path "below" a regular file can never be created.
    auto db = Database::open(blocker + QStringLiteral("/sub/peyvand.sqlite"));
    REQUIRE_FALSE(db);
    CHECK(db.error().code == ErrorCode::Io);
    CHECK_FALSE(db.error().message.isEmpty());

    auto folder = Database::open(dir.path());
    REQUIRE_FALSE(folder);
    CHECK(folder.error().code == ErrorCode::Io);
}

TEST_CASE("Opening without create refuses a missing file", "[storage]")
{
    QTemporaryDir dir;
    Database::Options options;
    options.createIfMissing = false;
    auto db = Database::open(dir.filePath(QStringLiteral("missing.sqlite")), options);
    REQUIRE_FALSE(db);
    CHECK(db.error().code == ErrorCode::NotFound);
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("missing.sqlite"))));
}

TEST_CASE("Migrating an existing database backs it up first, a failing step changes nothing", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("m.sqlite"));
    {
        auto db = Database::open(path);
        REQUIRE(db);
        REQUIRE(run((*db)->connection(), QStringLiteral("INSERT INTO settings (key, value) VALUES ('a', 'b')")));
    }
    QList<Migration> steps = migrations();

    SECTION("a good step")
    {
        steps << Migration { steps.constLast().version + 1, nullptr, "CREATE TABLE extra (x INTEGER) STRICT;" };
        Database::Options options;
        options.backupDirectory = dir.filePath(QStringLiteral("backups"));
        options.migrationsOverride = &steps;
        auto db = Database::open(path, options);
        REQUIRE(db);
        CHECK((*db)->schemaVersion() == steps.constLast().version);
        const QString backup = (*db)->lastMigrationBackup();
        REQUIRE_FALSE(backup.isEmpty());
        CHECK(backup.startsWith(options.backupDirectory));
        // The backup is the database as it was: old version, same data.
        auto old = Database::open(backup);
        REQUIRE(old);
        CHECK((*old)->schemaVersion() == Database::currentSchemaVersion());
        auto v = scalar((*old)->connection(), QStringLiteral("SELECT value FROM settings WHERE key = 'a'"));
        REQUIRE(v);
        CHECK(v->toString() == QStringLiteral("b"));

        // Running the same migrations again is a no-op.
        db->reset();
        auto again = Database::open(path, options);
        REQUIRE(again);
        CHECK((*again)->lastMigrationBackup().isEmpty());
    }

    SECTION("a failing step")
    {
        steps << Migration { steps.constLast().version + 1, nullptr,
                             "CREATE TABLE half (x INTEGER) STRICT; INSERT INTO settings VALUES ('c', 'd'); SELEC oops;" };
        Database::Options options;
        options.migrationsOverride = &steps;
        auto db = Database::open(path, options);
        REQUIRE_FALSE(db);
        CHECK(db.error().code == ErrorCode::Database);
        auto plain = Database::open(path);
        REQUIRE(plain);
        CHECK((*plain)->schemaVersion() == Database::currentSchemaVersion());
        auto half = scalar((*plain)->connection(), QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'half'"));
        REQUIRE(half);
        CHECK(half->toInt() == 0);
        auto c = scalar((*plain)->connection(), QStringLiteral("SELECT count(*) FROM settings WHERE key = 'c'"));
        REQUIRE(c);
        CHECK(c->toInt() == 0);
    }
}

TEST_CASE("write() commits on success and rolls back on error", "[storage]")
{
    auto db = Database::openInMemory();
    REQUIRE(db);
    Database& d = **db;
    REQUIRE(d.write([&]() -> Status {
        auto q = run(d.connection(), QStringLiteral("INSERT INTO settings VALUES ('x', '1')"));
        if (!q)
            return q.error();
        return {};
    }));
    Status failed = d.write([&]() -> Status {
        (void)run(d.connection(), QStringLiteral("INSERT INTO settings VALUES ('y', '2')"));
        // Nested writes join the outer transaction.
        Status inner = d.write([&]() -> Status {
            (void)run(d.connection(), QStringLiteral("INSERT INTO settings VALUES ('z', '3')"));
            return {};
        });
        REQUIRE(inner);
        return Error::invalid(QStringLiteral("test"), QStringLiteral("stop"));
    });
    CHECK_FALSE(failed);
    auto n = scalar(d.connection(), QStringLiteral("SELECT group_concat(key) FROM settings"));
    REQUIRE(n);
    CHECK(n->toString() == QStringLiteral("x"));
}

TEST_CASE("The audit log is append-only", "[storage][audit]")
{
    auto db = Database::openInMemory();
    REQUIRE(db);
    Database& d = **db;
    AuditLog log(d);
    const QDateTime at = QDateTime(QDate(2025, 3, 21), QTime(9, 30), Qt::UTC);
    REQUIRE(log.record(at, QStringLiteral("customer"), 7, QStringLiteral("update"),
                       { { QStringLiteral("name"), QStringLiteral("a") }, { QStringLiteral("city"), QStringLiteral("x") } },
                       { { QStringLiteral("name"), QStringLiteral("b") }, { QStringLiteral("city"), QStringLiteral("x") } }));
    // An update that changes nothing records nothing.
    REQUIRE(log.record(at, QStringLiteral("customer"), 7, QStringLiteral("update"),
                       { { QStringLiteral("name"), QStringLiteral("b") } }, { { QStringLiteral("name"), QStringLiteral("b") } }));
    auto history = log.history(QStringLiteral("customer"), 7);
    REQUIRE(history);
    REQUIRE(history->size() == 1);
    CHECK(history->at(0).oldValues.value(QStringLiteral("name")).toString() == QStringLiteral("a"));
    CHECK(history->at(0).newValues.value(QStringLiteral("name")).toString() == QStringLiteral("b"));
    CHECK_FALSE(history->at(0).newValues.contains(QStringLiteral("city")));
    CHECK(history->at(0).at == at);

    CHECK_FALSE(run(d.connection(), QStringLiteral("UPDATE audit_log SET action = 'create'")));
    CHECK_FALSE(run(d.connection(), QStringLiteral("DELETE FROM audit_log")));
    auto count = scalar(d.connection(), QStringLiteral("SELECT count(*) FROM audit_log"));
    REQUIRE(count);
    CHECK(count->toInt() == 1);
}

TEST_CASE("integrity and foreign key checks pass on a fresh database", "[storage]")
{
    auto db = Database::openInMemory();
    REQUIRE(db);
    QStringList problems;
    CHECK((*db)->integrityCheck(&problems));
    CHECK(problems.isEmpty());
    CHECK((*db)->quickCheck());
}

TEST_CASE("Foreign key violations are reported by the check", "[storage]")
{
    auto db = Database::openInMemory();
    REQUIRE(db);
    Database& d = **db;
    REQUIRE(run(d.connection(), QStringLiteral("PRAGMA foreign_keys = OFF")));
    REQUIRE(run(d.connection(), QStringLiteral("INSERT INTO customer_notes (customer_id, at, text, created_at) "
                                               "VALUES (42, '2025-01-01T00:00:00Z', 'orphan', '2025-01-01T00:00:00Z')")));
    QStringList problems;
    CHECK_FALSE(d.integrityCheck(&problems));
    CHECK(problems.size() == 1);
}

TEST_CASE("Large WAL files skip the full check on open, verifyFile checks them off-thread", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.sqlite"));
    {
        auto db = Database::open(path);
        REQUIRE(db);
        CHECK((*db)->verifiedOnOpen());
    }
    {
        auto small = Database::open(path);
        REQUIRE(small);
        CHECK((*small)->verifiedOnOpen()); // under kFullCheckBytes
    }
    {
        // Grow the file past the threshold with one large row.
        auto db = Database::open(path);
        REQUIRE(db);
        const QString big(int(Database::kFullCheckBytes / 2 + 1024), u'x'); // UTF-16 in, about 32 MiB of UTF-8 out
        REQUIRE(run((*db)->connection(), QStringLiteral("INSERT INTO settings VALUES ('a', ?), ('b', ?), ('c', ?)"), { big, big, big }));
        REQUIRE(run((*db)->connection(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    REQUIRE(QFileInfo(path).size() > Database::kFullCheckBytes);
    auto large = Database::open(path);
    REQUIRE(large);
    CHECK_FALSE((*large)->verifiedOnOpen());
    QStringList problems;
    CHECK(Database::verifyFile(path, &problems));
    CHECK(problems.isEmpty());
}

TEST_CASE("The write-ahead log is emptied after a large write unless a reader holds it", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("peyvand.sqlite"));
    const QString log = path + QStringLiteral("-wal");
    auto writer = Database::open(path);
    REQUIRE(writer);
    auto app = Database::open(path); // the window's connection stays open
    REQUIRE(app);
    Database& w = **writer;
    CHECK(pragmaInt(w, "PRAGMA journal_size_limit") == Database::kLogSizeLimit);

    const auto writeMegabytes = [&](int mb) {
        REQUIRE(w.write([&]() -> Status {
            auto q = run(w.connection(), QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
                                                        "INSERT INTO t SELECT randomblob(1024) FROM n").arg(mb * 1024));
            return q ? Status {} : Status(q.error());
        }));
    };
    REQUIRE(run(w.connection(), QStringLiteral("CREATE TABLE t (b BLOB)")));
    writeMegabytes(8);
    // Checkpointed on commit, but the file keeps its size while another connection is open.
    CHECK(QFileInfo(log).size() > 8 * 1024 * 1024);
    REQUIRE(w.shrinkLog());
    CHECK(QFileInfo(log).size() == 0);
    CHECK(pragmaInt(**app, "SELECT count(*) FROM t") == 8 * 1024);

    // A reader of an older snapshot keeps the log: shrinking waits briefly, then leaves it.
    REQUIRE(run((*app)->connection(), QStringLiteral("BEGIN")));
    CHECK(pragmaInt(**app, "SELECT count(*) FROM t") == 8 * 1024);
    writeMegabytes(1);
    REQUIRE(w.shrinkLog());
    CHECK(QFileInfo(log).size() > 0);
    CHECK(pragmaInt(**app, "SELECT count(*) FROM t") == 8 * 1024);
    REQUIRE(run((*app)->connection(), QStringLiteral("COMMIT")));
    REQUIRE(w.shrinkLog());
    CHECK(QFileInfo(log).size() == 0);
    CHECK(pragmaInt(**app, "SELECT count(*) FROM t") == 9 * 1024);
    CHECK(pragmaInt(w, "PRAGMA busy_timeout") == 5000);
}
