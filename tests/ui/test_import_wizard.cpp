// The import wizard: choosing the file (formats, encodings, sheets), the
// preview as stored and the column mapping.
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
    CHECK(display(*model, 0, tags) == u8("عمده, وفادار"));
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

TEST_CASE("Import wizard: mapping changes made while a preview is read all count", "[ui][import]")
{
    test::UiLanguage language(i18n::Language::English);
    test::ImportFixture f(true); // previews are read in a worker thread
    CustomerImportWizard wizard(*f.db);
    wizard.show();
    REQUIRE(wizard.openFile(f.textFile(QStringLiteral("rows.csv"), largeCsv(100))));
    wizard.next();
    REQUIRE(wizard.currentId() == CustomerImportWizard::MappingPageId);
    ui::ImportMappingPage* page = wizard.mappingPage();
    ui::ImportSession* session = wizard.session();
    page->fieldBox(2)->setCurrentIndex(page->fieldBox(2)->findData(int(ImportField::Ignore)));
    CHECK(session->isLoading());
    CHECK_FALSE(wizard.button(QWizard::NextButton)->isEnabled());
    page->fieldBox(1)->setCurrentIndex(page->fieldBox(1)->findData(int(ImportField::Phone)));
    page->notesBox()->setChecked(true);
    session->waitForPreview();
    REQUIRE(session->hasPreview());
    const QList<ImportField> expected { ImportField::Name, ImportField::Phone, ImportField::Ignore };
    CHECK(session->preview().mapping.columns == expected);
    CHECK(session->preview().mapping.unmappedToNotes);
    CHECK(page->fieldBox(1)->currentData().toInt() == int(ImportField::Phone));
    CHECK(page->fieldBox(2)->currentData().toInt() == int(ImportField::Ignore));
    CHECK(wizard.previewModel()->columnOf(ImportField::City) == -1);
    CHECK(display(*wizard.previewModel(), 0, wizard.previewModel()->columnOf(ImportField::Notes))
          == QStringLiteral("city: Tehran"));
    CHECK(wizard.button(QWizard::NextButton)->isEnabled());
}
