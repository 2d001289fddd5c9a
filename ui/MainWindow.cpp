#include "MainWindow.h"

#include "CatalogPage.h"
#include "ChequesPage.h"
#include "CustomerExportDialog.h"
#include "CustomerExportFlow.h"
#include "CustomerFormDialog.h"
#include "CustomerImportWizard.h"
#include "CustomerListPage.h"
#include "CustomerPage.h"
#include "Dialogs.h"
#include "Display.h"
#include "DashboardPage.h"
#include "DocumentEditor.h"
#include "DocumentListPage.h"
#include "ErrorText.h"
#include "LeadListPage.h"
#include "LeadPage.h"
#include "LeadRescoreJob.h"
#include "LeadsSection.h"
#include "NavigationBar.h"
#include "PaymentReminderService.h"
#include "PaymentReminderSettings.h"
#include "PaymentRemindersBox.h"
#include "PipelinePage.h"
#include "ReceivablesPage.h"
#include "ReminderNotifiers.h"
#include "ReportsPage.h"
#include "ReminderService.h"
#include "SettingsPage.h"
#include "BackupScheduler.h"
#include "BackupsPage.h"
#include "backup/BackupSettings.h"
#include "StagePanel.h"
#include "TasksPage.h"
#include "TodayPanel.h"
#include "customers/DemoData.h"
#include "storage/Database.h"

#include <QApplication>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QVBoxLayout>

