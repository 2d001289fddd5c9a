#include "PaymentTestSupport.h"

#include "CustomerPage.h"
#include "CustomerSummaryBox.h"
#include "Dialogs.h"
#include "DocumentActions.h"
#include "DocumentEditor.h"
#include "FieldFeedback.h"
#include "InstalmentPlanDialog.h"
#include "InstalmentScheduleModel.h"
#include "InvoicePaymentsPanel.h"
#include "JalaliDateEdit.h"
#include "MainWindow.h"
#include "PaymentListModel.h"
#include "PaymentRatingBadge.h"
#include "ReceivePaymentDialog.h"
#include "TextPrompt.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSignalSpy>
#include <QTableView>

using namespace peyvand;
using payments::PaymentMethod;
using payments::PaymentStatus;
using peyvand::test::u8;
using ui::Dialogs;
using ui::InstalmentPlanDialog;
using ui::InstalmentScheduleModel;
using ui::InvoicePaymentsPanel;
using ui::PaymentListModel;

namespace {
qint64 sumOf(const InstalmentScheduleModel& model)
{
    qint64 sum = 0;
    for (const payments::Instalment& instalment : model.instalments())
        sum += instalment.amount.rial();
    return sum;
}
} // namespace

TEST_CASE("PaymentListModel shows an invoice's payments and passes the model tester", "[ui][payments][models]")
{
    test::UiLanguage language(i18n::Language::Persian);
    test::PaymentFixture f;
    PaymentListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.rowCount() == 0);

    payments::NewPayment pos;
    pos.documentId = f.invoice.id;
    pos.method = PaymentMethod::Pos;
    pos.amount = Money::fromRial(300000);
    pos.terminal = QStringLiteral("5566");
    pos.cardNumber = QStringLiteral("6037991234561234");
    REQUIRE(f.services->payments.receive(pos).hasValue());
    payments::NewPayment credit;
    credit.documentId = f.invoice.id;
    credit.method = PaymentMethod::Credit;
    credit.amount = Money::fromRial(200000);
    credit.dueDate = test::jalaliDate(1404, 9, 30);
    REQUIRE(f.services->payments.receive(credit).hasValue());

    model.setPayments(f.account().payments);
    REQUIRE(model.rowCount() == 2);
    CHECK(model.columnCount() == PaymentListModel::ColumnCount);
    const int posRow = model.index(0, PaymentListModel::MethodColumn).data(PaymentListModel::SortRole).toString()
            == QStringLiteral("pos")
        ? 0
        : 1;
    const QModelIndex amount = model.index(posRow, PaymentListModel::AmountColumn);
    CHECK(amount.data().toString() == u8("۳۰۰٬۰۰۰"));
    CHECK(amount.data(PaymentListModel::SortRole).toLongLong() == 300000);
    CHECK(model.index(posRow, PaymentListModel::DateColumn).data().toString() == u8("۱۴۰۴/۰۸/۲۰"));
    CHECK(model.index(posRow, PaymentListModel::MethodColumn).data().toString()
          == payments::displayName(PaymentMethod::Pos));
    const QString details = test::plain(model.index(posRow, PaymentListModel::DetailsColumn).data());
    CHECK(details.contains(u8("۶۰۳۷۹۹******۱۲۳۴")));
    CHECK(details.contains(u8("۵۵۶۶")));
    const int creditRow = 1 - posRow;
    CHECK(model.index(creditRow, PaymentListModel::StatusColumn).data().toString()
          == payments::displayName(PaymentStatus::Pending));
    CHECK(test::plain(model.index(creditRow, PaymentListModel::DetailsColumn).data()).contains(u8("۱۴۰۴/۰۹/۳۰")));
    CHECK(model.index(creditRow, 0).data(PaymentListModel::StatusRole).toInt() == int(PaymentStatus::Pending));
    CHECK(model.rowOf(model.index(creditRow, 0).data(PaymentListModel::IdRole).toLongLong()) == creditRow);

    model.setDisplayToman(true);
    CHECK(amount.data().toString() == u8("۳۰٬۰۰۰"));
    CHECK(model.headerData(PaymentListModel::AmountColumn, Qt::Horizontal).toString().contains(QStringLiteral("Toman")));
    model.setPayments({});
    CHECK(model.rowCount() == 0);
}

