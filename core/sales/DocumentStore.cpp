#include "DocumentStore.h"

#include "common/EnumKeys.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"
#include "text/PersianText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace peyvand::sales {

using storage::isoDate;
using storage::isoTimestamp;

namespace {

struct StoreText {
    Q_DECLARE_TR_FUNCTIONS(Sales)
};

const QString kColumns = QStringLiteral(
    "type, state, number, customer_id, source_id, issue_date, valid_until, marketer, marketer_key, outgoing_number, "
    "remittance_number, title, description, payment_terms, payment_note, discount_kind, discount_value, vat_bp, duty_bp, "
    "rates_overridden, tax_rounding, gross_total, discount_total, additions_total, vat_total, duty_total, grand_total, "
    "seller_snapshot, buyer_snapshot, created_at, updated_at, issued_at, state_changed_at, search_text");

const QString kLineColumns = QStringLiteral(
    "id, kind, product_id, code, description, quantity_milli, unit, unit_price, serial, discount_kind, discount_value, "
    "taxable, gross, line_discount, document_discount, net, vat, duty, total");

const std::pair<Discount::Kind, const char*> kDiscountKinds[] = {
    { Discount::Kind::None, "none" },
    { Discount::Kind::Percent, "percent" },
    { Discount::Kind::Amount, "amount" },
};

QString discountKey(const Discount& d) { return keyOf(d.kind, kDiscountKinds); }

qint64 discountValue(const Discount& d)
{
    switch (d.kind) {
    case Discount::Kind::Percent:
        return d.percent.value;
    case Discount::Kind::Amount:
        return d.amount.rial();
    case Discount::Kind::None:
        break;
    }
    return 0;
}

Discount discountFrom(const QString& key, qint64 value)
{
    Discount d;
    d.kind = enumFromKey(key, kDiscountKinds).value_or(Discount::Kind::None);
    if (d.kind == Discount::Kind::Percent)
        d.percent = BasisPoints { qint32(value) };
    else if (d.kind == Discount::Kind::Amount)
        d.amount = Money::fromRial(value);
    return d;
}

QVariant nullableId(const std::optional<qint64>& id)
{
    return id ? QVariant(*id) : QVariant(QMetaType::fromType<qint64>());
}

QVariant nullableTimestamp(const QDateTime& at)
{
    return at.isValid() ? QVariant(isoTimestamp(at)) : QVariant(QMetaType::fromType<QString>());
}

QString snapshot(const Party& party, bool frozen)
{
    if (!frozen)
        return {};
    return QString::fromUtf8(QJsonDocument(toJson(party)).toJson(QJsonDocument::Compact));
}

Party partyFromSnapshot(const QString& json)
{
    return partyFromJson(QJsonDocument::fromJson(json.toUtf8()).object());
}

// The search key of what the list's text filter matches besides the
// customer's name; U+001F keeps a match from spanning both fields.
QString searchText(const Document& d)
{
    return text::searchKey(d.number) + QChar(0x1f) + text::searchKey(d.title);
}

QVariantList columnValues(const Document& d)
{
    const bool frozen = d.isLocked();
    return {
        toKey(d.type), toKey(d.state), d.number, d.customerId, nullableId(d.sourceId), isoDate(d.issueDate),
        storage::nullableDate(d.validUntil), d.marketer, text::searchKey(d.marketer), d.outgoingNumber,
        d.remittanceNumber, d.title, d.description, toKey(d.paymentTerms), d.paymentNote, discountKey(d.documentDiscount),
        discountValue(d.documentDiscount), d.rates.vat.value, d.rates.duty.value, d.ratesOverridden ? 1 : 0,
        toKey(d.taxRounding), d.grossTotal.rial(), d.discountTotal.rial(), d.additionsTotal.rial(), d.vatTotal.rial(),
        d.dutyTotal.rial(), d.grandTotal.rial(), snapshot(d.seller, frozen), snapshot(d.buyer, frozen),
        isoTimestamp(d.createdAt), isoTimestamp(d.updatedAt), nullableTimestamp(d.issuedAt),
        isoTimestamp(d.stateChangedAt), searchText(d),
    };
}

Error notFound(qint64 id)
{
    return Error::make(ErrorCode::NotFound, StoreText::tr("There is no pre-invoice or invoice with number %1.").arg(id));
}

QVariantList computedValues(const LineTotals& t)
{
    return { t.gross.rial(), t.lineDiscount.rial(), t.documentDiscount.rial(), t.net.rial(), t.vat.rial(), t.duty.rial(), t.total.rial() };
}

LineTotals computedFrom(const QSqlQuery& q, int first)
{
    LineTotals t;
    Money* values[] = { &t.gross, &t.lineDiscount, &t.documentDiscount, &t.net, &t.vat, &t.duty, &t.total };
    for (Money* m : values)
        *m = Money::fromRial(q.value(first++).toLongLong());
    return t;
}

} // namespace

