#include "TaskRepository.h"

#include "storage/Database.h"
#include "storage/SqlHelpers.h"

#include <QCoreApplication>

namespace peyvand::tasks {

namespace {

struct TasksText {
    Q_DECLARE_TR_FUNCTIONS(Tasks)
};

const QString kSelect = QStringLiteral(
    "SELECT t.id, t.title, t.notes, t.due_at, t.customer_id, t.lead_id, t.deal_id, t.done_at, t.reminded_at, t.created_at, "
    "t.updated_at, coalesce(c.name, l.name, d.title, '') "
    "FROM tasks t LEFT JOIN customers c ON c.id = t.customer_id LEFT JOIN leads l ON l.id = t.lead_id "
    "LEFT JOIN deals d ON d.id = t.deal_id");

Task readTask(const QSqlQuery& q)
{
    Task t;
    t.id = q.value(0).toLongLong();
    t.title = q.value(1).toString();
    t.notes = q.value(2).toString();
    t.dueAt = storage::timestampFromIso(q.value(3));
    if (!q.value(4).isNull()) {
        t.subject = Subject::Customer;
        t.subjectId = q.value(4).toLongLong();
    } else if (!q.value(5).isNull()) {
        t.subject = Subject::Lead;
        t.subjectId = q.value(5).toLongLong();
    } else if (!q.value(6).isNull()) {
        t.subject = Subject::Deal;
        t.subjectId = q.value(6).toLongLong();
    }
    t.doneAt = storage::timestampFromIso(q.value(7));
    t.remindedAt = storage::timestampFromIso(q.value(8));
    t.createdAt = storage::timestampFromIso(q.value(9));
    t.updatedAt = storage::timestampFromIso(q.value(10));
    t.subjectName = q.value(11).toString();
    return t;
}

QVariant idIf(const Task& t, Subject subject)
{
    return t.subject == subject && t.subjectId > 0 ? QVariant(t.subjectId) : QVariant(QMetaType::fromType<qint64>());
}

QVariant timestampOrNull(const QDateTime& at)
{
    return at.isValid() ? QVariant(storage::isoTimestamp(at)) : QVariant(QMetaType::fromType<QString>());
}

Error missing(qint64 id)
{
    return Error::make(ErrorCode::NotFound, TasksText::tr("There is no task with number %1.").arg(id));
}

Result<QSqlQuery> runWith(QSqlDatabase& db, const QString& sql, const QVariantList& values)
{
    auto q = storage::prepare(db, sql);
    if (!q)
        return q.error();
    storage::bindAll(*q, values);
    if (auto s = storage::exec(*q); !s)
        return s.error();
    return q;
}

} // namespace

Result<Task> TaskRepository::find(qint64 id)
{
    auto q = storage::run(m_db.connection(), kSelect + QStringLiteral(" WHERE t.id = ?"), { id });
    if (!q)
        return q.error();
    if (!q->next())
        return missing(id);
    return readTask(*q);
}

Result<qint64> TaskRepository::insert(const Task& t)
{
    auto q = storage::run(m_db.connection(),
                          QStringLiteral("INSERT INTO tasks (title, notes, due_at, customer_id, lead_id, deal_id, done_at, reminded_at, "
                                         "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                          { t.title, t.notes, storage::isoTimestamp(t.dueAt), idIf(t, Subject::Customer), idIf(t, Subject::Lead),
                            idIf(t, Subject::Deal), timestampOrNull(t.doneAt), timestampOrNull(t.remindedAt),
                            storage::isoTimestamp(t.createdAt), storage::isoTimestamp(t.updatedAt) });
    if (!q)
        return q.error();
    return q->lastInsertId().toLongLong();
}

Status TaskRepository::update(const Task& t)
{
    return storage::changeOne(m_db.connection(),
                              QStringLiteral("UPDATE tasks SET title = ?, notes = ?, due_at = ?, customer_id = ?, lead_id = ?, deal_id = ?, "
                                             "done_at = ?, reminded_at = ?, updated_at = ? WHERE id = ?"),
                              { t.title, t.notes, storage::isoTimestamp(t.dueAt), idIf(t, Subject::Customer), idIf(t, Subject::Lead),
                                idIf(t, Subject::Deal), timestampOrNull(t.doneAt), timestampOrNull(t.remindedAt),
                                storage::isoTimestamp(t.updatedAt), t.id },
                              missing(t.id));
}

Status TaskRepository::remove(qint64 id)
{
    return storage::changeOne(m_db.connection(), QStringLiteral("DELETE FROM tasks WHERE id = ?"), { id }, missing(id));
}

Status TaskRepository::setReminded(qint64 id, const QDateTime& at)
{
    auto q = storage::run(m_db.connection(), QStringLiteral("UPDATE tasks SET reminded_at = ? WHERE id = ?"), { storage::isoTimestamp(at), id });
    if (!q)
        return q.error();
    return {};
}

Result<QList<Task>> TaskRepository::where(const QString& condition, const QVariantList& values)
{
    auto q = runWith(m_db.connection(), kSelect + QStringLiteral(" WHERE ") + condition + QStringLiteral(" ORDER BY t.due_at, t.id"), values);
    if (!q)
        return q.error();
    QList<Task> out;
    while (q->next())
        out << readTask(*q);
    return out;
}

Result<QList<QDateTime>> TaskRepository::dueTimes(const QString& condition, const QVariantList& values)
{
    auto q = runWith(m_db.connection(), QStringLiteral("SELECT t.due_at FROM tasks t WHERE ") + condition, values);
    if (!q)
        return q.error();
    QList<QDateTime> out;
    while (q->next())
        out << storage::timestampFromIso(q->value(0));
    return out;
}

Result<bool> TaskRepository::subjectExists(Subject subject, qint64 id)
{
    QString table;
    switch (subject) {
    case Subject::None:
        return true;
    case Subject::Customer:
        table = QStringLiteral("customers");
        break;
    case Subject::Lead:
        table = QStringLiteral("leads");
        break;
    case Subject::Deal:
        table = QStringLiteral("deals");
        break;
    }
    auto v = storage::scalar(m_db.connection(), QStringLiteral("SELECT 1 FROM ") + table + QStringLiteral(" WHERE id = ?"), { id });
    if (!v)
        return v.error();
    return v->isValid();
}

QJsonObject TaskRepository::auditValues(const Task& t)
{
    QJsonObject o;
    o.insert(QStringLiteral("title"), t.title);
    o.insert(QStringLiteral("notes"), t.notes);
    o.insert(QStringLiteral("due_at"), storage::isoTimestamp(t.dueAt));
    o.insert(QStringLiteral("subject"), toKey(t.subject));
    o.insert(QStringLiteral("subject_id"), t.subject == Subject::None ? QJsonValue() : QJsonValue(t.subjectId));
    o.insert(QStringLiteral("done_at"), t.doneAt.isValid() ? QJsonValue(storage::isoTimestamp(t.doneAt)) : QJsonValue());
    return o;
}

} // namespace peyvand::tasks
