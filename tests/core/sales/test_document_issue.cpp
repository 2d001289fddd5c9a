#include "SalesFixture.h"

using namespace peyvand;
using namespace peyvand::sales;
using peyvand::test::jalali;
using peyvand::test::line;
using peyvand::test::u8;

namespace {

customers::Customer companyCustomer()
{
    customers::Customer c;
    c.kind = customers::CustomerKind::Company;
    c.name = u8("شرکت نوآوران پارس");
    c.legalId = QStringLiteral("10380284790");
    c.economicCode = QStringLiteral("10380284790");
    c.registrationNumber = QStringLiteral("45678");
    c.postalCode = QStringLiteral("1193653471");
    c.address = u8("خیابان انقلاب، پلاک ۵");
    c.city = u8("تهران");
    c.province = u8("تهران");
    c.mobile = QStringLiteral("09121234567");
    c.otherPhones = { QStringLiteral("02166554433") };
    return c;
}

void setUpSeller(test::SalesFixture& f)
{
    auto p = f.profiles->load();
    REQUIRE(p);
    p->name = u8("فروشگاه پیوند");
    p->economicCode = QStringLiteral("0499370899");
    p->nationalId = QStringLiteral("0499370899");
    p->registrationNumber = QStringLiteral("998");
    p->postalCode = QStringLiteral("1234567890");
    p->address = u8("بازار بزرگ");
    p->city = u8("اصفهان");
    p->province = u8("اصفهان");
    p->phone = QStringLiteral("03133445566");
    REQUIRE(f.profiles->save(*p));
}

} // namespace

TEST_CASE("Issuing freezes seller and buyer into the document", "[sales][documents][issue]")
{
    test::SalesFixture f;
    setUpSeller(f);
    auto customer = f.customers->create(companyCustomer());
    REQUIRE(customer);
    auto draft = f.documents->createDraft(test::draftFor(customer->id));
    REQUIRE(draft);
    f.clock.advanceSeconds(3600);
    auto issued = f.documents->issue(draft->id);
    REQUIRE(issued);
    CHECK(issued->state == DocumentState::Issued);
    CHECK(issued->isLocked());
    CHECK(issued->number == QStringLiteral("PF-1404-0001"));
    CHECK(issued->issuedAt == f.clock.nowUtc());
    CHECK(issued->stateChangedAt == f.clock.nowUtc());
    CHECK(issued->createdAt == draft->createdAt);

    const Party& buyer = issued->buyer;
    CHECK(buyer.name == u8("شرکت نوآوران پارس"));
    CHECK(buyer.economicCode == QStringLiteral("10380284790"));
    CHECK(buyer.nationalId == QStringLiteral("10380284790")); // the legal ID of a company
    CHECK(buyer.registrationNumber == QStringLiteral("45678"));
    CHECK(buyer.postalCode == QStringLiteral("1193653471"));
    CHECK(buyer.address == u8("تهران، خیابان انقلاب، پلاک 5"));
    CHECK(buyer.phone == QStringLiteral("09121234567")); // mobile first
    const Party& seller = issued->seller;
    CHECK(seller.name == u8("فروشگاه پیوند"));
    CHECK(seller.nationalId == QStringLiteral("0499370899"));
    CHECK(seller.address == u8("اصفهان، بازار بزرگ"));
    CHECK(seller.phone == QStringLiteral("03133445566"));

    // Later changes to the customer and the company do not reach the issued document.
    customers::Customer moved = *customer;
    moved.name = u8("شرکت نوآوران آسیا");
    moved.address = u8("خیابان آزادی");
    moved.mobile.clear();
    REQUIRE(f.customers->update(moved));
    auto p = f.profiles->load();
    p->name = u8("پیوند نو");
    REQUIRE(f.profiles->save(*p));
    auto reread = f.documents->get(issued->id);
    REQUIRE(reread);
    CHECK(reread->buyer.name == u8("شرکت نوآوران پارس"));
    CHECK(reread->buyer.address == u8("تهران، خیابان انقلاب، پلاک 5"));
    CHECK(reread->buyer.phone == QStringLiteral("09121234567"));
    CHECK(reread->seller.name == u8("فروشگاه پیوند"));

    auto history = storage::AuditLog(*f.db).history(QStringLiteral("document"), issued->id);
    REQUIRE(history);
    REQUIRE(history->size() == 2);
    CHECK(history->at(1).oldValues.value(QStringLiteral("state")).toString() == QStringLiteral("draft"));
    CHECK(history->at(1).newValues.value(QStringLiteral("state")).toString() == QStringLiteral("issued"));
    CHECK(history->at(1).newValues.value(QStringLiteral("number")).toString() == QStringLiteral("PF-1404-0001"));
}

