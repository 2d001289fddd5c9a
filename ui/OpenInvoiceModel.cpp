#include "OpenInvoiceModel.h"

#include "AmountText.h"
#include "Display.h"
#include "text/PersianText.h"

#include <QBrush>

#include <algorithm>

namespace peyvand::ui {

using payments::OpenInvoice;

OpenInvoiceModel::OpenInvoiceModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void OpenInvoiceModel::setInvoices(const QList<OpenInvoice>& invoices)
{
    beginResetModel();
    m_rows = invoices;
    sortRows();
    endResetModel();
}

void OpenInvoiceModel::setDisplayToman(bool toman)
{
    if (m_toman == toman)
        return;
    beginResetModel();
    m_toman = toman;
    endResetModel();
}

const OpenInvoice* OpenInvoiceModel::invoiceAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int OpenInvoiceModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OpenInvoiceModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OpenInvoiceModel::data(const QModelIndex& index, int role) const
{
    const OpenInvoice* invoice = index.isValid() ? invoiceAt(index.row()) : nullptr;
    if (!invoice || index.column() >= ColumnCount)
        return {};
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NumberColumn:
            return Display::digits(invoice->number);
        case CustomerColumn:
            return Display::isolate(invoice->customerName);
        case IssueDateColumn:
            return Display::date(invoice->issueDate);
        case NextDueColumn:
            return Display::date(invoice->nextDue);
        case TotalColumn:
            return AmountText::amount(invoice->total, m_toman);
        case PaidColumn:
            return AmountText::amount(invoice->paid, m_toman);
        case PendingColumn:
            return invoice->pending.isZero() ? QStringLiteral("—") : AmountText::amount(invoice->pending, m_toman);
        case BalanceColumn:
            return AmountText::amount(invoice->balance, m_toman);
        case OverdueColumn:
            if (invoice->daysOverdue < 0)
                return tr("in %1 days").arg(Display::number(-invoice->daysOverdue));
            return invoice->daysOverdue == 0 ? tr("due today") : Display::number(invoice->daysOverdue);
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (column >= TotalColumn)
            return QVariant::fromValue(Qt::AlignTrailing | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeading | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (column == OverdueColumn && invoice->daysOverdue > 0)
            return QBrush(QColor(0xb9, 0x1c, 0x1c));
        if (column == OverdueColumn)
            return QBrush(QColor(0x64, 0x74, 0x8b));
        return {};
    case DocumentIdRole:
        return invoice->documentId;
    case CustomerIdRole:
        return invoice->customerId;
    case SortRole:
        return sortValue(*invoice, column);
    default:
        return {};
    }
}

QVariant OpenInvoiceModel::sortValue(const OpenInvoice& invoice, int column) const
{
    switch (column) {
    case NumberColumn:
        return text::sortKey(invoice.number);
    case CustomerColumn:
        return text::sortKey(invoice.customerName);
    case IssueDateColumn:
        return invoice.issueDate.toString(Qt::ISODate);
    case NextDueColumn:
        return invoice.nextDue.toString(Qt::ISODate);
    case TotalColumn:
        return invoice.total.rial();
    case PaidColumn:
        return invoice.paid.rial();
    case PendingColumn:
        return invoice.pending.rial();
    case BalanceColumn:
        return invoice.balance.rial();
    case OverdueColumn:
        return invoice.daysOverdue;
    default:
        return {};
    }
}

QVariant OpenInvoiceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn:
        return tr("Invoice");
    case CustomerColumn:
        return tr("Customer");
    case IssueDateColumn:
        return tr("Issued");
    case NextDueColumn:
        return tr("Next due");
    case TotalColumn:
        return tr("Total (%1)").arg(AmountText::unitName(m_toman));
    case PaidColumn:
        return tr("Paid");
    case PendingColumn:
        return tr("Pending");
    case BalanceColumn:
        return tr("Balance");
    case OverdueColumn:
        return tr("Days overdue");
    default:
        return {};
    }
}

void OpenInvoiceModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<qint64> ids;
    for (const QModelIndex& index : before)
        ids << (invoiceAt(index.row()) ? invoiceAt(index.row())->documentId : 0);
    m_sortColumn = column;
    m_sortOrder = order;
    sortRows();
    QModelIndexList after;
    for (int i = 0; i < before.size(); ++i) {
        int found = -1;
        for (int row = 0; row < m_rows.size() && found < 0; ++row) {
            if (m_rows.at(row).documentId == ids.at(i))
                found = row;
        }
        after << (found < 0 ? QModelIndex() : index(found, before.at(i).column()));
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void OpenInvoiceModel::sortRows()
{
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    std::stable_sort(m_rows.begin(), m_rows.end(), [&](const OpenInvoice& a, const OpenInvoice& b) {
        const QPartialOrdering order = QVariant::compare(sortValue(a, m_sortColumn), sortValue(b, m_sortColumn));
        return ascending ? order == QPartialOrdering::Less : order == QPartialOrdering::Greater;
    });
}

} // namespace peyvand::ui
