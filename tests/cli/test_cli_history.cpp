// history customer|lead|quote|payment ID (issue 7 item 6).
#include "CliTestSupport.h"

using namespace peyvand;
using namespace peyvand::test;

namespace {

QString s(const char* latin) { return QString::fromLatin1(latin); }
QString n(qint64 value) { return QString::number(value); }

QJsonArray changes(const TempDatabase& db, const QStringList& args)
{
    const CliRun r = db.run(QStringList { s("history") } + args + QStringList { s("--json") });
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    return r.object().value(s("changes")).toArray();
}

QList<QJsonObject> ofField(const QJsonArray& all, const char* field)
{
    QList<QJsonObject> found;
    for (const QJsonValue& v : all) {
        if (v.toObject().value(s("field")).toString() == s(field))
            found << v.toObject();
    }
    return found;
}

} // namespace

TEST_CASE("history customer: each field change with when, source, old and new", "[cli][history]")
{
    TempDatabase db;
    const qint64 id = db.add({ s("--name"), u8("علی کریمی"), s("--city"), u8("تهران") });
    REQUIRE(db.run({ s("customers"), s("update"), n(id), s("--city"), u8("شیراز") }).code == 0);
    REQUIRE(db.run({ s("customers"), s("note"), n(id), u8("تماس گرفت") }).code == 0);

    const CliRun r = db.run({ s("history"), s("customer"), n(id), s("--json") });
    REQUIRE(r.code == 0);
    const QJsonObject o = r.object();
    CHECK(o.value(s("entity")).toString() == s("customer"));
    CHECK(o.value(s("id")).toInteger() == id);
    const QJsonArray all = o.value(s("changes")).toArray();
    const auto city = ofField(all, "city");
    REQUIRE(city.size() == 2);
    CHECK(city[0].value(s("action")).toString() == s("create"));
    CHECK(city[0].value(s("old")).isNull());
    CHECK(city[0].value(s("new")).toString() == u8("تهران"));
    CHECK(city[1].value(s("action")).toString() == s("update"));
    CHECK(city[1].value(s("old")).toString() == u8("تهران"));
    CHECK(city[1].value(s("new")).toString() == u8("شیراز"));
    CHECK(city[1].value(s("source")).toString() == s("cli"));
    CHECK(city[1].value(s("at")).toString().endsWith(u'Z'));
    CHECK(city[1].value(s("label")).toString() == s("City"));
    const auto note = ofField(all, "customer_note.text");
    REQUIRE(note.size() == 1);
    CHECK(note[0].value(s("new")).toString() == u8("تماس گرفت"));

    // Plain output: one line per field change, Persian digits and Jalali dates by default.
    const CliRun plain = db.run({ s("history"), s("customer"), n(id) });
    REQUIRE(plain.code == 0);
    const QStringList lines = plain.out.split(u'\n', Qt::SkipEmptyParts);
    CHECK(lines.size() == all.size());
    bool sawCity = false;
    for (const QString& line : lines)
        sawCity = sawCity || (line.contains(u8("تهران → شیراز")) && line.contains(QChar(0x06F1)));
    CHECK(sawCity);
    const CliRun english = db.run({ s("history"), s("customer"), n(id), s("--lang"), s("en") });
    REQUIRE(english.code == 0);
    CHECK(english.out.contains(s("Changed  City: ")));
    CHECK(english.out.contains(s("(Command line)")));
}

TEST_CASE("history payment and quote: a voided payment and an issued invoice", "[cli][history]")
{
    TempDatabase db;
    const QString path = db.dir() + QStringLiteral("/invoice.json");
    writeFile(path, QByteArray(R"({"type": "invoice", "customer": {"name": "Payer"},
        "lines": [{"description": "Work", "unit_price": 1000000, "quantity": "1", "taxable": false}]})"));
    CliRun r = db.run({ s("quotes"), s("create"), s("--json"), path, s("--issue") });
    REQUIRE(r.code == 0);
    const qint64 invoice = r.out.trimmed().toLongLong();
    r = db.run({ s("payments"), s("add"), s("--invoice"), n(invoice), s("--method"), s("cash"), s("--amount"), s("400000"), s("--json") });
    REQUIRE(r.code == 0);
    const qint64 payment = r.object().value(s("payments")).toArray().at(0).toObject().value(s("id")).toInteger();
    REQUIRE(db.run({ s("payments"), s("void"), n(payment), s("--reason"), s("typo") }).code == 0);

    const auto status = ofField(changes(db, { s("payment"), n(payment) }), "status");
    REQUIRE(status.size() == 2);
    CHECK(status[1].value(s("old")).toString() == s("settled"));
    CHECK(status[1].value(s("new")).toString() == s("void"));

    const auto state = ofField(changes(db, { s("quote"), n(invoice) }), "state");
    REQUIRE(state.size() == 2);
    CHECK(state[1].value(s("new")).toString() == s("issued"));
    // Amounts are grouped in plain output.
    const CliRun plain = db.run({ s("history"), s("payment"), n(payment), s("--lang"), s("en") });
    REQUIRE(plain.code == 0);
    CHECK(plain.out.contains(s("400,000")));
}

TEST_CASE("history lead and setting", "[cli][history]")
{
    TempDatabase db;
    CliRun r = db.run({ s("leads"), s("add"), s("--name"), s("Sara"), s("--json") });
    REQUIRE(r.code == 0);
    const qint64 lead = r.object().value(s("id")).toInteger();
    REQUIRE(lead > 0);
    REQUIRE(db.run({ s("leads"), s("note"), n(lead), s("met at the fair") }).code == 0);
    CHECK(ofField(changes(db, { s("lead"), n(lead) }), "lead_note.text").size() == 1);
    r = db.run({ s("history"), s("setting"), s("--json") });
    REQUIRE(r.code == 0);
    CHECK(r.object().value(s("entity")).toString() == s("setting"));
}

TEST_CASE("history: an unknown kind, a missing or unknown ID exit 2 with the reason", "[cli][history]")
{
    TempDatabase db;
    db.init();
    CliRun r = db.run({ s("history"), s("cheque"), s("1") });
    CHECK(r.code == 2);
    CHECK(r.err.contains(s("unknown kind")));
    r = db.run({ s("history"), s("customer") });
    CHECK(r.code == 2);
    CHECK(r.err.contains(s("ID")));
    r = db.run({ s("history"), s("customer"), s("abc") });
    CHECK(r.code == 2);
    r = db.run({ s("history"), s("customer"), s("999") });
    CHECK(r.code == 2);
    CHECK(r.err.contains(s("No changes")));
    CHECK(r.out.isEmpty());
    r = db.run({ s("history") });
    CHECK(r.code == 2);
}
