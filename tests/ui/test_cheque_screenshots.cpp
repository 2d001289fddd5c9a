// Hidden test case ([.screenshots]) rendering the cheque register, the
// cheque calendar and the receivables page, translated, to PNG files:
//   PEYVAND_SHOTS=docs/screenshots ./test_ui "[.screenshots][cheques]"
// (cheque-register-fa.png, cheque-register-en.png, cheque-calendar-fa.png,
// cheque-calendar-en.png, receivables-fa.png, receivables-en.png).
#include "CollectionTestSupport.h"

#include "AgeingModel.h"
#include "OpenInvoiceModel.h"
#include "ChequeCalendarPanel.h"
#include "ChequeRegisterPanel.h"
#include "ChequesPage.h"
#include "JalaliMonthCalendar.h"
#include "MainWindow.h"
#include "ReceivablesPage.h"

#include <QBuffer>
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QPushButton>
#include <QTableView>

using namespace peyvand;
using payments::ChequeStatus;
using peyvand::test::u8;

namespace {
void save(QWidget& widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("PEYVAND_SHOTS", QDir::tempPath());
    QDir().mkpath(dir);
    test::settle(50);
    CHECK(widget.grab().save(dir + QLatin1Char('/') + name, "PNG"));
}

// A drawn stand-in for a scanned cheque leaf.
QByteArray scan()
{
    QImage image(520, 230, QImage::Format_RGB32);
    image.fill(QColor(0xe0, 0xf2, 0xfe));
    QPainter painter(&image);
    painter.setPen(QPen(QColor(0x03, 0x69, 0xa1), 3));
    painter.drawRect(6, 6, 508, 218);
    painter.setPen(QColor(0x0c, 0x4a, 0x6e));
    QFont font = painter.font();
    font.setPixelSize(22);
    painter.setFont(font);
    painter.drawText(QRect(20, 20, 480, 40), Qt::AlignRight, u8("بانک ملت"));
    painter.drawText(QRect(20, 80, 480, 40), Qt::AlignRight, u8("مبلغ: ۱۵۰٬۰۰۰٬۰۰۰ ریال"));
    painter.drawText(QRect(20, 150, 480, 40), Qt::AlignLeft, QStringLiteral("1402567890123457"));
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

// A small business's book: six customers, invoices of every age, cheques
// received in every state, cheques issued to suppliers, an instalment plan
// with an overdue instalment and a broken credit promise. Returns the
// bounced cheque (the register shows it).
qint64 fill(test::CollectionFixture& f)
{
    const qint64 pars = f.customer(u8("شرکت فناوران پارس"));
    const qint64 karimi = f.customer(u8("علی کریمی"));
    const qint64 rezaei = f.customer(u8("لیلا رضایی"));
    const qint64 sadeghi = f.customer(u8("مریم صادقی"));
    const qint64 mohammadi = f.customer(u8("حسین محمدی"));
    const qint64 negin = f.customer(u8("فروشگاه نگین"));

    const qint64 a = f.invoice(pars, f.day(-120), 480'000'000);
    f.cash(a, 80'000'000, f.day(-118));
    const payments::Cheque a1 = f.chequeFor(a, 150'000'000, f.day(-60), QStringLiteral("1402567890123456"),
                                            QStringLiteral("784512"), u8("ملت"), u8("شرکت فناوران پارس"), f.day(-118));
    f.move(a1.id, ChequeStatus::Deposited, f.day(-59), u8("حساب جاری ملت"));
    f.move(a1.id, ChequeStatus::Cleared, f.day(-57));
    const payments::Cheque a2 = f.chequeFor(a, 150'000'000, f.day(-20), QStringLiteral("1402567890123457"),
                                            QStringLiteral("784513"), u8("ملت"), u8("شرکت فناوران پارس"), f.day(-118));
    f.move(a2.id, ChequeStatus::Deposited, f.day(-19));
    f.move(a2.id, ChequeStatus::Bounced, f.day(-16), u8("کسری موجودی"));
    payments::Cheque withScan = *f.services->payments.cheque(a2.id, true);
    withScan.image = scan();
    withScan.imageMime = QStringLiteral("image/png");
    withScan.branchName = u8("شعبه میدان ونک");
    withScan.branchCode = QStringLiteral("0712");
    withScan.accountNumber = QStringLiteral("4587213690");
    REQUIRE(f.services->payments.updateCheque(withScan));
    f.chequeFor(a, 100'000'000, f.day(6), QStringLiteral("1402567890123458"), QStringLiteral("784514"), u8("ملت"),
                u8("شرکت فناوران پارس"), f.day(-118));

    const qint64 b = f.invoice(karimi, f.day(-75), 96'000'000);
    f.plan(b, 24'000'000, 4, f.day(-75));
    const qint64 b2 = f.invoice(karimi, f.day(-12), 35'000'000);
    const payments::Cheque k1 = f.chequeFor(b2, 35'000'000, f.day(2), QStringLiteral("6037991234567890"),
                                            QStringLiteral("220145"), u8("ملی"), u8("علی کریمی"), f.day(-12));
    f.move(k1.id, ChequeStatus::Deposited, f.day(-1));

    const qint64 c = f.invoice(rezaei, f.day(-40), 62'000'000);
    f.cash(c, 12'000'000, f.day(-40));
    f.promise(c, 20'000'000, f.day(-3));
    const payments::Cheque r1 = f.chequeFor(c, 30'000'000, f.day(15), QStringLiteral("5022291234567812"),
                                            QStringLiteral("903311"), u8("سامان"), u8("لیلا رضایی"), f.day(-40));
    f.move(r1.id, ChequeStatus::Transferred, f.day(-30), u8("واگذار به پخش البرز"));

    const qint64 d = f.invoice(sadeghi, f.day(-95), 27'500'000);
    const payments::Cheque s1 = f.chequeFor(d, 27'500'000, f.day(-80), QStringLiteral("6219861234567000"),
                                            QStringLiteral("118820"), u8("صادرات"), u8("مریم صادقی"), f.day(-95));
    f.move(s1.id, ChequeStatus::Deposited, f.day(-79));
    f.move(s1.id, ChequeStatus::Bounced, f.day(-77), u8("امضا مطابقت ندارد"));
    f.move(s1.id, ChequeStatus::Returned, f.day(-70), u8("به صادرکننده پس داده شد"));

    const qint64 e = f.invoice(mohammadi, f.day(-8), 54'000'000);
    f.chequeFor(e, 27'000'000, f.day(22), QStringLiteral("6104337812345678"), QStringLiteral("450077"),
                u8("پاسارگاد"), u8("حسین محمدی"), f.day(-8));
    f.chequeFor(e, 27'000'000, f.day(52), QStringLiteral("6104337812345679"), QStringLiteral("450078"),
                u8("پاسارگاد"), u8("حسین محمدی"), f.day(-8));

    const qint64 g = f.invoice(negin, f.day(-33), 18'000'000);
    f.cash(g, 18'000'000, f.day(-30));

    f.issuedCheque(u8("پخش البرز"), 42'000'000, f.day(6), QStringLiteral("5894631200001111"), u8("تجارت"));
    f.issuedCheque(u8("چاپخانه مهر"), 9'800'000, f.day(19), QStringLiteral("5894631200001112"), u8("تجارت"));
    const payments::Cheque cancelled = f.issuedCheque(u8("اجاره دفتر"), 60'000'000, f.day(25),
                                                      QStringLiteral("5894631200001113"), u8("تجارت"));
    f.move(cancelled.id, ChequeStatus::Cancelled, {}, u8("پرداخت نقدی شد"));
    return a2.id;
}
} // namespace

TEST_CASE("Screenshots of the cheque register, its calendar and the receivables", "[.screenshots][cheques]")
{
    for (const i18n::Language lang : { i18n::Language::Persian, i18n::Language::English }) {
        test::TranslatedLanguage language(lang);
        const QString suffix = i18n::languageCode(lang) + QStringLiteral(".png");
        test::CollectionFixture f(QDateTime::currentDateTimeUtc());
        const qint64 bounced = fill(f);
        ui::MainWindow window(*f.db);
        window.show();

        window.showCheques();
        REQUIRE(window.showCheque(bounced));
        save(window, QStringLiteral("cheque-register-") + suffix);

        ui::ChequesPage* cheques = window.chequesPage();
        cheques->showTab(ui::ChequesPage::Tab::Calendar);
        cheques->calendarPanel()->refresh();
        cheques->calendarPanel()->showDay(f.day(6));
        save(window, QStringLiteral("cheque-calendar-") + suffix);

        window.showReceivables();
        ui::ReceivablesPage* receivables = window.receivablesPage();
        REQUIRE(receivables->ageingModel()->rowCount() > 2);
        test::settle();
        receivables->allInvoicesButton()->click();
        CHECK(receivables->invoiceModel()->rowCount() >= 6); // everyone's open invoices
        save(window, QStringLiteral("receivables-") + suffix);

        // Not kept in docs: the Today panel with its payments, to look at.
        window.showTasks();
        test::settle(50);
        CHECK(window.grab().save(QDir::temp().filePath(QStringLiteral("today-payments-") + suffix), "PNG"));
    }
}
