#include "UiTestSupport.h"

#include "Dialogs.h"
#include "FieldFeedback.h"
#include "JalaliDateEdit.h"
#include "SettingsPage.h"
#include "TaxRateDialog.h"
#include "TaxRateModel.h"
#include "TaxRatePanel.h"
#include "sales/CompanyProfileService.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTableView>

using namespace peyvand;
using peyvand::test::u8;
using ui::TaxRateModel;

namespace {
QStringList row(const TaxRateModel& model, int r)
{
    QStringList cells;
    for (int c = 0; c < TaxRateModel::ColumnCount; ++c)
        cells << model.index(r, c).data().toString();
    return cells;
}
} // namespace

TEST_CASE("The tax-rate table shows the periods of core's table", "[ui][settings][tax]")
{
    test::UiLanguage language(i18n::Language::English);
    auto db = test::memoryDatabase();
    sales::CompanyProfileService profiles(*db);
    ui::TaxRatePanel panel(profiles);
    QAbstractItemModelTester tester(panel.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);

    REQUIRE(panel.model()->rowCount() == 2);
    CHECK(row(*panel.model(), 0) == QStringList { QStringLiteral("1402/01/01 (2023-03-21)"), QStringLiteral("6%"),
                                                  QStringLiteral("3%"), QStringLiteral("9%") });
    CHECK(row(*panel.model(), 1) == QStringList { QStringLiteral("1403/01/01 (2024-03-20)"), QStringLiteral("7%"),
                                                  QStringLiteral("3%"), QStringLiteral("10%") });
    CHECK(panel.currentValidFrom() == QDate(2024, 3, 20)); // the latest period is selected
    CHECK(panel.changeButton()->isEnabled());
}