namespace peyvand::ui {

namespace {
constexpr int kStatusTimeoutMs = 5000;
}

MainWindow::MainWindow(storage::Database& db, QWidget* parent)
    : QMainWindow(parent)
    , m_db(db)
    , m_service(db)
    , m_search(db)
    , m_documentServices(db)
    , m_pipeline(db)
    , m_collections(db)
{
    setObjectName(QStringLiteral("mainWindow"));
    const QString file = db.isInMemory() ? tr("in memory") : QFileInfo(db.path()).fileName();
    setWindowTitle(tr("Peyvand — %1").arg(file));

    m_navigation = new NavigationBar(this);
    m_list = new CustomerListPage(m_service, m_search, this);
    m_page = new CustomerPage(m_service, m_documentServices, this);
    m_settings = new SettingsPage(m_documentServices.profile, db.isInMemory() ? tr("in memory") : db.path(), this);
    m_catalogPage = new CatalogPage(db, m_documentServices.catalog, m_documentServices.profile, this);
    m_customerStack = new QStackedWidget(this);
    m_customerStack->addWidget(m_list);
    m_customerStack->addWidget(m_page);
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(m_customerStack);
    m_pages->addWidget(m_catalogPage);
    m_pages->addWidget(m_settings);
    createDocumentPages();
    m_leads = new LeadsSection(db, this);
    m_pages->addWidget(m_leads);
    m_settings->addLeadTabs(db);
    createPipelinePages();
    createCollectionPages();
    createBackupPage();
    createReportPages();

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    auto* column = new QVBoxLayout;
    column->setSpacing(0);
    m_readOnlyBanner = new QLabel(central);
    m_readOnlyBanner->setObjectName(QStringLiteral("readOnlyBanner"));
    m_readOnlyBanner->setWordWrap(true);
    m_readOnlyBanner->setStyleSheet(QStringLiteral("background: #b91c1c; color: white; font-weight: bold; padding: 8px 12px;"));
    m_readOnlyBanner->hide();
    column->addWidget(m_readOnlyBanner);
    column->addWidget(m_reminderBar);
    column->addWidget(m_pages, 1);
    layout->addLayout(column, 1);
    setCentralWidget(central);

    auto* databaseLabel = new QLabel(file, this);
    databaseLabel->setToolTip(db.isInMemory() ? file : db.path());
    statusBar()->addPermanentWidget(databaseLabel);

    connect(m_navigation, &NavigationBar::sectionChosen, this, &MainWindow::showSection);
    connect(m_list, &CustomerListPage::openCustomerRequested, this, &MainWindow::showCustomer);
    connect(m_list, &CustomerListPage::newCustomerRequested, this, &MainWindow::newCustomer);
    connect(m_list, &CustomerListPage::demoDataRequested, this, &MainWindow::createDemoData);
    connect(m_list, &CustomerListPage::statusMessage, this, &MainWindow::showStatus);
    connect(m_list, &CustomerListPage::importRequested, this, [this] { importCustomers(); });
    connect(m_list, &CustomerListPage::exportRequested, this, &MainWindow::exportCustomers);
    m_exportFlow = new CustomerExportFlow(db, m_search, this);
    connect(m_exportFlow, &CustomerExportFlow::statusMessage, this, &MainWindow::showStatus);
    connect(m_page, &CustomerPage::backRequested, this, &MainWindow::showCustomerList);
    connect(m_page, &CustomerPage::editRequested, this, &MainWindow::editCustomer);
    connect(m_page, &CustomerPage::statusMessage, this, &MainWindow::showStatus);
    connect(m_page, &CustomerPage::customerChanged, this, [this] { m_list->refresh(); });
    connect(m_page, &CustomerPage::customerDeleted, this, [this] {
        m_list->refresh();
        showCustomerList();
    });
    connect(m_page, &CustomerPage::openDocumentRequested, this, &MainWindow::showDocument);
    connect(m_page, &CustomerPage::newQuoteRequested, this, &MainWindow::newQuote);
    connect(m_settings, &SettingsPage::statusMessage, this, &MainWindow::showStatus);
    connect(m_settings, &SettingsPage::profileSaved, m_catalogPage, &CatalogPage::refresh);
    connect(m_catalogPage, &CatalogPage::statusMessage, this, &MainWindow::showStatus);
    connect(m_leads, &LeadsSection::statusMessage, this, &MainWindow::showStatus);
    connect(m_leads, &LeadsSection::openCustomerRequested, this, [this](qint64 id) {
        m_list->refresh();
        showCustomer(id);
    });

    createShortcuts();
    resize(1360, 860);
    showDashboard();
}

MainWindow::~MainWindow() = default;

void MainWindow::createDocumentPages()
{
    m_documentList = new DocumentListPage(m_documentServices, this);
    m_editor = new DocumentEditor(m_documentServices, this);
    m_documentStack = new QStackedWidget(this);
    m_documentStack->addWidget(m_documentList);
    m_documentStack->addWidget(m_editor);
    m_pages->addWidget(m_documentStack);

    connect(m_documentList, &DocumentListPage::openDocumentRequested, this, &MainWindow::showDocument);
    connect(m_documentList, &DocumentListPage::newQuoteRequested, this, [this] { newQuote(); });
    connect(m_documentList, &DocumentListPage::statusMessage, this, &MainWindow::showStatus);
    connect(m_editor, &DocumentEditor::backRequested, this, &MainWindow::leaveEditor);
    connect(m_editor, &DocumentEditor::statusMessage, this, &MainWindow::showStatus);
    connect(m_editor, &DocumentEditor::documentChanged, this, [this] {
        m_documentList->refresh();
        if (m_page->customerId() > 0)
            m_page->reload();
    });
}

void MainWindow::createPipelinePages()
{
    m_pipelinePage = new PipelinePage(m_pipeline, this);
    m_tasksPage = new TasksPage(m_pipeline, this);
    m_reminderBar = new ReminderBar(this);
    m_pages->addWidget(m_pipelinePage);
    m_pages->addWidget(m_tasksPage);
    StagePanel* stages = m_settings->addStagesTab(m_pipeline.deals);

    connect(m_pipelinePage, &PipelinePage::statusMessage, this, &MainWindow::showStatus);
    connect(m_tasksPage, &TasksPage::statusMessage, this, &MainWindow::showStatus);
    connect(m_tasksPage, &TasksPage::openSubjectRequested, this, &MainWindow::openTaskSubject);
    connect(m_reminderBar, &ReminderBar::activated, this, &MainWindow::showTasks);
    connect(stages, &StagePanel::stagesChanged, m_pipelinePage, &PipelinePage::refresh);
}

void MainWindow::createCollectionPages()
{
    m_chequesPage = new ChequesPage(m_collections, this);
    m_receivablesPage = new ReceivablesPage(m_collections, this);
    m_pages->addWidget(m_chequesPage);
    m_pages->addWidget(m_receivablesPage);
    auto* payments = new PaymentRemindersBox(m_collections, this);
    m_tasksPage->today()->addPaymentReminders(payments);
    auto* reminderDays = new PaymentReminderSettings(m_collections.receivables, this);
    m_settings->addGeneralGroup(reminderDays);

    connect(m_chequesPage, &ChequesPage::statusMessage, this, &MainWindow::showStatus);
    connect(m_chequesPage, &ChequesPage::chequesChanged, payments, &PaymentRemindersBox::reload);
    connect(m_receivablesPage, &ReceivablesPage::statusMessage, this, &MainWindow::showStatus);
    connect(m_receivablesPage, &ReceivablesPage::openCustomerRequested, this, &MainWindow::showCustomer);
    connect(m_receivablesPage, &ReceivablesPage::openDocumentRequested, this, &MainWindow::showDocument);
    connect(payments, &PaymentRemindersBox::openChequeRequested, this, &MainWindow::showCheque);
    connect(payments, &PaymentRemindersBox::openDocumentRequested, this, &MainWindow::showDocument);
    connect(payments, &PaymentRemindersBox::openCustomerRequested, this, &MainWindow::showCustomer);
    connect(reminderDays, &PaymentReminderSettings::statusMessage, this, &MainWindow::showStatus);
    connect(reminderDays, &PaymentReminderSettings::daysChanged, payments, &PaymentRemindersBox::reload);
}

LeadRescoreJob* MainWindow::refreshStaleLeadScores()
{
    leads::LeadRescorer rescorer(m_db);
    const Result<bool> stale = rescorer.isStale();
    if (!stale || !*stale)
        return nullptr;
    const Result<leads::ScoringProfile> profile = m_leads->service().profile();
    if (!profile)
        return nullptr;
    auto* job = new LeadRescoreJob(m_db, this);
    connect(job, &LeadRescoreJob::finished, this, [this, job] {
        if (job->lastResult()) {
            m_leads->listPage()->refresh();
            if (m_leads->showsLeadPage())
                m_leads->leadPage()->reload();
        }
        job->deleteLater();
    });
    job->start(*profile, {}, leads::ScoreChangeCause::Decay);
    return job;
}

ReminderService* MainWindow::startReminders(ReminderNotifier* notifier)
{
    if (m_reminders)
        return m_reminders;
    if (!notifier && QSystemTrayIcon::isSystemTrayAvailable()) {
        auto* tray = new TrayNotifier(this);
        connect(tray, &TrayNotifier::activated, this, [this] {
            showNormal();
            raise();
            activateWindow();
            showTasks();
        });
        notifier = tray;
    }
    if (!notifier)
        notifier = m_reminderBar;
    m_reminders = new ReminderService(m_pipeline.tasks, *notifier, m_pipeline.clock, this);
    connect(m_reminders, &ReminderService::failed, this, &MainWindow::showStatus);
    m_reminders->start();
    m_paymentReminders = new PaymentReminderService(m_collections.receivables, *notifier, m_collections.clock, this);
    connect(m_paymentReminders, &PaymentReminderService::failed, this, &MainWindow::showStatus);
    m_paymentReminders->start();
    return m_reminders;
}

void MainWindow::openTaskSubject(tasks::Subject subject, qint64 subjectId)
{
    switch (subject) {
    case tasks::Subject::Customer:
        showCustomer(subjectId);
        return;
    case tasks::Subject::Deal:
        showPipeline();
        m_pipelinePage->select(subjectId);
        m_pipelinePage->editDeal(subjectId);
        return;
    case tasks::Subject::Lead:
        showLead(subjectId);
        return;
    case tasks::Subject::None:
        return;
    }
}

void MainWindow::createShortcuts()
{
    auto* find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        showCustomerList();
        m_list->focusSearch();
    });
    auto* add = new QShortcut(QKeySequence::New, this);
    connect(add, &QShortcut::activated, this, &MainWindow::newCustomer);
    auto* back = new QShortcut(QKeySequence(Qt::Key_Escape), m_page, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(back, &QShortcut::activated, this, &MainWindow::showCustomerList);
}

