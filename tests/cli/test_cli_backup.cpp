// backup, restore, backups list through the command line.
#include "CliTestSupport.h"

#include "storage/Database.h"
#include "storage/SqlHelpers.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace peyvand::test;

namespace {

QString s(const char* latin) { return QString::fromLatin1(latin); }

// Sets PEYVAND_PASSPHRASE for its lifetime (unset: no passphrase).
class PassphraseEnv {
public:
    explicit PassphraseEnv(const char* value = nullptr)
    {
        if (value)
            qputenv("PEYVAND_PASSPHRASE", value);
        else
            qunsetenv("PEYVAND_PASSPHRASE");
    }
    ~PassphraseEnv() { qunsetenv("PEYVAND_PASSPHRASE"); }
};

bool stdinIsTerminal()
{
#ifdef Q_OS_UNIX
    return ::isatty(STDIN_FILENO) == 1;
#else
    return true;
#endif
}

void demo(const TempDatabase& db, int customers)
{
    const CliRun r = db.run({ s("demo"), s("--customers"), QString::number(customers), s("--without-activity") });
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
}

QJsonObject backupJson(const TempDatabase& db, QStringList extra = {})
{
    const CliRun r = db.run(QStringList { s("backup"), s("--json") } + extra);
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    return r.object();
}

void flipByte(const QString& path, qsizetype at)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadWrite));
    QByteArray bytes = f.readAll();
    bytes[at] = char(bytes.at(at) ^ 0x10);
    f.seek(0);
    f.write(bytes);
}

} // namespace

TEST_CASE("backup writes a named backup beside the database and reports it", "[cli][backup]")
{
    TempDatabase db;
    demo(db, 12);
    PassphraseEnv none;
    const QJsonObject o = backupJson(db);
    const QString path = o.value(s("path")).toString();
    CHECK(QFileInfo(path).absolutePath() == QDir(db.dir()).filePath(s("backups")));
    CHECK(QRegularExpression(s("^peyvand-\\d{4}-\\d{2}-\\d{2}T\\d{6}Z(-\\d+)?\\.pvbak$")).match(QFileInfo(path).fileName()).hasMatch());
    CHECK(QFileInfo(path).size() == o.value(s("size")).toInteger());
    CHECK(o.value(s("encrypted")).toBool() == false);
    const QJsonObject m = o.value(s("metadata")).toObject();
    CHECK(m.value(s("counts")).toObject().value(s("customers")).toInt() == 12);
    CHECK(m.value(s("schema_version")).toInt() == peyvand::storage::Database::currentSchemaVersion());
    CHECK(m.value(s("created_at")).toString().endsWith(u'Z'));
    CHECK(o.value(s("removed")).isArray());

    const CliRun human = db.run({ s("backup"), s("--lang"), s("en"), QDir(db.dir()).filePath(s("elsewhere")) });
    INFO(human.err.toStdString());
    REQUIRE(human.code == 0);
    CHECK(human.out.startsWith(s("Backup written: ") + QDir(db.dir()).filePath(s("elsewhere"))));
    CHECK(human.out.contains(s("12 customers")));
    CHECK(human.err.isEmpty());
}

TEST_CASE("backup uses the folder named in the settings", "[cli][backup]")
{
    TempDatabase db;
    demo(db, 2);
    const QString folder = QDir(db.dir()).filePath(s("configured"));
    {
        auto opened = peyvand::storage::Database::open(db.path());
        REQUIRE(opened);
        REQUIRE(peyvand::storage::run((*opened)->connection(), s("INSERT INTO settings (key, value) VALUES ('backup_folder', ?)"),
                                      { folder }));
    }
    PassphraseEnv none;
    CHECK(QFileInfo(backupJson(db).value(s("path")).toString()).absolutePath() == folder);
    const CliRun listed = db.run({ s("backups"), s("list"), s("--json") });
    REQUIRE(listed.code == 0);
    CHECK(listed.array().size() == 1);
}

TEST_CASE("backup of a missing database fails and creates nothing", "[cli][backup]")
{
    TempDatabase db;
    const CliRun r = db.run({ s("backup") });
    CHECK(r.code == 1);
    CHECK(r.err.startsWith(s("error: ")));
    CHECK(QDir(db.dir()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::Hidden).isEmpty());
}