TEST_CASE("InstalmentScheduleModel previews a schedule and passes the model tester", "[ui][payments][models]")
{
    test::UiLanguage language(i18n::Language::Persian);
    InstalmentScheduleModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    payments::PlanRequest request;
    request.balance = Money::fromRial(1000000);
    request.downPayment = Money::fromRial(100000);
    request.count = 7;
    request.start = test::jalaliDate(1404, 6, 31);
    const Result<QList<payments::Instalment>> schedule = payments::makeSchedule(request);
    REQUIRE(schedule.hasValue());
    model.setInstalments(*schedule);
    REQUIRE(model.rowCount() == 8);
    CHECK(sumOf(model) == 1000000);
    CHECK(model.total().value_or(Money()).rial() == 1000000);
    CHECK(model.index(0, InstalmentScheduleModel::SeqColumn).data().toString() == QStringLiteral("Down payment"));
    CHECK(model.index(1, InstalmentScheduleModel::SeqColumn).data().toString() == u8("۱"));
    // 31 Shahrivar + 1 month is the last day of Mehr, in Persian digits.
    CHECK(model.index(1, InstalmentScheduleModel::DueColumn).data().toString() == u8("۱۴۰۴/۰۷/۳۰"));
    CHECK(model.index(7, InstalmentScheduleModel::AmountColumn).data().toString() == u8("۱۲۸٬۵۷۴"));
    CHECK_FALSE(model.flags(model.index(1, InstalmentScheduleModel::DueColumn)) & Qt::ItemIsEditable);

    model.setDatesEditable(true);
    CHECK_FALSE(model.flags(model.index(0, InstalmentScheduleModel::DueColumn)) & Qt::ItemIsEditable);
    const QModelIndex due = model.index(2, InstalmentScheduleModel::DueColumn);
    REQUIRE(model.flags(due) & Qt::ItemIsEditable);
    CHECK(model.setData(due, u8("۱۴۰۴/۰۹/۰۵")));
    CHECK(model.instalmentDates().at(1) == test::jalaliDate(1404, 9, 5));
    CHECK_FALSE(model.setData(due, QStringLiteral("not a date")));
    CHECK(model.instalmentDates().at(1) == test::jalaliDate(1404, 9, 5));

    payments::Instalment paid = schedule->at(0);
    paid.paid = paid.amount;
    payments::Instalment late = schedule->at(1);
    model.setToday(test::jalaliDate(1404, 8, 15));
    CHECK(model.stateOf(paid) == InstalmentScheduleModel::State::Paid);
    CHECK(model.stateOf(late) == InstalmentScheduleModel::State::Overdue);
    late.paid = Money::fromRial(1);
    late.dueDate = test::jalaliDate(1404, 9, 15);
    CHECK(model.stateOf(late) == InstalmentScheduleModel::State::PartlyPaid);
}

