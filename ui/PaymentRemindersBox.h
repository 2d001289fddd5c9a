#pragma once

#include <QWidget>

class QLabel;
class QTableView;

namespace peyvand::ui {

class CollectionServices;
class PaymentReminderModel;

// The "Payments" part of the Today panel: cheques, instalments and credit
// promises due within the reminder days (Settings) or overdue, and
// pre-invoices about to expire. Clicking one opens its cheque, invoice or
// customer.
class PaymentRemindersBox final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PaymentRemindersBox)

public:
    explicit PaymentRemindersBox(CollectionServices& services, QWidget* parent = nullptr);

    void reload();
    // Opens what the row is about (as a click does).
    void activate(int row);

    PaymentReminderModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QLabel* titleLabel() const { return m_title; }
    QLabel* emptyLabel() const { return m_empty; }

signals:
    void openChequeRequested(qint64 chequeId);
    void openDocumentRequested(qint64 documentId);
    void openCustomerRequested(qint64 customerId);
    void statusMessage(const QString& message);

private:
    CollectionServices& m_services;
    PaymentReminderModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_empty = nullptr;
};

} // namespace peyvand::ui
