#include "DealListModel.h"

#include "AmountText.h"
#include "Display.h"

#include <QCollator>
#include <QLocale>

#include <algorithm>

namespace peyvand::ui {

DealListModel::DealListModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void DealListModel::setDeals(const QList<pipeline::DealRow>& deals, bool toman)
{
    beginResetModel();
    m_rows = deals;
    m_toman = toman;
    sortRows();
    endResetModel();
}

const pipeline::DealRow* DealListModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

qint64 DealListModel::dealId(int row) const
{
    const pipeline::DealRow* found = rowAt(row);
    return found ? found->deal.id : 0;
}

int DealListModel::rowOf(qint64 dealId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).deal.id == dealId)
            return row;
    }
    return -1;
}

int DealListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DealListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DealListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const pipeline::DealRow& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(row, index.column());
    case SortRole:
        return sortValue(row, index.column());
    case IdRole:
        return row.deal.id;
    case Qt::TextAlignmentRole:
        if (index.column() == AmountColumn || index.column() == WeightedColumn
            || index.column() == ProbabilityColumn)
            return QVariant::fromValue(Qt::AlignTrailing | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeading | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant DealListModel::displayValue(const pipeline::DealRow& row, int column) const
{
    switch (column) {
    case TitleColumn:
        return Display::isolate(Display::digits(row.deal.title));
    case PartyColumn:
        return Display::isolate(Display::digits(row.partyName));
    case StageColumn:
        return row.stageName;
    case AmountColumn:
        return AmountText::amount(row.deal.amount, m_toman);
    case ProbabilityColumn:
        return tr("%1%", "a percentage").arg(Display::number(row.probability));
    case WeightedColumn:
        return AmountText::amount(row.weighted, m_toman);
    case ExpectedCloseColumn:
        return Display::date(row.deal.expectedClose);
    case OwnerColumn:
        return Display::isolate(Display::digits(row.deal.owner));
    default:
        return {};
    }
}

QVariant DealListModel::sortValue(const pipeline::DealRow& row, int column) const
{
    switch (column) {
    case TitleColumn:
        return row.deal.title;
    case PartyColumn:
        return row.partyName;
    case StageColumn:
        return row.stageName;
    case AmountColumn:
        return row.deal.amount.rial();
    case ProbabilityColumn:
        return row.probability;
    case WeightedColumn:
        return row.weighted.rial();
    case ExpectedCloseColumn:
        return row.deal.expectedClose.isValid() ? row.deal.expectedClose.toString(Qt::ISODate) : QString();
    case OwnerColumn:
        return row.deal.owner;
    default:
        return {};
    }
}

QVariant DealListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Deal");
    case PartyColumn:
        return tr("Customer or lead");
    case StageColumn:
        return tr("Stage");
    case AmountColumn:
        return m_toman ? tr("Amount (Toman)") : tr("Amount (Rial)");
    case ProbabilityColumn:
        return tr("Probability");
    case WeightedColumn:
        return m_toman ? tr("Weighted (Toman)") : tr("Weighted (Rial)");
    case ExpectedCloseColumn:
        return tr("Expected close");
    case OwnerColumn:
        return tr("Owner");
    default:
        return {};
    }
}

void DealListModel::sort(int column, Qt::SortOrder order)
{
    if (column < -1 || column >= ColumnCount)
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<qint64> ids;
    for (const QModelIndex& index : before)
        ids << dealId(index.row());
    m_sortColumn = column;
    m_sortOrder = order;
    sortRows();
    QModelIndexList after;
    for (int i = 0; i < before.size(); ++i) {
        const int row = rowOf(ids.at(i));
        after << (row < 0 ? QModelIndex() : index(row, before.at(i).column()));
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void DealListModel::sortRows()
{
    if (m_sortColumn < 0)
        return;
    QCollator collator(QLocale(QLocale::Persian, QLocale::Iran));
    collator.setNumericMode(true);
    const int column = m_sortColumn;
    const bool descending = m_sortOrder == Qt::DescendingOrder;
    std::stable_sort(m_rows.begin(), m_rows.end(), [&](const pipeline::DealRow& a, const pipeline::DealRow& b) {
        const QVariant left = sortValue(descending ? b : a, column);
        const QVariant right = sortValue(descending ? a : b, column);
        if (left.typeId() == QMetaType::QString)
            return collator.compare(left.toString(), right.toString()) < 0;
        return left.toLongLong() < right.toLongLong();
    });
}

} // namespace peyvand::ui
