#include "TestSupport.h"

#include "sales/DocumentTotals.h"
#include "sales/QuoteJson.h"
#include "sales/TaxRateTable.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace peyvand;
using namespace peyvand::sales;

namespace {

QJsonObject readJson(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QJsonDocument::fromJson(f.readAll()).object();
}

// The golden inputs are in the command line's shape (sales/QuoteJson.h);
// rates not given come from the dated default table on the issue date.
DocumentInput inputFrom(const QJsonObject& q)
{
    const Result<QuoteRequest> request = parseQuoteRequest(q);
    REQUIRE(request);
    const Document& d = request->draft;
    DocumentInput in;
    if (d.ratesOverridden) {
        in.rates = d.rates;
    } else {
        const Result<TaxRates> rates = TaxRateTable::defaults().ratesOn(d.issueDate);
        REQUIRE(rates);
        in.rates = *rates;
    }
    for (const DocumentLine& l : d.lines)
        in.lines << LineInput { l.unitPrice, l.quantity, l.discount, l.taxable };
    for (const DocumentAddition& a : d.additions)
        in.additions << AdditionInput { a.amount, a.taxable };
    in.documentDiscount = d.documentDiscount;
    return in;
}

QJsonObject toJson(const LineTotals& l)
{
    return { { QStringLiteral("gross"), l.gross.rial() },       { QStringLiteral("line_discount"), l.lineDiscount.rial() },
             { QStringLiteral("document_discount"), l.documentDiscount.rial() }, { QStringLiteral("net"), l.net.rial() },
             { QStringLiteral("vat"), l.vat.rial() },           { QStringLiteral("duty"), l.duty.rial() },
             { QStringLiteral("total"), l.total.rial() } };
}

QJsonObject toJson(const DocumentTotals& t)
{
    QJsonArray lines;
    for (const auto& l : t.lines)
        lines << toJson(l);
    QJsonArray additions;
    for (const auto& a : t.additions)
        additions << toJson(a);
    return { { QStringLiteral("lines"), lines }, { QStringLiteral("additions"), additions },
             { QStringLiteral("gross"), t.gross.rial() }, { QStringLiteral("discount"), t.discount.rial() },
             { QStringLiteral("net"), t.net.rial() }, { QStringLiteral("vat"), t.vat.rial() },
             { QStringLiteral("duty"), t.duty.rial() }, { QStringLiteral("total"), t.total.rial() } };
}

} // namespace

TEST_CASE("Golden quotes: totals match expected.json exactly", "[sales][golden]")
{
    const QDir root(QStringLiteral(PEYVAND_TEST_DATA "/quotes"));
    const QStringList cases = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    REQUIRE(cases.size() >= 11);
    for (const QString& name : cases) {
        INFO(name.toStdString());
        const QJsonObject quote = readJson(root.filePath(name + QStringLiteral("/quote.json")));
        const QJsonObject expected = readJson(root.filePath(name + QStringLiteral("/expected.json")));
        auto totals = computeTotals(inputFrom(quote));
        REQUIRE(totals);
        const QJsonObject actual = toJson(*totals);
        CHECK(QJsonDocument(actual).toJson(QJsonDocument::Compact).toStdString()
              == QJsonDocument(expected).toJson(QJsonDocument::Compact).toStdString());
    }
}

TEST_CASE("Line and document totals add up", "[sales]")
{
    DocumentInput in;
    in.rates = { BasisPoints { 700 }, BasisPoints { 300 } };
    for (int i = 1; i <= 7; ++i)
        in.lines << LineInput { Money::fromRial(10007 * i), Quantity { 1333 * i }, {}, i % 3 != 0 };
    in.documentDiscount.kind = Discount::Kind::Amount;
    in.documentDiscount.amount = Money::fromRial(12345);
    auto t = computeTotals(in);
    REQUIRE(t);
    qint64 shares = 0;
    qint64 total = 0;
    for (const auto& l : t->lines) {
        shares += l.documentDiscount.rial();
        total += l.total.rial();
        CHECK(l.net.rial() == l.gross.rial() - l.lineDiscount.rial() - l.documentDiscount.rial());
        CHECK(l.total.rial() == l.net.rial() + l.vat.rial() + l.duty.rial());
    }
    CHECK(shares == 12345);
    CHECK(total == t->total.rial());
    CHECK(t->lines.at(2).vat.isZero()); // i = 3 is exempt
}

TEST_CASE("Tax rounding is a setting", "[sales]")
{
    DocumentInput in;
    in.rates = { BasisPoints { 700 }, BasisPoints { 300 } };
    in.lines << LineInput { Money::fromRial(99999), Quantity { 1000 }, {}, true };
    CHECK(computeTotals(in)->vat.rial() == 6999); // 6,999.93 truncated
    in.taxRounding = Rounding::HalfUp;
    CHECK(computeTotals(in)->vat.rial() == 7000);
}

TEST_CASE("Bad document input names the field", "[sales]")
{
    const auto field = [](const DocumentInput& in) {
        auto t = computeTotals(in);
        REQUIRE_FALSE(t);
        return t.error().field;
    };
    DocumentInput in;
    in.lines << LineInput { Money::fromRial(1000), Quantity { 1000 }, {}, true };

    DocumentInput big = in;
    big.lines[0].discount = { Discount::Kind::Amount, {}, Money::fromRial(1001) };
    CHECK(field(big) == QStringLiteral("lines[0].discount"));

    DocumentInput percent = in;
    percent.lines[0].discount = { Discount::Kind::Percent, BasisPoints { 10001 }, {} };
    CHECK(field(percent) == QStringLiteral("lines[0].discount"));

    DocumentInput negative = in;
    negative.lines[0].quantity.milli = -1;
    CHECK(field(negative) == QStringLiteral("lines[0].quantity"));

    DocumentInput doc = in;
    doc.documentDiscount = { Discount::Kind::Amount, {}, Money::fromRial(2000) };
    CHECK(field(doc) == QStringLiteral("document_discount"));

    DocumentInput empty;
    empty.documentDiscount = { Discount::Kind::Amount, {}, Money::fromRial(1) };
    CHECK(field(empty) == QStringLiteral("document_discount"));
}

TEST_CASE("Amounts beyond int64 are an error, never a wrap", "[sales]")
{
    DocumentInput in;
    in.lines << LineInput { Money::fromRial(std::numeric_limits<qint64>::max() / 2), Quantity { 3000 }, {}, true };
    auto t = computeTotals(in);
    REQUIRE_FALSE(t);
    CHECK(t.error().code == ErrorCode::Overflow);

    DocumentInput sum;
    sum.lines << LineInput { Money::fromRial(std::numeric_limits<qint64>::max() - 10), Quantity { 1000 }, {}, false }
              << LineInput { Money::fromRial(100), Quantity { 1000 }, {}, false };
    auto s = computeTotals(sum);
    REQUIRE_FALSE(s);
    CHECK(s.error().code == ErrorCode::Overflow);
}