TEST_CASE("the passphrase is never taken from the command line", "[cli][backup]")
{
    TempDatabase db;
    demo(db, 1);
    for (const QString& option : { s("--passphrase"), s("--password"), s("--key") }) {
        const CliRun r = db.run({ s("backup"), s("--encrypt"), option, s("secret") });
        CHECK(r.code == 2);
        CHECK(r.err.contains(option));
    }
    const CliRun help = runCli({ s("backup"), s("--help"), s("--lang"), s("en") });
    CHECK(help.out.contains(s("PEYVAND_PASSPHRASE")));
}

TEST_CASE("restore brings back the rows and keeps the current file aside", "[cli][backup]")
{
    TempDatabase db;
    demo(db, 8);
    PassphraseEnv none;
    const QString file = backupJson(db).value(s("path")).toString();
    db.add({ s("--name"), s("After the backup") });
    REQUIRE(db.count() == 9);

    // Into a new file first: the database itself is untouched.
    const QString other = QDir(db.dir()).filePath(s("copy/restored.sqlite"));
    const CliRun to = db.run({ s("restore"), file, s("--to"), other, s("--json") });
    INFO(to.err.toStdString());
    REQUIRE(to.code == 0);
    const QJsonObject o = to.object();
    CHECK(o.value(s("restored")).toString() == other);
    CHECK(o.value(s("previous")).isNull());
    CHECK(o.value(s("metadata")).toObject().value(s("counts")).toObject().value(s("customers")).toInt() == 8);
    CHECK(db.count() == 9);
    const CliRun listed = runCli({ s("--db"), other, s("customers"), s("list"), s("--json") });
    REQUIRE(listed.code == 0);
    CHECK(listed.array().size() == 8);

    // Then over the database: the current file goes aside, complete.
    const CliRun over = db.run({ s("restore"), file, s("--json") });
    INFO(over.err.toStdString());
    REQUIRE(over.code == 0);
    const QString previous = over.object().value(s("previous")).toString();
    CHECK(QFileInfo(previous).fileName().startsWith(s("test.before-restore-")));
    CHECK(db.count() == 8);
    const CliRun kept = runCli({ s("--db"), previous, s("customers"), s("search"), s("After"), s("--json") });
    REQUIRE(kept.code == 0);
    CHECK(kept.array().size() == 1);
}

TEST_CASE("an encrypted backup needs its passphrase, a wrong one exits 2", "[cli][backup]")
{
    TempDatabase db;
    demo(db, 3);
    QString file;
    {
        PassphraseEnv env("پیوند secret");
        const QJsonObject o = backupJson(db, { s("--encrypt") });
        CHECK(o.value(s("encrypted")).toBool());
        file = o.value(s("path")).toString();
    }
    const QString target = QDir(db.dir()).filePath(s("restored.sqlite"));
    {
        PassphraseEnv env("wrong");
        const CliRun r = db.run({ s("restore"), file, s("--to"), target, s("--lang"), s("en") });
        CHECK(r.code == 2);
        CHECK(r.err.startsWith(s("error: The passphrase is wrong")));
        CHECK(r.err.count(u'\n') == 1);
        CHECK_FALSE(QFileInfo::exists(target));
    }
    {
        PassphraseEnv empty("");
        const CliRun r = db.run({ s("restore"), file, s("--to"), target });
        CHECK(r.code == 2);
        CHECK(r.err.contains(s("PEYVAND_PASSPHRASE")));
    }
    if (!stdinIsTerminal()) {
        PassphraseEnv none;
        const CliRun r = db.run({ s("restore"), file, s("--to"), target, s("--lang"), s("en") });
        CHECK(r.code == 2);
        CHECK(r.err.contains(s("PEYVAND_PASSPHRASE")));
        const CliRun b = db.run({ s("backup"), s("--encrypt") });
        CHECK(b.code == 2);
    }
    {
        PassphraseEnv none;
        const CliRun listed = db.run({ s("backups"), s("list"), s("--json") });
        REQUIRE(listed.code == 0);
        REQUIRE(listed.array().size() == 1);
        CHECK(listed.array().at(0).toObject().value(s("encrypted")).toBool());
        CHECK(listed.array().at(0).toObject().value(s("metadata")).toObject().value(s("counts")).toObject().value(s("customers")).toInt() == 3);
    }
    {
        PassphraseEnv env("پیوند secret");
        const CliRun r = db.run({ s("restore"), file, s("--to"), target, s("--json") });
        INFO(r.err.toStdString());
        REQUIRE(r.code == 0);
        const CliRun listed = runCli({ s("--db"), target, s("customers"), s("list"), s("--json") });
        CHECK(listed.array().size() == 3);
    }
}

