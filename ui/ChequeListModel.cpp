#include "ChequeListModel.h"

#include "AmountText.h"
#include "ChequeText.h"
#include "Display.h"
#include "ErrorText.h"
#include "text/PersianText.h"

#include <QBrush>
#include <QFont>

#include <algorithm>

namespace peyvand::ui {

using payments::Cheque;
using payments::ChequeDirection;
using payments::ChequeFilter;
using payments::ChequeStatus;

namespace {
bool isOpen(ChequeStatus status)
{
    return status == ChequeStatus::Received || status == ChequeStatus::Deposited
        || status == ChequeStatus::Redeposited;
}
} // namespace

ChequeListModel::ChequeListModel(payments::PaymentService& service, QDate today, QObject* parent)
    : QAbstractTableModel(parent)
    , m_service(service)
    , m_today(today)
{
}

void ChequeListModel::setFilter(const ChequeFilter& filter)
{
    m_filter = filter;
    m_fixedRows = false;
    reload();
}

void ChequeListModel::setCheques(const QList<Cheque>& cheques)
{
    beginResetModel();
    m_fixedRows = true;
    m_rows = cheques;
    sortRows();
    endResetModel();
}

void ChequeListModel::reload()
{
    if (m_fixedRows) {
        // The day list: read each cheque again (its state may have moved).
        QList<Cheque> fresh;
        for (const Cheque& cheque : std::as_const(m_rows)) {
            if (Result<Cheque> read = m_service.cheque(cheque.id))
                fresh << *read;
        }
        setCheques(fresh);
        return;
    }
    Result<QList<Cheque>> cheques = m_service.cheques(m_filter);
    if (!cheques)
        emit loadFailed(ErrorText::describe(cheques.error()));
    beginResetModel();
    m_rows = cheques.valueOr({});
    sortRows();
    endResetModel();
}

void ChequeListModel::setDisplayToman(bool toman)
{
    if (m_toman == toman)
        return;
    m_toman = toman;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, AmountColumn), index(rowCount() - 1, AmountColumn));
    emit headerDataChanged(Qt::Horizontal, AmountColumn, AmountColumn);
}

const Cheque* ChequeListModel::chequeAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int ChequeListModel::rowOf(qint64 chequeId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == chequeId)
            return row;
    }
    return -1;
}

int ChequeListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ChequeListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChequeListModel::data(const QModelIndex& index, int role) const
{
    const Cheque* cheque = index.isValid() ? chequeAt(index.row()) : nullptr;
    if (!cheque || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(*cheque, index.column());
    case Qt::ToolTipRole:
        if (index.column() == DueColumn && isOpen(cheque->status) && cheque->dueDate < m_today)
            return tr("Overdue");
        if (index.column() == CustomerColumn && !cheque->documentNumber.isEmpty())
            return tr("Invoice %1").arg(Display::digits(cheque->documentNumber));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == AmountColumn)
            return QVariant::fromValue(Qt::AlignTrailing | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeading | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn)
            return QBrush(ChequeText::statusColor(cheque->status));
        if (index.column() == DueColumn && isOpen(cheque->status) && cheque->dueDate < m_today)
            return QBrush(QColor(0xb9, 0x1c, 0x1c));
        return {};
    case Qt::FontRole:
        if (index.column() == StatusColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case IdRole:
        return cheque->id;
    case SortRole:
        return sortValue(*cheque, index.column());
    case StatusRole:
        return int(cheque->status);
    case DirectionRole:
        return int(cheque->direction);
    default:
        return {};
    }
}

QVariant ChequeListModel::displayValue(const Cheque& cheque, int column) const
{
    switch (column) {
    case SayadColumn:
        return Display::digits(cheque.sayadId);
    case SerialColumn:
        return Display::digits(cheque.serial);
    case DrawerColumn:
        return Display::isolate(cheque.drawerName);
    case CustomerColumn:
        return Display::isolate(cheque.customerName);
    case BankColumn:
        return Display::isolate(cheque.bank);
    case AmountColumn:
        return AmountText::amount(cheque.amount, m_toman);
    case DueColumn:
        return Display::date(cheque.dueDate);
    case StatusColumn:
        return payments::displayName(cheque.status);
    case DirectionColumn:
        return payments::displayName(cheque.direction);
    default:
        return {};
    }
}

QVariant ChequeListModel::sortValue(const Cheque& cheque, int column) const
{
    switch (column) {
    case SayadColumn:
        return cheque.sayadId;
    case SerialColumn:
        return text::sortKey(cheque.serial);
    case DrawerColumn:
        return text::sortKey(cheque.drawerName);
    case CustomerColumn:
        return text::sortKey(cheque.customerName);
    case BankColumn:
        return text::sortKey(cheque.bank);
    case AmountColumn:
        return cheque.amount.rial();
    case DueColumn:
        return cheque.dueDate.toString(Qt::ISODate);
    case StatusColumn:
        return int(cheque.status);
    case DirectionColumn:
        return int(cheque.direction);
    default:
        return {};
    }
}

QVariant ChequeListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SayadColumn:
        return tr("Sayad ID");
    case SerialColumn:
        return tr("Serial");
    case DrawerColumn:
        return tr("Drawer / payee");
    case CustomerColumn:
        return tr("Customer");
    case BankColumn:
        return tr("Bank");
    case AmountColumn:
        return tr("Amount (%1)").arg(AmountText::unitName(m_toman));
    case DueColumn:
        return tr("Due date");
    case StatusColumn:
        return tr("Status");
    case DirectionColumn:
        return tr("Direction");
    default:
        return {};
    }
}

void ChequeListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    const bool ascending = order == Qt::AscendingOrder;
    // The orders core knows, so that a limited list keeps the right cheques.
    switch (column) {
    case DueColumn:
        m_filter.sort = ascending ? ChequeFilter::Sort::DueAsc : ChequeFilter::Sort::DueDesc;
        break;
    case AmountColumn:
        m_filter.sort = ascending ? ChequeFilter::Sort::AmountAsc : ChequeFilter::Sort::AmountDesc;
        break;
    case StatusColumn:
        m_filter.sort = ChequeFilter::Sort::StatusAsc;
        break;
    case DrawerColumn:
        m_filter.sort = ChequeFilter::Sort::DrawerAsc;
        break;
    default:
        break;
    }
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<qint64> ids;
    for (const QModelIndex& index : before)
        ids << (chequeAt(index.row()) ? chequeAt(index.row())->id : 0);
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

void ChequeListModel::sortRows()
{
    const int column = m_sortColumn;
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    std::stable_sort(m_rows.begin(), m_rows.end(), [&](const Cheque& a, const Cheque& b) {
        const QVariant left = sortValue(a, column);
        const QVariant right = sortValue(b, column);
        const QPartialOrdering order = QVariant::compare(left, right);
        if (order == QPartialOrdering::Equivalent || order == QPartialOrdering::Unordered)
            return false;
        return ascending ? order == QPartialOrdering::Less : order == QPartialOrdering::Greater;
    });
}

} // namespace peyvand::ui
