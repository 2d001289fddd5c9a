#include "SampleDocuments.h"
#include "TestSupport.h"

#include "documents/GlyphText.h"
#include "documents/PdfToUnicode.h"

#include <QFont>
#include <QRawFont>

using namespace peyvand;
using namespace peyvand::documents;

namespace {

FontGlyphs vazirmatnGlyphs()
{
    QFont font(QStringLiteral("Vazirmatn"));
    font.setPixelSize(20);
    FontGlyphs glyphs;
    glyphs.font = QRawFont::fromFont(font);
    glyphs.postScriptName = postScriptName(glyphs.font);
    glyphs.glyphs = { 1000, 1001 };
    glyphs.texts = { QStringLiteral("\u062A"), QStringLiteral("\u06CC") };
    return glyphs;
}

} // namespace

TEST_CASE("the PostScript name comes from the font's name table", "[documents][tounicode]")
{
    QFont regular(QStringLiteral("Vazirmatn"));
    CHECK(postScriptName(QRawFont::fromFont(regular)) == QStringLiteral("Vazirmatn-Regular"));
    QFont bold = regular;
    bold.setBold(true);
    CHECK(postScriptName(QRawFont::fromFont(bold)) == QStringLiteral("Vazirmatn-Bold"));
    CHECK(postScriptName(QRawFont()).isEmpty());
}

TEST_CASE("addMissingToUnicode leaves what it does not understand alone", "[documents][tounicode]")
{
    const QList<FontGlyphs> fonts = { vazirmatnGlyphs() };
    for (const QByteArray& junk : { QByteArray(), QByteArray("%PDF-1.4\nnot really"),
                                    QByteArray("%PDF-1.4\nstartxref\n999999\n%%EOF\n"),
                                    QByteArray("%PDF-1.4\nstartxref\n0\n%%EOF\n") })
        CHECK(addMissingToUnicode(junk, fonts) == junk);
    const auto pdf = DocumentRenderer(RenderOptions {}).pdf(test::sampleQuote());
    REQUIRE(pdf);
    CHECK(addMissingToUnicode(*pdf, {}) == *pdf);
    // Already updated once (has /Prev): not what QPdfWriter writes.
    CHECK(addMissingToUnicode(*pdf, fonts) == *pdf);
}

TEST_CASE("rendered PDFs carry the added text maps as an incremental update", "[documents][tounicode]")
{
    const auto pdf = DocumentRenderer(RenderOptions {}).pdf(test::sampleQuote());
    REQUIRE(pdf);
    CHECK(pdf->count("%%EOF") == 2);
    CHECK(pdf->count("startxref") == 2);
    CHECK(pdf->contains("/Prev "));
    CHECK(pdf->contains("beginbfchar"));
}

TEST_CASE("a font whose first ids are already mapped is not patched", "[documents][tounicode]")
{
    // English text in Vazirmatn needs no alternate glyphs: nothing is primed,
    // the ids 1..n are Qt's own, and a patch claiming them must be refused.
    Printable p = test::sampleQuote();
    p.document.seller = {};
    p.document.buyer = {};
    p.document.lines.resize(1);
    p.document.lines[0].description = QStringLiteral("Cable");
    p.document.lines[0].unit = QStringLiteral("pcs");
    p.document.additions.clear();
    p.document.description.clear();
    p.document.paymentNote.clear();
    p.document.marketer.clear();
    RenderOptions options;
    options.language = DocumentLanguage::English;
    const auto pdf = DocumentRenderer(options).pdf(p);
    REQUIRE(pdf);
    CHECK(pdf->count("%%EOF") == 1);
    CHECK(addMissingToUnicode(*pdf, { vazirmatnGlyphs() }) == *pdf);
}
