#include "Application.h"

#include "DatabaseVerifier.h"

#include "CustomerImportWizard.h"
#include "CustomerListPage.h"
#include "Dialogs.h"
#include "ErrorText.h"
#include "Fonts.h"
#include "ImportSession.h"
#include "MainWindow.h"
#include "Settings.h"
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

namespace {
void printLine(FILE* stream, const QString& text)
{
    std::fputs(text.toLocal8Bit().constData(), stream);
    std::fputc('\n', stream);
    std::fflush(stream);
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
    Result<std::unique_ptr<storage::Database>> db = storage::Database::open(path, backup::SafetyBackup::databaseOptions());
    if (!db) {
        const QString text = ErrorText::databaseOpenFailed(db.error(), path);
        if (unattended)
            printLine(stderr, text);
        const QString detail = QStringList { db.error().message, db.error().detail }.join(QLatin1Char('\n')).trimmed();
        Dialogs::error(nullptr, tr("Peyvand cannot open the database"), text, detail);
        return 1;
    }

    MainWindow window(**db);
    if (options.createDemoData && window.databaseIsEmpty())
        window.createDemoData();
    if (options.showCustomerId > 0 && !window.showCustomer(options.showCustomerId))
        printLine(stderr, QStringLiteral("no customer %1").arg(options.showCustomerId));
    if (!options.showPage.isEmpty())
        window.showPage(options.showPage);
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
    }

    window.show();

    // Large files skip the full check while opening (it reads the whole
    // file); check them now without holding up the window.
    DatabaseVerifier verifier;
    if (!(*db)->verifiedOnOpen() && !unattended) {
        QObject::connect(&verifier, &DatabaseVerifier::verified, &window, [&window] {
            window.statusBar()->showMessage(tr("Database checked: no problems found."), 8000);
        });
        QObject::connect(&verifier, &DatabaseVerifier::damaged, &window,
                         [&window](const QString& message, const QStringList& problems) {
                             Dialogs::error(&window, tr("The database is damaged"),
                                            message + QLatin1Char('\n')
                                                + tr("Stop working with this file and restore it from a backup; "
                                                     "changes made now may be lost."),
                                            problems.join(QLatin1Char('\n')));
                         });
        window.statusBar()->showMessage(tr("Checking the database in the background…"));
        verifier.start(path);
    }
    return app.exec();
}

} // namespace peyvand::ui
