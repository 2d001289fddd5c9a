#include "CollectionTestSupport.h"

#include "ChequeDetailPane.h"
#include "ChequeFilterBar.h"
#include "ChequeFormDialog.h"
#include "ChequeHistoryModel.h"
#include "ChequeListModel.h"
#include "ChequeRegisterPanel.h"
#include "ChequeTransitionDialog.h"
#include "ChequesPage.h"
#include "FieldFeedback.h"
#include "JalaliDateEdit.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>

using namespace peyvand;
using payments::ChequeStatus;
using ui::ChequeListModel;
using peyvand::test::u8;

namespace {
// Three received cheques (two customers) and one issued.
struct Register {
    test::CollectionFixture f;
    qint64 karimi = f.customer(u8("علی کریمی"));
    qint64 rezaei = f.customer(u8("لیلا رضایی"));
    qint64 invoiceA = f.invoice(karimi, f.day(-40), 90'000'000);
    qint64 invoiceB = f.invoice(rezaei, f.day(-10), 50'000'000);
    payments::Cheque first = f.chequeFor(invoiceA, 30'000'000, f.day(5), QStringLiteral("1111222233334444"),
                                         QStringLiteral("101"), u8("ملت"), u8("علی کریمی"), f.day(-40));
    payments::Cheque second = f.chequeFor(invoiceA, 60'000'000, f.day(35), QStringLiteral("5555666677778888"),
                                          QStringLiteral("102"), u8("ملی"), u8("علی کریمی"), f.day(-40));
    payments::Cheque third = f.chequeFor(invoiceB, 20'000'000, f.day(-3), QStringLiteral("9999000011112222"),
                                         QStringLiteral("703"), u8("صادرات"), u8("لیلا رضایی"), f.day(-10));
    payments::Cheque issued = f.issuedCheque(u8("پخش البرز"), 15'000'000, f.day(12), QStringLiteral("4444333322221111"),
                                             u8("تجارت"));
};

QList<qint64> ids(const ChequeListModel& model)
{
    QList<qint64> out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << model.chequeAt(row)->id;
    return out;
}

void choose(QComboBox* box, int data)
{
    box->setCurrentIndex(box->findData(data));
}
} // namespace

TEST_CASE("The cheque list filters by text, state, direction and due range", "[ui][cheques]")
{
    test::UiLanguage language(i18n::Language::English);
    Register r;
    ChequeListModel model(r.f.services->payments, r.f.today());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setFilter({});
    CHECK(ids(model) == QList<qint64> { r.third.id, r.first.id, r.issued.id, r.second.id }); // by due date

    const QModelIndex amount = model.index(0, ChequeListModel::AmountColumn);
    CHECK(amount.data().toString() == QStringLiteral("20,000,000"));
    CHECK(model.index(0, ChequeListModel::DueColumn).data().toString().contains(QStringLiteral("1404/08/17")));
    CHECK(model.index(0, ChequeListModel::DueColumn).data(Qt::ToolTipRole).toString() == QStringLiteral("Overdue"));
    CHECK(model.index(0, ChequeListModel::StatusColumn).data().toString() == payments::displayName(ChequeStatus::Received));
    CHECK(model.index(2, ChequeListModel::DirectionColumn).data().toString()
          == payments::displayName(payments::ChequeDirection::Issued));

    ui::ChequeFilterBar bar;
    QSignalSpy changed(&bar, &ui::ChequeFilterBar::filterChanged);
    CHECK_FALSE(bar.isNarrowed());

    SECTION("text")
    {
        bar.searchEdit()->setText(u8("رضایی"));
        test::settle(ui::ChequeFilterBar::kDebounceMs + 50);
        CHECK(changed.count() == 1);
        model.setFilter(bar.filter());
        CHECK(ids(model) == QList<qint64> { r.third.id });
        bar.searchEdit()->setText(QStringLiteral("5555"));
        model.setFilter(bar.filter());
        CHECK(ids(model) == QList<qint64> { r.second.id });
    }
    SECTION("direction")
    {
        choose(bar.directionBox(), int(payments::ChequeDirection::Issued));
        CHECK(changed.count() == 1);
        model.setFilter(bar.filter());
        CHECK(ids(model) == QList<qint64> { r.issued.id });
        CHECK(bar.isNarrowed());
    }
    SECTION("state")
    {
        r.f.move(r.first.id, ChequeStatus::Deposited);
        choose(bar.statusBox(), int(ChequeStatus::Deposited));
        model.setFilter(bar.filter());
        CHECK(ids(model) == QList<qint64> { r.first.id });
        r.f.move(r.first.id, ChequeStatus::Cleared);
        bar.statusBox()->setCurrentIndex(1); // still open
        model.setFilter(bar.filter());
        CHECK(ids(model) == QList<qint64> { r.third.id, r.issued.id, r.second.id });
    }
    SECTION("due range in Jalali dates")
    {
        bar.dueFromEdit()->setDate(r.f.day(0));
        bar.dueToEdit()->lineEdit()->setText(QStringLiteral("۱۴۰۴/۰۹/۰۱")); // 11 days on
        emit bar.dueToEdit()->editingFinished();
        model.setFilter(bar.filter());
        CHECK(ids(model) == QList<qint64> { r.first.id });
        bar.dueToEdit()->lineEdit()->setText(QStringLiteral("1404/13/01"));
        emit bar.dueToEdit()->editingFinished();
        CHECK(bar.dateMessage()->isVisibleTo(&bar));
        model.setFilter(bar.filter()); // the bad end stays open
        CHECK(ids(model) == QList<qint64> { r.first.id, r.issued.id, r.second.id });
    }
    SECTION("clearing")
    {
        bar.searchEdit()->setText(QStringLiteral("x"));
        choose(bar.directionBox(), int(payments::ChequeDirection::Received));
        bar.clear();
        CHECK_FALSE(bar.isNarrowed());
        model.setFilter(bar.filter());
        CHECK(model.rowCount() == 4);
    }
}

