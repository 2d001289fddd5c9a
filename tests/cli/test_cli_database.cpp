// init, check and demo; files that must be refused and left untouched.
#include "CliTestSupport.h"

#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace peyvand::test;

namespace {

QString s(const char* latin) { return QString::fromLatin1(latin); }

// Runs one statement on the file through a private Qt SQLite connection.
void execOnFile(const QString& path, const QString& sql)
{
    const QString name = s("cli-test-raw");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(s("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery query(db);
        INFO(sql.toStdString());
        REQUIRE(query.exec(sql));
    }
    QSqlDatabase::removeDatabase(name);
}

// Every command that opens the database refuses the file, exits 1 with a
// one-line reason, and leaves the bytes as they were.
void requireRefusedAndUntouched(const TempDatabase& db)
{
    const QByteArray before = sha256OfFile(db.path());
    const QList<QStringList> commands {
        { s("init") },
        { s("check") },
        { s("customers"), s("list") },
        { s("customers"), s("search"), s("x") },
        { s("customers"), s("show"), s("1") },
        { s("customers"), s("add"), s("--name"), s("x") },
        { s("demo"), s("--customers"), s("3") },
    };
    for (const QStringList& command : commands) {
        INFO(command.join(u' ').toStdString());
        const CliRun r = db.run(command);
        INFO(r.err.toStdString());
        CHECK(r.code == 1);
        CHECK(r.out.isEmpty());
        CHECK(r.err.startsWith(s("error: ")));
        CHECK(r.err.count(u'\n') == 1);
        CHECK(sha256OfFile(db.path()) == before);
    }
}

} // namespace

TEST_CASE("init creates the database and reports path and schema version", "[cli][database]")
{
    TempDatabase db;
    const CliRun human = db.run({ s("init"), s("--lang"), s("en") });
    INFO(human.err.toStdString());
    REQUIRE(human.code == 0);
    CHECK(QFileInfo::exists(db.path()));
    CHECK(human.out.contains(QFileInfo(db.path()).absoluteFilePath()));
    CHECK(human.out.contains(QString::number(peyvand::storage::Database::currentSchemaVersion())));

    const CliRun again = db.run({ s("init"), s("--json") });
    REQUIRE(again.code == 0);
    const QJsonObject o = again.object();
    CHECK(o.value(s("path")).toString() == QFileInfo(db.path()).absoluteFilePath());
    CHECK(o.value(s("schema_version")).toInt() == peyvand::storage::Database::currentSchemaVersion());
    CHECK(o.value(s("created")).toBool() == false);
}

TEST_CASE("init in Persian prints Persian digits", "[cli][database]")
{
    TempDatabase db;
    const CliRun r = db.run({ s("init") });
    REQUIRE(r.code == 0);
    const QString version = QString::number(peyvand::storage::Database::currentSchemaVersion());
    QString persian = version;
    for (QChar& c : persian)
        c = QChar(0x06F0 + (c.unicode() - u'0'));
    CHECK(r.out.contains(persian));
}

TEST_CASE("check passes on a fresh database", "[cli][database]")
{
    TempDatabase db;
    db.init();
    const CliRun r = db.run({ s("check") });
    INFO(r.err.toStdString());
    CHECK(r.code == 0);
    CHECK(r.err.isEmpty());
    const CliRun json = db.run({ s("check"), s("--json") });
    CHECK(json.code == 0);
    CHECK(json.object().value(s("ok")).toBool());
    CHECK(json.object().value(s("problems")).toArray().isEmpty());
}

TEST_CASE("check passes after demo data", "[cli][database]")
{
    TempDatabase db;
    const CliRun demo = db.run({ s("demo"), s("--customers"), s("25"), s("--json") });
    INFO(demo.err.toStdString());
    REQUIRE(demo.code == 0);
    CHECK(demo.object().value(s("created")).toInteger() == 25);
    CHECK(db.count() == 25);
    CHECK(db.run({ s("check") }).code == 0);
}

TEST_CASE("commands other than init/add/demo do not create a database", "[cli][database]")
{
    TempDatabase db;
    for (const QStringList& command : QList<QStringList> { { s("check") },
                                                           { s("customers"), s("list") },
                                                           { s("customers"), s("show"), s("1") },
                                                           { s("customers"), s("note"), s("1"), s("hi") } }) {
        INFO(command.join(u' ').toStdString());
        const CliRun r = db.run(command);
        CHECK(r.code == 1);
        CHECK(r.err.contains(db.path()));
        CHECK_FALSE(QFileInfo::exists(db.path()));
    }
}

TEST_CASE("a file that is not SQLite is refused and left untouched", "[cli][database]")
{
    TempDatabase db;
    writeFile(db.path(), QByteArray("name,mobile\nAli,09121234567\n").repeated(200));
    requireRefusedAndUntouched(db);
}

TEST_CASE("an SQLite file of another application is refused and left untouched", "[cli][database]")
{
    TempDatabase db;
    execOnFile(db.path(), s("CREATE TABLE other (x INTEGER)"));
    execOnFile(db.path(), s("INSERT INTO other VALUES (42)"));
    requireRefusedAndUntouched(db);
}

TEST_CASE("a database from a newer schema is refused and left untouched", "[cli][database]")
{
    TempDatabase db;
    db.init();
    db.add({ s("--name"), s("Ali") });
    execOnFile(db.path(), s("PRAGMA user_version = %1").arg(peyvand::storage::Database::currentSchemaVersion() + 1));
    requireRefusedAndUntouched(db);
}

TEST_CASE("a damaged database is refused and left untouched", "[cli][database]")
{
    TempDatabase db;
    db.run({ s("demo"), s("--customers"), s("40"), s("--without-activity") });
    QFile file(db.path());
    REQUIRE(file.open(QIODevice::ReadWrite));
    const qint64 size = file.size();
    REQUIRE(size > 8192);
    // Keep the 100-byte header intact; scribble over the rest of the file.
    QByteArray garbage(int(size - 4096), '\xA5');
    REQUIRE(file.seek(4096));
    REQUIRE(file.write(garbage) == garbage.size());
    file.close();
    requireRefusedAndUntouched(db);
}

TEST_CASE("an unwritable location gives a clear error and no crash", "[cli][database]")
{
    TempDatabase db;
    // A regular file where a folder should be: fails even for root.
    const QString blocker = QDir(db.dir()).filePath(s("not-a-folder"));
    writeFile(blocker, "x");
    const QString path = QDir(blocker).filePath(s("peyvand.sqlite"));
    for (const QStringList& command : QList<QStringList> { { s("init") }, { s("customers"), s("add"), s("--name"), s("x") } }) {
        const CliRun r = runCli(command + QStringList { s("--db"), path });
        INFO(r.err.toStdString());
        CHECK(r.code == 1);
        CHECK(r.err.startsWith(s("error: ")));
        CHECK(r.err.contains(blocker));
    }
    const CliRun missingFolder = runCli({ s("init"), s("--db"), QDir(db.dir()).filePath(s("no/such/folder/x.sqlite")) });
    CHECK(missingFolder.code == 1);
    CHECK(missingFolder.err.contains(s("no/such/folder")));

    const CliRun folder = runCli({ s("init"), s("--db"), db.dir() });
    CHECK(folder.code == 1);
}
