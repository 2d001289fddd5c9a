#include "Application.h"

#include "AppLockGuard.h"
#include "DatabaseVerifier.h"

#include "BackupsPage.h"
#include "DamagedDatabaseDialog.h"
#include "RestoreFlow.h"
#include "StorageWarning.h"

#include "CustomerImportWizard.h"
#include "CustomerListPage.h"
#include "Dialogs.h"
#include "ErrorText.h"
#include "Fonts.h"
#include "ImportSession.h"
#include "MainWindow.h"
#include "SecuritySettingsTab.h"
#include "Settings.h"
#include "SettingsPage.h"
#include "StartupOptions.h"
#include "StartupProbe.h"
#include "backup/SafetyBackup.h"
#include "storage/Database.h"
#include "storage/DefaultPaths.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QIcon>
#include <QStatusBar>
#include <QTimer>

#include <cstdio>

namespace peyvand::ui {

// What one session leaves for the next (see Application::run).
struct SessionState {
    std::optional<RestoreRequest> restore; // restore this, then start again
    bool readOnly = false;                 // the database is damaged: open it read-only
    bool restart = false;                  // start again (read-only) without restoring
    QString message;                       // for the status bar of the next window
};

namespace {
void printLine(FILE* stream, const QString& text)
{
    std::fputs(text.toLocal8Bit().constData(), stream);
    std::fputc('\n', stream);
    std::fflush(stream);
}

Result<std::unique_ptr<storage::Database>> openReadOnly(const QString& path)
{
    storage::Database::Options options;
    options.createIfMissing = false;
    options.readOnly = true;
    return storage::Database::open(path, options);
}

// Grabs the window (or the import wizard open over it) into a PNG once it
// has settled, then quits.
void scheduleScreenshot(MainWindow& window, const QString& path)
{
    QTimer::singleShot(400, &window, [&window, path] {
        QWidget* shown = window.importWizard() ? static_cast<QWidget*>(window.importWizard()) : &window;
        const bool saved = shown->grab().save(path, "PNG");
        if (!saved)
            printLine(stderr, QStringLiteral("could not write %1").arg(path));
        QCoreApplication::exit(saved ? 0 : 1);
    });
}

// Prints startup_ms=… after the customer list painted for the first time, then quits.
void scheduleStartupMeasurement(MainWindow& window, const QElapsedTimer& sinceStart)
{
    auto* probe = new StartupProbe(window.customerList()->visibleContent(), &window);
    QObject::connect(probe, &StartupProbe::firstPaint, &window, [&sinceStart] {
        printLine(stdout, QStringLiteral("startup_ms=%1").arg(sinceStart.elapsed()));
        QCoreApplication::exit(0);
    });
    QTimer::singleShot(30000, &window, [] {
        printLine(stderr, QStringLiteral("the customer list was not painted within 30 s"));
        QCoreApplication::exit(1);
    });
}
} // namespace

void Application::applyLanguage(QApplication& app, const StartupOptions& options)
{
    const i18n::Language language = options.language.value_or(Settings().language().value_or(i18n::Language::Persian));
    i18n::install(app, language);
    QGuiApplication::setLayoutDirection(i18n::localeFor(language).textDirection());
    Fonts::applyApplicationFont(10);
    Fonts::registerDocumentFonts();
}

int Application::run(QApplication& app, const QElapsedTimer& sinceStart)
{
    QCoreApplication::setApplicationName(storage::applicationName());
    QCoreApplication::setOrganizationName(storage::organizationName());
    QGuiApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/peyvand.svg")));

    const StartupOptions options = StartupOptions::parse(QCoreApplication::arguments());
    if (!options.error.isEmpty()) {
        printLine(stderr, options.error);
        return 2;
    }
    applyLanguage(app, options);
    QGuiApplication::setApplicationDisplayName(tr("Peyvand"));

    const bool unattended = options.measureStartup || !options.screenshotPath.isEmpty();
    if (unattended)
        Dialogs::setInteractive(false);

    QString path = options.databasePath;
    if (path.isEmpty()) {
        path = storage::defaultDatabasePath();
        QDir().mkpath(QFileInfo(path).absolutePath());
    }

    // A restore replaces the file, so it runs between two sessions, while the
    // database is closed; then Peyvand starts again on the restored data.
    SessionState state;
    for (;;) {
        const int code = runSession(app, options, path, sinceStart, state);
        if (state.restore) {
            const BackupJobOutcome outcome = RestoreFlow::run(nullptr, *state.restore, path);
            state = SessionState {};
            state.message = RestoreFlow::describeOutcome(outcome);
            if (outcome.status)
                Dialogs::inform(nullptr, tr("Restore from a backup"), state.message);
            else
                Dialogs::error(nullptr, tr("Restore from a backup"), state.message, outcome.status.error().detail);
            continue;
        }
        if (!state.restart)
            return code;
        state.restart = false;
    }
}

bool Application::handleDamage(QWidget* parent, const QString& path, const QStringList& problems, SessionState& state)
{
    DamagedDatabaseDialog::Decision decision = DamagedDatabaseDialog::decide(parent, path, problems);
    state.restore = std::move(decision.restore);
    state.readOnly = decision.choice == DamagedDatabaseDialog::Choice::ReadOnly;
    return state.readOnly;
}

int Application::runSession(QApplication& app, const StartupOptions& options, const QString& path,
                            const QElapsedTimer& sinceStart, SessionState& state)
{
    const bool unattended = options.measureStartup || !options.screenshotPath.isEmpty();
    if (!unattended && !StorageWarning::confirm(nullptr, path))
        return 1;
    Result<std::unique_ptr<storage::Database>> db
        = state.readOnly ? openReadOnly(path) : storage::Database::open(path, backup::SafetyBackup::databaseOptions());
    if (!db && db.error().code == ErrorCode::Corrupt && !state.readOnly && !unattended) {
        const QStringList problems = db.error().detail.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        if (!handleDamage(nullptr, path, problems, state))
            return state.restore ? 0 : 1;
        db = openReadOnly(path);
    }
    if (!db) {
        const QString text = ErrorText::databaseOpenFailed(db.error(), path);
        if (unattended)
            printLine(stderr, text);
        const QString detail = QStringList { db.error().message, db.error().detail }.join(QLatin1Char('\n')).trimmed();
        Dialogs::error(nullptr, tr("Peyvand cannot open the database"), text, detail);
        return 1;
    }

    // The app lock asks for its password before any customer data shows.
    AppLockGuard lockGuard(**db);
    if (!unattended && !lockGuard.unlockAtStart())
        return 0;

    MainWindow window(**db);
    lockGuard.watch(&window);
    QObject::connect(window.settingsPage()->addSecurityTab(lockGuard.lock()), &SecuritySettingsTab::settingsChanged,
                     &lockGuard, &AppLockGuard::reloadSettings);
    QObject::connect(window.backupsPage(), &BackupsPage::restoreRequested, &window,
                     [&window, &state](const RestoreRequest& request) {
                         state.restore = request;
                         window.close();
                         QCoreApplication::exit(0);
                     });
    if (state.readOnly)
        window.showReadOnlyBanner(tr("Read-only: this database is damaged; nothing can be changed. "
                                     "Restore it from a backup on the Backups page."));
    if (!state.message.isEmpty())
        window.statusBar()->showMessage(state.message);
    if (options.createDemoData && window.databaseIsEmpty())
        window.createDemoData();
    if (options.showCustomerId > 0 && !window.showCustomer(options.showCustomerId))
        printLine(stderr, QStringLiteral("no customer %1").arg(options.showCustomerId));
    if (!options.showPage.isEmpty())
        window.showPage(options.showPage);
    if (!options.showReport.isEmpty() && !window.showReport(options.showReport))
        printLine(stderr, QStringLiteral("no report %1").arg(options.showReport));
    if (options.measureStartup)
        window.showCustomerList(); // the probe waits for the customer list's first paint
    if (options.showDocumentId > 0 && !window.showDocument(options.showDocumentId))
        printLine(stderr, QStringLiteral("no document %1").arg(options.showDocumentId));
    if (options.showLeadId > 0 && !window.showLead(options.showLeadId))
        printLine(stderr, QStringLiteral("no lead %1").arg(options.showLeadId));
    if (!options.showImportPath.isEmpty()) {
        window.show(); // the wizard opens over the window
        if (!window.importCustomers(options.showImportPath)->session()->hasPreview())
            printLine(stderr, QStringLiteral("cannot preview %1").arg(options.showImportPath));
    }

    if (options.measureStartup)
        scheduleStartupMeasurement(window, sinceStart);
    else if (!options.screenshotPath.isEmpty())
        scheduleScreenshot(window, options.screenshotPath);
    else
        QTimer::singleShot(0, &window, [&window] { window.offerDemoDataIfEmpty(); });
    if (!unattended) {
        window.startReminders(); // also shows what fell due while Peyvand was closed
        window.refreshStaleLeadScores();
        if (!state.readOnly)
            window.startBackupScheduler();
    }

    window.show();
    if (unattended)
        lockGuard.lockNow(); // screenshots and measurements never show data behind a password

    // Large files skip the full check while opening (it reads the whole
    // file); check them now without holding up the window.
    DatabaseVerifier verifier;
    if (!(*db)->verifiedOnOpen() && !unattended && !state.readOnly) {
        QObject::connect(&verifier, &DatabaseVerifier::verified, &window, [&window] {
            window.statusBar()->showMessage(tr("Database checked: no problems found."), 8000);
        });
        QObject::connect(&verifier, &DatabaseVerifier::damaged, &window,
                         [&window, &state, path](const QString&, const QStringList& problems) {
                             // Going on would write to the damaged file: restore or go on read-only.
                             if (handleDamage(&window, path, problems, state))
                                 state.restart = true;
                             window.close();
                             QCoreApplication::exit(state.restore || state.restart ? 0 : 1);
                         });
        window.statusBar()->showMessage(tr("Checking the database in the background…"));
        verifier.start(path);
    }
    return app.exec();
}

} // namespace peyvand::ui
