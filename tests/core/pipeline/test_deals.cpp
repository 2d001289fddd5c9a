#include "PipelineFixture.h"

using namespace peyvand;
using namespace peyvand::pipeline;
using peyvand::test::iota;
using peyvand::test::PipelineFixture;
using peyvand::test::u8;

TEST_CASE("Creating a deal stores the normalised form at the end of the first open stage", "[pipeline]")
{
    PipelineFixture f;
    const qint64 customer = f.customer(u8("شرکت پارس"));
    Deal d;
    d.title = u8("  فروش   سرور  ");
    d.customerId = customer;
    d.amount = Money::fromRial(250'000'000);
    d.expectedClose = QDate(2025, 4, 30);
    d.owner = u8(" علي ");
    d.lostReason = QStringLiteral("ignored outside a lost stage");
    auto created = f.deals->create(d);
    REQUIRE(created);
    CHECK(created->id > 0);
    CHECK(created->title == u8("فروش سرور"));
    CHECK(created->owner == u8("علی"));
    CHECK(created->stageId == f.stageId("first_contact"));
    CHECK(created->position == 0);
    CHECK(created->lostReason.isEmpty());
    CHECK_FALSE(created->closedAt.isValid());
    CHECK(created->createdAt == f.clock.nowUtc());

    auto read = f.deals->get(created->id);
    REQUIRE(read);
    CHECK(read->title == u8("فروش سرور"));
    CHECK(read->customerId == customer);
    CHECK(read->leadId == 0);
    CHECK(read->documentId == 0);
    CHECK(read->amount == Money::fromRial(250'000'000));
    CHECK(read->expectedClose == QDate(2025, 4, 30));
    CHECK(read->owner == u8("علی"));
    CHECK(read->createdAt == f.clock.nowUtc());
    CHECK(read->updatedAt == f.clock.nowUtc());

    // search_text holds the search keys of the title and the party's name.
    const QString searchText = f.scalar(QStringLiteral("SELECT search_text FROM deals WHERE id = ?"), { created->id }).toString();
    CHECK(searchText.contains(text::searchKey(u8("فروش سرور"))));
    CHECK(searchText.contains(text::searchKey(u8("شرکت پارس"))));

    auto second = f.deals->create(d);
    REQUIRE(second);
    CHECK(second->position == 1);

    const auto audit = f.audit("deal", created->id);
    REQUIRE(audit.size() == 1);
    CHECK(audit.at(0).action == QStringLiteral("create"));
    CHECK(audit.at(0).newValues.value(QStringLiteral("amount_rial")).toInteger() == 250'000'000);
    CHECK(audit.at(0).newValues.value(QStringLiteral("customer_id")).toInteger() == customer);
}

TEST_CASE("A deal created in a closing stage is closed at once", "[pipeline]")
{
    PipelineFixture f;
    Deal d;
    d.title = QStringLiteral("Lost early");
    d.stageId = f.stageId("lost");
    d.lostReason = u8(" قیمت بالا ");
    auto lost = f.deals->create(d);
    REQUIRE(lost);
    CHECK(lost->closedAt == f.clock.nowUtc());
    CHECK(lost->lostReason == u8("قیمت بالا"));

    d.stageId = f.stageId("won");
    auto won = f.deals->create(d);
    REQUIRE(won);
    CHECK(won->closedAt == f.clock.nowUtc());
    CHECK(won->lostReason.isEmpty());
}

