#include "TestSupport.h"

#include "sales/QuoteJson.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace peyvand;
using namespace peyvand::sales;
using peyvand::test::u8;

namespace {

QByteArray withLine(const QByteArray& lineFields, const QByteArray& extra = {})
{
    return "{\"customer_id\": 1, " + extra + "\"lines\": [{\"description\": \"x\", " + lineFields + "}]}";
}

Error errorOf(const QByteArray& json)
{
    const Result<QuoteRequest> r = parseQuoteRequest(json);
    REQUIRE_FALSE(r);
    return r.error();
}

} // namespace

TEST_CASE("Quote JSON: a full request is read into a draft", "[sales][json]")
{
    const QByteArray json = u8(R"({
        "customer": {"name": "علی رضایی"},
        "issue_date": "1403/05/01", "valid_until": "2024-07-29",
        "marketer": "مریم", "title": "پیش‌فاکتور فروش", "payment_terms": "credit",
        "outgoing_number": "OUT-7", "remittance_number": "H-9",
        "document_discount": {"percent": "2.5"},
        "shipping": 150000, "additions": [{"description": "نصب", "amount": "90,000", "taxable": true}],
        "vat_bp": 900, "duty_bp": 0,
        "lines": [
          {"code": "A1", "description": "کابل", "quantity": "2.5", "unit": "متر", "unit_price": 120000,
           "discount_percent": "12.5", "serial": "S1", "product_id": 4},
          {"description": "خدمت", "quantity": 3, "unit_price": "1۲۰۰۰", "discount_amount": 500, "taxable": false}
        ]})").toUtf8();
    const Result<QuoteRequest> r = parseQuoteRequest(json);
    REQUIRE(r);
    const Document& d = r->draft;
    REQUIRE(r->customer);
    CHECK(r->customer->value(QStringLiteral("name")).toString() == u8("علی رضایی"));
    CHECK(d.customerId == 0);
    CHECK(d.issueDate == QDate(2024, 7, 22));
    CHECK(d.validUntil == QDate(2024, 7, 29));
    CHECK(d.paymentTerms == PaymentTerms::Credit);
    CHECK(d.outgoingNumber == QStringLiteral("OUT-7"));
    CHECK(d.remittanceNumber == QStringLiteral("H-9"));
    CHECK(d.documentDiscount.kind == Discount::Kind::Percent);
    CHECK(d.documentDiscount.percent.value == 250);
    CHECK(d.ratesOverridden);
    CHECK(d.rates.vat.value == 900);
    CHECK(d.rates.duty.value == 0);
    REQUIRE(d.lines.size() == 2);
    CHECK(d.lines[0].quantity.milli == 2500);
    CHECK(d.lines[0].discount.percent.value == 1250);
    CHECK(d.lines[0].productId == 4);
    CHECK(d.lines[0].serial == QStringLiteral("S1"));
    CHECK(d.lines[1].quantity.milli == 3000);
    CHECK(d.lines[1].unitPrice.rial() == 12000);
    CHECK(d.lines[1].discount.kind == Discount::Kind::Amount);
    CHECK(d.lines[1].discount.amount.rial() == 500);
    CHECK_FALSE(d.lines[1].taxable);
    REQUIRE(d.additions.size() == 2);
    CHECK(d.additions[0].amount.rial() == 150000);
    CHECK_FALSE(d.additions[0].taxable);
    CHECK(d.additions[1].amount.rial() == 90000);
    CHECK(d.additions[1].taxable);
}

TEST_CASE("Quote JSON: defaults when fields are left out", "[sales][json]")
{
    const Result<QuoteRequest> r = parseQuoteRequest(withLine("\"unit_price\": 10"));
    REQUIRE(r);
    CHECK(r->draft.customerId == 1);
    CHECK(r->draft.type == DocumentType::Quote);
    CHECK_FALSE(r->draft.issueDate.isValid());
    CHECK_FALSE(r->draft.ratesOverridden);
    CHECK(r->draft.lines[0].quantity.milli == 1000);
    CHECK(r->draft.lines[0].taxable);
    CHECK(r->draft.additions.isEmpty());
    CHECK(r->draft.documentDiscount.kind == Discount::Kind::None);
}

