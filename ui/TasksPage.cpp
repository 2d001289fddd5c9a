#include "TasksPage.h"

#include "Dialogs.h"
#include "Display.h"
#include "ErrorText.h"
#include "ExportPolicy.h"
#include "FileDialogs.h"
#include "JalaliMonthCalendar.h"
#include "PipelineServices.h"
#include "TaskFormDialog.h"
#include "TaskListModel.h"
#include "TodayPanel.h"
#include "tasks/IcsExport.h"
#include "text/Jalali.h"

#include <QDir>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QShortcut>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace peyvand::ui {

TasksPage::TasksPage(PipelineServices& services, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_day(services.clock.today())
    , m_today(new TodayPanel(services, this))
    , m_calendar(new JalaliMonthCalendar(services.clock.today(), this))
    , m_dayModel(new TaskListModel(services.tasks, this))
    , m_dayTable(new QTableView(this))
    , m_dayTitle(new QLabel(this))
    , m_new(new QPushButton(tr("New task"), this))
    , m_export(new QPushButton(tr("Export to calendar (.ics)…"), this))
    , m_edit(new QPushButton(tr("Edit…"), this))
    , m_delete(new QPushButton(tr("Delete…"), this))
{
    setObjectName(QStringLiteral("tasksPage"));
    m_new->setObjectName(QStringLiteral("newTaskButton"));
    m_export->setObjectName(QStringLiteral("exportIcsButton"));
    m_export->setToolTip(tr("Save the open tasks as an iCalendar file that phone and desktop calendars import"));
    m_edit->setObjectName(QStringLiteral("editTaskButton"));
    m_delete->setObjectName(QStringLiteral("deleteTaskButton"));

    auto* todayBox = new QGroupBox(tr("Today"), this);
    auto* todayLayout = new QVBoxLayout(todayBox);
    todayLayout->addWidget(m_today);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(todayBox);
    splitter->addWidget(createDayPanel());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({ 660, 500 }); // scaled to the window's width

    auto* topRow = new QHBoxLayout;
    topRow->addWidget(m_new);
    topRow->addWidget(m_edit);
    topRow->addWidget(m_delete);
    topRow->addStretch(1);
    topRow->addWidget(m_export);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(topRow);
    layout->addWidget(splitter, 1);

    connect(m_new, &QPushButton::clicked, this, [this] { newTask(); });
    connect(m_edit, &QPushButton::clicked, this, [this] { editTask(m_current); });
    connect(m_delete, &QPushButton::clicked, this, [this] { deleteTask(m_current); });
    connect(m_export, &QPushButton::clicked, this, &TasksPage::exportIcs);
    ExportPolicy::guard(m_export, ExportPolicy::Kind::Export);
    connect(m_today, &TodayPanel::editRequested, this, &TasksPage::editTask);
    connect(m_today, &TodayPanel::openSubjectRequested, this, &TasksPage::openSubjectRequested);
    connect(m_today, &TodayPanel::statusMessage, this, &TasksPage::statusMessage);
    connect(m_today, &TodayPanel::currentTaskChanged, this, &TasksPage::setCurrent);
    connect(m_today, &TodayPanel::tasksChanged, this, [this] {
        loadCounts();
        loadDay();
        emit tasksChanged();
    });
    connect(m_calendar, &JalaliMonthCalendar::monthChanged, this, &TasksPage::loadCounts);
    connect(m_calendar, &JalaliMonthCalendar::dayClicked, this, &TasksPage::showDay);
    auto* remove = new QShortcut(QKeySequence::Delete, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(remove, &QShortcut::activated, this, [this] { deleteTask(m_current); });
    setCurrent(0);
}

QWidget* TasksPage::createDayPanel()
{
    auto* box = new QGroupBox(tr("Calendar"), this);
    m_dayTitle->setObjectName(QStringLiteral("dayTitle"));
    QFont font = m_dayTitle->font();
    font.setBold(true);
    m_dayTitle->setFont(font);
    m_dayTable->setObjectName(QStringLiteral("dayTasks"));
    m_dayTable->setModel(m_dayModel);
    m_dayTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_dayTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_dayTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_dayTable->setWordWrap(false);
    m_dayTable->verticalHeader()->hide();
    QHeaderView* header = m_dayTable->horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    header->setSectionResizeMode(TaskListModel::TimeColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(TaskListModel::TitleColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(TaskListModel::SubjectColumn, QHeaderView::Interactive);
    header->resizeSection(TaskListModel::SubjectColumn, 210);
    m_calendar->setMinimumHeight(300);

    auto* layout = new QVBoxLayout(box);
    layout->addWidget(m_calendar, 3);
    layout->addWidget(m_dayTitle);
    layout->addWidget(m_dayTable, 2);

    connect(m_dayTable, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        if (const tasks::Task* task = m_dayModel->taskAt(index.row()))
            editTask(task->id);
    });
    connect(m_dayTable, &QTableView::clicked, this, [this](const QModelIndex& index) {
        const tasks::Task* task = m_dayModel->taskAt(index.row());
        if (task && index.column() == TaskListModel::SubjectColumn && task->subject != tasks::Subject::None)
            emit openSubjectRequested(task->subject, task->subjectId);
    });
    connect(m_dayTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& index) {
                const tasks::Task* task = m_dayModel->taskAt(index.row());
                setCurrent(task ? task->id : 0);
            });
    connect(m_dayModel, &TaskListModel::failed, this, &TasksPage::statusMessage);
    connect(m_dayModel, &TaskListModel::taskDone, this, [this](qint64, bool done) {
        emit statusMessage(done ? tr("Task done") : tr("Task opened again"));
        m_today->reload();
        loadCounts();
        emit tasksChanged();
    });
    return box;
}

void TasksPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
}

void TasksPage::refresh()
{
    m_calendar->setToday(m_services.clock.today());
    m_today->reload();
    loadCounts();
    loadDay();
}

void TasksPage::loadCounts()
{
    const Result<QMap<QDate, int>> counts = m_services.tasks.countsPerDay(m_calendar->firstDay(), m_calendar->lastDay());
    if (!counts)
        emit statusMessage(ErrorText::describe(counts.error()));
    m_calendar->setCounts(counts.valueOr({}));
}

void TasksPage::showDay(QDate date)
{
    if (!date.isValid())
        return;
    m_day = date;
    if (m_calendar->selectedDate() != date) {
        m_calendar->showMonthOf(date);
        m_calendar->setSelectedDate(date);
    }
    loadDay();
}

void TasksPage::loadDay()
{
    const auto language = Display::persian() ? text::jalali::Language::Persian : text::jalali::Language::English;
    const QString day = Display::digits(tr("%1, %2", "weekday, date in words")
                                            .arg(text::jalali::weekdayName(m_day, language),
                                                 text::jalali::formatLong(m_day, language)));
    const Result<QList<tasks::Task>> onDay = m_services.tasks.onDay(m_day);
    if (!onDay)
        emit statusMessage(ErrorText::describe(onDay.error()));
    m_dayModel->setTasks(onDay.valueOr({}));
    const int count = int(m_dayModel->rowCount());
    m_dayTitle->setText(count == 0 ? tr("%1: no tasks").arg(day)
                                   : count == 1 ? tr("%1: 1 task").arg(day)
                                                : tr("%1: %2 tasks").arg(day, Display::number(count)));
}

void TasksPage::setCurrent(qint64 taskId)
{
    m_current = taskId;
    m_edit->setEnabled(taskId > 0);
    m_delete->setEnabled(taskId > 0);
}

TaskFormDialog* TasksPage::newTask(const tasks::Task& preset)
{
    tasks::Task task = preset;
    task.id = 0;
    if (!task.dueAt.isValid() && m_day != m_services.clock.today()) {
        // A task added while a day is chosen is due that day, at nine.
        task.dueAt = QDateTime(m_day, QTime(9, 0)).toUTC();
    }
    return openDialog(new TaskFormDialog(m_services, task, this));
}

TaskFormDialog* TasksPage::editTask(qint64 taskId)
{
    if (taskId <= 0)
        return nullptr;
    const Result<tasks::Task> task = m_services.tasks.get(taskId);
    if (!task) {
        emit statusMessage(ErrorText::describe(task.error()));
        return nullptr;
    }
    return openDialog(new TaskFormDialog(m_services, *task, this));
}

TaskFormDialog* TasksPage::openDialog(TaskFormDialog* dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const bool created = dialog->isNew();
        const qint64 id = dialog->saved().id;
        onTasksChanged();
        m_today->select(id);
        emit statusMessage(created ? tr("Task added") : tr("Task saved"));
    });
    dialog->open();
    return dialog;
}

