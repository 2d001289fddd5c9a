#include "CustomerWriter.h"

#include "SearchIndexBuilder.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"
#include "storage/SqlStatement.h"
#include "text/PersianText.h"

#include <algorithm>
#include <thread>

namespace peyvand::exchange {

using storage::execSql;
using storage::SqlStatement;

using customers::Customer;

namespace {

// The triggers whose work flush() does in bulk (see CustomerWriter.h).
const QStringList kBulkTriggers = { QStringLiteral("customers_fts_insert"), QStringLiteral("customer_facets_insert"),
                                    QStringLiteral("customers_count_insert"), QStringLiteral("customer_facets_tag_insert") };
// In bulk mode the search index is rebuilt aside (SearchIndexBuilder).
const QStringList kSearchTriggers = { QStringLiteral("customers_fts_update"), QStringLiteral("customers_fts_delete") };
// Indexes of values in random order (names, companies, mobiles, IDs, emails):
// updating them row by row misses the page cache on almost every row, while
// CREATE INDEX sorts once.
const QStringList kDeferredIndexes = { QStringLiteral("customers_by_name"), QStringLiteral("customers_by_company"),
                                       QStringLiteral("customers_by_mobile"), QStringLiteral("customers_by_national_id"),
                                       QStringLiteral("customers_by_email") };

// Enough for most of the pages that a million customers' name, mobile and
// national ID indexes take (written in random order) to stay in memory,
// within the import's 300 MB (measured: 160 MB of cache peaked at 330 MB).
constexpr qint64 kImportCacheKib = 112 * 1024;
// In bulk mode the indexes left in place take values in few places (cities,
// sources, dates, ascending ids); the memory goes to the search index aside.
constexpr qint64 kBulkCacheKib = 32 * 1024;

constexpr int kTagBatch = 64;
constexpr int kMaxSortThreads = 4;
constexpr qint64 kIndexSlice = 50000;
// For a large import the search index is built with a 32 MB FTS5 hash
// (default 1 MB): fewer, larger segments to merge, about a third less time at
// a million rows. The page cache gives back as much meanwhile.
constexpr qint64 kBulkIndexHash = 32ll * 1024 * 1024;
constexpr qint64 kBulkIndexCacheKib = 80 * 1024;
constexpr qint64 kDefaultIndexHash = 1024 * 1024; // FTS5_DEFAULT_HASHSIZE
const char* const kFacetNames[] = { "city", "source", "tag" };

// The columns of CustomerRepository::insert, in its order, with the id first.
// OR FAIL: a failing row would stop the statement without undoing the rows
// before it, so SQLite needs no statement journal (copies of every page the
// statement changes); a failure rolls the whole import back anyway.
QByteArray insertSql(int rows)
{
    QByteArray sql =
        "INSERT OR FAIL INTO customers (id, kind, name, company, national_id, legal_id, economic_code, registration_number, "
        "mobile, other_phones, email, website, instagram, telegram, whatsapp, linkedin, preferred_channel, address, "
        "city, province, postal_code, source, tags, since, archived, created_at, updated_at, name_sort, "
        "company_sort, city_sort, city_key, source_key, search_text) VALUES ";
    const QByteArray row = "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,0,?,?,?,?,?,?,?,?)";
    for (int i = 0; i < rows; ++i)
        sql += (i ? "," : "") + row;
    return sql;
}

QByteArray tagSql(int rows)
{
    QByteArray sql = "INSERT OR IGNORE INTO customer_tags (customer_id, tag_key, tag, position) VALUES ";
    for (int i = 0; i < rows; ++i)
        sql += i ? ",(?,?,?,?)" : "(?,?,?,?)";
    return sql;
}

} // namespace

CustomerWriter::CustomerWriter(storage::Database& db, const QDateTime& now)
    : m_db(db)
    , m_now(now)
    , m_nowText(storage::isoTimestamp(now).toUtf8())
{
    m_queue.reserve(kBatch);
}

CustomerWriter::~CustomerWriter()
{
    // The triggers and indexes come back with the rollback; the cache size is not transactional.
    if (!m_finished && m_cacheSize != 0)
        (void)execSql(m_db.connection(), QStringLiteral("PRAGMA cache_size = %1").arg(m_cacheSize));
}

Result<std::unique_ptr<CustomerWriter>> CustomerWriter::open(storage::Database& db, const QDateTime& now, bool bulk)
{
    std::unique_ptr<CustomerWriter> w(new CustomerWriter(db, now));
    QSqlDatabase& conn = db.connection();
    if (auto s = w->m_triggers.suspend(conn, bulk ? kBulkTriggers + kSearchTriggers : kBulkTriggers); !s)
        return s.error();
    if (bulk) {
        if (auto s = w->m_indexes.suspend(conn, kDeferredIndexes); !s)
            return s.error();
        auto search = SearchIndexBuilder::start(conn);
        if (!search)
            return search.error();
        w->m_search = std::move(*search);
        if (auto s = w->indexExisting(); !s)
            return s.error();
    }
    auto cache = storage::scalar(conn, QStringLiteral("PRAGMA cache_size"));
    if (!cache)
        return cache.error();
    w->m_cacheSize = cache->toLongLong();
    if (auto s = execSql(conn, QStringLiteral("PRAGMA cache_size = -%1").arg(bulk ? kBulkCacheKib : kImportCacheKib)); !s)
        return s.error();
    auto maxId = storage::scalar(conn, QStringLiteral("SELECT coalesce(max(id), 0) FROM customers"));
    if (!maxId)
        return maxId.error();
    w->m_lastId = maxId->toLongLong();
    w->m_writtenUpTo = w->m_lastId;
    w->m_flushedUpTo = w->m_lastId;

    const QByteArray batch = insertSql(kBatch);
    const QByteArray one = insertSql(1);
    const QByteArray tags = tagSql(kTagBatch);
    const QByteArray tag = tagSql(1);
    struct Prepared {
        std::unique_ptr<SqlStatement>* target;
        const char* sql;
    };
    const Prepared statements[] = {
        { &w->m_insertBatch, batch.constData() },
        { &w->m_insertOne, one.constData() },
        { &w->m_tagBatch, tags.constData() },
        { &w->m_tagOne, tag.constData() },
        { &w->m_insertNote, "INSERT INTO customer_notes (customer_id, at, text, created_at) VALUES (?1, ?2, ?3, ?2)" },
        { &w->m_indexRows, "INSERT INTO customer_fts (rowid, search_text) SELECT id, search_text FROM customers "
                           "WHERE id > ?1 AND id <= ?2" },
        // As the facet triggers of schema 2: a new key keeps its first spelling.
        { &w->m_addFacet, "INSERT INTO customer_facets (facet, key, value, n) VALUES (?1, ?2, ?3, ?4) "
                          "ON CONFLICT (facet, key) DO UPDATE SET n = n + excluded.n" },
        { &w->m_addCount, "UPDATE customer_counts SET n = n + ?1 WHERE archived = 0" },
        { &w->m_searchTextOf, "SELECT search_text FROM customers WHERE id = ?1" },
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
    c.createdAt = m_now;
    c.updatedAt = m_now;
    c.archived = false;
    c.id = ++m_lastId;

    Queued q;
    q.id = c.id;
    q.columns = std::move(row.columns);
    for (int i = 0; i < c.tags.size(); ++i)
        q.tags.emplace_back(row.tagKeys.value(i).toUtf8(), c.tags.at(i).toUtf8());
    q.note = row.note.toUtf8();
    m_queue.push_back(std::move(q));

    ++m_pendingCount;
    countFacet(0, row.cityKey, c.city);
    countFacet(1, row.sourceKey, c.source);
    for (int i = 0; i < c.tags.size(); ++i)
        countFacet(2, row.tagKeys.value(i), c.tags.at(i));
    if (int(m_queue.size()) >= kBatch) {
        if (auto s = writePending(); !s)
            return s.error();
    }
    return c.id;
}

Status CustomerWriter::writeCustomers(SqlStatement& st, const Queued* rows, int count)
{
    st.reset();
    int p = 1;
    for (int r = 0; r < count; ++r) {
        const Queued& q = rows[r];
        st.bind(p++, q.id);
        for (int i = 0; i < 23; ++i) // kind … since
            st.bind(p++, q.columns[i]);
        st.bind(p++, m_nowText);
        st.bind(p++, m_nowText);
        for (int i = 23; i < PreparedCustomer::kTextColumns; ++i)
            st.bind(p++, q.columns[i]);
    }
    return st.run();
}

Status CustomerWriter::writePending()
{
    if (m_queue.empty())
        return {};
    const int count = int(m_queue.size());
    if (count == kBatch) {
        if (auto s = writeCustomers(*m_insertBatch, m_queue.data(), count); !s)
            return s;
    } else {
        for (int i = 0; i < count; ++i) {
            if (auto s = writeCustomers(*m_insertOne, m_queue.data() + i, 1); !s)
                return s;
        }
    }
    if (auto s = writeTags(); !s)
        return s;
    for (const Queued& q : m_queue) {
        if (q.note.isEmpty())
            continue;
        m_insertNote->reset();
        m_insertNote->bind(1, q.id);
        m_insertNote->bind(2, m_nowText);
        m_insertNote->bind(3, q.note);
        if (auto s = m_insertNote->run(); !s)
            return s;
    }
    if (m_search) {
        for (Queued& q : m_queue)
            m_search->add(q.id, std::move(q.columns[PreparedCustomer::kTextColumns - 1]));
    }
    m_writtenUpTo = m_queue.back().id;
    m_queue.clear();
    return {};
}

Status CustomerWriter::writeTags()
{
    m_tagRows.clear();
    for (const Queued& q : m_queue) {
        for (std::size_t i = 0; i < q.tags.size(); ++i)
            m_tagRows.push_back(TagRow { q.id, qint64(i), &q.tags[i].first, &q.tags[i].second });
    }
    std::size_t done = 0;
    while (done < m_tagRows.size()) {
        const bool full = m_tagRows.size() - done >= std::size_t(kTagBatch);
        SqlStatement& st = full ? *m_tagBatch : *m_tagOne;
        const std::size_t n = full ? kTagBatch : 1;
        st.reset();
        int p = 1;
        for (std::size_t i = done; i < done + n; ++i) {
            st.bind(p++, m_tagRows[i].id);
            st.bind(p++, *m_tagRows[i].key);
            st.bind(p++, *m_tagRows[i].tag);
            st.bind(p++, m_tagRows[i].position);
        }
        if (auto s = st.run(); !s)
            return s;
        done += n;
    }
    return {};
}

void CustomerWriter::countFacet(int facet, const QString& key, const QString& value)
{
    if (key.isEmpty())
        return;
    Facet& f = m_facets[facet][key];
    if (f.n == 0)
        f.value = value;
    ++f.n;
}

Status CustomerWriter::flush()
{
    if (auto s = writePending(); !s)
        return s;
    // In slices: one statement over a million rows held 130 MB more until it ended.
    while (!m_search && m_writtenUpTo > m_flushedUpTo) {
        const qint64 upTo = std::min(m_writtenUpTo, m_flushedUpTo + kIndexSlice);
        m_indexRows->reset();
        m_indexRows->bind(1, m_flushedUpTo);
        m_indexRows->bind(2, upTo);
        if (auto s = m_indexRows->run(); !s)
            return s;
        m_flushedUpTo = upTo;
    }
    for (int facet = 0; facet < 3; ++facet) {
        const QByteArray name(kFacetNames[facet]);
        for (auto it = m_facets[facet].cbegin(); it != m_facets[facet].cend(); ++it) {
            const QByteArray key = it.key().toUtf8();
            const QByteArray value = it->value.toUtf8();
            m_addFacet->reset();
            m_addFacet->bind(1, name);
            m_addFacet->bind(2, key);
            m_addFacet->bind(3, value);
            m_addFacet->bind(4, it->n);
            if (auto s = m_addFacet->run(); !s)
                return s;
        }
        m_facets[facet].clear();
    }
    if (m_pendingCount > 0) {
        m_addCount->reset();
        m_addCount->bind(1, m_pendingCount);
        if (auto s = m_addCount->run(); !s)
            return s;
        m_pendingCount = 0;
    }
    return {};
}

Status CustomerWriter::indexInBulk()
{
    QSqlDatabase& conn = m_db.connection();
    auto prior = storage::scalar(conn, QStringLiteral("SELECT v FROM customer_fts_config WHERE k = 'hashsize'"));
    if (!prior)
        return prior.error();
    const auto setHash = [&](qint64 bytes) {
        return execSql(conn, QStringLiteral("INSERT INTO customer_fts (customer_fts, rank) VALUES ('hashsize', %1)").arg(bytes));
    };
    if (auto s = execSql(conn, QStringLiteral("PRAGMA cache_size = -%1").arg(kBulkIndexCacheKib)); !s)
        return s;
    if (auto s = setHash(kBulkIndexHash); !s)
        return s;
    if (auto s = flush(); !s)
        return s;
    // Back as it was: the stored value, or none (and the default in memory).
    if (!prior->isNull())
        return setHash(prior->toLongLong());
    if (auto s = setHash(kDefaultIndexHash); !s)
        return s;
    return execSql(conn, QStringLiteral("DELETE FROM customer_fts_config WHERE k = 'hashsize'"));
}

Status CustomerWriter::finish()
{
    if (m_finished)
        return {};
    if (auto s = writePending(); !s)
        return s;
    if (!m_search && m_writtenUpTo - m_flushedUpTo >= kIndexSlice) {
        if (auto s = indexInBulk(); !s)
            return s;
    }
    if (auto s = flush(); !s)
        return s;
    QSqlDatabase& conn = m_db.connection();
    // The indexes first: the search index may still be building meanwhile.
    if (auto s = restoreIndexes(); !s)
        return s;
    if (m_search) {
        if (auto s = m_search->putInPlace(conn); !s)
            return s;
        m_search.reset();
    }
    if (auto s = m_triggers.restore(conn); !s)
        return s;
    if (auto s = execSql(conn, QStringLiteral("PRAGMA cache_size = %1").arg(m_cacheSize)); !s)
        return s;
    m_finished = true;
    return {};
}

Status CustomerWriter::restoreIndexes()
{
    QSqlDatabase& conn = m_db.connection();
    auto threads = storage::scalar(conn, QStringLiteral("PRAGMA threads"));
    if (!threads)
        return threads.error();
    // CREATE INDEX sorts on helper threads: about 0.2 s less of the 5 s that
    // five indexes over a million customers took on two cores.
    const int helpers = std::clamp(int(std::thread::hardware_concurrency()), 1, kMaxSortThreads);
    if (auto s = execSql(conn, QStringLiteral("PRAGMA threads = %1").arg(helpers)); !s)
        return s;
    const Status restored = m_indexes.restore(conn);
    if (auto s = execSql(conn, QStringLiteral("PRAGMA threads = %1").arg(threads->toInt())); !s)
        return restored ? s : restored;
    return restored;
}

Status CustomerWriter::indexExisting()
{
    auto existing = SqlStatement::prepare(m_db.connection(), "SELECT id, search_text FROM customers ORDER BY id");
    if (!existing)
        return existing.error();
    SqlStatement& rows = **existing;
    return rows.forEachRow([&] {
        m_search->add(rows.int64(0), rows.bytes(1).toByteArray());
        return Status {};
    });
}

Status CustomerWriter::beforeUpdate(qint64 id)
{
    if (auto s = flush(); !s)
        return s;
    if (!m_search)
        return {};
    auto text = storedSearchText(id);
    if (!text)
        return text.error();
    m_searchTextBefore = *text;
    return {};
}

Status CustomerWriter::afterUpdate(qint64 id, const QStringList& tagsInserted)
{
    if (m_search) {
        auto text = storedSearchText(id);
        if (!text)
            return text.error();
        if (*text != m_searchTextBefore)
            m_search->replace(id, std::move(m_searchTextBefore), *text);
        m_searchTextBefore.clear();
    }
    for (const QString& tag : tagsInserted)
        countFacet(2, text::searchKey(tag), tag);
    return flush();
}

Result<QByteArray> CustomerWriter::storedSearchText(qint64 id)
{
    m_searchTextOf->reset();
    m_searchTextOf->bind(1, id);
    auto row = m_searchTextOf->step();
    if (!row)
        return row.error();
    QByteArray text = *row ? m_searchTextOf->bytes(0).toByteArray() : QByteArray();
    m_searchTextOf->reset();
    return text;
}

} // namespace peyvand::exchange
