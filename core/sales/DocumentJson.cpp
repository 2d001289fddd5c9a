// documentToJson (declared in QuoteJson.h): the output side of the CLI shape.
#include "QuoteJson.h"

#include "storage/SqlHelpers.h"
#include "text/AmountInWords.h"
#include "text/Jalali.h"

#include <QJsonArray>

namespace peyvand::sales {

namespace {

void putDate(QJsonObject& o, const QString& name, QDate date)
{
    if (!date.isValid()) {
        o.insert(name, QJsonValue::Null);
        o.insert(name + QStringLiteral("_jalali"), QJsonValue::Null);
        return;
    }
    o.insert(name, date.toString(Qt::ISODate));
    o.insert(name + QStringLiteral("_jalali"), text::jalali::formatNumeric(date, text::DigitScript::Latin));
}

void putDiscount(QJsonObject& o, const Discount& discount)
{
    switch (discount.kind) {
    case Discount::Kind::None:
        break;
    case Discount::Kind::Percent:
        o.insert(QStringLiteral("discount_percent"), discount.percent.toPercentText());
        break;
    case Discount::Kind::Amount:
        o.insert(QStringLiteral("discount_amount"), discount.amount.rial());
        break;
    }
}

void putComputed(QJsonObject& o, const LineTotals& t)
{
    o.insert(QStringLiteral("gross"), t.gross.rial());
    o.insert(QStringLiteral("line_discount"), t.lineDiscount.rial());
    o.insert(QStringLiteral("document_discount"), t.documentDiscount.rial());
    o.insert(QStringLiteral("discount"), t.lineDiscount.rial() + t.documentDiscount.rial());
    o.insert(QStringLiteral("net"), t.net.rial());
    o.insert(QStringLiteral("vat"), t.vat.rial());
    o.insert(QStringLiteral("duty"), t.duty.rial());
    o.insert(QStringLiteral("total"), t.total.rial());
}

QJsonObject lineJson(const DocumentLine& line, int position)
{
    QJsonObject o {
        { QStringLiteral("row"), position },
        { QStringLiteral("code"), line.code },
        { QStringLiteral("description"), line.description },
        { QStringLiteral("quantity"), line.quantity.toText() },
        { QStringLiteral("unit"), line.unit },
        { QStringLiteral("unit_price"), line.unitPrice.rial() },
        { QStringLiteral("serial"), line.serial },
        { QStringLiteral("taxable"), line.taxable },
        { QStringLiteral("product_id"), line.productId ? QJsonValue(*line.productId) : QJsonValue() },
    };
    putDiscount(o, line.discount);
    putComputed(o, line.computed);
    return o;
}

QJsonObject additionJson(const DocumentAddition& addition)
{
    QJsonObject o {
        { QStringLiteral("description"), addition.description },
        { QStringLiteral("amount"), addition.amount.rial() },
        { QStringLiteral("taxable"), addition.taxable },
    };
    putComputed(o, addition.computed);
    return o;
}

} // namespace

QJsonObject documentToJson(const Document& d, const QString& wordsLanguage)
{
    QJsonObject o {
        { QStringLiteral("id"), d.id },
        { QStringLiteral("type"), toKey(d.type) },
        { QStringLiteral("state"), toKey(d.state) },
        { QStringLiteral("number"), d.number },
        { QStringLiteral("customer_id"), d.customerId },
        { QStringLiteral("source_id"), d.sourceId ? QJsonValue(*d.sourceId) : QJsonValue() },
        { QStringLiteral("marketer"), d.marketer },
        { QStringLiteral("outgoing_number"), d.outgoingNumber },
        { QStringLiteral("remittance_number"), d.remittanceNumber },
        { QStringLiteral("title"), d.title.isEmpty() ? defaultTitle(d.type) : d.title },
        { QStringLiteral("description"), d.description },
        { QStringLiteral("payment_terms"), toKey(d.paymentTerms) },
        { QStringLiteral("payment_note"), d.paymentNote },
        { QStringLiteral("vat_bp"), d.rates.vat.value },
        { QStringLiteral("duty_bp"), d.rates.duty.value },
        { QStringLiteral("rates_overridden"), d.ratesOverridden },
        { QStringLiteral("tax_rounding"), toKey(d.taxRounding) },
        { QStringLiteral("seller"), toJson(d.seller) },
        { QStringLiteral("buyer"), toJson(d.buyer) },
    };
    putDate(o, QStringLiteral("issue_date"), d.issueDate);
    putDate(o, QStringLiteral("valid_until"), d.validUntil);
    QJsonObject documentDiscount;
    putDiscount(documentDiscount, d.documentDiscount);
    o.insert(QStringLiteral("document_discount"), documentDiscount);

    QJsonArray lines;
    for (int i = 0; i < d.lines.size(); ++i)
        lines << lineJson(d.lines.at(i), i + 1);
    o.insert(QStringLiteral("lines"), lines);
    QJsonArray additions;
    for (const DocumentAddition& a : d.additions)
        additions << additionJson(a);
    o.insert(QStringLiteral("additions"), additions);

    o.insert(QStringLiteral("gross_total"), d.grossTotal.rial());
    o.insert(QStringLiteral("discount_total"), d.discountTotal.rial());
    o.insert(QStringLiteral("shipping"), d.additionsTotal.rial());
    o.insert(QStringLiteral("vat_total"), d.vatTotal.rial());
    o.insert(QStringLiteral("duty_total"), d.dutyTotal.rial());
    o.insert(QStringLiteral("grand_total"), d.grandTotal.rial());
    o.insert(QStringLiteral("amount_in_words"),
             wordsLanguage == QLatin1String("en")
                 ? text::amountInWordsEnglish(d.grandTotal.rial(), QStringLiteral("Rial"))
                 : text::amountInWords(d.grandTotal.rial(), text::AmountWordsStyle { false, false, false, QStringLiteral("ریال") }));
    auto stamp = [](const QDateTime& at) { return at.isValid() ? QJsonValue(storage::isoTimestamp(at)) : QJsonValue(); };
    o.insert(QStringLiteral("created_at"), stamp(d.createdAt));
    o.insert(QStringLiteral("issued_at"), stamp(d.issuedAt));
    return o;
}

} // namespace peyvand::sales
