#include "ReminderService.h"

#include "Display.h"
#include "ErrorText.h"
#include "ReminderNotifier.h"
#include "TaskText.h"
#include "tasks/TaskService.h"

#include <QTimer>

namespace peyvand::ui {

ReminderService::ReminderService(tasks::TaskService& tasks, ReminderNotifier& notifier, const Clock& clock,
                                 QObject* parent)
    : QObject(parent)
    , m_tasks(tasks)
    , m_notifier(notifier)
    , m_clock(clock)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(kIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &ReminderService::checkNow);
}

void ReminderService::start()
{
    m_startedAt = m_clock.nowUtc();
    checkNow();
    m_timer->start();
}

void ReminderService::stop()
{
    m_timer->stop();
}

bool ReminderService::isRunning() const
{
    return m_timer->isActive();
}

int ReminderService::checkNow()
{
    const Result<QList<tasks::Task>> due = m_tasks.dueForReminder();
    if (!due) {
        emit failed(ErrorText::describe(due.error()));
        return 0;
    }
    if (due->isEmpty())
        return 0;
    if (due->size() > kMostShownOneByOne) {
        notifySummary(*due);
    } else {
        for (const tasks::Task& task : *due)
            notifyOne(task);
    }
    QList<qint64> ids;
    for (const tasks::Task& task : *due)
        ids << task.id;
    // When marking fails the same tasks come again at the next check: say why.
    const Status marked = m_tasks.markReminded(ids);
    if (!marked)
        emit failed(ErrorText::describe(marked.error()));
    emit reminded(ids);
    return int(ids.size());
}

void ReminderService::notifyOne(const tasks::Task& task)
{
    const QString subject = TaskText::subject(task);
    const bool missed = m_startedAt.isValid() && task.dueAt < m_startedAt.addSecs(-60);
    const QString when = missed ? tr("Missed while Peyvand was closed: due %1").arg(Display::dateTime(task.dueAt))
                                : tr("Due %1").arg(Display::dateTime(task.dueAt));
    m_notifier.notify(task.title, subject.isEmpty() ? when : tr("%1\n%2", "due time, then the subject").arg(when, subject));
}

void ReminderService::notifySummary(const QList<tasks::Task>& due)
{
    QStringList titles;
    for (int i = 0; i < kMostShownOneByOne; ++i)
        titles << due.at(i).title;
    const int more = int(due.size()) - kMostShownOneByOne;
    const QString text = more == 1
        ? tr("%1\n…and 1 more", "task titles, one per line").arg(titles.join(QLatin1Char('\n')))
        : tr("%1\n…and %2 more", "task titles, one per line").arg(titles.join(QLatin1Char('\n')), Display::number(more));
    m_notifier.notify(tr("%1 tasks are due").arg(Display::number(due.size())), text);
}

} // namespace peyvand::ui
