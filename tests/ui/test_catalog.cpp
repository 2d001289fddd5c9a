#include "UiTestSupport.h"

#include "SalesTestSupport.h"

#include "CatalogListModel.h"
#include "CatalogPage.h"
#include "Dialogs.h"
#include "MainWindow.h"
#include "ProductFormDialog.h"
#include "sales/CatalogService.h"
#include "sales/CompanyProfileService.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>

using namespace peyvand;
using peyvand::test::u8;
using ui::CatalogListModel;

namespace {
void fillCatalog(sales::CatalogService& catalog, int count)
{
    for (int i = 0; i < count; ++i)
        test::addProduct(catalog, QStringLiteral("Item %1").arg(i, 4, 10, QLatin1Char('0')),
                         QStringLiteral("C%1").arg(i), 1000 + i, i % 2 ? QStringLiteral("Odd") : QStringLiteral("Even"));
}

void setToman(sales::CompanyProfileService& profiles, bool toman)
{
    Result<sales::CompanyProfile> profile = profiles.load();
    REQUIRE(profile.hasValue());
    profile->displayToman = toman;
    REQUIRE(profiles.save(*profile).hasValue());
}

QStringList names(const CatalogListModel& model)
{
    QStringList shown;
    for (int row = 0; row < model.rowCount(); ++row)
        shown << test::plain(model.index(row, CatalogListModel::NameColumn).data());
    return shown;
}
} // namespace

TEST_CASE("CatalogListModel pages lazily and passes the model tester", "[ui][catalog][models]")
{
    test::UiLanguage language(i18n::Language::Persian);
    auto db = test::memoryDatabase();
    sales::CatalogService catalog(*db);
    fillCatalog(catalog, 250);
    CatalogListModel model(catalog);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    model.setFilter({});
    CHECK(model.rowCount() % CatalogListModel::kPageSize == 0);
    CHECK(model.rowCount() <= 200);
    while (model.canFetchMore({}))
        model.fetchMore({});
    CHECK(model.rowCount() == 250);
    CHECK_FALSE(model.canFetchMore({}));
    const QString first = model.index(0, CatalogListModel::NameColumn).data().toString();
    CHECK(first == QChar(0x2068) + u8("Item ۰۰۰۰") + QChar(0x2069)); // isolated user text
    CHECK(names(model).last() == u8("Item ۰۲۴۹"));

    SECTION("prices are grouped in the language's digits, in Rial or Toman")
    {
        const QModelIndex price = model.index(249, CatalogListModel::PriceColumn);
        CHECK(price.data().toString() == u8("۱٬۲۴۹"));
        CHECK(price.data(CatalogListModel::PriceRole).toLongLong() == 1249);
        model.setDisplayToman(true);
        CHECK(price.data().toString() == u8("۱۲۴٫۹"));
        CHECK(model.headerData(CatalogListModel::PriceColumn, Qt::Horizontal).toString().contains(QStringLiteral("Toman")));
    }

    SECTION("a filter starts again from the first page")
    {
        sales::ProductFilter filter;
        filter.category = QStringLiteral("Odd");
        model.setFilter(filter);
        while (model.canFetchMore({}))
            model.fetchMore({});
        CHECK(model.rowCount() == 125);
        CHECK(model.filter().category == QStringLiteral("Odd"));
    }
}

