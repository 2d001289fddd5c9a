#include "UiTestSupport.h"

#include "SalesTestSupport.h"

#include "CompanyProfileForm.h"
#include "DocumentSettingsForm.h"
#include "FieldFeedback.h"
#include "FileChooser.h"
#include "ImagePicker.h"
#include "SettingsPage.h"
#include "sales/CompanyProfileService.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>

using namespace peyvand;
using peyvand::test::u8;
using sales::DocumentType;
using ui::SettingsPage;

namespace {
// 1403/03/12: the numbering preview uses Jalali year 1403.
const QDateTime kNow(QDate(2024, 6, 1), QTime(9, 0), Qt::UTC);

QString previewOf(const SettingsPage& page, DocumentType type)
{
    return test::plain(page.documentForm()->preview(type)->text()).remove(QChar(0x2066));
}

void type(SettingsPage& page, const char* field, const QString& text)
{
    QLineEdit* edit = page.companyForm()->edit(QLatin1String(field));
    REQUIRE(edit);
    edit->setText(text);
    emit edit->textEdited(text);
}

QString pngFile(const QTemporaryDir& dir, const QString& name, Qt::GlobalColor colour)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(test::pngBytes(40, 20, colour));
    return path;
}
} // namespace

TEST_CASE("Company and document settings survive a save and a new page", "[ui][settings]")
{
    test::UiLanguage language(i18n::Language::English);
    auto db = test::memoryDatabase();
    FixedClock clock(kNow);
    sales::CompanyProfileService profiles(*db, clock);
    QTemporaryDir dir;
    REQUIRE(dir.isValid());

    SettingsPage page(profiles, QStringLiteral("memory"), nullptr, clock);
    CHECK(page.currentTab() == SettingsPage::Tab::Company);
    CHECK_FALSE(page.hasUnsavedChanges());
    CHECK_FALSE(page.saveButton()->isEnabled());
    CHECK(previewOf(page, DocumentType::Quote) == QStringLiteral("Next number: PF-1403-0001"));
    CHECK(previewOf(page, DocumentType::Invoice) == QStringLiteral("Next number: INV-1403-0001"));

    type(page, "name", u8("فروشگاه پیوند"));
    CHECK(page.hasUnsavedChanges());
    CHECK(page.saveButton()->isEnabled());
    type(page, "economic_code", QStringLiteral("10380284790"));
    type(page, "national_id", QStringLiteral("10380284790"));
    type(page, "registration_number", QStringLiteral("12345"));
    type(page, "address", u8("خیابان آزادی، پلاک ۱۲"));
    type(page, "city", u8("تهران"));
    type(page, "province", u8("تهران"));
    type(page, "postal_code", QStringLiteral("1318755111"));
    type(page, "phone", QStringLiteral("02166554433"));
    type(page, "email", QStringLiteral("sales@example.ir"));
    type(page, "website", QStringLiteral("example.ir"));
    ui::FileChooser::scriptPaths({ pngFile(dir, QStringLiteral("logo.png"), Qt::blue) });
    page.companyForm()->logoPicker()->choose();
    CHECK_FALSE(page.companyForm()->logoPicker()->preview()->pixmap().isNull());
    REQUIRE(page.companyForm()->logoPicker()->loadFile(pngFile(dir, QStringLiteral("stamp.png"), Qt::red)));
    REQUIRE(page.companyForm()->stampPicker()->loadFile(dir.filePath(QStringLiteral("stamp.png"))));
    page.companyForm()->logoPicker()->loadFile(dir.filePath(QStringLiteral("logo.png")));

    ui::DocumentSettingsForm* docs = page.documentForm();
    docs->termsEdit()->setPlainText(QStringLiteral("Prices valid for a week."));
    docs->patternEdit(DocumentType::Quote)->setText(QStringLiteral("Q{yy}/{seq:3}"));
    CHECK(previewOf(page, DocumentType::Quote) == QStringLiteral("Next number: Q03/001"));
    docs->patternEdit(DocumentType::Invoice)->setText(QStringLiteral("F-{year}-{seq}"));
    docs->validityBox()->setValue(14);
    docs->currencyBox()->setCurrentIndex(1);
    docs->roundingBox()->setCurrentIndex(docs->roundingBox()->findData(QStringLiteral("half_up")));

    QSignalSpy saved(&page, &SettingsPage::profileSaved);
    REQUIRE(page.saveProfile());
    CHECK(saved.count() == 1);
    CHECK_FALSE(page.hasUnsavedChanges());
    CHECK(page.saveMessage()->isHidden());

    const Result<sales::CompanyProfile> stored = profiles.load();
    REQUIRE(stored.hasValue());
    CHECK(stored->name == u8("فروشگاه پیوند"));
    CHECK(stored->postalCode == QStringLiteral("1318755111"));
    CHECK(stored->logo.mimeType == QStringLiteral("image/png"));
    CHECK(stored->stamp.data == test::pngBytes(40, 20, Qt::red));
    CHECK(stored->quoteNumberPattern == QStringLiteral("Q{yy}/{seq:3}"));
    CHECK(stored->defaultValidityDays == 14);
    CHECK(stored->displayToman);
    CHECK(stored->taxRounding == Rounding::HalfUp);

    SettingsPage again(profiles, QStringLiteral("memory"), nullptr, clock);
    CHECK(again.companyForm()->edit(QStringLiteral("city"))->text() == u8("تهران"));
    CHECK(again.companyForm()->edit(QStringLiteral("email"))->text() == QStringLiteral("sales@example.ir"));
    CHECK(again.companyForm()->logoPicker()->image().data == stored->logo.data);
    CHECK(again.documentForm()->termsEdit()->toPlainText() == QStringLiteral("Prices valid for a week."));
    CHECK(again.documentForm()->patternEdit(DocumentType::Invoice)->text() == QStringLiteral("F-{year}-{seq}"));
    CHECK(previewOf(again, DocumentType::Invoice) == QStringLiteral("Next number: F-1403-1"));
    CHECK(again.documentForm()->validityBox()->value() == 14);
    CHECK(again.documentForm()->currencyBox()->currentData().toBool());
    CHECK(again.documentForm()->roundingBox()->currentData().toString() == QStringLiteral("half_up"));

    SECTION("removing the logo saves no logo")
    {
        again.companyForm()->logoPicker()->removeButton()->click();
        CHECK(again.hasUnsavedChanges());
        REQUIRE(again.saveProfile());
        CHECK(profiles.load()->logo.isNull());
        CHECK_FALSE(profiles.load()->stamp.isNull());
    }

    SECTION("discarding changes reads the saved profile again")
    {
        QLineEdit* name = again.companyForm()->edit(QStringLiteral("name"));
        name->setText(QStringLiteral("Something else"));
        emit name->textEdited(name->text());
        again.discardButton()->click();
        CHECK(name->text() == u8("فروشگاه پیوند"));
        CHECK_FALSE(again.hasUnsavedChanges());
    }
}

