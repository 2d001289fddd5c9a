#include "TaskService.h"

#include "TaskRepository.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"
#include "text/PersianText.h"

#include <QCoreApplication>

namespace peyvand::tasks {

namespace {

struct TasksText {
    Q_DECLARE_TR_FUNCTIONS(Tasks)
};

const QString kTask = QStringLiteral("task");


// The stored form of a time: UTC, whole seconds.
QDateTime wholeSecondsUtc(const QDateTime& at)
{
    return storage::timestampFromIso(storage::isoTimestamp(at));
}

// The UTC instant at which a local date begins.
QString startOfLocalDay(QDate date)
{
    return storage::isoTimestamp(date.startOfDay().toUTC());
}

Status cleanAndValidate(Task& task)
{
    task.title = text::normalizeForStorage(task.title);
    task.notes = text::normalizeMultilineForStorage(task.notes);
    if (task.subject == Subject::None)
        task.subjectId = 0;
    if (task.title.isEmpty())
        return Error::invalid(QStringLiteral("title"), TasksText::tr("Give the task a title."));
    if (!task.dueAt.isValid())
        return Error::invalid(QStringLiteral("due"), TasksText::tr("Give the task a valid due date and time."));
    task.dueAt = wholeSecondsUtc(task.dueAt);
    return {};
}

Error subjectMissing(Subject subject, qint64 id)
{
    QString message;
    switch (subject) {
    case Subject::Customer:
        message = TasksText::tr("There is no customer with number %1.").arg(id);
        break;
    case Subject::Lead:
        message = TasksText::tr("There is no lead with number %1.").arg(id);
        break;
    case Subject::Deal:
    case Subject::None:
        message = TasksText::tr("There is no deal with number %1.").arg(id);
        break;
    }
    Error e = Error::make(ErrorCode::NotFound, message);
    e.field = toKey(subject);
    return e;
}

Status checkSubject(TaskRepository& repo, const Task& task)
{
    if (task.subject == Subject::None)
        return {};
    auto exists = repo.subjectExists(task.subject, task.subjectId);
    if (!exists)
        return exists.error();
    if (!*exists)
        return subjectMissing(task.subject, task.subjectId);
    return {};
}

Error negativeDays()
{
    return Error::invalid(QStringLiteral("days"), TasksText::tr("The number of days cannot be negative."));
}

} // namespace

TaskService::TaskService(storage::Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
{
}

Result<Task> TaskService::create(Task draft)
{
    if (auto s = cleanAndValidate(draft); !s)
        return s.error();
    const QDateTime now = m_clock.nowUtc();
    return m_db.writeValue<Task>([&]() -> Result<Task> {
        TaskRepository repo(m_db);
        if (auto s = checkSubject(repo, draft); !s)
            return s.error();
        draft.doneAt = QDateTime();
        draft.remindedAt = QDateTime();
        draft.createdAt = now;
        draft.updatedAt = now;
        auto id = repo.insert(draft);
        if (!id)
            return id.error();
        draft.id = *id;
        if (auto s = storage::AuditLog(m_db).record(now, kTask, draft.id, QStringLiteral("create"), {}, TaskRepository::auditValues(draft)); !s)
            return s.error();
        return repo.find(draft.id);
    });
}

Result<Task> TaskService::update(Task changed)
{
    if (auto s = cleanAndValidate(changed); !s)
        return s.error();
    const QDateTime now = m_clock.nowUtc();
    return m_db.writeValue<Task>([&]() -> Result<Task> {
        TaskRepository repo(m_db);
        auto before = repo.find(changed.id);
        if (!before)
            return before.error();
        if (auto s = checkSubject(repo, changed); !s)
            return s.error();
        changed.doneAt = before->doneAt;
        changed.remindedAt = changed.dueAt == before->dueAt ? before->remindedAt : QDateTime();
        changed.createdAt = before->createdAt;
        changed.updatedAt = now;
        if (auto s = repo.update(changed); !s)
            return s.error();
        if (auto s = storage::AuditLog(m_db).record(now, kTask, changed.id, QStringLiteral("update"), TaskRepository::auditValues(*before),
                                                    TaskRepository::auditValues(changed));
            !s)
            return s.error();
        return repo.find(changed.id);
    });
}

Result<Task> TaskService::get(qint64 id)
{
    return TaskRepository(m_db).find(id);
}

Status TaskService::remove(qint64 id)
{
    const QDateTime now = m_clock.nowUtc();
    return m_db.write([&]() -> Status {
        TaskRepository repo(m_db);
        auto before = repo.find(id);
        if (!before)
            return before.error();
        if (auto s = repo.remove(id); !s)
            return s;
        return storage::AuditLog(m_db).record(now, kTask, id, QStringLiteral("delete"), TaskRepository::auditValues(*before), {});
    });
}

Result<Task> TaskService::setDone(qint64 id, bool done)
{
    const QDateTime now = m_clock.nowUtc();
    return m_db.writeValue<Task>([&]() -> Result<Task> {
        TaskRepository repo(m_db);
        auto before = repo.find(id);
        if (!before)
            return before.error();
        if (before->isDone() == done)
            return before;
        Task after = *before;
        after.doneAt = done ? now : QDateTime();
        after.updatedAt = now;
        if (auto s = repo.update(after); !s)
            return s.error();
        if (auto s = storage::AuditLog(m_db).record(now, kTask, id, QStringLiteral("update"), TaskRepository::auditValues(*before),
                                                    TaskRepository::auditValues(after));
            !s)
            return s.error();
        return repo.find(id);
    });
}

Result<Agenda> TaskService::agenda(int upcomingDays)
{
    if (upcomingDays < 0)
        return negativeDays();
    const QDate today = m_clock.today();
    const QString startOfToday = startOfLocalDay(today);
    const QString startOfTomorrow = startOfLocalDay(today.addDays(1));
    auto open = TaskRepository(m_db).where(QStringLiteral("t.done_at IS NULL AND t.due_at < ?"),
                                           { startOfLocalDay(today.addDays(1 + upcomingDays)) });
    if (!open)
        return open.error();
    Agenda agenda;
    for (const Task& task : std::as_const(*open)) {
        const QString due = storage::isoTimestamp(task.dueAt);
        if (due < startOfToday)
            agenda.overdue << task;
        else if (due < startOfTomorrow)
            agenda.today << task;
        else
            agenda.upcoming << task;
    }
    return agenda;
}

Result<QList<Task>> TaskService::dueWithin(int days)
{
    if (days < 0)
        return negativeDays();
    return TaskRepository(m_db).where(QStringLiteral("t.done_at IS NULL AND t.due_at <= ?"),
                                      { storage::isoTimestamp(m_clock.nowUtc().addDays(days)) });
}

Result<QList<Task>> TaskService::tasksOf(Subject subject, qint64 subjectId, bool includeDone)
{
    QString condition;
    switch (subject) {
    case Subject::None:
        condition = QStringLiteral("t.customer_id IS NULL AND t.lead_id IS NULL AND t.deal_id IS NULL");
        break;
    case Subject::Customer:
        condition = QStringLiteral("t.customer_id = ?");
        break;
    case Subject::Lead:
        condition = QStringLiteral("t.lead_id = ?");
        break;
    case Subject::Deal:
        condition = QStringLiteral("t.deal_id = ?");
        break;
    }
    if (!includeDone)
        condition += QStringLiteral(" AND t.done_at IS NULL");
    const QVariantList values = subject == Subject::None ? QVariantList() : QVariantList { subjectId };
    return TaskRepository(m_db).where(condition, values);
}

Result<QMap<QDate, int>> TaskService::countsPerDay(QDate from, QDate to)
{
    if (!from.isValid())
        return Error::invalid(QStringLiteral("from"), TasksText::tr("The first day of the range is not a valid date."));
    if (!to.isValid())
        return Error::invalid(QStringLiteral("to"), TasksText::tr("The last day of the range is not a valid date."));
    QMap<QDate, int> counts;
    if (from > to)
        return counts;
    auto times = TaskRepository(m_db).dueTimes(QStringLiteral("t.due_at >= ? AND t.due_at < ?"),
                                               { startOfLocalDay(from), startOfLocalDay(to.addDays(1)) });
    if (!times)
        return times.error();
    for (const QDateTime& due : std::as_const(*times))
        ++counts[due.toLocalTime().date()];
    return counts;
}

Result<QList<Task>> TaskService::onDay(QDate localDate)
{
    if (!localDate.isValid())
        return Error::invalid(QStringLiteral("date"), TasksText::tr("The day is not a valid date."));
    return TaskRepository(m_db).where(QStringLiteral("t.due_at >= ? AND t.due_at < ?"),
                                      { startOfLocalDay(localDate), startOfLocalDay(localDate.addDays(1)) });
}

Result<QList<Task>> TaskService::dueForReminder()
{
    return TaskRepository(m_db).where(QStringLiteral("t.done_at IS NULL AND t.reminded_at IS NULL AND t.due_at <= ?"),
                                      { storage::isoTimestamp(m_clock.nowUtc()) });
}

Status TaskService::markReminded(const QList<qint64>& ids)
{
    const QDateTime now = m_clock.nowUtc();
    return m_db.write([&]() -> Status {
        TaskRepository repo(m_db);
        for (qint64 id : ids) {
            if (auto s = repo.setReminded(id, now); !s)
                return s;
        }
        return {};
    });
}

Result<QList<Task>> TaskService::all(bool includeDone)
{
    return TaskRepository(m_db).where(includeDone ? QStringLiteral("1") : QStringLiteral("t.done_at IS NULL"));
}

} // namespace peyvand::tasks