TEST_CASE("The cheque list sorts by any column", "[ui][cheques]")
{
    test::UiLanguage language(i18n::Language::English);
    Register r;
    ChequeListModel model(r.f.services->payments, r.f.today());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setFilter({});
    model.sort(ChequeListModel::AmountColumn, Qt::DescendingOrder);
    CHECK(ids(model) == QList<qint64> { r.second.id, r.first.id, r.third.id, r.issued.id });
    CHECK(model.filter().sort == payments::ChequeFilter::Sort::AmountDesc);
    model.sort(ChequeListModel::AmountColumn, Qt::AscendingOrder);
    CHECK(ids(model) == QList<qint64> { r.issued.id, r.third.id, r.first.id, r.second.id });
    model.sort(ChequeListModel::SerialColumn, Qt::DescendingOrder);
    CHECK(ids(model).first() == r.third.id); // "703"
    model.sort(ChequeListModel::DirectionColumn, Qt::DescendingOrder);
    CHECK(ids(model).first() == r.issued.id);
    model.sort(ChequeListModel::DueColumn, Qt::DescendingOrder);
    CHECK(ids(model) == QList<qint64> { r.second.id, r.issued.id, r.first.id, r.third.id });
    model.reload(); // the order holds
    CHECK(ids(model) == QList<qint64> { r.second.id, r.issued.id, r.first.id, r.third.id });
}

TEST_CASE("The register offers only the transitions the state machine allows", "[ui][cheques]")
{
    test::UiLanguage language(i18n::Language::English);
    Register r;
    ui::ChequeRegisterPanel panel(*r.f.services);
    panel.refresh();
    REQUIRE(panel.selectCheque(r.first.id));
    ui::ChequeDetailPane* detail = panel.detail();
    CHECK(detail->chequeId() == r.first.id);
    CHECK(detail->offeredTransitions()
          == QList<ChequeStatus> { ChequeStatus::Deposited, ChequeStatus::Transferred, ChequeStatus::Returned,
                                   ChequeStatus::Cancelled });
    REQUIRE(detail->actionButton(ChequeStatus::Deposited));
    CHECK(detail->actionButton(ChequeStatus::Deposited)->text() == QStringLiteral("Deposit"));
    CHECK(detail->actionButton(ChequeStatus::Transferred)->text() == QStringLiteral("Endorse"));
    CHECK_FALSE(detail->actionButton(ChequeStatus::Cleared));
    CHECK_FALSE(detail->actionButton(ChequeStatus::Bounced));
    CHECK_FALSE(panel.requestTransition(ChequeStatus::Cleared)); // not offered: no dialog

    r.f.move(r.first.id, ChequeStatus::Deposited);
    panel.refresh();
    CHECK(detail->offeredTransitions() == QList<ChequeStatus> { ChequeStatus::Cleared, ChequeStatus::Bounced });
    CHECK(detail->actionButton(ChequeStatus::Bounced)->text() == QStringLiteral("Bounce"));
    CHECK_FALSE(detail->actionButton(ChequeStatus::Deposited));

    r.f.move(r.first.id, ChequeStatus::Bounced);
    panel.refresh();
    CHECK(detail->offeredTransitions() == QList<ChequeStatus> { ChequeStatus::Returned, ChequeStatus::Redeposited });
    CHECK(detail->actionButton(ChequeStatus::Redeposited)->text() == QStringLiteral("Redeposit"));

    r.f.move(r.first.id, ChequeStatus::Returned);
    panel.refresh();
    CHECK(detail->offeredTransitions().isEmpty());
    CHECK(detail->editButton()->isVisibleTo(detail));
}

