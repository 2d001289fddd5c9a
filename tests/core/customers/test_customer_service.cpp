#include "CustomersFixture.h"

#include "customers/CustomerSearch.h"
#include "customers/CustomerService.h"
#include "sales/DocumentService.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/SqlHelpers.h"

#include <QTemporaryDir>

using namespace peyvand;
using namespace peyvand::customers;
using peyvand::test::u8;

namespace {

using Fixture = peyvand::test::CustomersFixture;

Customer draft(const QString& name)
{
    Customer c;
    c.name = name;
    return c;
}

} // namespace

TEST_CASE("Creating a customer stores the normalised form", "[customers]")
{
    Fixture f;
    Customer c = draft(u8("  علي   كريمي "));
    c.company = u8("شركت   پارس");
    c.mobile = u8("+۹۸ ۹۱۲ ۳۴۵ ۶۷۸۹");
    c.nationalId = u8("۴۹۹۳۷۰۸۹۹"); // nine digits: left-padded
    c.email = QStringLiteral("  Ali.Karimi@Example.IR ");
    c.city = u8("تهـــران");
    c.tags = { u8("عمده‌فروش، VIP"), u8("VIP") };
    c.otherPhones = { u8("۰۲۱-۸۸۷۷۶۶۵۵"), QString() };
    auto created = f.service->create(c);
    REQUIRE(created);
    CHECK(created->id > 0);
    CHECK(created->name == u8("علی کریمی"));
    CHECK(created->company == u8("شرکت پارس"));
    CHECK(created->mobile == QStringLiteral("09123456789"));
    CHECK(created->nationalId == QStringLiteral("0499370899"));
    CHECK(created->city == u8("تهران"));
    CHECK(created->tags == QStringList { u8("عمده‌فروش"), QStringLiteral("VIP") });
    CHECK(created->otherPhones == QStringList { QStringLiteral("02188776655") });
    CHECK(created->since == QDate(2025, 3, 21)); // today by the clock
    CHECK(created->createdAt == f.clock.nowUtc());

    auto loaded = f.service->get(created->id);
    REQUIRE(loaded);
    CHECK(loaded->name == created->name);
    CHECK(loaded->tags == created->tags);
    CHECK(loaded->otherPhones == created->otherPhones);
    CHECK(loaded->email.endsWith(QStringLiteral("@example.ir")));
    CHECK(loaded->since == created->since);
    CHECK(loaded->createdAt == created->createdAt);
}

TEST_CASE("Invalid fields are refused with the field named and nothing stored", "[customers]")
{
    Fixture f;
    struct Case {
        const char* field;
        std::function<void(Customer&)> set;
    };
    const Case cases[] = {
        { "name", [](Customer& c) { c.name = QStringLiteral("   "); } },
        { "national_id", [](Customer& c) { c.nationalId = QStringLiteral("0499370898"); } },
        { "national_id", [](Customer& c) { c.nationalId = QStringLiteral("1111111111"); } },
        { "legal_id", [](Customer& c) { c.legalId = QStringLiteral("10380284791"); } },
        { "mobile", [](Customer& c) { c.mobile = QStringLiteral("0812345678"); } },
        { "mobile", [](Customer& c) { c.mobile = QStringLiteral("0912345"); } },
        { "email", [](Customer& c) { c.email = QStringLiteral("ali@"); } },
        { "email", [](Customer& c) { c.email = QStringLiteral("ali karimi@example.ir"); } },
        { "postal_code", [](Customer& c) { c.postalCode = QStringLiteral("12345"); } },
        { "other_phones", [](Customer& c) { c.otherPhones = { QStringLiteral("12") }; } },
        { "website", [](Customer& c) { c.website = QStringLiteral("not a site"); } },
    };
    for (const Case& k : cases) {
        Customer c = draft(u8("مریم صادقی"));
        k.set(c);
        ValidationReport report;
        auto created = f.service->create(c, &report);
        INFO(k.field);
        REQUIRE_FALSE(created);
        CHECK(created.error().code == ErrorCode::InvalidInput);
        CHECK(created.error().field == QLatin1String(k.field));
        CHECK_FALSE(created.error().message.isEmpty());
        CHECK(report.hasErrors());
    }
    CHECK(f.count("customers") == 0);
    CHECK(f.count("audit_log") == 0);
}

