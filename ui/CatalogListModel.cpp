#include "CatalogListModel.h"

#include "AmountText.h"
#include "Display.h"
#include "ErrorText.h"

#include <QApplication>
#include <QPalette>

namespace peyvand::ui {

using sales::Product;

CatalogListModel::CatalogListModel(sales::CatalogService& catalog, QObject* parent)
    : PagedTableModel(parent)
    , m_catalog(catalog)
{
}

void CatalogListModel::setFilter(const sales::ProductFilter& filter)
{
    resetRows([&] {
        m_filter = filter;
        m_filter.limit = kPageSize;
        m_filter.offset = 0;
    });
}

void CatalogListModel::reload()
{
    setFilter(m_filter);
}

void CatalogListModel::setDisplayToman(bool toman)
{
    if (m_toman == toman)
        return;
    m_toman = toman;
    if (!rows().isEmpty())
        emit dataChanged(index(0, PriceColumn), index(rowCount() - 1, PriceColumn));
    emit headerDataChanged(Qt::Horizontal, PriceColumn, PriceColumn);
}

QList<Product> CatalogListModel::loadPage(int offset)
{
    sales::ProductFilter page = m_filter;
    page.offset = offset;
    page.limit = kPageSize;
    Result<QList<Product>> rows = m_catalog.list(page);
    if (!rows) {
        emit loadFailed(ErrorText::describe(rows.error()));
        return {};
    }
    return std::move(*rows);
}


int CatalogListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CatalogListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Product& p = rows().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(p, index.column());
    case IdRole:
        return p.id;
    case ActiveRole:
        return p.active;
    case PriceRole:
        return p.unitPrice.rial();
    case Qt::ForegroundRole:
        if (!p.active)
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == PriceColumn) // digits run left to right in either language: units line up on the right
            return QVariant::fromValue(Qt::AlignAbsolute | Qt::AlignRight | Qt::AlignVCenter);
        if (index.column() == TaxExemptColumn || index.column() == ActiveColumn)
            return QVariant::fromValue(Qt::AlignCenter);
        return {};
    default:
        return {};
    }
}

QVariant CatalogListModel::displayValue(const Product& p, int column) const
{
    switch (column) {
    case CodeColumn:
        return Display::isolate(Display::digits(p.code));
    // User text is isolated: a Persian name in an English table (or a Latin
    // model number in a Persian one) keeps its own direction.
    case NameColumn:
        return Display::isolate(Display::digits(p.name));
    case KindColumn:
        return p.kind == sales::ProductKind::Service ? tr("Service") : tr("Product");
    case UnitColumn:
        return Display::isolate(p.unit);
    case PriceColumn:
        return AmountText::amount(p.unitPrice, m_toman);
    case TaxExemptColumn:
        return p.taxExempt ? tr("Exempt") : QString();
    case CategoryColumn:
        return Display::isolate(p.category);
    case ActiveColumn:
        return p.active ? tr("Active") : tr("Inactive");
    default:
        return {};
    }
}

QVariant CatalogListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CodeColumn:
        return tr("Code");
    case NameColumn:
        return tr("Name");
    case KindColumn:
        return tr("Kind");
    case UnitColumn:
        return tr("Unit");
    case PriceColumn:
        return tr("Unit price (%1)").arg(AmountText::unitName(m_toman));
    case TaxExemptColumn:
        return tr("Tax");
    case CategoryColumn:
        return tr("Category");
    case ActiveColumn:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace peyvand::ui
