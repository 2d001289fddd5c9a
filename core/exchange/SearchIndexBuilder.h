#pragma once

// Internal to core/exchange: the customers' search index of a large import,
// built on its own thread in a private temporary database while the rows are
// written, then put in place of the book's index in one step.
//
// Only what add() and replace() were given is in the result, so the caller
// gives it every customer of the book. putInPlace() drops the book's FTS5
// table, creates it again from its own SQL and fills its shadow tables with
// the built ones: a new table object has no cached view of the index that
// the copied rows could contradict.

#include "common/Result.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QStringList>

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

struct sqlite3;

namespace peyvand::exchange {

class SearchIndexBuilder final {
public:
    // Copies the definition of the book's customer_fts and starts the thread.
    static Result<std::unique_ptr<SearchIndexBuilder>> start(QSqlDatabase& book);
    ~SearchIndexBuilder();
    SearchIndexBuilder(const SearchIndexBuilder&) = delete;
    SearchIndexBuilder& operator=(const SearchIndexBuilder&) = delete;

    // The search text of a customer not yet given.
    void add(qint64 id, QByteArray searchText);
    // A given customer's search text changed.
    void replace(qint64 id, QByteArray before, QByteArray after);
    // Waits for the thread, then replaces the book's index with the built
    // one, inside the caller's transaction.
    Status putInPlace(QSqlDatabase& book);

private:
    struct Entry {
        qint64 id = 0;
        QByteArray text;
        QByteArray removed; // replace(): the text to take out first
        bool replaces = false;
    };
    using Batch = std::vector<Entry>;

    SearchIndexBuilder() = default;
    Status open(QSqlDatabase& book);
    void queue(Entry entry);
    void hand(Batch batch);
    void work();
    Status write(const Batch& batch);
    Status finishThread();
    Status copyTable(QSqlDatabase& book, const QString& table);

    sqlite3* m_side = nullptr;
    QString m_createSql;
    Batch m_pending;
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Batch> m_queue;
    bool m_closing = false;
    bool m_discard = false;       // destroyed unfinished: drain without writing
    std::optional<Error> m_error; // the thread's first failure
};

} // namespace peyvand::exchange
