#pragma once

// Used by LeadRescorer; not part of the API.

#include "ScoringEngine.h"
#include "common/Result.h"
#include "storage/SqlStatement.h"

#include <QByteArray>
#include <QSqlDatabase>

#include <memory>

namespace peyvand::leads::detail {

// The stored state of one lead and what its score depends on.
struct StoredLead {
    qint64 id = 0;
    LeadFacts facts;
    int score = 0;
    int computed = 0;
    Band band = Band::Cold;
    bool qualified = false;
    bool qualifiedAtNull = true;
    bool neverScored = true;
    QByteArray breakdown;
    QDateTime scoredAt;
};

// Reads leads in id order, a chunk at a time, each with its interaction times
// merged in from one pass over lead_interactions.
class LeadScan final {
public:
    static constexpr int kChunk = 1000;

    static Result<std::unique_ptr<LeadScan>> open(QSqlDatabase& db);
    // The next chunk; empty at the end.
    Result<QList<StoredLead>> next();

private:
    LeadScan(std::unique_ptr<storage::SqlStatement> leads, std::unique_ptr<storage::SqlStatement> interactions);
    StoredLead read() const;
    Status advanceInteraction();

    std::unique_ptr<storage::SqlStatement> m_leads;
    std::unique_ptr<storage::SqlStatement> m_interactions;
    qint64 m_lastId = 0;
    qint64 m_pendingLead = 0; // 0: no more interactions
    QDateTime m_pendingAt;
};

// "2024-03-20T12:00:00Z" read without QDateTime::fromString, which costs more
// than scoring a lead; other forms go the slow way. Invalid for empty text.
QDateTime parseTimestamp(QByteArrayView text);

} // namespace peyvand::leads::detail
