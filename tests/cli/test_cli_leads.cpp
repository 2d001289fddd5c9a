// leads add / update / show / list / industries / note / log / override /
// convert (issue 4's CLI contract). Scores follow the default profile
// (core/leads/ScoringProfile.cpp): budget ≥ 500M +25, ≥ 100M +15; timeline now
// +25, 1m +20, 3m +12; authority owner +20, manager +12; industry software
// +10; need clear +15, vague +6; threshold 50, warm from 40, hot from 70.
#include "CliTestSupport.h"

#include <QFileInfo>

using namespace peyvand::test;

namespace {

QString s(const char* latin) { return QString::fromLatin1(latin); }

qint64 addLead(const TempDatabase& db, const QStringList& options)
{
    const CliRun r = db.run(QStringList { s("leads"), s("add"), s("--lang"), s("en") } + options);
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    bool ok = false;
    const qint64 id = r.out.trimmed().toLongLong(&ok);
    REQUIRE(ok);
    return id;
}

QJsonObject showLead(const TempDatabase& db, qint64 id)
{
    const CliRun r = db.run({ s("leads"), s("show"), QString::number(id), s("--json") });
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    return r.object();
}

// The "hot" lead of these tests: 25 + 20 + 20 + 10 + 15 = 90.
QStringList hotOptions(const char* name)
{
    return { s("--name"), s(name), s("--budget"), s("600,000,000"), s("--timeline"), s("1m"), s("--authority"), s("owner"),
             s("--industry"), s("software"), s("--need"), s("clear") };
}

int pointsOf(const QJsonObject& lead, const char* criterion)
{
    for (const QJsonValue& item : lead.value(s("breakdown")).toArray()) {
        if (item.toObject().value(s("criterion")).toString() == s(criterion))
            return item.toObject().value(s("points")).toInt();
    }
    FAIL("no breakdown item " << criterion);
    return 0;
}

} // namespace

TEST_CASE("leads add --json: the lead with its score, band and breakdown", "[cli][leads]")
{
    TempDatabase db;
    const CliRun r = db.run(QStringList { s("leads"), s("add"), s("--json"), s("--type"), s("marketing"), s("--source"),
                                          s("referral"), s("--mobile"), s("0912 123 4567"), s("--email"), s("a@example.com"),
                                          s("--company"), u8("پارس"), s("--owner"), u8("سارا"), s("--best-time"), s("9-11") }
                            + hotOptions("Ali"));
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0); // "leads add" creates the database like "customers add"
    const QJsonObject lead = r.object();
    CHECK(lead.value(s("id")).toInteger() == 1);
    CHECK(lead.value(s("name")).toString() == s("Ali"));
    CHECK(lead.value(s("type")).toString() == s("marketing"));
    CHECK(lead.value(s("source")).toString() == s("referral"));
    CHECK(lead.value(s("status")).toString() == s("new"));
    CHECK(lead.value(s("mobile")).toString() == s("09121234567"));
    CHECK(lead.value(s("email")).toString() == s("a@example.com"));
    CHECK(lead.value(s("company")).toString() == u8("پارس"));
    CHECK(lead.value(s("owner")).toString() == u8("سارا"));
    CHECK(lead.value(s("best_time_to_call")).toString() == s("9-11"));
    CHECK(lead.value(s("budget")).toInteger() == 600000000);
    CHECK(lead.value(s("timeline")).toString() == s("1m"));
    CHECK(lead.value(s("authority")).toString() == s("owner"));
    CHECK(lead.value(s("industry")).toString() == s("software"));
    CHECK(lead.value(s("need")).toString() == s("clear"));
    CHECK(lead.value(s("score")).toInt() == 90);
    CHECK(lead.value(s("qualified")).toBool());
    CHECK(lead.value(s("band")).toString() == s("hot"));
    CHECK(lead.value(s("override")).isNull());
    CHECK_FALSE(lead.contains(s("tags")));       // customer-only fields are not part of a lead
    CHECK_FALSE(lead.contains(s("archived")));
    CHECK(pointsOf(lead, "budget") == 25);
    CHECK(pointsOf(lead, "timeline") == 20);
    CHECK(pointsOf(lead, "authority") == 20);
    CHECK(pointsOf(lead, "industry") == 10);
    CHECK(pointsOf(lead, "need") == 15);
    int sum = 0;
    for (const QJsonValue& item : lead.value(s("breakdown")).toArray()) {
        const QJsonObject o = item.toObject();
        CHECK_FALSE(o.value(s("criterion")).toString().isEmpty());
        CHECK(o.contains(s("reason")));
        CHECK(o.value(s("points")).isDouble());
        sum += o.value(s("points")).toInt();
    }
    CHECK(sum == 90);
}

