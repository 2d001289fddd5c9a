// report …: the CLI of issue 8 (sales by period and dimension, the other
// reports as JSON, errors exit 2 naming the option).
#include "CliTestSupport.h"

#include "text/Jalali.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace peyvand;
using namespace peyvand::test;

namespace {

QString s(const char* latin) { return QString::fromLatin1(latin); }
QString n(qint64 value) { return QString::number(value); }
QString iso(QDate date) { return date.toString(Qt::ISODate); }
QDate j(int y, int m, int d) { return text::jalali::toGregorian({ y, m, d }); }

// An issued invoice of one untaxed line for `customer`, dated `issued`.
qint64 invoice(const TempDatabase& db, qint64 rial, QDate issued, const QString& customer, const QString& marketer = {})
{
    const QString path = db.dir() + QStringLiteral("/invoice.json");
    const QString json = QStringLiteral(R"({"type": "invoice", "customer": {"name": "%1"}, "issue_date": "%2", "marketer": "%4",
        "lines": [{"description": "Work", "unit_price": %3, "quantity": "1", "taxable": false}]})")
                             .arg(customer, iso(issued), n(rial), marketer);
    writeFile(path, json.toUtf8());
    const CliRun r = db.run({ s("quotes"), s("create"), s("--json"), path, s("--issue") });
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    return r.out.trimmed().toLongLong();
}

QJsonObject json(const CliRun& r)
{
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8());
    REQUIRE(doc.isObject());
    return doc.object();
}

QJsonObject table(const QJsonObject& report, const char* key = "rows")
{
    return report.value(s("tables")).toObject().value(s(key)).toObject();
}

} // namespace

TEST_CASE("report sales --by month sums the invoices of each Jalali month", "[cli][reports]")
{
    TempDatabase db;
    invoice(db, 1'000'000, j(1404, 1, 1), s("Ali"));
    invoice(db, 2'500'000, j(1404, 1, 31), s("Sara"));
    invoice(db, 4'000'000, j(1404, 2, 1), s("Ali"));
    invoice(db, 8'000'000, j(1404, 4, 1), s("Reza")); // outside the range
    const QJsonObject report = json(db.run({ s("report"), s("sales"), s("--by"), s("month"), s("--from"), s("1404/01/01"),
                                             s("--to"), s("1404/03/31"), s("--json") }));
    CHECK(report.value(s("report")).toString() == s("sales_period"));
    CHECK(report.value(s("grouping")).toString() == s("month"));
    const QJsonArray rows = table(report).value(s("rows")).toArray();
    REQUIRE(rows.size() == 3);
    CHECK(rows.at(0).toObject().value(s("period")).toString() == s("1404-01"));
    CHECK(rows.at(0).toObject().value(s("sales")).toInteger() == 3'500'000);
    CHECK(rows.at(0).toObject().value(s("invoices")).toInteger() == 2);
    CHECK(rows.at(1).toObject().value(s("sales")).toInteger() == 4'000'000);
    CHECK(rows.at(2).toObject().value(s("sales")).toInteger() == 0);
    CHECK(table(report).value(s("totals")).toObject().value(s("sales")).toInteger() == 7'500'000);
    CHECK(report.value(s("figures")).toObject().value(s("invoices")).toInteger() == 3);

    const CliRun human = db.run({ s("report"), s("sales"), s("--from"), s("1404/01/01"), s("--to"), s("1404/03/31"), s("--lang"), s("en") });
    REQUIRE(human.code == 0);
    CHECK(human.out.contains(s("Farvardin 1404")));
    CHECK(human.out.contains(s("7,500,000")));
    const CliRun persian = db.run({ s("report"), s("sales"), s("--from"), s("1404/01/01"), s("--to"), s("1404/03/31") });
    REQUIRE(persian.code == 0);
    CHECK(persian.out.contains(QString::fromUtf8("فروردین ۱۴۰۴")));
    CHECK(persian.out.contains(QString::fromUtf8("۷٬۵۰۰٬۰۰۰")));
}

TEST_CASE("report sales takes a preset period or a fiscal year", "[cli][reports]")
{
    TempDatabase db;
    invoice(db, 1'000'000, j(1403, 12, 30), s("Ali")); // the last day of a leap year
    invoice(db, 2'000'000, j(1404, 1, 1), s("Ali"));
    const QJsonObject fiscal1403 = json(db.run({ s("report"), s("sales"), s("--year"), s("1403"), s("--by"), s("year"), s("--json") }));
    CHECK(fiscal1403.value(s("from")).toString() == iso(j(1403, 1, 1)));
    CHECK(fiscal1403.value(s("to")).toString() == iso(j(1403, 12, 30)));
    CHECK(table(fiscal1403).value(s("totals")).toObject().value(s("sales")).toInteger() == 1'000'000);
    const QJsonObject thisYear = json(db.run({ s("report"), s("sales"), s("--period"), s("this_year"), s("--json") }));
    CHECK(thisYear.value(s("to")).toString() == iso(QDate::currentDate()));
}