TEST_CASE("Warnings do not block saving", "[customers]")
{
    Fixture f;
    Customer c = draft(u8("سارا نوری"));
    c.mobile = QStringLiteral("09701234567"); // no known operator uses 0970
    c.postalCode = QStringLiteral("2222222222"); // 10 digits, unusual pattern
    ValidationReport report;
    auto created = f.service->create(c, &report);
    REQUIRE(created);
    CHECK_FALSE(report.hasErrors());
    QStringList warned;
    for (const auto& w : report.warnings())
        warned << w.field;
    CHECK(warned.contains(QStringLiteral("mobile")));
    CHECK(warned.contains(QStringLiteral("postal_code")));
}

TEST_CASE("Updates keep an audit trail with old and new values", "[customers][audit]")
{
    Fixture f;
    auto created = f.service->create(draft(u8("حسین رضایی")));
    REQUIRE(created);
    Customer changed = *created;
    changed.city = u8("مشهد");
    changed.mobile = QStringLiteral("09351234567");
    f.clock.advanceSeconds(3600);
    auto updated = f.service->update(changed);
    REQUIRE(updated);
    CHECK(updated->updatedAt == f.clock.nowUtc());
    CHECK(updated->createdAt == created->createdAt);

    auto history = storage::AuditLog(*f.db).history(QStringLiteral("customer"), created->id);
    REQUIRE(history);
    REQUIRE(history->size() == 2);
    CHECK(history->at(0).action == QStringLiteral("create"));
    CHECK(history->at(0).newValues.value(QStringLiteral("name")).toString() == u8("حسین رضایی"));
    const auto& upd = history->at(1);
    CHECK(upd.action == QStringLiteral("update"));
    CHECK(upd.oldValues.value(QStringLiteral("city")).toString() == QString());
    CHECK(upd.newValues.value(QStringLiteral("city")).toString() == u8("مشهد"));
    CHECK(upd.newValues.value(QStringLiteral("mobile")).toString() == QStringLiteral("09351234567"));
    CHECK_FALSE(upd.newValues.contains(QStringLiteral("name"))); // unchanged fields are not repeated

    // A refused update changes nothing and records nothing.
    Customer bad = *updated;
    bad.email = QStringLiteral("nope");
    CHECK_FALSE(f.service->update(bad));
    auto after = storage::AuditLog(*f.db).history(QStringLiteral("customer"), created->id);
    REQUIRE(after);
    CHECK(after->size() == 2);
}

TEST_CASE("An update writes only the columns that changed", "[customers]")
{
    Fixture f;
    Customer c = f.create(u8("علی کریمی"), { u8("عمده"), QStringLiteral("VIP") });
    // Record which columns each later UPDATE sets: UPDATE OF fires only for columns in the SET list.
    for (const char* sql : { "CREATE TEMP TABLE touched (what TEXT)",
                             "CREATE TEMP TRIGGER touched_name AFTER UPDATE OF name ON customers BEGIN INSERT INTO touched VALUES ('name'); END",
                             "CREATE TEMP TRIGGER touched_search AFTER UPDATE OF search_text ON customers BEGIN INSERT INTO touched VALUES ('search'); END",
                             "CREATE TEMP TRIGGER touched_tags AFTER INSERT ON customer_tags BEGIN INSERT INTO touched VALUES ('tag'); END" })
        REQUIRE(storage::run(f.db->connection(), QString::fromLatin1(sql)));
    const auto touched = [&f] {
        auto q = storage::run(f.db->connection(), QStringLiteral("SELECT group_concat(what, ',') FROM (SELECT what FROM touched ORDER BY rowid)"));
        REQUIRE(q);
        REQUIRE(q->next());
        const QString list = q->value(0).toString();
        REQUIRE(storage::run(f.db->connection(), QStringLiteral("DELETE FROM touched")));
        return list;
    };

    c.website = QStringLiteral("example.ir"); // not searched: neither the name nor the search text is written
    auto saved = f.service->update(c);
    REQUIRE(saved);
    CHECK(touched() == QString());

    c = *saved;
    c.name = u8("علی کریمی‌نژاد");
    saved = f.service->update(c);
    REQUIRE(saved);
    CHECK(touched() == QStringLiteral("name,search"));
    CustomerQuery q;
    q.text = u8("نژاد");
    CHECK(*CustomerSearch(*f.db).count(q) == 1);

    c = *saved;
    c.tags = { QStringLiteral("VIP"), u8("عمده") }; // the same tags in another order are written again
    saved = f.service->update(c);
    REQUIRE(saved);
    CHECK(touched() == QStringLiteral("search,tag,tag")); // the search text lists the tags in order
    auto read = f.service->get(c.id);
    REQUIRE(read);
    CHECK(read->tags == QStringList { QStringLiteral("VIP"), u8("عمده") });
    CHECK(read->website == QStringLiteral("example.ir"));
}

