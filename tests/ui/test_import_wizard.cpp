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

namespace {
const char* kSmallCsv = "نام,موبایل,شهر,برچسب\n"
                        "علي كريمي,۰۹۱۲۱۲۳۴۵۶۷,تهران,\"عمده، وفادار\"\n"
                        "Sara Ahmadi,12345,Shiraz,\n"
                        "Zahra Mousavi,+989351112233,اصفهان,VIP\n";

QString display(const QAbstractItemModel& model, int row, int column)
{
    return test::plain(model.index(row, column).data());
}

QString largeCsv(int rows)
{
    QString csv = QStringLiteral("name,mobile,city\n");
    for (int i = 0; i < rows; ++i)
        csv += QStringLiteral("Customer %1,0912%2,Tehran\n").arg(i).arg(1000000 + i, 7, 10, QLatin1Char('0'));
    return csv;
}
} // namespace

TEST_CASE("Import wizard: a small CSV is previewed as it will be stored and imported", "[ui][import]")
{
    test::UiLanguage language(i18n::Language::English);
    test::ImportFixture f;
    CustomerImportWizard wizard(*f.db);
    QSignalSpy changed(&wizard, &CustomerImportWizard::customersChanged);
    wizard.show();
    CHECK(wizard.currentId() == CustomerImportWizard::FilePageId);
    CHECK_FALSE(wizard.button(QWizard::NextButton)->isEnabled()); // no file yet

    const QString path = f.textFile(QStringLiteral("customers.csv"), u8(kSmallCsv));
    ui::FileDialogs::scriptPaths({ path });
    REQUIRE(wizard.filePage()->chooseFile());
    ui::ImportSession* session = wizard.session();
    REQUIRE(session->hasPreview());
    CHECK(wizard.filePage()->pathEdit()->text().endsWith(QStringLiteral("customers.csv")));
    CHECK(wizard.filePage()->formatBox()->currentData().toInt() == int(io::SourceFormat::Csv));
    CHECK(wizard.filePage()->statusLabel()->text().contains(QStringLiteral("Detected text encoding: UTF-8")));
    CHECK(wizard.filePage()->statusLabel()->text().contains(QStringLiteral("“,”")));
    CHECK(wizard.button(QWizard::NextButton)->isEnabled());

    wizard.next();
    REQUIRE(wizard.currentId() == CustomerImportWizard::PreviewPageId);
    ImportPreviewModel* model = wizard.previewModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model->rowCount() == 3);
    const int name = model->columnOf(ImportField::Name);
    const int mobile = model->columnOf(ImportField::Mobile);
    const int tags = model->columnOf(ImportField::Tags);
    REQUIRE(name >= 0);
    REQUIRE(mobile >= 0);
    REQUIRE(tags >= 0);
    CHECK(model->columnOf(ImportField::City) >= 0);
    CHECK(model->columnOf(ImportField::Email) == -1); // not in the file, so no column
    // As stored: Persian letters, ASCII digits restored to 09…, tags split.
    CHECK(display(*model, 0, name) == u8("علی کریمی"));
    CHECK(display(*model, 0, mobile) == QStringLiteral("09121234567"));
    CHECK(display(*model, 0, tags).remove(QChar(0x200E)) == u8("عمده, وفادار"));
    CHECK(display(*model, 2, mobile) == QStringLiteral("09351112233"));
    CHECK(display(*model, 0, ImportPreviewModel::LineColumn) == QStringLiteral("2"));
    CHECK(display(*model, 0, ImportPreviewModel::StatusColumn) == QStringLiteral("Ready"));
    // The bad mobile: red, its reason as the tooltip, the row rejected.
    const QModelIndex bad = model->index(1, mobile);
    CHECK(bad.data(ImportPreviewModel::ProblemRole).toBool());
    CHECK(bad.data(Qt::BackgroundRole).isValid());
    CHECK_FALSE(bad.data(Qt::ToolTipRole).toString().isEmpty());
    CHECK(test::plain(bad.data()) == QStringLiteral("12345"));
    CHECK_FALSE(model->index(1, name).data(ImportPreviewModel::ProblemRole).toBool());
    CHECK(display(*model, 1, ImportPreviewModel::StatusColumn) == QStringLiteral("Rejected"));
    CHECK(model->index(1, ImportPreviewModel::StatusColumn).data(Qt::ToolTipRole).toString().startsWith(
        QStringLiteral("Mobile: ")));
    CHECK(wizard.previewPage()->summaryLabel()->text()
          == QStringLiteral("3 rows previewed: 2 ready to import, 1 rejected, 0 duplicates."));

    wizard.next();
    REQUIRE(wizard.currentId() == CustomerImportWizard::MappingPageId);
    CHECK(wizard.mappingPage()->columnsTable()->rowCount() == 4);
    CHECK(wizard.mappingPage()->fieldBox(1)->currentData().toInt() == int(ImportField::Mobile));
    wizard.next();
    REQUIRE(wizard.currentId() == CustomerImportWizard::DuplicatePageId);
    CHECK(wizard.duplicatePage()->noneLabel()->text().startsWith(QStringLiteral("No duplicates")));
    CHECK(wizard.button(QWizard::CommitButton)->text() == QStringLiteral("Import"));
    CHECK(f.customerCount() == 0); // nothing before the last step

    test::runWizardToReport(wizard);
    ui::ImportReportPage* report = wizard.reportPage();
    CHECK(report->headline()->text() == QStringLiteral("Import finished."));
    CHECK(report->importedLabel()->text() == QStringLiteral("2"));
    CHECK(report->updatedLabel()->text() == QStringLiteral("0"));
    CHECK(report->skippedLabel()->text() == QStringLiteral("0"));
    CHECK(report->rejectedLabel()->text() == QStringLiteral("1"));
    CHECK(report->tabs()->tabText(0) == QStringLiteral("Rejected rows (1)"));
    CHECK(report->importNowButton()->isHidden());
    CHECK(report->saveRejectedButton()->isEnabled());
    ui::RejectedRowsModel* rejected = report->rejectedModel();
    REQUIRE(rejected->rowCount() == 1);
    CHECK(display(*rejected, 0, ui::RejectedRowsModel::LineColumn) == QStringLiteral("3"));
    CHECK(display(*rejected, 0, ui::RejectedRowsModel::FieldColumn) == QStringLiteral("Mobile"));
    CHECK(display(*rejected, 0, ui::RejectedRowsModel::ValueColumn) == QStringLiteral("12345"));
    CHECK_FALSE(display(*rejected, 0, ui::RejectedRowsModel::ReasonColumn).isEmpty());

    CHECK(changed.count() == 1);
    CHECK(f.customerCount() == 2);
    const std::optional<customers::Customer> ali = f.findByName(u8("علی کریمی"));
    REQUIRE(ali);
    CHECK(ali->mobile == QStringLiteral("09121234567"));
    CHECK(ali->city == u8("تهران"));
    CHECK(ali->tags == QStringList { u8("عمده"), u8("وفادار") });
    CHECK(f.namesMatching(QStringLiteral("Zahra")) == QStringList { QStringLiteral("Zahra Mousavi") });
    CHECK(f.namesMatching(QStringLiteral("Sara")).isEmpty());
}

