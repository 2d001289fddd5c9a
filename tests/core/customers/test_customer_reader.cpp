#include "CustomersFixture.h"

#include "customers/CustomerReader.h"

using namespace peyvand;
using namespace peyvand::customers;
using peyvand::test::u8;

using Fixture = peyvand::test::CustomersFixture;

TEST_CASE("a customer reader reads what the service stored, tags in the user's order", "[customers]")
{
    Fixture f;
    Customer c;
    c.kind = CustomerKind::Company;
    c.name = u8("شرکت پارس");
    c.company = u8("پارس");
    c.nationalId = QStringLiteral("0499370899");
    c.mobile = QStringLiteral("09123456789");
    c.otherPhones = { QStringLiteral("02188776655"), QStringLiteral("02144556677") };
    c.email = QStringLiteral("info@pars.example");
    c.preferredChannel = ContactChannel::Email;
    c.address = u8("خیابان انقلاب\nپلاک ۱");
    c.city = u8("تهران");
    c.province = u8("تهران");
    c.postalCode = QStringLiteral("1234567890");
    c.source = u8("نمایشگاه");
    c.tags = { u8("عمده"), QStringLiteral("VIP"), u8("ارزان") };
    auto created = f.service->create(c);
    REQUIRE(created);

    CustomerReader reader(*f.db);
    auto read = reader.find(created->id);
    REQUIRE(read);
    CHECK(read->id == created->id);
    CHECK(read->name == created->name);
    CHECK(read->company == created->company);
    CHECK(read->nationalId == created->nationalId);
    CHECK(read->mobile == created->mobile);
    CHECK(read->email == created->email);
    CHECK(read->address == created->address);
    CHECK(read->city == created->city);
    CHECK(read->province == created->province);
    CHECK(read->postalCode == created->postalCode);
    CHECK(read->source == created->source);
    CHECK(read->since == created->since);
    CHECK(read->createdAt == created->createdAt);
    CHECK(read->updatedAt == created->updatedAt);
    CHECK_FALSE(read->archived);
    CHECK(read->tags == QStringList { u8("عمده"), QStringLiteral("VIP"), u8("ارزان") });
    CHECK(read->otherPhones == c.otherPhones);
    CHECK(read->kind == CustomerKind::Company);
    CHECK(read->preferredChannel == ContactChannel::Email);
}

TEST_CASE("a customer reader can be used again and again, and sees changes", "[customers]")
{
    Fixture f;
    const Customer a = f.create(u8("علی"), { u8("الف"), u8("ب") });
    const Customer b = f.create(u8("مریم"), {});
    CustomerReader reader(*f.db);
    for (int round = 0; round < 3; ++round) {
        auto first = reader.find(a.id);
        REQUIRE(first);
        CHECK(first->name == u8("علی"));
        CHECK(first->tags == QStringList { u8("الف"), u8("ب") });
        auto second = reader.find(b.id);
        REQUIRE(second);
        CHECK(second->name == u8("مریم"));
        CHECK(second->tags.isEmpty()); // no tags left over from the customer read before
    }

    Customer changed = *reader.find(b.id);
    changed.city = u8("شیراز");
    changed.tags = { u8("تازه") };
    REQUIRE(f.service->update(changed));
    auto again = reader.find(b.id);
    REQUIRE(again);
    CHECK(again->city == u8("شیراز"));
    CHECK(again->tags == QStringList { u8("تازه") });
}

TEST_CASE("a customer reader names a missing customer", "[customers]")
{
    Fixture f;
    CustomerReader reader(*f.db);
    auto missing = reader.find(42);
    REQUIRE_FALSE(missing);
    CHECK(missing.error().code == ErrorCode::NotFound);
    CHECK(missing.error().message.contains(QStringLiteral("42")));
    const Customer a = f.create(u8("علی"), {});
    CHECK(reader.find(a.id)); // a miss leaves the reader usable
    CHECK_FALSE(reader.find(a.id + 1));
}
