#pragma once

#include "PagedTableModel.h"
#include "leads/LeadQuery.h"

#include <optional>

namespace peyvand::ui {

// The lead list and priority queue: a lazy table over LeadQuery::page. Rows
// arrive in pages of kPageSize through fetchMore(); sorting re-queries SQL.
class LeadListModel final : public PagedTableModel<leads::LeadRow> {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LeadListModel)

public:
    enum Column {
        NameColumn,
        CompanyColumn,
        ScoreColumn,
        StatusColumn,
        SourceColumn,
        OwnerColumn,
        FollowUpColumn,
        BestTimeColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, // raw value: sort key of the text, score, ISO timestamp, key
        IdRole,                      // qint64 lead id
        BandRole,                    // leads::Band as int
        QualifiedRole,               // bool
    };

    explicit LeadListModel(leads::LeadQuery& query, QObject* parent = nullptr);

    // `reversed` turns the sort's natural direction around.
    void setFilter(const leads::LeadFilter& filter, leads::LeadSort sort, bool reversed = false);
    const leads::LeadFilter& filter() const { return m_filter; }
    leads::LeadSort sortOrder() const { return m_sort; }
    bool isReversed() const { return m_reversed; }
    Qt::SortOrder headerOrder() const;
    void reload();

    qint64 leadId(int row) const { return idAt(row); }

    // The SQL order for a click on a column header; none for columns that cannot be sorted.
    static std::optional<leads::LeadSort> sortForColumn(int column);
    static int columnForSort(leads::LeadSort sort);
    // The header arrow for a sort in its natural direction.
    static Qt::SortOrder orderForSort(leads::LeadSort sort);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    void loadFailed(const QString& message);

private:
    QList<leads::LeadRow> loadPage(int offset) override;
    QVariant displayValue(const leads::LeadRow& row, int column) const;
    QVariant sortValue(const leads::LeadRow& row, int column) const;

    leads::LeadQuery& m_query;
    leads::LeadFilter m_filter;
    leads::LeadSort m_sort = leads::LeadSort::Priority;
    bool m_reversed = false;
};

} // namespace peyvand::ui
