#pragma once

#include "Translations.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace peyvand::ui {

// The command line of the GUI:
//   peyvand [--db PATH] [--lang fa|en] [--measure-startup]
// plus hidden options used to make screenshots and demos:
//   --screenshot PATH [--show-customer ID] [--show-page NAME] [--show-document ID] [--show-lead ID] [--demo-data]
//   [--show-import FILE] [--show-report KEY]
struct StartupOptions {
    QString databasePath;                     // empty: the default path
    std::optional<i18n::Language> language;   // empty: from Settings
    bool measureStartup = false;              // print startup_ms=… after the first paint, then quit
    QString screenshotPath;                   // grab the main window into this PNG, then quit
    qint64 showCustomerId = 0;                // open this customer's page first
    QString showPage;                         // customers, documents, catalog, settings, leads, pipeline, tasks, cheques, receivables, backups
    qint64 showDocumentId = 0;                // open this document in its editor
    qint64 showLeadId = 0;                    // open this lead's page
    bool createDemoData = false;              // fill an empty database without asking
    QString showReport;                       // open the reports page on this report (ReportCatalog key)
    QString showImportPath;                   // open the import wizard on this file at its preview
    QString error;                            // non-empty: the command line was not understood

    // Parses QCoreApplication::arguments()-style lists (the first item is the program).
    static StartupOptions parse(const QStringList& arguments);
};

} // namespace peyvand::ui
