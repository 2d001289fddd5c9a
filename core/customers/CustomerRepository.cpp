#include "CustomerRepository.h"

#include "CustomerReader.h"

#include "storage/Database.h"
#include "storage/SqlHelpers.h"
#include "text/PersianText.h"

#include <QVarLengthArray>

namespace peyvand::customers {

using storage::isoDate;
using storage::isoTimestamp;

namespace {

const QString kColumns = QStringLiteral(
    "kind, name, company, national_id, legal_id, economic_code, registration_number, mobile, other_phones, "
    "email, website, instagram, telegram, whatsapp, linkedin, preferred_channel, address, city, province, "
    "postal_code, source, tags, since, archived, created_at, updated_at, name_sort, company_sort, city_sort, "
    "city_key, source_key, search_text");

QVariantList columnValues(const Customer& c)
{
    return {
        toKey(c.kind), c.name, c.company, c.nationalId, c.legalId, c.economicCode, c.registrationNumber,
        c.mobile, c.otherPhones.join(u'\n'), c.email, c.website, c.instagram, c.telegram, c.whatsapp,
        c.linkedin, toKey(c.preferredChannel), c.address, c.city, c.province, c.postalCode, c.source,
        c.tags.join(QChar(31)), isoDate(c.since), c.archived ? 1 : 0, isoTimestamp(c.createdAt), isoTimestamp(c.updatedAt),
        text::sortKey(c.name), text::sortKey(c.company), text::sortKey(c.city), text::searchKey(c.city),
        text::searchKey(c.source), CustomerRepository::searchText(c),
    };
}

} // namespace

QString CustomerRepository::searchText(const Customer& c)
{
    return searchText(c, [](const QString& value) { return text::searchKey(value); });
}

QString CustomerRepository::searchText(const Customer& c, const std::function<QString(const QString&)>& searchKeyOf)
{
    QVarLengthArray<QChar, 512> out;
    const auto addWord = [&out](QStringView word) {
        out.append(QChar(u' '));
        out.append(QChar(u' '));
        out.append(word.data(), word.size());
    };
    const auto addWords = [&addWord, &searchKeyOf](const QString& value) {
        const QString key = searchKeyOf(value);
        qsizetype start = 0;
        for (qsizetype i = 0; i <= key.size(); ++i) {
            if (i < key.size() && key.at(i) != u' ')
                continue;
            if (i > start)
                addWord(QStringView(key).mid(start, i - start));
            start = i + 1;
        }
    };
    addWords(c.name);
    addWords(c.company);
    addWords(c.city);
    for (const QString& tag : c.tags)
        addWords(tag);
    addWords(c.email);
    for (const QString* id : { &c.mobile, &c.nationalId, &c.legalId, &c.economicCode }) {
        if (!id->isEmpty())
            addWord(*id);
    }
    for (const QString& phone : c.otherPhones)
        addWord(text::digitsOnly(phone));
    if (!c.whatsapp.isEmpty() && c.whatsapp != c.mobile)
        addWord(text::digitsOnly(c.whatsapp));
    return out.isEmpty() ? QString() : QString(out.constData(), out.size()); // null when there is no word
}

Result<qint64> CustomerRepository::insert(const Customer& c)
{
    const QString sql = QStringLiteral("INSERT INTO customers (") + kColumns
        + QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    auto q = storage::prepare(m_db.connection(), sql);
    if (!q)
        return q.error();
    storage::bindAll(*q, columnValues(c));
    if (auto s = storage::exec(*q); !s)
        return s.error();
    const qint64 id = q->lastInsertId().toLongLong();
    if (auto s = writeTags(id, c.tags); !s)
        return s.error();
    return id;
}

Status CustomerRepository::update(const Customer& c, const Customer& stored)
{
    // Only what differs: an unchanged column would still cost its indexes'
    // entries and fire its triggers (the search index's among them).
    const QStringList columns = kColumns.split(QStringLiteral(", "));
    const QVariantList values = columnValues(c);
    const QVariantList before = columnValues(stored);
    QString sql = QStringLiteral("UPDATE customers SET ");
    QVariantList bound;
    for (int i = 0; i < columns.size(); ++i) {
        if (values.at(i) == before.at(i))
            continue;
        sql += (bound.isEmpty() ? QString() : QStringLiteral(", ")) + columns.at(i) + QStringLiteral(" = ?");
        bound << values.at(i);
    }
    if (bound.isEmpty()) // nothing at all, not even the time: just check that it exists
        sql += QStringLiteral("id = id");
    sql += QStringLiteral(" WHERE id = ?");
    auto q = storage::prepare(m_db.connection(), sql);
    if (!q)
        return q.error();
    storage::bindAll(*q, bound << c.id);
    if (auto s = storage::exec(*q); !s)
        return s;
    if (q->numRowsAffected() == 0)
        return customerNotFound(c.id);
    if (c.tags == stored.tags)
        return {};
    return writeTags(c.id, c.tags);
}

Status CustomerRepository::writeTags(qint64 id, const QStringList& tags)
{
    auto del = storage::run(m_db.connection(), QStringLiteral("DELETE FROM customer_tags WHERE customer_id = ?"), { id });
    if (!del)
        return del.error();
    for (int i = 0; i < tags.size(); ++i) {
        const QString& tag = tags.at(i);
        auto ins = storage::run(m_db.connection(),
                                QStringLiteral("INSERT OR IGNORE INTO customer_tags (customer_id, tag_key, tag, position) VALUES (?, ?, ?, ?)"),
                                { id, text::searchKey(tag), tag, i });
        if (!ins)
            return ins.error();
    }
    return {};
}

Result<Customer> CustomerRepository::find(qint64 id)
{
    return CustomerReader(m_db).find(id);
}

Status CustomerRepository::setArchived(qint64 id, bool archived, const QDateTime& at)
{
    return storage::changeOne(m_db.connection(), QStringLiteral("UPDATE customers SET archived = ?, updated_at = ? WHERE id = ?"),
                              { archived ? 1 : 0, isoTimestamp(at), id }, customerNotFound(id));
}

Status CustomerRepository::remove(qint64 id)
{
    return storage::changeOne(m_db.connection(), QStringLiteral("DELETE FROM customers WHERE id = ?"),
                              { id }, customerNotFound(id));
}

Result<QStringList> CustomerRepository::distinctTags()
{
    return distinctValues(QStringLiteral("tag"));
}

Result<QStringList> CustomerRepository::distinctValues(const QString& facet)
{
    auto q = storage::run(m_db.connection(), QStringLiteral("SELECT value FROM customer_facets WHERE facet = ?"), { facet });
    if (!q)
        return q.error();
    QStringList out;
    while (q->next())
        out << q->value(0).toString();
    return out;
}

} // namespace peyvand::customers
