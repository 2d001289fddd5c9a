#pragma once

#include "history/RecordHistory.h"
#include "leads/Lead.h"
#include "leads/ScoringProfile.h"

#include <QWidget>

#include <optional>

class QFormLayout;
class QGroupBox;
class QLabel;
class QListView;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableView;

namespace peyvand::leads {
class LeadService;
}
namespace peyvand::tasks {
class TaskService;
}

namespace peyvand::ui {

class ContactDetails;
class FollowUpDialog;
class InteractionListModel;
class LeadHeader;
class LeadScoreBox;
class LeadTasksModel;
class LogInteractionDialog;
class NoteListModel;
class OverrideScoreDialog;
class RecordHistoryDialog;
class ScoreHistoryModel;

// One lead: header with the score, band and badges; why it scores what it
// does (the breakdown, the override) and the history of its score; contact
// details, what is known about the lead, its follow-ups, notes and
// interactions; and the actions: log an interaction, add a follow-up, edit,
// convert into a customer (optionally with a deal), delete.
class LeadPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LeadPage)

public:
    LeadPage(leads::LeadService& service, tasks::TaskService& tasks, QWidget* parent = nullptr);

    // Loads and shows a lead; false (and a status message) when it cannot be read.
    bool showLead(qint64 leadId);
    void reload();
    qint64 leadId() const { return m_lead.id; }
    const leads::Lead& lead() const { return m_lead; }

    void addNote();
    // The dialogs open window-modal and return at once (tests fill them in).
    LogInteractionDialog* openLogInteraction();
    OverrideScoreDialog* openOverride();
    FollowUpDialog* openFollowUp();
    bool clearOverride();
    // Asks (Dialogs), converts, then offers to open the customer page.
    bool convertToCustomer();
    bool markTaskDone();
    void deleteLead();

    LeadHeader* header() const { return m_header; }
    LeadScoreBox* scoreBox() const { return m_scoreBox; }
    ContactDetails* contactDetails() const { return m_contacts; }
    ScoreHistoryModel* historyModel() const { return m_history; }
    NoteListModel* notesModel() const { return m_notes; }
    InteractionListModel* interactionsModel() const { return m_interactions; }
    LeadTasksModel* tasksModel() const { return m_tasks; }
    QTableView* taskTable() const { return m_taskTable; }
    QPlainTextEdit* noteEditor() const { return m_noteEdit; }
    QTabWidget* activityTabs() const { return m_activity; }
    QPushButton* convertButton() const { return m_convert; }
    QPushButton* editButton() const { return m_edit; }
    QPushButton* deleteButton() const { return m_delete; }
    QPushButton* historyButton() const { return m_changes; }
    // Where the "History…" button reads the lead's changes; hidden until set.
    void setRecordHistory(const history::RecordHistory& history);
    // Opens the lead's change history (window-modal); nullptr without a history source.
    RecordHistoryDialog* openHistory();
    QPushButton* logButton() const { return m_log; }
    QString detailText(const QString& label) const;

signals:
    void backRequested();
    void editRequested(qint64 leadId);
    void leadChanged(qint64 leadId);
    void leadDeleted(qint64 leadId);
    void openCustomerRequested(qint64 customerId);
    void statusMessage(const QString& message);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* createActionBar();
    QWidget* createDetailsColumn();
    QWidget* createActivityTabs();
    QWidget* createNotesTab();
    QTableView* createTable(const QString& name);
    void fillDetails();
    void loadActivity();
    void changed(const QString& message);

    leads::LeadService& m_service;
    tasks::TaskService& m_taskService;
    leads::Lead m_lead;
    leads::ScoringProfile m_profile;
    LeadHeader* m_header = nullptr;
    LeadScoreBox* m_scoreBox = nullptr;
    ContactDetails* m_contacts = nullptr;
    QGroupBox* m_detailsBox = nullptr;
    QFormLayout* m_details = nullptr;
    ScoreHistoryModel* m_history = nullptr;
    NoteListModel* m_notes = nullptr;
    InteractionListModel* m_interactions = nullptr;
    LeadTasksModel* m_tasks = nullptr;
    QTableView* m_taskTable = nullptr;
    QTabWidget* m_activity = nullptr;
    QPlainTextEdit* m_noteEdit = nullptr;
    QLabel* m_noteError = nullptr;
    QPushButton* m_log = nullptr;
    QPushButton* m_followUp = nullptr;
    QPushButton* m_done = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_convert = nullptr;
    QPushButton* m_delete = nullptr;
    QPushButton* m_changes = nullptr;
    std::optional<history::RecordHistory> m_recordHistory;
};

} // namespace peyvand::ui
