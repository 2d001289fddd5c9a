#include "SalesFixture.h"

#include "sales/DocumentTotals.h"

#include <functional>

using namespace peyvand;
using namespace peyvand::sales;
using peyvand::test::jalali;
using peyvand::test::line;
using peyvand::test::u8;

namespace {

Discount percent(int bp)
{
    Discount d;
    d.kind = Discount::Kind::Percent;
    d.percent = BasisPoints { bp };
    return d;
}

Discount amount(qint64 rial)
{
    Discount d;
    d.kind = Discount::Kind::Amount;
    d.amount = Money::fromRial(rial);
    return d;
}

// Three lines with discounts, an exempt line, shipping and a document discount.
Document richDraft(qint64 customerId)
{
    Document d;
    d.customerId = customerId;
    d.lines << line(u8("مانیتور"), 12'345'679, 3000);
    d.lines.last().discount = percent(750);
    d.lines << line(u8("کابل"), 99'999, 2500);
    d.lines.last().discount = amount(10'001);
    d.lines << line(u8("کتاب"), 500'000);
    d.lines.last().taxable = false;
    d.additions << DocumentAddition { 0, u8("هزینه حمل"), Money::fromRial(1'500'000), false, {} };
    d.additions << DocumentAddition { 0, u8("نصب"), Money::fromRial(2'000'001), true, {} };
    d.documentDiscount = percent(333);
    return d;
}

bool sameTotals(const LineTotals& a, const LineTotals& b)
{
    return a.gross == b.gross && a.lineDiscount == b.lineDiscount && a.documentDiscount == b.documentDiscount && a.net == b.net
        && a.vat == b.vat && a.duty == b.duty && a.total == b.total;
}

} // namespace

TEST_CASE("A new draft is normalised and takes its defaults", "[sales][documents]")
{
    test::SalesFixture f;
    const qint64 c = f.customer();
    auto profile = f.profiles->load();
    profile->taxRounding = Rounding::HalfUp;
    profile->defaultValidityDays = 10;
    REQUIRE(f.profiles->save(*profile));

    Document d = test::draftFor(c);
    d.marketer = u8("  رضا   كريمي ");
    d.outgoingNumber = u8("۱۲۳/الف");
    d.description = u8("  شرایط:\n\nپرداخت نقدي  \n");
    d.lines.first().code = u8(" LP-۱ ");
    d.lines.first().unit = u8("عدد ");
    d.lines.first().description = u8("لپ‌تاپ  ايسوس");
    d.taxRounding = Rounding::Ceiling; // not the caller's to choose
    d.number = QStringLiteral("X-1");  // given on issue only
    d.state = DocumentState::Accepted;
    auto created = f.documents->createDraft(d);
    REQUIRE(created);
    CHECK(created->id > 0);
    CHECK(created->state == DocumentState::Draft);
    CHECK(created->number.isEmpty());
    CHECK(created->issueDate == jalali(1404, 1, 15));
    CHECK(created->validUntil == jalali(1404, 1, 25));
    CHECK(created->title.isEmpty());
    CHECK(created->marketer == u8("رضا کریمی"));
    CHECK(created->outgoingNumber == u8("123/الف"));
    CHECK(created->description == u8("شرایط:\n\nپرداخت نقدی"));
    CHECK(created->lines.first().code == QStringLiteral("LP-1"));
    CHECK(created->lines.first().unit == u8("عدد"));
    CHECK(created->lines.first().description == u8("لپ‌تاپ ایسوس"));
    CHECK(created->lines.first().id > 0);
    CHECK(created->rates.vat.value == 700);
    CHECK(created->rates.duty.value == 300);
    CHECK(created->taxRounding == Rounding::HalfUp);
    CHECK(created->grandTotal == Money::fromRial(1'100'000));
    CHECK(created->createdAt == f.clock.nowUtc());
    CHECK(created->buyer.name == u8("علی کریمی")); // live parties while a draft
    CHECK(f.auditActions(QStringLiteral("document"), created->id) == QStringList { QStringLiteral("create") });

    auto loaded = f.documents->get(created->id);
    REQUIRE(loaded);
    CHECK(loaded->marketer == created->marketer);
    CHECK(loaded->validUntil == created->validUntil);
    CHECK(loaded->grandTotal == created->grandTotal);
    CHECK(f.count(QStringLiteral("SELECT marketer_key <> '' FROM documents WHERE id = ?"), { created->id }) == 1);

    Document invoice = test::draftFor(c, DocumentType::Invoice, jalali(1402, 5, 1));
    auto inv = f.documents->createDraft(invoice);
    REQUIRE(inv);
    CHECK_FALSE(inv->validUntil.isValid()); // invoices have no validity
    CHECK(inv->rates.vat.value == 600);     // 1402: 9 %
    CHECK(inv->grandTotal == Money::fromRial(1'090'000));
}

TEST_CASE("Invalid drafts name the field and store nothing", "[sales][documents]")
{
    test::SalesFixture f;
    const qint64 c = f.customer();
    const std::pair<std::function<void(Document&)>, const char*> cases[] = {
        { [](Document& d) { d.customerId = 0; }, "customer_id" },
        { [](Document& d) { d.customerId = 4242; }, "customer_id" },
        { [](Document& d) { d.issueDate = QDate(100, 1, 1); }, "issue_date" },
        { [](Document& d) { d.validUntil = d.issueDate.addDays(-1); }, "valid_until" },
        { [](Document& d) { d.lines.clear(); }, "lines" },
        { [](Document& d) { d.lines << line(u8("دوم"), 1) << line(u8("  ـ "), 1); }, "lines[2].description" },
        { [](Document& d) { d.lines[0].quantity = Quantity { 0 }; }, "lines[0].quantity" },
        { [](Document& d) { d.lines[0].quantity = Quantity { -1000 }; }, "lines[0].quantity" },
        { [](Document& d) { d.lines[0].unitPrice = Money::fromRial(-1); }, "lines[0].unit_price" },
        { [](Document& d) { d.lines << line(u8("دوم"), 100); d.lines[1].discount = amount(101); }, "lines[1].discount" },
        { [](Document& d) { d.lines << line(u8("دوم"), 100); d.lines[1].discount = percent(10001); }, "lines[1].discount" },
        { [](Document& d) { d.lines[0].productId = 999; }, "lines[0].product_id" },
        { [](Document& d) { d.additions << DocumentAddition { 0, u8("حمل"), Money::fromRial(-5), false, {} }; }, "additions[0].amount" },
        { [](Document& d) { d.additions << DocumentAddition { 0, QString(), Money::fromRial(5), false, {} }; }, "additions[0].description" },
        { [](Document& d) { d.documentDiscount = amount(1'000'001); }, "document_discount" },
        { [](Document& d) { d.documentDiscount = percent(-1); }, "document_discount" },
        { [](Document& d) { d.ratesOverridden = true; d.rates = { BasisPoints { 10001 }, BasisPoints { 0 } }; }, "vat_rate" },
        { [](Document& d) { d.ratesOverridden = true; d.rates = { BasisPoints { 0 }, BasisPoints { -1 } }; }, "duty_rate" },
    };
    for (const auto& [change, field] : cases) {
        INFO(field);
        Document d = test::draftFor(c, DocumentType::Quote, jalali(1404, 1, 10));
        change(d);
        auto r = f.documents->createDraft(d);
        REQUIRE_FALSE(r);
        CHECK(r.error().code == ErrorCode::InvalidInput);
        CHECK(r.error().field == QLatin1String(field));
        CHECK_FALSE(r.error().message.isEmpty());
    }
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM documents")) == 0);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM document_lines")) == 0);

