#include "PdfTools.h"
#include "SampleDocuments.h"
#include "TestSupport.h"

#include "text/AmountInWords.h"
#include "text/Digits.h"

#include <QBuffer>
#include <QDir>
#include <QImage>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace peyvand;
using namespace peyvand::documents;
using peyvand::test::comparable;
using peyvand::test::PdfFile;
using peyvand::test::u8;

namespace {

QByteArray pdfOf(const Printable& p, RenderOptions options = {})
{
    auto bytes = DocumentRenderer(options).pdf(p);
    REQUIRE(bytes);
    return *bytes;
}

bool havePoppler()
{
    if (test::pdftotextPath().isEmpty() || test::pdffontsPath().isEmpty() || test::pdfinfoPath().isEmpty()) {
        WARN("poppler-utils (pdftotext, pdffonts, pdfinfo) not found at configure time: skipped");
        return false;
    }
    return true;
}

// "Page size:      595.276 x 841.89 pts (A4)" -> {595.276, 841.89}
std::pair<double, double> pageSize(const QString& info)
{
    static const QRegularExpression re(QStringLiteral("Page size:\\s+([0-9.]+) x ([0-9.]+) pts"));
    const auto match = re.match(info);
    REQUIRE(match.hasMatch());
    return { match.captured(1).toDouble(), match.captured(2).toDouble() };
}

int pageCount(const QString& info)
{
    static const QRegularExpression re(QStringLiteral("Pages:\\s+(\\d+)"));
    const auto match = re.match(info);
    REQUIRE(match.hasMatch());
    return match.captured(1).toInt();
}

} // namespace

TEST_CASE("the PDF is a PDF with Vazirmatn embedded", "[documents][pdf]")
{
    const QByteArray pdf = pdfOf(test::sampleQuote());
    CHECK(pdf.startsWith("%PDF-"));
    CHECK(pdf.trimmed().endsWith("%%EOF"));
    CHECK(pdf.contains("/FontName /"));
    CHECK(pdf.contains("Vazirmatn-Regular"));
    CHECK(pdf.contains("Vazirmatn-Bold"));
    CHECK(pdf.contains("/FontFile2"));
    if (!havePoppler())
        return;
    const PdfFile file(pdf);
    const QString fonts = file.fonts();
    const QStringList lines = fonts.split(u'\n');
    for (const char* face : { "Vazirmatn-Regular", "Vazirmatn-Bold" }) {
        const auto line = std::find_if(lines.cbegin(), lines.cend(),
                                       [face](const QString& l) { return l.contains(QLatin1String(face)); });
        REQUIRE(line != lines.cend());
        // name, type, encoding, then emb sub uni: embedded and with a ToUnicode map
        CHECK(line->contains(QRegularExpression(QStringLiteral("\\byes\\s+(yes|no)\\s+yes\\b"))));
    }
    // Nothing but Vazirmatn is used.
    CHECK(fonts.count(QStringLiteral("Vazirmatn")) == lines.filter(QRegularExpression(QStringLiteral("\\S"))).size() - 2);
    CHECK(pageCount(file.info()) == 1);
}

TEST_CASE("pdftotext reads a Persian quote back in logical order", "[documents][pdf]")
{
    if (!havePoppler())
        return;
    const Printable p = test::sampleQuote();
    const PdfFile file(pdfOf(p));
    const QString text = comparable(file.text());
    const qint64 grand = p.document.grandTotal.rial();
    CHECK(text.contains(text::formatGrouped(grand, text::DigitScript::Persian)));
    text::AmountWordsStyle words;
    words.unit = u8("ریال");
    CHECK(text.contains(comparable(text::amountInWords(grand, words))));
    // Letters drawn with Vazirmatn's contextual alternates (ت before ا, ی before
    // ن/و/ز) used to vanish from the extracted text.
    // (Phrases that are not wrapped in a table cell: poppler interleaves the
    // lines of neighbouring cells.)
    for (const char* phrase : { "این پیش‌فاکتور صورتحساب مالیاتی نیست", "تاریخ اعتبار", "مبلغ پس از تخفیف",
                                "مالیات بر ارزش افزوده", "شرح کالا یا خدمات", "مهر و امضای فروشنده",
                                "نصب و راه‌اندازی شبکه", "مانیتور ال‌جی", "خیابان ولیعصر", "نام بازاریاب",
                                "مریم احمدی", "جمع کل قابل پرداخت", "سه روز کاری پس از واریز پیش‌پرداخت" })
        CHECK(text.contains(comparable(u8(phrase))));
    CHECK(text.contains(u8("۱۴۰۴/۰۳/۱۲")));
    CHECK(text.contains(QStringLiteral("PF-1404-0012")));
    CHECK(text.contains(comparable(u8("صفحه ۱ از ۱"))));
    CHECK_FALSE(text.contains(text::formatGrouped(grand, text::DigitScript::Latin)));
}

