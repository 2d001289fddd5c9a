// products, quotes and invoices commands (issue 3's CLI contract).
#include "CliTestSupport.h"

#include "text/AmountInWords.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>

using namespace peyvand::test;

namespace {

QString s(const char* latin) { return QString::fromLatin1(latin); }

QString dataPath(const QString& relative) { return QStringLiteral(PEYVAND_TEST_DATA "/") + relative; }

QJsonObject readJson(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QJsonDocument::fromJson(f.readAll()).object();
}

QString writeQuote(const TempDatabase& db, const QByteArray& json, const QString& name = QStringLiteral("q.json"))
{
    const QString path = db.dir() + u'/' + name;
    writeFile(path, json);
    return path;
}

qint64 create(const TempDatabase& db, const QString& file)
{
    const CliRun r = db.run({ s("quotes"), s("create"), s("--json"), file });
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    bool ok = false;
    const qint64 id = r.out.trimmed().toLongLong(&ok);
    REQUIRE(ok);
    return id;
}

int documentCount(const TempDatabase& db, const char* group = "quotes")
{
    const CliRun r = db.run({ s(group), s("list"), s("--json") });
    REQUIRE(r.code == 0);
    return r.object().value(s("count")).toInt();
}

const QByteArray kLine = R"({"customer": {"name": "Test"}, "issue_date": "1403/05/01", "lines": [%1]})";

QByteArray oneLine(const QByteArray& line) { return QByteArray(kLine).replace("%1", line); }

} // namespace

TEST_CASE("quotes create and show: every golden case gives the expected totals", "[cli][quotes][golden]")
{
    const QDir root(dataPath(QStringLiteral("quotes")));
    const QStringList cases = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    REQUIRE(cases.size() >= 11);
    TempDatabase db;
    for (const QString& name : cases) {
        INFO(name.toStdString());
        const qint64 id = create(db, root.filePath(name + QStringLiteral("/quote.json")));
        const CliRun shown = db.run({ s("quotes"), s("show"), QString::number(id), s("--json") });
        REQUIRE(shown.code == 0);
        const QJsonObject doc = shown.object();
        const QJsonObject expected = readJson(root.filePath(name + QStringLiteral("/expected.json")));
        CHECK(doc.value(s("state")).toString() == s("draft"));
        const QJsonArray lines = doc.value(s("lines")).toArray();
        const QJsonArray expectedLines = expected.value(s("lines")).toArray();
        REQUIRE(lines.size() == expectedLines.size());
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QJsonObject actual = lines.at(i).toObject();
            const QJsonObject want = expectedLines.at(i).toObject();
            for (const char* key : { "gross", "line_discount", "document_discount", "net", "vat", "duty", "total" })
                CHECK(actual.value(s(key)).toInteger() == want.value(s(key)).toInteger());
            CHECK(actual.value(s("discount")).toInteger()
                  == want.value(s("line_discount")).toInteger() + want.value(s("document_discount")).toInteger());
        }
        qint64 additions = 0;
        for (const QJsonValue& a : expected.value(s("additions")).toArray())
            additions += a.toObject().value(s("gross")).toInteger();
        CHECK(doc.value(s("gross_total")).toInteger() == expected.value(s("gross")).toInteger());
        CHECK(doc.value(s("discount_total")).toInteger() == expected.value(s("discount")).toInteger());
        CHECK(doc.value(s("shipping")).toInteger() == additions);
        CHECK(doc.value(s("vat_total")).toInteger() == expected.value(s("vat")).toInteger());
        CHECK(doc.value(s("duty_total")).toInteger() == expected.value(s("duty")).toInteger());
        const qint64 total = expected.value(s("total")).toInteger();
        CHECK(doc.value(s("grand_total")).toInteger() == total);
        CHECK(doc.value(s("amount_in_words")).toString()
              == peyvand::text::amountInWords(total, { false, false, false, u8("ریال") }));
        CHECK(doc.value(s("issue_date_jalali")).toString().size() == 10);
    }
}