TEST_CASE("A refused save shows core's message at the field and keeps what was typed", "[ui][settings]")
{
    test::UiLanguage language(i18n::Language::English);
    auto db = test::memoryDatabase();
    FixedClock clock(kNow);
    sales::CompanyProfileService profiles(*db, clock);
    SettingsPage page(profiles, QStringLiteral("memory"), nullptr, clock);
    page.showTab(SettingsPage::Tab::TaxRates);

    type(page, "name", QStringLiteral("Peyvand Trading"));
    type(page, "postal_code", QStringLiteral("12345"));
    page.documentForm()->termsEdit()->setPlainText(QStringLiteral("Cash only"));
    CHECK_FALSE(page.saveProfile());
    CHECK(page.currentTab() == SettingsPage::Tab::Company);
    ui::FieldFeedback* feedback = page.companyForm()->feedback();
    CHECK(feedback->errorFields() == QStringList { QStringLiteral("postal_code") });
    CHECK_FALSE(feedback->message(QStringLiteral("postal_code")).isEmpty());
    CHECK(page.companyForm()->edit(QStringLiteral("name"))->text() == QStringLiteral("Peyvand Trading"));
    CHECK(page.companyForm()->edit(QStringLiteral("postal_code"))->text() == QStringLiteral("12345"));
    CHECK(page.documentForm()->termsEdit()->toPlainText() == QStringLiteral("Cash only"));
    CHECK(page.hasUnsavedChanges());
    CHECK(profiles.load()->name.isEmpty());

    SECTION("editing the field clears its message; a valid value saves")
    {
        type(page, "postal_code", QStringLiteral("1318755111"));
        CHECK_FALSE(feedback->hasErrors());
        REQUIRE(page.saveProfile());
        CHECK(profiles.load()->name == QStringLiteral("Peyvand Trading"));
    }
}

TEST_CASE("A numbering pattern without a counter is flagged live and refused on save", "[ui][settings]")
{
    test::UiLanguage language(i18n::Language::English);
    auto db = test::memoryDatabase();
    FixedClock clock(kNow);
    sales::CompanyProfileService profiles(*db, clock);
    SettingsPage page(profiles, QStringLiteral("memory"), nullptr, clock);

    QLineEdit* pattern = page.documentForm()->patternEdit(DocumentType::Invoice);
    pattern->setText(QStringLiteral("INV-{year}"));
    ui::FieldFeedback* feedback = page.documentForm()->feedback();
    CHECK(feedback->errorFields() == QStringList { QStringLiteral("invoice_number_pattern") });
    CHECK(page.documentForm()->preview(DocumentType::Invoice)->text().isEmpty());

    CHECK_FALSE(page.saveProfile());
    CHECK(page.currentTab() == SettingsPage::Tab::Documents);
    CHECK(pattern->text() == QStringLiteral("INV-{year}"));
    CHECK(profiles.load()->invoiceNumberPattern == QStringLiteral("INV-{year}-{seq:4}"));

    pattern->setText(QStringLiteral("INV-{year}-{seq:5}"));
    CHECK_FALSE(feedback->hasErrors());
    CHECK(previewOf(page, DocumentType::Invoice) == QStringLiteral("Next number: INV-1403-00001"));
}

TEST_CASE("Persian settings show Persian digits in the preview and the loaded fields", "[ui][settings]")
{
    test::UiLanguage language(i18n::Language::Persian);
    auto db = test::memoryDatabase();
    FixedClock clock(kNow);
    sales::CompanyProfileService profiles(*db, clock);
    sales::CompanyProfile profile = profiles.load().valueOr({});
    profile.postalCode = QStringLiteral("1318755111");
    REQUIRE(profiles.save(profile).hasValue());

    SettingsPage page(profiles, QStringLiteral("memory"), nullptr, clock);
    CHECK(page.companyForm()->edit(QStringLiteral("postal_code"))->text() == u8("۱۳۱۸۷۵۵۱۱۱"));
    const QString preview = page.documentForm()->preview(DocumentType::Quote)->text();
    CHECK(preview.contains(u8("PF-۱۴۰۳-۰۰۰۱")));
    REQUIRE(page.saveProfile()); // the Persian digits shown go back to core, which stores ASCII
    CHECK(profiles.load()->postalCode == QStringLiteral("1318755111"));
}
