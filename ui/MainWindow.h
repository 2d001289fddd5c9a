#pragma once

#include "CollectionServices.h"
#include "DocumentServices.h"
#include "NavigationBar.h"
#include "PipelineServices.h"
#include "customers/CustomerSearch.h"
#include "customers/CustomerService.h"
#include "sales/CatalogService.h"
#include "sales/CompanyProfileService.h"

#include <QMainWindow>
#include <QPointer>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace peyvand::storage {
class Database;
}

namespace peyvand::ui {

class BackupScheduler;
class BackupsPage;
class CatalogPage;
class ChequesPage;
class CustomerExportDialog;
class CustomerExportFlow;
class CustomerImportWizard;
class CustomerFormDialog;
class CustomerListPage;
class CustomerPage;
class DashboardPage;
class ReportsPage;
class DocumentEditor;
class DocumentListPage;
class LeadRescoreJob;
class LeadsSection;
class NavigationBar;
class PaymentReminderService;
class PipelinePage;
class ReceivablesPage;
class ReminderBar;
class ReminderNotifier;
class ReminderService;
class SettingsPage;
class TasksPage;

// The main window: the side bar, the customer book (list and customer page),
// pre-invoices and invoices (list and editor), the sales pipeline, today's
// tasks with their reminders, settings and a status bar. It owns the core services the pages use.
class MainWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(storage::Database& db, QWidget* parent = nullptr);
    ~MainWindow() override;

    void showCustomerList();
    bool showCustomer(qint64 customerId);
    void showSettings();
    void showCatalog();
    void showPipeline();
    void showTasks();
    void showCheques();
    void showReceivables();
    void showBackups();
    // The home screen: this month's numbers (issue 8).
    void showDashboard();
    // The reports area; showReport opens one by its key (sales_period, trend, …).
    void showReports();
    bool showReport(const QString& key);
    // The cheque register with this cheque chosen.
    bool showCheque(qint64 chequeId);
    // The area of the navigation bar; showPage takes its name as on the
    // command line (customers, documents, catalog, settings, pipeline, tasks,
    // cheques, receivables).
    void showSection(NavigationBar::Section section);
    bool showPage(const QString& name);
    // Opens a pre-invoice or invoice in its editor.
    bool showDocument(qint64 documentId);
    // The leads area: the lead list (priority queue) or one lead's page.
    void showLeads();
    bool showLead(qint64 leadId);
    void showDocuments();
    // Opens the editor on a new pre-invoice (to this customer when given).
    DocumentEditor* newQuote(qint64 customerId = 0);
    // The customer form opens window-modal and returns at once.
    CustomerFormDialog* newCustomer();
    CustomerFormDialog* editCustomer(qint64 customerId);
    // The import wizard (window-modal, returns at once); with a path it reads
    // that file and shows its preview.
    CustomerImportWizard* importCustomers(const QString& path = {});
    CustomerImportWizard* importWizard() const;
    // The export choices for all customers or the customer list's search and filters.
    CustomerExportDialog* exportCustomers();
    CustomerExportFlow* exportFlow() const { return m_exportFlow; }
    // Fills the database with demo customers (in one transaction).
    bool createDemoData();
    // On an empty database, asks (through Dialogs) whether to create demo data.
    void offerDemoDataIfEmpty();
    bool databaseIsEmpty();
    // Starts the reminders of due tasks: desktop notifications from the
    // system tray, or the bar at the top of the window when there is no tray
    // (or through `notifier`, for tests).
    ReminderService* startReminders(ReminderNotifier* notifier = nullptr);
    // Engagement points fade by the day: when no full rescoring ran today,
    // rescores every lead in the background (cause "decay"). Returns the
    // job, or nullptr when the scores are current.
    LeadRescoreJob* refreshStaleLeadScores();

