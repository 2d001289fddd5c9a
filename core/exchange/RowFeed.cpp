#include "RowFeed.h"

namespace peyvand::exchange {

FeedChunk readChunk(io::TableSource& source, const RowCleaner& cleaner, QDate today, int maxRows, bool keepCells)
{
    FeedChunk chunk;
    chunk.rows.reserve(std::size_t(maxRows));
    while (int(chunk.rows.size()) < maxRows) {
        auto next = source.next();
        if (!next) {
            chunk.error = next.error();
            break;
        }
        if (!*next) {
            chunk.end = true;
            break;
        }
        const io::SourceRow& row = **next;
        CleanedRow cleaned = cleaner.clean(row);
        FeedRow& out = chunk.rows.emplace_back(); // in place: a row is large, moving it costs
        out.line = cleaned.line;
        out.blank = cleaned.blank;
        out.problems = std::move(cleaned.problems);
        if (keepCells)
            out.cells = row.cells;
        out.prepared.line = cleaned.line;
        out.prepared.customer = std::move(cleaned.customer);
        out.prepared.note = std::move(cleaned.note);
        if (!out.blank && out.problems.isEmpty())
            out.prepared.derive(today);
    }
    chunk.position = source.position();
    return chunk;
}

RowFeed::RowFeed(io::TableSource& source, const RowCleaner& cleaner, QDate today, bool overlap, bool keepCells)
    : m_source(source)
    , m_cleaner(cleaner)
    , m_today(today)
    , m_overlap(overlap)
    , m_keepCells(keepCells)
{
    if (m_overlap)
        m_thread = std::thread([this] { work(); });
}

RowFeed::~RowFeed()
{
    if (!m_thread.joinable())
        return;
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

void RowFeed::work()
{
    for (;;) {
        int maxRows = 0;
        std::vector<FeedChunk> spent;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stop || m_requested; });
            if (m_stop)
                return;
            m_requested = false;
            maxRows = m_maxRows;
            spent.swap(m_spent);
        }
        spent.clear();
        FeedChunk chunk = readChunk(m_source, m_cleaner, m_today, maxRows, m_keepCells);
        {
            std::lock_guard lock(m_mutex);
            m_result = std::move(chunk);
            m_ready = true;
        }
        m_wake.notify_all();
    }
}

void RowFeed::recycle(FeedChunk&& spent)
{
    if (!m_overlap || m_done) {
        FeedChunk dropped = std::move(spent);
        return;
    }
    std::lock_guard lock(m_mutex);
    m_spent.push_back(std::move(spent));
}

void RowFeed::request(int maxRows)
{
    {
        std::lock_guard lock(m_mutex);
        m_maxRows = maxRows;
        m_requested = true;
        m_ready = false;
    }
    m_wake.notify_all();
    m_pending = true;
}

FeedChunk RowFeed::take()
{
    std::unique_lock lock(m_mutex);
    m_wake.wait(lock, [this] { return m_ready; });
    m_ready = false;
    m_pending = false;
    return std::move(m_result);
}

FeedChunk RowFeed::next(int maxRows)
{
    if (m_done)
        return FeedChunk { {}, m_source.position(), true, std::nullopt };
    FeedChunk chunk;
    if (!m_overlap) {
        chunk = readChunk(m_source, m_cleaner, m_today, maxRows, m_keepCells);
    } else {
        if (!m_pending)
            request(maxRows);
        chunk = take();
    }
    m_done = chunk.end || chunk.error.has_value();
    if (m_overlap && !m_done)
        request(maxRows);
    return chunk;
}

} // namespace peyvand::exchange
