#pragma once

#include "tasks/TaskService.h"

#include <QAbstractTableModel>
#include <QList>

namespace peyvand::ui {

// The tasks of one day in the calendar (open and done), by time: a check to
// mark one done (through TaskService), its time, title and subject.
class TaskListModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskListModel)

public:
    enum Column { TimeColumn, TitleColumn, SubjectColumn, ColumnCount };
    enum Role {
        TaskIdRole = Qt::UserRole + 1, // qint64
        SubjectRole,                   // tasks::Subject as int
        SubjectIdRole,                 // qint64
    };

    explicit TaskListModel(tasks::TaskService& tasks, QObject* parent = nullptr);

    void setTasks(const QList<tasks::Task>& tasks);
    const QList<tasks::Task>& tasks() const { return m_rows; }
    const tasks::Task* taskAt(int row) const;
    int rowOf(qint64 taskId) const;

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
    tasks::TaskService& m_tasks;
    QList<tasks::Task> m_rows;
};

} // namespace peyvand::ui