TEST_CASE("Updating a missing customer is NotFound", "[customers]")
{
    Fixture f;
    Customer ghost = draft(u8("ناشناس"));
    ghost.id = 999;
    auto r = f.service->update(ghost);
    REQUIRE_FALSE(r);
    CHECK(r.error().code == ErrorCode::NotFound);
    CHECK(f.service->get(999).error().code == ErrorCode::NotFound);
}

TEST_CASE("Archive, restore and delete", "[customers]")
{
    Fixture f;
    auto c = f.service->create(draft(u8("نگار هاشمی")));
    REQUIRE(c);
    REQUIRE(f.service->addNote(c->id, u8("مشتری خوش‌قول است")));
    REQUIRE(f.service->archive(c->id));
    CHECK(f.service->get(c->id)->archived);
    REQUIRE(f.service->restore(c->id));
    CHECK_FALSE(f.service->get(c->id)->archived);
    REQUIRE(f.service->remove(c->id));
    CHECK(f.service->get(c->id).error().code == ErrorCode::NotFound);
    CHECK(f.count("customer_notes") == 0); // notes go with the customer
    CHECK(f.count("customer_fts") == 0);
    auto history = storage::AuditLog(*f.db).history(QStringLiteral("customer"), c->id);
    REQUIRE(history);
    QStringList actions;
    for (const auto& e : *history)
        actions << e.action;
    CHECK(actions == QStringList { QStringLiteral("create"), QStringLiteral("archive"), QStringLiteral("restore"), QStringLiteral("delete") });
    CHECK(history->constLast().oldValues.value(QStringLiteral("name")).toString() == u8("نگار هاشمی"));
    CHECK(f.service->archive(c->id).error().code == ErrorCode::NotFound);
}

TEST_CASE("A customer with pre-invoices or invoices is archived, not deleted", "[customers]")
{
    Fixture f;
    auto c = f.service->create(draft(u8("مهسا رحیمی")));
    REQUIRE(c);
    sales::Document quote;
    quote.customerId = c->id;
    sales::DocumentLine line;
    line.description = u8("مشاوره");
    line.unitPrice = Money::fromRial(5'000'000);
    quote.lines << line;
    auto stored = sales::DocumentService(*f.db, f.clock).createDraft(quote);
    REQUIRE(stored);

    auto refused = f.service->remove(c->id);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::Conflict);
    CHECK(refused.error().message.contains(u8("مهسا رحیمی")));
    CHECK(refused.error().message.contains(QStringLiteral("Archive")));
    CHECK(refused.error().detail.isEmpty()); // not a raw foreign-key failure
    CHECK(f.service->get(c->id));
    CHECK(f.count("audit_log") == 2); // the customer's and the document's creation only

    REQUIRE(f.service->archive(c->id));
    REQUIRE(sales::DocumentService(*f.db, f.clock).removeDraft(stored->id));
    REQUIRE(f.service->remove(c->id));
}

