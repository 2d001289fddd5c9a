#pragma once

#include "reports/Report.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace peyvand::ui {

// One table of a report: its visible columns, formatted in the UI language's
// digits (numbers right-aligned), the totals row last and bold. SortRole
// carries the raw value (a number, a date, text) so sorting never compares
// formatted text.
class ReportTableModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportTableModel)

public:
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int TotalsRole = Qt::UserRole + 2; // true on the totals row

    explicit ReportTableModel(QObject* parent = nullptr);

    void setTable(const reports::ReportTable& table);
    const reports::ReportTable& table() const { return m_table; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    bool isTotalsRow(int row) const;
    // The number in a (possibly hidden) column of a data row, e.g. "customer_id"; 0 when absent.
    qint64 idAt(int row, const QString& columnKey) const;

private:
    reports::ReportTable m_table;
    QList<int> m_visible; // indexes into m_table.columns
};

// Sorts by ReportTableModel::SortRole and keeps the totals row at the bottom
// whatever the order.
class ReportSortProxy final : public QSortFilterProxyModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportSortProxy)

public:
    explicit ReportSortProxy(QObject* parent = nullptr);

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;
};

} // namespace peyvand::ui
