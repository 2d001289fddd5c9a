#pragma once

#include "Lead.h"
#include "common/Result.h"

#include <QJsonObject>
#include <QList>

namespace peyvand::storage {
class Database;
}

namespace peyvand::leads {

// SQL for the leads and lead_scores tables. Takes leads already in storage form (see
// LeadFieldRules) and derives the sort and search keys. Callers own the
// transaction.
class LeadRepository final {
public:
    explicit LeadRepository(storage::Database& db) : m_db(db) { }

    Result<qint64> insert(const Lead& lead);
    // Every column, the score state included.
    Status update(const Lead& lead);
    Result<Lead> find(qint64 id);
    // Deletes the lead with its score history (notes, interactions and the
    // score row go by their foreign keys).
    Status remove(qint64 id);

    // When the lead's interactions happened (UTC), for engagement.
    Result<QList<QDateTime>> interactionTimes(qint64 leadId);

    // "  word  word …": the search keys of name, company, mobile and email,
    // each word preceded by two spaces (as customers' search_text).
    static QString searchText(const Lead& lead);

    // The one JSON shape of a lead in the audit log.
    static QJsonObject auditJson(const Lead& lead);

private:
    Status writeScore(qint64 id, const Lead& lead);

    storage::Database& m_db;
};

Error leadNotFound(qint64 id);

// SELECT of the ids of one lead's score history rows (bound as ?1), walking
// the chain from lead_scores.last_history_id through previous_id.
QString historyChainSql();

} // namespace peyvand::leads
