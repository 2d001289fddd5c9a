#include "CatalogFixture.h"

#include "customers/CustomerService.h"
#include "storage/AuditLog.h"
#include "text/PersianText.h"

using namespace peyvand;
using namespace peyvand::sales;
using peyvand::test::CatalogFixture;
using peyvand::test::u8;

namespace {

QStringList names(const Result<QList<Product>>& products)
{
    REQUIRE(products);
    QStringList out;
    for (const Product& p : *products)
        out << p.name;
    return out;
}

QStringList searchNames(CatalogFixture& f, const QString& query, bool includeInactive = false)
{
    ProductFilter filter;
    filter.query = query;
    filter.includeInactive = includeInactive;
    const QStringList found = names(f.catalog->list(filter));
    auto counted = f.catalog->count(filter);
    REQUIRE(counted);
    CHECK(*counted == found.size());
    return found;
}

QVariant column(CatalogFixture& f, const char* name, qint64 id)
{
    auto v = storage::scalar(f.db->connection(),
                             QStringLiteral("SELECT ") + QLatin1String(name) + QStringLiteral(" FROM products WHERE id = ?"), { id });
    REQUIRE(v);
    return *v;
}

// A draft pre-invoice with one line for the product, written by SQL.
void useOnDocument(CatalogFixture& f, qint64 productId)
{
    customers::CustomerService customers(*f.db, f.clock);
    customers::Customer c;
    c.name = u8("مشتری آزمایشی");
    auto customer = customers.create(c);
    REQUIRE(customer);
    auto doc = storage::run(f.db->connection(),
                            QStringLiteral("INSERT INTO documents (type, state, customer_id, issue_date, vat_bp, duty_bp, "
                                           "created_at, updated_at, state_changed_at) VALUES ('quote', 'draft', ?, "
                                           "'2025-03-21', 700, 300, 'x', 'x', 'x')"),
                            { customer->id });
    REQUIRE(doc);
    auto line = storage::run(f.db->connection(),
                             QStringLiteral("INSERT INTO document_lines (document_id, position, product_id, quantity_milli, unit_price) "
                                            "VALUES (?, 1, ?, 1000, 5000)"),
                             { doc->lastInsertId(), productId });
    REQUIRE(line);
}

} // namespace

TEST_CASE("Creating a product stores the normalised form and its keys", "[catalog]")
{
    CatalogFixture f;
    Product p;
    p.code = u8(" كد-۱۲ ");
    p.name = u8("  لپ‌تاپ   ايسوس ");
    p.kind = ProductKind::Product;
    p.unit = u8(" عدد ");
    p.unitPrice = Money::fromRial(125'000'000);
    p.taxExempt = true;
    p.category = u8("رايانه");
    auto created = f.catalog->create(p);
    REQUIRE(created);
    CHECK(created->id > 0);
    CHECK(created->code == u8("کد-12"));
    CHECK(created->name == u8("لپ‌تاپ ایسوس"));
    CHECK(created->unit == u8("عدد"));
    CHECK(created->category == u8("رایانه"));
    CHECK(created->createdAt == f.clock.nowUtc());
    CHECK(created->updatedAt == f.clock.nowUtc());

    auto stored = f.catalog->get(created->id);
    REQUIRE(stored);
    CHECK(stored->code == created->code);
    CHECK(stored->name == created->name);
    CHECK(stored->kind == ProductKind::Product);
    CHECK(stored->unit == created->unit);
    CHECK(stored->unitPrice.rial() == 125'000'000);
    CHECK(stored->taxExempt);
    CHECK(stored->category == created->category);
    CHECK(stored->active);
    CHECK(stored->createdAt == f.clock.nowUtc());

    CHECK(column(f, "name_sort", created->id).toString() == text::sortKey(created->name));
    CHECK(column(f, "code_key", created->id).toString() == u8("کد-12"));
    CHECK(column(f, "search_text", created->id).toString() == u8("کد-12 لپتاپ ایسوس رایانه 12"));
}

