#include "TaskListModel.h"

#include "Display.h"
#include "ErrorText.h"
#include "TaskText.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace peyvand::ui {

TaskListModel::TaskListModel(tasks::TaskService& tasks, QObject* parent)
    : QAbstractTableModel(parent)
    , m_tasks(tasks)
{
}

void TaskListModel::setTasks(const QList<tasks::Task>& tasks)
{
    beginResetModel();
    m_rows = tasks;
    endResetModel();
}

const tasks::Task* TaskListModel::taskAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int TaskListModel::rowOf(qint64 taskId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == taskId)
            return row;
    }
    return -1;
}

int TaskListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TaskListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags TaskListModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() == TimeColumn)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

QVariant TaskListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const tasks::Task& task = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case TaskIdRole:
        return task.id;
    case SubjectRole:
        return int(task.subject);
    case SubjectIdRole:
        return task.subjectId;
    case Qt::TextAlignmentRole:
        // The start side of the layout, whatever script the text begins with.
        return QVariant::fromValue(Qt::AlignLeading | Qt::AlignVCenter);
    case Qt::CheckStateRole:
        return column == TimeColumn ? QVariant(task.isDone() ? Qt::Checked : Qt::Unchecked) : QVariant();
    case Qt::FontRole:
        if (task.isDone()) {
            QFont font;
            font.setStrikeOut(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (task.isDone())
            return QBrush(QColor(0x94, 0xa3, 0xb8));
        if (column == SubjectColumn && task.subject != tasks::Subject::None)
            return QBrush(QColor(0x0f, 0x76, 0x6e));
        return {};
    case Qt::ToolTipRole:
        return task.notes.isEmpty() ? QVariant() : QVariant(task.notes);
    case Qt::DisplayRole:
        switch (column) {
        case TimeColumn:
            return TaskText::time(task.dueAt);
        case TitleColumn:
            return Display::isolate(Display::digits(task.title));
        case SubjectColumn:
            return TaskText::subject(task);
        default:
            return {};
        }
    default:
        return {};
    }
}

bool TaskListModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::CheckStateRole || index.column() != TimeColumn
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    tasks::Task& task = m_rows[index.row()];
    const bool done = value.toInt() == Qt::Checked;
    if (done == task.isDone())
        return true;
    const Result<tasks::Task> changed = m_tasks.setDone(task.id, done);
    if (!changed) {
        emit failed(ErrorText::describe(changed.error()));
        return false;
    }
    task = *changed;
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    emit taskDone(task.id, done);
    return true;
}

QVariant TaskListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case TitleColumn:
        return tr("Task");
    case SubjectColumn:
        return tr("About");
    default:
        return {};
    }
}

} // namespace peyvand::ui
