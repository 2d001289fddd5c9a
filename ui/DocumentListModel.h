#pragma once

#include "sales/DocumentQuery.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>

namespace peyvand::ui {

// The document list: a lazy table over DocumentQuery::page. Rows arrive in
// pages of kPageSize through fetchMore(); sorting re-queries SQL.
class DocumentListModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentListModel)

public:
    enum Column {
        NumberColumn,
        TypeColumn,
        StateColumn,
        IssueDateColumn,
        CustomerColumn,
        MarketerColumn,
        TotalColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, // raw value: number, ISO date, Rial
        IdRole,                      // qint64 document id
        TypeRole,                    // sales::DocumentType as int
        StateRole,                   // sales::DocumentState as int
    };
    static constexpr int kPageSize = 100;

    explicit DocumentListModel(sales::DocumentQuery& query, QObject* parent = nullptr);

    void setFilter(const sales::DocumentFilter& filter, sales::DocumentSort sort);
    const sales::DocumentFilter& filter() const { return m_filter; }
    sales::DocumentSort sortOrder() const { return m_sort; }
    void reload();

    const sales::DocumentRow* rowAt(int row) const;
    qint64 documentId(int row) const;
    int rowOf(qint64 documentId) const;

    // The SQL order for a click on a column header; none for columns that cannot be sorted.
    static std::optional<sales::DocumentSort> sortForColumn(int column, Qt::SortOrder order);
    static int columnForSort(sales::DocumentSort sort);
    static Qt::SortOrder orderForSort(sales::DocumentSort sort);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    void loadFailed(const QString& message);

private:
    QList<sales::DocumentRow> loadPage(int offset);
    QVariant displayValue(const sales::DocumentRow& row, int column) const;
    QVariant sortValue(const sales::DocumentRow& row, int column) const;

    sales::DocumentQuery& m_query;
    sales::DocumentFilter m_filter;
    sales::DocumentSort m_sort = sales::DocumentSort::IssueDateDesc;
    QList<sales::DocumentRow> m_rows;
    bool m_hasMore = false;
    bool m_announcing = false; // see CustomerListModel
};

} // namespace peyvand::ui