TEST_CASE("Import wizard: a Windows-1256 file is detected, said so, and imported in Persian letters", "[ui][import]")
{
    test::UiLanguage language(i18n::Language::English);
    test::ImportFixture f;
    CustomerImportWizard wizard(*f.db);
    wizard.show();
    REQUIRE(wizard.openFile(test::importSample(QStringLiteral("windows1256.csv"))));
    CHECK(wizard.currentId() == CustomerImportWizard::PreviewPageId);
    ui::ImportFilePage* page = wizard.filePage();
    CHECK(page->statusLabel()->text().contains(QStringLiteral("Detected text encoding: Windows-1256")));
    CHECK(page->noticeLabel()->isVisibleTo(page));
    CHECK(page->noticeLabel()->text().contains(QStringLiteral("Windows-1256")));
    CHECK(wizard.previewPage()->noticeLabel()->isVisibleTo(wizard.previewPage()));
    CHECK(wizard.previewPage()->noticeLabel()->text() == page->noticeLabel()->text());

    ImportPreviewModel* model = wizard.previewModel();
    REQUIRE(model->rowCount() == 3);
    // Windows-1256 has no Persian Yeh: the Arabic letters are stored as Persian.
    CHECK(display(*model, 0, model->columnOf(ImportField::Name)) == u8("علی کریمی"));
    CHECK(display(*model, 0, model->columnOf(ImportField::Notes)) == u8("مشتری قدیمی"));

    SECTION("read as UTF-8 on request, the Persian titles are lost")
    {
        wizard.back();
        QComboBox* encoding = page->encodingBox();
        encoding->setCurrentIndex(encoding->findData(int(io::TextEncoding::Utf8)));
        wizard.session()->waitForPreview();
        REQUIRE(wizard.session()->hasPreview());
        CHECK(wizard.session()->preview().encoding == io::TextEncoding::Utf8);
        CHECK(page->statusLabel()->text().contains(QStringLiteral("Read as UTF-8")));
        CHECK(model->columnOf(ImportField::Mobile) == -1); // the titles no longer read as Persian
        encoding->setCurrentIndex(encoding->findData(int(io::TextEncoding::Auto)));
        CHECK(wizard.session()->preview().encoding == io::TextEncoding::Windows1256);
    }
    SECTION("imported")
    {
        test::runWizardToReport(wizard);
        CHECK(wizard.reportPage()->importedLabel()->text() == QStringLiteral("3"));
        const std::optional<customers::Customer> ali = f.findByName(u8("علی کریمی"));
        REQUIRE(ali);
        CHECK(f.findByName(u8("زهرا موسوی")).has_value());
        CHECK(f.service->notes(ali->id).valueOr({}).value(0).text == u8("مشتری قدیمی"));
    }
}

