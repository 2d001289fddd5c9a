#include "ImportTestSupport.h"

#include "CustomerExportDialog.h"
#include "CustomerExportFlow.h"
#include "CustomerExportJob.h"
#include "CustomerFilterBar.h"
#include "CustomerImportWizard.h"
#include "CustomerListModel.h"
#include "CustomerListPage.h"
#include "DatabaseWorker.h"
#include "Dialogs.h"
#include "FileDialogs.h"
#include "ImportReportPage.h"
#include "MainWindow.h"
#include "StartupOptions.h"
#include "customers/DemoData.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace peyvand;
using exchange::ExportFormat;
using peyvand::test::u8;
using ui::CustomerExportFlow;

namespace {
struct ExportFixture {
    QTemporaryDir dir;
    std::unique_ptr<storage::Database> db = test::memoryDatabase();
    ui::MainWindow window { *db };

    ExportFixture()
    {
        REQUIRE(dir.isValid());
        test::addCustomer(window.service(), QStringLiteral("Ali Karimi"), QStringLiteral("09121234567"),
                          QStringLiteral("Tehran"), { QStringLiteral("VIP") });
        test::addCustomer(window.service(), QStringLiteral("Sara Ahmadi"), QStringLiteral("09351112233"),
                          QStringLiteral("Shiraz"));
        test::addCustomer(window.service(), QStringLiteral("Zahra Karimi"), QStringLiteral("09131112233"),
                          QStringLiteral("Tabriz"));
        window.customerList()->refresh();
    }

    void search(const QString& text)
    {
        window.customerList()->searchBox()->setText(text);
        window.customerList()->filterBar()->flushPendingSearch();
    }

    // Opens the choices through the list's button and picks the format.
    ui::CustomerExportDialog* openDialog(ExportFormat format)
    {
        window.customerList()->exportButton()->click();
        ui::CustomerExportDialog* dialog = window.exportFlow()->dialog();
        REQUIRE(dialog);
        QComboBox* formats = dialog->formatBox();
        formats->setCurrentIndex(formats->findData(int(format)));
        return dialog;
    }

    // Accepts the dialog with a scripted file name; returns the messages shown.
    QStringList exportTo(ui::CustomerExportDialog* dialog, const QString& path)
    {
        ui::Dialogs::takeShownTexts();
        ui::FileDialogs::scriptPaths({ path });
        dialog->accept();
        test::settle();
        return ui::Dialogs::takeShownTexts();
    }
};

// Imports a file into a fresh database through the wizard; the names it holds then.
QStringList importBack(const QString& path)
{
    test::ImportFixture back;
    ui::CustomerImportWizard wizard(*back.db);
    wizard.show();
    REQUIRE(wizard.openFile(path));
    test::runWizardToReport(wizard);
    REQUIRE(wizard.reportPage()->rejectedModel() != nullptr);
    return back.namesMatching(QString());
}
} // namespace

TEST_CASE("Export: the customers of the current search to CSV, and they import back", "[ui][export]")
{
    test::UiLanguage language(i18n::Language::English);
    ExportFixture f;
    f.search(QStringLiteral("Karimi"));
    REQUIRE(f.window.customerList()->isNarrowed());
    ui::CustomerExportDialog* dialog = f.openDialog(ExportFormat::Csv);
    CHECK(dialog->allButton()->text() == QStringLiteral("All customers (3)"));
    CHECK(dialog->listButton()->text().endsWith(QStringLiteral("(2)")));
    CHECK(dialog->listButton()->isChecked());
    CHECK_FALSE(dialog->persianHeadersBox()->isChecked()); // English: English titles

    const QString path = f.dir.filePath(QStringLiteral("karimi")); // no suffix: the format's is added
    const QStringList shown = f.exportTo(dialog, path);
    const QString written = path + QStringLiteral(".csv");
    REQUIRE(QFileInfo::exists(written));
    CHECK(shown == QStringList { QStringLiteral("2 customers exported to “%1”.").arg(written) });
    QFile file(written);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    CHECK(bytes.contains("09121234567"));
    CHECK_FALSE(bytes.contains("Sara"));

    CHECK(importBack(written) == QStringList { QStringLiteral("Ali Karimi"), QStringLiteral("Zahra Karimi") });
}

