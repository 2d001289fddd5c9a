// deals add / move / list / stages and tasks add / list / done / export.
#include "CliTestSupport.h"

#include "text/Jalali.h"

#include <QDate>
#include <QFile>
#include <QTimeZone>

using namespace peyvand::test;

namespace {

QString s(const char* latin) { return QString::fromLatin1(latin); }

qint64 idOf(const CliRun& r)
{
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    const qint64 id = r.object().value(s("id")).toInteger();
    REQUIRE(id > 0);
    return id;
}

qint64 addLead(const TempDatabase& db, const char* name)
{
    return idOf(db.run({ s("leads"), s("add"), s("--name"), s(name), s("--json") }));
}

// A local date n days from today, typed in Jalali (Persian digits when asked).
QString jalaliDay(int days, bool persianDigits = false)
{
    return peyvand::text::jalali::formatNumeric(QDate::currentDate().addDays(days), persianDigits
                                                    ? peyvand::text::DigitScript::Persian
                                                    : peyvand::text::DigitScript::Latin);
}

QList<qint64> ids(const QJsonArray& array)
{
    QList<qint64> out;
    for (const QJsonValue& v : array)
        out << v.toObject().value(s("id")).toInteger();
    return out;
}

} // namespace

TEST_CASE("deals stages lists the pipeline", "[cli][deals]")
{
    TempDatabase db;
    db.init();
    const CliRun r = db.run({ s("deals"), s("stages"), s("--json") });
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    const QJsonArray stages = r.array();
    REQUIRE(stages.size() == 6);
    const QJsonObject first = stages.at(0).toObject();
    CHECK(first.value(s("key")).toString() == s("first_contact"));
    CHECK(first.value(s("probability")).toInt() == 10);
    CHECK(first.value(s("outcome")).toString() == s("open"));
    CHECK_FALSE(first.value(s("name")).toString().isEmpty());
    CHECK(stages.at(4).toObject().value(s("outcome")).toString() == s("won"));
    const CliRun human = db.run({ s("deals"), s("stages"), s("--lang"), s("en") });
    CHECK(human.out.count(u'\n') == 6);
    CHECK(human.out.contains(s("negotiation")));
    CHECK(human.out.contains(s("75%")));
}

TEST_CASE("deals add: stage by key, name or ID, amounts in any digits", "[cli][deals]")
{
    TempDatabase db;
    const qint64 customer = db.add({ s("--name"), u8("شرکت نمونه") });
    const CliRun r = db.run({ s("deals"), s("add"), s("--title"), s("ERP"), s("--customer"), QString::number(customer),
                              s("--amount"), u8("۱۰۰٬۰۰۰٬۰۰۰"), s("--stage"), s("negotiation"), s("--close"), s("1403/06/01"),
                              s("--owner"), s("Sara"), s("--json") });
    const qint64 deal = idOf(r);
    const QJsonObject o = r.object();
    CHECK(o.value(s("title")).toString() == s("ERP"));
    CHECK(o.value(s("customer_id")).toInteger() == customer);
    CHECK(o.value(s("lead_id")).isNull());
    CHECK(o.value(s("amount")).toInteger() == 100000000);
    CHECK(o.value(s("stage_key")).toString() == s("negotiation"));
    CHECK(o.value(s("probability")).toInt() == 75);
    CHECK(o.value(s("expected_close")).toString() == s("2024-08-22"));
    CHECK(o.value(s("expected_close_jalali")).toString() == s("1403/06/01"));
    CHECK(o.value(s("owner")).toString() == s("Sara"));
    CHECK(o.value(s("closed_at")).isNull());

    const CliRun byDefault = db.run({ s("deals"), s("add"), s("--title"), s("Small"), s("--json") });
    CHECK(byDefault.object().value(s("stage_key")).toString() == s("first_contact"));
    const QJsonArray stages = db.run({ s("deals"), s("stages"), s("--json") }).array();
    const QJsonObject quoteSent = stages.at(2).toObject();
    const CliRun byId = db.run({ s("deals"), s("add"), s("--title"), s("By ID"), s("--stage"),
                                 QString::number(quoteSent.value(s("id")).toInteger()), s("--json") });
    CHECK(byId.object().value(s("stage_key")).toString() == s("quote_sent"));
    const CliRun byName = db.run({ s("deals"), s("add"), s("--title"), s("By name"), s("--stage"),
                                   quoteSent.value(s("name")).toString().toUpper(), s("--json") });
    CHECK(byName.object().value(s("stage_key")).toString() == s("quote_sent"));

    const qint64 lead = addLead(db, "Lead");
    const CliRun forLead = db.run({ s("deals"), s("add"), s("--title"), s("For a lead"), s("--lead"), QString::number(lead), s("--json") });
    CHECK(forLead.object().value(s("lead_id")).toInteger() == lead);
    CHECK(forLead.object().value(s("customer_id")).isNull());

    const CliRun human = db.run({ s("deals"), s("add"), s("--title"), s("Human"), s("--lang"), s("en") });
    REQUIRE(human.code == 0);
    CHECK(human.out == QString::number(deal + 5) + u'\n');
}