TEST_CASE("quotes create: invalid input exits 2 naming the field and stores nothing", "[cli][quotes]")
{
    struct Case {
        QByteArray json;
        const char* field;
    };
    const Case cases[] = {
        { oneLine(R"({"description": "x", "unit_price": 1000, "discount_amount": 1001})"), "lines[0].discount" },
        { oneLine(R"({"description": "x", "unit_price": 1000, "discount_percent": "100.01"})"), "lines[0].discount" },
        { oneLine(R"({"description": "x", "unit_price": 1000, "quantity": "1.2345"})"), "lines[0].quantity" },
        { oneLine(R"({"description": "x", "unit_price": -5})"), "lines[0].unit_price" },
        { oneLine(R"({"description": "x", "unit_price": 99999999999999999999})"), "lines[0].unit_price" },
        { oneLine(R"({"description": "x", "unit_price": 9223372036854775807, "quantity": "2"})"), "lines[0]" },
        { oneLine(R"({"description": "", "unit_price": 10})"), "lines[0].description" },
        { oneLine(R"({"description": "x", "unit_price": 10}], "document_discount": {"amount": 11}, "x": [1)"), "x" },
        { R"({"customer": {"name": "Test"}, "issue_date": "1403/05/01", "valid_until": "1403/04/01", "lines": [{"description": "x", "unit_price": 10}]})",
          "valid_until" },
        { R"({"customer": {"name": "Test", "mobile": "123"}, "lines": [{"description": "x", "unit_price": 10}]})",
          "customer.mobile" },
        { R"({"customer_id": 999, "lines": [{"description": "x", "unit_price": 10}]})", "customer_id" },
    };
    TempDatabase db;
    db.init();
    for (const Case& c : cases) {
        INFO(c.json.toStdString());
        const CliRun r = db.run({ s("quotes"), s("create"), s("--json"), writeQuote(db, c.json) });
        CHECK(r.code == 2);
        CHECK(r.out.isEmpty());
        CHECK(r.err.startsWith(s("error: ") + s(c.field)));
    }
    CHECK(documentCount(db) == 0);
    CHECK(db.count() == 0); // the inline customer was not left behind either
}

TEST_CASE("quotes issue, accept, convert, invoices list and settle", "[cli][quotes][invoices]")
{
    TempDatabase db;
    const qint64 id = create(db, writeQuote(db, oneLine(R"({"code": "A", "description": "x", "unit_price": 1000000, "quantity": "2"})")));
    const CliRun issued = db.run({ s("quotes"), s("issue"), QString::number(id), s("--lang"), s("en") });
    INFO(issued.err.toStdString());
    REQUIRE(issued.code == 0);
    CHECK(issued.out.trimmed() == s("PF-1403-0001"));
    CHECK(db.run({ s("quotes"), s("issue"), QString::number(id) }).code == 2);

    const CliRun accepted = db.run({ s("quotes"), s("accept"), QString::number(id), s("--json") });
    REQUIRE(accepted.code == 0);
    CHECK(accepted.object().value(s("state")).toString() == s("accepted"));

    const CliRun converted = db.run({ s("quotes"), s("convert"), QString::number(id), s("--date"), s("1403/05/10"), s("--json") });
    INFO(converted.err.toStdString());
    REQUIRE(converted.code == 0);
    const QJsonObject invoice = converted.object();
    CHECK(invoice.value(s("type")).toString() == s("invoice"));
    CHECK(invoice.value(s("state")).toString() == s("issued"));
    CHECK(invoice.value(s("number")).toString() == s("INV-1403-0001"));
    CHECK(invoice.value(s("source_id")).toInteger() == id);
    CHECK(invoice.value(s("rates_changed")).toBool() == false);
    CHECK(invoice.value(s("grand_total")).toInteger() == 2200000);
    CHECK(db.run({ s("quotes"), s("convert"), QString::number(id) }).code == 2);

    const CliRun open = db.run({ s("invoices"), s("list"), s("--open"), s("--json") });
    REQUIRE(open.code == 0);
    REQUIRE(open.object().value(s("documents")).toArray().size() == 1);
    const qint64 invoiceId = invoice.value(s("id")).toInteger();
    CHECK(open.object().value(s("documents")).toArray().at(0).toObject().value(s("id")).toInteger() == invoiceId);

    REQUIRE(db.run({ s("invoices"), s("settle"), QString::number(invoiceId) }).code == 0);
    CHECK(db.run({ s("invoices"), s("list"), s("--open"), s("--json") }).object().value(s("count")).toInt() == 0);
    CHECK(db.run({ s("invoices"), s("list"), s("--settled"), s("--json") }).object().value(s("count")).toInt() == 1);

    const CliRun quote = db.run({ s("quotes"), s("show"), QString::number(id), s("--json") });
    CHECK(quote.object().value(s("state")).toString() == s("converted"));
}