TEST_CASE("A service keeps its kind", "[catalog]")
{
    CatalogFixture f;
    Product p;
    p.name = u8("نصب و راه‌اندازی");
    p.kind = ProductKind::Service;
    p.unit = u8("ساعت");
    auto created = f.catalog->create(p);
    REQUIRE(created);
    CHECK(f.catalog->get(created->id)->kind == ProductKind::Service);
    CHECK(column(f, "kind", created->id).toString() == QStringLiteral("service"));
}

TEST_CASE("A name is required", "[catalog]")
{
    CatalogFixture f;
    for (const QString& name : { QString(), QStringLiteral("   "), u8("\u200c\u0640") }) {
        Product p;
        p.name = name;
        auto r = f.catalog->create(p);
        REQUIRE_FALSE(r);
        CHECK(r.error().code == ErrorCode::InvalidInput);
        CHECK(r.error().field == QStringLiteral("name"));
    }
    CHECK(f.count("products") == 0);
    CHECK(f.count("audit_log") == 0);
}

TEST_CASE("The unit price may be zero but not negative", "[catalog]")
{
    CatalogFixture f;
    Product p;
    p.name = u8("هدیه");
    p.unitPrice = Money::fromRial(-1);
    auto r = f.catalog->create(p);
    REQUIRE_FALSE(r);
    CHECK(r.error().code == ErrorCode::InvalidInput);
    CHECK(r.error().field == QStringLiteral("unit_price"));
    p.unitPrice = Money::fromRial(0);
    CHECK(f.catalog->create(p));
    CHECK(f.count("products") == 1);
}

TEST_CASE("Codes are unique by search key", "[catalog]")
{
    CatalogFixture f;
    const Product first = f.add(u8("کیف چرمی"), u8("کیف-12"));

    // Arabic kaf and yeh, Arabic-Indic and Persian digits, case and spacing.
    for (const QString& variant : { u8("كيف-12"), u8("کیف-۱۲"), u8("كيف-١٢"), u8(" کیف-12 "), u8("کيف\u0640-12") }) {
        Product p;
        p.name = u8("دیگری");
        p.code = variant;
        auto r = f.catalog->create(p);
        REQUIRE_FALSE(r);
        CHECK(r.error().code == ErrorCode::Conflict);
        CHECK(r.error().field == QStringLiteral("code"));
        CHECK(r.error().message.contains(first.name));
    }
    f.add(u8("Pen"), QStringLiteral("AB-1"));
    Product lower;
    lower.name = QStringLiteral("Pencil");
    lower.code = QStringLiteral("ab-1");
    auto r = f.catalog->create(lower);
    REQUIRE_FALSE(r);
    CHECK(r.error().code == ErrorCode::Conflict);
    CHECK(f.count("products") == 2);
}

TEST_CASE("Products without a code do not clash", "[catalog]")
{
    CatalogFixture f;
    f.add(u8("الف"));
    f.add(u8("ب"), QStringLiteral("  "));
    f.add(u8("ج"));
    CHECK(f.count("products") == 3);
}

