#pragma once

#include "Customer.h"
#include "common/Result.h"

#include <QList>

namespace peyvand::storage {
class Database;
}

namespace peyvand::customers {

// SQL for a customer's notes and interactions. Callers own the transaction.
class ActivityRepository final {
public:
    explicit ActivityRepository(storage::Database& db) : m_db(db) { }

    Result<qint64> insertNote(const Note& note, const QDateTime& createdAt);
    Result<Note> findNote(qint64 id);
    Result<QList<Note>> notes(qint64 customerId);  // newest first
    Result<bool> hasNote(qint64 customerId, const QString& text); // text in storage form
    Status removeNote(qint64 id);

    Result<qint64> insertInteraction(const Interaction& interaction, const QDateTime& createdAt);
    Result<Interaction> findInteraction(qint64 id);
    Result<QList<Interaction>> interactions(qint64 customerId, int limit = -1); // newest first
    Status removeInteraction(qint64 id);

    Result<int> noteCount(qint64 customerId);
    Result<int> interactionCount(qint64 customerId);
    // Earliest follow-up on or after `from`, invalid when none.
    Result<QDate> nextFollowUp(qint64 customerId, QDate from);

private:
    storage::Database& m_db;
};

} // namespace peyvand::customers