TEST_CASE("A transition through its dialog updates the list, the details and the history", "[ui][cheques]")
{
    test::UiLanguage language(i18n::Language::English);
    Register r;
    ui::ChequeRegisterPanel panel(*r.f.services);
    QSignalSpy changed(&panel, &ui::ChequeRegisterPanel::chequesChanged);
    panel.refresh();
    REQUIRE(panel.selectCheque(r.first.id));
    CHECK(panel.detail()->historyModel()->rowCount() == 1);

    ui::ChequeTransitionDialog* dialog = panel.requestTransition(ChequeStatus::Deposited);
    REQUIRE(dialog);
    CHECK(dialog->confirmButton()->text() == QStringLiteral("Deposit"));
    const Result<QDate> shown = dialog->dateEdit()->date();
    REQUIRE(shown);
    CHECK(*shown == r.f.today()); // today unless changed
    dialog->noteEdit()->setText(QStringLiteral("Bank Mellat, branch 12"));
    dialog->accept();
    test::settle();

    CHECK(changed.count() == 1);
    const int row = panel.model()->rowOf(r.first.id);
    REQUIRE(row >= 0);
    CHECK(panel.model()->index(row, ChequeListModel::StatusColumn).data().toString()
          == payments::displayName(ChequeStatus::Deposited));
    CHECK(panel.detail()->fieldValue(QStringLiteral("status"))->text() == payments::displayName(ChequeStatus::Deposited));
    ui::ChequeHistoryModel* history = panel.detail()->historyModel();
    QAbstractItemModelTester tester(history, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(history->rowCount() == 2);
    CHECK(history->index(1, ui::ChequeHistoryModel::ChangeColumn).data().toString()
          == QStringLiteral("%1 → %2").arg(payments::displayName(ChequeStatus::Received),
                                           payments::displayName(ChequeStatus::Deposited)));
    CHECK(test::plain(history->index(1, ui::ChequeHistoryModel::NoteColumn).data()) == QStringLiteral("Bank Mellat, branch 12"));
    CHECK(panel.detail()->offeredTransitions() == QList<ChequeStatus> { ChequeStatus::Cleared, ChequeStatus::Bounced });

    SECTION("a date before the last change is refused in the dialog")
    {
        ui::ChequeTransitionDialog* clear = panel.requestTransition(ChequeStatus::Cleared);
        REQUIRE(clear);
        clear->dateEdit()->setDate(r.f.day(-60));
        clear->accept();
        CHECK(clear->result() != QDialog::Accepted);
        CHECK_FALSE(clear->feedback()->message(QStringLiteral("date")).isEmpty());
        CHECK(changed.count() == 1);
        clear->reject();
    }
    SECTION("clearing under the 'still open' filter keeps the cheque in the pane")
    {
        panel.filterBar()->statusBox()->setCurrentIndex(1);
        ui::ChequeTransitionDialog* clear = panel.requestTransition(ChequeStatus::Cleared);
        REQUIRE(clear);
        clear->accept();
        test::settle();
        CHECK(panel.model()->rowOf(r.first.id) < 0);
        CHECK(panel.detail()->chequeId() == r.first.id);
        CHECK(panel.detail()->offeredTransitions().isEmpty());
    }
}

TEST_CASE("Cheque details are edited without touching money", "[ui][cheques]")
{
    test::UiLanguage language(i18n::Language::English);
    Register r;
    ui::ChequeRegisterPanel panel(*r.f.services);
    panel.refresh();
    REQUIRE(panel.selectCheque(r.second.id));
    ui::ChequeFormDialog* dialog = panel.editCurrent();
    REQUIRE(dialog);
    CHECK_FALSE(dialog->isNew());
    CHECK_FALSE(dialog->amountEdit()->isVisibleTo(dialog));
    CHECK_FALSE(dialog->dueEdit()->isVisibleTo(dialog));
    CHECK_FALSE(dialog->sayadEdit()->isVisibleTo(dialog));
    dialog->serialEdit()->setText(QStringLiteral("۲۰۵"));
    dialog->branchNameEdit()->setText(u8("شعبه ونک"));
    dialog->branchCodeEdit()->setText(QStringLiteral("1234"));

    SECTION("a bad drawer ID is shown at its field")
    {
        dialog->drawerIdEdit()->setText(QStringLiteral("123"));
        dialog->accept();
        CHECK(dialog->result() != QDialog::Accepted);
        CHECK_FALSE(dialog->feedback()->message(QStringLiteral("drawer_id")).isEmpty());
        dialog->reject();
    }
    SECTION("saved")
    {
        dialog->accept();
        test::settle();
        const Result<payments::Cheque> saved = r.f.services->payments.cheque(r.second.id);
        REQUIRE(saved);
        CHECK(saved->serial == QStringLiteral("205"));
        CHECK(saved->branchName == u8("شعبه ونک"));
        CHECK(saved->amount == r.second.amount);
        CHECK(saved->dueDate == r.second.dueDate);
        CHECK(panel.detail()->fieldValue(QStringLiteral("serial"))->text() == QStringLiteral("205"));
    }
}

TEST_CASE("An issued cheque is added from the register", "[ui][cheques]")
{
    test::UiLanguage language(i18n::Language::English);
    test::CollectionFixture f;
    ui::ChequeRegisterPanel panel(*f.services);
    panel.refresh();
    CHECK(panel.showsEmptyState());
    CHECK(panel.emptyText()->text().startsWith(QStringLiteral("No cheques yet")));
    CHECK_FALSE(panel.clearFiltersButton()->isVisibleTo(&panel));

    ui::ChequeFormDialog* dialog = panel.newIssuedCheque();
    REQUIRE(dialog);
    CHECK(dialog->isNew());
    dialog->sayadEdit()->setText(QStringLiteral("12345"));
    dialog->amountEdit()->setText(QStringLiteral("۱۲٬۰۰۰٬۰۰۰"));
    dialog->dueEdit()->setDate(f.day(30));
    dialog->drawerEdit()->setText(u8("پخش البرز"));
    dialog->accept();
    CHECK(dialog->result() != QDialog::Accepted);
    CHECK_FALSE(dialog->feedback()->message(QStringLiteral("sayad_id")).isEmpty());

    dialog->sayadEdit()->setText(QStringLiteral("۱۲۳۴۵۶۷۸۹۰۱۲۳۴۵۶"));
    dialog->accept();
    test::settle();
    REQUIRE(panel.model()->rowCount() == 1);
    const payments::Cheque* added = panel.model()->chequeAt(0);
    CHECK(added->direction == payments::ChequeDirection::Issued);
    CHECK(added->amount == Money::fromRial(12'000'000));
    CHECK(added->sayadId == QStringLiteral("1234567890123456"));
    CHECK(added->dueDate == f.day(30));
    CHECK_FALSE(panel.showsEmptyState());
    CHECK(panel.detail()->chequeId() == added->id);
}

TEST_CASE("The register says when nothing matches the filters", "[ui][cheques]")
{
    test::UiLanguage language(i18n::Language::English);
    Register r;
    ui::ChequeRegisterPanel panel(*r.f.services);
    panel.refresh();
    CHECK(panel.countLabel()->text() == QStringLiteral("4 cheques"));
    panel.filterBar()->searchEdit()->setText(QStringLiteral("no such cheque"));
    test::settle(ui::ChequeFilterBar::kDebounceMs + 50);
    CHECK(panel.showsEmptyState());
    CHECK(panel.emptyText()->text() == QStringLiteral("No cheques match these filters."));
    CHECK(panel.clearFiltersButton()->isVisibleTo(&panel));
    CHECK(panel.detail()->chequeId() == 0);
    panel.clearFiltersButton()->click();
    CHECK_FALSE(panel.showsEmptyState());
    CHECK(panel.model()->rowCount() == 4);
}

TEST_CASE("The cheques page shows Persian digits and Jalali dates", "[ui][cheques]")
{
    test::UiLanguage language(i18n::Language::Persian);
    Register r;
    ui::ChequesPage page(*r.f.services);
    page.refresh();
    ChequeListModel* model = page.registerPanel()->model();
    const QString due = model->index(0, ChequeListModel::DueColumn).data().toString();
    CHECK(due == QStringLiteral("۱۴۰۴/۰۸/۱۷"));
    CHECK(test::hasPersianDigits(model->index(0, ChequeListModel::AmountColumn).data().toString()));
    CHECK_FALSE(test::hasLatinDigits(model->index(0, ChequeListModel::SayadColumn).data().toString()));
    REQUIRE(page.openCheque(r.issued.id));
    CHECK(page.currentTab() == ui::ChequesPage::Tab::Register);
    CHECK(page.registerPanel()->detail()->chequeId() == r.issued.id);
}