TEST_CASE("report errors exit 2 and name the option", "[cli][reports]")
{
    TempDatabase db;
    invoice(db, 1'000'000, j(1404, 1, 1), s("Ali"));
    const CliRun by = db.run({ s("report"), s("sales"), s("--by"), s("colour"), s("--lang"), s("en") });
    CHECK(by.code == 2);
    CHECK(by.err.contains(s("--by")));
    const CliRun reversed = db.run({ s("report"), s("sales"), s("--from"), s("1404/02/01"), s("--to"), s("1404/01/01"), s("--lang"), s("en") });
    CHECK(reversed.code == 2);
    CHECK(reversed.err.contains(s("--to")));
    const CliRun period = db.run({ s("report"), s("sales"), s("--period"), s("decade"), s("--lang"), s("en") });
    CHECK(period.code == 2);
    CHECK(period.err.contains(s("--period")));
    const CliRun date = db.run({ s("report"), s("funnel"), s("--from"), s("1404/13/01"), s("--lang"), s("en") });
    CHECK(date.code == 2);
    CHECK(date.err.contains(s("--from")));
    const CliRun name = db.run({ s("report"), s("render"), s("nothing"), s("--pdf"), db.dir() + s("/x.pdf"), s("--lang"), s("en") });
    CHECK(name.code == 2);
    CHECK_FALSE(QFile::exists(db.dir() + s("/x.pdf")));
    const CliRun pdf = db.run({ s("report"), s("render"), s("rfm"), s("--lang"), s("en") });
    CHECK(pdf.code == 2);
    CHECK(pdf.err.contains(s("--pdf")));
}

TEST_CASE("report list names every report", "[cli][reports]")
{
    TempDatabase db;
    REQUIRE(db.run({ s("init") }).code == 0);
    const QJsonObject list = json(db.run({ s("report"), s("list"), s("--json") }));
    const QJsonArray reports = list.value(s("reports")).toArray();
    CHECK(reports.size() == 16);
    QStringList keys;
    for (const auto& r : reports)
        keys << r.toObject().value(s("key")).toString();
    for (const char* key : { "sales_period", "sales_product", "sales_marketer", "sales_customer", "sales_city", "trend", "forecast",
                             "rfm", "customer_value", "funnel", "quote_conversion", "receivables", "cheques_due", "payment_ratings" })
        CHECK(keys.contains(s(key)));
}

TEST_CASE("targets set, list and remove, and bad periods exit 2", "[cli][reports][targets]")
{
    TempDatabase db;
    REQUIRE(db.run({ s("init") }).code == 0);
    REQUIRE(db.run({ s("targets"), s("set"), s("1404/7"), s("500,000,000") }).code == 0);
    REQUIRE(db.run({ s("targets"), s("set"), QString::fromUtf8("۱۴۰۴-q3"), s("1200000000") }).code == 0);
    const QJsonObject list = json(db.run({ s("targets"), s("list"), s("--year"), s("1404"), s("--json") }));
    const QJsonArray targets = list.value(s("targets")).toArray();
    REQUIRE(targets.size() == 2);
    CHECK(targets.at(0).toObject().value(s("period")).toString() == s("1404-07"));
    CHECK(targets.at(0).toObject().value(s("amount")).toInteger() == 500'000'000);
    CHECK(targets.at(1).toObject().value(s("period")).toString() == s("1404-Q3"));

    const CliRun month13 = db.run({ s("targets"), s("set"), s("1404-13"), s("5"), s("--lang"), s("en") });
    CHECK(month13.code == 2);
    CHECK(month13.err.contains(s("period")));
    const CliRun negative = db.run({ s("targets"), s("set"), s("1404-08"), s("-5"), s("--lang"), s("en") });
    CHECK(negative.code == 2);
    CHECK(json(db.run({ s("targets"), s("list"), s("--year"), s("1404"), s("--json") })).value(s("targets")).toArray().size() == 2);

    REQUIRE(db.run({ s("targets"), s("remove"), s("1404-07") }).code == 0);
    CHECK(json(db.run({ s("targets"), s("list"), s("--year"), s("1404"), s("--json") })).value(s("targets")).toArray().size() == 1);
    CHECK(db.run({ s("targets"), s("remove"), s("1404-07") }).code != 0);
}

TEST_CASE("dashboard prints this month's tiles", "[cli][reports][dashboard]")
{
    TempDatabase db;
    invoice(db, 3'000'000, QDate::currentDate(), s("Ali"));
    const QJsonObject dashboard = json(db.run({ s("dashboard"), s("--json") }));
    CHECK(dashboard.value(s("as_of")).toString() == iso(QDate::currentDate()));
    QJsonObject sales;
    for (const auto& tile : dashboard.value(s("tiles")).toArray()) {
        if (tile.toObject().value(s("key")).toString() == s("sales"))
            sales = tile.toObject();
    }
    REQUIRE_FALSE(sales.isEmpty());
    CHECK(sales.value(s("value")).toInteger() == 3'000'000);
    CHECK(sales.value(s("report")).toString() == s("sales_period"));
    CHECK(dashboard.value(s("tiles")).toArray().size() == 8);
}
