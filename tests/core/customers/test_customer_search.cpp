#include "TestSupport.h"

#include "customers/CustomerRepository.h"
#include "customers/CustomerSearch.h"
#include "customers/CustomerService.h"
#include "customers/DemoData.h"
#include "storage/Database.h"

#include <QSet>

using namespace peyvand;
using namespace peyvand::customers;
using peyvand::test::u8;

namespace {

struct Book {
    std::unique_ptr<storage::Database> db;
    std::unique_ptr<CustomerService> service;
    std::unique_ptr<CustomerSearch> search;

    Book()
    {
        auto opened = storage::Database::openInMemory();
        REQUIRE(opened);
        db = std::move(*opened);
        service = std::make_unique<CustomerService>(*db);
        search = std::make_unique<CustomerSearch>(*db);
    }

    qint64 add(const QString& name, std::function<void(Customer&)> more = {})
    {
        Customer c;
        c.name = name;
        if (more)
            more(c);
        auto created = service->create(c);
        REQUIRE(created);
        return created->id;
    }

    QStringList names(const QString& text, CustomerQuery query = {})
    {
        query.text = text;
        auto rows = search->page(query, 0, 100);
        REQUIRE(rows);
        QStringList out;
        for (const auto& r : *rows)
            out << r.name;
        return out;
    }
};

} // namespace

TEST_CASE("Letter variants, ZWNJ, tatweel and diacritics never prevent a match", "[search]")
{
    Book b;
    b.add(u8("علی کریمی"));
    b.add(u8("محمد میخواهم"));
    b.add(u8("فروشگاه تهران"));
    b.add(u8("مُحَمَّد رضایی"));
    b.add(u8("مؤسسه آینده"));

    CHECK(b.names(u8("علي كريمي")) == QStringList { u8("علی کریمی") });
    CHECK(b.names(u8("می‌خواهم")) == QStringList { u8("محمد میخواهم") });
    CHECK(b.names(u8("تهـــران")) == QStringList { u8("فروشگاه تهران") });
    CHECK(b.names(u8("محمد رضایی")) == QStringList { u8("مُحَمَّد رضایی") });
    CHECK(b.names(u8("موسسه اینده")) == QStringList { u8("مؤسسه آینده") });
    CHECK(b.names(u8("كريم")) == QStringList { u8("علی کریمی") }); // substring of a word
}

TEST_CASE("Every word must occur in some field", "[search]")
{
    Book b;
    b.add(u8("سارا احمدی"), [](Customer& c) {
        c.company = u8("شرکت پارس");
        c.city = u8("شیراز");
        c.tags = { u8("وفادار") };
    });
    b.add(u8("سارا نوری"), [](Customer& c) { c.city = u8("تبریز"); });
    b.add(u8("رضا احمدی"), [](Customer& c) { c.city = u8("شیراز"); });

    CHECK(b.names(u8("سارا شیراز")) == QStringList { u8("سارا احمدی") });
    CHECK(b.names(u8("پارس وفادار")) == QStringList { u8("سارا احمدی") });
    CHECK(b.names(u8("احمدی")).size() == 2);
    CHECK(b.names(u8("سارا تهران")).isEmpty());
}

TEST_CASE("Phones, IDs and email match in any digit script", "[search]")
{
    Book b;
    b.add(u8("مینا قاسمی"), [](Customer& c) {
        c.mobile = QStringLiteral("09121234567");
        c.nationalId = QStringLiteral("0499370899");
        c.email = QStringLiteral("mina@example.ir");
        c.otherPhones = { QStringLiteral("02188776655") };
    });
    b.add(u8("دیگری"), [](Customer& c) { c.mobile = QStringLiteral("09350000000"); });

    CHECK(b.names(u8("۰۹۱۲۱۲۳")) == QStringList { u8("مینا قاسمی") });
    CHECK(b.names(u8("١٢٣٤٥٦٧")) == QStringList { u8("مینا قاسمی") }); // Arabic-Indic digits
    CHECK(b.names(QStringLiteral("+989121234567")) == QStringList { u8("مینا قاسمی") });
    CHECK(b.names(QStringLiteral("9121234567")) == QStringList { u8("مینا قاسمی") });
    CHECK(b.names(QStringLiteral("0499370899")) == QStringList { u8("مینا قاسمی") });
    CHECK(b.names(QStringLiteral("MINA@")) == QStringList { u8("مینا قاسمی") });
    CHECK(b.names(QStringLiteral("88776655")) == QStringList { u8("مینا قاسمی") });
}

