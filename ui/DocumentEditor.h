#pragma once

#include "common/Error.h"
#include "sales/Document.h"

#include <QWidget>

class QFrame;
class QLabel;
class QPushButton;

namespace peyvand::ui {

class DocumentActions;
class DocumentAdjustmentsBox;
class DocumentEditorBar;
class DocumentHeaderForm;
class DocumentLinesModel;
class DocumentServices;
class DocumentTotalsPanel;
class InvoicePaymentsPanel;
class LineItemDelegate;
class LineTableView;

// The pre-invoice / invoice editor: header form, lines table, document
// discount, rates and additions, and the live totals. Every edit recomputes
// the totals through sales::DocumentService::computed() (the UI never
// computes money). Ctrl+S saves the draft, Ctrl+Enter saves and issues.
// Errors of core name a field or a cell ("lines[2].quantity"), which is
// marked with the message. An issued document opens read-only, with a
// banner that says why and offers a duplicate; an issued invoice shows its
// payments under the lines (InvoicePaymentsPanel).
class DocumentEditor final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentEditor)

public:
    explicit DocumentEditor(DocumentServices& services, QWidget* parent = nullptr);
    ~DocumentEditor() override;

    // Starts an unsaved pre-invoice, with the customer filled in when given.
    void newQuote(qint64 customerId = 0);
    // Loads a saved document; false (and a status message) when it cannot be read.
    bool openDocument(qint64 documentId);
    qint64 documentId() const { return m_document.id; }
    const sales::Document& document() const { return m_document; }
    bool isReadOnly() const { return m_document.isLocked(); }
    bool isDirty() const { return m_dirty; }
    // Asks whether to discard unsaved changes; true when the editor may be left.
    bool confirmLeave();

    bool save();
    bool saveAndIssue();
    // Recomputes the totals from what the fields hold now.
    void recompute();

    DocumentHeaderForm* header() const { return m_header; }
    DocumentLinesModel* linesModel() const { return m_lines; }
    LineTableView* linesTable() const { return m_table; }
    LineItemDelegate* lineDelegate() const { return m_delegate; }
    DocumentAdjustmentsBox* adjustments() const { return m_adjustments; }
    DocumentTotalsPanel* totals() const { return m_totals; }
    DocumentActions* actions() const { return m_actions; }
    // Shown for an issued or settled invoice only.
    InvoicePaymentsPanel* paymentsPanel() const { return m_payments; }
    QFrame* banner() const { return m_banner; }
    QLabel* bannerText() const { return m_bannerText; }
    QPushButton* bannerDuplicateButton() const { return m_bannerDuplicate; }
    DocumentEditorBar* bar() const { return m_bar; }
    QLabel* linesMessage() const { return m_linesMessage; }

signals:
    void backRequested();
    void documentSaved(qint64 documentId);
    void documentChanged(qint64 documentId);
    void statusMessage(const QString& message);

private:
    QFrame* createBanner();
    QWidget* createLinesBox();
    void load(const sales::Document& document);
    void applyReadOnly();
    void updateTitleAndBanner();
    void onEdited();
    void onIssueDateChanged(QDate date);
    // The document as the fields describe it; values that do not parse come back as errors.
    sales::Document collect(QList<Error>& headerErrors, QList<Error>& valueErrors) const;
    void showError(const Error& error, bool focus);
    void showLinesMessage(const QString& text);
    void commitOpenEditors();

    DocumentServices& m_services;
    sales::Document m_document;
    DocumentHeaderForm* m_header = nullptr;
    DocumentLinesModel* m_lines = nullptr;
    LineTableView* m_table = nullptr;
    LineItemDelegate* m_delegate = nullptr;
    DocumentAdjustmentsBox* m_adjustments = nullptr;
    DocumentTotalsPanel* m_totals = nullptr;
    DocumentActions* m_actions = nullptr;
    InvoicePaymentsPanel* m_payments = nullptr;
    DocumentEditorBar* m_bar = nullptr;
    QFrame* m_banner = nullptr;
    QLabel* m_bannerText = nullptr;
    QPushButton* m_bannerDuplicate = nullptr;
    QLabel* m_linesMessage = nullptr;
    bool m_dirty = false;
    bool m_loading = false;
};

} // namespace peyvand::ui
