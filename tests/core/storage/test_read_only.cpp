#include "TestSupport.h"

#include "customers/CustomerService.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"
#include "storage/StorageLocation.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
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

// A database in rollback-journal mode (so the main file is all there is),
// with enough rows to span many pages.
QString makeDatabase(const QTemporaryDir& dir, const char* name)
{
    const QString path = dir.filePath(QString::fromLatin1(name));
    auto db = Database::open(path);
    REQUIRE(db);
    for (int i = 0; i < 300; ++i) {
        REQUIRE(run((*db)->connection(), QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"),
                    { QStringLiteral("k%1").arg(i), QString(200, u'x') }));
    }
    REQUIRE(run((*db)->connection(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    REQUIRE(run((*db)->connection(), QStringLiteral("PRAGMA journal_mode = DELETE")));
    return path;
}

Database::Options readOnly()
{
    Database::Options options;
    options.readOnly = true;
    return options;
}

} // namespace

TEST_CASE("A read-only database reads but refuses every write, and the file stays byte for byte", "[storage][readonly]")
{
    QTemporaryDir dir;
    const QString path = makeDatabase(dir, "ro.sqlite");
    const QByteArray before = fileHash(path);
    {
        auto db = Database::open(path, readOnly());
        REQUIRE(db);
        CHECK((*db)->isReadOnly());
        CHECK((*db)->damageFound().isEmpty());
        CHECK((*db)->verifiedOnOpen());
        auto count = scalar((*db)->connection(), QStringLiteral("SELECT count(*) FROM settings"));
        REQUIRE(count);
        CHECK(count->toInt() == 300);

        const Status viaWrite = (*db)->write([&]() -> Status { return {}; });
        REQUIRE_FALSE(viaWrite);
        CHECK(viaWrite.error().code == ErrorCode::ReadOnly);

        auto raw = run((*db)->connection(), QStringLiteral("DELETE FROM settings"));
        REQUIRE_FALSE(raw);
        CHECK(raw.error().code == ErrorCode::ReadOnly);

        customers::CustomerService service(**db);
        customers::Customer c;
        c.name = QStringLiteral("Reza");
        auto created = service.create(c);
        REQUIRE_FALSE(created);
        CHECK(created.error().code == ErrorCode::ReadOnly);
    }
    CHECK(fileHash(path) == before);
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-journal")));
}

TEST_CASE("A damaged database opens read-only with its damage listed, and is never written", "[storage][readonly]")
{
    QTemporaryDir dir;
    const QString path = makeDatabase(dir, "damaged.sqlite");
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadWrite));
        f.seek(4096 * 3);
        f.write(QByteArray(4096 * 4, '\x5a'));
    }
    const QByteArray before = fileHash(path);
    REQUIRE_FALSE(Database::open(path)); // the normal open refuses it

    auto db = Database::open(path, readOnly());
    REQUIRE(db);
    CHECK_FALSE((*db)->damageFound().isEmpty());
    CHECK_FALSE((*db)->verifiedOnOpen());
    CHECK_FALSE((*db)->write([]() -> Status { return {}; }));
    db->reset();
    CHECK(fileHash(path) == before);
}

TEST_CASE("Read-only open refuses what it cannot show", "[storage][readonly]")
{
    QTemporaryDir dir;
    SECTION("a missing file is not created")
    {
        const QString path = dir.filePath(QStringLiteral("missing.sqlite"));
        auto db = Database::open(path, readOnly());
        REQUIRE_FALSE(db);
        CHECK(db.error().code == ErrorCode::NotFound);
        CHECK_FALSE(QFileInfo::exists(path));
    }
    SECTION("a file that is not SQLite")
    {
        const QString path = dir.filePath(QStringLiteral("text.sqlite"));
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(200, 'a'));
        f.close();
        auto db = Database::open(path, readOnly());
        REQUIRE_FALSE(db);
        CHECK(db.error().code == ErrorCode::NotADatabase);
    }
    SECTION("an in-memory database")
    {
        CHECK_FALSE(Database::open(QStringLiteral(":memory:"), readOnly()));
    }
}

TEST_CASE("Storage on network shares and removable media is flagged with a reason", "[storage][location]")
{
    StorageFacts facts;
    facts.path = QStringLiteral("/home/u/peyvand.sqlite");
    facts.fileSystem = QStringLiteral("ext4");
    facts.mountRoot = QStringLiteral("/");
    CHECK(classifyStorage(facts).kind == StorageRisk::Kind::Local);
    CHECK_FALSE(classifyStorage(facts).risky());
    CHECK(classifyStorage(facts).reason.isEmpty());

    for (const char* type : { "nfs", "nfs4", "cifs", "smb3", "fuse.sshfs", "9p", "davfs" }) {
        facts.fileSystem = QString::fromLatin1(type);
        const StorageRisk risk = classifyStorage(facts);
        INFO(type);
        CHECK(risk.kind == StorageRisk::Kind::Network);
        CHECK(risk.risky());
        CHECK(risk.reason.contains(QStringLiteral("network")));
    }

    facts.fileSystem = QStringLiteral("ntfs");
    facts.path = QStringLiteral("\\\\server\\share\\peyvand.sqlite");
    CHECK(classifyStorage(facts).kind == StorageRisk::Kind::Network);
    facts.path = QStringLiteral("Z:/peyvand.sqlite");
    facts.driveRemote = true;
    CHECK(classifyStorage(facts).kind == StorageRisk::Kind::Network);

    facts = {};
    facts.path = QStringLiteral("/media/u/USB/peyvand.sqlite");
    facts.fileSystem = QStringLiteral("vfat");
    facts.mountRoot = QStringLiteral("/media/u/USB");
    CHECK(classifyStorage(facts).kind == StorageRisk::Kind::Removable);
    CHECK(classifyStorage(facts).reason.contains(QStringLiteral("removable")));
    facts.mountRoot = QStringLiteral("/mnt/data");
    CHECK(classifyStorage(facts).kind == StorageRisk::Kind::Local);
    facts.driveRemovable = true;
    CHECK(classifyStorage(facts).kind == StorageRisk::Kind::Removable);

    facts = {};
    CHECK(classifyStorage(facts).kind == StorageRisk::Kind::Unknown);
    CHECK_FALSE(classifyStorage(facts).risky());
}

TEST_CASE("assessStorage looks at the folder of a file not yet created", "[storage][location]")
{
    QTemporaryDir dir;
    const StorageRisk risk = assessStorage(dir.filePath(QStringLiteral("not/yet/there.sqlite")));
    CHECK_FALSE(risk.fileSystem.isEmpty());
}