void TasksPage::onTasksChanged()
{
    refresh();
    emit tasksChanged();
}

bool TasksPage::deleteTask(qint64 taskId)
{
    if (taskId <= 0)
        return false;
    const Result<tasks::Task> task = m_services.tasks.get(taskId);
    if (!task) {
        emit statusMessage(ErrorText::describe(task.error()));
        return false;
    }
    const Dialogs::Answer answer = Dialogs::ask(this, tr("Delete task"),
        tr("Delete the task “%1”?").arg(task->title), tr("Delete"));
    if (answer != Dialogs::Answer::Yes)
        return false;
    const Status removed = m_services.tasks.remove(taskId);
    if (!removed) {
        Dialogs::error(this, tr("Delete task"), ErrorText::describe(removed.error()), removed.error().detail);
        return false;
    }
    setCurrent(0);
    onTasksChanged();
    emit statusMessage(tr("Task deleted"));
    return true;
}

bool TasksPage::exportIcs()
{
    if (!ExportPolicy::permit(this, ExportPolicy::Kind::Export))
        return false;
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(QStringLiteral("peyvand-tasks.ics"));
    const QString path = FileDialogs::saveFile(this, tr("Export to calendar"), suggested,
                                               tr("iCalendar files (*.ics)"));
    if (path.isEmpty())
        return false;
    const Result<QList<tasks::Task>> open = m_services.tasks.all(false);
    if (!open) {
        Dialogs::error(this, tr("Export to calendar"), ErrorText::describe(open.error()), open.error().detail);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(tasks::toIcs(*open, m_services.clock.nowUtc())) < 0
        || !file.commit()) {
        Dialogs::error(this, tr("Export to calendar"),
                       tr("The file could not be written: %1").arg(QDir::toNativeSeparators(path)),
                       file.errorString());
        return false;
    }
    const int count = int(open->size());
    emit statusMessage(count == 1 ? tr("1 open task exported to %1").arg(QDir::toNativeSeparators(path))
                                  : tr("%1 open tasks exported to %2")
                                        .arg(Display::number(count), QDir::toNativeSeparators(path)));
    return true;
}

} // namespace peyvand::ui
