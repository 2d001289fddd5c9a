#pragma once

#include "DocumentRenderer.h"

#include <QString>

namespace peyvand::documents {

// Sizes that depend on the paper: A5 portrait is narrow and gets smaller type.
struct PageStyle {
    double bodyPt = 9;
    double tablePt = 8;
    double smallPt = 7;
    double titlePt = 15;
    int partyColumns = 3;   // label/value pairs per row of the party blocks
    bool partiesSideBySide = false;
    int signaturePx = 70;   // height of the stamp boxes (CSS pixels, 96 per inch)
    int logoPx = 80;        // height of the logo
    double marginMm = 10;
    double footerPt = 7;
};

PageStyle pageStyleFor(const RenderOptions& options);

// URLs the HTML uses for the images; the renderer adds them as resources.
inline constexpr char kLogoUrl[] = "peyvand-image:logo";
inline constexpr char kStampUrl[] = "peyvand-image:stamp";

// Which images the renderer could load (and adds as resources).
struct HtmlImages {
    bool logo = false;
    bool stamp = false;
};

// The whole printout as HTML for QTextDocument (domain.md §3): header with
// logo, title, number and dates; seller and buyer blocks; the goods table;
// totals, amount in words, terms; stamp and signature boxes. The closing part
// (totals to signatures) is the last top-level table, kept on one page by the
// paginator.
QString documentHtml(const Printable& printable, const RenderOptions& options, const HtmlImages& images);
// The page footer: the document number and "page i of n".
QString footerHtml(const QString& number, int page, int pages, const RenderOptions& options);

} // namespace peyvand::documents
