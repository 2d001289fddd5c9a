#include "AgeingModel.h"

#include "AmountText.h"
#include "Display.h"
#include "text/PersianText.h"

#include <QBrush>
#include <QFont>

#include <algorithm>

namespace peyvand::ui {

using payments::AgeBucket;
using payments::AgeingRow;

AgeingModel::AgeingModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void AgeingModel::setAgeing(const payments::Ageing& ageing)
{
    beginResetModel();
    m_ageing = ageing;
    m_rows = ageing.rows;
    m_pendingTotal = {};
    m_invoiceTotal = 0;
    for (const AgeingRow& row : std::as_const(m_rows)) {
        m_pendingTotal = m_pendingTotal.plus(row.pendingCheques).valueOr(m_pendingTotal);
        m_invoiceTotal += row.openInvoices;
    }
    sortRows();
    endResetModel();
}

void AgeingModel::setDisplayToman(bool toman)
{
    if (m_toman == toman)
        return;
    beginResetModel();
    m_toman = toman;
    endResetModel();
}

const AgeingRow* AgeingModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int AgeingModel::rowOfCustomer(qint64 customerId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).customerId == customerId)
            return row;
    }
    return -1;
}

int AgeingModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() || m_rows.isEmpty())
        return 0;
    return int(m_rows.size()) + 1;
}

int AgeingModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Money AgeingModel::amountOf(const AgeingRow& row, int column) const
{
    if (column >= FirstBucketColumn && column < TotalColumn)
        return row.buckets.at(std::size_t(column - FirstBucketColumn));
    if (column == TotalColumn)
        return row.total;
    return row.pendingCheques;
}

QVariant AgeingModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const bool totals = isTotalsRow(index.row());
    const int column = index.column();
    AgeingRow row;
    if (totals) {
        row.customerName = tr("Total");
        row.buckets = m_ageing.totals;
        row.total = m_ageing.total;
        row.pendingCheques = m_pendingTotal;
        row.openInvoices = m_invoiceTotal;
    } else {
        row = m_rows.at(index.row());
    }
    switch (role) {
    case Qt::DisplayRole:
        if (column == CustomerColumn)
            return totals ? row.customerName : Display::isolate(row.customerName);
        if (column == InvoicesColumn)
            return Display::number(row.openInvoices);
        {
            const Money amount = amountOf(row, column);
            return amount.isZero() && !totals ? QStringLiteral("—") : AmountText::amount(amount, m_toman);
        }
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(column == CustomerColumn ? Qt::AlignLeading | Qt::AlignVCenter
                                                            : Qt::AlignTrailing | Qt::AlignVCenter);
    case Qt::FontRole:
        if (totals || column == TotalColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole: {
        if (column <= FirstBucketColumn || column >= TotalColumn || amountOf(row, column).isZero())
            return {};
        // Older debt reads warmer.
        static const QColor colours[] = { QColor(0xb4, 0x53, 0x09), QColor(0xc2, 0x41, 0x0c),
                                          QColor(0xb9, 0x1c, 0x1c), QColor(0x99, 0x1b, 0x1b) };
        return QBrush(colours[column - FirstBucketColumn - 1]);
    }
    case Qt::BackgroundRole:
        return totals ? QBrush(QColor(0xf1, 0xf5, 0xf9)) : QVariant();
    case CustomerIdRole:
        return totals ? 0 : row.customerId;
    case SortRole:
        return sortValue(row, column);
    case TotalsRowRole:
        return totals;
    default:
        return {};
    }
}

QVariant AgeingModel::sortValue(const AgeingRow& row, int column) const
{
    if (column == CustomerColumn)
        return text::sortKey(row.customerName);
    if (column == InvoicesColumn)
        return row.openInvoices;
    return amountOf(row, column).rial();
}

QVariant AgeingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == CustomerColumn)
        return tr("Customer");
    if (section >= FirstBucketColumn && section < TotalColumn)
        return payments::displayName(AgeBucket(section - FirstBucketColumn));
    if (section == TotalColumn)
        return tr("Total (%1)").arg(AmountText::unitName(m_toman));
    if (section == PendingChequesColumn)
        return tr("Pending cheques");
    if (section == InvoicesColumn)
        return tr("Open invoices");
    return {};
}

void AgeingModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<qint64> ids;
    for (const QModelIndex& index : before)
        ids << (rowAt(index.row()) ? rowAt(index.row())->customerId : -1);
    m_sortColumn = column;
    m_sortOrder = order;
    sortRows();
    QModelIndexList after;
    for (int i = 0; i < before.size(); ++i) {
        const int row = ids.at(i) < 0 ? int(m_rows.size()) : rowOfCustomer(ids.at(i));
        after << index(row, before.at(i).column());
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void AgeingModel::sortRows()
{
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    std::stable_sort(m_rows.begin(), m_rows.end(), [&](const AgeingRow& a, const AgeingRow& b) {
        const QPartialOrdering order = QVariant::compare(sortValue(a, m_sortColumn), sortValue(b, m_sortColumn));
        return ascending ? order == QPartialOrdering::Less : order == QPartialOrdering::Greater;
    });
}

} // namespace peyvand::ui