TEST_CASE("Quote JSON: bad input names the field", "[sales][json]")
{
    struct Case {
        QByteArray json;
        const char* field;
        ErrorCode code = ErrorCode::InvalidInput;
    };
    const Case cases[] = {
        { "not json", "json" },
        { "[1]", "json" },
        { "{\"lines\": []}", "customer" },
        { "{\"customer_id\": 1, \"customer\": {}, \"lines\": []}", "customer" },
        { "{\"customer_id\": -3, \"lines\": []}", "customer_id" },
        { "{\"customer_id\": 1, \"lines\": []}", "lines" },
        { "{\"customer_id\": 1}", "lines" },
        { withLine("\"unit_price\": 10", "\"colour\": 1, "), "colour" },
        { withLine("\"unit_price\": 10", "\"\": 1, "), "json" },
        { withLine("\"unit_price\": 10, \"\": 1"), "lines[0]" },
        { withLine("\"unit_price\": 10, \"qty\": 1"), "lines[0].qty" },
        { withLine("\"quantity\": \"1.2345\", \"unit_price\": 10"), "lines[0].quantity" },
        { withLine("\"quantity\": \"abc\", \"unit_price\": 10"), "lines[0].quantity" },
        { withLine("\"quantity\": true, \"unit_price\": 10"), "lines[0].quantity" },
        { withLine("\"quantity\": \"1\""), "lines[0].unit_price" },
        { withLine("\"unit_price\": 10.5"), "lines[0].unit_price" },
        { withLine("\"unit_price\": \"ده\""), "lines[0].unit_price" },
        { withLine("\"unit_price\": 99999999999999999999"), "lines[0].unit_price", ErrorCode::Overflow },
        { withLine("\"unit_price\": 10, \"discount_percent\": \"5\", \"discount_amount\": 1"), "lines[0].discount" },
        { withLine("\"unit_price\": 10, \"discount_percent\": \"5.125\""), "lines[0].discount" },
        { withLine("\"unit_price\": 10, \"taxable\": \"yes\""), "lines[0].taxable" },
        { withLine("\"unit_price\": 10, \"description\": 5"), "lines[0].description" },
        { withLine("\"unit_price\": 10", "\"issue_date\": \"1403/13/01\", "), "issue_date" },
        { withLine("\"unit_price\": 10", "\"valid_until\": \"yesterday\", "), "valid_until" },
        { withLine("\"unit_price\": 10", "\"vat_bp\": 900, "), "duty_bp" },
        { withLine("\"unit_price\": 10", "\"vat_bp\": 10001, \"duty_bp\": 0, "), "vat_bp" },
        { withLine("\"unit_price\": 10", "\"vat_bp\": 9.5, \"duty_bp\": 0, "), "vat_bp" },
        { withLine("\"unit_price\": 10", "\"document_discount\": {\"amount\": 1, \"percent\": \"1\"}, "), "document_discount" },
        { withLine("\"unit_price\": 10", "\"document_discount\": {\"rate\": 1}, "), "document_discount.rate" },
        { withLine("\"unit_price\": 10", "\"shipping\": -5.5, "), "shipping" },
        { withLine("\"unit_price\": 10", "\"additions\": {}, "), "additions" },
        { withLine("\"unit_price\": 10", "\"additions\": [{\"amount\": \"x\"}], "), "additions[0].amount" },
        { withLine("\"unit_price\": 10", "\"type\": \"receipt\", "), "type" },
        { withLine("\"unit_price\": 10", "\"payment_terms\": \"barter\", "), "payment_terms" },
    };
    for (const Case& c : cases) {
        INFO(c.json.toStdString());
        const Error e = errorOf(c.json);
        CHECK(e.field == QString::fromLatin1(c.field));
        CHECK(e.code == c.code);
        CHECK_FALSE(e.message.isEmpty());
    }
}

TEST_CASE("Quote JSON: document discount forms", "[sales][json]")
{
    auto discount = [](const QByteArray& value) {
        const Result<QuoteRequest> r = parseQuoteRequest(withLine("\"unit_price\": 10", "\"document_discount\": " + value + ", "));
        REQUIRE(r);
        return r->draft.documentDiscount;
    };
    CHECK(discount("0").kind == Discount::Kind::None);
    CHECK(discount("1500").amount.rial() == 1500);
    CHECK(discount("{\"amount\": 7}").amount.rial() == 7);
    CHECK(discount("{\"percent\": \"۵٫۵\"}").percent.value == 550);
    CHECK(discount("{\"percent\": 3}").percent.value == 300);
}

TEST_CASE("Quote JSON: a computed document is written with totals and words", "[sales][json]")
{
    Result<QuoteRequest> r = parseQuoteRequest(withLine("\"quantity\": \"1.5\", \"unit_price\": 1000, \"discount_percent\": \"10\"",
                                                        "\"issue_date\": \"1403/01/01\", \"shipping\": 100, "));
    REQUIRE(r);
    Document d = r->draft;
    d.id = 12;
    d.number = QStringLiteral("PF-1403-0001");
    d.lines[0].computed = LineTotals { Money::fromRial(1500), Money::fromRial(150), {}, Money::fromRial(1350),
                                       Money::fromRial(94), Money::fromRial(40), Money::fromRial(1484) };
    d.grandTotal = Money::fromRial(1584);
    const QJsonObject o = documentToJson(d);
    CHECK(o.value(QStringLiteral("number")).toString() == QStringLiteral("PF-1403-0001"));
    CHECK(o.value(QStringLiteral("state")).toString() == QStringLiteral("draft"));
    CHECK(o.value(QStringLiteral("issue_date")).toString() == QStringLiteral("2024-03-20"));
    CHECK(o.value(QStringLiteral("issue_date_jalali")).toString() == QStringLiteral("1403/01/01"));
    CHECK(o.value(QStringLiteral("valid_until")).isNull());
    const QJsonObject line = o.value(QStringLiteral("lines")).toArray().at(0).toObject();
    CHECK(line.value(QStringLiteral("quantity")).toString() == QStringLiteral("1.5"));
    CHECK(line.value(QStringLiteral("discount_percent")).toString() == QStringLiteral("10"));
    CHECK(line.value(QStringLiteral("gross")).toInteger() == 1500);
    CHECK(line.value(QStringLiteral("discount")).toInteger() == 150);
    CHECK(line.value(QStringLiteral("net")).toInteger() == 1350);
    CHECK(line.value(QStringLiteral("total")).toInteger() == 1484);
    CHECK(o.value(QStringLiteral("grand_total")).toInteger() == 1584);
    CHECK(o.value(QStringLiteral("amount_in_words")).toString() == u8("یک هزار و پانصد و هشتاد و چهار ریال"));
    CHECK(documentToJson(d, QStringLiteral("en")).value(QStringLiteral("amount_in_words")).toString()
          == QStringLiteral("one thousand five hundred eighty-four Rial"));
    CHECK(o.value(QStringLiteral("additions")).toArray().size() == 1);
}
