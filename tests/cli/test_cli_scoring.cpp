// scoring export / import and leads rescore.
#include "CliTestSupport.h"

#include <QFile>
#include <QJsonDocument>

using namespace peyvand::test;

namespace {

QString s(const char* latin) { return QString::fromLatin1(latin); }

qint64 addLead(const TempDatabase& db, const QStringList& options)
{
    const CliRun r = db.run(QStringList { s("leads"), s("add"), s("--json") } + options);
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    return r.object().value(s("id")).toInteger();
}

QJsonObject lead(const TempDatabase& db, qint64 id)
{
    const CliRun r = db.run({ s("leads"), s("show"), QString::number(id), s("--json") });
    REQUIRE(r.code == 0);
    return r.object();
}

QJsonObject exported(const TempDatabase& db)
{
    const CliRun r = db.run({ s("scoring"), s("export"), s("-") });
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    return r.object();
}

QString writeProfile(const TempDatabase& db, const QJsonObject& profile, const char* name = "profile.json")
{
    const QString path = db.dir() + u'/' + s(name);
    writeFile(path, QJsonDocument(profile).toJson());
    return path;
}

} // namespace

TEST_CASE("scoring export writes the profile in use as JSON", "[cli][scoring]")
{
    TempDatabase db;
    db.init();
    const QString path = db.dir() + s("/out.json");
    const CliRun r = db.run({ s("scoring"), s("export"), path, s("--lang"), s("en") });
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(r.out == path + u'\n');
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QJsonObject profile = QJsonDocument::fromJson(file.readAll()).object();
    CHECK(profile.value(s("version")).toInt() == 1);
    CHECK(profile.value(s("threshold")).toInt() == 50);
    CHECK(profile.value(s("timeline")).toObject().value(s("points")).toObject().value(s("now")).toInt() == 25);
    CHECK(exported(db) == profile);

    const CliRun json = db.run({ s("scoring"), s("export"), path, s("--json") });
    REQUIRE(json.code == 0);
    CHECK(json.object().value(s("file")).toString() == path);

    const CliRun noFolder = db.run({ s("scoring"), s("export"), db.dir() + s("/missing/out.json") });
    CHECK(noFolder.code == 1);
    CHECK(noFolder.err.startsWith(s("error: ")));
    TempDatabase none;
    CHECK(none.run({ s("scoring"), s("export"), path }).code == 1); // no database
}

TEST_CASE("scoring import saves the profile and rescores every lead with a reason", "[cli][scoring]")
{
    TempDatabase db;
    // 25 + 12 + 6 = 43: warm, below the default threshold of 50.
    const qint64 warm = addLead(db, { s("--name"), s("Warm"), s("--timeline"), s("now"), s("--authority"), s("manager"),
                                      s("--need"), s("vague") });
    const qint64 cold = addLead(db, { s("--name"), s("Cold") });
    CHECK_FALSE(lead(db, warm).value(s("qualified")).toBool());

    QJsonObject profile = exported(db);
    profile.insert(s("name"), s("Eager"));
    profile.insert(s("threshold"), 30);
    QJsonObject timeline = profile.value(s("timeline")).toObject();
    QJsonObject points = timeline.value(s("points")).toObject();
    points.insert(s("now"), 28);
    timeline.insert(s("cap"), 30);
    timeline.insert(s("points"), points);
    profile.insert(s("timeline"), timeline);

    const CliRun r = db.run({ s("scoring"), s("import"), writeProfile(db, profile), s("--json") });
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    const QJsonObject summary = r.object();
    CHECK(summary.value(s("profile")).toString() == s("Eager"));
    CHECK(summary.value(s("leads")).toInt() == 2);
    CHECK(summary.value(s("changed")).toInt() == 1);
    CHECK(summary.value(s("qualified")).toInt() == 1);

    const QJsonObject after = lead(db, warm);
    CHECK(after.value(s("score")).toInt() == 46);
    CHECK(after.value(s("qualified")).toBool());
    CHECK(after.value(s("threshold")).toInt() == 30);
    const QJsonObject change = after.value(s("history")).toArray().at(0).toObject();
    CHECK(change.value(s("cause")).toString() == s("profile"));
    CHECK(change.value(s("old")).toInt() == 43);
    CHECK(change.value(s("new")).toInt() == 46);
    CHECK(change.value(s("note")).toString() == s("Eager"));
    REQUIRE(change.value(s("changes")).toArray().size() == 1);
    const QJsonObject moved = change.value(s("changes")).toArray().at(0).toObject();
    CHECK(moved.value(s("criterion")).toString() == s("timeline"));
    CHECK(moved.value(s("from")).toInt() == 25);
    CHECK(moved.value(s("to")).toInt() == 28);
    CHECK(lead(db, cold).value(s("history")).toArray().size() == 1); // unchanged: no history row

    CHECK(exported(db).value(s("threshold")).toInt() == 30);
    const CliRun queue = db.run({ s("leads"), s("list"), s("--qualified"), s("--json") });
    REQUIRE(queue.array().size() == 1);
    CHECK(queue.array().at(0).toObject().value(s("id")).toInteger() == warm);

    const CliRun human = db.run({ s("scoring"), s("import"), writeProfile(db, profile), s("--lang"), s("en") });
    REQUIRE(human.code == 0);
    CHECK(human.out == s("Leads rescored: 2, changed: 0, qualified: 1\n"));
}

