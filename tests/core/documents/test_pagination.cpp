#include "PdfTools.h"
#include "SampleDocuments.h"
#include "TestSupport.h"

#include "text/Digits.h"

#include <QBuffer>
#include <QPdfWriter>

using namespace peyvand;
using namespace peyvand::documents;
using peyvand::test::comparable;
using peyvand::test::PdfFile;
using peyvand::test::u8;

namespace {

bool havePdftotext()
{
    if (test::pdftotextPath().isEmpty()) {
        WARN("pdftotext not found at configure time: skipped");
        return false;
    }
    return true;
}

int pagesOf(const Printable& p, const RenderOptions& options)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(300);
    const auto pages = DocumentRenderer(options).paint(p, writer);
    REQUIRE(pages);
    return *pages;
}

QString persianPage(int page, int pages)
{
    return comparable(u8("صفحه %1 از %2")
                          .arg(text::toPersianDigits(QString::number(page)),
                               text::toPersianDigits(QString::number(pages))));
}

} // namespace

TEST_CASE("a 1000-line invoice paginates with the header row and footer on every page", "[documents][pagination]")
{
    const Printable p = test::longDocument(1000);
    const RenderOptions options;
    auto bytes = DocumentRenderer(options).pdf(p);
    REQUIRE(bytes);
    const int pages = pagesOf(p, options);
    // A4 portrait holds some 30 to 45 one-line rows per page.
    CHECK(pages >= 1000 / 45);
    CHECK(pages <= 1000 / 30 + 2);
    if (!havePdftotext())
        return;
    const PdfFile file(*bytes);
    const QString header = comparable(u8("شرح کالا یا خدمات"));
    int nextRow = 1;
    for (int page = 1; page <= pages; ++page) {
        INFO("page " << page);
        const QString text = comparable(file.text(page));
        CHECK(text.contains(persianPage(page, pages)));
        CHECK(text.contains(QStringLiteral("INV-1404-0042")));
        // Each page with rows starts with the repeated header row; the rows
        // follow on from the previous page, none lost, none doubled.
        const int firstRow = nextRow;
        while (nextRow <= 1000 && text.contains(QStringLiteral("K-%1").arg(nextRow, 4, 10, QLatin1Char('0'))))
            ++nextRow;
        if (nextRow > firstRow)
            CHECK(text.count(header) == 1);
        CHECK_FALSE(text.contains(QStringLiteral("K-%1").arg(nextRow + 1, 4, 10, QLatin1Char('0'))));
        if (page == 1)
            CHECK(text.contains(comparable(u8("صورتحساب فروش کالا و خدمات"))));
        else
            CHECK_FALSE(text.contains(comparable(u8("مشخصات فروشنده"))));
    }
    CHECK(nextRow == 1001);
    const QString last = comparable(file.text(pages));
    CHECK(last.contains(comparable(u8("جمع کل قابل پرداخت"))));
    CHECK(last.contains(comparable(u8("مهر و امضای خریدار"))));
}

TEST_CASE("the closing part (totals to signatures) is never split over two pages", "[documents][pagination]")
{
    if (!havePdftotext())
        return;
    // Some of these lengths put the page break inside the closing part.
    int moved = 0;
    for (int lines = 14; lines <= 40; lines += 2) {
        const Printable p = test::longDocument(lines, sales::DocumentType::Quote);
        auto bytes = DocumentRenderer(RenderOptions {}).pdf(p);
        REQUIRE(bytes);
        const PdfFile file(*bytes);
        const int pages = pagesOf(p, RenderOptions {});
        INFO(lines << " lines, " << pages << " pages");
        const QString last = comparable(file.text(pages));
        CHECK(last.contains(comparable(u8("مبلغ به حروف"))));
        CHECK(last.contains(comparable(u8("جمع مبالغ"))));
        CHECK(last.contains(comparable(u8("مهر و امضای خریدار"))));
        if (pages > 1 && !last.contains(QStringLiteral("K-")))
            ++moved;
    }
    CHECK(moved > 0);  // the case was exercised
}

TEST_CASE("English pages are numbered in English", "[documents][pagination]")
{
    RenderOptions options;
    options.language = DocumentLanguage::English;
    options.paper = Paper::A5;
    const Printable p = test::longDocument(120);
    auto bytes = DocumentRenderer(options).pdf(p);
    REQUIRE(bytes);
    const int pages = pagesOf(p, options);
    CHECK(pages > 3);
    if (!havePdftotext())
        return;
    const PdfFile file(*bytes);
    for (int page = 1; page <= pages; ++page) {
        INFO("page " << page);
        CHECK(comparable(file.text(page)).contains(comparable(QStringLiteral("Page %1 of %2").arg(page).arg(pages))));
    }
}
