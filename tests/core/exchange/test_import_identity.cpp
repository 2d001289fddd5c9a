// An import stores customers exactly as creating them one by one through
// CustomerService does: same columns, tags, notes, search results, facets
// and counts (only the audit trail differs: one row per import).
#include "ExchangeTestSupport.h"

#include "customers/CustomerSearch.h"
#include "customers/CustomerService.h"
#include "exchange/RowCleaner.h"
#include "storage/SqlHelpers.h"

#include <QSqlRecord>

using namespace peyvand;
using namespace peyvand::exchange;
using peyvand::test::ExchangeFixture;
using peyvand::test::rowsOf;
using peyvand::test::searchIds;
using peyvand::test::u8;

namespace {

const char* const kCsv =
    "name,kind,company,national_id,mobile,phone,email,website,instagram,address,city,province,postal_code,source,tags,since,notes\n"
    "علي كريمي,,شركت نوآوران,499370899,9121234567,021-88776655,Ali@Example.com,example.ir,@ali_k,\"خیابان ۱۲، پلاک ٣\",تهران,تهران,1991933191,نمایشگاه,\"عمده، وفادار\",1403/01/15,تماس عصرها\n"
    "زهرا احمدی,,,,+989351112233,,,,,,اصفهان,اصفهان,,وب‌سایت,VIP,,\n"
    "شرکت پارس,company,,,,02144556677,info@pars.ir,,,,تهران,,,,\"عمده;عمده فروش\",2024-01-02,\n"
    "مُحَمَّد رضائي,,,,09191112233,,,,,,مشهد,خراسان رضوی,,نمایشگاه,وفادار,,\"خط یک\nخط دو\"\n"
    "Sara Smith,person,ACME,,,,sara@acme.com,,,,Shiraz,Fars,,web,new,,\n";


ImportOptions indexed(ImportOptions::Indexing indexing)
{
    ImportOptions options;
    options.indexing = indexing;
    return options;
}

} // namespace

TEST_CASE("an import stores what CustomerService::create stores", "[exchange][import][identity]")
{
    // Row by row, and in bulk mode (indexes rebuilt, search index built aside).
    const auto indexing = GENERATE(ImportOptions::Indexing::RowByRow, ImportOptions::Indexing::Rebuild);
    INFO("rebuild: " << (indexing == ImportOptions::Indexing::Rebuild));
    ExchangeFixture imported;
    const auto report = imported.importCsv(u8(kCsv), indexed(indexing));
    REQUIRE(report);
    REQUIRE(report->imported == 5);
    REQUIRE(report->rejected.isEmpty());

    // The same rows, cleaned the same way, created one by one.
    ExchangeFixture created;
    const QStringList lines = u8(kCsv).split(u'\n');
    const QStringList headers = lines.at(0).split(u',');
    {
        auto source = io::openTableSource(imported.writeCsv(u8(kCsv)), {});
        REQUIRE(source);
        RowCleaner cleaner((*source)->headers(), autoMap((*source)->headers()));
        customers::CustomerService service(*created.db, created.clock);
        for (;;) {
            auto row = (*source)->next();
            REQUIRE(row);
            if (!*row)
                break;
            const CleanedRow cleaned = cleaner.clean(**row);
            REQUIRE(cleaned.ok());
            auto c = service.create(cleaned.customer);
            REQUIRE(c);
            if (!cleaned.note.isEmpty())
                REQUIRE(service.addNote(c->id, cleaned.note));
        }
    }

    for (const char* sql : { "SELECT * FROM customers ORDER BY id", "SELECT * FROM customer_tags ORDER BY customer_id, position",
                             "SELECT customer_id, at, text, created_at FROM customer_notes ORDER BY id",
                             "SELECT * FROM customer_facets ORDER BY facet, key", "SELECT * FROM customer_counts ORDER BY archived",
                             "SELECT rowid, search_text FROM customer_fts ORDER BY rowid" }) {
        INFO(sql);
        CHECK(rowsOf(*imported.db, QString::fromLatin1(sql)) == rowsOf(*created.db, QString::fromLatin1(sql)));
    }
    for (const QString& query : { u8("علی"), u8("كريمي"), QStringLiteral("0912"), QStringLiteral("in"), u8("عمده"),
                                  u8("تهران"), QStringLiteral("88776655"), QStringLiteral("pars"), QStringLiteral("ACME"),
                                  QStringLiteral("s"), u8("محمد"), QStringLiteral("0499370899") }) {
        INFO(query.toStdString());
        CHECK(searchIds(*imported.db, query) == searchIds(*created.db, query));
        CHECK_FALSE(searchIds(*imported.db, query).isEmpty());
    }
    customers::CustomerQuery tagged;
    tagged.tag = u8("عمده");
    CHECK(customers::CustomerSearch(*imported.db).ids(tagged)->size() == 2);
    customers::CustomerService a(*imported.db), b(*created.db);
    CHECK(*a.cities() == *b.cities());
    CHECK(*a.tags() == *b.tags());
    CHECK(*a.sources() == *b.sources());

    // The schema is as it was (the search trigger was put back): a customer
    // added afterwards is found.
    CHECK(rowsOf(*imported.db, QStringLiteral("SELECT sql FROM sqlite_master ORDER BY name"))
          == rowsOf(*created.db, QStringLiteral("SELECT sql FROM sqlite_master ORDER BY name")));
    customers::Customer later;
    later.name = QStringLiteral("Later Added");
    REQUIRE(customers::CustomerService(*imported.db, imported.clock).create(later));
    CHECK(searchIds(*imported.db, QStringLiteral("later")).size() == 1);
    QStringList problems;
    CHECK(imported.db->integrityCheck(&problems));
    CHECK(storage::run(imported.db->connection(), QStringLiteral("INSERT INTO customer_fts (customer_fts, rank) VALUES ('integrity-check', 1)")));
}

