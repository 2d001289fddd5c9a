#include "PaymentTestSupport.h"

#include "FieldFeedback.h"
#include "ImagePicker.h"
#include "JalaliDateEdit.h"
#include "PaymentRatingBadge.h"
#include "ReceivePaymentDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStackedWidget>

using namespace peyvand;
using payments::PaymentMethod;
using payments::PaymentStatus;
using peyvand::test::u8;
using ui::ReceivePaymentDialog;

namespace {
const QList<PaymentMethod> kMethods { PaymentMethod::Cash, PaymentMethod::Pos, PaymentMethod::Deposit,
                                      PaymentMethod::Card, PaymentMethod::Credit, PaymentMethod::Cheque };

void setText(ReceivePaymentDialog& dialog, PaymentMethod method, const QString& name, const QString& text)
{
    QLineEdit* edit = dialog.textField(method, name);
    REQUIRE(edit);
    edit->setText(text);
}
} // namespace

TEST_CASE("The payment dialog shows the invoice's figures and switches the fields per method", "[ui][payments]")
{
    test::UiLanguage language(i18n::Language::Persian);
    test::PaymentFixture f;
    f.cash(100000);
    ReceivePaymentDialog dialog(*f.services, f.invoice.id);
    REQUIRE(dialog.isLoaded());

    CHECK(test::plain(dialog.figureLabel(QStringLiteral("number"))->text()) == text::toPersianDigits(f.invoice.number));
    CHECK(dialog.figureLabel(QStringLiteral("customer"))->text().contains(QStringLiteral("Fanavaran Pars")));
    CHECK(dialog.figureLabel(QStringLiteral("total"))->text().contains(u8("۱٬۱۰۰٬۰۰۰")));
    CHECK(dialog.figureLabel(QStringLiteral("paid"))->text().contains(u8("۱۰۰٬۰۰۰")));
    CHECK(dialog.figureLabel(QStringLiteral("balance"))->text().contains(u8("۱٬۰۰۰٬۰۰۰")));
    CHECK(dialog.figureLabel(QStringLiteral("issued"))->text() == u8("۱۴۰۴/۰۸/۲۰"));
    // The amount starts as what nothing covers yet, in Persian digits.
    CHECK(dialog.amountEdit()->text() == u8("۱٬۰۰۰٬۰۰۰"));
    CHECK(dialog.dateEdit()->date().valueOr({}) == f.clock.today());
    CHECK_FALSE(dialog.instalmentBox()->isVisibleTo(&dialog)); // no plan
    CHECK(dialog.ratingBadge()->text() == QStringLiteral("No record yet"));
    CHECK_FALSE(dialog.ratingBadge()->grade());

    for (const PaymentMethod method : kMethods) {
        CAPTURE(payments::toKey(method));
        dialog.setMethod(method);
        CHECK(dialog.method() == method);
        CHECK(dialog.methodPages()->currentWidget() == dialog.pageOf(method));
    }
    const auto shown = [&](PaymentMethod method, const QString& name) {
        dialog.show();
        QLineEdit* edit = dialog.textField(method, name);
        return edit && edit->isVisible();
    };
    dialog.setMethod(PaymentMethod::Pos);
    CHECK(shown(PaymentMethod::Pos, QStringLiteral("terminal")));
    CHECK(shown(PaymentMethod::Pos, QStringLiteral("trace")));
    CHECK(shown(PaymentMethod::Pos, QStringLiteral("card")));
    CHECK_FALSE(shown(PaymentMethod::Cheque, QStringLiteral("sayad")));
    CHECK_FALSE(dialog.dueDateEdit(PaymentMethod::Credit)->isVisible());
    dialog.setMethod(PaymentMethod::Deposit);
    for (const QString& name : { QStringLiteral("bank"), QStringLiteral("account"), QStringLiteral("reference"),
                                 QStringLiteral("payer") })
        CHECK(shown(PaymentMethod::Deposit, name));
    CHECK_FALSE(shown(PaymentMethod::Pos, QStringLiteral("terminal")));
    dialog.setMethod(PaymentMethod::Card);
    for (const QString& name : { QStringLiteral("card"), QStringLiteral("account"), QStringLiteral("reference") })
        CHECK(shown(PaymentMethod::Card, name));
    dialog.setMethod(PaymentMethod::Credit);
    CHECK(dialog.dueDateEdit(PaymentMethod::Credit)->isVisible());
    CHECK_FALSE(dialog.dueDateEdit(PaymentMethod::Cheque)->isVisible());
    dialog.setMethod(PaymentMethod::Cheque);
    for (const QString& name : { QStringLiteral("sayad"), QStringLiteral("serial"), QStringLiteral("bank"),
                                 QStringLiteral("branch_name"), QStringLiteral("branch_code"),
                                 QStringLiteral("account_number"), QStringLiteral("drawer_name"),
                                 QStringLiteral("drawer_id") })
        CHECK(shown(PaymentMethod::Cheque, name));
    CHECK(dialog.dueDateEdit(PaymentMethod::Cheque)->isVisible());
    CHECK(dialog.accountTypeBox()->isVisible());
    CHECK(dialog.chequeImage()->isVisible());
    CHECK_FALSE(dialog.dueDateEdit(PaymentMethod::Credit)->isVisible());
    dialog.setMethod(PaymentMethod::Cash);
    CHECK_FALSE(dialog.chequeImage()->isVisible());
    dialog.close();
}

