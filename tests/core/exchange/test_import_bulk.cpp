// Bulk mode (CustomerWriter): the indexes rebuilt after the rows and the
// search index of the whole book built aside give the same book as updating
// them row by row, and a failure or cancel leaves the book as it was.
#include "ExchangeTestSupport.h"

#include "customers/CustomerSearch.h"
#include "customers/CustomerService.h"
#include "storage/SqlHelpers.h"

#include <QSqlRecord>

using namespace peyvand;
using namespace peyvand::exchange;
using peyvand::test::ExchangeFixture;
using peyvand::test::rowsOf;
using peyvand::test::searchIds;
using peyvand::test::u8;

namespace {

using Indexing = ImportOptions::Indexing;

// Customers already in the book: one will be updated by the file, one not.
void addExisting(ExchangeFixture& f)
{
    customers::CustomerService service(*f.db, f.clock);
    customers::Customer a;
    a.name = u8("مریم کاظمی");
    a.mobile = QStringLiteral("09121110000");
    a.city = u8("تهران");
    a.tags = { u8("قدیمی") };
    REQUIRE(service.create(a));
    customers::Customer b;
    b.name = QStringLiteral("Untouched Person");
    b.email = QStringLiteral("untouched@example.com");
    REQUIRE(service.create(b));
}

// A duplicate of a stored customer that adds a company and a tag, new rows,
// a later row of the file merged into an earlier one, a rejected row.
const char* const kUpdates =
    "name,mobile,company,email,city,tags,notes\n"
    "مریم کاظمی,09121110000,شرکت آرمان,,,نو,تماس گرفت\n"
    "Reza Tehrani,09350001111,,,شیراز,عمده,\n"
    "Someone,,,x@example.com,,,\n"
    "Reza Tehrani,09350001111,Pars Co,reza@example.com,,وفادار,\n"
    "Bad,123,,,,,\n";

ImportOptions options(Indexing indexing)
{
    ImportOptions o;
    o.indexing = indexing;
    o.onDuplicate = DuplicatePolicy::Update;
    return o;
}


void checkSearchIndexWhole(storage::Database& db)
{
    // rank 1: the index is also compared with the customers' search_text.
    CHECK(storage::run(db.connection(), QStringLiteral("INSERT INTO customer_fts (customer_fts, rank) VALUES ('integrity-check', 1)")));
    QStringList problems;
    CHECK(db.integrityCheck(&problems));
}

} // namespace

TEST_CASE("a bulk import into a book with customers gives the same book as row by row", "[exchange][import][bulk]")
{
    ExchangeFixture rowByRow, bulk;
    addExisting(rowByRow);
    addExisting(bulk);
    const auto a = rowByRow.importCsv(u8(kUpdates), options(Indexing::RowByRow));
    const auto b = bulk.importCsv(u8(kUpdates), options(Indexing::Rebuild));
    REQUIRE(a);
    REQUIRE(b);
    CHECK(b->imported == 2);
    CHECK(b->updated == 2);
    CHECK(b->rejected.size() == 1);
    CHECK(std::tie(a->imported, a->updated, a->skippedDuplicates) == std::tie(b->imported, b->updated, b->skippedDuplicates));

    for (const char* sql : { "SELECT * FROM customers ORDER BY id", "SELECT * FROM customer_tags ORDER BY customer_id, position",
                             "SELECT customer_id, at, text FROM customer_notes ORDER BY id",
                             "SELECT * FROM customer_facets ORDER BY facet, key", "SELECT * FROM customer_counts ORDER BY archived",
                             "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY name" }) {
        INFO(sql);
        CHECK(rowsOf(*bulk.db, QString::fromLatin1(sql)) == rowsOf(*rowByRow.db, QString::fromLatin1(sql)));
    }
    checkSearchIndexWhole(*bulk.db);
    // The connection's settings are back as they were (Database::configure's).
    CHECK(rowsOf(*bulk.db, QStringLiteral("PRAGMA threads")) == QStringList { QStringLiteral("0") });
    CHECK(rowsOf(*bulk.db, QStringLiteral("PRAGMA cache_size")) == QStringList { QStringLiteral("-16000") });
    // Update fills empty fields only: the tags of the file's duplicates are not added.
    for (const QString& query : { u8("نو"), u8("وفادار") })
        CHECK(searchIds(*bulk.db, query).isEmpty());
    for (const QString& query : { u8("آرمان"), u8("مریم"), u8("قدیمی"), u8("عمده"), QStringLiteral("pars"), QStringLiteral("reza@"),
                                  QStringLiteral("untouched"), QStringLiteral("x@example"), QStringLiteral("0935"),
                                  QStringLiteral("09121110000"), u8("شیراز") }) {
        INFO(query.toStdString());
        CHECK(searchIds(*bulk.db, query) == searchIds(*rowByRow.db, query));
        CHECK_FALSE(searchIds(*bulk.db, query).isEmpty());
    }
}