TEST_CASE("scoring import: errors name the file and the JSON path and change nothing", "[cli][scoring]")
{
    TempDatabase db;
    const qint64 id = addLead(db, { s("--name"), s("X"), s("--timeline"), s("now") });
    const QJsonObject original = exported(db);

    QJsonObject badPoints = original;
    QJsonObject timeline = badPoints.value(s("timeline")).toObject();
    QJsonObject points = timeline.value(s("points")).toObject();
    points.insert(s("now"), s("lots"));
    timeline.insert(s("points"), points);
    badPoints.insert(s("timeline"), timeline);
    QJsonObject badBands = original;
    badBands.insert(s("bands"), QJsonObject { { s("hot"), 30 }, { s("warm"), 60 } });
    QJsonObject unknownKey = original;
    unknownKey.insert(s("colour"), s("red"));
    QJsonObject badThreshold = original;
    badThreshold.insert(s("threshold"), -4);

    struct Case {
        QByteArray json;
        const char* path;
    };
    const Case cases[] = {
        { QJsonDocument(badPoints).toJson(), "timeline.points.now" },
        { QJsonDocument(badBands).toJson(), "bands.warm" },
        { QJsonDocument(unknownKey).toJson(), "colour" },
        { QJsonDocument(badThreshold).toJson(), "threshold" },
        { QByteArray("{\"version\": 1, "), "JSON" },
        { QByteArray("[1, 2]"), "JSON object" },
    };
    const QString file = db.dir() + s("/bad.json");
    for (const Case& c : cases) {
        INFO(c.json.toStdString());
        writeFile(file, c.json);
        const CliRun r = db.run({ s("scoring"), s("import"), file, s("--lang"), s("en") });
        CHECK(r.code == 2);
        CHECK(r.out.isEmpty());
        CHECK(r.err.startsWith(s("error: ") + file + s(": ")));
        CHECK(r.err.contains(s(c.path)));
        CHECK(r.err.count(u'\n') == 1);
    }
    CHECK(exported(db) == original);
    CHECK(lead(db, id).value(s("history")).toArray().size() == 1);

    const CliRun missing = db.run({ s("scoring"), s("import"), db.dir() + s("/nope.json") });
    CHECK(missing.code == 1);
    CHECK(missing.err.contains(s("nope.json")));
    CHECK(db.run({ s("scoring"), s("import") }).code == 2);
}

TEST_CASE("leads rescore reports what it did", "[cli][scoring]")
{
    TempDatabase db;
    addLead(db, { s("--name"), s("A"), s("--timeline"), s("now"), s("--authority"), s("owner"), s("--need"), s("clear") });
    addLead(db, { s("--name"), s("B") });
    const CliRun r = db.run({ s("leads"), s("rescore"), s("--json") });
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(r.object().value(s("leads")).toInt() == 2);
    CHECK(r.object().value(s("changed")).toInt() == 0);
    CHECK(r.object().value(s("qualified")).toInt() == 1);
    const CliRun human = db.run({ s("leads"), s("rescore"), s("--lang"), s("en") });
    REQUIRE(human.code == 0);
    CHECK(human.out == s("Leads rescored: 2, changed: 0, qualified: 1\n"));
    const CliRun persian = db.run({ s("leads"), s("rescore") });
    CHECK(persian.out.contains(u8("۲")));
    TempDatabase none;
    CHECK(none.run({ s("leads"), s("rescore") }).code == 1);
}
