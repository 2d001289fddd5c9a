#pragma once

#include "payments/Payment.h"

#include <QAbstractTableModel>
#include <QList>

namespace peyvand::ui {

// The payments of one invoice (every row, void and failed too, as
// PaymentService::account lists them): date, method, amount, status and the
// method's details. One invoice has few payments, so they are held whole.
class PaymentListModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PaymentListModel)

public:
    enum Column { DateColumn, MethodColumn, AmountColumn, StatusColumn, DetailsColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, // qint64
        SortRole,                  // ISO date, amount in Rial, keys
        StatusRole,                // payments::PaymentStatus as int
    };

    explicit PaymentListModel(QObject* parent = nullptr);

    void setPayments(const QList<payments::Payment>& payments);
    void setDisplayToman(bool toman);
    const payments::Payment* paymentAt(int row) const;
    int rowOf(qint64 paymentId) const;

    // "Terminal 12, trace 345, card 603799******1234": the method's details in one line.
    static QString details(const payments::Payment& payment);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<payments::Payment> m_rows;
    bool m_toman = false;
};

} // namespace peyvand::ui