TEST_CASE("The buyer's phone falls back to the first other phone", "[sales][documents][issue]")
{
    test::SalesFixture f;
    customers::Customer c = companyCustomer();
    c.mobile.clear();
    c.legalId.clear();
    c.nationalId = QStringLiteral("0499370899");
    auto customer = f.customers->create(c);
    REQUIRE(customer);
    auto draft = f.documents->createDraft(test::draftFor(customer->id));
    REQUIRE(draft);
    auto issued = f.documents->issue(draft->id);
    REQUIRE(issued);
    CHECK(issued->buyer.phone == QStringLiteral("02166554433"));
    CHECK(issued->buyer.nationalId == QStringLiteral("0499370899"));
}

TEST_CASE("Issuing re-prices a draft whose rates changed since it was saved", "[sales][documents][issue]")
{
    test::SalesFixture f;
    const qint64 c = f.customer();
    auto draft = f.documents->createDraft(test::draftFor(c));
    REQUIRE(draft);
    CHECK(draft->grandTotal == Money::fromRial(1'100'000));
    REQUIRE(f.profiles->setTaxRate({ jalali(1404, 1, 1), { BasisPoints { 900 }, BasisPoints { 300 } } }));
    auto issued = f.documents->issue(draft->id);
    REQUIRE(issued);
    CHECK(issued->rates.vat.value == 900);
    CHECK(issued->grandTotal == Money::fromRial(1'120'000));
    CHECK(issued->lines.at(0).computed.vat == Money::fromRial(90'000));
    // Once issued the stored amounts never move again.
    REQUIRE(f.profiles->setTaxRate({ jalali(1404, 1, 1), { BasisPoints { 100 }, BasisPoints { 100 } } }));
    CHECK(f.documents->get(issued->id)->grandTotal == Money::fromRial(1'120'000));
}

TEST_CASE("Issued documents are locked in the service and in the database", "[sales][documents][issue]")
{
    test::SalesFixture f;
    const qint64 c = f.customer();
    auto draft = f.documents->createDraft(test::draftFor(c));
    REQUIRE(draft);
    auto issued = f.documents->issue(draft->id);
    REQUIRE(issued);

    Document edit = *issued;
    edit.lines.first().unitPrice = Money::fromRial(1);
    auto update = f.documents->updateDraft(edit);
    REQUIRE_FALSE(update);
    CHECK(update.error().code == ErrorCode::Conflict);
    CHECK(update.error().message.contains(QStringLiteral("issued and locked")));
    CHECK(update.error().message.contains(QStringLiteral("PF-1404-0001")));
    CHECK(update.error().message.contains(QStringLiteral("Duplicate")));
    Document marketerOnly = *issued; // even fields the trigger does not guard
    marketerOnly.marketer = u8("کسی دیگر");
    CHECK(f.documents->updateDraft(marketerOnly).error().code == ErrorCode::Conflict);
    auto remove = f.documents->removeDraft(issued->id);
    REQUIRE_FALSE(remove);
    CHECK(remove.error().code == ErrorCode::Conflict);
    CHECK(remove.error().message.contains(QStringLiteral("issued and locked")));
    auto again = f.documents->issue(issued->id);
    REQUIRE_FALSE(again);
    CHECK(again.error().code == ErrorCode::Conflict);
    CHECK(f.documents->issue(999).error().code == ErrorCode::NotFound);

    // The triggers are the backstop for anything that bypasses the service.
    const QString refusedSql[] = {
        QStringLiteral("UPDATE documents SET grand_total = 1 WHERE id = ?"),
        QStringLiteral("UPDATE documents SET title = 'x' WHERE id = ?"),
        QStringLiteral("UPDATE documents SET number = 'PF-9' WHERE id = ?"),
        QStringLiteral("UPDATE documents SET buyer_snapshot = '{}' WHERE id = ?"),
        QStringLiteral("UPDATE document_lines SET unit_price = 1 WHERE document_id = ?"),
        QStringLiteral("DELETE FROM document_lines WHERE document_id = ?"),
        QStringLiteral("INSERT INTO document_lines (document_id, position, quantity_milli, unit_price) VALUES (?, 9, 1000, 5)"),
        QStringLiteral("DELETE FROM documents WHERE id = ?"),
    };
    for (const QString& sql : refusedSql) {
        INFO(sql.toStdString());
        auto q = storage::run(f.db->connection(), sql, { issued->id });
        REQUIRE_FALSE(q);
        CHECK(q.error().detail.contains(QStringLiteral("issued and locked")));
    }
    CHECK(f.documents->get(issued->id)->grandTotal == issued->grandTotal);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM document_lines WHERE document_id = ?"), { issued->id }) == 1);
}