void MainWindow::showCustomerList()
{
    if (!mayLeaveEditor())
        return;
    m_navigation->select(NavigationBar::Section::Customers);
    m_pages->setCurrentWidget(m_customerStack);
    m_customerStack->setCurrentWidget(m_list);
    m_list->focusSearch();
}

bool MainWindow::showCustomer(qint64 customerId)
{
    if (!mayLeaveEditor() || !m_page->showCustomer(customerId))
        return false;
    m_navigation->select(NavigationBar::Section::Customers);
    m_pages->setCurrentWidget(m_customerStack);
    m_customerStack->setCurrentWidget(m_page);
    m_page->noteEditor()->setFocus(Qt::OtherFocusReason);
    return true;
}

bool MainWindow::showsCustomerPage() const
{
    return m_pages->currentWidget() == m_customerStack && m_customerStack->currentWidget() == m_page;
}

void MainWindow::showSettings()
{
    if (!mayLeaveEditor())
        return;
    m_navigation->select(NavigationBar::Section::Settings);
    m_pages->setCurrentWidget(m_settings);
}

void MainWindow::showCatalog()
{
    m_navigation->select(NavigationBar::Section::Catalog);
    m_pages->setCurrentWidget(m_catalogPage);
    m_catalogPage->focusSearch();
}

