#pragma once

// Internal to core/exchange: writes imported customers with prepared
// statements, exactly as CustomerRepository::insert would store them.

#include "PreparedCustomer.h"
#include "SuspendedSchema.h"
#include "common/Result.h"
#include "customers/Customer.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>

#include <array>
#include <memory>
#include <vector>

namespace peyvand::storage {
class Database;
class SqlStatement;
}

namespace peyvand::exchange {

class SearchIndexBuilder;
// Inside the caller's transaction. The schema's triggers on inserting a
// customer or a tag (search index, facets, counts) cost more than the insert
// itself when run once per row, and running any statement after writing to
// the FTS5 index makes it write out its pending data. So while the writer is
// open those four triggers are dropped, their work is done in bulk by flush()
// (the search rows by one INSERT … SELECT, facets and counts from totals kept
// in memory, with the same results), and finish() puts the triggers back from
// their own stored SQL. Rows are written in batches of kBatch per statement.
// The page cache is enlarged for the import so that the random-order indexes
// (names, mobiles) stay in memory, and set back by finish().
//
// In bulk mode, for an import as large as the book, indexes are rebuilt
// rather than updated: the random-order indexes of customers are dropped and
// created again by finish(), and the search index of the whole book is built
// aside on another thread (SearchIndexBuilder) and put in place by finish().
class CustomerWriter final {
public:
    static constexpr int kBatch = 32;

    static Result<std::unique_ptr<CustomerWriter>> open(storage::Database& db, const QDateTime& now, bool bulk = false);
    ~CustomerWriter();

    // Queues the customer (created and updated now) and its note; returns
    // its id. It is in the tables after writePending() or flush().
    Result<qint64> insert(PreparedCustomer& row);
    // Writes the queued rows.
    Status writePending();
    // writePending(), then indexes the rows for search and adds them to the
    // facets and counts.
    Status flush();
    // Around an update of stored customer `id` by CustomerService (the update
    // policy): flush() before; after, what the dropped triggers would have
    // done, given the tags the update inserted (none when it left them).
    Status beforeUpdate(qint64 id);
    Status afterUpdate(qint64 id, const QStringList& tagsInserted);
    // flush(), the triggers, indexes and cache size restored. Must run
    // before the transaction commits.
    Status finish();

    bool isWritten(qint64 id) const { return id <= m_writtenUpTo; }

private:
    CustomerWriter(storage::Database& db, const QDateTime& now);

    struct Queued {
        qint64 id = 0;
        std::array<QByteArray, PreparedCustomer::kTextColumns> columns;
        std::vector<std::pair<QByteArray, QByteArray>> tags; // key, tag
        QByteArray note;
    };
    struct Facet {
        QString value; // the first spelling seen
        qint64 n = 0;
    };
    Status writeCustomers(storage::SqlStatement& st, const Queued* rows, int count);
    Status writeTags();
    Status indexInBulk();
    Status indexExisting();
    // The indexes suspended in bulk mode, created again.
    Status restoreIndexes();
    Result<QByteArray> storedSearchText(qint64 id);
    void countFacet(int facet, const QString& key, const QString& value);

    storage::Database& m_db;
    QDateTime m_now;
    QByteArray m_nowText;
    SuspendedSchema m_triggers;
    SuspendedSchema m_indexes;
    std::unique_ptr<SearchIndexBuilder> m_search; // bulk mode
    QByteArray m_searchTextBefore;
    qint64 m_cacheSize = 0;
    qint64 m_lastId = 0;
    qint64 m_writtenUpTo = 0;
    qint64 m_flushedUpTo = 0;
    bool m_finished = false;
    std::vector<Queued> m_queue;
    struct TagRow {
        qint64 id;
        qint64 position;
        const QByteArray* key;
        const QByteArray* tag;
    };
    std::vector<TagRow> m_tagRows;
    std::array<QHash<QString, Facet>, 3> m_facets; // city, source, tag
    qint64 m_pendingCount = 0;
    std::unique_ptr<storage::SqlStatement> m_insertBatch;
    std::unique_ptr<storage::SqlStatement> m_insertOne;
    std::unique_ptr<storage::SqlStatement> m_tagBatch;
    std::unique_ptr<storage::SqlStatement> m_tagOne;
    std::unique_ptr<storage::SqlStatement> m_insertNote;
    std::unique_ptr<storage::SqlStatement> m_indexRows;
    std::unique_ptr<storage::SqlStatement> m_addFacet;
    std::unique_ptr<storage::SqlStatement> m_addCount;
    std::unique_ptr<storage::SqlStatement> m_searchTextOf;
};

} // namespace peyvand::exchange
