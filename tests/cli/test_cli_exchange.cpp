// customers import / export.
#include "CliTestSupport.h"

#include <QFile>
#include <QJsonArray>

using namespace peyvand::test;

namespace {

QString s(const char* latin) { return QString::fromLatin1(latin); }

QString file(const TempDatabase& db, const char* name, const QByteArray& bytes)
{
    const QString path = db.dir() + u'/' + QString::fromLatin1(name);
    writeFile(path, bytes);
    return path;
}

const QByteArray kCsv = QString::fromUtf8("نام,موبایل,کد ملی,شهر\n"
                                          "علي كريمي,9121234567,499370899,تهران\n"
                                          "زهرا,123,,\n"
                                          "رضا,+989351112233,,قم\n"
                                          "Dup,09121234567,,\n").toUtf8();

} // namespace

TEST_CASE("customers import --json prints exactly the report of the issue", "[cli][exchange]")
{
    TempDatabase db;
    const QString path = file(db, "list.csv", kCsv);
    const CliRun r = db.run({ s("customers"), s("import"), path, s("--json") });
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    const QJsonObject o = r.object();
    CHECK(o.keys() == QStringList { s("imported"), s("rejected"), s("skipped_duplicates"), s("updated") });
    CHECK(o.value(s("imported")).toInt() == 2);
    CHECK(o.value(s("updated")).toInt() == 0);
    CHECK(o.value(s("skipped_duplicates")).toInt() == 1);
    const QJsonArray rejected = o.value(s("rejected")).toArray();
    REQUIRE(rejected.size() == 1);
    const QJsonObject row = rejected.at(0).toObject();
    CHECK(row.keys() == QStringList { s("field"), s("line"), s("reason"), s("value") });
    CHECK(row.value(s("line")).toInt() == 3);
    CHECK(row.value(s("field")).toString() == s("mobile"));
    CHECK(row.value(s("value")).toString() == s("123"));
    CHECK_FALSE(row.value(s("reason")).toString().isEmpty());
    CHECK(db.count() == 2);

    const CliRun found = db.run({ s("customers"), s("search"), u8("علی"), s("--json") });
    REQUIRE(found.code == 0);
    REQUIRE(found.array().size() == 1);
    CHECK(found.array().at(0).toObject().value(s("national_id")).toString() == s("0499370899"));
}

TEST_CASE("customers import prints a summary and the rejected rows in English", "[cli][exchange]")
{
    TempDatabase db;
    const QString path = file(db, "list.csv", kCsv);
    const CliRun r = db.run({ s("customers"), s("import"), path, s("--lang"), s("en") });
    REQUIRE(r.code == 0);
    CHECK(r.out == s("2 imported, 0 updated, 1 skipped as duplicates, 1 rejected\n"));
    CHECK(r.err.startsWith(u8("warning: line 3, mobile “123”: ")));
}

TEST_CASE("customers import --dry-run stores nothing", "[cli][exchange]")
{
    TempDatabase db;
    db.init();
    const QString path = file(db, "list.csv", kCsv);
    const CliRun r = db.run({ s("customers"), s("import"), path, s("--dry-run"), s("--lang"), s("en") });
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(s("2 imported")));
    CHECK(r.out.contains(s("Dry run: nothing was stored.")));
    CHECK(db.count() == 0);
}

TEST_CASE("customers import --on-duplicate update and --overwrite", "[cli][exchange]")
{
    TempDatabase db;
    REQUIRE(db.run({ s("customers"), s("import"), file(db, "a.csv", "name,mobile,city\nAli,09121234567,Tehran\n") }).code == 0);
    const QString update = file(db, "b.csv", "name,mobile,city,email\nAli K,09121234567,Shiraz,ali@example.com\n");
    CliRun r = db.run({ s("customers"), s("import"), update, s("--on-duplicate"), s("update"), s("--json") });
    REQUIRE(r.code == 0);
    CHECK(r.object().value(s("updated")).toInt() == 1);
    CliRun show = db.run({ s("customers"), s("show"), s("1"), s("--json") });
    CHECK(show.object().value(s("city")).toString() == s("Tehran"));
    CHECK(show.object().value(s("email")).toString() == s("ali@example.com"));
    r = db.run({ s("customers"), s("import"), update, s("--on-duplicate"), s("update"), s("--overwrite"), s("--json") });
    REQUIRE(r.code == 0);
    show = db.run({ s("customers"), s("show"), s("1"), s("--json") });
    CHECK(show.object().value(s("city")).toString() == s("Shiraz"));
    CHECK(show.object().value(s("name")).toString() == s("Ali K"));
    r = db.run({ s("customers"), s("import"), update, s("--on-duplicate"), s("create"), s("--json") });
    CHECK(r.object().value(s("imported")).toInt() == 1);
    CHECK(db.count() == 2);
}

TEST_CASE("customers import --map and --format", "[cli][exchange]")
{
    TempDatabase db;
    const QString path = file(db, "people.txt", "Who;Cell;Extra\nSara;09351112233;x\n");
    const CliRun r = db.run({ s("customers"), s("import"), path, s("--format"), s("csv"), s("--map"), s("Who=name"),
                              s("--map"), s("2=mobile"), s("--json") });
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(r.object().value(s("imported")).toInt() == 1);
    const CliRun show = db.run({ s("customers"), s("show"), s("1"), s("--json") });
    CHECK(show.object().value(s("mobile")).toString() == s("09351112233"));
}