TEST_CASE("leads add prints the ID, amounts and IDs in Persian digits", "[cli][leads]")
{
    TempDatabase db;
    db.init();
    CHECK(addLead(db, { s("--name"), s("First") }) == 1);
    const CliRun r = db.run({ s("leads"), s("add"), s("--name"), u8("مریم"), s("--budget"), u8("۱۵۰٬۰۰۰٬۰۰۰") });
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(r.out == u8("۲\n"));
    const QJsonObject lead = showLead(db, 2);
    CHECK(lead.value(s("budget")).toInteger() == 150000000);
    CHECK(pointsOf(lead, "budget") == 15);
    CHECK(showLead(db, 1).value(s("budget")).isNull());
    const CliRun persianId = db.run({ s("leads"), s("show"), u8("۲"), s("--json") });
    CHECK(persianId.code == 0);
}

TEST_CASE("leads add: unknown option values exit 2 and list the allowed ones", "[cli][leads][usage]")
{
    TempDatabase db;
    db.init();
    struct Case {
        const char* option;
        const char* value;
        const char* allowed;
    };
    const Case cases[] = {
        { "--timeline", "soon", "allowed: now, 1m, 3m, 6m, later, unknown" },
        { "--authority", "ceo", "allowed: owner, manager, staff, unknown" },
        { "--need", "urgent", "allowed: clear, vague, none, unknown" },
        { "--type", "cold", "allowed: marketing, sales, product, service" },
        { "--source", "tv", "walk_in" },
        { "--kind", "robot", "allowed: person, company" },
        { "--status", "converted", "allowed: new, contacted, qualified, lost" },
        { "--industry", "mining", "retail" },
    };
    for (const Case& c : cases) {
        INFO(c.option);
        const CliRun r = db.run({ s("leads"), s("add"), s("--name"), s("X"), s(c.option), s(c.value), s("--lang"), s("en") });
        INFO(r.err.toStdString());
        CHECK(r.code == 2);
        CHECK(r.out.isEmpty());
        CHECK(r.err.startsWith(s("error: ") + s(c.option) + u8(": unknown value “") + s(c.value) + u8("”")));
        CHECK(r.err.contains(s(c.allowed)));
        CHECK(r.err.count(u'\n') == 1);
    }
    const CliRun badBudget = db.run({ s("leads"), s("add"), s("--name"), s("X"), s("--budget"), s("lots") });
    CHECK(badBudget.code == 2);
    CHECK(badBudget.err.startsWith(s("error: --budget")));
    const CliRun negative = db.run({ s("leads"), s("add"), s("--name"), s("X"), s("--budget"), s("-5") });
    CHECK(negative.code == 2);
    CHECK(negative.err.startsWith(s("error: --budget")));
    const CliRun criterion = db.run({ s("leads"), s("add"), s("--name"), s("X"), s("--criterion"), s("size") });
    CHECK(criterion.code == 2);
    CHECK(criterion.err.startsWith(s("error: --criterion")));
    CHECK(db.run({ s("leads"), s("list"), s("--all"), s("--json") }).array().isEmpty());
}

