#include "PipelineTestSupport.h"

#include "CustomerPicker.h"
#include "DealColumnModel.h"
#include "DealFormDialog.h"
#include "DealListModel.h"
#include "Dialogs.h"
#include "FieldFeedback.h"
#include "JalaliDateEdit.h"
#include "PipelineBoard.h"
#include "PipelinePage.h"
#include "StageColumnView.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace peyvand;
using peyvand::test::u8;
using ui::Dialogs;

TEST_CASE("The pipeline page shows the weighted value and the open amount", "[ui][pipeline]")
{
    test::UiLanguage language(i18n::Language::English);
    test::PipelineFixture f;
    ui::PipelinePage page(*f.services);
    page.resize(1400, 800);
    page.show();
    test::settle();
    CHECK(page.showsEmptyState());
    CHECK_FALSE(page.editButton()->isEnabled());

    f.deal(QStringLiteral("Network"), 100000000, QStringLiteral("quote_sent"));     // 50 %
    f.deal(QStringLiteral("Licences"), 40000000, QStringLiteral("first_contact"));  // 10 %
    f.deal(QStringLiteral("Old"), 70000000, QStringLiteral("won"));                 // closed
    page.refresh();
    CHECK_FALSE(page.showsEmptyState());
    CHECK(page.weightedLabel()->text() == QStringLiteral("54,000,000 Rial"));
    CHECK(page.openAmountLabel()->text() == QStringLiteral("140,000,000 Rial"));
    CHECK(page.openCountLabel()->text() == QStringLiteral("2"));

    SECTION("the list view is a sortable table of the same deals")
    {
        page.setView(ui::PipelinePage::View::List);
        CHECK(page.listButton()->isChecked());
        CHECK(page.table()->isVisible());
        CHECK(page.listModel()->rowCount() == 3);
        page.table()->sortByColumn(ui::DealListModel::AmountColumn, Qt::DescendingOrder);
        CHECK(test::plain(page.listModel()->index(0, ui::DealListModel::TitleColumn).data()) == QStringLiteral("Network"));
    }
    SECTION("search narrows the board and the list, not the totals")
    {
        page.searchEdit()->setText(QStringLiteral("Licen"));
        test::settle(300);
        CHECK(page.listModel()->rowCount() == 1);
        int cards = 0;
        for (ui::StageColumnView* column : page.board()->columns())
            cards += column->model()->rowCount();
        CHECK(cards == 1);
        CHECK(page.openAmountLabel()->text() == QStringLiteral("140,000,000 Rial"));
    }
    SECTION("the board button brings the board back")
    {
        page.setView(ui::PipelinePage::View::List);
        page.boardButton()->click();
        CHECK(page.view() == ui::PipelinePage::View::Board);
        CHECK(page.board()->isVisible());
    }
}

TEST_CASE("A new deal is entered in the dialog and lands on the board", "[ui][pipeline]")
{
    test::UiLanguage language(i18n::Language::Persian);
    test::PipelineFixture f;
    const customers::Customer pars = f.customer(u8("شرکت فناوران پارس"));
    ui::PipelinePage page(*f.services);
    page.show();

    ui::DealFormDialog* dialog = page.newDeal();
    REQUIRE(dialog);
    CHECK(dialog->isNew());
    CHECK(dialog->stageBox()->count() == 6);
    CHECK(dialog->stageBox()->currentData().toLongLong() == f.stage(QStringLiteral("first_contact")).id);
    CHECK_FALSE(dialog->lostReasonEdit()->isVisible());

    SECTION("saved with every field")
    {
        dialog->titleEdit()->setText(u8("ارتقای شبکه"));
        test::typeText(dialog->customerPicker()->lineEdit(), u8("فناوران"));
        REQUIRE(dialog->customerPicker()->pickSuggestion(0));
        dialog->amountEdit()->setText(u8("۲۵۰٬۰۰۰٬۰۰۰"));
        CHECK_FALSE(dialog->amountHint()->text().isEmpty());
        dialog->closeEdit()->lineEdit()->setText(u8("۱۴۰۴/۰۱/۲۰"));
        REQUIRE(dialog->selectStage(f.stage(QStringLiteral("negotiation")).id));
        dialog->ownerEdit()->setText(u8("سارا"));
        QSignalSpy status(&page, &ui::PipelinePage::statusMessage);
        dialog->accept();
        CHECK(dialog->result() == QDialog::Accepted);
        const pipeline::Deal saved = dialog->saved();
        test::settle();
        const Result<pipeline::Deal> stored = f.services->deals.get(saved.id);
        REQUIRE(stored.hasValue());
        CHECK(stored->title == u8("ارتقای شبکه"));
        CHECK(stored->customerId == pars.id);
        CHECK(stored->amount.rial() == 250000000);
        CHECK(stored->expectedClose == QDate(2025, 4, 9));
        CHECK(stored->stageId == f.stage(QStringLiteral("negotiation")).id);
        CHECK(stored->owner == u8("سارا"));
        CHECK(page.board()->column(stored->stageId)->model()->rowOf(saved.id) == 0);
        CHECK(page.currentDealId() == saved.id);
        CHECK(status.count() >= 1);
    }
    SECTION("core's error shows at the title; nothing typed is lost")
    {
        dialog->amountEdit()->setText(QStringLiteral("1000"));
        dialog->accept();
        CHECK(dialog->isVisible());
        CHECK_FALSE(dialog->feedback()->message(QStringLiteral("title")).isEmpty());
        CHECK(dialog->amountEdit()->text() == QStringLiteral("1000"));
        CHECK(f.services->deals.list().valueOr({}).isEmpty());
        dialog->reject();
    }
    SECTION("an amount that is not a number is named")
    {
        dialog->titleEdit()->setText(QStringLiteral("X"));
        dialog->amountEdit()->setText(QStringLiteral("12abc"));
        dialog->accept();
        CHECK_FALSE(dialog->feedback()->message(QStringLiteral("amount")).isEmpty());
        dialog->reject();
    }
    SECTION("a customer typed but not picked is named")
    {
        dialog->titleEdit()->setText(QStringLiteral("X"));
        test::typeText(dialog->customerPicker()->lineEdit(), u8("ناشناس"));
        dialog->accept();
        CHECK_FALSE(dialog->feedback()->message(QStringLiteral("customer")).isEmpty());
        dialog->reject();
    }
    SECTION("a day that does not exist is named")
    {
        dialog->titleEdit()->setText(QStringLiteral("X"));
        dialog->closeEdit()->lineEdit()->setText(QStringLiteral("1404/12/30"));
        dialog->accept();
        CHECK_FALSE(dialog->feedback()->message(QStringLiteral("expected_close")).isEmpty());
        dialog->reject();
    }
    test::settle();
}