TEST_CASE("Deal validation names the field", "[pipeline]")
{
    PipelineFixture f;
    Deal d;
    d.title = QStringLiteral("Deal");

    SECTION("title required")
    {
        d.title = u8(" \u200c ");
        auto r = f.deals->create(d);
        REQUIRE_FALSE(r);
        CHECK(r.error().code == ErrorCode::InvalidInput);
        CHECK(r.error().field == QStringLiteral("title"));
    }
    SECTION("negative amount")
    {
        d.amount = Money::fromRial(-1);
        auto r = f.deals->create(d);
        REQUIRE_FALSE(r);
        CHECK(r.error().field == QStringLiteral("amount"));
    }
    SECTION("zero amount is fine")
    {
        CHECK(f.deals->create(d));
    }
    SECTION("missing stage")
    {
        d.stageId = 4242;
        auto r = f.deals->create(d);
        REQUIRE_FALSE(r);
        CHECK(r.error().code == ErrorCode::NotFound);
        CHECK(r.error().field == QStringLiteral("stage"));
    }
    SECTION("missing customer")
    {
        d.customerId = 55;
        auto r = f.deals->create(d);
        REQUIRE_FALSE(r);
        CHECK(r.error().code == ErrorCode::NotFound);
        CHECK(r.error().field == QStringLiteral("customer"));
    }
    SECTION("missing lead")
    {
        d.leadId = 56;
        auto r = f.deals->create(d);
        REQUIRE_FALSE(r);
        CHECK(r.error().code == ErrorCode::NotFound);
        CHECK(r.error().field == QStringLiteral("lead"));
    }
    SECTION("missing pre-invoice")
    {
        d.documentId = 57;
        auto r = f.deals->create(d);
        REQUIRE_FALSE(r);
        CHECK(r.error().code == ErrorCode::NotFound);
        CHECK(r.error().field == QStringLiteral("document"));
    }
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'deal'")).toInt()
          == f.scalar(QStringLiteral("SELECT count(*) FROM deals")).toInt());
}

TEST_CASE("A deal can name a lead, a customer and its pre-invoice", "[pipeline]")
{
    PipelineFixture f;
    const qint64 lead = f.lead(u8("مریم رضایی"));
    const qint64 customer = f.customer(u8("شرکت آسمان"));
    const qint64 doc = f.document(customer);
    Deal d;
    d.title = QStringLiteral("Licences");
    d.leadId = lead;
    auto created = f.deals->create(d);
    REQUIRE(created);
    auto rows = f.deals->list();
    REQUIRE(rows);
    REQUIRE(rows->size() == 1);
    CHECK(rows->at(0).partyName == u8("مریم رضایی"));

    Deal changed = *created;
    changed.customerId = customer;
    changed.documentId = doc;
    auto updated = f.deals->update(changed);
    REQUIRE(updated);
    CHECK(updated->documentId == doc);
    rows = f.deals->list();
    REQUIRE(rows);
    CHECK(rows->at(0).partyName == u8("شرکت آسمان")); // the customer comes first

    // Deleting the customer keeps the deal, without its customer.
    REQUIRE(storage::run(f.db->connection(), QStringLiteral("DELETE FROM documents")));
    REQUIRE(customers::CustomerService(*f.db, f.clock).remove(customer));
    auto after = f.deals->get(created->id);
    REQUIRE(after);
    CHECK(after->customerId == 0);
    CHECK(after->documentId == 0);
    CHECK(after->leadId == lead);
}