TEST_CASE("leads add: missing or invalid fields", "[cli][leads][usage]")
{
    TempDatabase db;
    const CliRun noName = db.run({ s("leads"), s("add"), s("--timeline"), s("now") });
    CHECK(noName.code == 2);
    CHECK(noName.err.contains(s("--name")));
    CHECK(noName.err.contains(s("leads add --help")));
    CHECK_FALSE(QFileInfo::exists(db.path()));

    db.init();
    const CliRun badMobile = db.run({ s("leads"), s("add"), s("--name"), s("X"), s("--mobile"), s("123") });
    CHECK(badMobile.code == 2);
    CHECK(badMobile.err.startsWith(s("error: --mobile")));
    const CliRun lost = db.run({ s("leads"), s("add"), s("--name"), s("X"), s("--status"), s("lost") });
    CHECK(lost.code == 2);
    CHECK(lost.err.startsWith(s("error: --lost-reason")));
    const CliRun blank = db.run({ s("leads"), s("add"), s("--name"), s("  ") });
    CHECK(blank.code == 2);
    CHECK(blank.err.startsWith(s("error: --name")));
}

TEST_CASE("leads add --industry takes a key or a name in any case and letter form", "[cli][leads]")
{
    TempDatabase db;
    db.init();
    for (const QString& typed : { s("software"), s("SOFTWARE"), s("  Software and IT "), s("software AND it") }) {
        INFO(typed.toStdString());
        const CliRun r = db.run({ s("leads"), s("add"), s("--name"), s("X"), s("--industry"), typed, s("--json") });
        INFO(r.err.toStdString());
        REQUIRE(r.code == 0);
        CHECK(r.object().value(s("industry")).toString() == s("software"));
    }
    const CliRun list = db.run({ s("leads"), s("industries"), s("--json") });
    REQUIRE(list.code == 0);
    REQUIRE(list.array().size() == 11);
    CHECK(list.array().at(0).toObject().value(s("key")).toString() == s("retail"));
    CHECK(list.array().at(0).toObject().value(s("builtin")).toBool());
}

TEST_CASE("leads show: breakdown, history, notes and interactions", "[cli][leads]")
{
    TempDatabase db;
    const qint64 id = addLead(db, hotOptions("Ali"));
    const CliRun note = db.run({ s("leads"), s("note"), QString::number(id), s("called"), s("twice"), s("--json") });
    INFO(note.err.toStdString());
    REQUIRE(note.code == 0);
    CHECK(note.object().value(s("lead_id")).toInteger() == id);
    CHECK(note.object().value(s("text")).toString() == s("called twice"));
    const CliRun logged = db.run({ s("leads"), s("log"), QString::number(id), s("--summary"), s("demo"), s("--channel"),
                                   s("meeting"), s("--direction"), s("in"), s("--json") });
    INFO(logged.err.toStdString());
    REQUIRE(logged.code == 0);
    CHECK(logged.object().value(s("channel")).toString() == s("meeting"));
    CHECK(logged.object().value(s("direction")).toString() == s("inbound"));

    const QJsonObject lead = showLead(db, id);
    CHECK(lead.value(s("status")).toString() == s("contacted")); // a logged interaction moves New on
    CHECK(pointsOf(lead, "engagement") == 4);
    CHECK(lead.value(s("score")).toInt() == 94);
    const QJsonArray history = lead.value(s("history")).toArray();
    REQUIRE(history.size() == 2);                                 // newest first
    const QJsonObject latest = history.at(0).toObject();
    CHECK(latest.value(s("cause")).toString() == s("interaction"));
    CHECK(latest.value(s("old")).toInt() == 90);
    CHECK(latest.value(s("new")).toInt() == 94);
    REQUIRE(latest.value(s("changes")).toArray().size() == 1);
    CHECK(latest.value(s("changes")).toArray().at(0).toObject().value(s("criterion")).toString() == s("engagement"));
    CHECK(latest.value(s("at")).toString().endsWith(u'Z'));
    const QJsonObject first = history.at(1).toObject();
    CHECK(first.value(s("cause")).toString() == s("created"));
    CHECK(first.value(s("old")).isNull());
    CHECK(first.value(s("new")).toInt() == 90);
    CHECK(lead.value(s("notes")).toArray().size() == 1);
    CHECK(lead.value(s("interactions")).toArray().size() == 1);

    const CliRun human = db.run({ s("leads"), s("show"), QString::number(id), s("--lang"), s("en") });
    REQUIRE(human.code == 0);
    CHECK(human.out.contains(s("Score: 94")));
    CHECK(human.out.contains(s("Criterion")));
    CHECK(human.out.contains(s("Reason")));
    CHECK(human.out.contains(s("+25")));
    CHECK(human.out.contains(s("500,000,000")));
    CHECK(human.out.contains(s("Score history:")));
    CHECK(human.out.contains(s("called twice")));
    const CliRun persian = db.run({ s("leads"), s("show"), QString::number(id) });
    REQUIRE(persian.code == 0);
    CHECK(persian.out.contains(u8("۹۴")));
}