TEST_CASE("A tax period is added, changed and removed from Settings", "[ui][settings][tax]")
{
    test::UiLanguage language(i18n::Language::Persian);
    auto db = test::memoryDatabase();
    sales::CompanyProfileService profiles(*db);
    ui::TaxRatePanel panel(profiles);
    QAbstractItemModelTester tester(panel.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    ui::Dialogs::takeShownTexts();

    SECTION("adding a period with Persian digits and a decimal rate")
    {
        QPointer<ui::TaxRateDialog> dialog = panel.addPeriod();
        REQUIRE(dialog);
        dialog->dateEdit()->lineEdit()->setText(u8("۱۴۰۵/۰۱/۰۱"));
        dialog->vatEdit()->setText(u8("۸٫۵"));
        dialog->dutyEdit()->setText(u8("۳"));
        dialog->accept();
        test::settle();
        CHECK_FALSE(dialog);
        REQUIRE(panel.model()->rowCount() == 3);
        CHECK(row(*panel.model(), 2) == QStringList { u8("۱۴۰۵/۰۱/۰۱"), u8("۸٫۵%"), u8("۳%"), u8("۱۱٫۵%") });
        CHECK(panel.currentValidFrom() == QDate(2026, 3, 21));
        const Result<sales::TaxRateTable> table = profiles.taxRates();
        REQUIRE(table.hasValue());
        CHECK(table->periods().last().rates.vat.value == 850);
    }

    SECTION("a rate that is not a percentage is shown at its field and nothing is saved")
    {
        QPointer<ui::TaxRateDialog> dialog = panel.addPeriod();
        dialog->dateEdit()->lineEdit()->setText(QStringLiteral("1405/01/01"));
        dialog->vatEdit()->setText(QStringLiteral("eight"));
        dialog->dutyEdit()->setText(QStringLiteral("3"));
        dialog->accept();
        test::settle();
        REQUIRE(dialog);
        CHECK(dialog->feedback()->errorFields() == QStringList { QStringLiteral("vat") });
        CHECK(panel.model()->rowCount() == 2);
        dialog->reject();
    }

    SECTION("a rate core refuses is shown under the form")
    {
        QPointer<ui::TaxRateDialog> dialog = panel.addPeriod();
        dialog->dateEdit()->lineEdit()->setText(QStringLiteral("1405/01/01"));
        dialog->vatEdit()->setText(QStringLiteral("150"));
        dialog->dutyEdit()->setText(QStringLiteral("3"));
        dialog->accept();
        REQUIRE(dialog);
        const bool atField = dialog->feedback()->hasErrors();
        CHECK((atField || dialog->generalMessage()->isVisibleTo(dialog)));
        CHECK(panel.model()->rowCount() == 2);
        dialog->reject();
    }

    SECTION("an empty rate asks for one")
    {
        QPointer<ui::TaxRateDialog> dialog = panel.addPeriod();
        dialog->dateEdit()->lineEdit()->setText(QStringLiteral("1405/01/01"));
        dialog->vatEdit()->setText(QStringLiteral("8"));
        dialog->accept();
        REQUIRE(dialog);
        CHECK(dialog->feedback()->errorFields() == QStringList { QStringLiteral("duty") });
        CHECK(dialog->feedback()->message(QStringLiteral("duty")).contains(u8("۷٫۵")));
        dialog->reject();
    }

    SECTION("a missing date is core's to refuse, shown at the date")
    {
        QPointer<ui::TaxRateDialog> dialog = panel.addPeriod();
        dialog->vatEdit()->setText(QStringLiteral("8"));
        dialog->dutyEdit()->setText(QStringLiteral("3"));
        dialog->accept();
        REQUIRE(dialog);
        CHECK(dialog->feedback()->errorFields() == QStringList { QStringLiteral("valid_from") });
        dialog->reject();
    }

    SECTION("a date that is not a Jalali date is shown at its field")
    {
        QPointer<ui::TaxRateDialog> dialog = panel.addPeriod();
        dialog->dateEdit()->lineEdit()->setText(QStringLiteral("1405/13/40"));
        dialog->vatEdit()->setText(QStringLiteral("8"));
        dialog->dutyEdit()->setText(QStringLiteral("3"));
        dialog->accept();
        REQUIRE(dialog);
        CHECK(dialog->feedback()->errorFields() == QStringList { QStringLiteral("valid_from") });
        dialog->reject();
    }

    SECTION("changing the rates of the selected period keeps its day")
    {
        panel.selectPeriod(QDate(2023, 3, 21));
        QPointer<ui::TaxRateDialog> dialog = panel.changeCurrent();
        REQUIRE(dialog);
        CHECK_FALSE(dialog->dateEdit()->isEnabled());
        CHECK(dialog->vatEdit()->text() == u8("۶"));
        dialog->vatEdit()->setText(QStringLiteral("5"));
        dialog->accept();
        test::settle();
        REQUIRE(panel.model()->rowCount() == 2);
        CHECK(row(*panel.model(), 0).at(3) == u8("۸%"));
        CHECK(panel.currentValidFrom() == QDate(2023, 3, 21));
    }

    SECTION("removing asks first, and the last period cannot go")
    {
        panel.selectPeriod(QDate(2023, 3, 21));
        ui::Dialogs::scriptAnswers({ ui::Dialogs::Answer::No });
        CHECK_FALSE(panel.removeCurrent());
        CHECK(panel.model()->rowCount() == 2);
        CHECK(ui::Dialogs::takeShownTexts().size() == 1);

        ui::Dialogs::scriptAnswers({ ui::Dialogs::Answer::Yes });
        CHECK(panel.removeCurrent());
        REQUIRE(panel.model()->rowCount() == 1);
        ui::Dialogs::takeShownTexts();

        ui::Dialogs::scriptAnswers({ ui::Dialogs::Answer::Yes });
        CHECK_FALSE(panel.removeCurrent());
        CHECK(panel.model()->rowCount() == 1);
        const QStringList shown = ui::Dialogs::takeShownTexts();
        REQUIRE(shown.size() == 2); // the question, then core's refusal
        CHECK_FALSE(shown.at(1).isEmpty());
        CHECK(profiles.taxRates()->periods().size() == 1);
    }
}

TEST_CASE("The settings page has the tax-rate table in its own tab", "[ui][settings][tax]")
{
    test::UiLanguage language(i18n::Language::English);
    auto db = test::memoryDatabase();
    sales::CompanyProfileService profiles(*db);
    ui::SettingsPage page(profiles, QStringLiteral("memory"));
    page.showTab(ui::SettingsPage::Tab::TaxRates);
    CHECK(page.taxRates()->isVisibleTo(&page));
    CHECK(page.taxRates()->model()->rowCount() == 2);
    CHECK_FALSE(page.saveButton()->isVisibleTo(&page)); // tax rates save on their own
    page.showTab(ui::SettingsPage::Tab::Company);
    CHECK(page.saveButton()->isVisibleTo(&page));
}
