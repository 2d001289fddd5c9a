// Commands, options, help and exit statuses that need no database.
#include "CliTestSupport.h"

#include <QFileInfo>

using namespace peyvand::test;

namespace {
QString s(const char* latin) { return QString::fromLatin1(latin); }
} // namespace

TEST_CASE("no command is a usage error", "[cli][usage]")
{
    const CliRun r = runCli({});
    CHECK(r.code == 2);
    CHECK(r.out.isEmpty());
    CHECK(r.err.startsWith(s("error: ")));
    CHECK(r.err.contains(s("--help")));
}

TEST_CASE("an unknown command exits 2 with a usage hint", "[cli][usage]")
{
    TempDatabase db;
    const CliRun r = db.run({ s("frobnicate") });
    CHECK(r.code == 2);
    CHECK(r.err.contains(s("frobnicate")));
    CHECK(r.err.contains(s("--help")));
    CHECK(r.err.count(u'\n') == 1);
    CHECK_FALSE(QFileInfo::exists(db.path()));
}

TEST_CASE("an unknown customers subcommand exits 2", "[cli][usage]")
{
    const CliRun r = runCli({ s("customers"), s("frobnicate") });
    CHECK(r.code == 2);
    CHECK(r.err.contains(s("customers frobnicate")));
    CHECK(runCli({ s("customers") }).code == 2);
}

TEST_CASE("an unknown option exits 2 and names it", "[cli][usage]")
{
    TempDatabase db;
    const CliRun r = db.run({ s("customers"), s("add"), s("--name"), s("x"), s("--colour"), s("blue") });
    CHECK(r.code == 2);
    CHECK(r.err.contains(s("--colour")));
    CHECK(r.err.contains(s("customers add --help")));
    CHECK_FALSE(QFileInfo::exists(db.path()));
}

TEST_CASE("option values and counts are checked before anything runs", "[cli][usage]")
{
    TempDatabase db;
    CHECK(db.run({ s("customers"), s("add"), s("--name") }).code == 2);                          // value missing
    CHECK(db.run({ s("init"), s("--json=yes") }).code == 2);                                      // flag with a value
    CHECK(db.run({ s("customers"), s("add"), s("--name"), s("a"), s("--name"), s("b") }).code == 2); // given twice
    CHECK(db.run({ s("customers"), s("show") }).code == 2);                                      // ID missing
    CHECK(db.run({ s("customers"), s("show"), s("1"), s("2") }).code == 2);                      // too many
    CHECK(db.run({ s("customers"), s("show"), s("abc") }).code == 2);                            // not an ID
    CHECK(db.run({ s("customers"), s("show"), s("-3") }).code == 2);
    CHECK(db.run({ s("customers"), s("add") }).code == 2);                                       // --name missing
    CHECK(db.run({ s("init"), s("extra") }).code == 2);
    CHECK(db.run({ s("init"), s("--lang"), s("de") }).code == 2);
    CHECK(runCli({ s("init"), s("--db"), s("") }).code == 2);
    CHECK_FALSE(QFileInfo::exists(db.path()));
}

TEST_CASE("help works on every level and exits 0", "[cli][usage]")
{
    const CliRun global = runCli({ s("--help") });
    CHECK(global.code == 0);
    CHECK(global.out.contains(s("customers add")));
    CHECK(global.out.contains(s("check")));
    CHECK(global.err.isEmpty());

    CHECK(runCli({ s("help") }).out == global.out);
    CHECK(runCli({ s("-h") }).out == global.out);

    const CliRun group = runCli({ s("customers"), s("--help") });
    CHECK(group.code == 0);
    CHECK(group.out.contains(s("interact")));

    const CliRun add = runCli({ s("customers"), s("add"), s("--help") });
    CHECK(add.code == 0);
    for (const char* option : { "--name", "--national-id", "--mobile", "--email", "--tag", "--since", "--kind",
                                "--legal-id", "--economic-code", "--phone", "--province", "--address",
                                "--postal-code", "--source", "--website", "--instagram", "--telegram", "--whatsapp",
                                "--linkedin", "--preferred-channel", "--db", "--lang", "--json" }) {
        INFO(option);
        CHECK(add.out.contains(s(option)));
    }
    CHECK(runCli({ s("help"), s("customers"), s("add") }).out == add.out);

    const CliRun interact = runCli({ s("customers"), s("interact"), s("--help") });
    CHECK(interact.code == 0);
    CHECK(interact.out.contains(s("in_person")));

    for (const char* command : { "init", "check", "demo" }) {
        INFO(command);
        CHECK(runCli({ s(command), s("--help") }).code == 0);
    }
}

TEST_CASE("version option prints the version", "[cli][usage]")
{
    const CliRun r = runCli({ s("--version") });
    CHECK(r.code == 0);
    CHECK(r.out.startsWith(s("peyvand-cli ")));
}

TEST_CASE("global options go anywhere, --name=value works, single-dash words are positionals", "[cli][usage]")
{
    TempDatabase db;
    CliRun r = runCli({ s("--lang=en"), s("--db=") + db.path(), s("init") });
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    r = runCli({ s("customers"), s("--json"), s("add"), s("--name=Ali"), s("--db"), db.path() });
    REQUIRE(r.code == 0);
    CHECK(r.object().value(s("name")).toString() == s("Ali"));
    r = db.run({ s("customers"), s("search"), s("-Ali"), s("--json") });
    CHECK(r.code == 0);
    r.array();
}
