#pragma once

#include "PagedTableModel.h"
#include "sales/DocumentQuery.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>

namespace peyvand::ui {

// The document list: a lazy table over DocumentQuery::page. Rows arrive in
// pages of kPageSize through fetchMore(); sorting re-queries SQL.
class DocumentListModel final : public PagedTableModel<sales::DocumentRow> {
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
    explicit DocumentListModel(sales::DocumentQuery& query, QObject* parent = nullptr);

    void setFilter(const sales::DocumentFilter& filter, sales::DocumentSort sort);
    const sales::DocumentFilter& filter() const { return m_filter; }
    sales::DocumentSort sortOrder() const { return m_sort; }
    // Totals in Toman (display only) or Rial, as the company profile says.
    void setDisplayToman(bool toman);
    void reload();

    qint64 documentId(int row) const { return idAt(row); }

    // The SQL order for a click on a column header; none for columns that cannot be sorted.
    static std::optional<sales::DocumentSort> sortForColumn(int column, Qt::SortOrder order);
    static int columnForSort(sales::DocumentSort sort);
    static Qt::SortOrder orderForSort(sales::DocumentSort sort);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    void loadFailed(const QString& message);

private:
    QList<sales::DocumentRow> loadPage(int offset) override;
    QVariant displayValue(const sales::DocumentRow& row, int column) const;
    QVariant sortValue(const sales::DocumentRow& row, int column) const;

    sales::DocumentQuery& m_query;
    sales::DocumentFilter m_filter;
    sales::DocumentSort m_sort = sales::DocumentSort::IssueDateDesc;
    bool m_toman = false;
};

} // namespace peyvand::ui
