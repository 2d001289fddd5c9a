#include "DocumentListModel.h"

#include "AmountText.h"

#include "Display.h"
#include "ErrorText.h"
#include "text/PersianText.h"

#include <QApplication>
#include <QFont>
#include <QPalette>

namespace peyvand::ui {

using sales::DocumentRow;
using sales::DocumentSort;
using sales::DocumentState;

DocumentListModel::DocumentListModel(sales::DocumentQuery& query, QObject* parent)
    : PagedTableModel(parent)
    , m_query(query)
{
}

void DocumentListModel::setFilter(const sales::DocumentFilter& filter, DocumentSort sort)
{
    resetRows([&] {
        m_filter = filter;
        m_sort = sort;
    });
}

void DocumentListModel::reload()
{
    setFilter(m_filter, m_sort);
}

void DocumentListModel::setDisplayToman(bool toman)
{
    if (m_toman == toman)
        return;
    m_toman = toman;
    if (!rows().isEmpty())
        emit dataChanged(index(0, TotalColumn), index(rowCount() - 1, TotalColumn));
    emit headerDataChanged(Qt::Horizontal, TotalColumn, TotalColumn);
}

QList<DocumentRow> DocumentListModel::loadPage(int offset)
{
    Result<QList<DocumentRow>> page = m_query.page(m_filter, m_sort, kPageSize, offset);
    if (!page) {
        emit loadFailed(ErrorText::describe(page.error()));
        return {};
    }
    return std::move(*page);
}

std::optional<DocumentSort> DocumentListModel::sortForColumn(int column, Qt::SortOrder order)
{
    switch (column) {
    case NumberColumn:
        return DocumentSort::NumberAsc;
    case IssueDateColumn:
        return order == Qt::AscendingOrder ? DocumentSort::IssueDateAsc : DocumentSort::IssueDateDesc;
    case CustomerColumn:
        return DocumentSort::CustomerAsc;
    case TotalColumn:
        return DocumentSort::TotalDesc;
    default:
        return std::nullopt;
    }
}

int DocumentListModel::columnForSort(DocumentSort sort)
{
    switch (sort) {
    case DocumentSort::NumberAsc:
        return NumberColumn;
    case DocumentSort::IssueDateAsc:
    case DocumentSort::IssueDateDesc:
        return IssueDateColumn;
    case DocumentSort::CustomerAsc:
        return CustomerColumn;
    case DocumentSort::TotalDesc:
        return TotalColumn;
    }
    return IssueDateColumn;
}

Qt::SortOrder DocumentListModel::orderForSort(DocumentSort sort)
{
    return sort == DocumentSort::IssueDateDesc || sort == DocumentSort::TotalDesc ? Qt::DescendingOrder
                                                                                  : Qt::AscendingOrder;
}

int DocumentListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DocumentListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DocumentRow& row = rows().at(index.row());
    const bool inactive = row.state == DocumentState::Rejected || row.state == DocumentState::Expired;
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(row, index.column());
    case Qt::ToolTipRole:
        return index.column() == CustomerColumn && !row.title.isEmpty() ? Display::digits(row.title) : QVariant();
    case SortRole:
        return sortValue(row, index.column());
    case IdRole:
        return row.id;
    case TypeRole:
        return int(row.type);
    case StateRole:
        return int(row.state);
    case Qt::ForegroundRole:
        if (inactive)
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::FontRole:
        if (row.state == DocumentState::Draft) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        // Numbers, codes and dates read left to right even in a right-to-left table.
        if (index.column() == TotalColumn)
            return QVariant::fromValue(Qt::AlignTrailing | Qt::AlignVCenter);
        if (index.column() == NumberColumn || index.column() == IssueDateColumn)
            return QVariant::fromValue(Qt::AlignLeading | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant DocumentListModel::displayValue(const DocumentRow& row, int column) const
{
    switch (column) {
    case NumberColumn:
        return row.number.isEmpty() ? tr("—") : Display::isolate(Display::digits(row.number));
    case TypeColumn:
        return sales::displayName(row.type);
    case StateColumn:
        return sales::displayName(row.state, row.type);
    case IssueDateColumn:
        return Display::date(row.issueDate);
    case CustomerColumn:
        return Display::digits(row.customerName);
    case MarketerColumn:
        return Display::digits(row.marketer);
    case TotalColumn:
        return AmountText::amount(row.grandTotal, m_toman);
    default:
        return {};
    }
}

QVariant DocumentListModel::sortValue(const DocumentRow& row, int column) const
{
    switch (column) {
    case NumberColumn:
        return row.number;
    case TypeColumn:
        return sales::toKey(row.type);
    case StateColumn:
        return sales::toKey(row.state);
    case IssueDateColumn:
        return row.issueDate.toString(Qt::ISODate);
    case CustomerColumn:
        return text::sortKey(row.customerName);
    case MarketerColumn:
        return text::sortKey(row.marketer);
    case TotalColumn:
        return row.grandTotal.rial();
    default:
        return {};
    }
}

QVariant DocumentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn:
        return tr("Number");
    case TypeColumn:
        return tr("Type");
    case StateColumn:
        return tr("State");
    case IssueDateColumn:
        return tr("Issue date");
    case CustomerColumn:
        return tr("Customer");
    case MarketerColumn:
        return tr("Marketer");
    case TotalColumn:
        return tr("Grand total (%1)").arg(AmountText::unitName(m_toman));
    default:
        return {};
    }
}

void DocumentListModel::sort(int column, Qt::SortOrder order)
{
    const std::optional<DocumentSort> sort = sortForColumn(column, order);
    if (sort)
        setFilter(m_filter, *sort);
}

} // namespace peyvand::ui
