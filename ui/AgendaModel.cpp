#include "AgendaModel.h"

#include "Display.h"
#include "ErrorText.h"
#include "TaskText.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace peyvand::ui {

namespace {
constexpr quintptr kGroupRow = 0; // internal id of group rows; task rows hold group + 1
} // namespace

AgendaModel::AgendaModel(tasks::TaskService& tasks, QObject* parent)
    : QAbstractItemModel(parent)
    , m_tasks(tasks)
{
}

void AgendaModel::setAgenda(const tasks::Agenda& agenda, QDate today, const QDateTime& nowUtc)
{
    beginResetModel();
    m_groups[OverdueGroup] = agenda.overdue;
    m_groups[TodayGroup] = agenda.today;
    m_groups[UpcomingGroup] = agenda.upcoming;
    m_today = today;
    m_now = nowUtc;
    endResetModel();
}

const QList<tasks::Task>& AgendaModel::tasksOf(Group group) const
{
    return m_groups[group];
}

QList<tasks::Task>& AgendaModel::list(int group)
{
    return m_groups[group];
}

const tasks::Task* AgendaModel::taskAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() == kGroupRow)
        return nullptr;
    const int group = int(index.internalId() - 1);
    if (group < 0 || group >= GroupCount || index.row() >= m_groups[group].size())
        return nullptr;
    return &m_groups[group].at(index.row());
}

QModelIndex AgendaModel::groupIndex(Group group) const
{
    return index(group, 0);
}

QModelIndex AgendaModel::indexOf(qint64 taskId, int column) const
{
    for (int group = 0; group < GroupCount; ++group) {
        for (int row = 0; row < m_groups[group].size(); ++row) {
            if (m_groups[group].at(row).id == taskId)
                return index(row, column, index(group, 0));
        }
    }
    return {};
}

QModelIndex AgendaModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < GroupCount ? createIndex(row, column, kGroupRow) : QModelIndex();
    if (parent.internalId() != kGroupRow || parent.column() != 0)
        return {};
    const int group = parent.row();
    if (row >= m_groups[group].size())
        return {};
    return createIndex(row, column, quintptr(group + 1));
}

QModelIndex AgendaModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == kGroupRow)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kGroupRow);
}

int AgendaModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return GroupCount;
    if (parent.internalId() != kGroupRow || parent.column() != 0)
        return 0;
    return int(m_groups[parent.row()].size());
}

int AgendaModel::columnCount(const QModelIndex& parent) const
{
    Q_UNUSED(parent)
    return ColumnCount;
}

Qt::ItemFlags AgendaModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.internalId() == kGroupRow)
        return Qt::ItemIsEnabled;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() == DueColumn)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

QVariant AgendaModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == kGroupRow)
        return groupData(index.row(), index.column(), role);
    const int group = int(index.internalId() - 1);
    return taskData(group, m_groups[group].at(index.row()), index.column(), role);
}

QVariant AgendaModel::groupData(int group, int column, int role) const
{
    if (role == GroupRole)
        return group;
    if (role == TaskIdRole)
        return qint64(0);
    if (column != DueColumn)
        return {};
    const QString count = Display::number(m_groups[group].size());
    switch (role) {
    case Qt::DisplayRole:
        switch (group) {
        case OverdueGroup:
            return tr("Overdue (%1)").arg(count);
        case TodayGroup:
            return tr("Due today (%1)").arg(count);
        default:
            return tr("Next 7 days (%1)").arg(count);
        }
    case Qt::FontRole: {
        QFont font;
        font.setBold(true);
        return font;
    }
    case Qt::ForegroundRole:
        return group == OverdueGroup && !m_groups[group].isEmpty() ? QBrush(QColor(0xb9, 0x1c, 0x1c)) : QVariant();
    default:
        return {};
    }
}

QVariant AgendaModel::taskData(int group, const tasks::Task& task, int column, int role) const
{
    switch (role) {
    case TaskIdRole:
        return task.id;
    case GroupRole:
        return group;
    case SubjectRole:
        return int(task.subject);
    case SubjectIdRole:
        return task.subjectId;
    case DueRole:
        return task.dueAt;
    case Qt::TextAlignmentRole:
        // The start side of the layout, whatever script the text begins with.
        return QVariant::fromValue(Qt::AlignLeading | Qt::AlignVCenter);
    case Qt::CheckStateRole:
        return column == DueColumn ? QVariant(task.isDone() ? Qt::Checked : Qt::Unchecked) : QVariant();
    case Qt::ForegroundRole:
        if (group == OverdueGroup || (m_now.isValid() && task.dueAt < m_now))
            return QBrush(QColor(0xb9, 0x1c, 0x1c));
        if (column == SubjectColumn && task.subject != tasks::Subject::None)
            return QBrush(QColor(0x0f, 0x76, 0x6e));
        return {};
    case Qt::FontRole:
        if (task.isDone() || (column == SubjectColumn && task.subject != tasks::Subject::None)) {
            QFont font;
            font.setStrikeOut(task.isDone());
            font.setUnderline(column == SubjectColumn && !task.isDone());
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        if (column == SubjectColumn && task.subject != tasks::Subject::None)
            return tr("Open %1").arg(Display::isolate(Display::digits(task.subjectName)));
        return task.notes.isEmpty() ? QVariant() : QVariant(task.notes);
    case Qt::DisplayRole:
        switch (column) {
        case DueColumn:
            return TaskText::due(task, m_today);
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

bool AgendaModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::CheckStateRole || index.column() != DueColumn || !taskAt(index))
        return false;
    const int group = int(index.internalId() - 1);
    tasks::Task& task = list(group)[index.row()];
    const bool done = value.toInt() == Qt::Checked;
    if (done == task.isDone())
        return true;
    const Result<tasks::Task> changed = m_tasks.setDone(task.id, done);
    if (!changed) {
        emit failed(ErrorText::describe(changed.error()));
        return false;
    }
    task = *changed;
    emit dataChanged(this->index(index.row(), 0, index.parent()),
                     this->index(index.row(), ColumnCount - 1, index.parent()));
    emit taskDone(task.id, done);
    return true;
}

QVariant AgendaModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DueColumn:
        return tr("Due");
    case TitleColumn:
        return tr("Task");
    case SubjectColumn:
        return tr("About");
    default:
        return {};
    }
}

} // namespace peyvand::ui
