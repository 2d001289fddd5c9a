#include "SearchIndexBuilder.h"

#include "storage/SqlHelpers.h"
#include "storage/SqlStatement.h"

#include <sqlite3.h>

namespace peyvand::exchange {

using storage::execSql;
using storage::SqlStatement;
using storage::sqliteError;

namespace {

const QString kTable = QStringLiteral("customer_fts");
constexpr std::size_t kBatchEntries = 4096;
constexpr std::size_t kMaxQueued = 8;
// Fewer, larger segments to merge than FTS5's 1 MB default: about a third
// less time at a million rows (16 MB and 32 MB took the same time; the hash
// takes about twice its size in memory).
constexpr qint64 kHashBytes = 16ll * 1024 * 1024;
constexpr int kCacheKib = 8 * 1024;

// A statement on the builder's own connection.
Result<std::unique_ptr<SqlStatement>> prepare(sqlite3* db, const QString& sql)
{
    return SqlStatement::prepare(db, sql.toUtf8().constData());
}

} // namespace

Result<std::unique_ptr<SearchIndexBuilder>> SearchIndexBuilder::start(QSqlDatabase& book)
{
    std::unique_ptr<SearchIndexBuilder> builder(new SearchIndexBuilder);
    if (auto s = builder->open(book); !s)
        return s.error();
    builder->m_thread = std::thread([b = builder.get()] { b->work(); });
    return builder;
}

Status SearchIndexBuilder::open(QSqlDatabase& book)
{
    auto sql = storage::scalar(book, QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?"), { kTable });
    if (!sql)
        return sql.error();
    m_createSql = sql->toString();
    if (m_createSql.isEmpty())
        return Error::make(ErrorCode::Internal, QStringLiteral("The table %1 is missing.").arg(kTable));
    // "": a private database in a temporary file that SQLite deletes on close.
    if (sqlite3_open_v2("", &m_side, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK)
        return sqliteError(m_side, QStringLiteral("open"));
    const QString setup[] = {
        QStringLiteral("PRAGMA journal_mode = OFF"),
        QStringLiteral("PRAGMA synchronous = OFF"),
        QStringLiteral("PRAGMA cache_size = -%1").arg(kCacheKib),
        m_createSql,
        QStringLiteral("INSERT INTO %1 (%1, rank) VALUES ('hashsize', %2)").arg(kTable).arg(kHashBytes),
        QStringLiteral("BEGIN"),
    };
    for (const QString& statement : setup) {
        if (auto s = execSql(m_side, statement); !s)
            return s;
    }
    m_pending.reserve(kBatchEntries);
    return {};
}

SearchIndexBuilder::~SearchIndexBuilder()
{
    if (m_thread.joinable()) {
        {
            std::lock_guard lock(m_mutex);
            m_queue.clear();
            m_discard = true;
            m_closing = true;
        }
        m_changed.notify_all();
        m_thread.join();
    }
    sqlite3_close(m_side);
}

void SearchIndexBuilder::add(qint64 id, QByteArray searchText)
{
    queue(Entry { id, std::move(searchText), {}, false });
}

void SearchIndexBuilder::replace(qint64 id, QByteArray before, QByteArray after)
{
    queue(Entry { id, std::move(after), std::move(before), true });
}

void SearchIndexBuilder::queue(Entry entry)
{
    m_pending.push_back(std::move(entry));
    if (m_pending.size() >= kBatchEntries) {
        hand(std::move(m_pending));
        m_pending = {};
        m_pending.reserve(kBatchEntries);
    }
}

void SearchIndexBuilder::hand(Batch batch)
{
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_queue.size() < kMaxQueued; });
        m_queue.push_back(std::move(batch));
    }
    m_changed.notify_all();
}

void SearchIndexBuilder::work()
{
    const auto fail = [this](const Error& e) {
        std::lock_guard lock(m_mutex);
        if (!m_error)
            m_error = e;
    };
    auto insert = prepare(m_side, QStringLiteral("INSERT INTO %1 (rowid, search_text) VALUES (?1, ?2)").arg(kTable));
    auto remove = prepare(m_side, QStringLiteral("INSERT INTO %1 (%1, rowid, search_text) VALUES ('delete', ?1, ?2)").arg(kTable));
    for (const auto* st : { &insert, &remove }) {
        if (!*st)
            fail(st->error());
    }
    const auto write = [&](SqlStatement& st, qint64 id, const QByteArray& text) {
        st.bind(1, id);
        st.bind(2, text);
        return st.run();
    };
    for (;;) {
        Batch batch;
        bool failed = false;
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return !m_queue.empty() || m_closing; });
            if (m_queue.empty())
                break;
            batch = std::move(m_queue.front());
            m_queue.pop_front();
            failed = m_error.has_value() || m_discard;
        }
        m_changed.notify_all();
        if (failed)
            continue; // drain, so that the writer never waits
        for (const Entry& e : batch) {
            Status s = e.replaces ? write(**remove, e.id, e.removed) : Status {};
            if (s)
                s = write(**insert, e.id, e.text);
            if (!s) {
                fail(s.error());
                break;
            }
        }
    }
    std::lock_guard lock(m_mutex);
    if (!m_error && !m_discard) {
        if (auto s = execSql(m_side, QStringLiteral("COMMIT")); !s)
            m_error = s.error();
    }
}

Status SearchIndexBuilder::finishThread()
{
    if (!m_pending.empty()) {
        hand(std::move(m_pending));
        m_pending = {};
    }
    {
        std::lock_guard lock(m_mutex);
        m_closing = true;
    }
    m_changed.notify_all();
    m_thread.join();
    if (m_error)
        return *m_error;
    return {};
}

Status SearchIndexBuilder::putInPlace(QSqlDatabase& book)
{
    if (auto s = finishThread(); !s)
        return s;
    QStringList shadows;
    auto list = prepare(m_side, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE '%1\\_%' "
                                               "ESCAPE '\\' AND name <> '%1_config' ORDER BY name").arg(kTable));
    if (!list)
        return list.error();
    if (auto s = (*list)->forEachRow([&] {
            shadows << (*list)->text(0);
            return Status {};
        });
        !s)
        return s;
    if (auto s = execSql(book, QStringLiteral("DROP TABLE %1").arg(kTable)); !s)
        return s;
    if (auto s = execSql(book, m_createSql); !s)
        return s;
    for (const QString& table : std::as_const(shadows)) {
        if (auto s = copyTable(book, table); !s)
            return s;
    }
    return {};
}

Status SearchIndexBuilder::copyTable(QSqlDatabase& book, const QString& table)
{
    if (auto s = execSql(book, QStringLiteral("DELETE FROM %1").arg(table)); !s)
        return s;
    auto read = prepare(m_side, QStringLiteral("SELECT * FROM %1").arg(table));
    if (!read)
        return read.error();
    const int columns = (*read)->columnCount();
    QString sql = QStringLiteral("INSERT INTO %1 VALUES (?").arg(table);
    for (int i = 1; i < columns; ++i)
        sql += QStringLiteral(", ?");
    auto write = SqlStatement::prepare(book, (sql + u')').toUtf8().constData());
    if (!write)
        return write.error();
    return (*read)->forEachRow([&] {
        for (int i = 0; i < columns; ++i)
            (*write)->bindColumn(i + 1, **read, i);
        return (*write)->run();
    });
}

} // namespace peyvand::exchange
