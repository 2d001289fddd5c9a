#include "ActivityRepository.h"

#include "storage/Database.h"
#include "storage/SqlHelpers.h"

#include <QCoreApplication>

namespace peyvand::customers {

using storage::isoTimestamp;

namespace {

const QString kInteractionColumns = QStringLiteral(
    "id, customer_id, at, channel, direction, contact_person, summary, outcome, follow_up");

Interaction readInteraction(const QSqlQuery& q)
{
    Interaction i;
    i.id = q.value(0).toLongLong();
    i.customerId = q.value(1).toLongLong();
    i.at = storage::timestampFromIso(q.value(2));
    i.channel = interactionChannelFromKey(q.value(3).toString()).value_or(InteractionChannel::Phone);
    i.direction = directionFromKey(q.value(4).toString()).value_or(Direction::Outbound);
    i.contactPerson = q.value(5).toString();
    i.summary = q.value(6).toString();
    i.outcome = q.value(7).toString();
    i.followUp = storage::dateFromIso(q.value(8));
    return i;
}

Note readNote(const QSqlQuery& q)
{
    Note n;
    n.id = q.value(0).toLongLong();
    n.customerId = q.value(1).toLongLong();
    n.at = storage::timestampFromIso(q.value(2));
    n.text = q.value(3).toString();
    return n;
}

Error missing(const char* what)
{
    return Error::make(ErrorCode::NotFound, QCoreApplication::translate("Customers", what));
}

Result<int> count(QSqlDatabase& db, const QString& sql, qint64 id)
{
    auto v = storage::scalar(db, sql, { id });
    if (!v)
        return v.error();
    return v->toInt();
}

} // namespace

Result<qint64> ActivityRepository::insertNote(const Note& note, const QDateTime& createdAt)
{
    auto q = storage::run(m_db.connection(),
                          QStringLiteral("INSERT INTO customer_notes (customer_id, at, text, created_at) VALUES (?, ?, ?, ?)"),
                          { note.customerId, isoTimestamp(note.at), note.text, isoTimestamp(createdAt) });
    if (!q)
        return q.error();
    return q->lastInsertId().toLongLong();
}

Result<Note> ActivityRepository::findNote(qint64 id)
{
    auto q = storage::run(m_db.connection(), QStringLiteral("SELECT id, customer_id, at, text FROM customer_notes WHERE id = ?"), { id });
    if (!q)
        return q.error();
    if (!q->next())
        return missing(QT_TRANSLATE_NOOP("Customers", "That note does not exist."));
    return readNote(*q);
}

Result<bool> ActivityRepository::hasNote(qint64 customerId, const QString& text)
{
    auto found = storage::scalar(m_db.connection(), QStringLiteral("SELECT EXISTS (SELECT 1 FROM customer_notes WHERE customer_id = ? AND text = ?)"),
                                 { customerId, text });
    if (!found)
        return found.error();
    return found->toInt() != 0;
}

Result<QList<Note>> ActivityRepository::notes(qint64 customerId)
{
    auto q = storage::run(m_db.connection(),
                          QStringLiteral("SELECT id, customer_id, at, text FROM customer_notes WHERE customer_id = ? ORDER BY at DESC, id DESC"),
                          { customerId });
    if (!q)
        return q.error();
    QList<Note> out;
    while (q->next())
        out << readNote(*q);
    return out;
}

Status ActivityRepository::removeNote(qint64 id)
{
    auto q = storage::run(m_db.connection(), QStringLiteral("DELETE FROM customer_notes WHERE id = ?"), { id });
    if (!q)
        return q.error();
    return {};
}

Result<qint64> ActivityRepository::insertInteraction(const Interaction& i, const QDateTime& createdAt)
{
    auto q = storage::run(m_db.connection(),
                          QStringLiteral("INSERT INTO interactions (customer_id, at, channel, direction, contact_person, summary, "
                                         "outcome, follow_up, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                          { i.customerId, isoTimestamp(i.at), toKey(i.channel), toKey(i.direction), i.contactPerson, i.summary,
                            i.outcome, storage::nullableDate(i.followUp), isoTimestamp(createdAt) });
    if (!q)
        return q.error();
    return q->lastInsertId().toLongLong();
}

Result<Interaction> ActivityRepository::findInteraction(qint64 id)
{
    auto q = storage::run(m_db.connection(), QStringLiteral("SELECT ") + kInteractionColumns + QStringLiteral(" FROM interactions WHERE id = ?"), { id });
    if (!q)
        return q.error();
    if (!q->next())
        return missing(QT_TRANSLATE_NOOP("Customers", "That interaction does not exist."));
    return readInteraction(*q);
}

Result<QList<Interaction>> ActivityRepository::interactions(qint64 customerId, int limit)
{
    auto q = storage::run(m_db.connection(),
                          QStringLiteral("SELECT ") + kInteractionColumns
                              + QStringLiteral(" FROM interactions WHERE customer_id = ? ORDER BY at DESC, id DESC LIMIT ?"),
                          { customerId, limit });
    if (!q)
        return q.error();
    QList<Interaction> out;
    while (q->next())
        out << readInteraction(*q);
    return out;
}

Status ActivityRepository::removeInteraction(qint64 id)
{
    auto q = storage::run(m_db.connection(), QStringLiteral("DELETE FROM interactions WHERE id = ?"), { id });
    if (!q)
        return q.error();
    return {};
}

Result<int> ActivityRepository::noteCount(qint64 customerId)
{
    return count(m_db.connection(), QStringLiteral("SELECT count(*) FROM customer_notes WHERE customer_id = ?"), customerId);
}

Result<int> ActivityRepository::interactionCount(qint64 customerId)
{
    return count(m_db.connection(), QStringLiteral("SELECT count(*) FROM interactions WHERE customer_id = ?"), customerId);
}

Result<QDate> ActivityRepository::nextFollowUp(qint64 customerId, QDate from)
{
    auto v = storage::scalar(m_db.connection(),
                             QStringLiteral("SELECT min(follow_up) FROM interactions WHERE customer_id = ? AND follow_up >= ?"),
                             { customerId, storage::isoDate(from) });
    if (!v)
        return v.error();
    return storage::dateFromIso(*v);
}

} // namespace peyvand::customers
