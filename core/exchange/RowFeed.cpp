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
        FeedRow out;
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
        chunk.rows.push_back(std::move(out));
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
}

RowFeed::~RowFeed()
{
    if (m_pending.valid())
        m_pending.wait();
}

FeedChunk RowFeed::next(int maxRows)
{
    if (m_done)
        return FeedChunk { {}, m_source.position(), true, std::nullopt };
    FeedChunk chunk = m_pending.valid() ? m_pending.get() : readChunk(m_source, m_cleaner, m_today, maxRows, m_keepCells);
    m_done = chunk.end || chunk.error.has_value();
    if (m_overlap && !m_done) {
        m_pending = std::async(std::launch::async, [this, maxRows] {
            return readChunk(m_source, m_cleaner, m_today, maxRows, m_keepCells);
        });
    }
    return chunk;
}

} // namespace peyvand::exchange
