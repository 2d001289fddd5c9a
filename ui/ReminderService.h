#pragma once

#include "common/Clock.h"

#include <QDateTime>
#include <QList>
#include <QObject>

class QTimer;

namespace peyvand::tasks {
class TaskService;
struct Task;
}

namespace peyvand::ui {

class ReminderNotifier;

// Reminds of tasks while Peyvand runs: every 30 seconds it asks
// TaskService::dueForReminder for open tasks whose time has come and that
// were not reminded yet, shows them (one message each, or one summary when
// many are due at once) and marks them reminded, so each is shown once. The
// first check, on start, also shows what fell due while Peyvand was closed.
class ReminderService final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReminderService)

public:
    static constexpr int kIntervalMs = 30 * 1000;
    // More tasks than this at once are shown as one summary.
    static constexpr int kMostShownOneByOne = 3;

    ReminderService(tasks::TaskService& tasks, ReminderNotifier& notifier, const Clock& clock = SystemClock::instance(),
                    QObject* parent = nullptr);

    // Checks at once (showing missed reminders) and then every kIntervalMs.
    void start();
    void stop();
    bool isRunning() const;
    // One check; returns how many tasks were reminded.
    int checkNow();
    QTimer* timer() const { return m_timer; }

signals:
    void reminded(const QList<qint64>& taskIds);
    void failed(const QString& message);

private:
    void notifyOne(const tasks::Task& task);
    void notifySummary(const QList<tasks::Task>& due);

    tasks::TaskService& m_tasks;
    ReminderNotifier& m_notifier;
    const Clock& m_clock;
    QTimer* m_timer = nullptr;
    QDateTime m_startedAt; // tasks due before it were missed while Peyvand was closed
};

} // namespace peyvand::ui
