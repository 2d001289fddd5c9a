#pragma once

#include "payments/PaymentService.h"

#include <QGroupBox>

#include <optional>

class QLabel;
class QPushButton;
class QTableView;

namespace peyvand::ui {

class DocumentServices;
class InstalmentPlanDialog;
class PaymentListModel;
class ReceivePaymentDialog;
class RecordHistoryDialog;

// The money side of an issued invoice, under its locked lines in the
// document editor: total, paid, pending and balance, every payment (date,
// method, amount, status, details), and Receive payment…, Void payment…
// (asks why first) and Instalment plan…. The dialogs open non-modally and
// are returned, so tests can fill them in.
class InvoicePaymentsPanel final : public QGroupBox {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InvoicePaymentsPanel)

public:
    explicit InvoicePaymentsPanel(DocumentServices& services, QWidget* parent = nullptr);

    // Loads the invoice's account; 0 clears the panel.
    void setInvoice(qint64 invoiceId);
    void refresh();
    qint64 invoiceId() const { return m_invoiceId; }
    const std::optional<payments::InvoiceAccount>& account() const { return m_account; }

    ReceivePaymentDialog* receivePayment();
    // Asks for the reason, then voids the selected payment; false when nothing was done.
    bool voidSelectedPayment();
    InstalmentPlanDialog* openPlan();
    void selectPayment(qint64 paymentId);
    // The selected payment's change history (window-modal); nullptr when none is selected.
    RecordHistoryDialog* openPaymentHistory();

    PaymentListModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QLabel* totalsLabel() const { return m_totals; }
    QLabel* emptyLabel() const { return m_empty; }
    QPushButton* receiveButton() const { return m_receive; }
    QPushButton* voidButton() const { return m_void; }
    QPushButton* planButton() const { return m_plan; }
    QPushButton* historyButton() const { return m_history; }

signals:
    // Money was received or voided, or the plan changed: the invoice's state may have moved.
    void invoiceChanged(qint64 invoiceId);
    void statusMessage(const QString& message);

private:
    const payments::Payment* selectedPayment() const;
    void updateButtons();
    void changed(const QString& message);

    DocumentServices& m_services;
    qint64 m_invoiceId = 0;
    std::optional<payments::InvoiceAccount> m_account;
    bool m_toman = false;
    PaymentListModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_totals = nullptr;
    QLabel* m_empty = nullptr;
    QPushButton* m_receive = nullptr;
    QPushButton* m_void = nullptr;
    QPushButton* m_plan = nullptr;
    QPushButton* m_history = nullptr;
};

} // namespace peyvand::ui
