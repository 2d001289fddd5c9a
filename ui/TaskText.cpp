#include "TaskText.h"

#include "Display.h"

namespace peyvand::ui {

QString TaskText::time(const QDateTime& utc)
{
    if (!utc.isValid())
        return {};
    return Display::digits(utc.toLocalTime().time().toString(QStringLiteral("HH:mm")));
}

QString TaskText::due(const tasks::Task& task, QDate today)
{
    if (!task.dueAt.isValid())
        return {};
    if (task.dueAt.toLocalTime().date() == today)
        return time(task.dueAt);
    return Display::dateTime(task.dueAt);
}

QString TaskText::subject(const tasks::Task& task)
{
    if (task.subject == tasks::Subject::None)
        return {};
    return tr("%1: %2", "kind of subject: its name").arg(tasks::displayName(task.subject),
                                                         Display::isolate(Display::digits(task.subjectName)));
}

} // namespace peyvand::ui