TEST_CASE("leads show, note, log, convert: bad and unknown IDs", "[cli][leads]")
{
    TempDatabase db;
    db.init();
    const CliRun missing = db.run({ s("leads"), s("show"), s("42") });
    CHECK(missing.code == 2);
    CHECK(missing.err.startsWith(s("error: ")));
    CHECK(db.run({ s("leads"), s("show"), s("abc") }).code == 2);
    CHECK(db.run({ s("leads"), s("show") }).code == 2);
    CHECK(db.run({ s("leads"), s("note"), s("42"), s("text") }).code == 2);
    CHECK(db.run({ s("leads"), s("log"), s("42"), s("--summary"), s("x") }).code == 2);
    CHECK(db.run({ s("leads"), s("convert"), s("42") }).code == 2);
    CHECK(db.run({ s("leads"), s("update"), s("42"), s("--name"), s("x") }).code == 2);
    CHECK(db.run({ s("leads"), s("override"), s("42"), s("--score"), s("5"), s("--reason"), s("x") }).code == 2);

    const qint64 id = addLead(db, { s("--name"), s("X") });
    const CliRun noSummary = db.run({ s("leads"), s("log"), QString::number(id) });
    CHECK(noSummary.code == 2);
    CHECK(noSummary.err.contains(s("--summary")));
    const CliRun badChannel = db.run({ s("leads"), s("log"), QString::number(id), s("--summary"), s("x"), s("--channel"), s("pigeon") });
    CHECK(badChannel.code == 2);
    CHECK(badChannel.err.contains(s("allowed: phone, email, meeting")));
    CHECK(db.run({ s("leads"), s("note"), QString::number(id), s("  ") }).code == 2);
    CHECK(showLead(db, id).value(s("interactions")).toArray().isEmpty());
}

TEST_CASE("leads list: priority order, --qualified, --all and --limit", "[cli][leads]")
{
    TempDatabase db;
    const qint64 warm = addLead(db, { s("--name"), s("Warm"), s("--timeline"), s("now"), s("--authority"), s("manager"),
                                      s("--need"), s("vague") });                        // 43
    const qint64 hot = addLead(db, hotOptions("Hot"));                                   // 90
    const qint64 cold = addLead(db, { s("--name"), s("Cold") });                         // 0
    const qint64 qualified = addLead(db, { s("--name"), s("Qualified"), s("--budget"), s("100000000"), s("--timeline"),
                                           s("3m"), s("--authority"), s("manager"), s("--need"), s("clear") }); // 54

    const CliRun all = db.run({ s("leads"), s("list"), s("--json") });
    REQUIRE(all.code == 0);
    const QJsonArray rows = all.array();
    REQUIRE(rows.size() == 4);
    const qint64 expected[] = { hot, qualified, warm, cold };
    for (int i = 0; i < 4; ++i)
        CHECK(rows.at(i).toObject().value(s("id")).toInteger() == expected[i]);
    const QJsonObject top = rows.at(0).toObject();
    CHECK(top.value(s("score")).toInt() == 90);
    CHECK(top.value(s("band")).toString() == s("hot"));
    CHECK(top.value(s("qualified")).toBool());
    CHECK(top.value(s("name")).toString() == s("Hot"));
    CHECK(rows.at(2).toObject().value(s("band")).toString() == s("warm"));
    CHECK_FALSE(rows.at(2).toObject().value(s("qualified")).toBool());

    const CliRun queue = db.run({ s("leads"), s("list"), s("--qualified"), s("--json") });
    REQUIRE(queue.code == 0);
    REQUIRE(queue.array().size() == 2);
    CHECK(queue.array().at(0).toObject().value(s("id")).toInteger() == hot);
    CHECK(queue.array().at(1).toObject().value(s("id")).toInteger() == qualified);

    const CliRun limited = db.run({ s("leads"), s("list"), s("--limit"), s("1"), s("--offset"), s("1"), s("--json") });
    REQUIRE(limited.array().size() == 1);
    CHECK(limited.array().at(0).toObject().value(s("id")).toInteger() == qualified);
    CHECK(db.run({ s("leads"), s("list"), s("--limit"), s("0") }).code == 2);

    REQUIRE(db.run({ s("leads"), s("convert"), QString::number(hot) }).code == 0);
    CHECK(db.run({ s("leads"), s("list"), s("--json") }).array().size() == 3);     // converted leads leave the list
    const CliRun withClosed = db.run({ s("leads"), s("list"), s("--all"), s("--json") });
    CHECK(withClosed.array().size() == 4);

    const CliRun human = db.run({ s("leads"), s("list"), s("--lang"), s("en") });
    REQUIRE(human.code == 0);
    CHECK(human.out.count(u'\n') == 3);
    CHECK(human.out.startsWith(s("#") + QString::number(qualified) + s("  54")));
    const CliRun none = db.run({ s("leads"), s("list"), s("--search"), s("nobody"), s("--lang"), s("en") });
    CHECK(none.out == s("No leads found.\n"));
}