TEST_CASE("a damaged or cut backup exits 2 with the reason and changes nothing", "[cli][backup]")
{
    TempDatabase db;
    demo(db, 5);
    PassphraseEnv none;
    const QString file = backupJson(db).value(s("path")).toString();
    const QByteArray before = sha256OfFile(db.path());

    flipByte(file, QFileInfo(file).size() / 2);
    const CliRun damaged = db.run({ s("restore"), file, s("--lang"), s("en") });
    CHECK(damaged.code == 2);
    CHECK(damaged.err.contains(s("damaged")));
    CHECK(damaged.err.count(u'\n') == 1);
    flipByte(file, QFileInfo(file).size() / 2); // undone

    QFile cut(file);
    REQUIRE(cut.resize(QFileInfo(file).size() - 10));
    const CliRun truncated = db.run({ s("restore"), file, s("--lang"), s("en") });
    CHECK(truncated.code == 2);
    CHECK(truncated.err.contains(s("cut short")));

    const CliRun notBackup = db.run({ s("restore"), db.path(), s("--to"), QDir(db.dir()).filePath(s("x.sqlite")), s("--lang"), s("en") });
    CHECK(notBackup.code == 2);
    CHECK(notBackup.err.contains(s("not a Peyvand backup")));

    const CliRun missing = db.run({ s("restore"), QDir(db.dir()).filePath(s("nope.pvbak")) });
    CHECK(missing.code == 1);

    CHECK(sha256OfFile(db.path()) == before);
    const QStringList left = QDir(db.dir()).entryList(QDir::Files | QDir::Hidden);
    for (const QString& name : left)
        CHECK_FALSE(name.startsWith(u'.'));

    flipByte(file, 20); // in the metadata: the header no longer checks out
    const CliRun listed = db.run({ s("backups"), s("list"), s("--lang"), s("en") });
    REQUIRE(listed.code == 0);
    CHECK(listed.out.contains(s("unreadable")));
    CHECK(listed.out.contains(s("header")));
}

TEST_CASE("backups list with a folder, an empty folder and a missing one", "[cli][backup]")
{
    TempDatabase db;
    demo(db, 1);
    PassphraseEnv none;
    const QString folder = QDir(db.dir()).filePath(s("mine"));
    REQUIRE(db.run({ s("backup"), folder }).code == 0);
    const CliRun listed = runCli({ s("backups"), s("list"), folder, s("--json") });
    REQUIRE(listed.code == 0);
    REQUIRE(listed.array().size() == 1);
    CHECK(listed.array().at(0).toObject().value(s("problem")).isNull());

    QDir().mkpath(QDir(db.dir()).filePath(s("empty")));
    const CliRun empty = runCli({ s("backups"), s("list"), QDir(db.dir()).filePath(s("empty")), s("--lang"), s("en") });
    CHECK(empty.code == 0);
    CHECK(empty.out.startsWith(s("No backups in")));

    const CliRun missing = runCli({ s("backups"), s("list"), QDir(db.dir()).filePath(s("missing")) });
    CHECK(missing.code == 2);
}

TEST_CASE("check names the newest backup", "[cli][backup]")
{
    TempDatabase db;
    demo(db, 1);
    PassphraseEnv none;
    const CliRun before = db.run({ s("check"), s("--json") });
    REQUIRE(before.code == 0);
    CHECK(before.object().value(s("last_backup")).isNull());
    CHECK(before.object().value(s("backup_folder")).toString() == QDir(db.dir()).filePath(s("backups")));
    const CliRun human = db.run({ s("check"), s("--lang"), s("en") });
    CHECK(human.out.contains(s("No backup in")));

    const QString path = backupJson(db).value(s("path")).toString();
    const CliRun after = db.run({ s("check"), s("--json") });
    REQUIRE(after.code == 0);
    const QJsonObject last = after.object().value(s("last_backup")).toObject();
    CHECK(last.value(s("path")).toString() == path);
    CHECK(last.value(s("encrypted")).toBool() == false);
    CHECK(last.value(s("created_at")).toString().endsWith(u'Z'));
    CHECK(db.run({ s("check"), s("--lang"), s("en") }).out.contains(s("Last backup: ")));
}
