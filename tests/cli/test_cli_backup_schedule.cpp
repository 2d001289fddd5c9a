// backups schedule, backups encryption, backup --if-due, backup with the
// stored key, check's schedule lines, and the pre-migration .pvbak.
#include "CliTestSupport.h"

#include "backup/BackupReader.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

using namespace peyvand::test;

namespace {

QString s(const char* latin) { return QString::fromLatin1(latin); }

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

CliRun ok(const TempDatabase& db, const QStringList& args)
{
    const CliRun r = db.run(args);
    INFO(args.join(u' ').toStdString() << "\n" << r.err.toStdString());
    REQUIRE(r.code == 0);
    return r;
}

void demo(const TempDatabase& db, int customers)
{
    ok(db, { s("demo"), s("--customers"), QString::number(customers), s("--without-activity") });
}

QStringList settingsAndAudit(const QString& path)
{
    auto opened = peyvand::storage::Database::open(path);
    REQUIRE(opened);
    QStringList out;
    QSqlQuery q((*opened)->connection());
    REQUIRE(q.exec(s("SELECT key || '=' || value FROM settings UNION ALL "
                     "SELECT coalesce(old_values, '') || coalesce(new_values, '') FROM audit_log")));
    while (q.next())
        out << q.value(0).toString();
    return out;
}

} // namespace

TEST_CASE("backups schedule shows the defaults and sets the schedule and folder", "[cli][backup][schedule]")
{
    TempDatabase db;
    db.init();
    QJsonObject o = ok(db, { s("backups"), s("schedule"), s("--json") }).object();
    CHECK(o.value(s("frequency")).toString() == s("daily"));
    CHECK(o.value(s("folder")).toString() == QDir(db.dir()).filePath(s("backups")));
    CHECK(o.value(s("folder_is_default")).toBool());
    CHECK(o.value(s("encrypted")).toBool() == false);
    CHECK(o.value(s("due")).toBool());
    CHECK(o.value(s("last_backup_at")).isNull());
    CHECK(o.value(s("last_failure")).isNull());

    const QString folder = QDir(db.dir()).filePath(s("synced"));
    o = ok(db, { s("backups"), s("schedule"), s("weekly"), s("--folder"), folder, s("--json") }).object();
    CHECK(o.value(s("frequency")).toString() == s("weekly"));
    CHECK(o.value(s("folder")).toString() == folder);
    CHECK_FALSE(o.value(s("folder_is_default")).toBool());

    const CliRun human = ok(db, { s("backups"), s("schedule"), s("--lang"), s("en") });
    CHECK(human.out.contains(s("Automatic backups: weekly, due now")));
    CHECK(human.out.contains(s("Backup folder: ") + folder));

    o = ok(db, { s("backups"), s("schedule"), s("OFF"), s("--folder"), QString(), s("--json") }).object();
    CHECK(o.value(s("frequency")).toString() == s("off"));
    CHECK(o.value(s("folder_is_default")).toBool());

    const CliRun bad = db.run({ s("backups"), s("schedule"), s("hourly") });
    CHECK(bad.code == 2);
    CHECK(bad.err.contains(s("hourly")));

    // Each change is in the audit log.
    const QString all = settingsAndAudit(db.path()).join(u'\n');
    CHECK(all.contains(s("\"backup_frequency\":\"weekly\"")));
    CHECK(all.contains(s("\"backup_frequency\":\"off\"")));
}

TEST_CASE("backup --if-due runs only when the schedule says so, exit 0 either way", "[cli][backup][schedule]")
{
    TempDatabase db;
    demo(db, 2);
    PassphraseEnv none;
    QJsonObject o = ok(db, { s("backup"), s("--if-due"), s("--json") }).object();
    CHECK(o.value(s("backed_up")).toBool());
    const QString first = o.value(s("path")).toString();
    CHECK(QFileInfo::exists(first));

    o = ok(db, { s("backup"), s("--if-due"), s("--json") }).object();
    CHECK_FALSE(o.value(s("backed_up")).toBool());
    CHECK_FALSE(o.value(s("due")).toBool());
    const CliRun human = ok(db, { s("backup"), s("--if-due"), s("--lang"), s("en") });
    CHECK(human.out.startsWith(s("No backup is due yet")));

    ok(db, { s("backups"), s("schedule"), s("off") });
    const CliRun off = ok(db, { s("backup"), s("--if-due"), s("--lang"), s("en") });
    CHECK(off.out.contains(s("automatic backups are off")));
    CHECK(QDir(QDir(db.dir()).filePath(s("backups"))).entryList({ s("*.pvbak") }, QDir::Files).size() == 1);

    // Without --if-due the backup is made whatever the schedule.
    o = ok(db, { s("backup"), s("--json") }).object();
    CHECK(o.value(s("backed_up")).toBool());
}