TEST_CASE("A cash payment of the balance settles the invoice", "[ui][payments]")
{
    test::UiLanguage language(i18n::Language::English);
    test::PaymentFixture f;
    ReceivePaymentDialog dialog(*f.services, f.invoice.id);
    CHECK(dialog.amountEdit()->text() == QStringLiteral("1,100,000"));
    QSignalSpy received(&dialog, &ReceivePaymentDialog::received);
    dialog.noteEdit()->setText(QStringLiteral("paid at the counter"));
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    REQUIRE(received.size() == 1);
    REQUIRE(dialog.receipt());
    REQUIRE(dialog.receipt()->payments.size() == 1);
    const payments::Payment& stored = dialog.receipt()->payments.first();
    CHECK(stored.method == PaymentMethod::Cash);
    CHECK(stored.status == PaymentStatus::Settled);
    CHECK(stored.amount.rial() == 1100000);
    CHECK(stored.note == QStringLiteral("paid at the counter"));
    const payments::InvoiceAccount after = f.account();
    CHECK(after.settled);
    CHECK(after.balance.isZero());
    CHECK(f.services->documents.get(f.invoice.id).valueOr({}).state == sales::DocumentState::Settled);
}

TEST_CASE("A partial POS payment keeps the invoice open and stores the card masked", "[ui][payments]")
{
    test::UiLanguage language(i18n::Language::Persian);
    test::PaymentFixture f;
    ReceivePaymentDialog dialog(*f.services, f.invoice.id);
    dialog.setMethod(PaymentMethod::Pos);
    dialog.amountEdit()->setText(u8("۴۰۰٬۰۰۰"));
    setText(dialog, PaymentMethod::Pos, QStringLiteral("terminal"), u8("۱۲۳۴۵"));
    setText(dialog, PaymentMethod::Pos, QStringLiteral("trace"), QStringLiteral("998877"));
    setText(dialog, PaymentMethod::Pos, QStringLiteral("card"), u8("۶۰۳۷-۹۹۱۲-۳۴۵۶-۱۲۳۴"));
    dialog.accept();
    REQUIRE(dialog.receipt());
    const payments::Payment& stored = dialog.receipt()->payments.first();
    CHECK(stored.terminal == QStringLiteral("12345"));
    CHECK(stored.traceNumber == QStringLiteral("998877"));
    CHECK(stored.maskedCard == QStringLiteral("603799******1234"));
    const payments::InvoiceAccount after = f.account();
    CHECK(after.paid.rial() == 400000);
    CHECK(after.balance.rial() == 700000);
    CHECK_FALSE(after.settled);
}