TEST_CASE("importing into a database with customers keeps counts and facets exact", "[exchange][import][identity]")
{
    // Row by row, and in bulk mode (indexes rebuilt, search index built aside).
    const auto indexing = GENERATE(ImportOptions::Indexing::RowByRow, ImportOptions::Indexing::Rebuild);
    INFO("rebuild: " << (indexing == ImportOptions::Indexing::Rebuild));
    ExchangeFixture f;
    customers::CustomerService service(*f.db, f.clock);
    customers::Customer existing;
    existing.name = QStringLiteral("Before");
    existing.city = u8("تهران");
    existing.tags = { u8("عمده") };
    REQUIRE(service.create(existing));
    REQUIRE(f.importCsv(u8("name,city,tags,source\nA,تهران,عمده,web\nB,قم,نو,web\n"), indexed(indexing)));
    CHECK(rowsOf(*f.db, QStringLiteral("SELECT facet, value, n FROM customer_facets ORDER BY facet, key"))
          == QStringList { u8("city\x1fتهران\x1f" "2"), u8("city\x1fقم\x1f" "1"), QStringLiteral("source\x1fweb\x1f" "2"),
                           u8("tag\x1fعمده\x1f" "2"), u8("tag\x1fنو\x1f" "1") });
    CHECK(rowsOf(*f.db, QStringLiteral("SELECT n FROM customer_counts WHERE archived = 0")) == QStringList { QStringLiteral("3") });
    customers::CustomerQuery all;
    CHECK(*customers::CustomerSearch(*f.db).count(all) == 3);
}

TEST_CASE("an update that keeps a customer's tags leaves the tag counts exact", "[exchange][import][identity]")
{
    const auto indexing = GENERATE(ImportOptions::Indexing::RowByRow, ImportOptions::Indexing::Rebuild);
    INFO("rebuild: " << (indexing == ImportOptions::Indexing::Rebuild));
    ExchangeFixture f;
    REQUIRE(f.importCsv(u8("name,mobile,tags\nعلی,09121234567,عمده، VIP\nمریم,09351234567,\n")));
    ImportOptions options = indexed(indexing);
    options.onDuplicate = DuplicatePolicy::Update;
    // The first customer gains an e-mail address and keeps its tags; the second gains tags.
    const auto report = f.importCsv(u8("name,mobile,email,tags\n"
                                       "علی,09121234567,ali@example.com,عمده، VIP\n"
                                       "مریم,09351234567,,VIP، نو\n"),
                                    options);
    REQUIRE(report);
    CHECK(report->updated == 2);
    CHECK(rowsOf(*f.db, QStringLiteral("SELECT facet, value, n FROM customer_facets WHERE facet = 'tag' ORDER BY key"))
          == QStringList { QStringLiteral("tag\x1fVIP\x1f" "2"), u8("tag\x1fعمده\x1f" "1"), u8("tag\x1fنو\x1f" "1") });
    customers::CustomerQuery vip;
    vip.tag = QStringLiteral("VIP");
    CHECK(*customers::CustomerSearch(*f.db).count(vip) == 2);
}

TEST_CASE("a large import builds the search index in bulk and leaves its settings as they were", "[exchange][import][identity]")
{
    ExchangeFixture f;
    const QStringList configBefore = rowsOf(*f.db, QStringLiteral("SELECT k, v FROM customer_fts_config ORDER BY k"));
    QString csv = QStringLiteral("name,mobile\n");
    const int rows = 51000; // more than one slice of the search index
    for (int i = 0; i < rows; ++i)
        csv += QStringLiteral("Person %1,0912%2\n").arg(i).arg(i, 7, 10, QLatin1Char('0'));
    const auto report = f.importCsv(csv);
    REQUIRE(report);
    REQUIRE(report->imported == rows);
    CHECK(rowsOf(*f.db, QStringLiteral("SELECT k, v FROM customer_fts_config ORDER BY k")) == configBefore);
    CHECK(storage::run(f.db->connection(), QStringLiteral("INSERT INTO customer_fts (customer_fts) VALUES ('integrity-check')")));
    CHECK(searchIds(*f.db, QStringLiteral("09120050999")).size() == 1);
    CHECK(searchIds(*f.db, QStringLiteral("Person 50999")).size() == 1);
    CHECK(searchIds(*f.db, QStringLiteral("person")).size() == rows);
    auto cache = storage::scalar(f.db->connection(), QStringLiteral("PRAGMA cache_size"));
    REQUIRE(cache);
    CHECK(cache->toLongLong() == -16000);
}
