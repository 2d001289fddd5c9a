#pragma once

#include "tasks/Task.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace peyvand::ui {

// How a task's due time and subject read in lists.
class TaskText final {
    Q_DECLARE_TR_FUNCTIONS(TaskText)
public:
    // "14:30" for a task due on `today` (local), else its Jalali date and time.
    static QString due(const tasks::Task& task, QDate today);
    // The local time of day only: "۱۴:۳۰".
    static QString time(const QDateTime& utc);
    // "Customer: Ali Karimi"; empty for a task about nothing in particular.
    static QString subject(const tasks::Task& task);

private:
    TaskText() = delete;
};

} // namespace peyvand::ui
