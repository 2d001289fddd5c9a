#include "SampleDocuments.h"
#include "TestSupport.h"

#include "text/AmountInWords.h"
#include "text/Digits.h"

#include <QBuffer>
#include <QImage>

using namespace peyvand;
using namespace peyvand::documents;
using peyvand::test::u8;

namespace {

QString htmlOf(const Printable& p, RenderOptions options = {}) { return DocumentRenderer(options).html(p); }

RenderOptions english()
{
    RenderOptions o;
    o.language = DocumentLanguage::English;
    return o;
}

QByteArray pngBytes(int width, int height)
{
    QImage image(width, height, QImage::Format_ARGB32);
    image.fill(Qt::darkBlue);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

} // namespace

TEST_CASE("paper and copy keys round-trip", "[documents]")
{
    for (Paper paper : { Paper::A4, Paper::A5 })
        CHECK(paperFromKey(toKey(paper)) == paper);
    for (CopyLabel copy : { CopyLabel::None, CopyLabel::Customer, CopyLabel::Accounting, CopyLabel::Archive })
        CHECK(copyLabelFromKey(toKey(copy)) == copy);
    CHECK(toKey(Paper::A5) == QStringLiteral("a5"));
    CHECK(toKey(CopyLabel::Accounting) == QStringLiteral("accounting"));
    CHECK_FALSE(paperFromKey(QStringLiteral("letter")));
    CHECK_FALSE(paperFromKey(QStringLiteral("A4")));
    CHECK_FALSE(copyLabelFromKey(QString()));
}

TEST_CASE("a Persian quote is right to left with the form's labels, Jalali dates and Persian digits",
          "[documents]")
{
    const Printable p = test::sampleQuote();
    const QString html = htmlOf(p);
    CHECK(html.contains(QStringLiteral("dir=\"rtl\"")));
    CHECK(html.contains(u8("پیش‌فاکتور")));
    CHECK(html.contains(u8("این پیش‌فاکتور صورتحساب مالیاتی نیست")));
    for (const char* label : { "ردیف", "کد کالا", "شرح کالا یا خدمات", "تعداد/مقدار", "واحد", "مبلغ واحد", "مبلغ کل",
                               "تخفیف", "مبلغ پس از تخفیف", "جمع مالیات و عوارض", "جمع کل" })
        CHECK(html.contains(u8(label)));
    for (const char* label : { "مشخصات فروشنده", "مشخصات خریدار", "شماره اقتصادی", "کد پستی", "نشانی",
                               "مهر و امضای فروشنده", "مهر و امضای خریدار", "مبلغ به حروف", "نام بازاریاب",
                               "شماره خروجی", "تاریخ اعتبار" })
        CHECK(html.contains(u8(label)));
    CHECK(html.contains(u8("۱۴۰۴/۰۳/۱۲")));  // issue date 2025-06-02
    CHECK(html.contains(u8("۱۴۰۴/۰۳/۱۹")));  // valid until 2025-06-09
    CHECK(html.contains(text::formatGrouped(p.document.grandTotal.rial(), text::DigitScript::Persian)));
    CHECK_FALSE(html.contains(text::formatGrouped(p.document.grandTotal.rial(), text::DigitScript::Latin)));
    text::AmountWordsStyle words;
    words.unit = u8("ریال");
    CHECK(html.contains(text::amountInWords(p.document.grandTotal.rial(), words)));
    CHECK(html.contains(p.document.seller.name));
    CHECK(html.contains(p.document.buyer.name));
    CHECK(html.contains(u8("۰۴۹۹۳۷۰۸۹۹")));          // buyer national ID in Persian digits
    CHECK(html.contains(QStringLiteral("PF-1404-0012")));  // a code with Latin letters stays as typed
    CHECK(html.contains(u8("۵٪")));                  // the laptop's percent discount
    CHECK(html.contains(u8("۲٫۵")));                 // the fractional quantity
    CHECK(html.contains(u8("سریال: ")));
    CHECK(html.contains(u8("هزینه حمل")));
    CHECK(html.contains(u8("مالیات بر ارزش افزوده (۷٪)")));
    CHECK(html.contains(u8("عوارض (۳٪)")));
    CHECK(html.contains(u8("اعتباری")));
    CHECK(html.contains(u8("۵۰٪ پیش‌پرداخت")));
    CHECK(html.contains(QStringLiteral("<thead>")));
}

TEST_CASE("an English quote is left to right with Gregorian dates and ASCII digits", "[documents]")
{
    const Printable p = test::sampleQuote();
    const QString html = htmlOf(p, english());
    CHECK(html.contains(QStringLiteral("dir=\"ltr\"")));
    for (const char* label : { "No.", "Code", "Description", "Quantity", "Unit", "Unit price", "Amount", "Discount",
                               "After discount", "VAT and duty", "Total", "Seller", "Buyer", "Amount in words",
                               "Pre-invoice", "This pre-invoice is not a tax invoice." })
        CHECK(html.contains(QString::fromLatin1(label)));
    CHECK(html.contains(QStringLiteral("2025-06-02")));
    CHECK(html.contains(QStringLiteral("2025-06-09")));
    CHECK(html.contains(text::formatGrouped(p.document.grandTotal.rial(), text::DigitScript::Latin)));
    CHECK(html.contains(text::amountInWordsEnglish(p.document.grandTotal.rial(), QStringLiteral("Rial"))));
    CHECK(html.contains(QStringLiteral("VAT (7%)")));
    CHECK(html.contains(QStringLiteral("Duty (3%)")));
    CHECK_FALSE(html.contains(u8("ردیف")));
    CHECK_FALSE(html.contains(u8("۱۴۰۴")));
    // Customer data is printed as entered, whatever the printout's language.
    CHECK(html.contains(p.document.buyer.name));
}

TEST_CASE("an invoice has the form's title and no pre-invoice notice, a custom title wins", "[documents]")
{
    Printable p = test::sampleQuote();
    p.document.type = sales::DocumentType::Invoice;
    QString html = htmlOf(p);
    CHECK(html.contains(u8("صورتحساب فروش کالا و خدمات")));
    CHECK_FALSE(html.contains(u8("صورتحساب مالیاتی نیست")));
    CHECK_FALSE(html.contains(u8("تاریخ اعتبار")));
    CHECK(htmlOf(p, english()).contains(QStringLiteral("Sales invoice of goods and services")));

    p.document.title = u8("فاکتور فروش ویژه");
    html = htmlOf(p);
    CHECK(html.contains(u8("فاکتور فروش ویژه")));
    CHECK_FALSE(html.contains(u8("صورتحساب فروش کالا و خدمات")));
}

TEST_CASE("Toman is a display unit only", "[documents]")
{
    Printable p = test::sampleQuote();
    p.document.grandTotal = Money::fromRial(1'089'915'990);
    const Money grand = p.document.grandTotal;
    RenderOptions options;
    options.displayToman = true;
    const QString html = htmlOf(p, options);
    CHECK(html.contains(text::formatGrouped(grand.rial() / 10, text::DigitScript::Persian)));
    CHECK_FALSE(html.contains(text::formatGrouped(grand.rial(), text::DigitScript::Persian)));
    text::AmountWordsStyle words;
    words.unit = u8("تومان");
    CHECK(html.contains(text::amountInWords(grand.rial() / 10, words)));
    CHECK(html.contains(u8("مبالغ به تومان")));
    CHECK(p.document.grandTotal == grand);  // nothing stored changed

    SECTION("a remainder below one Toman shows as a decimal and in words")
    {
        p.document.grandTotal = Money::fromRial(12'345);
        const QString h = htmlOf(p, options);
        CHECK(h.contains(u8("۱٬۲۳۴٫۵")));
        CHECK(h.contains(u8("یک هزار و دویست و سی و چهار تومان و پنج ریال")));
        options.language = DocumentLanguage::English;
        const QString en = htmlOf(p, options);
        CHECK(en.contains(QStringLiteral("1,234.5")));
        CHECK(en.contains(QStringLiteral("one thousand two hundred thirty-four Toman and five Rial")));
    }
}

TEST_CASE("copy labels are printed in the printout's language", "[documents]")
{
    const Printable p = test::sampleQuote();
    RenderOptions options;
    CHECK_FALSE(htmlOf(p, options).contains(u8("نسخه")));
    options.copy = CopyLabel::Customer;
    CHECK(htmlOf(p, options).contains(u8("نسخه مشتری")));
    options.copy = CopyLabel::Accounting;
    CHECK(htmlOf(p, options).contains(u8("نسخه حسابداری")));
    options.copy = CopyLabel::Archive;
    CHECK(htmlOf(p, options).contains(u8("نسخه بایگانی")));
    options.language = DocumentLanguage::English;
    CHECK(htmlOf(p, options).contains(QStringLiteral("Archive copy")));
    options.copy = CopyLabel::Customer;
    CHECK(htmlOf(p, options).contains(QStringLiteral("Customer copy")));
}

TEST_CASE("a draft shows no number but says it is a draft", "[documents]")
{
    Printable p = test::sampleQuote();
    p.document.number.clear();
    p.document.state = sales::DocumentState::Draft;
    CHECK(htmlOf(p).contains(u8("پیش‌نویس")));
    CHECK(htmlOf(p, english()).contains(QStringLiteral("Draft")));
}

TEST_CASE("user text is escaped, line breaks kept", "[documents]")
{
    Printable p = test::sampleQuote();
    p.document.lines[0].description = QStringLiteral("<b>bold</b> & <script>");
    p.document.description = QStringLiteral("first\nsecond");
    const QString html = htmlOf(p);
    CHECK(html.contains(QStringLiteral("&lt;b&gt;bold&lt;/b&gt; &amp; &lt;script&gt;")));
    CHECK_FALSE(html.contains(QStringLiteral("<script>")));
    CHECK(html.contains(QStringLiteral("first<br>second")));
}

TEST_CASE("the logo and the stamp are referenced only when given", "[documents]")
{
    Printable p = test::sampleQuote();
    QString html = htmlOf(p);
    CHECK_FALSE(html.contains(QStringLiteral("<img")));
    CHECK(html.contains(p.document.seller.name));  // the letterhead falls back to the name
    p.logo = sales::Image { pngBytes(120, 60), QStringLiteral("image/png") };
    p.stamp = sales::Image { pngBytes(80, 80), QStringLiteral("image/png") };
    html = htmlOf(p);
    CHECK(html.contains(QStringLiteral("peyvand-image:logo")));
    CHECK(html.contains(QStringLiteral("peyvand-image:stamp")));
}

TEST_CASE("additions are rows after the goods and in the totals", "[documents]")
{
    Printable p = test::sampleQuote();
    sales::DocumentAddition packing;
    packing.description = u8("بسته‌بندی ویژه");
    packing.amount = Money::fromRial(1'200'000);
    packing.taxable = true;
    p.document.additions.append(packing);
    test::fillTotals(p.document);
    const QString html = htmlOf(p);
    CHECK(html.count(u8("بسته‌بندی ویژه")) == 2);  // its row and its total
    CHECK(html.indexOf(u8("بسته‌بندی ویژه")) > html.indexOf(u8("چسب حرارتی صنعتی")));
    CHECK(html.count(u8("هزینه حمل")) == 2);
}