void MainWindow::showPipeline()
{
    if (!mayLeaveEditor())
        return;
    m_navigation->select(NavigationBar::Section::Pipeline);
    m_pages->setCurrentWidget(m_pipelinePage);
}

void MainWindow::showTasks()
{
    if (!mayLeaveEditor())
        return;
    m_navigation->select(NavigationBar::Section::Tasks);
    m_pages->setCurrentWidget(m_tasksPage);
}

void MainWindow::showCheques()
{
    if (!mayLeaveEditor())
        return;
    m_navigation->select(NavigationBar::Section::Cheques);
    m_pages->setCurrentWidget(m_chequesPage);
}

bool MainWindow::showCheque(qint64 chequeId)
{
    if (!mayLeaveEditor())
        return false;
    showCheques();
    return m_chequesPage->openCheque(chequeId);
}

void MainWindow::showReceivables()
{
    if (!mayLeaveEditor())
        return;
    m_navigation->select(NavigationBar::Section::Receivables);
    m_pages->setCurrentWidget(m_receivablesPage);
}

void MainWindow::showBackups()
{
    if (!mayLeaveEditor())
        return;
    m_navigation->select(NavigationBar::Section::Backups);
    m_pages->setCurrentWidget(m_backupsPage);
    m_backupsPage->reload();
}

void MainWindow::createReportPages()
{
    m_dashboardPage = new DashboardPage(m_db, this);
    m_reportsPage = new ReportsPage(m_db, this);
    m_pages->addWidget(m_dashboardPage);
    m_pages->addWidget(m_reportsPage);
    connect(m_dashboardPage, &DashboardPage::openReportRequested, this,
            [this](reports::ReportId id, reports::PeriodPreset preset) {
                showReports();
                m_reportsPage->openReport(id, preset);
            });
    connect(m_reportsPage, &ReportsPage::statusMessage, this, &MainWindow::showStatus);
    connect(m_reportsPage, &ReportsPage::openCustomerRequested, this, &MainWindow::showCustomer);
    connect(m_reportsPage, &ReportsPage::openDocumentRequested, this, &MainWindow::showDocument);
}

