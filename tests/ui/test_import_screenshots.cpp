// Hidden test case ([.screenshots]) rendering the customer import wizard
// (preview with problems and duplicates, the duplicates side by side, the
// report) and the export choices, translated, to PNG files:
//   PEYVAND_SHOTS=docs/screenshots ./test_ui "[.screenshots][import]"
// (import-preview-fa.png, import-preview-en.png, import-report-fa.png,
// import-report-en.png, plus import-file-*, import-mapping-*,
// import-duplicates-* and export-dialog-*).
#include "ImportTestSupport.h"

#include "CustomerExportDialog.h"
#include "CustomerExportFlow.h"
#include "CustomerImportJob.h"
#include "CustomerImportWizard.h"
#include "CustomerListPage.h"
#include "ImportDuplicatePage.h"
#include "MainWindow.h"

#include <QDir>
#include <QRadioButton>
#include <QTemporaryDir>

using namespace peyvand;
using peyvand::test::u8;

namespace {
void save(QWidget& widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("PEYVAND_SHOTS", QDir::tempPath());
    QDir().mkpath(dir);
    test::settle(50);
    CHECK(widget.grab().save(dir + QLatin1Char('/') + name, "PNG"));
}

// A list as it comes out of a spreadsheet: Persian and Arabic letters, digits
// of every script, a mobile without its zero, bad values, and duplicates.
const char* kList =
    "نام و نام خانوادگی,موبایل,کد ملی,ایمیل,شهر,برچسب,توضیحات\n"
    "علي كريمي,۰۹۱۲۱۲۳۴۵۶۷,0499370899,ali.karimi@example.com,تهران,\"عمده، وفادار\",مشتری قدیمی\n"
    "سارا احمدی,9351112233,,sara@example,شیراز,,\n"
    "لیلا رضایی,09012121882,,leila@example.com,تهران,,تماس در عصر\n"
    "رضا موسوی,12345,1234567890,,اصفهان,,\n"
    "مریم صادقی,+989131234567,,maryam@example.com,مشهد,VIP,\n"
    "شرکت فناوران پارس,09123334455,,info@fanavaran.example,تهران,همکار,\n"
    "علی کریمی,09121234567,,,تهران,,تکراری در فایل\n"
    "نگین شرقی,٠٩١٥٥٥٥١٢٣٤,,negin@example.com,مشهد,,\n";
} // namespace

TEST_CASE("Screenshots of the import wizard and the export choices", "[.screenshots][import]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    for (const i18n::Language lang : { i18n::Language::Persian, i18n::Language::English }) {
        test::TranslatedLanguage language(lang);
        const QString suffix = i18n::languageCode(lang) + QStringLiteral(".png");
        auto db = test::memoryDatabase();
        ui::MainWindow window(*db);
        test::addCustomer(window.service(), u8("لیلا رضایی"), QStringLiteral("09012121882"), u8("کرج"),
                          { u8("وفادار") });
        test::addCustomer(window.service(), u8("حسین محمدی"), QStringLiteral("09141112233"), u8("تبریز"));
        window.customerList()->refresh();
        window.show();

        const QString path = dir.filePath(QStringLiteral("customers.csv"));
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(kList);
        file.close();

        ui::CustomerImportWizard* wizard = window.importCustomers(path);
        REQUIRE(wizard);
        REQUIRE(wizard->currentId() == ui::CustomerImportWizard::PreviewPageId);
        save(*wizard, QStringLiteral("import-preview-") + suffix);
        wizard->back();
        save(*wizard, QStringLiteral("import-file-") + suffix);
        wizard->next();
        wizard->next();
        save(*wizard, QStringLiteral("import-mapping-") + suffix);
        wizard->next();
        save(*wizard, QStringLiteral("import-duplicates-") + suffix);
        wizard->duplicatePage()->updateButton()->click();
        test::runWizardToReport(*wizard);
        save(*wizard, QStringLiteral("import-report-") + suffix);
        wizard->accept();
        test::settle();

        // The running step, caught part-way through a larger file.
        QString big = QStringLiteral("name,mobile,city\n");
        for (int i = 0; i < 40000; ++i)
            big += QStringLiteral("Customer %1,0912%2,Tehran\n").arg(i).arg(2000000 + i);
        QFile bigFile(dir.filePath(QStringLiteral("big.csv")));
        REQUIRE(bigFile.open(QIODevice::WriteOnly | QIODevice::Truncate));
        bigFile.write(big.toUtf8());
        bigFile.close();
        wizard = window.importCustomers(bigFile.fileName());
        REQUIRE(wizard);
        bool saved = false;
        QObject::connect(wizard->job(), &ui::CustomerImportJob::progress, wizard,
                         [&](const ui::ImportRunProgress& progress) {
                             if (saved || progress.elapsedMs < 700)
                                 return;
                             saved = true;
                             save(*wizard, QStringLiteral("import-run-") + suffix);
                             wizard->reject(); // cancels
                         });
        wizard->duplicatePage()->createButton()->click(); // no duplicate look-ups: the rate of plain inserts
        test::runWizardToReport(*wizard);
        wizard->accept();
        test::settle();

        // The last step, once every row is read: indexes completed and saved.
        wizard = window.importCustomers(bigFile.fileName());
        REQUIRE(wizard);
        bool savedFinishing = false;
        QObject::connect(wizard->job(), &ui::CustomerImportJob::progress, wizard,
                         [&](const ui::ImportRunProgress& progress) {
                             if (savedFinishing || !progress.finishing)
                                 return;
                             savedFinishing = true;
                             save(*wizard, QStringLiteral("import-saving-") + suffix);
                         });
        wizard->duplicatePage()->createButton()->click();
        test::runWizardToReport(*wizard);
        CHECK(savedFinishing);
        wizard->accept();
        test::settle();

        window.exportCustomers();
        ui::CustomerExportDialog* dialog = window.exportFlow()->dialog();
        REQUIRE(dialog);
        save(*dialog, QStringLiteral("export-dialog-") + suffix);
        dialog->reject();
        test::settle();
    }
}
