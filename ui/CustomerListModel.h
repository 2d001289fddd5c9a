#pragma once

#include "PagedTableModel.h"
#include "customers/CustomerSearch.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>

namespace peyvand::ui {

// The customer list: a lazy table over CustomerSearch::page. Rows arrive in
// pages of kPageSize through fetchMore(); the whole table is never loaded.
// Sorting re-queries SQL (Persian collation lives in core's sort keys).
class CustomerListModel final : public PagedTableModel<customers::CustomerRow> {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerListModel)

public:
    enum Column { NameColumn, CompanyColumn, MobileColumn, CityColumn, TagsColumn, SinceColumn, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1, // raw value: sort key of the text, ISO date, digits
        IdRole,                      // qint64 customer id
        ArchivedRole,                // bool
    };
    explicit CustomerListModel(customers::CustomerSearch& search, QObject* parent = nullptr);

    // Runs the query from the first page.
    void setQuery(const customers::CustomerQuery& query);
    const customers::CustomerQuery& query() const { return m_query; }
    // Runs the current query again (after data changed).
    void reload();

    qint64 customerId(int row) const { return idAt(row); }

    // The SQL order a column sorts by, none for columns that cannot be sorted.
    static std::optional<customers::CustomerQuery::Sort> sortForColumn(int column);
    static std::optional<int> columnForSort(customers::CustomerQuery::Sort sort);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    // A page could not be read; the message is ready to show.
    void loadFailed(const QString& message);

private:
    QList<customers::CustomerRow> loadPage(int offset) override;
    QVariant displayValue(const customers::CustomerRow& row, int column) const;
    QVariant sortValue(const customers::CustomerRow& row, int column) const;

    customers::CustomerSearch& m_search;
    customers::CustomerQuery m_query;
};

} // namespace peyvand::ui
