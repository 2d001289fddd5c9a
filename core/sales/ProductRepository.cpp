#include "ProductRepository.h"

#include "storage/Database.h"
#include "storage/SqlHelpers.h"
#include "text/PersianText.h"

#include <QCoreApplication>

namespace peyvand::sales {

using storage::isoTimestamp;

namespace {

const QString kColumns = QStringLiteral(
    "code, name, kind, unit, unit_price, tax_exempt, category, active, created_at, updated_at, "
    "name_sort, code_key, search_text");

QVariantList columnValues(const Product& p)
{
    return {
        p.code, p.name, toKey(p.kind), p.unit, p.unitPrice.rial(), p.taxExempt ? 1 : 0, p.category, p.active ? 1 : 0,
        isoTimestamp(p.createdAt), isoTimestamp(p.updatedAt), text::sortKey(p.name), ProductRepository::codeKey(p.code),
        ProductRepository::searchText(p),
    };
}

Product productFrom(const QSqlQuery& q)
{
    Product p;
    int i = 0;
    p.id = q.value(i++).toLongLong();
    p.code = q.value(i++).toString();
    p.name = q.value(i++).toString();
    p.kind = productKindFromKey(q.value(i++).toString()).value_or(ProductKind::Product);
    p.unit = q.value(i++).toString();
    p.unitPrice = Money::fromRial(q.value(i++).toLongLong());
    p.taxExempt = q.value(i++).toInt() != 0;
    p.category = q.value(i++).toString();
    p.active = q.value(i++).toInt() != 0;
    p.createdAt = storage::timestampFromIso(q.value(i++));
    p.updatedAt = storage::timestampFromIso(q.value(i++));
    return p;
}

Error notFound(qint64 id)
{
    return Error::make(ErrorCode::NotFound, QCoreApplication::translate("Catalog", "There is no product with number %1.").arg(id));
}

// " WHERE …" for a filter: every word of the query must appear in search_text.
QString whereClause(const ProductFilter& filter, QVariantList& values)
{
    QStringList conditions;
    if (!filter.includeInactive)
        conditions << QStringLiteral("active = 1");
    const QString category = text::normalizeForStorage(filter.category);
    if (!category.isEmpty()) {
        conditions << QStringLiteral("category = ?");
        values << category;
    }
    for (const QString& word : text::searchKey(filter.query).split(u' ', Qt::SkipEmptyParts)) {
        conditions << QStringLiteral("instr(search_text, ?) > 0");
        values << word;
    }
    if (conditions.isEmpty())
        return {};
    return QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

} // namespace

QString ProductRepository::codeKey(const QString& code)
{
    return text::searchKey(code);
}

QString ProductRepository::searchText(const Product& p)
{
    QStringList parts;
    const QString code = codeKey(p.code);
    for (const QString& key : { code, text::searchKey(p.name), text::searchKey(p.category) }) {
        if (!key.isEmpty())
            parts << key;
    }
    const QString digits = text::digitsOnly(code);
    if (!digits.isEmpty() && digits != code)
        parts << digits;
    return parts.join(u' ');
}

QJsonObject ProductRepository::auditValues(const Product& p)
{
    return {
        { QStringLiteral("code"), p.code },
        { QStringLiteral("name"), p.name },
        { QStringLiteral("kind"), toKey(p.kind) },
        { QStringLiteral("unit"), p.unit },
        { QStringLiteral("unit_price"), p.unitPrice.rial() },
        { QStringLiteral("tax_exempt"), p.taxExempt },
        { QStringLiteral("category"), p.category },
        { QStringLiteral("active"), p.active },
    };
}

Result<QSqlQuery*> ProductRepository::statement(const QString& sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        auto prepared = storage::prepare(m_db.connection(), sql);
        if (!prepared)
            return prepared.error();
        it = m_statements.emplace(sql, std::move(*prepared)).first;
    }
    return &it->second;
}

Result<qint64> ProductRepository::insert(const Product& p)
{
    auto q = statement(QStringLiteral("INSERT INTO products (") + kColumns
                       + QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!q)
        return q.error();
    storage::bindAll(**q, columnValues(p));
    if (auto s = storage::exec(**q); !s)
        return s.error();
    return (*q)->lastInsertId().toLongLong();
}

Status ProductRepository::update(const Product& p)
{
    QString sql = QStringLiteral("UPDATE products SET ");
    const QStringList columns = kColumns.split(QStringLiteral(", "));
    for (int i = 0; i < columns.size(); ++i)
        sql += (i ? QStringLiteral(", ") : QString()) + columns.at(i) + QStringLiteral(" = ?");
    sql += QStringLiteral(" WHERE id = ?");
    auto q = statement(sql);
    if (!q)
        return q.error();
    storage::bindAll(**q, columnValues(p) << p.id);
    if (auto s = storage::exec(**q); !s)
        return s;
    if ((*q)->numRowsAffected() == 0)
        return notFound(p.id);
    return {};
}

Result<Product> ProductRepository::find(qint64 id)
{
    auto q = statement(QStringLiteral("SELECT id, ") + kColumns + QStringLiteral(" FROM products WHERE id = ?"));
    if (!q)
        return q.error();
    storage::bindAll(**q, { id });
    if (auto s = storage::exec(**q); !s)
        return s.error();
    if (!(*q)->next())
        return notFound(id);
    Product p = productFrom(**q);
    (*q)->finish();
    return p;
}

Result<std::optional<Product>> ProductRepository::findByCodeKey(const QString& key)
{
    if (key.isEmpty())
        return std::optional<Product>();
    // The repeated condition lets SQLite use the partial index products_by_code.
    auto q = statement(QStringLiteral("SELECT id, ") + kColumns + QStringLiteral(" FROM products WHERE code_key = ? AND code_key <> ''"));
    if (!q)
        return q.error();
    storage::bindAll(**q, { key });
    if (auto s = storage::exec(**q); !s)
        return s.error();
    std::optional<Product> found;
    if ((*q)->next())
        found = productFrom(**q);
    (*q)->finish();
    return found;
}

Status ProductRepository::setActive(qint64 id, bool active, const QDateTime& at)
{
    return storage::changeOne(m_db.connection(), QStringLiteral("UPDATE products SET active = ?, updated_at = ? WHERE id = ?"),
                              { active ? 1 : 0, isoTimestamp(at), id }, notFound(id));
}

Status ProductRepository::remove(qint64 id)
{
    return storage::changeOne(m_db.connection(), QStringLiteral("DELETE FROM products WHERE id = ?"),
                              { id }, notFound(id));
}

Result<int> ProductRepository::documentLineCount(qint64 id)
{
    auto v = storage::scalar(m_db.connection(), QStringLiteral("SELECT count(*) FROM document_lines WHERE product_id = ?"), { id });
    if (!v)
        return v.error();
    return v->toInt();
}

Result<QList<Product>> ProductRepository::readAll(QSqlQuery& q)
{
    QList<Product> out;
    while (q.next())
        out << productFrom(q);
    return out;
}

Result<QList<Product>> ProductRepository::list(const ProductFilter& filter)
{
    QVariantList values;
    const QString sql = QStringLiteral("SELECT id, ") + kColumns + QStringLiteral(" FROM products") + whereClause(filter, values)
        + QStringLiteral(" ORDER BY name_sort, id LIMIT ? OFFSET ?");
    values << (filter.limit > 0 ? filter.limit : -1) << qMax(0, filter.offset);
    auto q = storage::prepare(m_db.connection(), sql);
    if (!q)
        return q.error();
    storage::bindAll(*q, values);
    if (auto s = storage::exec(*q); !s)
        return s.error();
    return readAll(*q);
}

Result<int> ProductRepository::count(const ProductFilter& filter)
{
    QVariantList values;
    auto q = storage::prepare(m_db.connection(), QStringLiteral("SELECT count(*) FROM products") + whereClause(filter, values));
    if (!q)
        return q.error();
    storage::bindAll(*q, values);
    if (auto s = storage::exec(*q); !s)
        return s.error();
    return q->next() ? q->value(0).toInt() : 0;
}

Result<QStringList> ProductRepository::distinctCategories()
{
    auto q = storage::run(m_db.connection(), QStringLiteral("SELECT DISTINCT category FROM products WHERE category <> ''"));
    if (!q)
        return q.error();
    QStringList out;
    while (q->next())
        out << q->value(0).toString();
    return out;
}

} // namespace peyvand::sales