void MainWindow::showDashboard()
{
    if (!mayLeaveEditor())
        return;
    m_navigation->select(NavigationBar::Section::Dashboard);
    m_pages->setCurrentWidget(m_dashboardPage);
}

void MainWindow::showReports()
{
    if (!mayLeaveEditor())
        return;
    m_navigation->select(NavigationBar::Section::Reports);
    m_pages->setCurrentWidget(m_reportsPage);
    if (!m_reportsPage->currentReportId())
        m_reportsPage->openReport(reports::ReportId::SalesByPeriod);
    else
        m_reportsPage->refresh(); // the data may have changed since
}

bool MainWindow::showReport(const QString& key)
{
    const auto id = reports::reportFromKey(key);
    if (!id)
        return false;
    showReports();
    if (m_reportsPage->currentReportId() != id)
        m_reportsPage->openReport(*id);
    return true;
}

void MainWindow::createBackupPage()
{
    m_backupsPage = new BackupsPage(m_db, this);
    m_pages->addWidget(m_backupsPage);
    m_backupFailure = new QPushButton(this);
    m_backupFailure->setObjectName(QStringLiteral("backupFailureNotice"));
    m_backupFailure->setFlat(true);
    m_backupFailure->setStyleSheet(QStringLiteral("color: #b91c1c; font-weight: bold;"));
    m_backupFailure->setText(tr("The last backup failed"));
    m_backupFailure->setToolTip(tr("Open the Backups page to see why and to back up now."));
    statusBar()->addPermanentWidget(m_backupFailure);
    connect(m_backupFailure, &QPushButton::clicked, this, &MainWindow::showBackups);
    connect(m_backupsPage, &BackupsPage::statusMessage, this, &MainWindow::showStatus);
    connect(m_backupsPage, &BackupsPage::backupFinished, this, &MainWindow::showBackupFailure);
    showBackupFailure();
}

void MainWindow::showBackupFailure()
{
    const Result<backup::BackupPreferences> prefs = backup::BackupSettings(m_db).load();
    m_backupFailure->setVisible(prefs && !prefs->lastFailure.isEmpty());
}

void MainWindow::showReadOnlyBanner(const QString& text)
{
    m_readOnlyBanner->setText(text);
    m_readOnlyBanner->setVisible(!text.isEmpty());
}

QWidget* MainWindow::backupFailureNotice() const
{
    return m_backupFailure;
}

BackupScheduler* MainWindow::startBackupScheduler()
{
    if (m_backupScheduler)
        return m_backupScheduler;
    m_backupScheduler = new BackupScheduler(m_db, SystemClock::instance(), this);
    m_backupScheduler->setBusyCheck([this] { return m_backupsPage->isBackingUp(); });
    connect(m_backupScheduler, &BackupScheduler::backupStarted, this,
            [this] { showStatus(tr("Making the automatic backup…")); });
    connect(m_backupScheduler, &BackupScheduler::backupFinished, this, [this](bool, const QString& message) {
        showStatus(message);
        showBackupFailure();
        m_backupsPage->reload();
    });
    m_backupScheduler->start();
    return m_backupScheduler;
}

void MainWindow::showSection(NavigationBar::Section section)
{
    switch (section) {
    case NavigationBar::Section::Backups:
        showBackups();
        return;
    case NavigationBar::Section::Dashboard:
        showDashboard();
        return;
    case NavigationBar::Section::Reports:
        showReports();
        return;
    case NavigationBar::Section::Cheques:
        showCheques();
        return;
    case NavigationBar::Section::Receivables:
        showReceivables();
        return;
    case NavigationBar::Section::Pipeline:
        showPipeline();
        return;
    case NavigationBar::Section::Tasks:
        showTasks();
        return;
    case NavigationBar::Section::Settings:
        showSettings();
        return;
    case NavigationBar::Section::Catalog:
        showCatalog();
        return;
    case NavigationBar::Section::Documents:
        showDocuments();
        return;
    case NavigationBar::Section::Leads:
        showLeads();
        return;
    default:
        showCustomerList();
        return;
    }
}

