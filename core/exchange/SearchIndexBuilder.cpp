#include "SearchIndexBuilder.h"

#include "SqlStatement.h"
#include "storage/SqlHelpers.h"

#include <sqlite3.h>

namespace peyvand::exchange {

namespace {

const QString kTable = QStringLiteral("customer_fts");
constexpr std::size_t kBatchEntries = 4096;
constexpr std::size_t kMaxQueued = 8;
// Fewer, larger segments to merge than FTS5's 1 MB default: about a third
// less time at a million rows (16 MB and 32 MB took the same time; the hash
// takes about twice its size in memory).
constexpr qint64 kHashBytes = 16ll * 1024 * 1024;
constexpr int kCacheKib = 8 * 1024;

Status exec(sqlite3* db, const QString& sql)
{
    if (sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, nullptr) != SQLITE_OK)
        return sqliteError(db, sql);
    return {};
}

class Statement final {
public:
    Statement(sqlite3* db, const QString& sql)
        : m_db(db)
        , m_sql(sql)
    {
        if (sqlite3_prepare_v2(db, sql.toUtf8().constData(), -1, &m_statement, nullptr) != SQLITE_OK)
            m_error = sqliteError(db, sql);
    }
    ~Statement() { sqlite3_finalize(m_statement); }
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    const std::optional<Error>& prepareError() const { return m_error; }
    sqlite3_stmt* get() const { return m_statement; }
    // Runs a statement without results with its bindings, then resets it.
    Status run()
    {
        const int rc = sqlite3_step(m_statement);
        sqlite3_reset(m_statement);
        if (rc != SQLITE_DONE)
            return sqliteError(m_db, m_sql);
        return {};
    }

private:
    sqlite3* m_db;
    QString m_sql;
    sqlite3_stmt* m_statement = nullptr;
    std::optional<Error> m_error;
};

void bindText(sqlite3_stmt* statement, int index, const QByteArray& utf8)
{
    sqlite3_bind_text(statement, index, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
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
        if (auto s = exec(m_side, statement); !s)
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
    Statement insert(m_side, QStringLiteral("INSERT INTO %1 (rowid, search_text) VALUES (?1, ?2)").arg(kTable));
    Statement remove(m_side, QStringLiteral("INSERT INTO %1 (%1, rowid, search_text) VALUES ('delete', ?1, ?2)").arg(kTable));
    const auto fail = [this](const Error& e) {
        std::lock_guard lock(m_mutex);
        if (!m_error)
            m_error = e;
    };
    for (const Statement* st : { &insert, &remove }) {
        if (st->prepareError())
            fail(*st->prepareError());
    }
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
            if (e.replaces) {
                sqlite3_bind_int64(remove.get(), 1, e.id);
                bindText(remove.get(), 2, e.removed);
                if (auto s = remove.run(); !s) {
                    fail(s.error());
                    break;
                }
            }
            sqlite3_bind_int64(insert.get(), 1, e.id);
            bindText(insert.get(), 2, e.text);
            if (auto s = insert.run(); !s) {
                fail(s.error());
                break;
            }
        }
    }
    std::lock_guard lock(m_mutex);
    if (!m_error && !m_discard) {
        if (auto s = exec(m_side, QStringLiteral("COMMIT")); !s)
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
    {
        Statement list(m_side, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE '%1\\_%' "
                                              "ESCAPE '\\' AND name <> '%1_config' ORDER BY name").arg(kTable));
        if (list.prepareError())
            return *list.prepareError();
        while (sqlite3_step(list.get()) == SQLITE_ROW)
            shadows << QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(list.get(), 0)));
    }
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
    Statement read(m_side, QStringLiteral("SELECT * FROM %1").arg(table));
    if (read.prepareError())
        return *read.prepareError();
    const int columns = sqlite3_column_count(read.get());
    QString sql = QStringLiteral("INSERT INTO %1 VALUES (?").arg(table);
    for (int i = 1; i < columns; ++i)
        sql += QStringLiteral(", ?");
    Statement write(storage::rawHandle(book), sql + u')');
    if (write.prepareError())
        return *write.prepareError();
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(read.get())) == SQLITE_ROW) {
        for (int i = 0; i < columns; ++i)
            sqlite3_bind_value(write.get(), i + 1, sqlite3_column_value(read.get(), i));
        if (auto s = write.run(); !s)
            return s;
    }
    if (rc != SQLITE_DONE)
        return sqliteError(m_side, QStringLiteral("SELECT * FROM %1").arg(table));
    return {};
}

} // namespace peyvand::exchange