TEST_CASE("Notes are dated, normalised line by line, newest first", "[customers]")
{
    Fixture f;
    auto c = f.service->create(draft(u8("رضا موسوی")));
    REQUIRE(c);
    REQUIRE(f.service->addNote(c->id, u8("اول"), QDateTime(QDate(2025, 1, 1), QTime(10, 0), Qt::UTC)));
    auto second = f.service->addNote(c->id, u8("\n  از قيمت‌ها  ناراضي بود\nصبح‌ها تماس بگیرید  \n\n"));
    REQUIRE(second);
    CHECK(second->text == u8("از قیمت‌ها ناراضی بود\nصبح‌ها تماس بگیرید"));
    CHECK(second->at == f.clock.nowUtc());
    auto notes = f.service->notes(c->id);
    REQUIRE(notes);
    REQUIRE(notes->size() == 2);
    CHECK(notes->at(0).id == second->id);
    CHECK_FALSE(f.service->addNote(c->id, QStringLiteral("  \n ")));
    CHECK(f.service->addNote(4242, u8("x")).error().code == ErrorCode::NotFound);
    REQUIRE(f.service->removeNote(second->id));
    CHECK(f.service->notes(c->id)->size() == 1);
}

TEST_CASE("Interactions and the customer summary", "[customers]")
{
    Fixture f;
    Customer d = draft(u8("کامران عباسی"));
    d.since = QDate(2020, 5, 1);
    auto c = f.service->create(d);
    REQUIRE(c);

    auto empty = f.service->summary(c->id);
    REQUIRE(empty);
    CHECK(empty->interactionCount == 0);
    CHECK_FALSE(empty->lastInteraction.has_value());
    CHECK(empty->since == QDate(2020, 5, 1));

    Interaction call;
    call.customerId = c->id;
    call.channel = InteractionChannel::Phone;
    call.direction = Direction::Inbound;
    call.contactPerson = u8("خانم  احمدي");
    call.summary = u8("پیگیری پیش‌فاکتور");
    call.outcome = u8("قرار شد هفته بعد تماس بگیریم");
    call.at = QDateTime(QDate(2025, 3, 20), QTime(14, 0), Qt::UTC);
    call.followUp = QDate(2025, 3, 28);
    auto logged = f.service->logInteraction(call);
    REQUIRE(logged);
    CHECK(logged->contactPerson == u8("خانم احمدی"));

    Interaction meeting = call;
    meeting.channel = InteractionChannel::Meeting;
    meeting.at = {}; // now
    meeting.contactPerson = u8("آقای عباسی");
    meeting.followUp = QDate(2025, 3, 25);
    REQUIRE(f.service->logInteraction(meeting));

    Interaction noSummary = call;
    noSummary.summary = QStringLiteral("   ");
    auto refused = f.service->logInteraction(noSummary);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().field == QStringLiteral("summary"));

    REQUIRE(f.service->addNote(c->id, u8("یادداشت")));
    auto s = f.service->summary(c->id);
    REQUIRE(s);
    CHECK(s->interactionCount == 2);
    CHECK(s->noteCount == 1);
    REQUIRE(s->lastInteraction.has_value());
    CHECK(s->lastInteraction->channel == InteractionChannel::Meeting);
    CHECK(s->lastInteraction->contactPerson == u8("آقای عباسی"));
    CHECK(s->nextFollowUp == QDate(2025, 3, 25));

    auto list = f.service->interactions(c->id);
    REQUIRE(list);
    REQUIRE(list->size() == 2);
    CHECK(list->at(0).channel == InteractionChannel::Meeting); // newest first
    CHECK(list->at(1).followUp == QDate(2025, 3, 28));
}

