#include "QuoteJson.h"

#include "text/AmountInWords.h"
#include "text/Jalali.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>

#include <cmath>

namespace peyvand::sales {

namespace {

struct QuoteJsonText {
    Q_DECLARE_TR_FUNCTIONS(QuoteJson)
};

QString key(const char* name) { return QString::fromLatin1(name); }

Status checkKeys(const QJsonObject& object, const QString& path, std::initializer_list<const char*> allowed)
{
    QSet<QString> known;
    for (const char* name : allowed)
        known.insert(key(name));
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key().isEmpty()) {
            const QString field = path.isEmpty() ? QStringLiteral("json") : path;
            return Error::invalid(field, QuoteJsonText::tr("%1 has a field without a name.").arg(field));
        }
        if (!known.contains(it.key())) {
            const QString field = path.isEmpty() ? it.key() : path + u'.' + it.key();
            return Error::invalid(field, QuoteJsonText::tr("Unknown field “%1”.").arg(field));
        }
    }
    return {};
}

Result<QString> textAt(const QJsonObject& object, const char* name, const QString& field)
{
    const QJsonValue value = object.value(key(name));
    if (value.isUndefined() || value.isNull())
        return QString();
    if (!value.isString())
        return Error::invalid(field, QuoteJsonText::tr("%1 must be text.").arg(field));
    return value.toString();
}

// An integer amount of Rial: a JSON integer or a string of digits.
Result<Money> amountAt(const QJsonValue& value, const QString& field)
{
    if (value.isString()) {
        const Result<Money> parsed = Money::parse(value.toString());
        if (!parsed) {
            Error error = parsed.error();
            error.field = field;
            return error;
        }
        return *parsed;
    }
    if (!value.isDouble())
        return Error::invalid(field, QuoteJsonText::tr("%1 must be a whole number of Rial.").arg(field));
    // Qt's parser keeps integers that fit in int64 exactly, and toInteger()
    // refuses fractions and anything beyond int64. Only what it refuses is
    // looked at as a double, to tell "too large" from "not whole".
    constexpr qint64 kRefused = std::numeric_limits<qint64>::min();
    const qint64 integer = value.toInteger(kRefused);
    if (integer == kRefused) {
        if (std::fabs(value.toDouble()) >= 9.2e18)
            return Error { ErrorCode::Overflow, QuoteJsonText::tr("%1 is too large.").arg(field), field, {} };
        return Error::invalid(field, QuoteJsonText::tr("%1 must be a whole number of Rial.").arg(field));
    }
    return Money::fromRial(integer);
}

// Decimal text for quantities and percents: strings, or JSON numbers as written.
Result<QString> decimalText(const QJsonValue& value, const QString& field)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble()) {
        const qint64 integer = value.toInteger(std::numeric_limits<qint64>::min());
        if (integer != std::numeric_limits<qint64>::min())
            return QString::number(integer);
        return QString::number(value.toDouble(), 'g', 17);
    }
    return Error::invalid(field, QuoteJsonText::tr("%1 must be a decimal number written as text, e.g. \"2.5\".").arg(field));
}

template <typename T>
Result<T> withField(Result<T> result, const QString& field)
{
    if (!result) {
        Error error = result.error();
        error.field = field;
        return error;
    }
    return result;
}

Result<BasisPoints> percentAt(const QJsonValue& value, const QString& field)
{
    const Result<QString> text = decimalText(value, field);
    if (!text)
        return text.error();
    return withField(BasisPoints::parsePercent(*text), field);
}

Result<BasisPoints> rateAt(const QJsonValue& value, const QString& field)
{
    const qint64 bp = value.toInteger(-1); // -1 for text, fractions and out-of-range numbers
    if (bp < 0 || bp > 10000)
        return Error::invalid(field, QuoteJsonText::tr("%1 must be whole basis points from 0 to 10000 (900 = 9%).").arg(field));
    return BasisPoints { static_cast<qint32>(bp) };
}