TEST_CASE("backups encryption on: backups are encrypted without asking, the passphrase restores, off needs it",
          "[cli][backup][schedule]")
{
    TempDatabase db;
    demo(db, 3);
    {
        PassphraseEnv none;
        const CliRun noPassphrase = db.run({ s("backups"), s("encryption"), s("on") });
        CHECK(noPassphrase.code == 2);
    }
    {
        PassphraseEnv env("ein geheimes Wort");
        const QJsonObject o = ok(db, { s("backups"), s("encryption"), s("on"), s("--json") }).object();
        CHECK(o.value(s("encrypted")).toBool());
    }
    // Nothing stored contains the passphrase.
    const QString stored = settingsAndAudit(db.path()).join(u'\n');
    CHECK_FALSE(stored.contains(s("geheimes")));
    CHECK(stored.contains(s("backup_encryption")));

    QString made;
    {
        PassphraseEnv none; // not needed to back up
        const QJsonObject o = ok(db, { s("backup"), s("--json") }).object();
        CHECK(o.value(s("encrypted")).toBool());
        made = o.value(s("path")).toString();
    }
    auto reader = peyvand::backup::BackupReader::open(made);
    REQUIRE(reader);
    CHECK(reader->isEncrypted());

    ok(db, { s("demo"), s("--customers"), s("2"), s("--without-activity"), s("--seed"), s("5") });
    {
        PassphraseEnv wrong("kein Wort");
        const CliRun r = db.run({ s("restore"), made });
        CHECK(r.code == 2);
        CHECK(r.err.contains(s("passphrase")));
        const CliRun off = db.run({ s("backups"), s("encryption"), s("off") });
        CHECK(off.code == 2);
    }
    {
        PassphraseEnv right("ein geheimes Wort");
        const QJsonObject r = ok(db, { s("restore"), made, s("--json") }).object();
        CHECK(r.value(s("metadata")).toObject().value(s("counts")).toObject().value(s("customers")).toInt() == 3);
        CHECK(db.count() == 3);
        const QJsonObject off = ok(db, { s("backups"), s("encryption"), s("off"), s("--json") }).object();
        CHECK_FALSE(off.value(s("encrypted")).toBool());
    }
    PassphraseEnv none;
    CHECK_FALSE(ok(db, { s("backup"), s("--json") }).object().value(s("encrypted")).toBool());
}

TEST_CASE("check reports the schedule and the last failure", "[cli][backup][schedule]")
{
    TempDatabase db;
    demo(db, 1);
    PassphraseEnv none;
    const QString blocker = QDir(db.dir()).filePath(s("not-a-folder"));
    writeFile(blocker, "x");
    ok(db, { s("backups"), s("schedule"), s("--folder"), blocker });
    const CliRun failed = db.run({ s("backup") });
    CHECK(failed.code != 0);

    QJsonObject o = ok(db, { s("check"), s("--json") }).object();
    const QJsonObject schedule = o.value(s("backup_schedule")).toObject();
    CHECK(schedule.value(s("frequency")).toString() == s("daily"));
    CHECK(schedule.value(s("due")).toBool());
    REQUIRE(schedule.value(s("last_failure")).isObject());
    CHECK(schedule.value(s("last_failure")).toObject().value(s("message")).toString().contains(blocker));
    const CliRun human = ok(db, { s("check"), s("--lang"), s("en") });
    CHECK(human.out.contains(s("The last backup attempt failed")));
    CHECK(human.out.contains(s("Automatic backups: daily, due now")));

    ok(db, { s("backups"), s("schedule"), s("--folder"), QString() });
    ok(db, { s("backup") });
    o = ok(db, { s("check"), s("--json") }).object();
    CHECK(o.value(s("backup_schedule")).toObject().value(s("last_failure")).isNull());
    CHECK_FALSE(o.value(s("backup_schedule")).toObject().value(s("due")).toBool());
}

TEST_CASE("backups list removes stale temporaries and never shows them", "[cli][backup][schedule]")
{
    TempDatabase db;
    demo(db, 1);
    PassphraseEnv none;
    ok(db, { s("backup") });
    const QString folder = QDir(db.dir()).filePath(s("backups"));
    const QString stale = QDir(folder).filePath(s(".peyvand-backup-k1ll3d00.pvbak.part"));
    writeFile(stale, "half a backup");
    {
        QFile f(stale);
        REQUIRE(f.open(QIODevice::ReadWrite));
        REQUIRE(f.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-3 * 3600), QFileDevice::FileModificationTime));
    }
    const QJsonArray listed = ok(db, { s("backups"), s("list"), s("--json") }).array();
    CHECK(listed.size() == 1);
    CHECK_FALSE(QFileInfo::exists(stale));
}