TEST_CASE("CatalogListModel shows kind, tax exemption and inactive products", "[ui][catalog][models]")
{
    test::UiLanguage language(i18n::Language::English);
    auto db = test::memoryDatabase();
    sales::CatalogService catalog(*db);
    sales::Product service;
    service.name = QStringLiteral("Installation");
    service.kind = sales::ProductKind::Service;
    service.unit = QStringLiteral("hour");
    service.unitPrice = Money::fromRial(2500000);
    service.taxExempt = true;
    REQUIRE(catalog.create(service).hasValue());
    const sales::Product old = test::addProduct(catalog, QStringLiteral("Old printer"), QStringLiteral("P-1"), 5, {}, false);
    CatalogListModel model(catalog);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    model.setFilter({});
    REQUIRE(model.rowCount() == 1);
    CHECK(model.index(0, CatalogListModel::KindColumn).data().toString() == QStringLiteral("Service"));
    CHECK(model.index(0, CatalogListModel::TaxExemptColumn).data().toString() == QStringLiteral("Exempt"));
    CHECK(model.index(0, CatalogListModel::PriceColumn).data().toString() == QStringLiteral("2,500,000"));
    CHECK(model.index(0, CatalogListModel::ActiveColumn).data().toString() == QStringLiteral("Active"));

    sales::ProductFilter all;
    all.includeInactive = true;
    model.setFilter(all);
    REQUIRE(model.rowCount() == 2);
    const int row = model.rowOf(old.id);
    REQUIRE(row >= 0);
    CHECK(model.index(row, CatalogListModel::ActiveColumn).data().toString() == QStringLiteral("Inactive"));
    CHECK_FALSE(model.index(row, 0).data(CatalogListModel::ActiveRole).toBool());
    CHECK(model.index(row, 0).data(Qt::ForegroundRole).isValid());
    CHECK(test::plain(model.index(row, CatalogListModel::CodeColumn).data()) == QStringLiteral("P-1"));
}

TEST_CASE("The catalog page searches as the user types and filters", "[ui][catalog]")
{
    test::UiLanguage language(i18n::Language::English);
    auto db = test::memoryDatabase();
    sales::CatalogService catalog(*db);
    sales::CompanyProfileService profiles(*db);
    test::addProduct(catalog, QStringLiteral("Laser printer"), QStringLiteral("LP-100"), 85000000, QStringLiteral("Printers"));
    test::addProduct(catalog, QStringLiteral("Ink cartridge"), QStringLiteral("INK-7"), 1200000, QStringLiteral("Supplies"));
    test::addProduct(catalog, QStringLiteral("Paper A4"), QStringLiteral("PA4"), 950000, QStringLiteral("Supplies"));
    test::addProduct(catalog, QStringLiteral("Old fax"), QStringLiteral("FAX"), 100, QStringLiteral("Printers"), false);
    ui::CatalogPage page(*db, catalog, profiles);

    CHECK(page.model()->rowCount() == 3);
    CHECK(page.countLabel()->text() == QStringLiteral("3 items"));
    CHECK(names(*page.model()) == QStringList { QStringLiteral("Ink cartridge"), QStringLiteral("Laser printer"),
                                                 QStringLiteral("Paper A4") });

    SECTION("typing narrows the rows after the pause, by name or code")
    {
        test::typeText(page.searchBox(), QStringLiteral("print"));
        CHECK(page.model()->rowCount() == 3); // not yet: the search waits for a pause
        page.flushPendingSearch();
        CHECK(names(*page.model()) == QStringList { QStringLiteral("Laser printer") });
        page.searchBox()->setText(QStringLiteral("ink-7"));
        page.flushPendingSearch();
        CHECK(names(*page.model()) == QStringList { QStringLiteral("Ink cartridge") });
        CHECK(page.countLabel()->text() == QStringLiteral("One item"));
    }

    SECTION("no match shows an empty state that says what was searched")
    {
        page.searchBox()->setText(QStringLiteral("scanner"));
        page.flushPendingSearch();
        CHECK(page.showsEmptyState());
        CHECK(page.emptyLabel()->text().contains(QStringLiteral("scanner")));
    }

    SECTION("the category filter and the inactive switch")
    {
        const int supplies = page.categoryBox()->findData(QStringLiteral("Supplies"));
        REQUIRE(supplies > 0);
        page.categoryBox()->setCurrentIndex(supplies);
        CHECK(names(*page.model()) == QStringList { QStringLiteral("Ink cartridge"), QStringLiteral("Paper A4") });
        page.categoryBox()->setCurrentIndex(page.categoryBox()->findData(QStringLiteral("Printers")));
        CHECK(names(*page.model()) == QStringList { QStringLiteral("Laser printer") });
        page.inactiveBox()->setChecked(true);
        CHECK(names(*page.model()) == QStringList { QStringLiteral("Laser printer"), QStringLiteral("Old fax") });
    }

    SECTION("prices follow the Toman setting of the company profile")
    {
        const QModelIndex price = page.model()->index(1, CatalogListModel::PriceColumn);
        CHECK(price.data().toString() == QStringLiteral("85,000,000"));
        setToman(profiles, true);
        page.refresh();
        CHECK(page.model()->index(1, CatalogListModel::PriceColumn).data().toString() == QStringLiteral("8,500,000"));
    }
}