TEST_CASE("leads update rescores the lead and records why", "[cli][leads]")
{
    TempDatabase db;
    const qint64 id = addLead(db, { s("--name"), s("X"), s("--timeline"), s("later") });
    CHECK(db.run({ s("leads"), s("update"), QString::number(id) }).code == 2); // nothing to change
    const CliRun r = db.run({ s("leads"), s("update"), QString::number(id), s("--timeline"), s("now"), s("--json") });
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(r.object().value(s("timeline")).toString() == s("now"));
    CHECK(r.object().value(s("score")).toInt() == 25);
    const QJsonArray history = showLead(db, id).value(s("history")).toArray();
    REQUIRE(history.size() == 2);
    CHECK(history.at(0).toObject().value(s("cause")).toString() == s("edited"));
    CHECK(history.at(0).toObject().value(s("old")).toInt() == 2);
    const CliRun unknown = db.run({ s("leads"), s("update"), QString::number(id), s("--timeline"), s("soon") });
    CHECK(unknown.code == 2);
    CHECK(unknown.err.contains(s("allowed: now, 1m")));
    const CliRun clear = db.run({ s("leads"), s("update"), QString::number(id), s("--budget"), s(""), s("--json") });
    REQUIRE(clear.code == 0);
    CHECK(clear.object().value(s("budget")).isNull());
}

TEST_CASE("leads override sets and clears a score by hand", "[cli][leads]")
{
    TempDatabase db;
    const qint64 id = addLead(db, { s("--name"), s("X") });
    const QString lead = QString::number(id);
    CHECK(db.run({ s("leads"), s("override"), lead }).code == 2);
    CHECK(db.run({ s("leads"), s("override"), lead, s("--score"), s("80") }).code == 2);   // no reason
    CHECK(db.run({ s("leads"), s("override"), lead, s("--score"), s("80"), s("--clear") }).code == 2);
    const CliRun set = db.run({ s("leads"), s("override"), lead, s("--score"), s("80"), s("--reason"), s("CEO's friend"), s("--json") });
    INFO(set.err.toStdString());
    REQUIRE(set.code == 0);
    CHECK(set.object().value(s("score")).toInt() == 80);
    CHECK(set.object().value(s("computed_score")).toInt() == 0);
    CHECK(set.object().value(s("qualified")).toBool());
    CHECK(set.object().value(s("override")).toObject().value(s("reason")).toString() == s("CEO's friend"));
    CHECK(set.object().value(s("override")).toObject().value(s("score")).toInt() == 80);
    const CliRun cleared = db.run({ s("leads"), s("override"), lead, s("--clear"), s("--lang"), s("en") });
    REQUIRE(cleared.code == 0);
    CHECK(cleared.out == s("0\n"));
    const QJsonArray history = showLead(db, id).value(s("history")).toArray();
    REQUIRE(history.size() == 3);
    CHECK(history.at(0).toObject().value(s("cause")).toString() == s("override_cleared"));
    CHECK(history.at(1).toObject().value(s("cause")).toString() == s("override"));
    CHECK(history.at(1).toObject().value(s("note")).toString() == s("CEO's friend"));
}