TEST_CASE("One and two character words match the start of a word", "[search]")
{
    Book b;
    b.add(u8("علی کریمی"));
    b.add(u8("کامران علوی"));
    b.add(u8("بهرام پاک"));

    CHECK(b.names(u8("ک")).size() == 2);           // کریمی, کامران
    CHECK(b.names(u8("عل")).size() == 2);          // علی, علوی
    CHECK(b.names(u8("لی")).isEmpty());            // not at a word start
    CHECK(b.names(u8("عل ک")) == QStringList { u8("علی کریمی"), u8("کامران علوی") });
    CHECK(b.names(u8("پا")) == QStringList { u8("بهرام پاک") });
}

TEST_CASE("FTS syntax in a query is searched literally and never errors", "[search]")
{
    Book b;
    b.add(u8("شرکت \"پارس\" NEAR"));
    b.add(QStringLiteral("AND OR NOT"));
    b.add(u8("a-b*c"));
    const QStringList queries = {
        QStringLiteral("\""), QStringLiteral("\"\""), QStringLiteral("*"), QStringLiteral("-"), QStringLiteral("NEAR"),
        QStringLiteral("NEAR(a b)"), QStringLiteral("a OR b"), QStringLiteral("("), QStringLiteral(")"),
        QStringLiteral("^"), QStringLiteral(":"), QStringLiteral("name:x"), QStringLiteral("'"), QStringLiteral("\\"),
        QStringLiteral("a-b*c"), QStringLiteral("AND"), QStringLiteral("NOT"), QStringLiteral("{x}"), QStringLiteral("+"),
        QStringLiteral("%"), QStringLiteral("_"), u8("\"پارس"),
    };
    for (const QString& q : queries) {
        INFO(q.toStdString());
        CustomerQuery query;
        query.text = q;
        CHECK(b.search->page(query, 0, 50));
        CHECK(b.search->count(query));
    }
    CHECK(b.names(u8("\"پارس\"")).size() == 1);
    CHECK(b.names(QStringLiteral("NEAR")) == QStringList { u8("شرکت \"پارس\" NEAR") });
    CHECK(b.names(QStringLiteral("a-b*c")) == QStringList { QStringLiteral("a-b*c") });
    CHECK(b.names(QStringLiteral("OR")) == QStringList { QStringLiteral("AND OR NOT") });
}

TEST_CASE("Names starting with the query come first", "[search]")
{
    Book b;
    b.add(u8("شرکت کریمی و پسران"));
    b.add(u8("کریمی علی"));
    b.add(u8("زهرا کریمی"));
    const QStringList found = b.names(u8("کریمی"));
    REQUIRE(found.size() == 3);
    CHECK(found.first() == u8("کریمی علی"));
}

