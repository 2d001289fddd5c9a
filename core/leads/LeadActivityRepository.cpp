#include "LeadActivityRepository.h"

#include "LeadRepository.h"
#include "ScoringEngine.h"

#include "customers/CustomerJson.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"

#include <QCoreApplication>

namespace peyvand::leads {

using storage::isoTimestamp;

namespace {

const QString kInteractionColumns = QStringLiteral("id, lead_id, at, channel, direction, contact_person, summary, outcome");

LeadInteraction readInteraction(const QSqlQuery& q)
{
    LeadInteraction i;
    i.id = q.value(0).toLongLong();
    i.customerId = q.value(1).toLongLong();
    i.at = storage::timestampFromIso(q.value(2));
    i.channel = customers::interactionChannelFromKey(q.value(3).toString()).value_or(customers::InteractionChannel::Phone);
    i.direction = customers::directionFromKey(q.value(4).toString()).value_or(customers::Direction::Outbound);
    i.contactPerson = q.value(5).toString();
    i.summary = q.value(6).toString();
    i.outcome = q.value(7).toString();
    return i;
}

LeadNote readNote(const QSqlQuery& q)
{
    LeadNote n;
    n.id = q.value(0).toLongLong();
    n.customerId = q.value(1).toLongLong();
    n.at = storage::timestampFromIso(q.value(2));
    n.text = q.value(3).toString();
    return n;
}

QJsonObject withLeadId(QJsonObject o)
{
    o.insert(QStringLiteral("lead_id"), o.take(QStringLiteral("customer_id")));
    o.remove(QStringLiteral("follow_up"));
    o.remove(QStringLiteral("follow_up_jalali"));
    return o;
}

Status removeOne(storage::Database& db, const QString& sql, qint64 id, const char* missing)
{
    return storage::changeOne(db.connection(), sql, { id },
                              Error::make(ErrorCode::NotFound, QCoreApplication::translate("Leads", missing)));
}

} // namespace

QJsonObject LeadActivityRepository::auditJson(const LeadNote& note)
{
    return withLeadId(customers::toJson(note));
}

QJsonObject LeadActivityRepository::auditJson(const LeadInteraction& interaction)
{
    return withLeadId(customers::toJson(interaction));
}

Result<qint64> LeadActivityRepository::insertNote(const LeadNote& note, const QDateTime& createdAt)
{
    auto q = storage::run(m_db.connection(),
                          QStringLiteral("INSERT INTO lead_notes (lead_id, at, text, created_at) VALUES (?, ?, ?, ?)"),
                          { note.customerId, isoTimestamp(note.at), note.text, isoTimestamp(createdAt) });
    if (!q)
        return q.error();
    return q->lastInsertId().toLongLong();
}

Result<LeadNote> LeadActivityRepository::findNote(qint64 id)
{
    auto q = storage::run(m_db.connection(), QStringLiteral("SELECT id, lead_id, at, text FROM lead_notes WHERE id = ?"), { id });
    if (!q)
        return q.error();
    if (!q->next())
        return Error::make(ErrorCode::NotFound, QCoreApplication::translate("Leads", "That note does not exist."));
    return readNote(*q);
}

Result<QList<LeadNote>> LeadActivityRepository::notes(qint64 leadId)
{
    auto q = storage::run(m_db.connection(),
                          QStringLiteral("SELECT id, lead_id, at, text FROM lead_notes WHERE lead_id = ? ORDER BY at DESC, id DESC"),
                          { leadId });
    if (!q)
        return q.error();
    QList<LeadNote> out;
    while (q->next())
        out << readNote(*q);
    return out;
}

Status LeadActivityRepository::removeNote(qint64 id)
{
    return removeOne(m_db, QStringLiteral("DELETE FROM lead_notes WHERE id = ?"), id, QT_TRANSLATE_NOOP("Leads", "That note does not exist."));
}

Result<qint64> LeadActivityRepository::insertInteraction(const LeadInteraction& i, const QDateTime& createdAt)
{
    auto q = storage::run(m_db.connection(),
                          QStringLiteral("INSERT INTO lead_interactions (lead_id, at, channel, direction, contact_person, summary, "
                                         "outcome, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                          { i.customerId, isoTimestamp(i.at), toKey(i.channel), toKey(i.direction), i.contactPerson, i.summary,
                            i.outcome, isoTimestamp(createdAt) });
    if (!q)
        return q.error();
    return q->lastInsertId().toLongLong();
}

Result<LeadInteraction> LeadActivityRepository::findInteraction(qint64 id)
{
    auto q = storage::run(m_db.connection(),
                          QStringLiteral("SELECT ") + kInteractionColumns + QStringLiteral(" FROM lead_interactions WHERE id = ?"), { id });
    if (!q)
        return q.error();
    if (!q->next())
        return Error::make(ErrorCode::NotFound, QCoreApplication::translate("Leads", "That interaction does not exist."));
    return readInteraction(*q);
}

Result<QList<LeadInteraction>> LeadActivityRepository::interactions(qint64 leadId)
{
    auto q = storage::run(m_db.connection(),
                          QStringLiteral("SELECT ") + kInteractionColumns
                              + QStringLiteral(" FROM lead_interactions WHERE lead_id = ? ORDER BY at DESC, id DESC"),
                          { leadId });
    if (!q)
        return q.error();
    QList<LeadInteraction> out;
    while (q->next())
        out << readInteraction(*q);
    return out;
}

Status LeadActivityRepository::removeInteraction(qint64 id)
{
    return removeOne(m_db, QStringLiteral("DELETE FROM lead_interactions WHERE id = ?"), id,
                     QT_TRANSLATE_NOOP("Leads", "That interaction does not exist."));
}

Result<qint64> LeadActivityRepository::insertScoreChange(const ScoreChange& c)
{
    auto q = storage::run(m_db.connection(),
                          QStringLiteral("INSERT INTO lead_score_history (lead_id, previous_id, at, cause, old_score, new_score, "
                                         "changes, note) VALUES (?, (SELECT last_history_id FROM lead_scores WHERE lead_id = ?), "
                                         "?, ?, ?, ?, ?, ?)"),
                          { c.leadId, c.leadId, isoTimestamp(c.at), toKey(c.cause),
                            c.oldScore ? QVariant(*c.oldScore) : QVariant(QMetaType::fromType<qlonglong>()), c.newScore,
                            QString::fromUtf8(changesToJson(c.changes)), c.note });
    if (!q)
        return q.error();
    const qint64 id = q->lastInsertId().toLongLong();
    if (Status s = storage::changeOne(m_db.connection(),
                                      QStringLiteral("UPDATE lead_scores SET last_history_id = ? WHERE lead_id = ?"),
                                      { id, c.leadId }, leadNotFound(c.leadId));
        !s)
        return s.error();
    return id;
}

Result<QList<ScoreChange>> LeadActivityRepository::scoreChanges(qint64 leadId)
{
    auto q = storage::run(m_db.connection(),
                          QStringLiteral("SELECT id, lead_id, at, cause, old_score, new_score, changes, note FROM lead_score_history "
                                         "WHERE id IN (") + historyChainSql() + QStringLiteral(") ORDER BY id DESC"),
                          { leadId });
    if (!q)
        return q.error();
    QList<ScoreChange> out;
    while (q->next()) {
        ScoreChange c;
        c.id = q->value(0).toLongLong();
        c.leadId = q->value(1).toLongLong();
        c.at = storage::timestampFromIso(q->value(2));
        c.cause = scoreChangeCauseFromKey(q->value(3).toString()).value_or(ScoreChangeCause::Edited);
        if (!q->value(4).isNull())
            c.oldScore = q->value(4).toInt();
        c.newScore = q->value(5).toInt();
        c.changes = changesFromJson(q->value(6).toString().toUtf8());
        c.note = q->value(7).toString();
        out << c;
    }
    return out;
}

} // namespace peyvand::leads