TEST_CASE("deals add: bad input exits 2 naming the option", "[cli][deals][usage]")
{
    TempDatabase db;
    db.init();
    const CliRun noTitle = db.run({ s("deals"), s("add"), s("--amount"), s("5") });
    CHECK(noTitle.code == 2);
    CHECK(noTitle.err.contains(s("--title")));
    const CliRun stage = db.run({ s("deals"), s("add"), s("--title"), s("X"), s("--stage"), s("closing"), s("--lang"), s("en") });
    CHECK(stage.code == 2);
    CHECK(stage.err.startsWith(u8("error: --stage: unknown value “closing”; allowed: first_contact, needs_analysis, quote_sent, "
                                  "negotiation, won, lost")));
    CHECK(db.run({ s("deals"), s("add"), s("--title"), s("X"), s("--customer"), s("1"), s("--lead"), s("1") }).code == 2);
    const CliRun noCustomer = db.run({ s("deals"), s("add"), s("--title"), s("X"), s("--customer"), s("999") });
    CHECK(noCustomer.code == 2);
    CHECK(noCustomer.err.startsWith(s("error: ")));
    const CliRun amount = db.run({ s("deals"), s("add"), s("--title"), s("X"), s("--amount"), s("-1") });
    CHECK(amount.code == 2);
    CHECK(amount.err.startsWith(s("error: --amount")));
    const CliRun close = db.run({ s("deals"), s("add"), s("--title"), s("X"), s("--close"), s("1404/12/30") });
    CHECK(close.code == 2);
    CHECK(close.err.startsWith(s("error: --close")));
    CHECK(db.run({ s("deals"), s("add"), s("--title"), s("  ") }).code == 2);
    CHECK(db.run({ s("deals"), s("list"), s("--json") }).object().value(s("deals")).toArray().isEmpty());
}

TEST_CASE("deals move and list: weighted values, totals, closing and reopening", "[cli][deals]")
{
    TempDatabase db;
    db.init();
    const qint64 a = idOf(db.run({ s("deals"), s("add"), s("--title"), s("A"), s("--amount"), s("1000"), s("--stage"),
                                   s("quote_sent"), s("--json") }));
    const qint64 b = idOf(db.run({ s("deals"), s("add"), s("--title"), s("B"), s("--amount"), s("333"), s("--stage"),
                                   s("first_contact"), s("--json") }));

    const CliRun list = db.run({ s("deals"), s("list"), s("--json") });
    INFO(list.err.toStdString());
    REQUIRE(list.code == 0);
    const QJsonArray deals = list.object().value(s("deals")).toArray();
    REQUIRE(deals.size() == 2);
    CHECK(ids(deals) == QList<qint64> { b, a }); // by stage position
    CHECK(deals.at(0).toObject().value(s("weighted")).toInteger() == 33);  // 333 * 10% = 33.3
    CHECK(deals.at(1).toObject().value(s("weighted")).toInteger() == 500);
    CHECK(deals.at(1).toObject().value(s("probability")).toInt() == 50);
    CHECK_FALSE(deals.at(1).toObject().value(s("stage")).toString().isEmpty());
    const QJsonObject totals = list.object().value(s("totals")).toObject();
    CHECK(totals.value(s("open_deals")).toInt() == 2);
    CHECK(totals.value(s("open_amount")).toInteger() == 1333);
    CHECK(totals.value(s("weighted_value")).toInteger() == 533);

    const CliRun won = db.run({ s("deals"), s("move"), QString::number(a), s("--stage"), s("won"), s("--json") });
    INFO(won.err.toStdString());
    REQUIRE(won.code == 0);
    CHECK(won.object().value(s("stage_key")).toString() == s("won"));
    CHECK_FALSE(won.object().value(s("closed_at")).isNull());
    const CliRun afterWin = db.run({ s("deals"), s("list"), s("--json") });
    CHECK(afterWin.object().value(s("totals")).toObject().value(s("open_deals")).toInt() == 1);
    CHECK(afterWin.object().value(s("totals")).toObject().value(s("weighted_value")).toInteger() == 33);
    CHECK(ids(db.run({ s("deals"), s("list"), s("--open"), s("--json") }).object().value(s("deals")).toArray())
          == QList<qint64> { b });
    CHECK(ids(db.run({ s("deals"), s("list"), s("--stage"), s("won"), s("--json") }).object().value(s("deals")).toArray())
          == QList<qint64> { a });

    const CliRun lost = db.run({ s("deals"), s("move"), QString::number(b), s("--stage"), s("lost"), s("--reason"), s("price"), s("--json") });
    REQUIRE(lost.code == 0);
    CHECK(lost.object().value(s("lost_reason")).toString() == s("price"));
    const CliRun reopened = db.run({ s("deals"), s("move"), QString::number(a), s("--stage"), s("negotiation"), s("--json") });
    REQUIRE(reopened.code == 0);
    CHECK(reopened.object().value(s("closed_at")).isNull());

    const qint64 c = idOf(db.run({ s("deals"), s("add"), s("--title"), s("C"), s("--stage"), s("negotiation"), s("--json") }));
    REQUIRE(db.run({ s("deals"), s("move"), QString::number(c), s("--stage"), s("negotiation"), s("--position"), s("1") }).code == 0);
    const QJsonArray column = db.run({ s("deals"), s("list"), s("--stage"), s("negotiation"), s("--json") }).object().value(s("deals")).toArray();
    CHECK(ids(column) == QList<qint64> { c, a });
    CHECK(column.at(0).toObject().value(s("position")).toInt() == 1); // as --position counts: 1 is the top
    CHECK(column.at(1).toObject().value(s("position")).toInt() == 2);

    CHECK(db.run({ s("deals"), s("move"), QString::number(a) }).code == 2);                          // --stage missing
    CHECK(db.run({ s("deals"), s("move"), s("999"), s("--stage"), s("won") }).code == 2);            // no such deal
    CHECK(db.run({ s("deals"), s("move"), QString::number(a), s("--stage"), s("heaven") }).code == 2);
    CHECK(db.run({ s("deals"), s("move"), QString::number(a), s("--stage"), s("won"), s("--position"), s("0") }).code == 2);

    const CliRun human = db.run({ s("deals"), s("list"), s("--lang"), s("en") });
    REQUIRE(human.code == 0);
    CHECK(human.out.contains(s("weighted pipeline value")));
    CHECK(human.out.contains(s("1,000 Rial")));
}