Result<QDate> dateAt(const QJsonObject& object, const char* name)
{
    const QString field = key(name);
    const QJsonValue value = object.value(field);
    if (value.isUndefined() || value.isNull())
        return QDate();
    if (!value.isString())
        return Error::invalid(field, QuoteJsonText::tr("%1 must be a date as text.").arg(field));
    return text::parseAnyDate(value.toString(), field);
}

Result<bool> boolAt(const QJsonObject& object, const char* name, bool fallback, const QString& field)
{
    const QJsonValue value = object.value(key(name));
    if (value.isUndefined() || value.isNull())
        return fallback;
    if (!value.isBool())
        return Error::invalid(field, QuoteJsonText::tr("%1 must be true or false.").arg(field));
    return value.toBool();
}

Result<Discount> documentDiscountAt(const QJsonValue& value)
{
    const QString field = QStringLiteral("document_discount");
    Discount discount;
    if (value.isUndefined() || value.isNull())
        return discount;
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        if (Status s = checkKeys(o, field, { "amount", "percent" }); !s)
            return s.error();
        if (o.contains(key("amount")) == o.contains(key("percent")))
            return Error::invalid(field, QuoteJsonText::tr("document_discount needs either “amount” or “percent”."));
        if (o.contains(key("percent"))) {
            const Result<BasisPoints> bp = percentAt(o.value(key("percent")), field);
            if (!bp)
                return bp.error();
            return Discount { Discount::Kind::Percent, *bp, {} };
        }
        const Result<Money> amount = amountAt(o.value(key("amount")), field);
        if (!amount)
            return amount.error();
        return Discount { Discount::Kind::Amount, {}, *amount };
    }
    const Result<Money> amount = amountAt(value, field);
    if (!amount)
        return amount.error();
    if (!amount->isZero())
        discount = Discount { Discount::Kind::Amount, {}, *amount };
    return discount;
}

Result<DocumentLine> lineAt(const QJsonValue& value, int index)
{
    const QString path = QStringLiteral("lines[%1]").arg(index);
    if (!value.isObject())
        return Error::invalid(path, QuoteJsonText::tr("%1 must be an object.").arg(path));
    const QJsonObject o = value.toObject();
    if (Status s = checkKeys(o, path, { "code", "description", "quantity", "unit", "unit_price", "discount_percent",
                                        "discount_amount", "taxable", "serial", "product_id" });
        !s)
        return s.error();
    DocumentLine line;
    auto text = [&](const char* name, QString& target) -> Status {
        const Result<QString> t = textAt(o, name, path + u'.' + key(name));
        if (!t)
            return t.error();
        target = *t;
        return {};
    };
    for (const auto& [name, target] : { std::pair { "code", &line.code }, std::pair { "description", &line.description },
                                        std::pair { "unit", &line.unit }, std::pair { "serial", &line.serial } }) {
        if (Status s = text(name, *target); !s)
            return s.error();
    }
    if (o.contains(key("quantity"))) {
        const QString field = path + QStringLiteral(".quantity");
        const Result<QString> q = decimalText(o.value(key("quantity")), field);
        if (!q)
            return q.error();
        const Result<Quantity> quantity = withField(Quantity::parse(*q), field);
        if (!quantity)
            return quantity.error();
        line.quantity = *quantity;
    }
    const QString priceField = path + QStringLiteral(".unit_price");
    if (!o.contains(key("unit_price")))
        return Error::invalid(priceField, QuoteJsonText::tr("%1 is required.").arg(priceField));
    const Result<Money> price = amountAt(o.value(key("unit_price")), priceField);
    if (!price)
        return price.error();
    line.unitPrice = *price;
    const bool hasPercent = o.contains(key("discount_percent"));
    const bool hasAmount = o.contains(key("discount_amount"));
    const QString discountField = path + QStringLiteral(".discount");
    if (hasPercent && hasAmount)
        return Error::invalid(discountField, QuoteJsonText::tr("%1: give discount_percent or discount_amount, not both.").arg(path));
    if (hasPercent) {
        const Result<BasisPoints> bp = percentAt(o.value(key("discount_percent")), discountField);
        if (!bp)
            return bp.error();
        line.discount = Discount { Discount::Kind::Percent, *bp, {} };
    } else if (hasAmount) {
        const Result<Money> amount = amountAt(o.value(key("discount_amount")), discountField);
        if (!amount)
            return amount.error();
        line.discount = Discount { Discount::Kind::Amount, {}, *amount };
    }
    const Result<bool> taxable = boolAt(o, "taxable", true, path + QStringLiteral(".taxable"));
    if (!taxable)
        return taxable.error();
    line.taxable = *taxable;
    if (o.contains(key("product_id"))) {
        const qint64 id = o.value(key("product_id")).toInteger(0);
        if (id <= 0)
            return Error::invalid(path + QStringLiteral(".product_id"), QuoteJsonText::tr("%1.product_id must be a positive integer.").arg(path));
        line.productId = id;
    }
    return line;
}