TEST_CASE("Import wizard: changing the mapping refreshes the preview", "[ui][import]")
{
    test::UiLanguage language(i18n::Language::English);
    test::ImportFixture f;
    CustomerImportWizard wizard(*f.db);
    wizard.show();
    const QString path = f.textFile(QStringLiteral("odd.csv"),
                                    QStringLiteral("Col A,Col B,Remark\nAli Karimi,09121234567,calls late\n"
                                                   "Sara Ahmadi,09351112233,\n"));
    REQUIRE(wizard.openFile(path));
    wizard.next();
    REQUIRE(wizard.currentId() == CustomerImportWizard::MappingPageId);
    ui::ImportMappingPage* page = wizard.mappingPage();
    ImportPreviewModel* model = wizard.previewModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QComboBox* first = page->fieldBox(0);
    QComboBox* second = page->fieldBox(1);
    QComboBox* third = page->fieldBox(2);
    REQUIRE(first);
    REQUIRE(third);
    CHECK(page->fieldBox(3) == nullptr);
    CHECK(first->currentData().toInt() == int(ImportField::Ignore));
    CHECK(first->count() == exchange::importableFields().size() + 1);
    CHECK(page->columnsTable()->item(0, ui::ImportMappingPage::SampleColumn)->text() == QStringLiteral("Ali Karimi"));
    CHECK(model->columnCount() == ImportPreviewModel::FixedColumnCount); // nothing mapped
    CHECK(display(*model, 0, ImportPreviewModel::StatusColumn) == QStringLiteral("Rejected")); // no name

    first->setCurrentIndex(first->findData(int(ImportField::Name)));
    REQUIRE(model->columnOf(ImportField::Name) == ImportPreviewModel::FixedColumnCount);
    CHECK(display(*model, 0, model->columnOf(ImportField::Name)) == QStringLiteral("Ali Karimi"));
    CHECK(display(*model, 0, ImportPreviewModel::StatusColumn) == QStringLiteral("Ready"));
    second->setCurrentIndex(second->findData(int(ImportField::Mobile)));
    CHECK(display(*model, 1, model->columnOf(ImportField::Mobile)) == QStringLiteral("09351112233"));
    CHECK(page->summaryLabel()->text().startsWith(QStringLiteral("2 rows previewed: 2 ready")));

    // A field goes to one column: giving the name to column 2 takes it from column 1.
    second->setCurrentIndex(second->findData(int(ImportField::Name)));
    CHECK(first->currentData().toInt() == int(ImportField::Ignore));
    CHECK(display(*model, 0, model->columnOf(ImportField::Name)) == QStringLiteral("09121234567"));
    CHECK(model->columnOf(ImportField::Mobile) == -1);
    first->setCurrentIndex(first->findData(int(ImportField::Name)));
    second->setCurrentIndex(second->findData(int(ImportField::Mobile)));

    // Columns left out can go into the notes.
    CHECK(model->columnOf(ImportField::Notes) == -1);
    page->notesBox()->setChecked(true);
    REQUIRE(model->columnOf(ImportField::Notes) >= 0);
    CHECK(display(*model, 0, model->columnOf(ImportField::Notes)) == QStringLiteral("Remark: calls late"));
    CHECK(wizard.session()->options().mapping.unmappedToNotes);

    test::runWizardToReport(wizard);
    const std::optional<customers::Customer> ali = f.findByName(QStringLiteral("Ali Karimi"));
    REQUIRE(ali);
    CHECK(ali->mobile == QStringLiteral("09121234567"));
    CHECK(f.service->notes(ali->id).valueOr({}).value(0).text.contains(QStringLiteral("calls late")));
}

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