TEST_CASE("every amount word survives extraction", "[documents][pdf]")
{
    if (!havePoppler())
        return;
    // Amounts whose words use every Persian number word once at least.
    for (qint64 amount : { 1'234'567'890LL, 11'712'813'914LL, 15'516'617'718LL, 19'020'030'040LL,
                           50'060'070'080LL, 90'100'200'300LL, 400'500'600'700LL, 800'900'000'001LL }) {
        Printable p = test::sampleQuote();
        p.document.grandTotal = Money::fromRial(amount);
        const QString text = comparable(PdfFile(pdfOf(p)).text());
        text::AmountWordsStyle words;
        words.unit = u8("ریال");
        INFO(amount);
        CHECK(text.contains(comparable(text::amountInWords(amount, words))));
    }
}

TEST_CASE("an English quote reads back in English with ASCII digits", "[documents][pdf]")
{
    if (!havePoppler())
        return;
    const Printable p = test::sampleQuote();
    RenderOptions options;
    options.language = DocumentLanguage::English;
    const QString text = comparable(PdfFile(pdfOf(p, options)).text());
    const qint64 grand = p.document.grandTotal.rial();
    CHECK(text.contains(text::formatGrouped(grand, text::DigitScript::Latin)));
    CHECK(text.contains(comparable(text::amountInWordsEnglish(grand, QStringLiteral("Rial")))));
    for (const char* phrase : { "Pre-invoice", "This pre-invoice is not a tax invoice.", "Unit price",
                                "After discount", "VAT (7%)", "Duty (3%)", "Grand total", "Page 1 of 1", "2025-06-02",
                                "Seller's stamp and signature" })
        CHECK(text.contains(comparable(QString::fromLatin1(phrase))));
    CHECK_FALSE(text.contains(u8("۱۴۰۴")));
}

TEST_CASE("paper size and orientation reach the PDF", "[documents][pdf]")
{
    if (!havePoppler())
        return;
    struct Case {
        Paper paper;
        QPageLayout::Orientation orientation;
        double width;
        double height;
    };
    for (const Case& c : { Case { Paper::A4, QPageLayout::Portrait, 595.3, 841.9 },
                           Case { Paper::A4, QPageLayout::Landscape, 841.9, 595.3 },
                           Case { Paper::A5, QPageLayout::Portrait, 419.5, 595.3 },
                           Case { Paper::A5, QPageLayout::Landscape, 595.3, 419.5 } }) {
        RenderOptions options;
        options.paper = c.paper;
        options.orientation = c.orientation;
        const PdfFile file(pdfOf(test::sampleQuote(), options));
        const auto [width, height] = pageSize(file.info());
        INFO(toKey(c.paper).toStdString() << (c.orientation == QPageLayout::Landscape ? " landscape" : " portrait"));
        CHECK(width == Approx(c.width).margin(1));
        CHECK(height == Approx(c.height).margin(1));
        // Everything is still there on the narrow pages.
        const QString text = comparable(file.text());
        CHECK(text.contains(text::formatGrouped(test::sampleQuote().document.grandTotal.rial(),
                                                text::DigitScript::Persian)));
        CHECK(text.contains(comparable(u8("جمع کل قابل پرداخت"))));
        CHECK(text.contains(comparable(u8("مهر و امضای خریدار"))));
    }
}

TEST_CASE("the copy label is printed", "[documents][pdf]")
{
    if (!havePoppler())
        return;
    RenderOptions options;
    options.copy = CopyLabel::Accounting;
    CHECK(comparable(PdfFile(pdfOf(test::sampleQuote(), options)).text()).contains(comparable(u8("نسخه حسابداری"))));
    options.language = DocumentLanguage::English;
    options.copy = CopyLabel::Archive;
    CHECK(PdfFile(pdfOf(test::sampleQuote(), options)).text().contains(QStringLiteral("Archive copy")));
}