TEST_CASE("A cheque is received with its fields and stays pending", "[ui][payments]")
{
    test::UiLanguage language(i18n::Language::Persian);
    test::PaymentFixture f;
    ReceivePaymentDialog dialog(*f.services, f.invoice.id);
    dialog.setMethod(PaymentMethod::Cheque);
    setText(dialog, PaymentMethod::Cheque, QStringLiteral("sayad"), u8("۱۲۳۴۵۶۷۸۹۰۱۲۳۴۵۶"));
    setText(dialog, PaymentMethod::Cheque, QStringLiteral("serial"), QStringLiteral("778899"));
    setText(dialog, PaymentMethod::Cheque, QStringLiteral("bank"), u8("بانک ملت"));
    setText(dialog, PaymentMethod::Cheque, QStringLiteral("branch_name"), u8("ونک"));
    setText(dialog, PaymentMethod::Cheque, QStringLiteral("branch_code"), QStringLiteral("4512"));
    setText(dialog, PaymentMethod::Cheque, QStringLiteral("account_number"), QStringLiteral("1234567890"));
    setText(dialog, PaymentMethod::Cheque, QStringLiteral("drawer_name"), u8("رضا موسوی"));
    dialog.accountTypeBox()->setCurrentIndex(dialog.accountTypeBox()->findData(int(payments::AccountType::Savings)));
    dialog.dueDateEdit(PaymentMethod::Cheque)->lineEdit()->setText(u8("۱۴۰۴/۱۰/۱۵"));
    dialog.accept();
    INFO(dialog.generalMessage()->text().toStdString());
    REQUIRE(dialog.receipt());
    REQUIRE(dialog.receipt()->cheque);
    const payments::Cheque& cheque = *dialog.receipt()->cheque;
    CHECK(cheque.sayadId == QStringLiteral("1234567890123456"));
    CHECK(cheque.serial == QStringLiteral("778899"));
    CHECK(cheque.branchCode == QStringLiteral("4512"));
    CHECK(cheque.accountType == payments::AccountType::Savings);
    CHECK(cheque.dueDate == test::jalaliDate(1404, 10, 15));
    CHECK(cheque.amount.rial() == 1100000);
    CHECK(dialog.receipt()->payments.first().status == PaymentStatus::Pending);
    const payments::InvoiceAccount after = f.account();
    CHECK(after.pending.rial() == 1100000);
    CHECK(after.uncovered.isZero());
    CHECK_FALSE(after.settled);
}

