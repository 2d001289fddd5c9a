// Hidden test case ([.screenshots][payments]) rendering the payment dialog
// (a cheque being entered) and the instalment plan dialog, translated, to PNG
// files for a human to look at:
//   PEYVAND_SHOTS=docs/screenshots ./test_ui "[.screenshots][payments]"
// (payment-dialog-fa.png, payment-dialog-en.png, instalment-plan-fa.png,
// instalment-plan-en.png, plus invoice-payments-* and customer-rating-*).
#include "PaymentTestSupport.h"

#include "CustomerPage.h"
#include "DocumentEditor.h"
#include "MainWindow.h"
#include "ImagePicker.h"
#include "InstalmentPlanDialog.h"
#include "InvoicePaymentsPanel.h"
#include "JalaliDateEdit.h"
#include "ReceivePaymentDialog.h"

#include <QBuffer>
#include <QComboBox>
#include <QDir>
#include <QImage>
#include <QLineEdit>
#include <QPainter>
#include <QSpinBox>

using namespace peyvand;
using payments::PaymentMethod;
using peyvand::test::u8;

namespace {
void save(QWidget& widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("PEYVAND_SHOTS", QDir::tempPath());
    QDir().mkpath(dir);
    test::settle(50);
    CHECK(widget.grab().save(dir + QLatin1Char('/') + name, "PNG"));
}

// A stand-in for a scanned cheque: a pale green slip with a few lines on it.
sales::Image chequeScan()
{
    QImage image(360, 160, QImage::Format_RGB32);
    image.fill(QColor(0xe8, 0xf5, 0xe9));
    QPainter painter(&image);
    painter.setPen(QPen(QColor(0x2e, 0x7d, 0x32), 3));
    painter.drawRect(4, 4, 351, 151);
    painter.setPen(QPen(QColor(0x66, 0xbb, 0x6a), 2));
    for (int y = 60; y <= 130; y += 30)
        painter.drawLine(30, y, 330, y);
    painter.fillRect(250, 20, 80, 24, QColor(0xa5, 0xd6, 0xa7));
    painter.end();
    sales::Image scan;
    QBuffer buffer(&scan.data);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    scan.mimeType = QStringLiteral("image/png");
    return scan;
}

struct Names {
    QString customer, item, bank, branch, drawer;
};

Names namesFor(i18n::Language lang)
{
    if (lang == i18n::Language::Persian)
        return { u8("شرکت فناوران پارس"), u8("لپ‌تاپ ایسوس"), u8("بانک ملت"), u8("ونک"), u8("رضا موسوی") };
    return { QStringLiteral("Fanavaran Pars Co."), QStringLiteral("ASUS laptop"), QStringLiteral("Bank Mellat"),
             QStringLiteral("Vanak"), QStringLiteral("Reza Mousavi") };
}
} // namespace

