#pragma once

#include "Task.h"
#include "common/Clock.h"
#include "common/Result.h"

#include <QDate>
#include <QList>
#include <QMap>

namespace peyvand::storage {
class Database;
}

namespace peyvand::tasks {

// The "Today" panel: open tasks that are overdue, due today, and due in the
// next days (local dates).
struct Agenda {
    QList<Task> overdue;   // oldest first
    QList<Task> today;     // by time
    QList<Task> upcoming;  // after today, within the horizon, by time
};

// Tasks and follow-ups. Writes validate ("title" required, "due" valid,
// subject exists), run in one transaction and leave an audit row.
class TaskService final {
public:
    TaskService(storage::Database& db, const Clock& clock = SystemClock::instance());

    Result<Task> create(Task draft);
    Result<Task> update(Task changed);   // title, notes, due, subject; a new due time re-arms the reminder
    Result<Task> get(qint64 id);
    Status remove(qint64 id);
    Result<Task> setDone(qint64 id, bool done = true);

    Result<Agenda> agenda(int upcomingDays = 7);
    // Open tasks due within `days` from now (overdue included), by due time.
    Result<QList<Task>> dueWithin(int days);
    // Open tasks of a subject, by due time (done ones too when asked).
    Result<QList<Task>> tasksOf(Subject subject, qint64 subjectId, bool includeDone = false);
    // For a Jalali month calendar: open and done task counts per local date.
    Result<QMap<QDate, int>> countsPerDay(QDate from, QDate to);
    Result<QList<Task>> onDay(QDate localDate);

    // Reminders: open tasks due at or before now that were not reminded yet
    // (also those missed while the app was closed), oldest first.
    Result<QList<Task>> dueForReminder();
    Status markReminded(const QList<qint64>& ids);
    Result<QList<Task>> all(bool includeDone = false); // by due time, for export

private:
    storage::Database& m_db;
    const Clock& m_clock;
};

} // namespace peyvand::tasks