TEST_CASE("Editing a deal changes it and moves it when the stage changed", "[ui][pipeline]")
{
    test::UiLanguage language(i18n::Language::English);
    test::PipelineFixture f;
    const customers::Customer karimi = f.customer(QStringLiteral("Ali Karimi"));
    const pipeline::Deal deal = f.deal(QStringLiteral("Printers"), 5000000, QStringLiteral("first_contact"), karimi.id,
                                       QDate(2025, 4, 1), QStringLiteral("Sara"));
    ui::PipelinePage page(*f.services);
    page.show();

    ui::DealFormDialog* dialog = page.editDeal(deal.id);
    REQUIRE(dialog);
    CHECK_FALSE(dialog->isNew());
    CHECK(dialog->titleEdit()->text() == QStringLiteral("Printers"));
    CHECK(dialog->customerPicker()->customerId() == karimi.id);
    CHECK(dialog->customerPicker()->text() == QStringLiteral("Ali Karimi"));
    CHECK(dialog->amountEdit()->text() == QStringLiteral("5,000,000"));
    CHECK(dialog->closeEdit()->date().valueOr({}) == QDate(2025, 4, 1));
    CHECK(dialog->ownerEdit()->text() == QStringLiteral("Sara"));

    dialog->amountEdit()->setText(QStringLiteral("6000000"));
    REQUIRE(dialog->selectStage(f.stage(QStringLiteral("lost")).id));
    CHECK(dialog->lostReasonEdit()->isVisible());
    dialog->lostReasonEdit()->setText(QStringLiteral("Bought elsewhere"));
    dialog->accept();
    CHECK(dialog->result() == QDialog::Accepted);
    test::settle();
    const Result<pipeline::Deal> stored = f.services->deals.get(deal.id);
    CHECK(stored->amount.rial() == 6000000);
    CHECK(stored->stageId == f.stage(QStringLiteral("lost")).id);
    CHECK(stored->lostReason == QStringLiteral("Bought elsewhere"));
}

TEST_CASE("Double-clicking a card opens it for editing", "[ui][pipeline]")
{
    test::UiLanguage language(i18n::Language::English);
    test::PipelineFixture f;
    const pipeline::Deal deal = f.deal(QStringLiteral("Printers"), 5000000);
    ui::PipelinePage page(*f.services);
    page.resize(1400, 800);
    page.show();
    test::settle();
    ui::StageColumnView* column = page.board()->columnOf(deal.id);
    REQUIRE(column);
    const QRect card = column->list()->visualRect(column->model()->index(0));
    QTest::mouseClick(column->list()->viewport(), Qt::LeftButton, {}, card.center());
    CHECK(page.currentDealId() == deal.id);
    CHECK(page.editButton()->isEnabled());
    QTest::mouseDClick(column->list()->viewport(), Qt::LeftButton, {}, card.center());
    auto* dialog = page.findChild<ui::DealFormDialog*>();
    REQUIRE(dialog);
    CHECK(dialog->titleEdit()->text() == QStringLiteral("Printers"));
    dialog->reject();
    test::settle();
}

TEST_CASE("Deleting a deal asks first", "[ui][pipeline]")
{
    test::UiLanguage language(i18n::Language::English);
    test::PipelineFixture f;
    const pipeline::Deal deal = f.deal(QStringLiteral("Printers"), 5000000);
    ui::PipelinePage page(*f.services);
    page.show();
    Dialogs::takeShownTexts();

    Dialogs::scriptAnswers({ Dialogs::Answer::No });
    CHECK_FALSE(page.deleteDeal(deal.id));
    CHECK(f.services->deals.get(deal.id).hasValue());
    const QStringList asked = Dialogs::takeShownTexts();
    REQUIRE(asked.size() == 1);
    CHECK(asked.first().contains(QStringLiteral("Printers")));

    Dialogs::scriptAnswers({ Dialogs::Answer::Yes });
    CHECK(page.deleteDeal(deal.id));
    CHECK_FALSE(f.services->deals.get(deal.id).hasValue());
    CHECK(page.showsEmptyState());
    CHECK_FALSE(page.deleteDeal(deal.id)); // gone: nothing to ask about
}
