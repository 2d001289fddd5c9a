// customers note / interact and the summary of customers show.
#include "CliTestSupport.h"

#include <QDate>

using namespace peyvand::test;

namespace {
QString s(const char* latin) { return QString::fromLatin1(latin); }
} // namespace

TEST_CASE("customers note adds a note and prints its ID", "[cli][activity]")
{
    TempDatabase db;
    const QString id = QString::number(db.add({ s("--name"), s("Ali") }));
    CliRun r = db.run({ s("customers"), s("note"), id, u8("مشتری"), u8("خوش‌قول"), s("--lang"), s("en") });
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(r.out.trimmed().toLongLong() > 0);

    r = db.run({ s("customers"), s("note"), id, s("--json"), s("--at"), u8("۱۴۰۳/۰۱/۰۱"), s("second note") });
    REQUIRE(r.code == 0);
    const QJsonObject note = r.object();
    CHECK(note.value(s("text")).toString() == s("second note"));
    CHECK(note.value(s("customer_id")).toInteger() == id.toLongLong());
    CHECK(note.value(s("at_jalali")).toString().startsWith(s("1403/01/01")));
    CHECK(note.value(s("at")).toString().startsWith(s("2024-03-20T")));
    CHECK(note.value(s("at")).toString().endsWith(u'Z'));

    const CliRun show = db.run({ s("customers"), s("show"), id, s("--json") });
    REQUIRE(show.code == 0);
    const QJsonArray notes = show.object().value(s("notes")).toArray();
    REQUIRE(notes.size() == 2);
    CHECK(show.object().value(s("summary")).toObject().value(s("note_count")).toInt() == 2);

    CHECK(db.run({ s("customers"), s("note"), s("999"), s("hello") }).code == 2);
    CHECK(db.run({ s("customers"), s("note"), id }).code == 2);
    CHECK(db.run({ s("customers"), s("note"), id, s("   ") }).code == 2);
}

TEST_CASE("customers interact logs an interaction", "[cli][activity]")
{
    TempDatabase db;
    const QString id = QString::number(db.add({ s("--name"), s("Ali") }));
    const QDate followUp = QDate::currentDate().addDays(10);
    CliRun r = db.run({ s("customers"), s("interact"), id, s("--json"), s("--channel"), s("phone"), s("--summary"),
                        u8("پیگیری پیش‌فاکتور"), s("--at"), s("2024-03-20T10:30:00Z"), s("--direction"), s("in"),
                        s("--with"), u8("خانم محمدی"), s("--outcome"), u8("قرار جلسه"), s("--follow-up"),
                        followUp.toString(Qt::ISODate) });
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    const QJsonObject i = r.object();
    CHECK(i.value(s("id")).toInteger() > 0);
    CHECK(i.value(s("channel")).toString() == s("phone"));
    CHECK(i.value(s("at")).toString() == s("2024-03-20T10:30:00Z"));
    CHECK(i.value(s("with")).toString() == u8("خانم محمدی"));
    CHECK(i.value(s("summary")).toString() == u8("پیگیری پیش‌فاکتور"));
    CHECK(i.value(s("outcome")).toString() == u8("قرار جلسه"));
    CHECK(i.value(s("follow_up")).toString() == followUp.toString(Qt::ISODate));
    CHECK(i.contains(s("follow_up_jalali")));
    CHECK(i.contains(s("direction")));

    r = db.run({ s("customers"), s("interact"), id, s("--channel"), s("in_person"), s("--summary"), s("visit"),
                 s("--at"), s("1403/02/01") });
    REQUIRE(r.code == 0);

    const CliRun show = db.run({ s("customers"), s("show"), id, s("--json") });
    REQUIRE(show.code == 0);
    const QJsonObject o = show.object();
    CHECK(o.value(s("interactions")).toArray().size() == 2);
    const QJsonObject summary = o.value(s("summary")).toObject();
    for (const char* key : { "interaction_count", "note_count", "last_interaction", "next_follow_up",
                             "next_follow_up_jalali" }) {
        INFO(key);
        CHECK(summary.contains(s(key)));
    }
    CHECK(summary.value(s("interaction_count")).toInt() == 2);
    const QJsonObject last = summary.value(s("last_interaction")).toObject();
    CHECK(last.value(s("channel")).toString() == s("in_person"));
    CHECK(last.value(s("at_jalali")).toString().startsWith(s("1403/02/01")));
    for (const char* key : { "at", "at_jalali", "channel", "with", "summary" }) {
        INFO(key);
        CHECK(last.contains(s(key)));
    }
    CHECK(summary.value(s("next_follow_up")).toString() == followUp.toString(Qt::ISODate));

    const CliRun human = db.run({ s("customers"), s("show"), id, s("--lang"), s("en") });
    CHECK(human.code == 0);
    CHECK(human.out.contains(s("visit")));
}

TEST_CASE("customers interact checks its options", "[cli][activity]")
{
    TempDatabase db;
    const QString id = QString::number(db.add({ s("--name"), s("Ali") }));
    CliRun r = db.run({ s("customers"), s("interact"), id, s("--channel"), s("pigeon"), s("--summary"), s("x") });
    CHECK(r.code == 2);
    CHECK(r.err.contains(s("--channel")));
    CHECK(r.err.contains(s("in_person"))); // lists the valid keys
    CHECK(db.run({ s("customers"), s("interact"), id, s("--summary"), s("x") }).code == 2);
    CHECK(db.run({ s("customers"), s("interact"), id, s("--channel"), s("sms") }).code == 2);
    CHECK(db.run({ s("customers"), s("interact"), id, s("--channel"), s("sms"), s("--summary"), s("x"),
                   s("--direction"), s("sideways") }).code == 2);
    CHECK(db.run({ s("customers"), s("interact"), id, s("--channel"), s("sms"), s("--summary"), s("x"),
                   s("--at"), s("yesterday") }).code == 2);
    CHECK(db.run({ s("customers"), s("interact"), s("999"), s("--channel"), s("sms"), s("--summary"), s("x") }).code == 2);
    for (const char* channel : { "phone", "email", "meeting", "chat", "social", "sms", "in_person" }) {
        INFO(channel);
        CHECK(db.run({ s("customers"), s("interact"), id, s("--channel"), s(channel), s("--summary"), s("x") }).code == 0);
    }
}