TEST_CASE("Filters by tag, city and source, archived customers hidden unless asked", "[search]")
{
    Book b;
    b.add(u8("الف"), [](Customer& c) { c.city = u8("تهران"); c.tags = { QStringLiteral("VIP") }; c.source = u8("نمایشگاه"); });
    b.add(u8("ب"), [](Customer& c) { c.city = u8("تهران"); });
    const qint64 archived = b.add(u8("پ"), [](Customer& c) { c.city = u8("اصفهان"); c.tags = { QStringLiteral("VIP") }; });
    REQUIRE(b.service->archive(archived));

    CustomerQuery q;
    q.city = u8("تهـران");
    CHECK(b.names({}, q).size() == 2);
    q = {};
    q.tag = QStringLiteral("vip");
    CHECK(b.names({}, q) == QStringList { u8("الف") });
    q.archive = CustomerQuery::Archive::All;
    CHECK(b.names({}, q).size() == 2);
    q = {};
    q.archive = CustomerQuery::Archive::ArchivedOnly;
    CHECK(b.names({}, q) == QStringList { u8("پ") });
    q = {};
    q.source = u8("نمايشگاه");
    CHECK(b.names({}, q) == QStringList { u8("الف") });
    CHECK(b.names(u8("پ")).isEmpty());
}

TEST_CASE("Sorting by name follows the Persian alphabet", "[search]")
{
    Book b;
    for (const char* n : { "ژاله", "گلناز", "بابک", "پویا", "چنگیز", "یاسمن", "کیان", "آرش", "ماهان", "Zed", "amir" })
        b.add(u8(n));
    CustomerQuery q;
    q.sort = CustomerQuery::Sort::Name;
    const QStringList expected = { u8("آرش"), u8("بابک"), u8("پویا"), u8("چنگیز"), u8("ژاله"), u8("کیان"),
                                   u8("گلناز"), u8("ماهان"), u8("یاسمن"), QStringLiteral("amir"), QStringLiteral("Zed") };
    CHECK(b.names({}, q) == expected);
    q.descending = true;
    QStringList reversed = expected;
    std::reverse(reversed.begin(), reversed.end());
    CHECK(b.names({}, q) == reversed);
}

TEST_CASE("Other sort orders", "[search]")
{
    Book b;
    b.add(u8("الف"), [](Customer& c) { c.since = QDate(2024, 1, 1); c.city = u8("یزد"); c.company = u8("ب"); });
    b.add(u8("ب"), [](Customer& c) { c.since = QDate(2022, 1, 1); c.city = u8("اراک"); c.company = u8("الف"); });
    CustomerQuery q;
    q.sort = CustomerQuery::Sort::Since;
    CHECK(b.names({}, q) == QStringList { u8("ب"), u8("الف") });
    q.sort = CustomerQuery::Sort::City;
    CHECK(b.names({}, q) == QStringList { u8("ب"), u8("الف") });
    q.sort = CustomerQuery::Sort::Company;
    CHECK(b.names({}, q) == QStringList { u8("ب"), u8("الف") });
    q.sort = CustomerQuery::Sort::Created;
    CHECK(b.names({}, q) == QStringList { u8("الف"), u8("ب") });
}

TEST_CASE("Paging returns every match exactly once and agrees with count", "[search]")
{
    Book b;
    DemoDataOptions options;
    options.customers = 400;
    options.withNotesAndInteractions = false;
    REQUIRE(generateDemoCustomers(*b.db, options));

    for (const char* text : { "", "محمد", "م", "کر", "تهران", "09", "رضا", "شرکت", "ي" }) {
        for (auto sort : { CustomerQuery::Sort::Relevance, CustomerQuery::Sort::Name, CustomerQuery::Sort::City }) {
            CustomerQuery q;
            q.text = u8(text);
            q.sort = sort;
            INFO(text);
            auto total = b.search->count(q);
            REQUIRE(total);
            QSet<qint64> seen;
            int offset = 0;
            for (;;) {
                auto rows = b.search->page(q, offset, 37);
                REQUIRE(rows);
                for (const auto& r : *rows) {
                    CHECK_FALSE(seen.contains(r.id));
                    seen.insert(r.id);
                }
                offset += int(rows->size());
                if (rows->size() < 37)
                    break;
            }
            CHECK(seen.size() == *total);
        }
    }
}

