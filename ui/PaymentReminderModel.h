#pragma once

#include "payments/Receivables.h"

#include <QAbstractTableModel>
#include <QDate>

namespace peyvand::ui {

// Payment reminders (Receivables::reminders): cheques due or overdue,
// instalments and credit promises due or overdue, pre-invoices about to
// expire, by date. Overdue ones read red.
class PaymentReminderModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PaymentReminderModel)

public:
    enum Column { DateColumn, WhatColumn, AmountColumn, ColumnCount };
    enum Role {
        KindRole = Qt::UserRole + 1, // payments::Reminder::Kind as int
        ChequeIdRole,
        DocumentIdRole,
        CustomerIdRole,
        OverdueRole,
    };

    explicit PaymentReminderModel(QObject* parent = nullptr);

    void setReminders(const QList<payments::Reminder>& reminders);
    void setDisplayToman(bool toman);
    const payments::Reminder* reminderAt(int row) const;
    const QList<payments::Reminder>& reminders() const { return m_rows; }
    // "in 3 days", "today", "5 days overdue".
    static QString when(const payments::Reminder& reminder);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<payments::Reminder> m_rows;
    bool m_toman = false;
};

} // namespace peyvand::ui
