#pragma once

#include "PagedTableModel.h"
#include "sales/CatalogService.h"

#include <QAbstractTableModel>
#include <QList>

namespace peyvand::ui {

// The catalog list: a lazy table over CatalogService::list. Rows arrive in
// pages of kPageSize through fetchMore(). Core orders products by name
// (Persian alphabetical order) and offers no other order, so the model has
// exactly one sort: by name, ascending.
class CatalogListModel final : public PagedTableModel<sales::Product> {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogListModel)

public:
    enum Column {
        CodeColumn,
        NameColumn,
        KindColumn,
        UnitColumn,
        PriceColumn,
        TaxExemptColumn,
        CategoryColumn,
        ActiveColumn,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1, // qint64 product id
        ActiveRole,                // bool
        PriceRole,                 // qint64 unit price in Rial
    };
    explicit CatalogListModel(sales::CatalogService& catalog, QObject* parent = nullptr);

    // Runs the filter from the first page (its limit and offset are the model's).
    void setFilter(const sales::ProductFilter& filter);
    const sales::ProductFilter& filter() const { return m_filter; }
    void reload();
    // Prices in Toman (display only) or Rial.
    void setDisplayToman(bool toman);
    bool displayToman() const { return m_toman; }

    const sales::Product* product(int row) const { return rowAt(row); }
    qint64 productId(int row) const { return idAt(row); }

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void loadFailed(const QString& message);

private:
    QList<sales::Product> loadPage(int offset) override;
    QVariant displayValue(const sales::Product& product, int column) const;

    sales::CatalogService& m_catalog;
    sales::ProductFilter m_filter;
    bool m_toman = false;
};

} // namespace peyvand::ui
