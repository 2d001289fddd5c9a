#include "ScoreBreakdownModel.h"

#include "Display.h"
#include "LeadDisplay.h"
#include "leads/ScoringEngine.h"

#include <QFont>

namespace peyvand::ui {

ScoreBreakdownModel::ScoreBreakdownModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ScoreBreakdownModel::setBreakdown(const QList<leads::ScoreItem>& items, int score,
                                       const leads::ScoringProfile& profile)
{
    beginResetModel();
    m_items.clear();
    for (const leads::ScoreItem& item : items) {
        m_items << Line { item.criterion, leads::criterionLabel(item.criterion, profile),
                          leads::describeItem(item, profile), item.points, item.points != item.uncapped };
    }
    m_total = score;
    endResetModel();
}

int ScoreBreakdownModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size()) + 1;
}

int ScoreBreakdownModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ScoreBreakdownModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const bool total = isTotalRow(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (total) {
            if (index.column() == CriterionColumn)
                return tr("Total");
            return index.column() == PointsColumn ? LeadDisplay::score(m_total) : QString();
        }
        switch (index.column()) {
        case CriterionColumn:
            return m_items.at(index.row()).label;
        case ReasonColumn:
            return Display::isolate(Display::digits(m_items.at(index.row()).reason));
        case PointsColumn:
            return LeadDisplay::points(m_items.at(index.row()).points);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (!total && index.column() == ReasonColumn)
            return Display::digits(m_items.at(index.row()).reason);
        return {};
    case PointsRole:
        return total ? m_total : m_items.at(index.row()).points;
    case CriterionRole:
        return total ? QString() : m_items.at(index.row()).criterion;
    case TotalRowRole:
        return total;
    case Qt::FontRole:
        if (total) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == PointsColumn)
            return QVariant::fromValue(Qt::AlignTrailing | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant ScoreBreakdownModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CriterionColumn:
        return tr("Criterion");
    case ReasonColumn:
        return tr("Reason");
    case PointsColumn:
        return tr("Points");
    default:
        return {};
    }
}

} // namespace peyvand::ui