TEST_CASE("leads convert makes a customer that keeps the lead's notes and interactions", "[cli][leads][convert]")
{
    TempDatabase db;
    const qint64 id = addLead(db, QStringList { s("--mobile"), s("09121234567") } + hotOptions("Convert Me"));
    const QString lead = QString::number(id);
    REQUIRE(db.run({ s("leads"), s("note"), lead, s("likes"), s("blue") }).code == 0);
    REQUIRE(db.run({ s("leads"), s("log"), lead, s("--summary"), s("first call") }).code == 0);
    REQUIRE(db.run({ s("leads"), s("log"), lead, s("--summary"), s("second call"), s("--channel"), s("email") }).code == 0);
    CHECK(db.run({ s("leads"), s("convert"), lead, s("--deal-title"), s("x") }).code == 2); // needs --deal

    const CliRun converted = db.run({ s("leads"), s("convert"), lead, s("--deal"), s("--json") });
    INFO(converted.err.toStdString());
    REQUIRE(converted.code == 0);
    const QJsonObject result = converted.object();
    const qint64 customer = result.value(s("customer_id")).toInteger();
    CHECK(customer > 0);
    CHECK(result.value(s("lead_id")).toInteger() == id);
    CHECK(result.value(s("deal_id")).toInteger() > 0);
    CHECK(result.value(s("notes_copied")).toInt() == 1);
    CHECK(result.value(s("interactions_copied")).toInt() == 2);

    const CliRun shown = db.run({ s("customers"), s("show"), QString::number(customer), s("--json") });
    REQUIRE(shown.code == 0);
    const QJsonObject c = shown.object();
    CHECK(c.value(s("name")).toString() == s("Convert Me"));
    CHECK(c.value(s("mobile")).toString() == s("09121234567"));
    REQUIRE(c.value(s("notes")).toArray().size() == 1);
    CHECK(c.value(s("notes")).toArray().at(0).toObject().value(s("text")).toString() == s("likes blue"));
    QStringList summaries;
    for (const QJsonValue& i : c.value(s("interactions")).toArray())
        summaries << i.toObject().value(s("summary")).toString();
    summaries.sort();
    CHECK(summaries == QStringList { s("first call"), s("second call") });

    const QJsonObject after = showLead(db, id);
    CHECK(after.value(s("status")).toString() == s("converted"));
    CHECK(after.value(s("converted_customer_id")).toInteger() == customer);
    CHECK(after.value(s("notes")).toArray().size() == 1);            // the lead keeps its history too
    CHECK(after.value(s("history")).toArray().size() >= 3);

    const CliRun again = db.run({ s("leads"), s("convert"), lead });
    CHECK(again.code == 2);
    CHECK(again.err.startsWith(s("error: ")));

    const qint64 plain = addLead(db, { s("--name"), s("Plain") });
    const CliRun human = db.run({ s("leads"), s("convert"), QString::number(plain), s("--lang"), s("en") });
    REQUIRE(human.code == 0);
    CHECK(human.out == QString::number(customer + 1) + u'\n');
}

TEST_CASE("leads help lists the commands and options", "[cli][leads][usage]")
{
    const CliRun group = runCli({ s("leads"), s("--help") });
    CHECK(group.code == 0);
    for (const char* command : { "add", "update", "show", "list", "industries", "note", "log", "override", "convert", "rescore" }) {
        INFO(command);
        CHECK(group.out.contains(s("leads ") + s(command)));
    }
    const CliRun add = runCli({ s("leads"), s("add"), s("--help"), s("--lang"), s("en") });
    CHECK(add.code == 0);
    for (const char* option : { "--name", "--type", "--source", "--budget", "--timeline", "--authority", "--industry",
                                "--need", "--mobile", "--email", "--company", "--owner", "--best-time", "--json" }) {
        INFO(option);
        CHECK(add.out.contains(s(option)));
    }
    const CliRun global = runCli({ s("--help") });
    for (const char* command : { "leads add", "scoring import", "deals move", "tasks export" }) {
        INFO(command);
        CHECK(global.out.contains(s(command)));
    }
}
