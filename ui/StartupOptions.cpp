#include "StartupOptions.h"

#include "reports/ReportCatalog.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace peyvand::ui {

StartupOptions StartupOptions::parse(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("StartupOptions", "Peyvand: customers, leads and pre-invoices for small businesses."));
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
        QCoreApplication::translate("StartupOptions", "Open the database at PATH instead of the default one."),
        QStringLiteral("PATH"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
        QCoreApplication::translate("StartupOptions", "Language of the user interface: fa or en."),
        QStringLiteral("LANG"));
    const QCommandLineOption measureOption(QStringLiteral("measure-startup"),
        QCoreApplication::translate("StartupOptions", "Print the startup time in milliseconds and quit."));
    QCommandLineOption screenshotOption(QStringLiteral("screenshot"), QString(), QStringLiteral("PATH"));
    QCommandLineOption showCustomerOption(QStringLiteral("show-customer"), QString(), QStringLiteral("ID"));
    QCommandLineOption showPageOption(QStringLiteral("show-page"), QString(), QStringLiteral("NAME"));
    QCommandLineOption showDocumentOption(QStringLiteral("show-document"), QString(), QStringLiteral("ID"));
    QCommandLineOption demoOption(QStringLiteral("demo-data"));
    QCommandLineOption showLeadOption(QStringLiteral("show-lead"), QString(), QStringLiteral("ID"));
    QCommandLineOption showImportOption(QStringLiteral("show-import"), QString(), QStringLiteral("FILE"));
    QCommandLineOption showReportOption(QStringLiteral("show-report"), QString(), QStringLiteral("KEY"));
    showReportOption.setFlags(QCommandLineOption::HiddenFromHelp);
    for (QCommandLineOption* hidden : { &screenshotOption, &showCustomerOption, &showPageOption, &showDocumentOption, &demoOption })
        hidden->setFlags(QCommandLineOption::HiddenFromHelp);
    showLeadOption.setFlags(QCommandLineOption::HiddenFromHelp);
    showImportOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({ dbOption, langOption, measureOption, screenshotOption, showCustomerOption, showPageOption,
                        showDocumentOption, demoOption });
    parser.addOption(showLeadOption);
    parser.addOption(showImportOption);
    parser.addOption(showReportOption);

    StartupOptions options;
    if (!parser.parse(arguments)) {
        options.error = parser.errorText();
        return options;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        parser.showHelp(0); // exits
    }
    options.databasePath = parser.value(dbOption);
    if (parser.isSet(langOption)) {
        const QString code = parser.value(langOption).trimmed();
        if (code.startsWith(QLatin1String("fa"), Qt::CaseInsensitive)
            || code.startsWith(QLatin1String("en"), Qt::CaseInsensitive))
            options.language = i18n::languageFromCode(code);
        else
            options.error = QCoreApplication::translate("StartupOptions", "Unknown language “%1”: use fa or en.").arg(code);
    }
    options.measureStartup = parser.isSet(measureOption);
    options.screenshotPath = parser.value(screenshotOption);
    options.createDemoData = parser.isSet(demoOption);
    options.showImportPath = parser.value(showImportOption);
    if (parser.isSet(showCustomerOption)) {
        bool ok = false;
        options.showCustomerId = parser.value(showCustomerOption).toLongLong(&ok);
        if (!ok || options.showCustomerId <= 0)
            options.error = QCoreApplication::translate("StartupOptions", "--show-customer needs a customer number.");
    }
    options.showPage = parser.value(showPageOption);
    if (!options.showPage.isEmpty()
        && !QStringList { QStringLiteral("dashboard"), QStringLiteral("reports"), QStringLiteral("customers"), QStringLiteral("documents"), QStringLiteral("catalog"),
                          QStringLiteral("settings"), QStringLiteral("leads"), QStringLiteral("pipeline"),
                          QStringLiteral("tasks"), QStringLiteral("cheques"), QStringLiteral("receivables"), QStringLiteral("backups") }
                .contains(options.showPage))
        options.error = QCoreApplication::translate(
            "StartupOptions", "--show-page needs dashboard, reports, customers, documents, catalog, settings, leads, pipeline, tasks, cheques, receivables or backups.");
    options.showReport = parser.value(showReportOption);
    if (!options.showReport.isEmpty() && !reports::reportFromKey(options.showReport))
        options.error = QCoreApplication::translate("StartupOptions", "--show-report needs the key of a report, such as sales_period.");
    if (parser.isSet(showDocumentOption)) {
        bool ok = false;
        options.showDocumentId = parser.value(showDocumentOption).toLongLong(&ok);
        if (!ok || options.showDocumentId <= 0)
            options.error = QCoreApplication::translate("StartupOptions", "--show-document needs a document number.");
    }
    if (parser.isSet(showLeadOption)) {
        bool ok = false;
        options.showLeadId = parser.value(showLeadOption).toLongLong(&ok);
        if (!ok || options.showLeadId <= 0)
            options.error = QCoreApplication::translate("StartupOptions", "--show-lead needs a lead number.");
    }
    return options;
}

} // namespace peyvand::ui