    Document overflow = test::draftFor(c);
    overflow.lines[0].unitPrice = Money::fromRial(std::numeric_limits<qint64>::max() / 2);
    overflow.lines[0].quantity = Quantity { 5000 };
    auto big = f.documents->createDraft(overflow);
    REQUIRE_FALSE(big);
    CHECK(big.error().code == ErrorCode::Overflow);
}

TEST_CASE("Stored line values and totals are those of computeTotals", "[sales][documents][totals]")
{
    test::SalesFixture f;
    const qint64 c = f.customer();
    auto created = f.documents->createDraft(richDraft(c));
    REQUIRE(created);

    DocumentInput input;
    const Document rich = richDraft(c);
    for (const DocumentLine& l : rich.lines)
        input.lines << LineInput { l.unitPrice, l.quantity, l.discount, l.taxable };
    for (const DocumentAddition& a : rich.additions)
        input.additions << AdditionInput { a.amount, a.taxable };
    input.documentDiscount = rich.documentDiscount;
    input.rates = { BasisPoints { 700 }, BasisPoints { 300 } };
    auto expected = computeTotals(input);
    REQUIRE(expected);

    auto stored = f.documents->get(created->id);
    REQUIRE(stored);
    REQUIRE(stored->lines.size() == 3);
    REQUIRE(stored->additions.size() == 2);
    for (int i = 0; i < 3; ++i)
        CHECK(sameTotals(stored->lines.at(i).computed, expected->lines.at(i)));
    for (int i = 0; i < 2; ++i)
        CHECK(sameTotals(stored->additions.at(i).computed, expected->additions.at(i)));
    CHECK(stored->grossTotal == expected->gross);
    CHECK(stored->discountTotal == expected->discount);
    CHECK(stored->additionsTotal == Money::fromRial(3'500'001));
    CHECK(stored->vatTotal == expected->vat);
    CHECK(stored->dutyTotal == expected->duty);
    CHECK(stored->grandTotal == expected->total);
    CHECK(stored->additions.at(0).description == u8("هزینه حمل"));
    CHECK_FALSE(stored->additions.at(0).taxable);
    CHECK(stored->additions.at(1).taxable);
    CHECK(stored->lines.at(1).discount.kind == Discount::Kind::Amount);
    CHECK(stored->lines.at(1).discount.amount == Money::fromRial(10'001));
    CHECK(stored->lines.at(0).discount.percent.value == 750);
    CHECK(stored->documentDiscount.percent.value == 333);
    CHECK(stored->lines.at(1).quantity.milli == 2500);
    CHECK_FALSE(stored->lines.at(2).taxable);

    // The list reads the stored columns: they hold the same sums.
    auto q = storage::run(f.db->connection(), QStringLiteral("SELECT grand_total, vat_total, duty_total, additions_total, "
                                                             "(SELECT sum(total) FROM document_lines WHERE document_id = documents.id) "
                                                             "FROM documents WHERE id = ?"),
                          { created->id });
    REQUIRE(q);
    REQUIRE(q->next());
    CHECK(q->value(0).toLongLong() == expected->total.rial());
    CHECK(q->value(1).toLongLong() == expected->vat.rial());
    CHECK(q->value(2).toLongLong() == expected->duty.rial());
    CHECK(q->value(3).toLongLong() == 3'500'001);
    CHECK(q->value(4).toLongLong() == expected->total.rial());

    // The editor's live preview gives the same numbers without storing.
    Document preview = richDraft(c);
    preview.rates = input.rates;
    auto live = DocumentService::computed(preview);
    REQUIRE(live);
    CHECK(live->grandTotal == expected->total);
    CHECK(sameTotals(live->lines.at(0).computed, expected->lines.at(0)));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM documents")) == 1);
    Document negative = preview;
    negative.lines[0].unitPrice = Money::fromRial(-1);
    auto refused = DocumentService::computed(negative);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().field == QStringLiteral("lines[0].unit_price"));
}

TEST_CASE("Updating a draft replaces its fields and lines and re-prices", "[sales][documents]")
{
    test::SalesFixture f;
    const qint64 c = f.customer();
    const qint64 other = f.customer(u8("مریم احمدی"));
    auto created = f.documents->createDraft(test::draftFor(c));
    REQUIRE(created);

    auto profile = f.profiles->load();
    profile->taxRounding = Rounding::Ceiling; // later profile changes do not touch existing drafts
    REQUIRE(f.profiles->save(*profile));

    Document changed = *created;
    changed.type = DocumentType::Invoice;  // the type is not editable
    changed.customerId = other;
    changed.issueDate = jalali(1402, 10, 1);
    changed.validUntil = jalali(1402, 10, 30);
    changed.title = u8("پیش‌فاکتور  پروژه");
    changed.lines = { line(u8("سرور"), 333, 3000), line(u8("رک"), 1'000) };
    auto updated = f.documents->updateDraft(changed);
    REQUIRE(updated);
    CHECK(updated->type == DocumentType::Quote);
    CHECK(updated->customerId == other);
    CHECK(updated->buyer.name == u8("مریم احمدی"));
    CHECK(updated->title == u8("پیش‌فاکتور پروژه"));
    CHECK(updated->rates.vat.value == 600); // the rate of 1402
    CHECK(updated->taxRounding == Rounding::TowardZero);
    REQUIRE(updated->lines.size() == 2);
    CHECK(updated->grandTotal == Money::fromRial(999 + 59 + 29 + 1000 + 60 + 30)); // 6 % and 3 % of 999, each truncated
    CHECK(updated->createdAt == created->createdAt);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM document_lines WHERE document_id = ?"), { created->id }) == 2);

    Document overridden = *updated;
    overridden.ratesOverridden = true;
    overridden.rates = { BasisPoints { 0 }, BasisPoints { 0 } }; // e.g. an export sale
    overridden.issueDate = QDate();                                // keeps the stored date
    auto exempt = f.documents->updateDraft(overridden);
    REQUIRE(exempt);
    CHECK(exempt->issueDate == jalali(1402, 10, 1));
    CHECK(exempt->vatTotal.isZero());
    CHECK(exempt->grandTotal == Money::fromRial(1999));
    CHECK(f.documents->get(created->id)->ratesOverridden);

    auto history = storage::AuditLog(*f.db).history(QStringLiteral("document"), created->id);
    REQUIRE(history);
    REQUIRE(history->size() == 3);
    CHECK(history->at(1).action == QStringLiteral("update"));
    CHECK(history->at(1).oldValues.value(QStringLiteral("customer_id")).toInteger() == c);
    CHECK(history->at(1).newValues.value(QStringLiteral("customer_id")).toInteger() == other);
    CHECK_FALSE(history->at(1).newValues.contains(QStringLiteral("type")));

    Document missing = changed;
    missing.id = 999;
    CHECK(f.documents->updateDraft(missing).error().code == ErrorCode::NotFound);
    Document invalid = *updated;
    invalid.lines[1].description.clear();
    auto refused = f.documents->updateDraft(invalid);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().field == QStringLiteral("lines[1].description"));
    CHECK(f.documents->get(created->id)->lines.at(1).description == u8("رک"));
}

TEST_CASE("Drafts can be deleted, without a rate for the date there is no draft", "[sales][documents]")
{
    test::SalesFixture f;
    const qint64 c = f.customer();
    auto created = f.documents->createDraft(test::draftFor(c));
    REQUIRE(created);
    REQUIRE(f.documents->removeDraft(created->id));
    CHECK(f.documents->get(created->id).error().code == ErrorCode::NotFound);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM document_lines")) == 0);
    CHECK(f.auditActions(QStringLiteral("document"), created->id) == QStringList { QStringLiteral("create"), QStringLiteral("delete") });
    CHECK(f.documents->removeDraft(created->id).error().code == ErrorCode::NotFound);

    auto early = f.documents->createDraft(test::draftFor(c, DocumentType::Quote, jalali(1401, 6, 1)));
    REQUIRE_FALSE(early);
    CHECK(early.error().code == ErrorCode::NotFound);
    CHECK(early.error().message.contains(QStringLiteral("Settings")));
    Document manual = test::draftFor(c, DocumentType::Quote, jalali(1401, 6, 1));
    manual.ratesOverridden = true;
    manual.rates = { BasisPoints { 600 }, BasisPoints { 300 } };
    CHECK(f.documents->createDraft(manual));
}

TEST_CASE("A draft shows the live seller and buyer", "[sales][documents]")
{
    test::SalesFixture f;
    customers::Customer person;
    person.name = u8("نگار هاشمی");
    person.nationalId = QStringLiteral("0499370899");
    person.otherPhones = { QStringLiteral("02122334455") };
    person.address = u8("خیابان آزادی");
    person.city = u8("شیراز");
    person.province = u8("فارس");
    auto customer = f.customers->create(person);
    REQUIRE(customer);
    auto profile = f.profiles->load();
    profile->name = u8("شرکت پیوند");
    profile->address = u8("تهران، خیابان ولیعصر");
    profile->city = u8("تهران");
    profile->province = u8("تهران");
    REQUIRE(f.profiles->save(*profile));

    auto created = f.documents->createDraft(test::draftFor(customer->id));
    REQUIRE(created);
    CHECK(created->seller.name == u8("شرکت پیوند"));
    CHECK(created->seller.address == u8("تهران، خیابان ولیعصر")); // no repeated city
    CHECK(created->buyer.nationalId == QStringLiteral("0499370899"));
    CHECK(created->buyer.phone == QStringLiteral("02122334455"));
    CHECK(created->buyer.address == u8("فارس، شیراز، خیابان آزادی"));

    customers::Customer renamed = *customer;
    renamed.name = u8("نگار هاشمی‌نژاد");
    REQUIRE(f.customers->update(renamed));
    CHECK(f.documents->get(created->id)->buyer.name == u8("نگار هاشمی‌نژاد"));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM documents WHERE buyer_snapshot = '' AND seller_snapshot = ''")) == 1);
}
