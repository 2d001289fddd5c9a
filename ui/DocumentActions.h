#pragma once

#include "sales/Document.h"
#include "sales/DocumentService.h"

#include <QObject>

#include <optional>

class QAction;
class QMenu;
class QWidget;

namespace peyvand::ui {

class AttachmentsDialog;
class InstalmentPlanDialog;
class ReceivePaymentDialog;
class RecordHistoryDialog;
class DocumentServices;

// What a user can do to one saved document, shared by the document list, the
// editor and the customer page: issue, accept, reject, duplicate, convert to
// an invoice, receive a payment or set up instalments on an issued invoice,
// print, export, attachments and deleting a draft. Each action is offered only in the states where it applies (core
// checks again); destructive ones ask first (Dialogs) and errors are shown.
class DocumentActions final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentActions)

public:
    DocumentActions(DocumentServices& services, QWidget* parentWidget);

    // The document the actions apply to; 0 for none (all disabled).
    void setDocument(qint64 documentId);
    void setDocument(const sales::Document& document);
    qint64 documentId() const { return m_id; }

    QList<QAction*> actions() const;
    QAction* issueAction() const { return m_issue; }
    QAction* acceptAction() const { return m_accept; }
    QAction* rejectAction() const { return m_reject; }
    QAction* duplicateAction() const { return m_duplicate; }
    QAction* convertAction() const { return m_convert; }
    QAction* receivePaymentAction() const { return m_receive; }
    QAction* planAction() const { return m_plan; }
    QAction* printAction() const { return m_print; }
    QAction* pdfAction() const { return m_pdf; }
    QAction* attachmentsAction() const { return m_attachments; }
    QAction* historyAction() const { return m_history; }
    QAction* removeAction() const { return m_remove; }
    // Fills a context menu with the actions that apply now.
    void populate(QMenu& menu) const;

    // The operations behind the actions; false / empty when nothing was done.
    bool issue();
    bool accept();
    bool reject();
    std::optional<qint64> duplicate();
    std::optional<sales::ConversionReport> convert();
    // Opens the payment dialog (non-modal); the document changes when it is accepted.
    ReceivePaymentDialog* receivePayment();
    InstalmentPlanDialog* openPlan();
    bool removeDraft();
    AttachmentsDialog* openAttachments();
    // The document's change history (window-modal): edits, issue, state moves, attachments.
    RecordHistoryDialog* openHistory();

    // What convert() tells the user when the tax rates changed between the
    // pre-invoice and the invoice.
    static QString conversionNotice(const sales::ConversionReport& report, const QString& quoteNumber,
                                    const QString& invoiceNumber);
    static QString ratesText(const sales::TaxRates& rates);

signals:
    void documentChanged(qint64 documentId);
    void documentRemoved(qint64 documentId);
    // A new document came out of duplicate (a draft to edit) or convert (an invoice).
    void documentCreated(qint64 documentId, bool openForEditing);
    void statusMessage(const QString& message);

private:
    QAction* addAction(const QString& text, const QString& name);
    void updateActions();
    bool reportFailure(const QString& title, const Error& error);
    QString documentName() const;
    void changed(const Result<sales::Document>& result, const QString& title, const QString& done);

    DocumentServices& m_services;
    QWidget* m_parentWidget = nullptr;
    qint64 m_id = 0;
    sales::DocumentType m_type = sales::DocumentType::Quote;
    sales::DocumentState m_state = sales::DocumentState::Draft;
    QString m_number;
    QAction* m_issue = nullptr;
    QAction* m_accept = nullptr;
    QAction* m_reject = nullptr;
    QAction* m_duplicate = nullptr;
    QAction* m_convert = nullptr;
    QAction* m_receive = nullptr;
    QAction* m_plan = nullptr;
    QAction* m_print = nullptr;
    QAction* m_pdf = nullptr;
    QAction* m_attachments = nullptr;
    QAction* m_history = nullptr;
    QAction* m_remove = nullptr;
};

} // namespace peyvand::ui
