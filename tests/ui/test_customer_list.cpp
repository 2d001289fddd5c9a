#include "UiTestSupport.h"

#include "CustomerFilterBar.h"
#include "CustomerListModel.h"
#include "CustomerListPage.h"
#include "Dialogs.h"
#include "MainWindow.h"
#include "customers/CustomerService.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace peyvand;
using peyvand::test::u8;
using ui::CustomerListModel;

namespace {
QStringList shownNames(const ui::CustomerListPage& page)
{
    QStringList names;
    const CustomerListModel* model = page.model();
    for (int row = 0; row < model->rowCount(); ++row)
        names << model->index(row, CustomerListModel::NameColumn).data().toString();
    return names;
}

void typeSearch(ui::CustomerListPage& page, const QString& text)
{
    QLineEdit* box = page.searchBox();
    box->clear();
    test::typeText(box, text);
    test::settle(ui::CustomerFilterBar::kDebounceMs + 80); // the debounce fires by itself
}

struct Book {
    std::unique_ptr<storage::Database> db = test::memoryDatabase();
    ui::MainWindow window { *db };

    Book()
    {
        customers::CustomerService& service = window.service();
        test::addCustomer(service, u8("علی رضایی"), QStringLiteral("09121234567"), u8("تهران"), { u8("عمده‌فروش") });
        test::addCustomer(service, u8("مریم کریمی"), QStringLiteral("09351112233"), u8("شیراز"), { QStringLiteral("VIP") });
        test::addCustomer(service, u8("رضا علوی"), QStringLiteral("09197654321"), u8("تهران"));
        test::addCustomer(service, u8("سارا محمدی"), {}, u8("مشهد"));
        window.customerList()->refresh();
        window.show();
        test::settle();
    }
};
} // namespace

TEST_CASE("Searching as you type finds customers, with Arabic letters and Persian digits", "[ui][list]")
{
    test::UiLanguage language(i18n::Language::Persian);
    Book book;
    ui::CustomerListPage& page = *book.window.customerList();
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(page.model()->rowCount() == 4);
    CHECK(page.countLabel()->text().contains(u8("۴")));

    SECTION("Arabic Yeh finds the Persian spelling")
    {
        typeSearch(page, u8("علي")); // U+064A ARABIC LETTER YEH
        const QStringList names = shownNames(page);
        CHECK(names.contains(u8("علی رضایی")));
        CHECK(names.contains(u8("رضا علوی")) == false); // «علوی» does not contain «علی»
        CHECK_FALSE(names.contains(u8("مریم کریمی")));
        // Relevance while searching: no column shows a sort indicator.
        CHECK(page.model()->query().sort == customers::CustomerQuery::Sort::Relevance);
    }

    SECTION("a mobile typed with Persian digits")
    {
        typeSearch(page, u8("۰۹۳۵۱۱۱"));
        CHECK(shownNames(page) == QStringList { u8("مریم کریمی") });
        CHECK(page.countLabel()->text().contains(u8("۱")));
    }

    SECTION("no match shows the empty state naming the query")
    {
        typeSearch(page, u8("ناشناس"));
        CHECK(page.model()->rowCount() == 0);
        CHECK(page.showsEmptyState());
        CHECK(page.emptyLabel()->text().contains(u8("ناشناس")));
        typeSearch(page, QString());
        CHECK_FALSE(page.showsEmptyState());
        CHECK(page.model()->rowCount() == 4);
        CHECK(page.model()->query().sort == customers::CustomerQuery::Sort::Name);
    }

    SECTION("filters by city and tag")
    {
        QComboBox* city = page.filterBar()->cityFilter();
        city->setCurrentIndex(city->findData(u8("تهران")));
        CHECK(shownNames(page).size() == 2);
        QComboBox* tag = page.filterBar()->tagFilter();
        tag->setCurrentIndex(tag->findData(u8("عمده‌فروش")));
        CHECK(shownNames(page) == QStringList { u8("علی رضایی") });
    }

    SECTION("Down moves from the search box into the list, Enter opens the customer")
    {
        typeSearch(page, u8("مریم"));
        QSignalSpy opened(&page, &ui::CustomerListPage::openCustomerRequested);
        QTest::keyClick(page.searchBox(), Qt::Key_Down);
        CHECK(page.table()->currentIndex().row() == 0);
        QTest::keyClick(page.table(), Qt::Key_Return);
        REQUIRE(opened.count() == 1);
        CHECK(book.window.showsCustomerPage());
    }

    SECTION("clicking a header sorts in SQL and keeps the sort")
    {
        QHeaderView* header = page.table()->horizontalHeader();
        const auto clickSection = [header](int column) {
            const int x = header->sectionViewportPosition(column) + header->sectionSize(column) / 2;
            QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
        };
        clickSection(CustomerListModel::CompanyColumn);
        CHECK(page.model()->query().sort == customers::CustomerQuery::Sort::Company);
        CHECK(header->sortIndicatorSection() == CustomerListModel::CompanyColumn);
        clickSection(CustomerListModel::CompanyColumn);
        CHECK(page.model()->query().descending);

        header->setSortIndicator(CustomerListModel::CityColumn, Qt::AscendingOrder);
        CHECK(page.model()->query().sort == customers::CustomerQuery::Sort::City);
        // Mobile has no SQL order: the indicator stays on City.
        header->setSortIndicator(CustomerListModel::MobileColumn, Qt::AscendingOrder);
        CHECK(header->sortIndicatorSection() == CustomerListModel::CityColumn);
        CHECK(page.model()->query().sort == customers::CustomerQuery::Sort::City);
    }
}