bool MainWindow::showPage(const QString& name)
{
    static const QHash<QString, NavigationBar::Section> sections {
        { QStringLiteral("customers"), NavigationBar::Section::Customers },
        { QStringLiteral("documents"), NavigationBar::Section::Documents },
        { QStringLiteral("catalog"), NavigationBar::Section::Catalog },
        { QStringLiteral("settings"), NavigationBar::Section::Settings },
        { QStringLiteral("leads"), NavigationBar::Section::Leads },
        { QStringLiteral("pipeline"), NavigationBar::Section::Pipeline },
        { QStringLiteral("tasks"), NavigationBar::Section::Tasks },
        { QStringLiteral("cheques"), NavigationBar::Section::Cheques },
        { QStringLiteral("receivables"), NavigationBar::Section::Receivables },
        { QStringLiteral("backups"), NavigationBar::Section::Backups },
        { QStringLiteral("dashboard"), NavigationBar::Section::Dashboard },
        { QStringLiteral("reports"), NavigationBar::Section::Reports },
    };
    const auto it = sections.constFind(name);
    if (it == sections.cend())
        return false;
    showSection(*it);
    return true;
}

void MainWindow::showLeads()
{
    if (!mayLeaveEditor())
        return;
    m_navigation->select(NavigationBar::Section::Leads);
    m_pages->setCurrentWidget(m_leads);
    m_leads->showList();
}

bool MainWindow::showLead(qint64 leadId)
{
    if (!mayLeaveEditor() || !m_leads->showLead(leadId))
        return false;
    m_navigation->select(NavigationBar::Section::Leads);
    m_pages->setCurrentWidget(m_leads);
    return true;
}

bool MainWindow::showDocument(qint64 documentId)
{
    QWidget* from = m_pages->currentWidget() == m_customerStack && m_customerStack->currentWidget() == m_page
        ? static_cast<QWidget*>(m_page)
        : m_documentList;
    if (m_pages->currentWidget() == m_receivablesPage || m_pages->currentWidget() == m_tasksPage)
        from = m_pages->currentWidget();
    if (showsDocumentEditor()) {
        if (!m_editor->confirmLeave())
            return false;
        from = m_editorReturnTo;
    }
    if (!m_editor->openDocument(documentId))
        return false;
    showEditor(from);
    return true;
}

DocumentEditor* MainWindow::newQuote(qint64 customerId)
{
    if (!mayLeaveEditor())
        return nullptr;
    QWidget* from = showsCustomerPage() ? static_cast<QWidget*>(m_page) : m_documentList;
    m_editor->newQuote(customerId);
    showEditor(from);
    return m_editor;
}

void MainWindow::showDocuments()
{
    if (!mayLeaveEditor())
        return;
    const bool shown = m_documentList->isVisible();
    m_navigation->select(NavigationBar::Section::Documents);
    m_pages->setCurrentWidget(m_documentStack);
    m_documentStack->setCurrentWidget(m_documentList);
    if (shown)
        m_documentList->refresh(); // otherwise showing it refreshes it
}

bool MainWindow::showsDocumentEditor() const
{
    return m_pages->currentWidget() == m_documentStack && m_documentStack->currentWidget() == m_editor;
}

void MainWindow::showEditor(QWidget* returnTo)
{
    m_editorReturnTo = returnTo;
    m_navigation->select(returnTo == m_page ? NavigationBar::Section::Customers : NavigationBar::Section::Documents);
    m_pages->setCurrentWidget(m_documentStack);
    m_documentStack->setCurrentWidget(m_editor);
    m_editor->setFocus(Qt::OtherFocusReason);
}