TEST_CASE("Demo data is realistic and searchable", "[search][demo]")
{
    Book b;
    DemoDataOptions options;
    options.customers = 120;
    REQUIRE(*generateDemoCustomers(*b.db, options) == 120);
    CustomerQuery all;
    CHECK(*b.search->count(all) == 120);
    // Arabic variants in the generator are normalised on the way in.
    CustomerQuery arabic;
    arabic.text = u8("ي");
    CHECK(*b.search->count(arabic) > 0);
    auto rows = b.search->page(all, 0, 120);
    REQUIRE(rows);
    for (const auto& r : *rows) {
        CHECK_FALSE(r.name.contains(QChar(0x064A)));
        CHECK_FALSE(r.name.contains(QChar(0x0643)));
        CHECK((r.mobile.isEmpty() || (r.mobile.startsWith(QStringLiteral("09")) && r.mobile.size() == 11)));
    }
}

TEST_CASE("Cancelling demo generation rolls everything back", "[search][demo]")
{
    Book b;
    DemoDataOptions options;
    options.customers = 3000;
    options.withNotesAndInteractions = false;
    options.progress = [](qint64 done) { return done < 2000; };
    auto r = generateDemoCustomers(*b.db, options);
    REQUIRE_FALSE(r);
    CHECK(r.error().code == ErrorCode::Cancelled);
    CHECK(*b.search->count({}) == 0);
}

TEST_CASE("Counting: exact, capped, and kept by triggers without text", "[search]")
{
    Book b;
    QList<qint64> ids;
    for (int i = 0; i < 30; ++i)
        ids << b.add(u8("مشتری ") + QString::number(i), [i](Customer& c) { c.city = i % 2 ? u8("قم") : u8("یزد"); });
    CustomerQuery all;
    CHECK(*b.search->count(all) == 30);
    CHECK(*b.search->count(all, 10) == 10);
    REQUIRE(b.service->archive(ids.at(0)));
    REQUIRE(b.service->archive(ids.at(1)));
    REQUIRE(b.service->restore(ids.at(1)));
    REQUIRE(b.service->remove(ids.at(2)));
    CHECK(*b.search->count(all) == 28);
    all.archive = CustomerQuery::Archive::ArchivedOnly;
    CHECK(*b.search->count(all) == 1);
    all.archive = CustomerQuery::Archive::All;
    CHECK(*b.search->count(all) == 29);

    CustomerQuery text;
    text.text = u8("مشتری");
    CHECK(*b.search->count(text) == 28);
    CHECK(*b.search->count(text, 5) == 5);
    CustomerQuery city;
    city.city = u8("قم");
    CHECK(*b.search->count(city) == 15); // odd i: ids[1] was archived and restored
    CHECK(*b.search->count(city, 3) == 3);
}

TEST_CASE("The search text holds every searchable field's words, each after two spaces", "[search]")
{
    Customer c;
    c.name = u8("علي  كريمي");
    c.company = u8("پارس‌تک");
    c.city = u8("تهران");
    c.tags = QStringList { u8("VIP عمده"), u8("جدید") };
    c.email = QStringLiteral("Ali@Example.com");
    c.mobile = QStringLiteral("09121234567");
    c.nationalId = QStringLiteral("0013542419");
    c.otherPhones = QStringList { QStringLiteral("+98-21-1234"), QString() };
    c.whatsapp = QStringLiteral("0912 000 1111");
    CHECK(CustomerRepository::searchText(c)
          == u8("  علی  کریمی  پارستک  تهران  vip  عمده  جدید  ali@example.com  09121234567  0013542419"
                "  98211234    09120001111"));

    // Keys given by the caller are used as they are.
    CHECK(CustomerRepository::searchText(c, [](const QString& value) { return value.left(2); })
          == u8("  عل  پا  ته  VI  جد  Al  09121234567  0013542419  98211234    09120001111"));

    // No word: a null text, as the column has always stored it.
    Customer marks;
    marks.name = u8("\u064B");
    CHECK(CustomerRepository::searchText(marks).isNull());
    c.whatsapp = c.mobile;
    CHECK(CustomerRepository::searchText(c).endsWith(u8("  0013542419  98211234  ")));
}