TEST_CASE("logo and stamp images are embedded, unreadable images are left out", "[documents][pdf]")
{
    Printable p = test::sampleQuote();
    QImage image(200, 100, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    p.logo = sales::Image { png, QStringLiteral("image/png") };
    p.stamp = sales::Image { png, QStringLiteral("image/png") };
    CHECK(pdfOf(p).count("/Subtype /Image") >= 1);

    p.logo = sales::Image { QByteArray("not an image"), QStringLiteral("image/png") };
    p.stamp = sales::Image {};
    const QByteArray pdf = pdfOf(p);
    CHECK(pdf.startsWith("%PDF-"));
    CHECK_FALSE(pdf.contains("/Subtype /Image"));
}

TEST_CASE("paint() works on any paged device and reports the pages", "[documents][pdf]")
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(150);  // not the resolution pdf() uses
    const auto pages = DocumentRenderer(RenderOptions {}).paint(test::sampleQuote(), writer);
    REQUIRE(pages);
    CHECK(*pages == 1);
    CHECK(writer.pageLayout().pageSize().id() == QPageSize::A4);
    buffer.close();
    CHECK(bytes.startsWith("%PDF-"));
}

TEST_CASE("an empty document still renders", "[documents][pdf]")
{
    Printable p = test::sampleQuote();
    p.document.lines.clear();
    p.document.additions.clear();
    p.document.documentDiscount = {};
    test::fillTotals(p.document);
    const QByteArray pdf = pdfOf(p);
    CHECK(pdf.startsWith("%PDF-"));
    if (havePoppler())
        CHECK(comparable(PdfFile(pdf).text()).contains(comparable(u8("صفر ریال"))));
}

TEST_CASE("writePdf writes the file and reports failures", "[documents][pdf]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const DocumentRenderer renderer { RenderOptions {} };
    const QString path = dir.filePath(QStringLiteral("quote.pdf"));
    REQUIRE(renderer.writePdf(test::sampleQuote(), path));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == "%PDF-");

    const auto failed = renderer.writePdf(test::sampleQuote(), dir.filePath(QStringLiteral("missing/quote.pdf")));
    REQUIRE_FALSE(failed);
    CHECK(failed.error().code == ErrorCode::Io);
    CHECK_FALSE(failed.error().message.isEmpty());
}

// Not a test: writes sample PDFs for looking at them (PEYVAND_SAMPLE_DIR).
TEST_CASE("write sample printouts", "[.samples]")
{
    const QString dir = qEnvironmentVariable("PEYVAND_SAMPLE_DIR");
    REQUIRE_FALSE(dir.isEmpty());
    const auto write = [&dir](const QString& name, const Printable& p, const RenderOptions& o) {
        REQUIRE(DocumentRenderer(o).writePdf(p, QDir(dir).filePath(name)));
    };
    RenderOptions fa;
    RenderOptions en;
    en.language = DocumentLanguage::English;
    write(QStringLiteral("quote-fa.pdf"), test::sampleQuote(), fa);
    QFile html(QDir(dir).filePath(QStringLiteral("quote-fa.html")));
    REQUIRE(html.open(QIODevice::WriteOnly));
    html.write(DocumentRenderer(fa).html(test::sampleQuote()).toUtf8());
    write(QStringLiteral("quote-en.pdf"), test::sampleQuote(), en);
    RenderOptions a5 = fa;
    a5.paper = Paper::A5;
    a5.copy = CopyLabel::Customer;
    write(QStringLiteral("quote-fa-a5.pdf"), test::sampleQuote(), a5);
    RenderOptions a5en = en;
    a5en.paper = Paper::A5;
    write(QStringLiteral("quote-en-a5.pdf"), test::sampleQuote(), a5en);
    RenderOptions land = fa;
    land.orientation = QPageLayout::Landscape;
    land.displayToman = true;
    write(QStringLiteral("quote-fa-landscape.pdf"), test::sampleQuote(), land);
    RenderOptions a5land = fa;
    a5land.paper = Paper::A5;
    a5land.orientation = QPageLayout::Landscape;
    write(QStringLiteral("quote-fa-a5-landscape.pdf"), test::sampleQuote(), a5land);
    write(QStringLiteral("invoice-fa-long.pdf"), test::longDocument(60), fa);
}