TEST_CASE("tasks add: due date and time, subject, errors", "[cli][tasks]")
{
    TempDatabase db;
    const qint64 lead = addLead(db, "Lead");
    const CliRun r = db.run({ s("tasks"), s("add"), s("--title"), s("Call back"), s("--due"), jalaliDay(1, true), s("--time"),
                              u8("۱۰:۳۰"), s("--lead"), QString::number(lead), s("--notes"), s("about the demo"), s("--json") });
    const qint64 task = idOf(r);
    const QJsonObject o = r.object();
    CHECK(o.value(s("title")).toString() == s("Call back"));
    CHECK(o.value(s("notes")).toString() == s("about the demo"));
    CHECK(o.value(s("subject")).toString() == s("lead"));
    CHECK(o.value(s("subject_id")).toInteger() == lead);
    CHECK(o.value(s("done")).toBool() == false);
    const QDateTime due(QDate::currentDate().addDays(1), QTime(10, 30), QTimeZone::systemTimeZone());
    CHECK(QDateTime::fromString(o.value(s("due_at")).toString(), Qt::ISODate) == due);
    CHECK(o.value(s("due_at")).toString().endsWith(u'Z'));

    const CliRun shown = db.run({ s("leads"), s("show"), QString::number(lead), s("--json") });
    CHECK(QDateTime::fromString(shown.object().value(s("next_follow_up")).toString(), Qt::ISODate) == due);

    const CliRun iso = db.run({ s("tasks"), s("add"), s("--title"), s("ISO"), s("--due"),
                                QDate::currentDate().addDays(2).toString(Qt::ISODate), s("--json") });
    const QDateTime nine(QDate::currentDate().addDays(2), QTime(9, 0), QTimeZone::systemTimeZone());
    CHECK(QDateTime::fromString(iso.object().value(s("due_at")).toString(), Qt::ISODate) == nine);
    CHECK(iso.object().value(s("subject")).isNull());
    const CliRun moment = db.run({ s("tasks"), s("add"), s("--title"), s("Exact"), s("--due"), s("2030-01-02T03:04:00Z"), s("--json") });
    CHECK(moment.object().value(s("due_at")).toString() == s("2030-01-02T03:04:00Z"));

    struct Case {
        QStringList args;
        const char* expected;
    };
    const Case cases[] = {
        { { s("--due"), s("1403/01/01") }, "--title" },
        { { s("--title"), s("X") }, "--due" },
        { { s("--title"), s("X"), s("--due"), s("tomorrow") }, "--due" },
        { { s("--title"), s("X"), s("--due"), s("1404/12/30") }, "--due" },
        { { s("--title"), s("X"), s("--due"), s("1403/01/01"), s("--time"), s("25:00") }, "--time" },
        { { s("--title"), s("X"), s("--due"), s("2030-01-02T03:04"), s("--time"), s("10:00") }, "--time" },
        { { s("--title"), s("X"), s("--due"), s("1403/01/01"), s("--lead"), s("1"), s("--customer"), s("1") }, "--customer" },
        { { s("--title"), s("X"), s("--due"), s("1403/01/01"), s("--lead"), s("abc") }, "--lead" },
        { { s("--title"), s("X"), s("--due"), s("1403/01/01"), s("--lead"), s("999") }, "error: " },
        { { s("--title"), s("X"), s("--due"), s("1403/01/01"), s("--deal"), s("999") }, "error: " },
        { { s("--title"), s(" "), s("--due"), s("1403/01/01") }, "--title" },
    };
    for (const Case& c : cases) {
        INFO(c.args.join(u' ').toStdString());
        const CliRun bad = db.run(QStringList { s("tasks"), s("add") } + c.args);
        CHECK(bad.code == 2);
        CHECK(bad.err.contains(s(c.expected)));
    }
    CHECK(db.run({ s("tasks"), s("list"), s("--all"), s("--json") }).array().size() == 3);
    CHECK(task > 0);
}

