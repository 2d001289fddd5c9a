#pragma once

#include <QGroupBox>

class QLabel;
class QPushButton;
class QTableView;

namespace peyvand::ui {

class DocumentListModel;
class DocumentServices;

// The customer's pre-invoices and invoices on the customer page (newest
// first, lazily paged like the document list) with a button for a new
// pre-invoice to this customer.
class CustomerDocumentsBox final : public QGroupBox {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerDocumentsBox)

public:
    explicit CustomerDocumentsBox(DocumentServices& services, QWidget* parent = nullptr);

    void setCustomer(qint64 customerId);
    void reload();

    DocumentListModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QPushButton* newQuoteButton() const { return m_newQuote; }
    QLabel* emptyLabel() const { return m_empty; }

signals:
    void openDocumentRequested(qint64 documentId);
    void newQuoteRequested(qint64 customerId);

private:
    DocumentListModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QPushButton* m_newQuote = nullptr;
    QLabel* m_empty = nullptr;
    qint64 m_customerId = 0;
};

} // namespace peyvand::ui
