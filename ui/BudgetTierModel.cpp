#include "BudgetTierModel.h"

#include "AmountText.h"
#include "Display.h"
#include "LeadDisplay.h"
#include "common/Money.h"

#include <algorithm>

namespace peyvand::ui {

BudgetTierModel::BudgetTierModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void BudgetTierModel::setTiers(QList<leads::BudgetTier> tiers)
{
    beginResetModel();
    m_tiers = std::move(tiers);
    endResetModel();
}

int BudgetTierModel::addTier()
{
    qint64 highest = 0;
    for (const leads::BudgetTier& tier : m_tiers)
        highest = std::max(highest, tier.minRial);
    const qint64 next = highest > 0 && highest < Q_INT64_C(1'000'000'000'000'000) ? highest * 2 : Q_INT64_C(100'000'000);
    const int row = int(m_tiers.size());
    beginInsertRows({}, row, row);
    m_tiers << leads::BudgetTier { next, 0 };
    endInsertRows();
    emit edited();
    return row;
}

void BudgetTierModel::removeTier(int row)
{
    if (row < 0 || row >= m_tiers.size())
        return;
    beginRemoveRows({}, row, row);
    m_tiers.removeAt(row);
    endRemoveRows();
    emit edited();
}

int BudgetTierModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_tiers.size());
}

int BudgetTierModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BudgetTierModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const leads::BudgetTier& tier = m_tiers.at(index.row());
    const bool minimum = index.column() == MinimumColumn;
    switch (role) {
    case Qt::DisplayRole:
        return minimum ? tr("from %1").arg(AmountText::withUnit(Money::fromRial(tier.minRial), false))
                       : LeadDisplay::points(tier.points);
    case Qt::EditRole:
        return minimum ? QVariant(Display::number(tier.minRial)) : QVariant(tier.points);
    case ValueRole:
        return minimum ? QVariant(tier.minRial) : QVariant(tier.points);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue((minimum ? Qt::AlignLeading : Qt::AlignTrailing) | Qt::AlignVCenter);
    default:
        return {};
    }
}

bool BudgetTierModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    leads::BudgetTier& tier = m_tiers[index.row()];
    if (index.column() == MinimumColumn) {
        const Result<Money> amount = Money::parse(value.toString());
        if (!amount)
            return false;
        tier.minRial = amount->rial();
    } else {
        bool ok = false;
        const int points = value.toInt(&ok);
        if (!ok)
            return false;
        tier.points = points;
    }
    emit dataChanged(index, index);
    emit edited();
    return true;
}

Qt::ItemFlags BudgetTierModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

QVariant BudgetTierModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == MinimumColumn)
        return tr("Budget");
    if (section == PointsColumn)
        return tr("Points");
    return {};
}

} // namespace peyvand::ui