TEST_CASE("Export: every customer as vCard, and they import back", "[ui][export]")
{
    test::UiLanguage language(i18n::Language::English);
    ExportFixture f;
    CHECK_FALSE(f.window.customerList()->isNarrowed());
    ui::CustomerExportDialog* dialog = f.openDialog(ExportFormat::VCard);
    CHECK(dialog->allButton()->isChecked());
    CHECK_FALSE(dialog->listButton()->isEnabled()); // nothing narrows the list
    CHECK_FALSE(dialog->persianHeadersBox()->isEnabled()); // a vCard has no column titles
    const QString path = f.dir.filePath(QStringLiteral("all.vcf"));
    CHECK(f.exportTo(dialog, path).value(0).startsWith(QStringLiteral("3 customers exported")));
    CHECK(importBack(path)
          == QStringList { QStringLiteral("Ali Karimi"), QStringLiteral("Sara Ahmadi"), QStringLiteral("Zahra Karimi") });
}

TEST_CASE("Export: Persian column titles by default in Persian, read back on import", "[ui][export]")
{
    test::UiLanguage language(i18n::Language::Persian);
    ExportFixture f;
    ui::CustomerExportDialog* dialog = f.openDialog(ExportFormat::Csv);
    CHECK(dialog->persianHeadersBox()->isChecked());
    CHECK(dialog->persianHeaders());
    const QString path = f.dir.filePath(QStringLiteral("fa.csv"));
    const QStringList shown = f.exportTo(dialog, path);
    REQUIRE(shown.size() == 1);
    CHECK(shown.constFirst().startsWith(u8("۳ customers"))); // Persian digits (strings translated later)
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(file.readLine()).contains(u8("نام و نام خانوادگی")));
    CHECK(importBack(path).size() == 3);
}

TEST_CASE("Export: to an XLSX workbook that imports back", "[ui][export][xlsx]")
{
    test::UiLanguage language(i18n::Language::English);
    ExportFixture f;
    ui::CustomerExportDialog* dialog = f.openDialog(ExportFormat::Xlsx);
    const QString path = f.dir.filePath(QStringLiteral("book.xlsx"));
    CHECK(f.exportTo(dialog, path).value(0).startsWith(QStringLiteral("3 customers exported")));
    CHECK(importBack(path).size() == 3);
}

TEST_CASE("Export: cancelled file dialog, cancelled export, unwritable file", "[ui][export]")
{
    test::UiLanguage language(i18n::Language::English);
    ExportFixture f;
    QStringList statuses;
    QObject::connect(f.window.exportFlow(), &CustomerExportFlow::statusMessage,
                     [&](const QString& message) { statuses << message; });

    SECTION("no file chosen: nothing happens")
    {
        ui::CustomerExportDialog* dialog = f.openDialog(ExportFormat::Csv);
        CHECK(f.exportTo(dialog, QString()).isEmpty());
        CHECK(QDir(f.dir.path()).entryList(QDir::Files).isEmpty());
    }
    SECTION("cancelled while writing: no file is left")
    {
        customers::DemoDataOptions demo;
        demo.customers = 2500;
        demo.withNotesAndInteractions = false;
        REQUIRE(customers::generateDemoCustomers(*f.db, demo).hasValue());
        QObject::connect(f.window.exportFlow()->job(), &ui::CustomerExportJob::progress,
                         [&](qint64, qint64) { f.window.exportFlow()->job()->cancel(); });
        ui::CustomerExportDialog* dialog = f.openDialog(ExportFormat::Csv);
        const QString path = f.dir.filePath(QStringLiteral("big.csv"));
        CHECK(f.exportTo(dialog, path).isEmpty());
        CHECK_FALSE(QFileInfo::exists(path));
        CHECK(statuses.contains(QStringLiteral("Export cancelled; no file was written.")));
    }
    SECTION("a folder that does not exist")
    {
        ui::CustomerExportDialog* dialog = f.openDialog(ExportFormat::Csv);
        const QStringList shown = f.exportTo(dialog, f.dir.filePath(QStringLiteral("no/such/dir/x.csv")));
        REQUIRE(shown.size() == 1);
        CHECK(shown.constFirst().contains(QStringLiteral("could not be written")));
    }
}

