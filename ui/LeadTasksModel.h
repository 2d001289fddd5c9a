#pragma once

#include "tasks/Task.h"

#include <QAbstractTableModel>
#include <QDateTime>

namespace peyvand::ui {

// The tasks and follow-ups of one lead, by due time (as core returns them):
// due, title, notes. Overdue open tasks are marked. A lead has few tasks, so
// the list holds them all.
class LeadTasksModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LeadTasksModel)

public:
    enum Column { DueColumn, TitleColumn, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1, // raw: ISO timestamp, title
        IdRole,
        OverdueRole,
    };

    explicit LeadTasksModel(QObject* parent = nullptr);

    // `now` decides which tasks are overdue.
    void setTasks(QList<tasks::Task> tasks, const QDateTime& now);
    const QList<tasks::Task>& tasks() const { return m_tasks; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    bool isOverdue(const tasks::Task& task) const;

    QList<tasks::Task> m_tasks;
    QDateTime m_now;
};

} // namespace peyvand::ui