TEST_CASE("Screenshots of the payment dialog and the instalment plan", "[.screenshots][payments]")
{
    for (const i18n::Language lang : { i18n::Language::Persian, i18n::Language::English }) {
        test::TranslatedLanguage language(lang);
        const QString suffix = i18n::languageCode(lang) + QStringLiteral(".png");
        const Names names = namesFor(lang);
        test::DocumentFixture f;
        const qint64 customer = f.customer(names.customer);

        // A history that gives the customer a rating: an earlier invoice whose
        // credit promise was kept on its day.
        const QDateTime today = f.clock.nowUtc();
        f.clock.set(QDateTime(test::jalaliDate(1404, 5, 10), QTime(9, 0), Qt::UTC));
        sales::Document earlier;
        earlier.type = sales::DocumentType::Invoice;
        earlier.customerId = customer;
        earlier.lines = { test::documentLine(names.item, 90000000) };
        const qint64 earlierId = f.issue(f.services->documents.createDraft(earlier)->id).id;
        payments::NewPayment promise;
        promise.documentId = earlierId;
        promise.method = PaymentMethod::Credit;
        promise.amount = Money::fromRial(50000000);
        promise.dueDate = test::jalaliDate(1404, 6, 10);
        REQUIRE(f.services->payments.receive(promise).hasValue());
        f.clock.set(QDateTime(test::jalaliDate(1404, 6, 9), QTime(9, 0), Qt::UTC));
        payments::NewPayment settle;
        settle.documentId = earlierId;
        settle.method = PaymentMethod::Deposit;
        settle.amount = Money::fromRial(99000000);
        settle.bank = names.bank;
        REQUIRE(f.services->payments.receive(settle).hasValue());
        f.clock.set(today);

        sales::Document draft;
        draft.type = sales::DocumentType::Invoice;
        draft.customerId = customer;
        draft.lines = { test::documentLine(names.item, 185000000, 2000) };
        const sales::Document invoice = f.issue(f.services->documents.createDraft(draft)->id);
        payments::NewPayment pos;
        pos.documentId = invoice.id;
        pos.method = PaymentMethod::Pos;
        pos.amount = Money::fromRial(107000000);
        pos.terminal = QStringLiteral("41298376");
        pos.traceNumber = QStringLiteral("552310");
        pos.cardNumber = QStringLiteral("6037991234561234");
        REQUIRE(f.services->payments.receive(pos).hasValue());
        f.clock.advanceSeconds(60);

        ui::ReceivePaymentDialog dialog(*f.services, invoice.id);
        dialog.setMethod(PaymentMethod::Cheque);
        dialog.amountEdit()->setText(test::hasPersianDigits(dialog.amountEdit()->text()) ? u8("۱۵۰٬۰۰۰٬۰۰۰")
                                                                                         : QStringLiteral("150,000,000"));
        const auto type = [&](const QString& name, const QString& text) {
            dialog.textField(PaymentMethod::Cheque, name)->setText(
                lang == i18n::Language::Persian ? text::toPersianDigits(text) : text);
        };
        type(QStringLiteral("sayad"), QStringLiteral("1234567890123456"));
        type(QStringLiteral("serial"), QStringLiteral("778899"));
        dialog.textField(PaymentMethod::Cheque, QStringLiteral("bank"))->setText(names.bank);
        dialog.textField(PaymentMethod::Cheque, QStringLiteral("branch_name"))->setText(names.branch);
        type(QStringLiteral("branch_code"), QStringLiteral("4512"));
        type(QStringLiteral("account_number"), QStringLiteral("0102345678"));
        dialog.textField(PaymentMethod::Cheque, QStringLiteral("drawer_name"))->setText(names.drawer);
        type(QStringLiteral("drawer_id"), QStringLiteral("0499370899"));
        dialog.dueDateEdit(PaymentMethod::Cheque)->setDate(test::jalaliDate(1404, 10, 15));
        dialog.chequeImage()->setImage(chequeScan());
        dialog.show();
        save(dialog, QStringLiteral("payment-dialog-") + suffix);
        dialog.accept();
        REQUIRE(dialog.receipt());

        ui::InstalmentPlanDialog plan(*f.services, invoice.id);
        plan.downEdit()->setText(lang == i18n::Language::Persian ? u8("۳۰٬۰۰۰٬۰۰۰") : QStringLiteral("30,000,000"));
        plan.countBox()->setValue(6);
        plan.startEdit()->setDate(test::jalaliDate(1404, 8, 25));
        REQUIRE(plan.updatePreview());
        plan.show();
        save(plan, QStringLiteral("instalment-plan-") + suffix);
        plan.accept();

        ui::DocumentEditor editor(*f.services);
        REQUIRE(editor.openDocument(invoice.id));
        editor.resize(1280, 900);
        editor.show();
        save(editor, QStringLiteral("invoice-payments-") + suffix);
    }
}

TEST_CASE("Screenshot of the customer page with the payment rating", "[.screenshots][payments]")
{
    for (const i18n::Language lang : { i18n::Language::Persian, i18n::Language::English }) {
        test::TranslatedLanguage language(lang);
        const QString suffix = i18n::languageCode(lang) + QStringLiteral(".png");
        const Names names = namesFor(lang);
        auto db = test::memoryDatabase();
        ui::MainWindow window(*db);
        const qint64 customer = test::addCustomer(window.service(), names.customer, QStringLiteral("09121234567")).id;
        // The window reads the record as of the real today: the history is
        // written two months back on a clock of its own.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        FixedClock past(now.addDays(-60));
        ui::DocumentServices services(*db, past);
        sales::Document draft;
        draft.type = sales::DocumentType::Invoice;
        draft.customerId = customer;
        draft.lines = { test::documentLine(names.item, 90000000) };
        const qint64 invoice = services.documents.issue(services.documents.createDraft(draft)->id)->id;
        payments::NewPayment promise;
        promise.documentId = invoice;
        promise.method = PaymentMethod::Credit;
        promise.amount = Money::fromRial(40000000);
        promise.dueDate = past.today().addDays(20);
        REQUIRE(services.payments.receive(promise).hasValue());
        past.set(now.addDays(-45));
        payments::NewPayment deposit;
        deposit.documentId = invoice;
        deposit.method = PaymentMethod::Deposit;
        deposit.amount = Money::fromRial(99000000); // the whole invoice: the promise was kept
        REQUIRE(services.payments.receive(deposit).hasValue());
        draft.lines = { test::documentLine(names.item, 120000000) };
        REQUIRE(services.documents.issue(services.documents.createDraft(draft)->id).hasValue());

        window.resize(1280, 860);
        window.show();
        REQUIRE(window.showCustomer(customer));
        save(window, QStringLiteral("customer-rating-") + suffix);
    }
}
