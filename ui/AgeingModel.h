#pragma once

#include "payments/Receivables.h"

#include <QAbstractTableModel>

namespace peyvand::ui {

// Receivables ageing per customer: what is not due yet, 0–30, 31–60, 61–90
// and over 90 days overdue, the total and the uncleared cheques that cover
// part of it; a totals row stays last whatever the order.
class AgeingModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgeingModel)

public:
    enum Column {
        CustomerColumn,
        FirstBucketColumn, // NotDue; the buckets follow in AgeBucket order
        TotalColumn = FirstBucketColumn + payments::kAgeBucketCount,
        PendingChequesColumn,
        InvoicesColumn,
        ColumnCount
    };
    enum Role {
        CustomerIdRole = Qt::UserRole + 1, // 0 on the totals row
        SortRole,
        TotalsRowRole,                     // true on the totals row
    };

    explicit AgeingModel(QObject* parent = nullptr);

    void setAgeing(const payments::Ageing& ageing);
    void setDisplayToman(bool toman);
    const payments::AgeingRow* rowAt(int row) const;
    int rowOfCustomer(qint64 customerId) const;
    bool isTotalsRow(int row) const { return !m_rows.isEmpty() && row == int(m_rows.size()); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    QVariant sortValue(const payments::AgeingRow& row, int column) const;
    Money amountOf(const payments::AgeingRow& row, int column) const;
    void sortRows();

    QList<payments::AgeingRow> m_rows;
    payments::Ageing m_ageing;
    Money m_pendingTotal;
    int m_invoiceTotal = 0;
    bool m_toman = false;
    int m_sortColumn = TotalColumn;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
};

} // namespace peyvand::ui
