// The import wizard from the duplicates step on: policies, check only,
// cancel, errors that stop the import, the report, the worker thread.
#include "ImportTestSupport.h"

#include "CustomerImportJob.h"
#include "CustomerImportWizard.h"
#include "Dialogs.h"
#include "DuplicatesModel.h"
#include "FileDialogs.h"
#include "ImportDuplicatePage.h"
#include "ImportFilePage.h"
#include "ImportMappingPage.h"
#include "ImportPreviewModel.h"
#include "ImportPreviewPage.h"
#include "ImportReportPage.h"
#include "ImportRunPage.h"
#include "ImportSession.h"
#include "RejectedRowsModel.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>

using namespace peyvand;
using exchange::ImportField;
using peyvand::test::u8;
using ui::CustomerImportWizard;
using ui::ImportPreviewModel;
using test::display;
using test::kSmallCsv;
using test::largeCsv;

TEST_CASE("Import wizard: duplicates are shown side by side and handled by the policy", "[ui][import]")
{
    test::UiLanguage language(i18n::Language::English);
    test::ImportFixture f;
    const customers::Customer existing =
        test::addCustomer(*f.service, QStringLiteral("Ali Karimi"), QStringLiteral("09121234567"), QStringLiteral("Tehran"));
    const QString path = f.textFile(QStringLiteral("dup.csv"),
                                    QStringLiteral("name,mobile,city,email\n"
                                                   "Ali Karimi,09121234567,Karaj,ali@example.com\n"
                                                   "Reza Alavi,09131112233,Tabriz,\n"
                                                   "Reza Alavi,09131112233,Tabriz,reza@example.com\n"));
    CustomerImportWizard wizard(*f.db);
    wizard.show();
    REQUIRE(wizard.openFile(path));
    ImportPreviewModel* model = wizard.previewModel();
    REQUIRE(model->rowCount() == 3);
    CHECK(model->duplicateRowCount() == 2);
    const QModelIndex status = model->index(0, ImportPreviewModel::StatusColumn);
    CHECK(status.data(ImportPreviewModel::DuplicateRole).toBool());
    CHECK(status.data(Qt::BackgroundRole).isValid());
    CHECK(test::plain(status.data()) == QStringLiteral("Duplicate of Ali Karimi"));
    CHECK(status.data(Qt::ToolTipRole).toString().contains(QStringLiteral("same mobile")));
    CHECK(test::plain(model->index(2, ImportPreviewModel::StatusColumn).data()) == QStringLiteral("Duplicate of line 3"));
    CHECK_FALSE(model->index(1, ImportPreviewModel::StatusColumn).data(ImportPreviewModel::DuplicateRole).toBool());

    wizard.next();
    wizard.next();
    REQUIRE(wizard.currentId() == CustomerImportWizard::DuplicatePageId);
    ui::ImportDuplicatePage* page = wizard.duplicatePage();
    ui::DuplicatesModel* list = page->duplicatesModel();
    ui::DuplicateComparisonModel* compare = page->comparisonModel();
    QAbstractItemModelTester listTester(list, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester compareTester(compare, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(list->rowCount() == 2);
    CHECK(display(*list, 0, ui::DuplicatesModel::LineColumn) == QStringLiteral("2"));
    CHECK(display(*list, 0, ui::DuplicatesModel::ReasonColumn) == QStringLiteral("same mobile"));
    CHECK(display(*list, 0, ui::DuplicatesModel::IncomingColumn) == QStringLiteral("Ali Karimi"));
    CHECK(display(*list, 0, ui::DuplicatesModel::ExistingColumn) == QStringLiteral("Ali Karimi"));
    CHECK(list->index(0, 0).data(ui::DuplicatesModel::ExistingIdRole).toLongLong() == existing.id);
    CHECK(display(*list, 1, ui::DuplicatesModel::ExistingColumn) == QStringLiteral("line 3: Reza Alavi"));
    CHECK(page->duplicatesTable()->isVisibleTo(page));

    // The first duplicate side by side: the mobile matched, the city and email differ.
    const int mobile = compare->rowOf(ImportField::Mobile);
    const int city = compare->rowOf(ImportField::City);
    const int email = compare->rowOf(ImportField::Email);
    REQUIRE(mobile >= 0);
    REQUIRE(city >= 0);
    REQUIRE(email >= 0);
    CHECK(compare->index(mobile, 0).data(ui::DuplicateComparisonModel::MatchedRole).toBool());
    CHECK_FALSE(compare->index(mobile, 0).data(ui::DuplicateComparisonModel::DifferentRole).toBool());
    CHECK(compare->index(city, 0).data(ui::DuplicateComparisonModel::DifferentRole).toBool());
    CHECK(display(*compare, city, ui::DuplicateComparisonModel::IncomingColumn) == QStringLiteral("Karaj"));
    CHECK(display(*compare, city, ui::DuplicateComparisonModel::ExistingColumn) == QStringLiteral("Tehran"));
    CHECK(compare->index(city, ui::DuplicateComparisonModel::IncomingColumn).data(Qt::BackgroundRole).isValid());
    CHECK_FALSE(compare->index(mobile, ui::DuplicateComparisonModel::IncomingColumn).data(Qt::BackgroundRole).isValid());
    CHECK(display(*compare, email, ui::DuplicateComparisonModel::ExistingColumn).isEmpty());
    CHECK(compare->rowOf(ImportField::Company) == -1); // neither side has one
    CHECK(compare->headerData(ui::DuplicateComparisonModel::IncomingColumn, Qt::Horizontal).toString()
          == QStringLiteral("In the file (line 2)"));
    CHECK(compare->headerData(ui::DuplicateComparisonModel::ExistingColumn, Qt::Horizontal).toString()
          == QStringLiteral("In the customer book"));
    // Choosing the second shows it against the earlier row of the file.
    page->duplicatesTable()->setCurrentIndex(list->index(1, 0));
    CHECK(compare->headerData(ui::DuplicateComparisonModel::ExistingColumn, Qt::Horizontal).toString()
          == QStringLiteral("Earlier row (line 3)"));
    CHECK(compare->index(compare->rowOf(ImportField::Email), 0).data(ui::DuplicateComparisonModel::DifferentRole).toBool());

    CHECK(page->skipButton()->isChecked());
    CHECK_FALSE(page->overwriteBox()->isEnabled());

    SECTION("skip keeps the customer as it is")
    {
        test::runWizardToReport(wizard);
        CHECK(wizard.reportPage()->importedLabel()->text() == QStringLiteral("1"));
        CHECK(wizard.reportPage()->skippedLabel()->text() == QStringLiteral("2"));
        CHECK(wizard.reportPage()->tabs()->tabText(1) == QStringLiteral("Duplicates (2)"));
        CHECK(wizard.reportPage()->duplicatesModel()->rowCount() == 2);
        CHECK(f.service->get(existing.id)->city == QStringLiteral("Tehran"));
        CHECK(f.service->get(existing.id)->email.isEmpty());
        CHECK(f.customerCount() == 2);
    }
    SECTION("update fills in what the customer lacks")
    {
        page->updateButton()->click();
        CHECK(page->overwriteBox()->isEnabled());
        CHECK(wizard.session()->options().onDuplicate == exchange::DuplicatePolicy::Update);
        CHECK_FALSE(wizard.session()->options().overwrite);
        test::runWizardToReport(wizard);
        CHECK(wizard.reportPage()->updatedLabel()->text() == QStringLiteral("2"));
        const customers::Customer updated = f.service->get(existing.id).valueOr({});
        CHECK(updated.email == QStringLiteral("ali@example.com"));
        CHECK(updated.city == QStringLiteral("Tehran")); // had one: kept
        CHECK(f.customerCount() == 2);
    }
    SECTION("update with overwrite replaces what it has")
    {
        page->updateButton()->click();
        page->overwriteBox()->setChecked(true);
        CHECK(wizard.session()->options().overwrite);
        test::runWizardToReport(wizard);
        CHECK(f.service->get(existing.id)->city == QStringLiteral("Karaj"));
    }
    SECTION("create imports them anyway")
    {
        page->createButton()->click();
        test::runWizardToReport(wizard);
        CHECK(wizard.reportPage()->importedLabel()->text() == QStringLiteral("3"));
        CHECK(f.customerCount() == 4);
    }
}

TEST_CASE("Import wizard: a check imports nothing, then Import now does", "[ui][import]")
{
    test::UiLanguage language(i18n::Language::English);
    test::ImportFixture f;
    CustomerImportWizard wizard(*f.db);
    QSignalSpy changed(&wizard, &CustomerImportWizard::customersChanged);
    wizard.show();
    REQUIRE(wizard.openFile(f.textFile(QStringLiteral("c.csv"), u8(kSmallCsv))));
    wizard.next();
    wizard.next();
    wizard.duplicatePage()->dryRunBox()->setChecked(true);
    CHECK(wizard.session()->options().dryRun);
    CHECK(wizard.button(QWizard::CommitButton)->text() == QStringLiteral("Check"));
    test::runWizardToReport(wizard);
    ui::ImportReportPage* report = wizard.reportPage();
    CHECK(report->headline()->text().startsWith(QStringLiteral("Check finished: nothing was imported.")));
    CHECK(report->importedLabel()->text() == QStringLiteral("2"));
    CHECK(report->rejectedModel()->rowCount() == 1);
    CHECK(f.customerCount() == 0);
    CHECK(changed.isEmpty());
    REQUIRE(report->importNowButton()->isVisibleTo(report));

    report->importNowButton()->click();
    for (int guard = 0; guard < 50 && wizard.currentId() != CustomerImportWizard::ReportPageId; ++guard)
        test::settle();
    REQUIRE(wizard.currentId() == CustomerImportWizard::ReportPageId);
    CHECK(report->headline()->text() == QStringLiteral("Import finished."));
    CHECK(report->importNowButton()->isHidden());
    CHECK(f.customerCount() == 2);
    CHECK(changed.count() == 1);
}

TEST_CASE("Import wizard: cancelling rolls everything back", "[ui][import]")
{
    test::UiLanguage language(i18n::Language::English);
    test::ImportFixture f;
    test::addCustomer(*f.service, QStringLiteral("Already Here"));
    CustomerImportWizard wizard(*f.db);
    wizard.show();
    REQUIRE(wizard.openFile(f.textFile(QStringLiteral("big.csv"), largeCsv(20000))));
    QList<qint64> seen;
    const bool byWizardCancel = GENERATE(false, true);
    QObject::connect(wizard.job(), &ui::CustomerImportJob::progress, [&](const ui::ImportRunProgress& p) {
        seen << p.rowsRead;
        if (seen.size() == 1) {
            // What the Cancel buttons do, part-way through.
            if (byWizardCancel)
                wizard.reject();
            else
                wizard.runPage()->cancelButton()->click();
        }
    });
    test::runWizardToReport(wizard);
    CHECK_FALSE(seen.isEmpty());
    CHECK(wizard.isVisible()); // Cancel stopped the import, not the wizard
    CHECK(wizard.reportPage()->headline()->text().startsWith(QStringLiteral("The import was cancelled.")));
    CHECK_FALSE(wizard.reportPage()->tabs()->isVisibleTo(wizard.reportPage()));
    CHECK(f.customerCount() == 1);
    CHECK(f.namesMatching(QStringLiteral("Customer")).isEmpty());
    // Once nothing runs, Cancel closes.
    wizard.reject();
    CHECK_FALSE(wizard.isVisible());
}

TEST_CASE("Import wizard: once every row is read it says it is saving, with nothing left to cancel", "[ui][import]")
{
    test::UiLanguage language(i18n::Language::English);
    test::ImportFixture f;
    CustomerImportWizard wizard(*f.db);
    wizard.show();
    REQUIRE(wizard.openFile(f.textFile(QStringLiteral("big.csv"), largeCsv(5000))));
    QList<ui::ImportRunProgress> seen;
    bool cancelWhileSaving = true;
    int barMaximumWhileSaving = -1;
    QString textWhileSaving;
    QObject::connect(wizard.job(), &ui::CustomerImportJob::progress, [&](const ui::ImportRunProgress& p) {
        seen << p;
        if (p.finishing) {
            cancelWhileSaving = wizard.runPage()->cancelButton()->isEnabled() || wizard.button(QWizard::CancelButton)->isEnabled();
            barMaximumWhileSaving = wizard.runPage()->progressBar()->maximum();
            textWhileSaving = wizard.runPage()->rowsLabel()->text();
        }
    });
    test::runWizardToReport(wizard);
    REQUIRE_FALSE(seen.isEmpty());
    CHECK(seen.constLast().finishing);
    CHECK(seen.constLast().rowsRead == 5000);
    CHECK_FALSE(cancelWhileSaving);
    CHECK(barMaximumWhileSaving == 0); // busy: no fraction to show
    CHECK(textWhileSaving == QStringLiteral("5,000 rows read. Completing the search index and saving…"));
    CHECK(wizard.runPage()->progressBar()->maximum() > 0);
    CHECK(wizard.button(QWizard::CancelButton)->isEnabled()); // closes the wizard again
    CHECK(f.customerCount() == 5000);
}

TEST_CASE("Import wizard: a file that cannot be parsed imports nothing and says where", "[ui][import]")
{
    test::UiLanguage language(i18n::Language::English);
    test::ImportFixture f;
    CustomerImportWizard wizard(*f.db);
    wizard.show();

    SECTION("at the start: the file page says why and does not go on")
    {
        CHECK_FALSE(wizard.openFile(
            f.textFile(QStringLiteral("broken.csv"), QStringLiteral("name,note\n\"Ali,never closed\n"))));
        CHECK(wizard.currentId() == CustomerImportWizard::FilePageId);
        CHECK(wizard.session()->previewError().has_value());
        const QString status = wizard.filePage()->statusLabel()->text();
        CHECK(status.startsWith(QStringLiteral("The file cannot be imported: ")));
        CHECK(status.contains(QStringLiteral("line")));
        CHECK_FALSE(wizard.button(QWizard::NextButton)->isEnabled());
    }
    SECTION("the readers' sample: a quote left open on line 3")
    {
        REQUIRE(wizard.openFile(test::importSample(QStringLiteral("unclosed_quote.csv"))));
        test::runWizardToReport(wizard);
        const QString headline = wizard.reportPage()->headline()->text();
        CHECK(headline.startsWith(QStringLiteral("The import stopped and nothing was imported: ")));
        CHECK(headline.contains(QStringLiteral("line 3")));
        CHECK(f.customerCount() == 0);
    }
    SECTION("after the preview: the report says why and nothing is imported")
    {
        QString csv = largeCsv(80);
        csv += QStringLiteral("\"Broken,09120000000,Tehran\n");
        REQUIRE(wizard.openFile(f.textFile(QStringLiteral("late.csv"), csv)));
        CHECK(wizard.previewModel()->rowCount() == ui::ImportSession::kPreviewRows);
        test::runWizardToReport(wizard);
        const QString headline = wizard.reportPage()->headline()->text();
        CHECK(headline.startsWith(QStringLiteral("The import stopped and nothing was imported: ")));
        CHECK(headline.contains(QStringLiteral("82")));
        CHECK_FALSE(wizard.reportPage()->saveRejectedButton()->isVisibleTo(wizard.reportPage()));
        CHECK(f.customerCount() == 0);
    }
}

TEST_CASE("Import wizard: rejected rows are saved as CSV", "[ui][import]")
{
    test::UiLanguage language(i18n::Language::English);
    test::ImportFixture f;
    CustomerImportWizard wizard(*f.db);
    wizard.show();
    REQUIRE(wizard.openFile(f.textFile(QStringLiteral("c.csv"), u8(kSmallCsv))));
    test::runWizardToReport(wizard);
    ui::ImportReportPage* report = wizard.reportPage();

    ui::FileDialogs::scriptPaths({ QString() });
    CHECK_FALSE(report->saveRejectedRows()); // cancelled
    const QString out = f.dir.filePath(QStringLiteral("rejected.csv"));
    ui::FileDialogs::scriptPaths({ out });
    report->saveRejectedButton()->click();
    QFile saved(out);
    REQUIRE(saved.open(QIODevice::ReadOnly));
    const QByteArray bytes = saved.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF")); // UTF-8 with BOM for spreadsheet programs
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 2);
    CHECK(lines.at(1).startsWith(QStringLiteral("3,mobile,12345,")));
    CHECK(report->savedLabel()->text().startsWith(QStringLiteral("Saved 1 rejected rows to")));

    ui::Dialogs::takeShownTexts();
    ui::FileDialogs::scriptPaths({ f.dir.filePath(QStringLiteral("missing/dir/rejected.csv")) });
    CHECK_FALSE(report->saveRejectedRows());
    CHECK(ui::Dialogs::takeShownTexts().size() == 1);
}

TEST_CASE("Import wizard: on a database file the preview and the import run in a worker thread", "[ui][import]")
{
    test::UiLanguage language(i18n::Language::English);
    test::ImportFixture f(true);
    CustomerImportWizard wizard(*f.db);
    wizard.show();
    CHECK(wizard.job()->usesWorkerThread());
    const QString path = f.textFile(QStringLiteral("rows.csv"), largeCsv(3000));
    QSignalSpy loading(wizard.session(), &ui::ImportSession::loadingChanged);
    wizard.filePage()->setFile(path);
    CHECK(wizard.session()->isLoading()); // returned while the worker reads
    CHECK_FALSE(wizard.button(QWizard::NextButton)->isEnabled());
    CHECK(wizard.filePage()->statusLabel()->text() == QStringLiteral("Reading the file…"));
    wizard.session()->waitForPreview();
    CHECK(wizard.session()->hasPreview());
    CHECK(wizard.button(QWizard::NextButton)->isEnabled());
    CHECK(loading.count() == 2);

    QSignalSpy finished(wizard.job(), &ui::CustomerImportJob::finished);
    QSignalSpy progress(wizard.job(), &ui::CustomerImportJob::progress);
    for (int i = 0; i < 4; ++i)
        wizard.next();
    REQUIRE(wizard.currentId() == CustomerImportWizard::RunPageId);
    test::settle();
    CHECK(wizard.job()->isRunning());
    REQUIRE(finished.wait(60000));
    test::settle();
    CHECK(wizard.currentId() == CustomerImportWizard::ReportPageId);
    CHECK_FALSE(progress.isEmpty());
    CHECK(wizard.reportPage()->importedLabel()->text() == QStringLiteral("3,000"));
    CHECK(f.customerCount() == 3000); // visible on the GUI's own connection
    CHECK(wizard.runPage()->progressBar()->value() == wizard.runPage()->progressBar()->maximum());
}

TEST_CASE("Import run page: rows per second and time left", "[ui][import]")
{
    test::UiLanguage language(i18n::Language::English);
    using ui::ImportRunPage;
    CHECK(ImportRunPage::rateText({ 10, 100, 1000, 100 }).isEmpty()); // too early to tell
    CHECK(ImportRunPage::rateText({ 5000, 250, 1000, 1000 }) == QStringLiteral("5,000 rows/s — about 3 s left"));
    CHECK(ImportRunPage::rateText({ 1000, 10, 1000, 2000 }) == QStringLiteral("500 rows/s — about 3 min left"));
    CHECK(ImportRunPage::rateText({ 1000, 1000, 1000, 2000 }) == QStringLiteral("500 rows/s — almost done"));
}
