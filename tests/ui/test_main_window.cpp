#include "UiTestSupport.h"

#include "CustomerFormDialog.h"
#include "CustomerListModel.h"
#include "CustomerListPage.h"
#include "CustomerPage.h"
#include "DashboardPage.h"
#include "MainWindow.h"
#include "NavigationBar.h"
#include "Settings.h"
#include "SettingsPage.h"
#include "leads/LeadRescorer.h"
#include "leads/LeadService.h"
#include "sales/CompanyProfileService.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTest>

using namespace peyvand;
using peyvand::test::u8;

TEST_CASE("The layout is right-to-left in Persian and left-to-right in English", "[ui][window]")
{
    auto db = test::memoryDatabase();
    SECTION("Persian")
    {
        test::UiLanguage language(i18n::Language::Persian);
        ui::MainWindow window(*db);
        CHECK(QGuiApplication::layoutDirection() == Qt::RightToLeft);
        CHECK(window.layoutDirection() == Qt::RightToLeft);
        CHECK(window.customerList()->countLabel()->text().contains(u8("۰")));
    }
    SECTION("English")
    {
        test::UiLanguage language(i18n::Language::English);
        ui::MainWindow window(*db);
        CHECK(QGuiApplication::layoutDirection() == Qt::LeftToRight);
        CHECK(window.layoutDirection() == Qt::LeftToRight);
        CHECK(window.customerList()->countLabel()->text() == QStringLiteral("0 customers"));
    }
}

TEST_CASE("Every area is enabled, the dashboard is home, Settings and Customers work", "[ui][window]")
{
    test::UiLanguage language(i18n::Language::English);
    auto db = test::memoryDatabase();
    ui::MainWindow window(*db);
    window.show();
    using Section = ui::NavigationBar::Section;
    CHECK(window.navigation()->button(Section::Reports)->isEnabled());
    CHECK(window.navigation()->current() == Section::Dashboard);
    CHECK(window.dashboardPage()->isVisible());
    // Payments are recorded on invoices; the side bar has their cheques and receivables.
    CHECK(window.navigation()->button(Section::Payments) == nullptr);
    CHECK(window.navigation()->button(Section::Cheques)->isEnabled());

    QTest::mouseClick(window.navigation()->button(Section::Settings), Qt::LeftButton);
    CHECK(window.settingsPage()->isVisible());
    QTest::mouseClick(window.navigation()->button(Section::Customers), Qt::LeftButton);
    CHECK(window.customerList()->isVisible());
}

TEST_CASE("Choosing another language is saved and applies on restart", "[ui][window]")
{
    test::UiLanguage language(i18n::Language::English);
    auto db = test::memoryDatabase();
    sales::CompanyProfileService profiles(*db);
    ui::SettingsPage page(profiles, QStringLiteral("/tmp/x.sqlite"));
    page.showTab(ui::SettingsPage::Tab::General);
    CHECK_FALSE(page.restartNote()->isVisibleTo(&page));
    QComboBox* box = page.languageBox();
    box->setCurrentIndex(box->findData(QStringLiteral("fa")));
    CHECK(ui::Settings().language() == i18n::Language::Persian);
    CHECK(page.restartNote()->isVisibleTo(&page));
    box->setCurrentIndex(box->findData(QStringLiteral("en")));
    CHECK(ui::Settings().language() == i18n::Language::English);
    CHECK_FALSE(page.restartNote()->isVisibleTo(&page));
}

TEST_CASE("A new customer saved in the form opens their page and appears in the list", "[ui][window]")
{
    test::UiLanguage language(i18n::Language::Persian);
    auto db = test::memoryDatabase();
    ui::MainWindow window(*db);
    window.show();
    QApplication::setActiveWindow(&window);
    test::settle();

    ui::CustomerFormDialog* dialog = window.newCustomer();
    REQUIRE(dialog);
    CHECK(dialog->isVisible());
    test::typeText(dialog->edit(QStringLiteral("name")), u8("نرگس هاشمی"));
    test::typeText(dialog->edit(QStringLiteral("mobile")), QStringLiteral("0912 000 1122"));
    dialog->accept();
    test::settle();

    CHECK(window.showsCustomerPage());
    CHECK(window.customerPage()->customer().name == u8("نرگس هاشمی"));
    CHECK(window.customerList()->model()->rowCount() == 1);

    // Ctrl+F goes back to the list with the search box focused.
    QApplication::setActiveWindow(&window);
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    CHECK_FALSE(window.showsCustomerPage());
    CHECK(window.customerList()->searchBox()->hasFocus());
}

TEST_CASE("Lead scores left from an earlier day are refreshed when the window starts", "[ui][window][leads]")
{
    test::UiLanguage language(i18n::Language::English);
    auto db = test::memoryDatabase();
    ui::MainWindow window(*db);
    CHECK(window.refreshStaleLeadScores() == nullptr); // no leads: nothing to do

    leads::Lead lead;
    lead.contact.name = QStringLiteral("Fresh lead");
    REQUIRE(leads::LeadService(*db).create(lead));
    leads::LeadRescorer rescorer(*db);
    REQUIRE(rescorer.isStale().valueOr(false));
    CHECK(window.refreshStaleLeadScores() != nullptr); // an in-memory database rescores at once
    CHECK_FALSE(rescorer.isStale().valueOr(true));
    CHECK(window.refreshStaleLeadScores() == nullptr);
}