TEST_CASE("quotes convert re-prices tax at the invoice date and says so", "[cli][quotes]")
{
    TempDatabase db;
    const qint64 id = create(db, writeQuote(db, R"({"customer": {"name": "Test"}, "issue_date": "1402/12/25",
        "lines": [{"description": "x", "unit_price": 1000000}]})"));
    REQUIRE(db.run({ s("quotes"), s("issue"), QString::number(id) }).code == 0);
    const CliRun shownQuote = db.run({ s("quotes"), s("show"), QString::number(id), s("--json") });
    CHECK(shownQuote.object().value(s("grand_total")).toInteger() == 1090000);
    const CliRun converted = db.run({ s("quotes"), s("convert"), QString::number(id), s("--date"), s("1403/01/05"),
                                      s("--json"), s("--lang"), s("en") });
    INFO(converted.err.toStdString());
    REQUIRE(converted.code == 0);
    CHECK(converted.err.startsWith(s("warning: ")));
    CHECK(converted.object().value(s("rates_changed")).toBool());
    CHECK(converted.object().value(s("vat_bp")).toInt() == 700);
    CHECK(converted.object().value(s("grand_total")).toInteger() == 1100000);
    CHECK(converted.object().value(s("quote_grand_total")).toInteger() == 1090000);
}

TEST_CASE("quotes create with customer_id and the same inline customer twice", "[cli][quotes]")
{
    TempDatabase db;
    const qint64 customer = db.add({ s("--name"), u8("علی رضایی"), s("--mobile"), s("09121234567") });
    const qint64 a = create(db, writeQuote(db, QByteArray(R"({"customer_id": )") + QByteArray::number(customer)
                                                   + R"(, "lines": [{"description": "x", "unit_price": 5}]})"));
    const qint64 b = create(db, writeQuote(db, R"({"customer": {"name": "Someone else", "mobile": "0912 123 4567"},
        "lines": [{"description": "x", "unit_price": 5}]})"));
    CHECK(db.count() == 1); // found by mobile
    for (qint64 id : { a, b }) {
        const CliRun r = db.run({ s("quotes"), s("show"), QString::number(id), s("--json") });
        CHECK(r.object().value(s("customer_id")).toInteger() == customer);
    }
}

TEST_CASE("products add, list and import", "[cli][products]")
{
    TempDatabase db;
    const CliRun added = db.run({ s("products"), s("add"), s("--name"), u8("کابل شبکه"), s("--code"), s("C-1"),
                                  s("--price"), u8("۱۲۰٬۰۰۰"), s("--unit"), u8("متر"), s("--json") });
    INFO(added.err.toStdString());
    REQUIRE(added.code == 0);
    CHECK(added.object().value(s("unit_price")).toInteger() == 120000);
    CHECK(db.run({ s("products"), s("add"), s("--name"), s("Dup"), s("--code"), s("C-1"), s("--price"), s("1") }).code == 2);
    const CliRun bad = db.run({ s("products"), s("add"), s("--name"), s("Neg"), s("--price"), s("-1") });
    CHECK(bad.code == 2);
    CHECK(bad.err.startsWith(s("error: --price")));

    const QString csv = db.dir() + QStringLiteral("/products.csv");
    writeFile(csv, u8("code,name,unit,unit_price\nC-1,کابل شبکه Cat6,متر,130000\nM-1,مانیتور,عدد,\"45,000,000\"\n").toUtf8());
    const CliRun imported = db.run({ s("products"), s("import"), csv, s("--json") });
    INFO(imported.err.toStdString());
    REQUIRE(imported.code == 0);
    CHECK(imported.object().value(s("created")).toInt() == 1);
    CHECK(imported.object().value(s("updated")).toInt() == 1);
    const CliRun list = db.run({ s("products"), s("list"), s("--json") });
    REQUIRE(list.code == 0);
    CHECK(list.array().size() == 2);
    const CliRun search = db.run({ s("products"), s("list"), u8("مانیتور"), s("--json") });
    REQUIRE(search.array().size() == 1);
    CHECK(search.array().at(0).toObject().value(s("unit_price")).toInteger() == 45000000);

    writeFile(csv, QByteArray("code,name,unit_price\nX-1,Good,10\nX-2,Bad,-3\n"));
    const CliRun refused = db.run({ s("products"), s("import"), csv });
    CHECK(refused.code == 2);
    CHECK(refused.err.contains(s("3")));
    CHECK(db.run({ s("products"), s("list"), s("--json") }).array().size() == 2); // all or nothing
}