Result<DocumentAddition> additionAt(const QJsonValue& value, int index)
{
    const QString path = QStringLiteral("additions[%1]").arg(index);
    if (!value.isObject())
        return Error::invalid(path, QuoteJsonText::tr("%1 must be an object.").arg(path));
    const QJsonObject o = value.toObject();
    if (Status s = checkKeys(o, path, { "description", "amount", "taxable" }); !s)
        return s.error();
    DocumentAddition addition;
    const Result<QString> description = textAt(o, "description", path + QStringLiteral(".description"));
    if (!description)
        return description.error();
    addition.description = *description;
    const Result<Money> amount = amountAt(o.value(key("amount")), path + QStringLiteral(".amount"));
    if (!amount)
        return amount.error();
    addition.amount = *amount;
    const Result<bool> taxable = boolAt(o, "taxable", false, path + QStringLiteral(".taxable"));
    if (!taxable)
        return taxable.error();
    addition.taxable = *taxable;
    return addition;
}

Status readHeader(const QJsonObject& json, Document& d)
{
    if (json.contains(key("type"))) {
        const auto type = documentTypeFromKey(json.value(key("type")).toString());
        if (!type)
            return Error::invalid(key("type"), QuoteJsonText::tr("type must be “quote” or “invoice”."));
        d.type = *type;
    }
    const std::pair<const char*, QString*> texts[] = {
        { "marketer", &d.marketer }, { "title", &d.title }, { "description", &d.description },
        { "outgoing_number", &d.outgoingNumber }, { "remittance_number", &d.remittanceNumber },
        { "payment_note", &d.paymentNote },
    };
    for (const auto& [name, target] : texts) {
        const Result<QString> t = textAt(json, name, key(name));
        if (!t)
            return t.error();
        *target = *t;
    }
    if (json.contains(key("payment_terms"))) {
        const auto terms = paymentTermsFromKey(json.value(key("payment_terms")).toString());
        if (!terms)
            return Error::invalid(key("payment_terms"), QuoteJsonText::tr("payment_terms must be “cash” or “credit”."));
        d.paymentTerms = *terms;
    }
    const Result<QDate> issue = dateAt(json, "issue_date");
    if (!issue)
        return issue.error();
    d.issueDate = *issue;
    const Result<QDate> valid = dateAt(json, "valid_until");
    if (!valid)
        return valid.error();
    d.validUntil = *valid;
    return {};
}

Status readRates(const QJsonObject& json, Document& d)
{
    const bool hasVat = json.contains(key("vat_bp"));
    const bool hasDuty = json.contains(key("duty_bp"));
    if (!hasVat && !hasDuty)
        return {};
    if (hasVat != hasDuty)
        return Error::invalid(hasVat ? key("duty_bp") : key("vat_bp"),
                              QuoteJsonText::tr("Give both vat_bp and duty_bp to override the tax rates."));
    const Result<BasisPoints> vat = rateAt(json.value(key("vat_bp")), key("vat_bp"));
    if (!vat)
        return vat.error();
    const Result<BasisPoints> duty = rateAt(json.value(key("duty_bp")), key("duty_bp"));
    if (!duty)
        return duty.error();
    d.rates = TaxRates { *vat, *duty };
    d.ratesOverridden = true;
    return {};
}

