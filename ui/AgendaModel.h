#pragma once

#include "tasks/TaskService.h"

#include <QAbstractItemModel>
#include <QDate>
#include <QDateTime>

namespace peyvand::ui {

// The Today panel as a two-level tree: the groups Overdue, Today and Upcoming,
// each holding its open tasks with the due time (the date too when not
// today), the title and the subject. Overdue tasks, and today's whose time
// has passed, are red. Checking a task marks it done through
// TaskService; the owner reads the agenda again afterwards.
class AgendaModel final : public QAbstractItemModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgendaModel)

public:
    enum Group { OverdueGroup, TodayGroup, UpcomingGroup, GroupCount };
    enum Column { DueColumn, TitleColumn, SubjectColumn, ColumnCount };
    enum Role {
        TaskIdRole = Qt::UserRole + 1, // qint64, 0 on group rows
        GroupRole,                     // Group of the row
        SubjectRole,                   // tasks::Subject as int
        SubjectIdRole,                 // qint64
        DueRole,                       // QDateTime (UTC)
    };

    explicit AgendaModel(tasks::TaskService& tasks, QObject* parent = nullptr);

    void setAgenda(const tasks::Agenda& agenda, QDate today, const QDateTime& nowUtc);
    const QList<tasks::Task>& tasksOf(Group group) const;
    const tasks::Task* taskAt(const QModelIndex& index) const;
    QModelIndex groupIndex(Group group) const;
    QModelIndex indexOf(qint64 taskId, int column = 0) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void taskDone(qint64 taskId, bool done);
    void failed(const QString& message);

private:
    QList<tasks::Task>& list(int group);
    QVariant groupData(int group, int column, int role) const;
    QVariant taskData(int group, const tasks::Task& task, int column, int role) const;

    tasks::TaskService& m_tasks;
    QList<tasks::Task> m_groups[GroupCount];
    QDate m_today;
    QDateTime m_now;
};

} // namespace peyvand::ui