TEST_CASE("Export on a database file runs in a worker thread", "[ui][export]")
{
    test::UiLanguage language(i18n::Language::English);
    test::ImportFixture f(true);
    test::addCustomer(*f.service, QStringLiteral("Ali Karimi"), QStringLiteral("09121234567"));
    QWidget window;
    CustomerExportFlow flow(*f.db, *f.search, &window);
    CHECK(flow.job()->usesWorkerThread());
    QSignalSpy exported(&flow, &CustomerExportFlow::exported);
    const QString path = f.dir.filePath(QStringLiteral("one.csv"));
    flow.exportTo(path, {});
    CHECK(flow.job()->isRunning());
    REQUIRE(exported.wait(30000));
    CHECK(exported.constFirst().at(0).toLongLong() == 1);
    CHECK(QFileInfo::exists(path));
}

TEST_CASE("Export file names: the format's suffix is added, a typed suffix wins", "[ui][export]")
{
    CHECK(CustomerExportFlow::withSuffix(QStringLiteral("/a/b"), ExportFormat::Xlsx) == QStringLiteral("/a/b.xlsx"));
    CHECK(CustomerExportFlow::withSuffix(QStringLiteral("/a/b.csv"), ExportFormat::Xlsx) == QStringLiteral("/a/b.csv"));
    CHECK(CustomerExportFlow::withSuffix(QStringLiteral("/a/b.txt"), ExportFormat::VCard) == QStringLiteral("/a/b.txt.vcf"));
    CHECK(CustomerExportFlow::formatOf(QStringLiteral("/a/b.VCF"), ExportFormat::Csv) == ExportFormat::VCard);
    CHECK(CustomerExportFlow::formatOf(QStringLiteral("/a/b"), ExportFormat::Xlsx) == ExportFormat::Xlsx);
}

TEST_CASE("The customer list opens the import wizard, --show-import opens it on a file", "[ui][import]")
{
    test::UiLanguage language(i18n::Language::English);
    auto db = test::memoryDatabase();
    ui::MainWindow window(*db);
    window.show();
    CHECK(window.importWizard() == nullptr);
    window.customerList()->importButton()->click();
    ui::CustomerImportWizard* wizard = window.importWizard();
    REQUIRE(wizard);
    CHECK(wizard->isVisible());
    CHECK(wizard->currentId() == ui::CustomerImportWizard::FilePageId);
    window.customerList()->importButton()->click(); // the same wizard, not a second one
    CHECK(window.importWizard() == wizard);
    wizard->reject();
    test::settle();
    CHECK(window.importWizard() == nullptr); // deleted on close

    // An empty book offers an import too.
    REQUIRE(window.customerList()->showsEmptyState());
    QPushButton* emptyImport = window.customerList()->findChild<QPushButton*>(QStringLiteral("emptyImportButton"));
    REQUIRE(emptyImport);
    CHECK(emptyImport->isVisibleTo(window.customerList()));

    const ui::StartupOptions options = ui::StartupOptions::parse(
        { QStringLiteral("peyvand"), QStringLiteral("--show-import"), QStringLiteral("/tmp/list.csv") });
    CHECK(options.error.isEmpty());
    CHECK(options.showImportPath == QStringLiteral("/tmp/list.csv"));

    wizard = window.importCustomers(test::importSample(QStringLiteral("utf8.csv")));
    REQUIRE(wizard);
    CHECK(wizard->currentId() == ui::CustomerImportWizard::PreviewPageId);
    test::runWizardToReport(*wizard);
    CHECK(window.customerList()->model()->rowCount() == 3); // the list was read again
}
