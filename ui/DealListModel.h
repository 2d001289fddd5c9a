#pragma once

#include "pipeline/DealService.h"

#include <QAbstractTableModel>
#include <QList>

namespace peyvand::ui {

// The pipeline as a list: every deal the filter matches (a pipeline holds
// tens or hundreds of deals, read whole by DealService::list), sortable by
// any column: text with the language's collation, amounts as Rial, dates as
// dates.
class DealListModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DealListModel)

public:
    enum Column {
        TitleColumn,
        PartyColumn,
        StageColumn,
        AmountColumn,
        ProbabilityColumn,
        WeightedColumn,
        ExpectedCloseColumn,
        OwnerColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, // raw value: text, Rial, percent, ISO date
        IdRole,                      // qint64 deal id
    };

    explicit DealListModel(QObject* parent = nullptr);

    void setDeals(const QList<pipeline::DealRow>& deals, bool toman);
    const pipeline::DealRow* rowAt(int row) const;
    qint64 dealId(int row) const;
    int rowOf(qint64 dealId) const;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    QVariant displayValue(const pipeline::DealRow& row, int column) const;
    QVariant sortValue(const pipeline::DealRow& row, int column) const;
    void sortRows();

    QList<pipeline::DealRow> m_rows;
    bool m_toman = false;
    int m_sortColumn = -1; // -1: the order core gave (stage, then position)
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace peyvand::ui
