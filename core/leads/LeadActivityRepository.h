#pragma once

#include "Lead.h"
#include "common/Result.h"

#include <QJsonObject>
#include <QList>

namespace peyvand::storage {
class Database;
}

namespace peyvand::leads {

// SQL for a lead's notes, interactions and score history. Callers own the
// transaction. Notes and interactions carry the lead's id in customerId.
class LeadActivityRepository final {
public:
    explicit LeadActivityRepository(storage::Database& db) : m_db(db) { }

    Result<qint64> insertNote(const LeadNote& note, const QDateTime& createdAt);
    Result<LeadNote> findNote(qint64 id);
    Result<QList<LeadNote>> notes(qint64 leadId);  // newest first
    Status removeNote(qint64 id);

    Result<qint64> insertInteraction(const LeadInteraction& interaction, const QDateTime& createdAt);
    Result<LeadInteraction> findInteraction(qint64 id);
    Result<QList<LeadInteraction>> interactions(qint64 leadId); // newest first
    Status removeInteraction(qint64 id);

    Result<qint64> insertScoreChange(const ScoreChange& change);
    Result<QList<ScoreChange>> scoreChanges(qint64 leadId); // newest first

    // Audit shapes: the customers' ones with "lead_id" for "customer_id".
    static QJsonObject auditJson(const LeadNote& note);
    static QJsonObject auditJson(const LeadInteraction& interaction);

private:
    storage::Database& m_db;
};

} // namespace peyvand::leads
