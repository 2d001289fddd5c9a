#pragma once

#include "tasks/Task.h"

#include <QDate>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace peyvand::ui {

class JalaliMonthCalendar;
class PipelineServices;
class TaskFormDialog;
class TaskListModel;
class TodayPanel;

// "Today and tasks": the Today panel beside a Jalali month calendar with the
// number of tasks per day; clicking a day lists its tasks. New task, edit,
// delete (after asking) and export of the open tasks to an iCalendar file
// for a phone's calendar.
class TasksPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TasksPage)

public:
    explicit TasksPage(PipelineServices& services, QWidget* parent = nullptr);

    // Reads the agenda, the month's counts and the chosen day's tasks again.
    void refresh();
    void showDay(QDate date);
    QDate shownDay() const { return m_day; }
    qint64 currentTaskId() const { return m_current; }

    // The dialogs open window-modal and return at once (tests fill them in).
    TaskFormDialog* newTask(const tasks::Task& preset = {});
    TaskFormDialog* editTask(qint64 taskId);
    // Asks, then deletes; false when nothing was deleted.
    bool deleteTask(qint64 taskId);
    // Asks for a file and writes the open tasks to it as iCalendar; false
    // when cancelled or the file could not be written (the reason is shown).
    bool exportIcs();

    TodayPanel* today() const { return m_today; }
    JalaliMonthCalendar* calendar() const { return m_calendar; }
    TaskListModel* dayModel() const { return m_dayModel; }
    QTableView* dayTable() const { return m_dayTable; }
    QLabel* dayTitle() const { return m_dayTitle; }
    QPushButton* newTaskButton() const { return m_new; }
    QPushButton* exportButton() const { return m_export; }
    QPushButton* editButton() const { return m_edit; }
    QPushButton* deleteButton() const { return m_delete; }

signals:
    void openSubjectRequested(peyvand::tasks::Subject subject, qint64 subjectId);
    void tasksChanged();
    void statusMessage(const QString& message);

protected:
    void showEvent(QShowEvent* event) override;

private:
    QWidget* createDayPanel();
    void loadCounts();
    void loadDay();
    void setCurrent(qint64 taskId);
    TaskFormDialog* openDialog(TaskFormDialog* dialog);
    void onTasksChanged();

    PipelineServices& m_services;
    QDate m_day;
    qint64 m_current = 0;
    TodayPanel* m_today = nullptr;
    JalaliMonthCalendar* m_calendar = nullptr;
    TaskListModel* m_dayModel = nullptr;
    QTableView* m_dayTable = nullptr;
    QLabel* m_dayTitle = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_export = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_delete = nullptr;
};

} // namespace peyvand::ui
