#pragma once

#include "payments/Receivables.h"

#include <QAbstractTableModel>

namespace peyvand::ui {

// Open invoices (of one customer or all): what each still owes and how many
// days its next due date is past.
class OpenInvoiceModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OpenInvoiceModel)

public:
    enum Column {
        NumberColumn,
        CustomerColumn,
        IssueDateColumn,
        NextDueColumn,
        TotalColumn,
        PaidColumn,
        PendingColumn,
        BalanceColumn,
        OverdueColumn,
        ColumnCount
    };
    enum Role {
        DocumentIdRole = Qt::UserRole + 1,
        CustomerIdRole,
        SortRole,
    };

    explicit OpenInvoiceModel(QObject* parent = nullptr);

    void setInvoices(const QList<payments::OpenInvoice>& invoices);
    void setDisplayToman(bool toman);
    const payments::OpenInvoice* invoiceAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    QVariant sortValue(const payments::OpenInvoice& invoice, int column) const;
    void sortRows();

    QList<payments::OpenInvoice> m_rows;
    bool m_toman = false;
    int m_sortColumn = OverdueColumn;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
};

} // namespace peyvand::ui