TEST_CASE("Updating a deal changes everything but its stage and position", "[pipeline]")
{
    PipelineFixture f;
    const qint64 quote = f.stageId("quote_sent");
    f.add(QStringLiteral("first"), 10, quote);
    Deal d = f.add(QStringLiteral("second"), 20, quote);
    f.clock.advanceSeconds(3600);

    Deal changed = d;
    changed.title = u8("دومی");
    changed.amount = Money::fromRial(99);
    changed.expectedClose = QDate(2025, 6, 1);
    changed.owner = QStringLiteral("Sara");
    changed.stageId = f.stageId("won");
    changed.position = 0;
    changed.closedAt = f.clock.nowUtc();
    changed.lostReason = QStringLiteral("nope");
    auto updated = f.deals->update(changed);
    REQUIRE(updated);
    CHECK(updated->stageId == quote);
    CHECK(updated->position == 1);
    CHECK_FALSE(updated->closedAt.isValid());
    CHECK(updated->lostReason.isEmpty());
    CHECK(updated->createdAt == d.createdAt);
    CHECK(updated->updatedAt == f.clock.nowUtc());

    auto read = f.deals->get(d.id);
    REQUIRE(read);
    CHECK(read->title == u8("دومی"));
    CHECK(read->amount == Money::fromRial(99));
    CHECK(read->expectedClose == QDate(2025, 6, 1));
    CHECK(read->owner == QStringLiteral("Sara"));
    CHECK(read->stageId == quote);
    CHECK(f.column(quote) == QStringList { QStringLiteral("first"), u8("دومی") });

    const auto audit = f.audit("deal", d.id);
    REQUIRE(audit.size() == 2);
    CHECK(audit.at(1).action == QStringLiteral("update"));
    CHECK(audit.at(1).oldValues.value(QStringLiteral("title")).toString() == QStringLiteral("second"));
    CHECK(audit.at(1).newValues.value(QStringLiteral("title")).toString() == u8("دومی"));
    CHECK_FALSE(audit.at(1).newValues.contains(QStringLiteral("stage_id")));

    // The search text follows the new title.
    const QString searchText = f.scalar(QStringLiteral("SELECT search_text FROM deals WHERE id = ?"), { d.id }).toString();
    CHECK(searchText.contains(text::searchKey(u8("دومی"))));
    CHECK_FALSE(searchText.contains(QStringLiteral("second")));
}

TEST_CASE("Updating a deal validates like creating one", "[pipeline]")
{
    PipelineFixture f;
    Deal d = f.add(QStringLiteral("A"), 10);
    Deal bad = d;
    bad.title.clear();
    auto r1 = f.deals->update(bad);
    REQUIRE_FALSE(r1);
    CHECK(r1.error().field == QStringLiteral("title"));
    bad = d;
    bad.amount = Money::fromRial(-5);
    auto r2 = f.deals->update(bad);
    REQUIRE_FALSE(r2);
    CHECK(r2.error().field == QStringLiteral("amount"));
    bad = d;
    bad.customerId = 999;
    auto r3 = f.deals->update(bad);
    REQUIRE_FALSE(r3);
    CHECK(r3.error().field == QStringLiteral("customer"));
    bad = d;
    bad.id = 999;
    auto r4 = f.deals->update(bad);
    REQUIRE_FALSE(r4);
    CHECK(r4.error().code == ErrorCode::NotFound);
    auto read = f.deals->get(d.id);
    REQUIRE(read);
    CHECK(read->title == QStringLiteral("A"));
    CHECK(read->amount == Money::fromRial(10));
}

TEST_CASE("Getting and removing deals", "[pipeline]")
{
    PipelineFixture f;
    const qint64 first = f.stageId("first_contact");
    Deal a = f.add(QStringLiteral("a"), 1);
    Deal b = f.add(QStringLiteral("b"), 2);
    Deal c = f.add(QStringLiteral("c"), 3);
    REQUIRE(storage::run(f.db->connection(),
                         QStringLiteral("INSERT INTO tasks (title, due_at, deal_id, created_at, updated_at) "
                                        "VALUES ('call', '2025-03-22T06:30:00Z', ?, 'x', 'x')"),
                         { b.id }));

    REQUIRE(f.deals->remove(b.id));
    CHECK(f.column(first) == QStringList { QStringLiteral("a"), QStringLiteral("c") });
    CHECK(f.positions(first) == iota(2));
    CHECK(f.scalar(QStringLiteral("SELECT count(*) FROM tasks")).toInt() == 0); // the deal's tasks go with it
    const auto audit = f.audit("deal", b.id);
    REQUIRE(audit.size() == 2);
    CHECK(audit.at(1).action == QStringLiteral("delete"));
    CHECK(audit.at(1).oldValues.value(QStringLiteral("title")).toString() == QStringLiteral("b"));

    auto gone = f.deals->get(b.id);
    REQUIRE_FALSE(gone);
    CHECK(gone.error().code == ErrorCode::NotFound);
    auto again = f.deals->remove(b.id);
    REQUIRE_FALSE(again);
    CHECK(again.error().code == ErrorCode::NotFound);
    CHECK(f.deals->get(a.id));
    CHECK(f.deals->get(c.id));
}