TEST_CASE("customers import --encoding reads a Windows-1256 file", "[cli][exchange]")
{
    TempDatabase db;
    const QString path = file(db, "w.csv", QByteArray("name,mobile\n") + QByteArray("\xDA\xE1\xED", 3) + ",09121234567\n");
    const CliRun r = db.run({ s("customers"), s("import"), path, s("--encoding"), s("windows-1256"), s("--json") });
    REQUIRE(r.code == 0);
    const CliRun show = db.run({ s("customers"), s("show"), s("1"), s("--json") });
    CHECK(show.object().value(s("name")).toString() == u8("علی"));
}

TEST_CASE("customers import: a file that cannot be parsed exits 2, says where and imports nothing", "[cli][exchange]")
{
    TempDatabase db;
    const QString path = file(db, "broken.csv", "name,mobile\nAli,09121234567\n\"Sara,09351112233\n");
    const CliRun r = db.run({ s("customers"), s("import"), path, s("--json"), s("--lang"), s("en") });
    CHECK(r.code == 2);
    CHECK(r.out.isEmpty());
    CHECK(r.err.startsWith(s("error: broken.csv: line 3")));
    CHECK(r.err.contains(s("nothing was imported")));
    CHECK(db.count() == 0);
}

TEST_CASE("customers import: bad options exit 2 naming the option", "[cli][exchange]")
{
    TempDatabase db;
    const QString path = file(db, "list.csv", kCsv);
    const struct {
        QStringList args;
        const char* option;
    } cases[] = {
        { { s("--format"), s("pdf") }, "--format" },
        { { s("--encoding"), s("latin9") }, "--encoding" },
        { { s("--map"), s("nonsense") }, "--map" },
        { { s("--map"), s("Fax=phone") }, "--map" },
        { { s("--map"), s("1=shoe_size") }, "--map" },
        { { s("--on-duplicate"), s("merge") }, "--on-duplicate" },
        { { s("--overwrite") }, "--overwrite" },
    };
    for (const auto& c : cases) {
        INFO(c.args.join(u' ').toStdString());
        const CliRun r = db.run(QStringList { s("customers"), s("import"), path, s("--lang"), s("en") } + c.args);
        CHECK(r.code == 2);
        CHECK(r.err.startsWith(s("error: ") + QString::fromLatin1(c.option)));
    }
    CHECK(db.run({ s("customers"), s("import"), db.dir() + s("/missing.csv") }).code == 2);
    CHECK(db.count() == 0);
}

TEST_CASE("customers export writes CSV, vCard and filters by --query", "[cli][exchange]")
{
    TempDatabase db;
    REQUIRE(db.run({ s("customers"), s("import"), file(db, "list.csv", kCsv) }).code == 0);
    const QString csv = db.dir() + s("/out.csv");
    CliRun r = db.run({ s("customers"), s("export"), csv, s("--json") });
    REQUIRE(r.code == 0);
    CHECK(r.object().value(s("exported")).toInt() == 2);
    CHECK(r.object().value(s("format")).toString() == s("csv"));
    QFile f(csv);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF" "name,kind,"));
    CHECK(QString::fromUtf8(bytes).contains(u8("علی کریمی,person,,0499370899,")));

    const QString vcf = db.dir() + s("/out.vcf");
    r = db.run({ s("customers"), s("export"), vcf, s("--query"), u8("رضا"), s("--lang"), s("en") });
    REQUIRE(r.code == 0);
    CHECK(r.out == s("1 customers exported to ") + vcf + u'\n');
    QFile v(vcf);
    REQUIRE(v.open(QIODevice::ReadOnly));
    CHECK(v.readAll().count("BEGIN:VCARD") == 1);

    // Re-importing the export into another database gives the same customers.
    TempDatabase other;
    r = other.run({ s("customers"), s("import"), csv, s("--json") });
    REQUIRE(r.code == 0);
    CHECK(r.object().value(s("imported")).toInt() == 2);
    CHECK(r.object().value(s("rejected")).toArray().isEmpty());

    CHECK(db.run({ s("customers"), s("export"), csv, s("--format"), s("pdf") }).code == 2);
    CHECK(db.run({ s("customers"), s("export"), db.dir() + s("/no/such/dir/x.csv") }).code == 1);
    TempDatabase missing;
    CHECK(missing.run({ s("customers"), s("export"), csv }).code == 1);
}

TEST_CASE("customers import and export are listed in help", "[cli][exchange]")
{
    const CliRun help = runCli({ s("customers"), s("--help"), s("--lang"), s("en") });
    CHECK(help.out.contains(s("customers import")));
    CHECK(help.out.contains(s("customers export")));
    const CliRun importHelp = runCli({ s("customers"), s("import"), s("--help"), s("--lang"), s("en") });
    CHECK(importHelp.code == 0);
    for (const char* option : { "--format", "--encoding", "--map COLUMN=FIELD", "--on-duplicate", "--overwrite", "--dry-run" })
        CHECK(importHelp.out.contains(QString::fromLatin1(option)));
}
