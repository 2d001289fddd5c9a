#pragma once

// Internal to core/exchange: reads, cleans and prepares rows a chunk at a
// time, the next chunk on a worker thread while the caller writes this one.

#include "CustomerWriter.h"
#include "RowCleaner.h"
#include "common/Result.h"
#include "io/TableSource.h"

#include <condition_variable>
#include <mutex>
#include <thread>
#include <optional>
#include <vector>

namespace peyvand::exchange {

struct FeedRow {
    qint64 line = 0;
    bool blank = false;
    QList<RejectedRow> problems;   // empty: `prepared` is ready to store
    QStringList cells;             // kept only when asked (preview)
    PreparedCustomer prepared;
};

struct FeedChunk {
    std::vector<FeedRow> rows;
    qint64 position = 0;           // of the source after the chunk
    bool end = false;              // the source has no more rows
    std::optional<Error> error;    // the source could not be read further
};

// One worker thread for the whole import (a thread per chunk made the
// allocator keep an arena per thread: 100 MB more at a million rows).
class RowFeed final {
public:
    static constexpr int kChunkRows = 2000;

    // `source` and `cleaner` must outlive the feed. `overlap` reads ahead on a
    // worker thread.
    // `today` is the since date of customers without one.
    RowFeed(io::TableSource& source, const RowCleaner& cleaner, QDate today, bool overlap, bool keepCells = false);
    ~RowFeed();

    // The next chunk, at most `maxRows` rows (the default for the first call
    // decides the read-ahead size).
    FeedChunk next(int maxRows = kChunkRows);
    // Gives back a chunk the caller is done with, to be freed on the worker
    // thread that allocated it (freeing a million rows is seconds of work).
    void recycle(FeedChunk&& spent);

private:
    void work();
    void request(int maxRows);
    FeedChunk take();

    io::TableSource& m_source;
    const RowCleaner& m_cleaner;
    QDate m_today;
    bool m_overlap;
    bool m_keepCells;
    bool m_done = false;
    bool m_pending = false; // a chunk was requested and not yet taken

    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_requested = false;
    bool m_ready = false;
    bool m_stop = false;
    int m_maxRows = kChunkRows;
    FeedChunk m_result;
    std::vector<FeedChunk> m_spent;
};

// One chunk, on the calling thread.
FeedChunk readChunk(io::TableSource& source, const RowCleaner& cleaner, QDate today, int maxRows, bool keepCells);

} // namespace peyvand::exchange
