#include "UiTestSupport.h"

#include "CustomerFormDialog.h"
#include "FieldFeedback.h"
#include "JalaliDateEdit.h"
#include "customers/CustomerSearch.h"
#include "customers/CustomerService.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace peyvand;
using peyvand::test::u8;
using ui::CustomerFormDialog;

namespace {
void type(CustomerFormDialog& dialog, const QString& field, const QString& text)
{
    QLineEdit* edit = dialog.edit(field);
    REQUIRE(edit);
    edit->clear();
    test::typeText(edit, text);
}
} // namespace

TEST_CASE("The customer form refuses an invalid national ID and names the field", "[ui][form]")
{
    test::UiLanguage language(i18n::Language::English);
    auto db = test::memoryDatabase();
    customers::CustomerService service(*db);
    CustomerFormDialog dialog(service, customers::Customer {});
    dialog.show();

    type(dialog, QStringLiteral("name"), u8("علی رضایی"));
    type(dialog, QStringLiteral("national_id"), QStringLiteral("1234567890"));
    // While typing, a half-written ID is not an error yet.
    CHECK(dialog.feedback()->message(QStringLiteral("national_id")).isEmpty());
    dialog.checkNow(QStringLiteral("national_id")); // as when the user leaves the field
    const QString message = dialog.feedback()->message(QStringLiteral("national_id"));
    CHECK_FALSE(message.isEmpty());
    CHECK(dialog.feedback()->errorFields() == QStringList { QStringLiteral("national_id") });
    CHECK(dialog.feedback()->messageLabel(QStringLiteral("national_id"))->isVisible());
    CHECK_FALSE(dialog.saveButton()->isEnabled());

    dialog.accept();
    CHECK(dialog.result() == QDialog::Rejected); // still open, nothing saved
    CHECK(dialog.isVisible());
    customers::CustomerSearch search(*db);
    CHECK(*search.count({}) == 0);

    // Fixing the field clears the error as the user types.
    type(dialog, QStringLiteral("national_id"), QStringLiteral("0499370899"));
    CHECK(dialog.feedback()->message(QStringLiteral("national_id")).isEmpty());
    CHECK(dialog.saveButton()->isEnabled());
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.saved().nationalId == QStringLiteral("0499370899"));
}

TEST_CASE("The customer form accepts a mobile that only has a warning", "[ui][form]")
{
    test::UiLanguage language(i18n::Language::Persian);
    auto db = test::memoryDatabase();
    customers::CustomerService service(*db);
    CustomerFormDialog dialog(service, customers::Customer {});
    dialog.show();

    type(dialog, QStringLiteral("name"), u8("مریم کریمی"));
    type(dialog, QStringLiteral("mobile"), u8("۰۹۵۰۱۲۳۴۵۶۷")); // 0950: not a known operator
    dialog.checkNow(QStringLiteral("mobile"));
    CHECK(dialog.feedback()->showsWarning(QStringLiteral("mobile")));
    CHECK_FALSE(dialog.feedback()->hasErrors());
    CHECK(dialog.saveButton()->isEnabled());

    dialog.accept();
    REQUIRE(dialog.result() == QDialog::Accepted);
    CHECK(dialog.saved().mobile == QStringLiteral("09501234567"));
    CHECK(dialog.saved().id > 0);
}

TEST_CASE("The customer form shows core's save errors next to the field", "[ui][form]")
{
    test::UiLanguage language(i18n::Language::English);
    auto db = test::memoryDatabase();
    customers::CustomerService service(*db);
    CustomerFormDialog dialog(service, customers::Customer {});
    dialog.show();

    SECTION("a missing name")
    {
        dialog.accept();
        CHECK(dialog.result() == QDialog::Rejected);
        CHECK(dialog.feedback()->errorFields().contains(QStringLiteral("name")));
    }
    SECTION("a Jalali date that does not exist")
    {
        type(dialog, QStringLiteral("name"), QStringLiteral("Sara"));
        dialog.sinceEdit()->lineEdit()->setText(QStringLiteral("1404/12/30"));
        dialog.accept();
        CHECK(dialog.result() == QDialog::Rejected);
        CHECK(dialog.feedback()->errorFields() == QStringList { QStringLiteral("since") });
    }
    SECTION("a valid Jalali date typed in Persian digits is saved as Gregorian")
    {
        type(dialog, QStringLiteral("name"), QStringLiteral("Sara"));
        dialog.sinceEdit()->lineEdit()->setText(u8("۱۴۰۳/۱۲/۳۰"));
        dialog.accept();
        REQUIRE(dialog.result() == QDialog::Accepted);
        CHECK(dialog.saved().since == QDate(2025, 3, 20));
    }
}

TEST_CASE("Switching the kind switches between national ID and legal ID", "[ui][form]")
{
    test::UiLanguage language(i18n::Language::English);
    auto db = test::memoryDatabase();
    customers::CustomerService service(*db);
    CustomerFormDialog dialog(service, customers::Customer {});
    dialog.show();
    CHECK(dialog.edit(QStringLiteral("company"))->isVisible());

    dialog.setKind(customers::CustomerKind::Company);
    CHECK_FALSE(dialog.edit(QStringLiteral("company"))->isVisible());
    type(dialog, QStringLiteral("name"), QStringLiteral("Pars Trading"));
    type(dialog, QStringLiteral("legal_id"), QStringLiteral("10380284790"));
    dialog.accept();
    REQUIRE(dialog.result() == QDialog::Accepted);
    CHECK(dialog.saved().kind == customers::CustomerKind::Company);
    CHECK(dialog.saved().legalId == QStringLiteral("10380284790"));
    CHECK(dialog.saved().nationalId.isEmpty());
}

TEST_CASE("Editing a customer fills every field and saves changes", "[ui][form]")
{
    test::UiLanguage language(i18n::Language::Persian);
    auto db = test::memoryDatabase();
    customers::CustomerService service(*db);
    customers::Customer draft;
    draft.name = u8("علی رضایی");
    draft.mobile = QStringLiteral("09121234567");
    draft.email = QStringLiteral("ali@example.ir");
    draft.postalCode = QStringLiteral("1234567890");
    draft.tags = { QStringLiteral("VIP"), u8("وفادار") };
    draft.since = QDate(2024, 3, 20);
    const customers::Customer saved = *service.create(draft);

    CustomerFormDialog dialog(service, saved);
    CHECK(dialog.edit(QStringLiteral("mobile"))->text() == u8("۰۹۱۲۱۲۳۴۵۶۷"));
    CHECK(dialog.edit(QStringLiteral("email"))->text() == QStringLiteral("ali@example.ir"));
    CHECK(dialog.sinceEdit()->lineEdit()->text() == u8("۱۴۰۳/۰۱/۰۱"));
    CHECK(dialog.edit(QStringLiteral("tags"))->text() == u8("VIP، وفادار"));

    type(dialog, QStringLiteral("city"), u8("اصفهان"));
    dialog.accept();
    REQUIRE(dialog.result() == QDialog::Accepted);
    const customers::Customer reread = *service.get(saved.id);
    CHECK(reread.city == u8("اصفهان"));
    CHECK(reread.mobile == QStringLiteral("09121234567"));
    CHECK(reread.tags.size() == 2);
    CHECK(reread.since == QDate(2024, 3, 20));
}
