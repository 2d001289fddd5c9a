// customers search: Persian normalisation, FTS syntax taken literally, filters.
#include "CliTestSupport.h"

using namespace peyvand::test;

namespace {

QString s(const char* latin) { return QString::fromLatin1(latin); }

QList<qint64> idsOf(const QJsonArray& array)
{
    QList<qint64> ids;
    for (const QJsonValue& v : array)
        ids << v.toObject().value(s("id")).toInteger();
    return ids;
}

struct SearchFixture {
    TempDatabase db;
    qint64 ali = 0;
    qint64 maryam = 0;
    qint64 company = 0;

    SearchFixture()
    {
        ali = db.add({ s("--name"), u8("علی کریمی"), s("--mobile"), s("09121234567"), s("--city"), u8("تهران"),
                       s("--tag"), u8("عمده"), s("--source"), u8("نمایشگاه") });
        maryam = db.add({ s("--name"), u8("مریم یوسفی"), s("--company"), u8("پارس‌تک"), s("--city"), u8("شیراز"),
                          s("--email"), s("maryam@example.com") });
        company = db.add({ s("--kind"), s("company"), s("--name"), u8("شرکت آینده‌سازان"), s("--city"), u8("تهران") });
    }

    QList<qint64> search(const QStringList& query) const
    {
        const CliRun r = db.run(QStringList { s("customers"), s("search"), s("--json") } + query);
        INFO(query.join(u' ').toStdString() << " -> " << r.err.toStdString());
        REQUIRE(r.code == 0);
        return idsOf(r.array());
    }
};

} // namespace

TEST_CASE("search finds Persian names typed with Arabic letters", "[cli][search]")
{
    SearchFixture f;
    // Arabic Yeh U+064A and Arabic Kaf U+0643.
    CHECK(f.search({ u8("علي كريمي") }).contains(f.ali));
    CHECK(f.search({ u8("كريمي") }).contains(f.ali));
    CHECK(f.search({ u8("يوسفي") }).contains(f.maryam));
    // Alef with hamza / madda variants and ZWNJ.
    CHECK(f.search({ u8("اینده") }).contains(f.company));
    CHECK(f.search({ u8("پارستک") }).contains(f.maryam));
}

TEST_CASE("stored Arabic letters are found with Persian ones", "[cli][search]")
{
    TempDatabase db;
    const qint64 id = db.add({ s("--name"), u8("رضا كاظمي") }); // Arabic Kaf and Yeh
    const CliRun r = db.run({ s("customers"), s("search"), u8("کاظمی"), s("--json") });
    REQUIRE(r.code == 0);
    CHECK(idsOf(r.array()).contains(id));
}

TEST_CASE("search words may be separate arguments", "[cli][search]")
{
    SearchFixture f;
    CHECK(f.search({ u8("علی"), u8("کریمی") }) == QList<qint64> { f.ali });
}

TEST_CASE("search by mobile fragment, email and city", "[cli][search]")
{
    SearchFixture f;
    CHECK(f.search({ s("1234567") }).contains(f.ali));
    CHECK(f.search({ u8("۱۲۳۴۵۶۷") }).contains(f.ali));
    CHECK(f.search({ s("maryam@example.com") }).contains(f.maryam));
    const QList<qint64> tehran = f.search({ u8("تهران") });
    CHECK(tehran.contains(f.ali));
    CHECK(tehran.contains(f.company));
    CHECK_FALSE(tehran.contains(f.maryam));
}

TEST_CASE("search never fails on FTS syntax", "[cli][search]")
{
    SearchFixture f;
    for (const char* query : { "\"", "\"\"", "*", "**", "-", "-علی", "NEAR", "NEAR(a b)", "a OR b", "a AND b", "NOT a",
                               "(", ")", "()", "a:b", "name:علی", "^", "+", "علی*", "\"علی", "'", ";", "%", "_",
                               "\\", "{", "}", "[x]", "OR", "AND", "*علی", "a NEAR/3 b" }) {
        INFO(query);
        const CliRun r = f.db.run({ s("customers"), s("search"), s("--json"), s("--"), u8(query) });
        INFO(r.err.toStdString());
        CHECK(r.code == 0);
        CHECK(r.err.isEmpty());
        r.array(); // valid JSON
    }
    // OR is a word to find, not an operator: nobody matches all three words.
    CHECK_FALSE(f.search({ u8("علی OR مریم") }).contains(f.maryam));
}

TEST_CASE("search limits and filters", "[cli][search]")
{
    SearchFixture f;
    for (int i = 0; i < 25; ++i)
        f.db.add({ s("--name"), u8("حسین ") + QString::number(i) });
    CHECK(f.search({ u8("حسین") }).size() == 20); // default limit
    CHECK(f.search({ u8("حسین"), s("--limit"), s("5") }).size() == 5);
    CHECK(f.search({ u8("حسین"), s("--limit"), s("100") }).size() == 25);

    CHECK(f.search({ u8("تهران"), s("--tag"), u8("عمده") }) == QList<qint64> { f.ali });
    CHECK(f.search({ u8("ی"), s("--city"), u8("شیراز") }) == QList<qint64> { f.maryam });
    CHECK(f.search({ u8("علی"), s("--source"), u8("نمایشگاه") }) == QList<qint64> { f.ali });
    // Filters are normalised like stored text (Arabic Yeh in the city).
    CHECK(f.search({ u8("مریم"), s("--city"), u8("شيراز") }) == QList<qint64> { f.maryam });

    REQUIRE(f.db.run({ s("customers"), s("archive"), QString::number(f.ali) }).code == 0);
    CHECK(f.search({ u8("علی") }).isEmpty());
    CHECK(f.search({ u8("علی"), s("--archived") }) == QList<qint64> { f.ali });
    CHECK(f.search({ u8("علی"), s("--all") }) == QList<qint64> { f.ali });
}

TEST_CASE("search results are whole customer objects, best matches first", "[cli][search]")
{
    TempDatabase db;
    const qint64 other = db.add({ s("--name"), u8("مهدی رضایی") });
    const qint64 reza = db.add({ s("--name"), u8("رضا محمدی") });
    const CliRun r = db.run({ s("customers"), s("search"), u8("رضا"), s("--json") });
    REQUIRE(r.code == 0);
    const QJsonArray rows = r.array();
    REQUIRE(rows.size() == 2);
    CHECK(idsOf(rows) == QList<qint64> { reza, other }); // name starting with the query first
    const QJsonObject first = rows.at(0).toObject();
    for (const char* key : { "id", "name", "company", "mobile", "national_id", "email", "city", "tags", "since",
                             "since_jalali" }) {
        INFO(key);
        CHECK(first.contains(s(key)));
    }
}

TEST_CASE("search human output and no results", "[cli][search]")
{
    SearchFixture f;
    const CliRun r = f.db.run({ s("customers"), s("search"), u8("مریم"), s("--lang"), s("en") });
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(u8("مریم یوسفی")));
    CHECK(r.out.startsWith(QString::number(f.maryam)));
    const CliRun none = f.db.run({ s("customers"), s("search"), s("zzzzzz"), s("--json") });
    REQUIRE(none.code == 0);
    CHECK(none.array().isEmpty());
    CHECK(f.db.run({ s("customers"), s("search") }).code == 2);
}
