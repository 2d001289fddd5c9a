#include "LeadTasksModel.h"

#include "Display.h"

#include <QBrush>
#include <QColor>

namespace peyvand::ui {

LeadTasksModel::LeadTasksModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void LeadTasksModel::setTasks(QList<tasks::Task> tasks, const QDateTime& now)
{
    beginResetModel();
    m_tasks = std::move(tasks);
    m_now = now;
    endResetModel();
}

int LeadTasksModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_tasks.size());
}

int LeadTasksModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool LeadTasksModel::isOverdue(const tasks::Task& task) const
{
    return !task.isDone() && task.dueAt.isValid() && m_now.isValid() && task.dueAt < m_now;
}

QVariant LeadTasksModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const tasks::Task& task = m_tasks.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == DueColumn)
            return isOverdue(task) ? tr("%1 (overdue)").arg(Display::dateTime(task.dueAt)) : Display::dateTime(task.dueAt);
        return index.column() == TitleColumn ? Display::isolate(Display::digits(task.title)) : QVariant();
    case Qt::ToolTipRole:
        return task.notes.isEmpty() ? QVariant() : QVariant(Display::digits(task.notes));
    case Qt::ForegroundRole:
        return isOverdue(task) ? QVariant(QBrush(QColor(0xb9, 0x1c, 0x1c))) : QVariant();
    case SortRole:
        return index.column() == DueColumn ? QVariant(task.dueAt.toUTC().toString(Qt::ISODate)) : QVariant(task.title);
    case IdRole:
        return task.id;
    case OverdueRole:
        return isOverdue(task);
    default:
        return {};
    }
}

QVariant LeadTasksModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == DueColumn)
        return tr("Due");
    if (section == TitleColumn)
        return tr("Task");
    return {};
}

} // namespace peyvand::ui