bool MainWindow::mayLeaveEditor()
{
    return !showsDocumentEditor() || m_editor->confirmLeave();
}

void MainWindow::leaveEditor()
{
    m_documentStack->setCurrentWidget(m_documentList); // the editor is left: no question again
    if (m_editorReturnTo == m_receivablesPage) {
        showReceivables();
        return;
    }
    if (m_editorReturnTo == m_tasksPage) {
        showTasks();
        return;
    }
    if (m_editorReturnTo == m_page && m_page->customerId() > 0) {
        m_page->reload();
        showCustomer(m_page->customerId());
        return;
    }
    showDocuments();
}

CustomerFormDialog* MainWindow::newCustomer()
{
    auto* dialog = new CustomerFormDialog(m_service, customers::Customer {}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { onCustomerSaved(dialog); });
    dialog->open();
    return dialog;
}

CustomerFormDialog* MainWindow::editCustomer(qint64 customerId)
{
    Result<customers::Customer> customer = m_service.get(customerId);
    if (!customer) {
        showStatus(ErrorText::describe(customer.error()));
        return nullptr;
    }
    auto* dialog = new CustomerFormDialog(m_service, *customer, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { onCustomerSaved(dialog); });
    dialog->open();
    return dialog;
}

void MainWindow::onCustomerSaved(CustomerFormDialog* dialog)
{
    const bool created = dialog->isNew();
    const qint64 id = dialog->saved().id;
    m_list->refresh();
    showCustomer(id);
    showStatus(created ? tr("Customer added") : tr("Customer saved"));
}

bool MainWindow::databaseIsEmpty()
{
    customers::CustomerQuery everyone;
    everyone.archive = customers::CustomerQuery::Archive::All;
    return m_search.count(everyone).valueOr(0) == 0;
}

void MainWindow::offerDemoDataIfEmpty()
{
    if (!databaseIsEmpty())
        return;
    const Dialogs::Answer answer = Dialogs::ask(this, tr("Welcome to Peyvand"),
        tr("This customer book is empty. Create about 200 demo customers to try Peyvand out? "
           "You can delete them later, or start with your own customers instead."),
        tr("Create demo data"));
    if (answer == Dialogs::Answer::Yes)
        createDemoData();
}

CustomerImportWizard* MainWindow::importCustomers(const QString& path)
{
    if (m_importWizard) {
        m_importWizard->raise();
        m_importWizard->activateWindow();
        return m_importWizard;
    }
    auto* wizard = new CustomerImportWizard(m_db, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setWindowModality(Qt::WindowModal);
    connect(wizard, &CustomerImportWizard::customersChanged, this, [this] { m_list->refresh(); });
    connect(wizard, &CustomerImportWizard::statusMessage, this, &MainWindow::showStatus);
    m_importWizard = wizard;
    wizard->open();
    if (!path.isEmpty())
        wizard->openFile(path);
    return wizard;
}

CustomerImportWizard* MainWindow::importWizard() const
{
    return m_importWizard.data();
}

CustomerExportDialog* MainWindow::exportCustomers()
{
    return m_exportFlow->start(m_list->currentQuery(), m_list->isNarrowed());
}

bool MainWindow::createDemoData()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    customers::DemoDataOptions options;
    const Result<qint64> created = customers::generateDemoCustomers(m_db, options);
    QApplication::restoreOverrideCursor();
    if (!created) {
        Dialogs::error(this, tr("Demo data"), ErrorText::describe(created.error()), created.error().detail);
        return false;
    }
    m_list->refresh();
    showCustomerList();
    showStatus(tr("Created %1 demo customers").arg(Display::number(*created)));
    return true;
}

void MainWindow::showStatus(const QString& message)
{
    statusBar()->showMessage(message, kStatusTimeoutMs);
}

} // namespace peyvand::ui
