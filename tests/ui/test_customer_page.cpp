#include "UiTestSupport.h"

#include "ContactDetails.h"
#include "CustomerHeader.h"
#include "CustomerListModel.h"
#include "CustomerListPage.h"
#include "CustomerPage.h"
#include "CustomerSummaryBox.h"
#include "Dialogs.h"
#include "FieldFeedback.h"
#include "JalaliDateEdit.h"
#include "InteractionListModel.h"
#include "LogInteractionDialog.h"
#include "MainWindow.h"
#include "NoteListModel.h"
#include "customers/CustomerService.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

using namespace peyvand;
using peyvand::test::u8;

namespace {
struct OneCustomer {
    std::unique_ptr<storage::Database> db = test::memoryDatabase();
    ui::MainWindow window { *db };
    customers::Customer customer;

    OneCustomer()
    {
        customers::Customer draft;
        draft.name = u8("علی رضایی");
        draft.company = u8("پارس تجارت");
        draft.mobile = QStringLiteral("09121234567");
        draft.email = QStringLiteral("ali@example.ir");
        draft.city = u8("تهران");
        draft.tags = { QStringLiteral("VIP") };
        draft.since = QDate(2024, 3, 20);
        customer = *window.service().create(draft);
        window.customerList()->refresh();
        window.show();
        REQUIRE(window.showCustomer(customer.id));
        test::settle();
    }
};
} // namespace

TEST_CASE("The customer page shows the customer in Persian digits and Jalali dates", "[ui][page]")
{
    test::UiLanguage language(i18n::Language::Persian);
    OneCustomer f;
    ui::CustomerPage& page = *f.window.customerPage();
    CHECK(page.header()->nameLabel()->text() == u8("علی رضایی"));
    CHECK(page.header()->badgeTexts().contains(QStringLiteral("VIP")));
    CHECK(page.contactDetails()->shownValue(QStringLiteral("mobile")) == u8("۰۹۱۲۱۲۳۴۵۶۷"));
    CHECK(page.contactDetails()->shownValue(QStringLiteral("email")) == QStringLiteral("ali@example.ir"));
    CHECK(page.summaryBox()->interactionCountLabel()->text() == u8("۰"));
}

TEST_CASE("Adding a note and logging a call show up on the customer page", "[ui][page]")
{
    test::UiLanguage language(i18n::Language::Persian);
    OneCustomer f;
    ui::CustomerPage& page = *f.window.customerPage();
    QAbstractItemModelTester notesTester(page.notesModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester callsTester(page.interactionsModel(),
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);

    SECTION("a note saved with Ctrl+Enter")
    {
        page.noteEditor()->setFocus();
        test::typeText(page.noteEditor(), u8("امروز عصبانی بود؛ فردا تماس بگیرید"));
        QTest::keyClick(page.noteEditor(), Qt::Key_Return, Qt::ControlModifier);
        REQUIRE(page.notesModel()->rowCount() == 1);
        CHECK(page.notesModel()->index(0).data(ui::NoteListModel::TextRole).toString()
              == u8("امروز عصبانی بود؛ فردا تماس بگیرید"));
        CHECK(page.noteEditor()->toPlainText().isEmpty());

        page.noteEditor()->setPlainText(QStringLiteral("second"));
        QTest::mouseClick(page.addNoteButton(), Qt::LeftButton);
        REQUIRE(page.notesModel()->rowCount() == 2);
        CHECK(page.notesModel()->index(0).data(ui::NoteListModel::TextRole).toString() == QStringLiteral("second"));
    }

    SECTION("a call logged in the dialog")
    {
        QTest::mouseClick(page.logCallButton(), Qt::LeftButton);
        auto* dialog = page.findChild<ui::LogInteractionDialog*>();
        REQUIRE(dialog);
        CHECK(dialog->isVisible());
        CHECK(dialog->channelBox()->currentData().toString()
              == customers::toKey(customers::InteractionChannel::Phone));

        // Summary is required: core says so and the dialog stays open.
        dialog->accept();
        CHECK(dialog->isVisible());
        CHECK_FALSE(dialog->feedback()->errorFields().isEmpty());

        dialog->contactEdit()->setText(u8("خانم احمدی"));
        dialog->summaryEdit()->setPlainText(u8("پیش‌فاکتور خواست"));
        dialog->outcomeEdit()->setText(u8("ارسال می‌کنیم"));
        dialog->followUpEdit()->lineEdit()->setText(u8("۱۴۰۹/۰۱/۱۵"));
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        test::settle();
        CHECK(page.findChild<ui::LogInteractionDialog*>() == nullptr);

        REQUIRE(page.interactionsModel()->rowCount() == 1);
        using Col = ui::InteractionListModel::Column;
        const auto cell = [&](int column) { return test::plain(page.interactionsModel()->index(0, column).data()); };
        CHECK(cell(Col::SummaryColumn) == u8("پیش‌فاکتور خواست"));
        CHECK(cell(Col::ContactColumn) == u8("خانم احمدی"));
        CHECK(cell(Col::FollowUpColumn) == u8("۱۴۰۹/۰۱/۱۵"));
        CHECK(test::hasPersianDigits(cell(Col::WhenColumn)));
        CHECK_FALSE(test::hasLatinDigits(cell(Col::WhenColumn)));
        CHECK(page.summaryBox()->interactionCountLabel()->text() == u8("۱"));
        CHECK(page.summaryBox()->lastInteractionLabel()->text().contains(u8("خانم احمدی")));
        CHECK(page.summaryBox()->nextFollowUpLabel()->text() == u8("۱۴۰۹/۰۱/۱۵"));
    }
}

TEST_CASE("Archive, restore and delete from the customer page refresh the list", "[ui][page]")
{
    test::UiLanguage language(i18n::Language::English);
    OneCustomer f;
    ui::CustomerPage& page = *f.window.customerPage();
    ui::CustomerListPage& list = *f.window.customerList();
    REQUIRE(list.model()->rowCount() == 1);

    QTest::mouseClick(page.archiveButton(), Qt::LeftButton);
    CHECK(page.customer().archived);
    CHECK(page.archiveButton()->text() == QStringLiteral("Restore"));
    CHECK(page.header()->badgeTexts().contains(QStringLiteral("Archived")));
    CHECK(list.model()->rowCount() == 0);

    QTest::mouseClick(page.archiveButton(), Qt::LeftButton);
    CHECK_FALSE(page.customer().archived);
    CHECK(list.model()->rowCount() == 1);

    // Delete asks first; "No" keeps the customer.
    ui::Dialogs::takeShownTexts();
    ui::Dialogs::scriptAnswers({ ui::Dialogs::Answer::No });
    QTest::mouseClick(page.deleteButton(), Qt::LeftButton);
    CHECK(ui::Dialogs::takeShownTexts().size() == 1);
    CHECK(f.window.service().get(f.customer.id).hasValue());
    CHECK(f.window.showsCustomerPage());

    ui::Dialogs::scriptAnswers({ ui::Dialogs::Answer::Yes });
    QTest::mouseClick(page.deleteButton(), Qt::LeftButton);
    CHECK_FALSE(f.window.service().get(f.customer.id).hasValue());
    CHECK_FALSE(f.window.showsCustomerPage());
    CHECK(list.model()->rowCount() == 0);
    CHECK(list.showsEmptyState());
}
