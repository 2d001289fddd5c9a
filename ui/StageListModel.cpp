#include "StageListModel.h"

#include "Display.h"

namespace peyvand::ui {

StageListModel::StageListModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void StageListModel::setStages(const QList<pipeline::Stage>& stages)
{
    beginResetModel();
    m_stages = stages;
    endResetModel();
}

pipeline::Stage StageListModel::stage(int row) const
{
    return row >= 0 && row < m_stages.size() ? m_stages.at(row) : pipeline::Stage {};
}

int StageListModel::rowOf(qint64 stageId) const
{
    for (int row = 0; row < m_stages.size(); ++row) {
        if (m_stages.at(row).id == stageId)
            return row;
    }
    return -1;
}

int StageListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_stages.size());
}

int StageListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StageListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const pipeline::Stage& stage = m_stages.at(index.row());
    if (role == IdRole)
        return stage.id;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return stage.displayName();
    case ProbabilityColumn:
        return tr("%1%", "a percentage").arg(Display::number(stage.probability));
    case OutcomeColumn:
        return pipeline::displayName(stage.outcome);
    default:
        return {};
    }
}

QVariant StageListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Stage");
    case ProbabilityColumn:
        return tr("Probability");
    case OutcomeColumn:
        return tr("Kind");
    default:
        return {};
    }
}

} // namespace peyvand::ui