TEST_CASE("The payments panel lists payments, receives and voids them", "[ui][payments]")
{
    test::UiLanguage language(i18n::Language::English);
    test::PaymentFixture f;
    InvoicePaymentsPanel panel(*f.services);
    QAbstractItemModelTester tester(panel.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    Dialogs::setInteractive(false);
    panel.setInvoice(f.invoice.id);
    CHECK(panel.model()->rowCount() == 0);
    CHECK(panel.emptyLabel()->isVisibleTo(&panel));
    CHECK(panel.receiveButton()->isEnabled());
    CHECK_FALSE(panel.voidButton()->isEnabled());
    CHECK(panel.planButton()->isEnabled());
    CHECK(panel.totalsLabel()->text().contains(QStringLiteral("1,100,000")));

    ui::ReceivePaymentDialog* dialog = panel.receivePayment();
    REQUIRE(dialog);
    dialog->amountEdit()->setText(QStringLiteral("600000"));
    dialog->accept();
    test::settle();
    REQUIRE(panel.model()->rowCount() == 1);
    CHECK_FALSE(panel.emptyLabel()->isVisibleTo(&panel));
    CHECK(panel.totalsLabel()->text().contains(QStringLiteral("500,000")));
    const qint64 paymentId = panel.model()->paymentAt(0)->id;

    panel.selectPayment(paymentId);
    CHECK(panel.voidButton()->isEnabled());
    ui::TextPrompt::scriptAnswers({ std::nullopt });
    CHECK_FALSE(panel.voidSelectedPayment()); // cancelled
    ui::TextPrompt::scriptAnswers({ QStringLiteral("  ") });
    CHECK_FALSE(panel.voidSelectedPayment()); // no reason
    CHECK(f.account().paid.rial() == 600000);
    ui::TextPrompt::scriptAnswers({ QStringLiteral("entered twice") });
    CHECK(panel.voidSelectedPayment());
    CHECK(panel.model()->paymentAt(0)->status == PaymentStatus::Void);
    CHECK(f.account().paid.isZero());
    panel.selectPayment(paymentId);
    CHECK_FALSE(panel.voidButton()->isEnabled()); // already void
    Dialogs::takeShownTexts();

    // Paid in full: the invoice is settled and nothing more can be received.
    f.cash(1100000);
    panel.refresh();
    CHECK_FALSE(panel.receiveButton()->isEnabled());
    CHECK_FALSE(panel.planButton()->isEnabled());
    CHECK(panel.totalsLabel()->text().contains(QStringLiteral("settled")));
}

TEST_CASE("The instalment plan dialog previews a schedule that adds up to the balance", "[ui][payments]")
{
    test::UiLanguage language(i18n::Language::Persian);
    test::PaymentFixture f;
    f.cash(100000); // balance 1,000,000
    f.clock.advanceSeconds(60); // core counts money recorded in the plan's own second as "after" it
    InstalmentPlanDialog dialog(*f.services, f.invoice.id);
    REQUIRE(dialog.isLoaded());
    REQUIRE(dialog.isEditing());
    CHECK(dialog.ratingBadge()->isVisibleTo(&dialog));
    CHECK(dialog.ratingBadge()->text() == QStringLiteral("No record yet"));
    CHECK(dialog.balanceLabel()->text().contains(u8("۱٬۰۰۰٬۰۰۰")));
    REQUIRE(dialog.previewModel()->rowCount() == 7); // down payment 0 + 6 by default
    CHECK(sumOf(*dialog.previewModel()) == 1000000);

    for (const int count : { 1, 3, 7, 12 }) {
        CAPTURE(count);
        dialog.downEdit()->setText(u8("۲۵۰٬۰۰۰"));
        dialog.countBox()->setValue(count);
        REQUIRE(dialog.updatePreview());
        CHECK(dialog.previewModel()->rowCount() == count + 1);
        CHECK(dialog.previewModel()->instalments().first().amount.rial() == 250000);
        CHECK(sumOf(*dialog.previewModel()) == 1000000);
        CHECK(dialog.sumLabel()->text().contains(u8("۱٬۰۰۰٬۰۰۰")));
    }
    // Monthly in Jalali months, shown in Persian digits.
    dialog.startEdit()->setDate(test::jalaliDate(1404, 8, 30));
    dialog.countBox()->setValue(3);
    REQUIRE(dialog.updatePreview());
    const InstalmentScheduleModel& preview = *dialog.previewModel();
    CHECK(preview.index(1, InstalmentScheduleModel::DueColumn).data().toString() == u8("۱۴۰۴/۰۹/۳۰"));
    CHECK(preview.index(3, InstalmentScheduleModel::DueColumn).data().toString() == u8("۱۴۰۴/۱۱/۳۰"));

    SECTION("every two weeks")
    {
        dialog.setEvery(InstalmentPlanDialog::Every::Weeks, 2);
        CHECK(dialog.everyCountBox()->isVisibleTo(&dialog));
        REQUIRE(dialog.updatePreview());
        CHECK(preview.instalments().at(1).dueDate == test::jalaliDate(1404, 8, 30).addDays(14));
        CHECK(sumOf(preview) == 1000000);
    }
    SECTION("dates of one's choice are typed into the preview")
    {
        dialog.setEvery(InstalmentPlanDialog::Every::Custom);
        CHECK_FALSE(dialog.everyCountBox()->isVisibleTo(&dialog));
        REQUIRE(preview.datesEditable());
        InstalmentScheduleModel& model = *dialog.previewModel();
        REQUIRE(model.setData(model.index(2, InstalmentScheduleModel::DueColumn), u8("۱۴۰۴/۱۰/۰۵")));
        test::settle();
        CHECK(preview.instalments().at(2).dueDate == test::jalaliDate(1404, 10, 5));
        CHECK(sumOf(preview) == 1000000);
        dialog.accept();
        REQUIRE(dialog.plan());
        CHECK(dialog.plan()->every.unit == payments::Interval::Unit::Custom);
        CHECK(dialog.plan()->instalments.at(2).dueDate == test::jalaliDate(1404, 10, 5));
    }
    SECTION("a down payment above the balance is shown at its field and nothing is stored")
    {
        dialog.downEdit()->setText(QStringLiteral("2000000"));
        CHECK_FALSE(dialog.updatePreview());
        CHECK(dialog.feedback()->errorFields() == QStringList { QStringLiteral("down") });
        dialog.accept();
        CHECK(dialog.feedback()->errorFields() == QStringList { QStringLiteral("down") });
        CHECK(dialog.result() != QDialog::Accepted);
        CHECK_FALSE(f.account().plan);
    }
    SECTION("saving creates the plan; reopened, it is shown with its state")
    {
        QSignalSpy changed(&dialog, &InstalmentPlanDialog::planChanged);
        dialog.accept();
        CHECK(changed.size() == 1);
        const std::optional<payments::Plan> plan = f.account().plan;
        REQUIRE(plan);
        CHECK(plan->instalments.size() == 4);

        InstalmentPlanDialog again(*f.services, f.invoice.id);
        CHECK_FALSE(again.isEditing());
        CHECK(again.planModel()->rowCount() == 4);
        CHECK(again.editButton()->isEnabled());
        CHECK(again.removeButton()->isEnabled());
        again.startEditing();
        REQUIRE(again.isEditing());
        CHECK(again.countBox()->value() == 3);
        again.countBox()->setValue(5);
        again.accept();
        CHECK(f.account().plan->instalments.size() == 6);

        InstalmentPlanDialog third(*f.services, f.invoice.id);
        Dialogs::setInteractive(false);
        Dialogs::scriptAnswers({ Dialogs::Answer::No });
        CHECK_FALSE(third.removePlan());
        CHECK(f.account().plan);
        Dialogs::scriptAnswers({ Dialogs::Answer::Yes });
        CHECK(third.removePlan());
        CHECK_FALSE(f.account().plan);
        CHECK(third.isEditing()); // a new plan can be made at once
        Dialogs::takeShownTexts();
    }
}

TEST_CASE("A plan that has started is shown with paid and overdue instalments and cannot be changed",
          "[ui][payments]")
{
    test::UiLanguage language(i18n::Language::English);
    test::PaymentFixture f;
    payments::PlanRequest request;
    request.downPayment = Money::fromRial(200000);
    request.count = 3;
    request.start = f.clock.today();
    REQUIRE(f.services->payments.createPlan(f.invoice.id, request).hasValue());
    f.cash(200000); // the down payment
    // Two months on: the first instalment is overdue.
    f.clock.set(QDateTime(test::jalaliDate(1404, 10, 25), QTime(12, 0), Qt::UTC));

    InstalmentPlanDialog dialog(*f.services, f.invoice.id);
    REQUIRE(dialog.isLoaded());
    CHECK_FALSE(dialog.isEditing());
    CHECK_FALSE(dialog.editButton()->isEnabled());
    CHECK_FALSE(dialog.removeButton()->isEnabled());
    CHECK(dialog.stateLabel()->text().contains(QStringLiteral("started")));
    const InstalmentScheduleModel& model = *dialog.planModel();
    REQUIRE(model.rowCount() == 4);
    CHECK(model.index(0, InstalmentScheduleModel::StateColumn).data().toString() == QStringLiteral("Paid"));
    CHECK(model.index(1, InstalmentScheduleModel::StateColumn).data().toString() == QStringLiteral("Overdue"));
    CHECK(model.index(3, InstalmentScheduleModel::StateColumn).data().toString() == QStringLiteral("Open"));
    // The rating counts the overdue instalment.
    REQUIRE(dialog.ratingBadge()->grade());
    CHECK_FALSE(dialog.ratingBadge()->toolTip().isEmpty());
    dialog.startEditing();
    CHECK_FALSE(dialog.isEditing());
}

TEST_CASE("The document editor shows the payments of an issued invoice only", "[ui][payments]")
{
    test::UiLanguage language(i18n::Language::English);
    test::PaymentFixture f;
    ui::DocumentEditor editor(*f.services);
    editor.show();
    REQUIRE(editor.openDocument(f.invoice.id));
    InvoicePaymentsPanel& panel = *editor.paymentsPanel();
    CHECK(panel.isVisible());
    CHECK(panel.invoiceId() == f.invoice.id);
    CHECK(editor.actions()->receivePaymentAction()->isVisible());
    CHECK(editor.actions()->planAction()->isVisible());

    ui::ReceivePaymentDialog* dialog = editor.actions()->receivePayment();
    REQUIRE(dialog);
    dialog->accept(); // the whole balance in cash
    test::settle();
    CHECK(editor.document().state == sales::DocumentState::Settled);
    CHECK(panel.model()->rowCount() == 1);
    CHECK_FALSE(editor.actions()->receivePaymentAction()->isVisible());

    const sales::Document quote = f.quote(f.customerId);
    REQUIRE(editor.openDocument(quote.id));
    CHECK_FALSE(panel.isVisible());
    CHECK_FALSE(editor.actions()->receivePaymentAction()->isVisible());
    CHECK_FALSE(editor.actions()->planAction()->isVisible());
    f.issue(quote.id);
    REQUIRE(editor.openDocument(quote.id));
    CHECK_FALSE(panel.isVisible()); // a pre-invoice is not paid
    editor.close();
}

TEST_CASE("The customer page shows the payment rating", "[ui][payments]")
{
    test::UiLanguage language(i18n::Language::English);
    auto db = test::memoryDatabase();
    ui::MainWindow window(*db);
    ui::DocumentServices& services = window.documentServices();
    const qint64 customer = test::addCustomer(window.service(), QStringLiteral("Negin Sharghi")).id;
    REQUIRE(window.showCustomer(customer));
    ui::PaymentRatingBadge& badge = *window.customerPage()->summaryBox()->ratingBadge();
    CHECK(badge.text() == QStringLiteral("No record yet"));
    CHECK_FALSE(badge.grade());

    // A credit promise due today and kept today: on time.
    sales::Document draft;
    draft.type = sales::DocumentType::Invoice;
    draft.customerId = customer;
    draft.lines = { test::documentLine(QStringLiteral("Service"), 1000000) };
    const qint64 invoice = services.documents.issue(services.documents.createDraft(draft)->id)->id;
    payments::NewPayment promise;
    promise.documentId = invoice;
    promise.method = PaymentMethod::Credit;
    promise.amount = Money::fromRial(500000);
    promise.dueDate = services.today();
    REQUIRE(services.payments.receive(promise).hasValue());
    payments::NewPayment cash;
    cash.documentId = invoice;
    cash.amount = Money::fromRial(1100000);
    REQUIRE(services.payments.receive(cash).hasValue());
    REQUIRE(window.showCustomer(customer));
    REQUIRE(badge.grade());
    CHECK(*badge.grade() == payments::PaymentGrade::A);
    CHECK(badge.text().contains(QStringLiteral("A")));
    CHECK(badge.toolTip().contains(QStringLiteral("on time")));
}