TEST_CASE("Updating a product", "[catalog][audit]")
{
    CatalogFixture f;
    const Product original = f.add(u8("دفتر"), QStringLiteral("N-1"), 50'000);
    f.add(u8("خودکار"), QStringLiteral("P-1"));
    f.clock.advanceSeconds(3600);

    Product changed = original;
    changed.name = u8("دفتر ۱۰۰ برگ");
    changed.unitPrice = Money::fromRial(65'000);
    changed.category = u8("نوشت‌افزار");
    auto updated = f.catalog->update(changed);
    REQUIRE(updated);
    CHECK(updated->name == u8("دفتر 100 برگ"));
    CHECK(updated->createdAt == original.createdAt);
    CHECK(updated->updatedAt == f.clock.nowUtc());
    auto stored = f.catalog->get(original.id);
    REQUIRE(stored);
    CHECK(stored->unitPrice.rial() == 65'000);
    CHECK(stored->category == u8("نوشت‌افزار"));
    CHECK(column(f, "name_sort", original.id).toString() == text::sortKey(u8("دفتر 100 برگ")));
    CHECK(column(f, "search_text", original.id).toString().contains(u8("نوشتافزار")));

    auto history = storage::AuditLog(*f.db).history(QStringLiteral("product"), original.id);
    REQUIRE(history);
    REQUIRE(history->size() == 2);
    CHECK(history->at(0).action == QStringLiteral("create"));
    CHECK(history->at(0).newValues.value(QStringLiteral("code")).toString() == QStringLiteral("N-1"));
    const auto& upd = history->at(1);
    CHECK(upd.action == QStringLiteral("update"));
    CHECK(upd.oldValues.value(QStringLiteral("unit_price")).toInteger() == 50'000);
    CHECK(upd.newValues.value(QStringLiteral("unit_price")).toInteger() == 65'000);
    CHECK_FALSE(upd.newValues.contains(QStringLiteral("code")));

    SECTION("keeping its own code in another spelling is fine")
    {
        Product same = *stored;
        same.code = QStringLiteral("n-۱");
        CHECK(f.catalog->update(same));
    }
    SECTION("taking another product's code is a conflict")
    {
        Product clash = *stored;
        clash.code = QStringLiteral("p-1");
        auto r = f.catalog->update(clash);
        REQUIRE_FALSE(r);
        CHECK(r.error().code == ErrorCode::Conflict);
        CHECK(r.error().field == QStringLiteral("code"));
        CHECK(f.catalog->get(original.id)->code == QStringLiteral("N-1"));
    }
    SECTION("an invalid update changes nothing")
    {
        Product bad = *stored;
        bad.name = QString();
        auto r = f.catalog->update(bad);
        REQUIRE_FALSE(r);
        CHECK(r.error().field == QStringLiteral("name"));
        CHECK(f.catalog->get(original.id)->name == u8("دفتر 100 برگ"));
        CHECK(f.auditCount("update") == 1);
    }
}

TEST_CASE("Updating or reading a missing product is NotFound", "[catalog]")
{
    CatalogFixture f;
    Product ghost;
    ghost.id = 404;
    ghost.name = QStringLiteral("Ghost");
    auto r = f.catalog->update(ghost);
    REQUIRE_FALSE(r);
    CHECK(r.error().code == ErrorCode::NotFound);
    CHECK(f.catalog->get(404).error().code == ErrorCode::NotFound);
    CHECK(f.catalog->setActive(404, false).error().code == ErrorCode::NotFound);
    CHECK(f.catalog->remove(404).error().code == ErrorCode::NotFound);
    CHECK(f.count("products") == 0);
}

TEST_CASE("Finding a product by code in any spelling", "[catalog]")
{
    CatalogFixture f;
    const Product p = f.add(u8("کابل شبکه"), u8("کابل-۵"));
    auto found = f.catalog->findByCode(u8("كابل-5"));
    REQUIRE(found);
    REQUIRE(found->has_value());
    CHECK((*found)->id == p.id);
    auto none = f.catalog->findByCode(QStringLiteral("X-9"));
    REQUIRE(none);
    CHECK_FALSE(none->has_value());
    auto empty = f.catalog->findByCode(QStringLiteral("  "));
    REQUIRE(empty);
    CHECK_FALSE(empty->has_value());
}

TEST_CASE("Removing a product", "[catalog][audit]")
{
    CatalogFixture f;
    const Product unused = f.add(u8("نمونه"), QStringLiteral("S-1"));
    const Product used = f.add(u8("فروخته‌شده"), QStringLiteral("S-2"));
    useOnDocument(f, used.id);

    REQUIRE(f.catalog->remove(unused.id));
    CHECK(f.catalog->get(unused.id).error().code == ErrorCode::NotFound);
    CHECK(f.auditCount("delete") == 1);
    auto history = storage::AuditLog(*f.db).history(QStringLiteral("product"), unused.id);
    REQUIRE(history);
    CHECK(history->constLast().oldValues.value(QStringLiteral("code")).toString() == QStringLiteral("S-1"));

    auto refused = f.catalog->remove(used.id);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::Conflict);
    CHECK(refused.error().message.contains(used.name));
    CHECK(f.catalog->get(used.id));
    CHECK(f.auditCount("delete") == 1);

    // The code of a removed product is free again.
    CHECK(f.catalog->create([] { Product p; p.name = QStringLiteral("Again"); p.code = QStringLiteral("s-1"); return p; }()));
}

TEST_CASE("Deactivated products are hidden unless asked for", "[catalog][audit]")
{
    CatalogFixture f;
    const Product a = f.add(u8("الف"));
    const Product b = f.add(u8("ب"));
    REQUIRE(f.catalog->setActive(a.id, false));
    CHECK_FALSE(f.catalog->get(a.id)->active);
    CHECK(names(f.catalog->list({})) == QStringList { u8("ب") });
    CHECK(*f.catalog->count({}) == 1);
    ProductFilter all;
    all.includeInactive = true;
    CHECK(names(f.catalog->list(all)) == QStringList { u8("الف"), u8("ب") });
    CHECK(*f.catalog->count(all) == 2);
    CHECK(searchNames(f, u8("الف")).isEmpty());
    CHECK(searchNames(f, u8("الف"), true) == QStringList { u8("الف") });

    // Setting the same state again records nothing.
    REQUIRE(f.catalog->setActive(a.id, false));
    REQUIRE(f.catalog->setActive(a.id, true));
    REQUIRE(f.catalog->setActive(b.id, true));
    CHECK(f.auditCount("archive") == 1);
    CHECK(f.auditCount("restore") == 1);
    CHECK(*f.catalog->count({}) == 2);
}

TEST_CASE("The list is in Persian alphabetical order and pages", "[catalog]")
{
    CatalogFixture f;
    for (const char* name : { "ژاکت", "Zipper", "پیراهن", "آب معدنی", "بلوز", "چای", "apple", "کت", "گچ" })
        f.add(u8(name));
    const QStringList expected = { u8("آب معدنی"), u8("بلوز"), u8("پیراهن"), u8("چای"), u8("ژاکت"), u8("کت"), u8("گچ"),
                                   QStringLiteral("apple"), QStringLiteral("Zipper") };
    CHECK(names(f.catalog->list({})) == expected);

    ProductFilter page;
    page.limit = 4;
    page.offset = 4;
    CHECK(names(f.catalog->list(page)) == expected.mid(4, 4));
    page.offset = 8;
    CHECK(names(f.catalog->list(page)) == expected.mid(8));
    page.limit = 0; // no limit
    page.offset = 0;
    CHECK(names(f.catalog->list(page)).size() == 9);
    CHECK(*f.catalog->count(page) == 9);
}

TEST_CASE("Equal names keep the order they were added in", "[catalog]")
{
    CatalogFixture f;
    const Product first = f.add(u8("مداد"), QStringLiteral("B"));
    const Product second = f.add(u8("مداد"), QStringLiteral("A"));
    auto list = f.catalog->list({});
    REQUIRE(list);
    REQUIRE(list->size() == 2);
    CHECK(list->at(0).id == first.id);
    CHECK(list->at(1).id == second.id);
}

TEST_CASE("Search matches any part of code, name and category", "[catalog][search]")
{
    CatalogFixture f;
    f.add(u8("علی‌بابا کیف"), u8("KF-1020"), 1000, u8("کیف و کفش"));
    f.add(u8("گوشی سامسونگ"), QStringLiteral("MB-77"), 1000, u8("موبایل"));
    f.add(u8("میز تحریر"), QStringLiteral("12-34"), 1000, u8("مبلمان اداری"));
    f.add(u8("مُحَمَّدی"), QString(), 1000, QString());

    CHECK(searchNames(f, u8("كيف")) == QStringList { u8("علی‌بابا کیف") });           // Arabic letters
    CHECK(searchNames(f, u8("علي بابا")) == QStringList { u8("علی‌بابا کیف") });      // ZWNJ vs space
    CHECK(searchNames(f, u8("کیف علی")) == QStringList { u8("علی‌بابا کیف") });       // any order
    CHECK(searchNames(f, QStringLiteral("kf-10")) == QStringList { u8("علی‌بابا کیف") }); // code, any case
    CHECK(searchNames(f, u8("۱۰۲۰")) == QStringList { u8("علی‌بابا کیف") });          // Persian digits
    CHECK(searchNames(f, QStringLiteral("1234")) == QStringList { u8("میز تحریر") }); // digits of "12-34"
    CHECK(searchNames(f, u8("١٢-٣")) == QStringList { u8("میز تحریر") });             // Arabic-Indic digits
    CHECK(searchNames(f, u8("اداری")) == QStringList { u8("میز تحریر") });            // category
    CHECK(searchNames(f, u8("سونگ")) == QStringList { u8("گوشی سامسونگ") });          // inside a word
    CHECK(searchNames(f, u8("محمدی")) == QStringList { u8("مُحَمَّدی") });            // diacritics
    CHECK(searchNames(f, u8("تهـــران")).isEmpty());
    CHECK(searchNames(f, QStringLiteral("   ")).size() == 4);
    CHECK(searchNames(f, QStringLiteral("%")).isEmpty()); // no LIKE wildcards
    CHECK(searchNames(f, QStringLiteral("'")).isEmpty());
}

TEST_CASE("Filtering by category", "[catalog]")
{
    CatalogFixture f;
    f.add(u8("خودکار"), {}, 1, u8("لوازم التحریر"));
    f.add(u8("دفتر"), {}, 1, u8("لوازم التحرير"));
    f.add(u8("میز"), {}, 1, u8("مبلمان"));
    ProductFilter filter;
    filter.category = u8("لوازم  التحرير");
    CHECK(names(f.catalog->list(filter)) == QStringList { u8("خودکار"), u8("دفتر") });
    CHECK(*f.catalog->count(filter) == 2);
    filter.query = u8("دفتر");
    CHECK(names(f.catalog->list(filter)) == QStringList { u8("دفتر") });
    filter.query.clear();
    filter.category = u8("لوازم");
    CHECK(names(f.catalog->list(filter)).isEmpty());
}

TEST_CASE("Categories are distinct and sorted", "[catalog]")
{
    CatalogFixture f;
    CHECK(f.catalog->categories()->isEmpty());
    f.add(u8("الف"), {}, 1, u8("نوشت‌افزار"));
    f.add(u8("ب"), {}, 1, u8("ابزار"));
    f.add(u8("ج"), {}, 1, u8("نوشت‌افزار"));
    f.add(u8("د"), {}, 1, QString());
    f.add(u8("ه"), {}, 1, QStringLiteral("Tools"));
    f.add(u8("و"), {}, 1, u8("رايانه"));
    auto categories = f.catalog->categories();
    REQUIRE(categories);
    CHECK(*categories == QStringList { u8("ابزار"), u8("رایانه"), u8("نوشت‌افزار"), QStringLiteral("Tools") });
}

TEST_CASE("Creating records an audit row for the product", "[catalog][audit]")
{
    CatalogFixture f;
    const Product p = f.add(u8("چسب"), QStringLiteral("G-1"), 12'000, u8("اداری"));
    auto history = storage::AuditLog(*f.db).history(QStringLiteral("product"), p.id);
    REQUIRE(history);
    REQUIRE(history->size() == 1);
    const auto& e = history->at(0);
    CHECK(e.entity == QStringLiteral("product"));
    CHECK(e.action == QStringLiteral("create"));
    CHECK(e.at == f.clock.nowUtc());
    CHECK(e.newValues.value(QStringLiteral("name")).toString() == u8("چسب"));
    CHECK(e.newValues.value(QStringLiteral("unit_price")).toInteger() == 12'000);
    CHECK(e.newValues.value(QStringLiteral("kind")).toString() == QStringLiteral("product"));
    CHECK(e.newValues.value(QStringLiteral("active")).toBool());
}