Status readAdditions(const QJsonObject& json, Document& d)
{
    if (json.contains(key("shipping"))) {
        const Result<Money> shipping = amountAt(json.value(key("shipping")), key("shipping"));
        if (!shipping)
            return shipping.error();
        const Result<bool> taxable = boolAt(json, "shipping_taxable", false, key("shipping_taxable"));
        if (!taxable)
            return taxable.error();
        if (!shipping->isZero())
            d.additions << DocumentAddition { 0, QuoteJsonText::tr("Shipping"), *shipping, *taxable, {} };
    }
    const QJsonValue additions = json.value(key("additions"));
    if (!additions.isUndefined() && !additions.isArray())
        return Error::invalid(key("additions"), QuoteJsonText::tr("additions must be a list."));
    const QJsonArray list = additions.toArray();
    for (int i = 0; i < list.size(); ++i) {
        const Result<DocumentAddition> addition = additionAt(list.at(i), i);
        if (!addition)
            return addition.error();
        d.additions << *addition;
    }
    return {};
}

} // namespace

Result<QuoteRequest> parseQuoteRequest(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return Error::invalid(QStringLiteral("json"), QuoteJsonText::tr("The file is not valid JSON (at character %1: %2).")
                                                          .arg(error.offset)
                                                          .arg(error.errorString()));
    if (!document.isObject())
        return Error::invalid(QStringLiteral("json"), QuoteJsonText::tr("The JSON must be an object."));
    return parseQuoteRequest(document.object());
}

Result<QuoteRequest> parseQuoteRequest(const QJsonObject& json)
{
    if (Status s = checkKeys(json, {}, { "customer", "customer_id", "type", "issue_date", "valid_until", "marketer",
                                         "title", "description", "payment_terms", "payment_note", "outgoing_number",
                                         "remittance_number", "document_discount", "shipping", "shipping_taxable",
                                         "additions", "vat_bp", "duty_bp", "lines" });
        !s)
        return s.error();
    QuoteRequest request;
    Document& d = request.draft;
    const bool hasId = json.contains(key("customer_id"));
    const bool hasCustomer = json.contains(key("customer"));
    if (hasId == hasCustomer)
        return Error::invalid(key("customer"), QuoteJsonText::tr("Give either “customer_id” or a “customer” object."));
    if (hasId) {
        const qint64 id = json.value(key("customer_id")).toInteger(0);
        if (id <= 0)
            return Error::invalid(key("customer_id"), QuoteJsonText::tr("customer_id must be a positive integer."));
        d.customerId = id;
    } else {
        if (!json.value(key("customer")).isObject())
            return Error::invalid(key("customer"), QuoteJsonText::tr("customer must be an object with at least a name."));
        request.customer = json.value(key("customer")).toObject();
    }
    if (Status s = readHeader(json, d); !s)
        return s.error();
    if (Status s = readRates(json, d); !s)
        return s.error();
    const Result<Discount> discount = documentDiscountAt(json.value(key("document_discount")));
    if (!discount)
        return discount.error();
    d.documentDiscount = *discount;
    const QJsonValue lines = json.value(key("lines"));
    if (!lines.isArray() || lines.toArray().isEmpty())
        return Error::invalid(key("lines"), QuoteJsonText::tr("lines must be a list with at least one line."));
    const QJsonArray list = lines.toArray();
    for (int i = 0; i < list.size(); ++i) {
        const Result<DocumentLine> line = lineAt(list.at(i), i);
        if (!line)
            return line.error();
        d.lines << *line;
    }
    if (Status s = readAdditions(json, d); !s)
        return s.error();
    return request;
}

} // namespace peyvand::sales
