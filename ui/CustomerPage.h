#pragma once

#include "customers/Customer.h"

#include <QWidget>

class QLabel;
class QListView;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace peyvand::customers {
class CustomerService;
}

namespace peyvand::ui {

class ContactDetails;
class CustomerDocumentsBox;
class DocumentServices;
class CustomerHeader;
class CustomerSummaryBox;
class InteractionListModel;
class LogInteractionDialog;
class NoteListModel;
class RecordHistoryDialog;

// The 360° view of one customer: header, contact details with copy buttons,
// summary, notes (newest first), the interactions timeline and the
// customer's pre-invoices and invoices, with the quick
// actions a salesperson needs while on the phone: add a note (Ctrl+Enter), log
// a call, edit, archive or restore, delete.
class CustomerPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerPage)

public:
    CustomerPage(customers::CustomerService& service, DocumentServices& documents, QWidget* parent = nullptr);

    // Loads and shows a customer; false (and a status message) when it cannot be read.
    bool showCustomer(qint64 customerId);
    void reload();
    qint64 customerId() const { return m_customer.id; }
    const customers::Customer& customer() const { return m_customer; }

    // Saves the text in the note box as a new note.
    void addNote();
    // Opens the "Log call" dialog (window-modal, does not block the caller).
    LogInteractionDialog* openLogCall();
    void toggleArchived();
    void deleteCustomer();

    CustomerHeader* header() const { return m_header; }
    ContactDetails* contactDetails() const { return m_contacts; }
    CustomerSummaryBox* summaryBox() const { return m_summary; }
    CustomerDocumentsBox* documentsBox() const { return m_documentsBox; }
    QPlainTextEdit* noteEditor() const { return m_noteEdit; }
    QPushButton* addNoteButton() const { return m_addNote; }
    QPushButton* logCallButton() const { return m_logCall; }
    QPushButton* editButton() const { return m_edit; }
    QPushButton* archiveButton() const { return m_archive; }
    QPushButton* deleteButton() const { return m_delete; }
    QPushButton* historyButton() const { return m_history; }
    // Opens the customer's change history (window-modal).
    RecordHistoryDialog* openHistory();
    NoteListModel* notesModel() const { return m_notes; }
    InteractionListModel* interactionsModel() const { return m_interactions; }

signals:
    void backRequested();
    void editRequested(qint64 customerId);
    void customerChanged(qint64 customerId);
    void customerDeleted(qint64 customerId);
    void statusMessage(const QString& message);
    void openDocumentRequested(qint64 documentId);
    void newQuoteRequested(qint64 customerId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* createActionBar();
    QWidget* createNotesBox();
    QWidget* createTimelineBox();
    void loadActivity();

    customers::CustomerService& m_service;
    DocumentServices& m_documents;
    customers::Customer m_customer;
    CustomerHeader* m_header = nullptr;
    ContactDetails* m_contacts = nullptr;
    CustomerSummaryBox* m_summary = nullptr;
    CustomerDocumentsBox* m_documentsBox = nullptr;
    NoteListModel* m_notes = nullptr;
    InteractionListModel* m_interactions = nullptr;
    QPlainTextEdit* m_noteEdit = nullptr;
    QLabel* m_noteError = nullptr;
    QPushButton* m_addNote = nullptr;
    QPushButton* m_logCall = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_archive = nullptr;
    QPushButton* m_delete = nullptr;
    QPushButton* m_history = nullptr;
    QListView* m_noteList = nullptr;
    QTableView* m_timeline = nullptr;
};

} // namespace peyvand::ui
