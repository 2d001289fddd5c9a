// lock status, and exports refused while the password-protected switch is off.
#include "CliTestSupport.h"

#include "security/AppLock.h"
#include "storage/Database.h"

#include <QFile>

using namespace peyvand;
using namespace peyvand::test;

namespace {

QString s(const char* latin) { return QString::fromLatin1(latin); }

const QString kPassword = s("open sesame");

// Sets the app password (and optionally turns exports off) the way the app does.
void lockDatabase(const TempDatabase& db, bool exportsAllowed)
{
    auto opened = storage::Database::open(db.path());
    REQUIRE(opened);
    security::AppLock lock(**opened, SystemClock::instance(), security::PasswordCost::minimum());
    REQUIRE(lock.enable(kPassword));
    REQUIRE(lock.setIdleMinutes(5, kPassword));
    if (!exportsAllowed)
        REQUIRE(lock.setExportsAllowed(false, kPassword));
}

} // namespace

TEST_CASE("lock status reports the settings and never the hash", "[cli][lock]")
{
    TempDatabase db;
    db.init();
    const CliRun off = db.run({ s("lock"), s("status"), s("--json") });
    INFO(off.err.toStdString());
    REQUIRE(off.code == 0);
    QJsonObject o = off.object();
    CHECK(o.keys() == QStringList { s("enabled"), s("exports_allowed"), s("idle_minutes"), s("printing_allowed") });
    CHECK_FALSE(o.value(s("enabled")).toBool());
    CHECK(o.value(s("idle_minutes")).toInt() == 10);
    CHECK(o.value(s("exports_allowed")).toBool());
    CHECK(o.value(s("printing_allowed")).toBool());

    lockDatabase(db, false);
    const CliRun on = db.run({ s("lock"), s("status"), s("--json") });
    REQUIRE(on.code == 0);
    o = on.object();
    CHECK(o.value(s("enabled")).toBool());
    CHECK(o.value(s("idle_minutes")).toInt() == 5);
    CHECK_FALSE(o.value(s("exports_allowed")).toBool());
    CHECK(o.value(s("printing_allowed")).toBool());
    CHECK_FALSE(on.out.contains(s("argon2")));

    const CliRun human = db.run({ s("lock"), s("status"), s("--lang"), s("en") });
    REQUIRE(human.code == 0);
    CHECK(human.out.contains(s("App password: set")));
    CHECK(human.out.contains(s("Exports: turned off")));
    CHECK(human.out.contains(s("5 minutes")));
    CHECK_FALSE(human.out.contains(s("argon2")));
}

TEST_CASE("lock status takes no password arguments", "[cli][lock]")
{
    TempDatabase db;
    db.init();
    const CliRun r = db.run({ s("lock"), s("status"), kPassword });
    CHECK(r.code == 2);
    const CliRun missing = db.run({ s("lock"), s("status"), s("--lang"), s("en"), s("--db"), db.dir() + s("/none.sqlite") });
    CHECK(missing.code != 0);
}

TEST_CASE("exports are refused with exit 2 while turned off", "[cli][lock]")
{
    TempDatabase db;
    db.init();
    db.add({ s("--name"), s("Ali"), s("--mobile"), s("09121234567") });
    REQUIRE(db.run({ s("tasks"), s("add"), s("--title"), s("Call back"), s("--due"), s("2024-07-22") }).code == 0);
    const QString csv = db.dir() + s("/customers.csv");
    const QString ics = db.dir() + s("/tasks.ics");
    const QString scoring = db.dir() + s("/scoring.json");

    SECTION("allowed without a lock, and with a lock that allows them")
    {
        if (GENERATE(false, true))
            lockDatabase(db, true);
        CHECK(db.run({ s("customers"), s("export"), csv }).code == 0);
        CHECK(QFile::exists(csv));
        CHECK(db.run({ s("tasks"), s("export"), ics }).code == 0);
        CHECK(QFile::exists(ics));
    }
    SECTION("refused, writing nothing, when turned off")
    {
        lockDatabase(db, false);
        const QList<QStringList> commands { { s("customers"), s("export"), csv },
                                            { s("customers"), s("export"), csv, s("--json") },
                                            { s("tasks"), s("export"), ics },
                                            { s("tasks"), s("export"), s("-") },
                                            { s("scoring"), s("export"), scoring } };
        for (const QStringList& command : commands) {
            const CliRun r = db.run(command + QStringList { s("--lang"), s("en") });
            INFO(command.join(u' ').toStdString());
            CHECK(r.code == 2);
            CHECK(r.err.contains(s("Exports are turned off in Peyvand's settings")));
            CHECK_FALSE(r.out.contains(s("BEGIN:VCALENDAR")));
        }
        CHECK_FALSE(QFile::exists(csv));
        CHECK_FALSE(QFile::exists(ics));
        CHECK_FALSE(QFile::exists(scoring));
        // Reading is not exporting.
        CHECK(db.run({ s("customers"), s("list") }).code == 0);
    }
}