TEST_CASE("Errors of core are shown at the field they name and nothing is stored", "[ui][payments]")
{
    test::UiLanguage language(i18n::Language::English);
    test::PaymentFixture f;
    ReceivePaymentDialog dialog(*f.services, f.invoice.id);
    ui::FieldFeedback& feedback = *dialog.feedback();

    SECTION("a Sayad ID that is not 16 digits")
    {
        dialog.setMethod(PaymentMethod::Cheque);
        setText(dialog, PaymentMethod::Cheque, QStringLiteral("sayad"), QStringLiteral("12345"));
        dialog.dueDateEdit(PaymentMethod::Cheque)->setDate(test::jalaliDate(1404, 10, 1));
        dialog.accept();
        CHECK(dialog.feedbackKey(QStringLiteral("sayad_id")) == QStringLiteral("cheque.sayad_id"));
        CHECK(feedback.errorFields() == QStringList { QStringLiteral("cheque.sayad_id") });
        CHECK(feedback.message(QStringLiteral("cheque.sayad_id")).contains(QStringLiteral("16")));
    }
    SECTION("a cheque without its due date")
    {
        dialog.setMethod(PaymentMethod::Cheque);
        setText(dialog, PaymentMethod::Cheque, QStringLiteral("sayad"), QStringLiteral("1234567890123456"));
        dialog.accept();
        CHECK(feedback.errorFields() == QStringList { QStringLiteral("cheque.due_date") });
    }
    SECTION("a credit promise due before the invoice was issued")
    {
        dialog.setMethod(PaymentMethod::Credit);
        dialog.dueDateEdit(PaymentMethod::Credit)->setDate(test::jalaliDate(1404, 8, 1));
        dialog.accept();
        CHECK(feedback.errorFields() == QStringList { QStringLiteral("credit.due_date") });
    }
    SECTION("a card number without 16 digits, on either card method")
    {
        dialog.setMethod(PaymentMethod::Card);
        setText(dialog, PaymentMethod::Card, QStringLiteral("card"), QStringLiteral("6037 99"));
        dialog.accept();
        CHECK(feedback.errorFields() == QStringList { QStringLiteral("card.card_number") });
        dialog.setMethod(PaymentMethod::Pos);
        setText(dialog, PaymentMethod::Pos, QStringLiteral("card"), QStringLiteral("1234"));
        dialog.accept();
        CHECK(feedback.errorFields() == QStringList { QStringLiteral("pos.card_number") });
    }
    SECTION("an amount that is not a number, or zero")
    {
        dialog.amountEdit()->setText(QStringLiteral("twelve"));
        dialog.accept();
        CHECK(feedback.errorFields() == QStringList { QStringLiteral("amount") });
        dialog.amountEdit()->setText(QStringLiteral("0"));
        dialog.accept();
        CHECK(feedback.errorFields() == QStringList { QStringLiteral("amount") });
    }
    SECTION("a date that is not a date")
    {
        dialog.dateEdit()->lineEdit()->setText(QStringLiteral("1404/13/40"));
        dialog.accept();
        CHECK(feedback.errorFields() == QStringList { QStringLiteral("date") });
    }
    SECTION("more than the balance is refused unless it goes on account")
    {
        dialog.amountEdit()->setText(QStringLiteral("1,500,000"));
        dialog.accept();
        CHECK(feedback.errorFields() == QStringList { QStringLiteral("amount") }); // shown at the amount
        CHECK(feedback.message(QStringLiteral("amount")).contains(QStringLiteral("balance")));
        CHECK(f.account().payments.isEmpty());
        dialog.onAccountBox()->setChecked(true);
        dialog.accept();
        REQUIRE(dialog.receipt());
        CHECK(dialog.receipt()->payments.size() == 2); // the invoice's part and the rest on account
        CHECK(f.account().settled);
        return;
    }
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK_FALSE(dialog.receipt());
    CHECK(f.account().payments.isEmpty());
}

TEST_CASE("The dialog offers the plan's open instalments and pays the one chosen", "[ui][payments]")
{
    test::UiLanguage language(i18n::Language::English);
    test::PaymentFixture f;
    payments::PlanRequest request;
    request.downPayment = Money::fromRial(100000);
    request.count = 2;
    request.start = f.clock.today();
    REQUIRE(f.services->payments.createPlan(f.invoice.id, request).hasValue());
    const payments::Plan plan = *f.account().plan;
    REQUIRE(plan.instalments.size() == 3);

    ReceivePaymentDialog dialog(*f.services, f.invoice.id);
    REQUIRE(dialog.instalmentBox()->isVisibleTo(&dialog));
    CHECK(dialog.instalmentBox()->count() == 4); // none + the down payment + 2
    CHECK(dialog.instalmentBox()->itemText(1).contains(QStringLiteral("Down payment")));
    dialog.setInstalment(plan.instalments.at(1).id);
    dialog.amountEdit()->setText(QStringLiteral("500000"));
    dialog.accept();
    REQUIRE(dialog.receipt());
    CHECK(dialog.receipt()->payments.first().instalmentId == plan.instalments.at(1).id);
}

TEST_CASE("The dialog of an invoice that cannot take payments says why", "[ui][payments]")
{
    test::UiLanguage language(i18n::Language::English);
    test::PaymentFixture f;
    const sales::Document draft = f.quote(f.customerId);
    ReceivePaymentDialog missing(*f.services, 999999);
    CHECK_FALSE(missing.isLoaded());
    CHECK_FALSE(missing.generalMessage()->text().isEmpty());
    missing.accept();
    CHECK(missing.result() != QDialog::Accepted);

    ReceivePaymentDialog quote(*f.services, draft.id);
    quote.accept();
    CHECK_FALSE(quote.receipt());
    CHECK(quote.generalMessage()->isVisibleTo(&quote));
}
