#pragma once

#include "customers/CustomerSearch.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>

namespace peyvand::ui {

// The customer list: a lazy table over CustomerSearch::page. Rows arrive in
// pages of kPageSize through fetchMore(); the whole table is never loaded.
// Sorting re-queries SQL (Persian collation lives in core's sort keys).
class CustomerListModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerListModel)

public:
    enum Column { NameColumn, CompanyColumn, MobileColumn, CityColumn, TagsColumn, SinceColumn, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1, // raw value: sort key of the text, ISO date, digits
        IdRole,                      // qint64 customer id
        ArchivedRole,                // bool
    };
    static constexpr int kPageSize = 100;

    explicit CustomerListModel(customers::CustomerSearch& search, QObject* parent = nullptr);

    // Runs the query from the first page.
    void setQuery(const customers::CustomerQuery& query);
    const customers::CustomerQuery& query() const { return m_query; }
    // Runs the current query again (after data changed).
    void reload();

    qint64 customerId(int row) const;
    int rowOf(qint64 customerId) const;

    // The SQL order a column sorts by, none for columns that cannot be sorted.
    static std::optional<customers::CustomerQuery::Sort> sortForColumn(int column);
    static std::optional<int> columnForSort(customers::CustomerQuery::Sort sort);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    // A page could not be read; the message is ready to show.
    void loadFailed(const QString& message);

private:
    QList<customers::CustomerRow> loadPage(int offset);
    QVariant displayValue(const customers::CustomerRow& row, int column) const;
    QVariant sortValue(const customers::CustomerRow& row, int column) const;

    customers::CustomerSearch& m_search;
    customers::CustomerQuery m_query;
    QList<customers::CustomerRow> m_rows;
    bool m_hasMore = false;
    // True while a reset or an insertion is being announced: listeners that
    // call fetchMore() from their handlers of those signals (Qt 6.4's
    // QAbstractItemModelTester does) must not nest another insertion inside
    // it; views fetch more afterwards anyway.
    bool m_announcing = false;
};

} // namespace peyvand::ui