TEST_CASE("tasks list, done and export", "[cli][tasks]")
{
    TempDatabase db;
    const qint64 customer = db.add({ s("--name"), s("Customer") });
    const auto add = [&](const char* title, int days) {
        return idOf(db.run({ s("tasks"), s("add"), s("--title"), s(title), s("--due"), jalaliDay(days), s("--customer"),
                             QString::number(customer), s("--json") }));
    };
    const qint64 overdue = add("Overdue", -1);
    const qint64 soon = add("Soon", 1);
    const qint64 later = add("Later", 10);

    const CliRun within = db.run({ s("tasks"), s("list"), s("--due-within"), s("3"), s("--json") });
    INFO(within.err.toStdString());
    REQUIRE(within.code == 0);
    CHECK(ids(within.array()) == QList<qint64> { overdue, soon });
    CHECK(within.array().at(0).toObject().value(s("subject_name")).toString() == s("Customer"));
    CHECK(ids(db.run({ s("tasks"), s("list"), s("--json") }).array()) == QList<qint64> { overdue, soon, later });
    CHECK(db.run({ s("tasks"), s("list"), s("--due-within"), s("x") }).code == 2);
    CHECK(db.run({ s("tasks"), s("list"), s("--due-within"), s("3"), s("--all") }).code == 2);

    const CliRun human = db.run({ s("tasks"), s("list"), s("--lang"), s("en") });
    REQUIRE(human.code == 0);
    CHECK(human.out.count(u'\n') == 3);
    CHECK(human.out.contains(s("[overdue]")));
    CHECK(human.out.contains(s("Customer")));

    const CliRun done = db.run({ s("tasks"), s("done"), QString::number(overdue), s("--json") });
    REQUIRE(done.code == 0);
    CHECK(done.object().value(s("done")).toBool());
    CHECK_FALSE(done.object().value(s("done_at")).isNull());
    CHECK(ids(db.run({ s("tasks"), s("list"), s("--json") }).array()) == QList<qint64> { soon, later });
    CHECK(db.run({ s("tasks"), s("list"), s("--all"), s("--json") }).array().size() == 3);
    CHECK(db.run({ s("tasks"), s("done"), s("999") }).code == 2);

    const QString ics = db.dir() + s("/tasks.ics");
    const CliRun exported = db.run({ s("tasks"), s("export"), ics, s("--lang"), s("en") });
    INFO(exported.err.toStdString());
    REQUIRE(exported.code == 0);
    CHECK(exported.out == s("Tasks written to ") + ics + s(": 2\n"));
    QFile file(ics);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray calendar = file.readAll();
    CHECK(calendar.startsWith("BEGIN:VCALENDAR\r\n"));
    CHECK(calendar.count("BEGIN:VEVENT") == 2);
    CHECK(calendar.contains("task-" + QByteArray::number(soon) + "@peyvand"));
    CHECK_FALSE(calendar.contains("task-" + QByteArray::number(overdue) + "@peyvand"));
    const CliRun all = db.run({ s("tasks"), s("export"), s("-"), s("--include-done") });
    REQUIRE(all.code == 0);
    CHECK(all.out.count(s("BEGIN:VEVENT")) == 3);
    CHECK(db.run({ s("tasks"), s("export"), db.dir() + s("/missing/x.ics") }).code == 1);

    const CliRun undo = db.run({ s("tasks"), s("done"), QString::number(overdue), s("--undo"), s("--json") });
    REQUIRE(undo.code == 0);
    CHECK_FALSE(undo.object().value(s("done")).toBool());
}
