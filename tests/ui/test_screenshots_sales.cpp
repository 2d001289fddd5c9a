// Hidden test cases ([.screenshots]) that render the settings tabs, the
// product form and the import summary to PNG files for a human to look at:
//   PEYVAND_SHOTS=/tmp/shots ./test_ui "[.screenshots]"
#include "UiTestSupport.h"

#include "SalesTestSupport.h"

#include "CompanyProfileForm.h"
#include "FieldFeedback.h"
#include "ProductFormDialog.h"
#include "ProductImportResultDialog.h"
#include "SettingsPage.h"
#include "TaxRateDialog.h"
#include "TaxRatePanel.h"
#include "sales/CompanyProfileService.h"

#include <QDir>
#include <QLineEdit>
#include <QPixmap>

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
} // namespace

TEST_CASE("Screenshots of the settings tabs, the product form and the import summary", "[.screenshots]")
{
    for (const i18n::Language lang : { i18n::Language::Persian, i18n::Language::English }) {
        test::TranslatedLanguage language(lang);
        const QString suffix = i18n::languageCode(lang) + QStringLiteral(".png");
        auto db = test::memoryDatabase();
        sales::CompanyProfileService profiles(*db);
        sales::CatalogService catalog(*db);

        ui::SettingsPage settings(profiles, QStringLiteral("/tmp/shop.sqlite"));
        settings.resize(1100, 760);
        settings.show();
        settings.showTab(ui::SettingsPage::Tab::Documents);
        save(settings, QStringLiteral("settings-documents-") + suffix);
        settings.showTab(ui::SettingsPage::Tab::TaxRates);
        save(settings, QStringLiteral("settings-tax-") + suffix);
        settings.showTab(ui::SettingsPage::Tab::Company);
        settings.companyForm()->setFocus();
        QLineEdit* postal = settings.companyForm()->findChild<QLineEdit*>(QStringLiteral("edit_postal_code"));
        postal->setText(QStringLiteral("123"));
        settings.saveProfile();
        save(settings, QStringLiteral("settings-company-error-") + suffix);

        ui::TaxRateDialog tax(profiles, sales::TaxRatePeriod {});
        tax.show();
        tax.vatEdit()->setText(QStringLiteral("x"));
        tax.accept();
        save(tax, QStringLiteral("tax-dialog-") + suffix);

        test::addProduct(catalog, u8("کاغذ A4"), QStringLiteral("PA4"));
        ui::ProductFormDialog form(catalog, sales::Product {}, true);
        form.show();
        form.edit(QStringLiteral("name"))->setText(u8("کارتریج"));
        form.edit(QStringLiteral("code"))->setText(QStringLiteral("pa4"));
        form.edit(QStringLiteral("unit_price"))->setText(u8("۴٬۸۵۰٬۰۰۰"));
        form.accept();
        save(form, QStringLiteral("product-form-") + suffix);

        sales::ProductImportReport report;
        // The messages as core words them, in the screenshot's language.
        report.problems << sales::ImportProblem { 3, QStringLiteral("name"), QCoreApplication::translate("Catalog", "Enter the name of the product or service.") }
                        << sales::ImportProblem { 7, u8("قیمت"), QCoreApplication::translate("Catalog", "The price is missing.") };
        ui::ProductImportResultDialog result(report, true, true);
        result.show();
        save(result, QStringLiteral("import-result-") + suffix);
    }
}