Result<Document> DocumentStore::load(qint64 id)
{
    auto q = storage::run(m_db.connection(), QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM documents WHERE id = ?"), { id });
    if (!q)
        return q.error();
    if (!q->next())
        return notFound(id);
    Document d;
    d.id = id;
    int i = 0;
    d.type = documentTypeFromKey(q->value(i++).toString()).value_or(DocumentType::Quote);
    d.state = documentStateFromKey(q->value(i++).toString()).value_or(DocumentState::Draft);
    d.number = q->value(i++).toString();
    d.customerId = q->value(i++).toLongLong();
    if (const QVariant source = q->value(i++); !source.isNull())
        d.sourceId = source.toLongLong();
    d.issueDate = storage::dateFromIso(q->value(i++));
    d.validUntil = storage::dateFromIso(q->value(i++));
    d.marketer = q->value(i++).toString();
    ++i; // marketer_key
    for (QString* t : { &d.outgoingNumber, &d.remittanceNumber, &d.title, &d.description })
        *t = q->value(i++).toString();
    d.paymentTerms = paymentTermsFromKey(q->value(i++).toString()).value_or(PaymentTerms::Cash);
    d.paymentNote = q->value(i++).toString();
    const QString discountKind = q->value(i++).toString();
    d.documentDiscount = discountFrom(discountKind, q->value(i++).toLongLong());
    d.rates.vat = BasisPoints { q->value(i++).toInt() };
    d.rates.duty = BasisPoints { q->value(i++).toInt() };
    d.ratesOverridden = q->value(i++).toInt() != 0;
    d.taxRounding = roundingFromKey(q->value(i++).toString()).value_or(Rounding::TowardZero);
    for (Money* m : { &d.grossTotal, &d.discountTotal, &d.additionsTotal, &d.vatTotal, &d.dutyTotal, &d.grandTotal })
        *m = Money::fromRial(q->value(i++).toLongLong());
    const QString seller = q->value(i++).toString();
    const QString buyer = q->value(i++).toString();
    if (!seller.isEmpty())
        d.seller = partyFromSnapshot(seller);
    if (!buyer.isEmpty())
        d.buyer = partyFromSnapshot(buyer);
    d.createdAt = storage::timestampFromIso(q->value(i++));
    d.updatedAt = storage::timestampFromIso(q->value(i++));
    d.issuedAt = storage::timestampFromIso(q->value(i++));
    d.stateChangedAt = storage::timestampFromIso(q->value(i++));
    if (auto s = readLines(d); !s)
        return s.error();
    return d;
}

Status DocumentStore::readLines(Document& d)
{
    auto q = storage::run(m_db.connection(),
                          QStringLiteral("SELECT ") + kLineColumns + QStringLiteral(" FROM document_lines WHERE document_id = ? ORDER BY position"),
                          { d.id });
    if (!q)
        return q.error();
    while (q->next()) {
        if (q->value(1).toString() == QLatin1String("addition")) {
            DocumentAddition a;
            a.id = q->value(0).toLongLong();
            a.description = q->value(4).toString();
            a.amount = Money::fromRial(q->value(7).toLongLong());
            a.taxable = q->value(11).toInt() != 0;
            a.computed = computedFrom(*q, 12);
            d.additions << a;
            continue;
        }
        DocumentLine l;
        l.id = q->value(0).toLongLong();
        if (const QVariant product = q->value(2); !product.isNull())
            l.productId = product.toLongLong();
        l.code = q->value(3).toString();
        l.description = q->value(4).toString();
        l.quantity = Quantity { q->value(5).toLongLong() };
        l.unit = q->value(6).toString();
        l.unitPrice = Money::fromRial(q->value(7).toLongLong());
        l.serial = q->value(8).toString();
        l.discount = discountFrom(q->value(9).toString(), q->value(10).toLongLong());
        l.taxable = q->value(11).toInt() != 0;
        l.computed = computedFrom(*q, 12);
        d.lines << l;
    }
    return {};
}

Status DocumentStore::writeLines(const Document& d)
{
    auto del = storage::run(m_db.connection(), QStringLiteral("DELETE FROM document_lines WHERE document_id = ?"), { d.id });
    if (!del)
        return del.error();
    const QString sql = QStringLiteral(
        "INSERT INTO document_lines (document_id, position, kind, product_id, code, description, quantity_milli, unit, "
        "unit_price, serial, discount_kind, discount_value, taxable, gross, line_discount, document_discount, net, vat, "
        "duty, total) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    auto q = storage::prepare(m_db.connection(), sql);
    if (!q)
        return q.error();
    int position = 0;
    for (const DocumentLine& l : d.lines) {
        storage::bindAll(*q, QVariantList { d.id, position++, QStringLiteral("item"), nullableId(l.productId), l.code,
                                            l.description, l.quantity.milli, l.unit, l.unitPrice.rial(), l.serial,
                                            discountKey(l.discount), discountValue(l.discount), l.taxable ? 1 : 0 }
                                 + computedValues(l.computed));
        if (auto s = storage::exec(*q); !s)
            return s;
    }
    for (const DocumentAddition& a : d.additions) {
        storage::bindAll(*q, QVariantList { d.id, position++, QStringLiteral("addition"), QVariant(QMetaType::fromType<qint64>()),
                                            QString(), a.description, qint64(1000), QString(), a.amount.rial(), QString(),
                                            QStringLiteral("none"), 0, a.taxable ? 1 : 0 }
                                 + computedValues(a.computed));
        if (auto s = storage::exec(*q); !s)
            return s;
    }
    return {};
}

Result<qint64> DocumentStore::insert(const Document& document)
{
    const QString sql = QStringLiteral("INSERT INTO documents (") + kColumns + QStringLiteral(") VALUES (")
        + QStringLiteral("?, ").repeated(kColumns.count(u',')) + QStringLiteral("?)");
    auto q = storage::prepare(m_db.connection(), sql);
    if (!q)
        return q.error();
    storage::bindAll(*q, columnValues(document));
    if (auto s = storage::exec(*q); !s)
        return s.error();
    Document stored = document;
    stored.id = q->lastInsertId().toLongLong();
    if (auto s = writeLines(stored); !s)
        return s.error();
    return stored.id;
}

Status DocumentStore::update(const Document& document)
{
    if (auto s = writeLines(document); !s)
        return s;
    QString sql = QStringLiteral("UPDATE documents SET ");
    const QStringList columns = kColumns.split(QStringLiteral(", "));
    for (int i = 0; i < columns.size(); ++i)
        sql += (i ? QStringLiteral(", ") : QString()) + columns.at(i) + QStringLiteral(" = ?");
    sql += QStringLiteral(" WHERE id = ?");
    auto q = storage::prepare(m_db.connection(), sql);
    if (!q)
        return q.error();
    storage::bindAll(*q, columnValues(document) << document.id);
    if (auto s = storage::exec(*q); !s)
        return s;
    if (q->numRowsAffected() == 0)
        return notFound(document.id);
    return {};
}

Status DocumentStore::setState(qint64 id, DocumentState state, const QDateTime& at)
{
    return storage::changeOne(m_db.connection(), QStringLiteral("UPDATE documents SET state = ?, state_changed_at = ?, updated_at = ? WHERE id = ?"),
                              { toKey(state), isoTimestamp(at), isoTimestamp(at), id }, notFound(id));
}

Status DocumentStore::remove(qint64 id)
{
    return storage::changeOne(m_db.connection(), QStringLiteral("DELETE FROM documents WHERE id = ?"),
                              { id }, notFound(id));
}

Result<qint64> DocumentStore::nextSequence(DocumentType type, int jalaliYear)
{
    auto bump = storage::run(m_db.connection(),
                             QStringLiteral("INSERT INTO number_sequences (doc_type, jalali_year, last_value) VALUES (?, ?, 1) "
                                            "ON CONFLICT (doc_type, jalali_year) DO UPDATE SET last_value = last_value + 1"),
                             { toKey(type), jalaliYear });
    if (!bump)
        return bump.error();
    auto value = storage::scalar(m_db.connection(),
                                 QStringLiteral("SELECT last_value FROM number_sequences WHERE doc_type = ? AND jalali_year = ?"),
                                 { toKey(type), jalaliYear });
    if (!value)
        return value.error();
    return value->toLongLong();
}

Result<bool> DocumentStore::numberTaken(DocumentType type, const QString& number)
{
    auto found = storage::scalar(m_db.connection(), QStringLiteral("SELECT 1 FROM documents WHERE type = ? AND number = ?"),
                                 { toKey(type), number });
    if (!found)
        return found.error();
    return found->isValid();
}

namespace {

QJsonObject discountJson(const Discount& d)
{
    return { { QStringLiteral("kind"), discountKey(d) }, { QStringLiteral("value"), discountValue(d) } };
}

} // namespace

QJsonObject toAuditJson(const Document& d)
{
    QJsonArray lines;
    for (const DocumentLine& l : d.lines) {
        lines.append(QJsonObject {
            { QStringLiteral("product_id"), l.productId ? QJsonValue(*l.productId) : QJsonValue() },
            { QStringLiteral("code"), l.code },
            { QStringLiteral("description"), l.description },
            { QStringLiteral("quantity"), l.quantity.toText() },
            { QStringLiteral("unit"), l.unit },
            { QStringLiteral("unit_price"), l.unitPrice.rial() },
            { QStringLiteral("serial"), l.serial },
            { QStringLiteral("discount"), discountJson(l.discount) },
            { QStringLiteral("taxable"), l.taxable },
            { QStringLiteral("total"), l.computed.total.rial() },
        });
    }
    QJsonArray additions;
    for (const DocumentAddition& a : d.additions) {
        additions.append(QJsonObject { { QStringLiteral("description"), a.description },
                                       { QStringLiteral("amount"), a.amount.rial() },
                                       { QStringLiteral("taxable"), a.taxable } });
    }
    return QJsonObject {
        { QStringLiteral("type"), toKey(d.type) },
        { QStringLiteral("state"), toKey(d.state) },
        { QStringLiteral("number"), d.number },
        { QStringLiteral("customer_id"), d.customerId },
        { QStringLiteral("source_id"), d.sourceId ? QJsonValue(*d.sourceId) : QJsonValue() },
        { QStringLiteral("issue_date"), isoDate(d.issueDate) },
        { QStringLiteral("valid_until"), d.validUntil.isValid() ? QJsonValue(isoDate(d.validUntil)) : QJsonValue() },
        { QStringLiteral("marketer"), d.marketer },
        { QStringLiteral("outgoing_number"), d.outgoingNumber },
        { QStringLiteral("remittance_number"), d.remittanceNumber },
        { QStringLiteral("title"), d.title },
        { QStringLiteral("description"), d.description },
        { QStringLiteral("payment_terms"), toKey(d.paymentTerms) },
        { QStringLiteral("payment_note"), d.paymentNote },
        { QStringLiteral("document_discount"), discountJson(d.documentDiscount) },
        { QStringLiteral("vat_bp"), d.rates.vat.value },
        { QStringLiteral("duty_bp"), d.rates.duty.value },
        { QStringLiteral("rates_overridden"), d.ratesOverridden },
        { QStringLiteral("tax_rounding"), toKey(d.taxRounding) },
        { QStringLiteral("grand_total"), d.grandTotal.rial() },
        { QStringLiteral("lines"), lines },
        { QStringLiteral("additions"), additions },
    };
}

} // namespace peyvand::sales
