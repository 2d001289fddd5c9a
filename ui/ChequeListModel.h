#pragma once

#include "payments/PaymentService.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

namespace peyvand::ui {

// The cheque register: a table over PaymentService::cheques(filter). Core
// hands out the whole filtered list (up to the filter's limit), so a click
// on a header sorts the rows held here; the columns core can order by also
// set the filter's order, so that a limit keeps the right cheques.
class ChequeListModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChequeListModel)

public:
    enum Column {
        SayadColumn,
        SerialColumn,
        DrawerColumn,
        CustomerColumn,
        BankColumn,
        AmountColumn,
        DueColumn,
        StatusColumn,
        DirectionColumn,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1, // qint64 cheque id
        SortRole,                  // raw value: text key, Rial, ISO date, status index
        StatusRole,                // payments::ChequeStatus as int
        DirectionRole,             // payments::ChequeDirection as int
    };

    ChequeListModel(payments::PaymentService& service, QDate today, QObject* parent = nullptr);

    void setFilter(const payments::ChequeFilter& filter);
    const payments::ChequeFilter& filter() const { return m_filter; }
    // Shows exactly these cheques (the calendar's day list); reload() keeps them.
    void setCheques(const QList<payments::Cheque>& cheques);
    void reload();
    void setToday(QDate today) { m_today = today; }
    void setDisplayToman(bool toman);

    const payments::Cheque* chequeAt(int row) const;
    int rowOf(qint64 chequeId) const;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    void loadFailed(const QString& message);

private:
    QVariant displayValue(const payments::Cheque& cheque, int column) const;
    QVariant sortValue(const payments::Cheque& cheque, int column) const;
    void sortRows();

    payments::PaymentService& m_service;
    payments::ChequeFilter m_filter;
    QList<payments::Cheque> m_rows;
    QDate m_today;
    bool m_fixedRows = false;
    bool m_toman = false;
    int m_sortColumn = DueColumn;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace peyvand::ui