TEST_CASE("Import wizard: an XLSX workbook, first sheet or a chosen one", "[ui][import][xlsx]")
{
    test::UiLanguage language(i18n::Language::English);
    test::ImportFixture f;
    CustomerImportWizard wizard(*f.db);
    wizard.show();
    REQUIRE(wizard.openFile(test::importSample(QStringLiteral("customers.xlsx"))));
    ui::ImportFilePage* page = wizard.filePage();
    CHECK(page->formatBox()->currentData().toInt() == int(io::SourceFormat::Xlsx));
    CHECK(page->sheetBox()->isVisibleTo(page));
    CHECK_FALSE(page->encodingBox()->isVisibleTo(page)); // a workbook says its own encoding
    REQUIRE(page->sheetBox()->count() == 2);
    CHECK(page->sheetBox()->itemText(0) == QStringLiteral("Customers"));
    CHECK(page->sheetBox()->itemText(1) == u8("یادداشت‌ها"));
    CHECK_FALSE(page->statusLabel()->text().contains(QStringLiteral("encoding")));
    ImportPreviewModel* model = wizard.previewModel();
    REQUIRE(model->rowCount() > 0);
    CHECK(display(*model, 0, model->columnOf(ImportField::Name)) == u8("علی رضایی"));

    wizard.back();
    page->sheetBox()->setCurrentIndex(1);
    CHECK(wizard.session()->options().source.sheet == u8("یادداشت‌ها"));
    REQUIRE(wizard.session()->hasPreview());
    CHECK(wizard.session()->preview().headers == QStringList { u8("نام"), u8("یادداشت") });
    REQUIRE(model->rowCount() == 1);
    CHECK(display(*model, 0, model->columnOf(ImportField::Name)) == u8("مریم"));
    CHECK(display(*model, 0, ImportPreviewModel::LineColumn) == QStringLiteral("2"));

    page->sheetBox()->setCurrentIndex(0);
    CHECK(wizard.session()->options().source.sheet.isEmpty());
    test::runWizardToReport(wizard);
    CHECK(wizard.reportPage()->headline()->text() == QStringLiteral("Import finished."));
    CHECK(f.findByName(QStringLiteral("Sara Ahmadi")).has_value());
    // Its national ID 12345678 is padded to 0012345678, whose check digit is wrong.
    CHECK(wizard.reportPage()->rejectedModel()->index(0, ui::RejectedRowsModel::FieldColumn).data().toString()
          == QStringLiteral("National ID"));
    CHECK_FALSE(f.findByName(u8("علی رضایی")).has_value());
}

TEST_CASE("Import wizard: the format follows the suffix and can be changed", "[ui][import]")
{
    test::UiLanguage language(i18n::Language::English);
    test::ImportFixture f;
    CustomerImportWizard wizard(*f.db);
    wizard.show();
    // Tab-separated text saved as .txt (what spreadsheet programs call "Unicode text").
    REQUIRE(wizard.openFile(test::importSample(QStringLiteral("utf16le_bom.txt"))));
    ui::ImportFilePage* page = wizard.filePage();
    CHECK(page->formatBox()->currentData().toInt() == int(io::SourceFormat::Tsv));
    CHECK(page->statusLabel()->text().contains(QStringLiteral("UTF-16")));
    CHECK(page->statusLabel()->text().contains(QStringLiteral("“tab”")));
    CHECK(wizard.previewModel()->rowCount() == 3);

    wizard.back();
    page->setFile(f.textFile(QStringLiteral("contacts.dat"),
                             QStringLiteral("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ali Karimi\r\nTEL;TYPE=CELL:09121234567\r\n"
                                            "END:VCARD\r\n")));
    CHECK(page->formatBox()->currentData().toInt() == int(io::SourceFormat::Csv)); // unknown suffix: CSV
    page->formatBox()->setCurrentIndex(page->formatBox()->findData(int(io::SourceFormat::VCard)));
    CHECK(wizard.session()->options().source.format == io::SourceFormat::VCard);
    REQUIRE(wizard.session()->hasPreview());
    REQUIRE(wizard.previewModel()->rowCount() == 1);
    CHECK(display(*wizard.previewModel(), 0, wizard.previewModel()->columnOf(ImportField::Mobile))
          == QStringLiteral("09121234567"));
}