TEST_CASE("An empty catalog invites adding or importing", "[ui][catalog]")
{
    test::UiLanguage language(i18n::Language::English);
    auto db = test::memoryDatabase();
    sales::CatalogService catalog(*db);
    sales::CompanyProfileService profiles(*db);
    ui::CatalogPage page(*db, catalog, profiles);
    CHECK(page.showsEmptyState());
    CHECK(page.emptyLabel()->text() == QStringLiteral("No products yet — add one or import a CSV."));
    CHECK_FALSE(page.toggleActiveButton()->isEnabled());

    test::addProduct(catalog, QStringLiteral("Hidden"), {}, 1, {}, false);
    page.refresh();
    CHECK(page.showsEmptyState());
    CHECK(page.emptyLabel()->text() == QStringLiteral("No product matches these filters."));
}

TEST_CASE("Products are deactivated, activated and deleted from the catalog page", "[ui][catalog]")
{
    test::UiLanguage language(i18n::Language::English);
    auto db = test::memoryDatabase();
    sales::CatalogService catalog(*db);
    sales::CompanyProfileService profiles(*db);
    const sales::Product desk = test::addProduct(catalog, QStringLiteral("Desk"), QStringLiteral("D1"));
    const sales::Product chair = test::addProduct(catalog, QStringLiteral("Chair"), QStringLiteral("C1"));
    ui::CatalogPage page(*db, catalog, profiles);
    ui::Dialogs::takeShownTexts();

    SECTION("deactivating hides it unless inactive products are shown")
    {
        page.selectProduct(desk.id);
        CHECK(page.toggleActiveButton()->text() == QStringLiteral("Deactivate"));
        REQUIRE(page.setCurrentActive(false));
        CHECK(page.model()->rowOf(desk.id) < 0);
        page.inactiveBox()->setChecked(true);
        page.selectProduct(desk.id);
        CHECK(page.toggleActiveButton()->text() == QStringLiteral("Activate"));
        REQUIRE(page.setCurrentActive(true));
        CHECK(catalog.get(desk.id)->active);
    }

    SECTION("delete asks first; No keeps the product")
    {
        page.selectProduct(chair.id);
        ui::Dialogs::scriptAnswers({ ui::Dialogs::Answer::No });
        CHECK_FALSE(page.deleteCurrent());
        CHECK(catalog.get(chair.id).hasValue());
        const QStringList shown = ui::Dialogs::takeShownTexts();
        REQUIRE(shown.size() == 1);
        CHECK(shown.first().contains(QStringLiteral("Chair")));

        ui::Dialogs::scriptAnswers({ ui::Dialogs::Answer::Yes });
        CHECK(page.deleteCurrent());
        CHECK_FALSE(catalog.get(chair.id).hasValue());
        CHECK(page.model()->rowCount() == 1);
    }

    SECTION("a product on a document cannot be deleted: core's message is shown")
    {
        test::putOnDocument(*db, desk.id);
        page.selectProduct(desk.id);
        ui::Dialogs::scriptAnswers({ ui::Dialogs::Answer::Yes });
        CHECK_FALSE(page.deleteCurrent());
        const QStringList shown = ui::Dialogs::takeShownTexts();
        REQUIRE(shown.size() == 2); // the question, then the refusal
        CHECK(shown.at(1).contains(QStringLiteral("deactivate it instead")));
        CHECK(catalog.get(desk.id).hasValue());
    }
}

TEST_CASE("The main window opens the catalog from the navigation and by page name", "[ui][catalog]")
{
    test::UiLanguage language(i18n::Language::English);
    auto db = test::memoryDatabase();
    ui::MainWindow window(*db);
    REQUIRE(window.showPage(QStringLiteral("catalog")));
    CHECK(window.navigation()->current() == ui::NavigationBar::Section::Catalog);
    CHECK(window.catalogPage()->isVisibleTo(&window));
    window.showSection(ui::NavigationBar::Section::Customers);
    CHECK_FALSE(window.catalogPage()->isVisibleTo(&window));
}
