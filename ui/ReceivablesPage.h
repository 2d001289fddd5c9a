#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace peyvand::ui {

class AgeingModel;
class CollectionServices;
class OpenInvoiceModel;

// "Receivables": who owes how much and for how long (ageing per customer
// with a totals row), and below it the open invoices of the customer chosen
// (or of everyone). Double-clicking a customer opens the customer;
// double-clicking an invoice opens the invoice.
class ReceivablesPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReceivablesPage)

public:
    explicit ReceivablesPage(CollectionServices& services, QWidget* parent = nullptr);

    void refresh();
    // 0: every customer's open invoices.
    void showInvoicesOf(qint64 customerId);
    qint64 invoicesCustomerId() const { return m_customerId; }
    bool showsEmptyState() const;

    AgeingModel* ageingModel() const { return m_ageing; }
    QTableView* ageingTable() const { return m_ageingTable; }
    OpenInvoiceModel* invoiceModel() const { return m_invoices; }
    QTableView* invoiceTable() const { return m_invoiceTable; }
    QLabel* invoicesTitle() const { return m_invoicesTitle; }
    QLabel* summaryLabel() const { return m_summary; }
    QLabel* emptyText() const { return m_emptyText; }
    QPushButton* allInvoicesButton() const { return m_all; }

signals:
    void openCustomerRequested(qint64 customerId);
    void openDocumentRequested(qint64 documentId);
    void statusMessage(const QString& message);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void loadInvoices();

    CollectionServices& m_services;
    qint64 m_customerId = 0;
    bool m_toman = false;
    AgeingModel* m_ageing = nullptr;
    QTableView* m_ageingTable = nullptr;
    OpenInvoiceModel* m_invoices = nullptr;
    QTableView* m_invoiceTable = nullptr;
    QLabel* m_invoicesTitle = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_emptyText = nullptr;
    QPushButton* m_all = nullptr;
    QStackedWidget* m_stack = nullptr;
};

} // namespace peyvand::ui
