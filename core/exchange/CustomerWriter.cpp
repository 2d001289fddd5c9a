#include "CustomerWriter.h"

#include "SqlStatement.h"
#include "customers/CustomerRepository.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"
#include "text/PersianText.h"

namespace peyvand::exchange {

using customers::Customer;

namespace {

const char* const kFtsTrigger = "customers_fts_insert";

// The columns of CustomerRepository::insert, in its order.
const char* const kInsertCustomer =
    "INSERT INTO customers (kind, name, company, national_id, legal_id, economic_code, registration_number, mobile, "
    "other_phones, email, website, instagram, telegram, whatsapp, linkedin, preferred_channel, address, city, "
    "province, postal_code, source, tags, since, archived, created_at, updated_at, name_sort, company_sort, "
    "city_sort, city_key, source_key, search_text) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, "
    "?23, 0, ?24, ?24, ?25, ?26, ?27, ?28, ?29, ?30)";

} // namespace

void PreparedCustomer::derive()
{
    const Customer& c = customer;
    nameSort = text::sortKey(c.name);
    companySort = text::sortKey(c.company);
    citySort = text::sortKey(c.city);
    cityKey = text::searchKey(c.city);
    sourceKey = text::searchKey(c.source);
    searchText = customers::CustomerRepository::searchText(c);
    tagKeys.clear();
    for (const QString& tag : c.tags)
        tagKeys << text::searchKey(tag);
}

CustomerWriter::CustomerWriter(storage::Database& db, const QDateTime& now)
    : m_db(db)
    , m_now(now)
    , m_nowText(storage::isoTimestamp(now).toUtf8())
    , m_today(storage::isoDate(now.toLocalTime().date()).toUtf8())
{
}

CustomerWriter::~CustomerWriter() = default;

Result<std::unique_ptr<CustomerWriter>> CustomerWriter::open(storage::Database& db, const QDateTime& now)
{
    std::unique_ptr<CustomerWriter> w(new CustomerWriter(db, now));
    QSqlDatabase& conn = db.connection();

    auto trigger = storage::scalar(conn, QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?"),
                                   { QString::fromLatin1(kFtsTrigger) });
    if (!trigger)
        return trigger.error();
    w->m_triggerSql = trigger->toString();
    if (!w->m_triggerSql.isEmpty()) {
        if (auto s = execSql(conn, QStringLiteral("DROP TRIGGER %1").arg(QLatin1String(kFtsTrigger))); !s)
            return s.error();
    }
    auto maxId = storage::scalar(conn, QStringLiteral("SELECT coalesce(max(id), 0) FROM customers"));
    if (!maxId)
        return maxId.error();
    w->m_flushedUpTo = maxId->toLongLong();
    w->m_lastId = w->m_flushedUpTo;

    struct Prepared {
        std::unique_ptr<SqlStatement>* target;
        const char* sql;
    };
    const Prepared statements[] = {
        { &w->m_insertCustomer, kInsertCustomer },
        { &w->m_insertTag, "INSERT OR IGNORE INTO customer_tags (customer_id, tag_key, tag, position) VALUES (?1, ?2, ?3, ?4)" },
        { &w->m_insertNote, "INSERT INTO customer_notes (customer_id, at, text, created_at) VALUES (?1, ?2, ?3, ?2)" },
        { &w->m_indexRows, "INSERT INTO customer_fts (rowid, search_text) SELECT id, search_text FROM customers WHERE id > ?1" },
    };
    for (const Prepared& p : statements) {
        auto st = SqlStatement::prepare(conn, p.sql);
        if (!st)
            return st.error();
        *p.target = std::move(*st);
    }
    return w;
}

Result<qint64> CustomerWriter::insert(PreparedCustomer& row)
{
    Customer& c = row.customer;
    if (!c.since.isValid())
        c.since = m_now.toLocalTime().date();
    c.createdAt = m_now;
    c.updatedAt = m_now;
    c.archived = false;

    SqlStatement& st = *m_insertCustomer;
    st.reset();
    int n = 0;
    const auto text = [&](int index, const QString& value) {
        QByteArray& buffer = m_values[n++];
        buffer = value.toUtf8();
        st.bind(index, buffer);
    };
    text(1, customers::toKey(c.kind));
    text(2, c.name);
    text(3, c.company);
    text(4, c.nationalId);
    text(5, c.legalId);
    text(6, c.economicCode);
    text(7, c.registrationNumber);
    text(8, c.mobile);
    text(9, c.otherPhones.join(u'\n'));
    text(10, c.email);
    text(11, c.website);
    text(12, c.instagram);
    text(13, c.telegram);
    text(14, c.whatsapp);
    text(15, c.linkedin);
    text(16, customers::toKey(c.preferredChannel));
    text(17, c.address);
    text(18, c.city);
    text(19, c.province);
    text(20, c.postalCode);
    text(21, c.source);
    text(22, c.tags.join(QChar(31)));
    text(23, storage::isoDate(c.since));
    st.bind(24, m_nowText);
    text(25, row.nameSort);
    text(26, row.companySort);
    text(27, row.citySort);
    text(28, row.cityKey);
    text(29, row.sourceKey);
    text(30, row.searchText);
    if (auto s = st.run(); !s)
        return s.error();
    const qint64 id = st.lastInsertId();
    c.id = id;
    m_lastId = id;

    for (int i = 0; i < c.tags.size(); ++i) {
        SqlStatement& tag = *m_insertTag;
        tag.reset();
        const QByteArray key = row.tagKeys.value(i).toUtf8();
        const QByteArray value = c.tags.at(i).toUtf8();
        tag.bind(1, id);
        tag.bind(2, key);
        tag.bind(3, value);
        tag.bind(4, qint64(i));
        if (auto s = tag.run(); !s)
            return s.error();
    }
    if (!row.note.isEmpty()) {
        SqlStatement& note = *m_insertNote;
        note.reset();
        const QByteArray value = row.note.toUtf8();
        note.bind(1, id);
        note.bind(2, m_nowText);
        note.bind(3, value);
        if (auto s = note.run(); !s)
            return s.error();
    }
    return id;
}

Status CustomerWriter::flush()
{
    if (m_lastId <= m_flushedUpTo)
        return {};
    m_indexRows->reset();
    m_indexRows->bind(1, m_flushedUpTo);
    if (auto s = m_indexRows->run(); !s)
        return s;
    m_flushedUpTo = m_lastId;
    return {};
}

Status CustomerWriter::finish()
{
    if (m_finished)
        return {};
    if (auto s = flush(); !s)
        return s;
    if (!m_triggerSql.isEmpty()) {
        if (auto s = execSql(m_db.connection(), m_triggerSql); !s)
            return s;
    }
    m_finished = true;
    return {};
}

} // namespace peyvand::exchange
