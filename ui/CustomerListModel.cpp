#include "CustomerListModel.h"

#include "Display.h"
#include "ErrorText.h"
#include "text/PersianText.h"

#include <QApplication>
#include <QFont>
#include <QPalette>

namespace peyvand::ui {

using customers::CustomerQuery;
using customers::CustomerRow;

CustomerListModel::CustomerListModel(customers::CustomerSearch& search, QObject* parent)
    : PagedTableModel(parent)
    , m_search(search)
{
}

void CustomerListModel::setQuery(const CustomerQuery& query)
{
    resetRows([&] { m_query = query; });
}

void CustomerListModel::reload()
{
    setQuery(m_query);
}

QList<CustomerRow> CustomerListModel::loadPage(int offset)
{
    Result<QList<CustomerRow>> page = m_search.page(m_query, offset, kPageSize);
    if (!page) {
        emit loadFailed(ErrorText::describe(page.error()));
        return {};
    }
    return std::move(*page);
}

std::optional<CustomerQuery::Sort> CustomerListModel::sortForColumn(int column)
{
    switch (column) {
    case NameColumn:
        return CustomerQuery::Sort::Name;
    case CompanyColumn:
        return CustomerQuery::Sort::Company;
    case CityColumn:
        return CustomerQuery::Sort::City;
    case SinceColumn:
        return CustomerQuery::Sort::Since;
    default:
        return std::nullopt;
    }
}

std::optional<int> CustomerListModel::columnForSort(CustomerQuery::Sort sort)
{
    for (int column = 0; column < ColumnCount; ++column) {
        if (sortForColumn(column) == sort)
            return column;
    }
    return std::nullopt;
}

int CustomerListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CustomerListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CustomerRow& row = rows().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(row, index.column());
    case Qt::ToolTipRole:
        return index.column() == TagsColumn ? displayValue(row, index.column()) : QVariant();
    case SortRole:
        return sortValue(row, index.column());
    case IdRole:
        return row.id;
    case ArchivedRole:
        return row.archived;
    case Qt::ForegroundRole:
        if (row.archived)
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::FontRole:
        if (row.archived) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        // Phone numbers and dates read left to right even in a right-to-left table.
        if (index.column() == MobileColumn || index.column() == SinceColumn)
            return QVariant::fromValue(Qt::AlignLeading | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant CustomerListModel::displayValue(const CustomerRow& row, int column) const
{
    switch (column) {
    case NameColumn:
        return row.archived ? tr("%1 (archived)").arg(Display::digits(row.name)) : Display::digits(row.name);
    case CompanyColumn:
        return Display::digits(row.company);
    case MobileColumn:
        return Display::digits(row.mobile);
    case CityColumn:
        return row.city;
    case TagsColumn:
        return Display::isolatedList(row.tags);
    case SinceColumn:
        return Display::date(row.since);
    default:
        return {};
    }
}

QVariant CustomerListModel::sortValue(const CustomerRow& row, int column) const
{
    switch (column) {
    case NameColumn:
        return text::sortKey(row.name);
    case CompanyColumn:
        return text::sortKey(row.company);
    case MobileColumn:
        return row.mobile;
    case CityColumn:
        return text::sortKey(row.city);
    case TagsColumn:
        return text::sortKey(row.tags.join(QLatin1Char(' ')));
    case SinceColumn:
        return row.since.toString(Qt::ISODate);
    default:
        return {};
    }
}

QVariant CustomerListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case CompanyColumn:
        return tr("Company");
    case MobileColumn:
        return tr("Mobile");
    case CityColumn:
        return tr("City");
    case TagsColumn:
        return tr("Tags");
    case SinceColumn:
        return tr("Customer since");
    default:
        return {};
    }
}

void CustomerListModel::sort(int column, Qt::SortOrder order)
{
    const std::optional<CustomerQuery::Sort> sort = sortForColumn(column);
    if (!sort)
        return;
    CustomerQuery query = m_query;
    query.sort = *sort;
    query.descending = order == Qt::DescendingOrder;
    setQuery(query);
}

} // namespace peyvand::ui