TEST_CASE("Archived customers are hidden unless asked for", "[ui][list]")
{
    test::UiLanguage language(i18n::Language::English);
    Book book;
    ui::CustomerListPage& page = *book.window.customerList();
    const qint64 id = page.model()->customerId(0);
    REQUIRE(book.window.service().archive(id).hasValue());
    page.refresh();
    CHECK(page.model()->rowCount() == 3);
    CHECK(page.countLabel()->text() == QStringLiteral("3 customers"));
    page.filterBar()->archivedToggle()->setChecked(true);
    CHECK(page.model()->rowCount() == 4);
    const int row = page.model()->rowOf(id);
    REQUIRE(row >= 0);
    CHECK(page.model()->index(row, 0).data(CustomerListModel::ArchivedRole).toBool());
    CHECK(page.model()->index(row, 0).data().toString().contains(QStringLiteral("archived")));
}

TEST_CASE("An empty customer book invites to add a customer or create demo data", "[ui][list]")
{
    test::UiLanguage language(i18n::Language::English);
    auto db = test::memoryDatabase();
    ui::MainWindow window(*db);
    ui::CustomerListPage& page = *window.customerList();
    CHECK(page.showsEmptyState());
    CHECK(page.emptyLabel()->text().startsWith(QStringLiteral("No customers yet")));
    CHECK(page.countLabel()->text() == QStringLiteral("0 customers"));

    // First start: the offer to create demo data goes through the dialogs facade.
    ui::Dialogs::scriptAnswers({ ui::Dialogs::Answer::No });
    window.offerDemoDataIfEmpty();
    CHECK(window.databaseIsEmpty());
    ui::Dialogs::scriptAnswers({ ui::Dialogs::Answer::Yes });
    window.offerDemoDataIfEmpty();
    CHECK_FALSE(window.databaseIsEmpty());
    CHECK_FALSE(page.showsEmptyState());
    CHECK(page.model()->rowCount() == CustomerListModel::kPageSize); // the first page only
    CHECK(page.model()->canFetchMore({}));
    CHECK(page.countLabel()->text().endsWith(QStringLiteral(" customers")));
    ui::Dialogs::takeShownTexts();
}