    NavigationBar* navigation() const { return m_navigation; }
    CustomerListPage* customerList() const { return m_list; }
    CustomerPage* customerPage() const { return m_page; }
    SettingsPage* settingsPage() const { return m_settings; }
    CatalogPage* catalogPage() const { return m_catalogPage; }
    DocumentListPage* documentList() const { return m_documentList; }
    DocumentEditor* documentEditor() const { return m_editor; }
    LeadsSection* leads() const { return m_leads; }
    bool showsDocumentEditor() const;
    DocumentServices& documentServices() { return m_documentServices; }
    PipelineServices& pipelineServices() { return m_pipeline; }
    PipelinePage* pipelinePage() const { return m_pipelinePage; }
    TasksPage* tasksPage() const { return m_tasksPage; }
    ReminderBar* reminderBar() const { return m_reminderBar; }
    ReminderService* reminders() const { return m_reminders; }
    PaymentReminderService* paymentReminders() const { return m_paymentReminders; }
    CollectionServices& collectionServices() { return m_collections; }
    ChequesPage* chequesPage() const { return m_chequesPage; }
    ReceivablesPage* receivablesPage() const { return m_receivablesPage; }
    BackupsPage* backupsPage() const { return m_backupsPage; }
    DashboardPage* dashboardPage() const { return m_dashboardPage; }
    ReportsPage* reportsPage() const { return m_reportsPage; }
    // The automatic backup: checks at start and hourly (not in tests unless started).
    BackupScheduler* startBackupScheduler();
    BackupScheduler* backupScheduler() const { return m_backupScheduler; }
    // The warning in the status bar while the last backup failed (hidden otherwise).
    QWidget* backupFailureNotice() const;
    // A banner across the top (the database is open read-only and why).
    void showReadOnlyBanner(const QString& text);
    QLabel* readOnlyBanner() const { return m_readOnlyBanner; }
    bool showsCustomerPage() const;
    customers::CustomerService& service() { return m_service; }

private:
    void createShortcuts();
    void onCustomerSaved(CustomerFormDialog* dialog);
    void showStatus(const QString& message);
    void createDocumentPages();
    void createPipelinePages();
    void createCollectionPages();
    void createBackupPage();
    void createReportPages();
    void showBackupFailure();
    void openTaskSubject(tasks::Subject subject, qint64 subjectId);
    void showEditor(QWidget* returnTo);
    void leaveEditor();
    bool mayLeaveEditor();

    storage::Database& m_db;
    customers::CustomerService m_service;
    customers::CustomerSearch m_search;
    NavigationBar* m_navigation = nullptr;
    QStackedWidget* m_pages = nullptr;
    QStackedWidget* m_customerStack = nullptr;
    CustomerListPage* m_list = nullptr;
    CustomerPage* m_page = nullptr;
    SettingsPage* m_settings = nullptr;
    CatalogPage* m_catalogPage = nullptr;
    DocumentServices m_documentServices;
    QStackedWidget* m_documentStack = nullptr;
    DocumentListPage* m_documentList = nullptr;
    DocumentEditor* m_editor = nullptr;
    QWidget* m_editorReturnTo = nullptr; // the page the editor was opened from
    LeadsSection* m_leads = nullptr;
    PipelineServices m_pipeline;
    PipelinePage* m_pipelinePage = nullptr;
    TasksPage* m_tasksPage = nullptr;
    ReminderBar* m_reminderBar = nullptr;
    ReminderService* m_reminders = nullptr;
    CollectionServices m_collections;
    ChequesPage* m_chequesPage = nullptr;
    ReceivablesPage* m_receivablesPage = nullptr;
    BackupsPage* m_backupsPage = nullptr;
    DashboardPage* m_dashboardPage = nullptr;
    ReportsPage* m_reportsPage = nullptr;
    BackupScheduler* m_backupScheduler = nullptr;
    QPushButton* m_backupFailure = nullptr;
    QLabel* m_readOnlyBanner = nullptr;
    PaymentReminderService* m_paymentReminders = nullptr;
    CustomerExportFlow* m_exportFlow = nullptr;
    QPointer<CustomerImportWizard> m_importWizard;
};

} // namespace peyvand::ui