TEST_CASE("Distinct tags, cities and sources for the filters", "[customers]")
{
    Fixture f;
    Customer a = draft(u8("الف"));
    a.city = u8("تهران");
    a.source = u8("اینستاگرام");
    a.tags = { u8("وفادار"), QStringLiteral("VIP") };
    Customer b = draft(u8("ب"));
    b.city = u8("تهـران"); // same city once normalised
    b.tags = { u8("وفادار") };
    Customer c = draft(u8("پ"));
    c.city = u8("اصفهان");
    REQUIRE(f.service->create(a));
    REQUIRE(f.service->create(b));
    REQUIRE(f.service->create(c));
    CHECK(*f.service->cities() == QStringList { u8("اصفهان"), u8("تهران") });
    CHECK(f.service->tags()->size() == 2);
    CHECK(*f.service->sources() == QStringList { u8("اینستاگرام") });
}

TEST_CASE("Enum keys round-trip", "[customers]")
{
    for (auto ch : allInteractionChannels()) {
        CHECK(interactionChannelFromKey(toKey(ch)) == ch);
        CHECK_FALSE(displayName(ch).isEmpty());
    }
    for (auto ch : allContactChannels())
        CHECK(contactChannelFromKey(toKey(ch)) == ch);
    CHECK(customerKindFromKey(QStringLiteral("company")) == CustomerKind::Company);
    CHECK(directionFromKey(QStringLiteral("in")) == Direction::Inbound);
    CHECK_FALSE(interactionChannelFromKey(QStringLiteral("fax")).has_value());
}

TEST_CASE("Filter values follow inserts, edits, tag changes and deletes", "[customers]")
{
    Fixture f;
    Customer a = draft(u8("الف"));
    a.city = u8("تهران");
    a.source = u8("نمایشگاه");
    a.tags = { u8("وفادار") };
    auto ca = f.service->create(a);
    REQUIRE(ca);
    Customer b = draft(u8("ب"));
    b.city = u8("تهـران");
    b.tags = { u8("وفادار"), QStringLiteral("VIP") };
    auto cb = f.service->create(b);
    REQUIRE(cb);
    CHECK(*f.service->cities() == QStringList { u8("تهران") });
    CHECK(f.service->tags()->size() == 2);

    Customer moved = *ca;
    moved.city = u8("شیراز");
    moved.source.clear();
    moved.tags = { QStringLiteral("VIP") };
    REQUIRE(f.service->update(moved));
    CHECK(*f.service->cities() == QStringList { u8("تهران"), u8("شیراز") });
    CHECK(f.service->sources()->isEmpty());
    CHECK(f.service->tags()->size() == 2); // b still has وفادار

    REQUIRE(f.service->remove(cb->id));
    CHECK(*f.service->cities() == QStringList { u8("شیراز") });
    CHECK(*f.service->tags() == QStringList { QStringLiteral("VIP") });
    REQUIRE(f.service->remove(ca->id));
    CHECK(f.service->cities()->isEmpty());
    CHECK(f.service->tags()->isEmpty());
    CHECK(f.count("customer_facets") == 0);
}

TEST_CASE("Migrating a schema-1 database fills in the filter values", "[customers][storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
    {
        QList<storage::Migration> first { storage::migrations().constFirst() };
        storage::Database::Options options;
        options.migrationsOverride = &first;
        auto v1 = storage::Database::open(path, options);
        REQUIRE(v1);
        CHECK((*v1)->schemaVersion() == 1);
        CustomerService service(**v1);
        for (const char* city : { "قم", "يزد", "یزد" }) {
            Customer c = draft(u8("مشتری"));
            c.city = u8(city);
            c.tags = { QStringLiteral("VIP") };
            REQUIRE(service.create(c));
        }
    }
    auto current = storage::Database::open(path);
    REQUIRE(current);
    CHECK((*current)->schemaVersion() == storage::Database::currentSchemaVersion());
    CHECK_FALSE((*current)->lastMigrationBackup().isEmpty());
    CustomerService service(**current);
    CHECK(*service.cities() == QStringList { u8("قم"), u8("یزد") });
    CHECK(*service.tags() == QStringList { QStringLiteral("VIP") });
}
