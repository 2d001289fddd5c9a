#include "UiTestSupport.h"

#include "SalesTestSupport.h"

#include "CatalogListModel.h"
#include "CatalogPage.h"
#include "FieldFeedback.h"
#include "ProductFormDialog.h"
#include "sales/CatalogService.h"
#include "sales/CompanyProfileService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>

using namespace peyvand;
using peyvand::test::u8;
using ui::ProductFormDialog;

TEST_CASE("The product form saves a new product through core", "[ui][catalog][form]")
{
    test::UiLanguage language(i18n::Language::Persian);
    auto db = test::memoryDatabase();
    sales::CatalogService catalog(*db);
    ProductFormDialog dialog(catalog, sales::Product {}, false);
    CHECK(dialog.isNew());
    CHECK(dialog.activeBox()->isChecked());

    dialog.edit(QStringLiteral("name"))->setText(u8("کاغذ A4"));
    dialog.edit(QStringLiteral("code"))->setText(u8("PA-۴"));
    dialog.kindBox()->setCurrentIndex(dialog.kindBox()->findData(QStringLiteral("service")));
    dialog.edit(QStringLiteral("unit"))->setText(u8("بسته"));
    dialog.edit(QStringLiteral("unit_price"))->setText(u8("۱٬۲۵۰٬۰۰۰"));
    dialog.taxExemptBox()->setChecked(true);
    dialog.edit(QStringLiteral("category"))->setText(u8("لوازم"));
    dialog.accept();

    REQUIRE(dialog.result() == QDialog::Accepted);
    const sales::Product& saved = dialog.saved();
    CHECK(saved.id > 0);
    CHECK(saved.code == QStringLiteral("PA-4"));
    CHECK(saved.kind == sales::ProductKind::Service);
    CHECK(saved.unitPrice == Money::fromRial(1250000));
    CHECK(saved.taxExempt);
    CHECK(saved.category == u8("لوازم"));
    CHECK(catalog.get(saved.id)->name == u8("کاغذ A4"));
}

TEST_CASE("The product form shows core's errors next to the field they name", "[ui][catalog][form]")
{
    test::UiLanguage language(i18n::Language::English);
    auto db = test::memoryDatabase();
    sales::CatalogService catalog(*db);
    const sales::Product taken = test::addProduct(catalog, QStringLiteral("Stapler"), QStringLiteral("ST-1"));
    ProductFormDialog dialog(catalog, sales::Product {}, false);
    ui::FieldFeedback* feedback = dialog.feedback();

    SECTION("a missing name")
    {
        dialog.edit(QStringLiteral("unit_price"))->setText(QStringLiteral("1000"));
        dialog.accept();
        CHECK(dialog.result() != QDialog::Accepted);
        CHECK(feedback->errorFields() == QStringList { QStringLiteral("name") });
        CHECK_FALSE(feedback->message(QStringLiteral("name")).isEmpty());
        CHECK(dialog.edit(QStringLiteral("unit_price"))->text() == QStringLiteral("1000")); // nothing lost
    }

    SECTION("a price that is not an amount")
    {
        dialog.edit(QStringLiteral("name"))->setText(QStringLiteral("Glue"));
        dialog.edit(QStringLiteral("unit_price"))->setText(QStringLiteral("twelve"));
        dialog.accept();
        CHECK(dialog.result() != QDialog::Accepted);
        CHECK(feedback->errorFields() == QStringList { QStringLiteral("unit_price") });
        CHECK(dialog.priceHint()->text().isEmpty());
    }

    SECTION("a negative price is refused by core")
    {
        dialog.edit(QStringLiteral("name"))->setText(QStringLiteral("Glue"));
        dialog.edit(QStringLiteral("unit_price"))->setText(QStringLiteral("-5"));
        dialog.accept();
        CHECK(feedback->errorFields() == QStringList { QStringLiteral("unit_price") });
    }

    SECTION("a code another product has")
    {
        dialog.edit(QStringLiteral("name"))->setText(QStringLiteral("Other stapler"));
        dialog.edit(QStringLiteral("code"))->setText(QStringLiteral("st-1"));
        dialog.edit(QStringLiteral("unit_price"))->setText(QStringLiteral("10"));
        dialog.accept();
        CHECK(dialog.result() != QDialog::Accepted);
        CHECK(feedback->errorFields() == QStringList { QStringLiteral("code") });
        CHECK(feedback->message(QStringLiteral("code")).contains(QStringLiteral("Stapler")));
        // Fixing the field clears its message and saves.
        dialog.edit(QStringLiteral("code"))->setText(QStringLiteral("ST-2"));
        dialog.accept();
        CHECK(dialog.result() == QDialog::Accepted);
        CHECK(dialog.saved().id != taken.id);
    }
}

TEST_CASE("The product form edits a product and shows Toman beside the Rial price", "[ui][catalog][form]")
{
    test::UiLanguage language(i18n::Language::English);
    auto db = test::memoryDatabase();
    sales::CatalogService catalog(*db);
    const sales::Product lamp = test::addProduct(catalog, QStringLiteral("Lamp"), QStringLiteral("L1"), 450000);
    ProductFormDialog dialog(catalog, lamp, true);
    CHECK_FALSE(dialog.isNew());
    CHECK(dialog.edit(QStringLiteral("unit_price"))->text() == QStringLiteral("450,000"));
    CHECK(dialog.priceHint()->text() == QStringLiteral("450,000 Rial, that is 45,000 Toman"));
    dialog.edit(QStringLiteral("unit_price"))->setText(QStringLiteral("500000"));
    dialog.activeBox()->setChecked(false);
    dialog.accept();
    REQUIRE(dialog.result() == QDialog::Accepted);
    const Result<sales::Product> stored = catalog.get(lamp.id);
    CHECK(stored->unitPrice == Money::fromRial(500000));
    CHECK_FALSE(stored->active);
}

TEST_CASE("The catalog page opens the product form and shows what was saved", "[ui][catalog][form]")
{
    test::UiLanguage language(i18n::Language::English);
    auto db = test::memoryDatabase();
    sales::CatalogService catalog(*db);
    sales::CompanyProfileService profiles(*db);
    ui::CatalogPage page(*db, catalog, profiles);
    CHECK(page.showsEmptyState());

    QPointer<ProductFormDialog> dialog = page.newProduct();
    REQUIRE(dialog);
    dialog->edit(QStringLiteral("name"))->setText(QStringLiteral("Toner"));
    dialog->edit(QStringLiteral("unit_price"))->setText(QStringLiteral("3,000,000"));
    dialog->accept();
    test::settle();
    CHECK_FALSE(page.showsEmptyState());
    REQUIRE(page.model()->rowCount() == 1);
    CHECK(page.currentProductId() == page.model()->productId(0));

    dialog = page.editCurrent();
    REQUIRE(dialog);
    CHECK(dialog->edit(QStringLiteral("name"))->text() == QStringLiteral("Toner"));
    dialog->edit(QStringLiteral("name"))->setText(QStringLiteral("Toner black"));
    dialog->accept();
    test::settle();
    CHECK(test::plain(page.model()->index(0, 1).data()) == QStringLiteral("Toner black"));
}
