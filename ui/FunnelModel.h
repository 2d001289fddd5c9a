#pragma once

#include "leads/Funnel.h"

#include <QAbstractTableModel>

namespace peyvand::ui {

// One table of the lead funnel: per Jalali month or per source, the leads,
// how many qualified and converted, with the rates; a last row with the total.
class FunnelModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FunnelModel)

public:
    enum class Grouping { Month, Source };
    enum Column {
        GroupColumn,
        LeadsColumn,
        QualifiedColumn,
        QualifiedRateColumn,
        ConvertedColumn,
        ConvertedRateColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, // raw: "yyyy-mm" or the source key, counts, per-mille rates
        TotalRowRole,
    };

    explicit FunnelModel(Grouping grouping, QObject* parent = nullptr);

    void setRows(QList<leads::FunnelRow> rows, const leads::FunnelRow& total);
    Grouping grouping() const { return m_grouping; }
    bool isTotalRow(int row) const { return row == m_rows.size(); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString groupText(const leads::FunnelRow& row) const;
    QVariant sortValue(const leads::FunnelRow& row, int column) const;

    Grouping m_grouping;
    QList<leads::FunnelRow> m_rows;
    leads::FunnelRow m_total;
};

} // namespace peyvand::ui