TEST_CASE("after a bulk import the search index follows every change", "[exchange][import][bulk]")
{
    ExchangeFixture f;
    addExisting(f);
    REQUIRE(f.importCsv(u8(kUpdates), options(Indexing::Rebuild)));
    customers::CustomerService service(*f.db, f.clock);
    const qint64 reza = searchIds(*f.db, QStringLiteral("reza tehrani")).value(0);
    REQUIRE(reza != 0);

    auto changed = service.get(reza);
    REQUIRE(changed);
    changed->company = QStringLiteral("Renamed Ltd");
    REQUIRE(service.update(*changed));
    customers::Customer added;
    added.name = QStringLiteral("Added Afterwards");
    auto created = service.create(added);
    REQUIRE(created);
    const qint64 someone = searchIds(*f.db, QStringLiteral("someone")).value(0);
    REQUIRE(service.remove(someone));

    CHECK(searchIds(*f.db, QStringLiteral("renamed")) == QList<qint64> { reza });
    CHECK(searchIds(*f.db, QStringLiteral("pars")).isEmpty());
    CHECK(searchIds(*f.db, QStringLiteral("afterwards")) == QList<qint64> { created->id });
    CHECK(searchIds(*f.db, QStringLiteral("someone")).isEmpty());
    checkSearchIndexWhole(*f.db);
}

TEST_CASE("a bulk import that is cancelled or dry leaves the book as it was", "[exchange][import][bulk]")
{
    ExchangeFixture f;
    addExisting(f);
    const QStringList before = f.snapshot();
    QString csv = QStringLiteral("name,mobile\n");
    for (int i = 0; i < 5000; ++i)
        csv += QStringLiteral("Imported %1,0935%2\n").arg(i).arg(i, 7, 10, QLatin1Char('0'));

    SECTION("cancelled at the second chunk")
    {
        int calls = 0;
        const auto result = f.import(f.writeCsv(csv), options(Indexing::Rebuild), [&](const ImportProgress&) {
            return ++calls < 2;
        });
        REQUIRE_FALSE(result);
        CHECK(result.error().code == ErrorCode::Cancelled);
    }
    SECTION("a dry run")
    {
        ImportOptions dry = options(Indexing::Rebuild);
        dry.dryRun = true;
        const auto report = f.importCsv(csv, dry);
        REQUIRE(report);
        CHECK(report->imported == 5000);
    }
    CHECK(f.snapshot() == before);
    checkSearchIndexWhole(*f.db);
    CHECK(searchIds(*f.db, u8("مریم")).size() == 1);
    CHECK(searchIds(*f.db, QStringLiteral("imported")).isEmpty());
}

TEST_CASE("automatic indexing rebuilds only for a large file into a smaller book", "[exchange][import][bulk]")
{
    // The choice is not visible in the result, only in the time it takes:
    // both give the same book (above). Here: a large automatic import is whole.
    ExchangeFixture f;
    QString csv = QStringLiteral("name,mobile,email,address\n");
    const int rows = 40000;
    const QString address = u8("\"تهران، خیابان ولیعصر، بالاتر از میدان ونک، کوچه‌ی نیلوفر، پلاک ۱۲، طبقه‌ی سوم\"");
    for (int i = 0; i < rows; ++i)
        csv += QStringLiteral("Customer %1,0912%2,c%1@example.com,%3\n").arg(i).arg(i, 7, 10, QLatin1Char('0')).arg(address);
    REQUIRE(csv.toUtf8().size() >= ImportOptions::kBulkFromBytes);
    const auto report = f.importCsv(csv);
    REQUIRE(report);
    CHECK(report->imported == rows);
    checkSearchIndexWhole(*f.db);
    CHECK(searchIds(*f.db, QStringLiteral("c39999@")).size() == 1);
    CHECK(searchIds(*f.db, QStringLiteral("09120039999")).size() == 1);
    CHECK(rowsOf(*f.db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name LIKE 'customers_by_%'"))
          == QStringList { QStringLiteral("9") });
}
