#include "DocumentHtml.h"

#include "LinesHtml.h"
#include "RenderFormat.h"

using namespace Qt::StringLiterals;

namespace peyvand::documents {

namespace {

const auto kBorderedTable = u"border=\"1\" cellspacing=\"-1\" cellpadding=\"3\""_s;

QString styleSheet(const PageStyle& s)
{
    return u"<style>"
           "body { font-family: 'Vazirmatn'; font-size: %1pt; }"
           "table.lines { font-size: %2pt; }"
           "table { border-color: #666666; border-style: solid; }"
           "th { background-color: #e8e8e8; font-weight: bold; }"
           ".sm { font-size: %3pt; }"
           ".unit { font-size: %3pt; }"
           ".title { font-size: %4pt; font-weight: bold; }"
           ".brand { font-size: %5pt; font-weight: bold; }"
           ".warn { font-size: %2pt; font-weight: bold; }"
           ".head { background-color: #e8e8e8; font-weight: bold; }"
           ".grand { background-color: #e8e8e8; font-weight: bold; }"
           ".gap { font-size: 3pt; margin: 0px; }"
           "</style>"_s.arg(s.bodyPt)
        .arg(s.tablePt)
        .arg(s.smallPt)
        .arg(s.titlePt)
        .arg(s.titlePt * 0.75);
}

// A cell; attributes such as colspan="2" or width="30%" go in `attributes`.
QString td(const QString& html, const QString& attributes = {})
{
    return (attributes.isEmpty() ? u"<td>"_s : u"<td "_s + attributes + u'>') + html + u"</td>"_s;
}

QString labelled(const QString& label, const QString& valueHtml)
{
    return u"<b>"_s + escapeHtml(label) + u":</b> "_s + valueHtml;
}

QString copyLabel(CopyLabel copy, const Labels& l)
{
    switch (copy) {
    case CopyLabel::None:
        return {};
    case CopyLabel::Customer:
        return l.customerCopy;
    case CopyLabel::Accounting:
        return l.accountingCopy;
    case CopyLabel::Archive:
        return l.archiveCopy;
    }
    return {};
}

QString metaTable(const sales::Document& d, const RenderFormat& f)
{
    const Labels& l = f.labels();
    const auto metaRow = [&f](const QString& label, const QString& valueHtml) {
        return f.row({ td(escapeHtml(label), u"class=\"head\""_s), td(valueHtml, u"align=\"center\""_s) });
    };
    QString rows = metaRow(l.number, d.number.isEmpty() ? escapeHtml(l.draft) : f.identifier(d.number));
    rows += metaRow(l.issueDate, escapeHtml(f.date(d.issueDate)));
    if (d.type == sales::DocumentType::Quote && d.validUntil.isValid())
        rows += metaRow(l.validUntil, escapeHtml(f.date(d.validUntil)));
    if (!d.outgoingNumber.isEmpty())
        rows += metaRow(l.outgoingNumber, f.identifier(d.outgoingNumber));
    if (!d.remittanceNumber.isEmpty())
        rows += metaRow(l.remittanceNumber, f.identifier(d.remittanceNumber));
    if (!d.marketer.isEmpty())
        rows += metaRow(l.marketer, f.userText(d.marketer));
    return u"<table width=\"100%\" class=\"sm\" "_s + kBorderedTable + u'>' + rows + u"</table>"_s;
}

// Logo (or the seller's name) · title, copy label and the pre-invoice notice · number and dates.
QString headerHtml(const Printable& p, const RenderOptions& options, const PageStyle& s, bool hasLogo,
                   const RenderFormat& f)
{
    const sales::Document& d = p.document;
    const Labels& l = f.labels();
    const QString title = printedTitle(d, l);
    const QString brand = hasLogo
        ? u"<img src=\"%1\" height=\"%2\">"_s.arg(QLatin1String(kLogoUrl)).arg(s.logoPx)
        : u"<span class=\"brand\">"_s + f.userText(d.seller.name) + u"</span>"_s;

    QString middle = u"<p class=\"title\" align=\"center\">"_s + f.userText(title) + u"</p>"_s;
    const QString copy = copyLabel(options.copy, l);
    if (!copy.isEmpty())
        middle += u"<table align=\"center\" class=\"sm\" "_s + kBorderedTable + u"><tr><td>"_s + escapeHtml(copy)
            + u"</td></tr></table>"_s;
    if (d.type == sales::DocumentType::Quote)
        middle += u"<p class=\"warn\" align=\"center\">"_s + escapeHtml(l.notTaxInvoice) + u"</p>"_s;

    return u"<table width=\"100%\" border=\"0\" cellspacing=\"0\" cellpadding=\"2\">"_s
        + f.row({ td(brand, u"width=\"28%\" valign=\"middle\""_s), td(middle, u"width=\"42%\" valign=\"middle\""_s),
                  td(metaTable(d, f), u"width=\"30%\" valign=\"top\""_s) })
        + u"</table>"_s;
}

// The party block of the form: name, economic code, national ID and
// registration number, postal code, address, phone. Three cells a row, or
// two on narrow paper.
QString partyHtml(const QString& heading, const sales::Party& party, int columns, const RenderFormat& f)
{
    const Labels& l = f.labels();
    const QString name = labelled(l.name, f.userText(party.name));
    const QString economic = labelled(l.economicCode, f.identifier(party.economicCode));
    const QString national = labelled(l.nationalId, f.identifier(party.nationalId));
    const QString registration = labelled(l.registrationNumber, f.identifier(party.registrationNumber));
    const QString postal = labelled(l.postalCode, f.identifier(party.postalCode));
    const QString phone = labelled(l.phone, f.identifier(party.phone));
    const QString address = labelled(l.address, f.userText(party.address));

    QString rows = f.row({ td(escapeHtml(heading), u"class=\"head\" colspan=\"%1\""_s.arg(columns)) });
    const QString span2 = u"colspan=\"2\""_s;
    if (columns >= 3) {
        rows += f.row({ td(name, span2), td(economic) });
        rows += f.row({ td(national, u"width=\"34%\""_s), td(registration, u"width=\"33%\""_s),
                        td(postal, u"width=\"33%\""_s) });
        rows += f.row({ td(address, span2), td(phone) });
    } else {
        rows += f.row({ td(name, span2) });
        rows += f.row({ td(economic, u"width=\"50%\""_s), td(national, u"width=\"50%\""_s) });
        rows += f.row({ td(registration), td(postal) });
        rows += f.row({ td(address), td(phone) });
    }
    return u"<table width=\"100%\" "_s + kBorderedTable + u'>' + rows + u"</table>"_s;
}

QString totalsTable(const sales::Document& d, const RenderFormat& f)
{
    const Labels& l = f.labels();
    const auto totalRow = [&f](const QString& label, Money amount, bool grand = false) {
        const QString cls = grand ? u"class=\"grand\" "_s : QString();
        return f.row({ td(label, cls.trimmed()), td(escapeHtml(f.money(amount)), cls + u"align=\"center\""_s) });
    };
    QString rows = totalRow(escapeHtml(l.sumOfAmounts), d.grossTotal);
    rows += totalRow(escapeHtml(l.discounts), d.discountTotal);
    rows += totalRow(escapeHtml(l.netOfDiscount), Money::fromRial(d.grossTotal.rial() - d.discountTotal.rial()));
    for (const sales::DocumentAddition& addition : d.additions)
        rows += totalRow(f.userText(addition.description), addition.amount);
    rows += totalRow(escapeHtml(l.vat.arg(f.percent(d.rates.vat))), d.vatTotal);
    rows += totalRow(escapeHtml(l.duty.arg(f.percent(d.rates.duty))), d.dutyTotal);
    rows += totalRow(escapeHtml(l.grandTotal + u" ("_s + f.unitName() + u')'), d.grandTotal, true);
    return u"<table width=\"100%\" "_s + kBorderedTable + u'>' + rows + u"</table>"_s;
}

// Amount in words, payment terms, description and terms.
QString termsTable(const sales::Document& d, const RenderFormat& f)
{
    const Labels& l = f.labels();
    QString rows = f.row({ td(labelled(l.amountInWords, escapeHtml(f.amountInWords(d.grandTotal)))) });
    QString terms = escapeHtml(d.paymentTerms == sales::PaymentTerms::Cash ? l.cash : l.credit);
    if (!d.paymentNote.trimmed().isEmpty())
        terms += u" \u2014 "_s + f.userText(d.paymentNote.trimmed());
    rows += f.row({ td(labelled(l.paymentTerms, terms)) });
    const QString notes = d.description.trimmed();
    if (!notes.isEmpty()) {
        // User text keeps its own direction: Persian notes on an English printout read right to left.
        const QString dir = notes.isRightToLeft() ? u"rtl"_s : u"ltr"_s;
        rows += f.row({ td(u"<b>"_s + escapeHtml(l.notes) + u":</b><p dir=\""_s + dir + u"\">"_s
                           + escapeHtml(f.textDigits(notes))
                           + u"</p>"_s) });
    }
    return u"<table width=\"100%\" "_s + kBorderedTable + u'>' + rows + u"</table>"_s;
}

// An empty paragraph `pixels` high (CSS pixels; a top margin, since Qt drops
// the bottom margin of a cell's last block).
QString spacer(int pixels) { return u"<p style=\"margin-top: %1px\">&nbsp;</p>"_s.arg(pixels); }

// A thin vertical gap between two tables (table margins are lost when the
// HTML is inserted through a cursor).
QString gap() { return u"<p class=\"gap\">&nbsp;</p>"_s; }

QString signatureCell(const QString& label, const QString& imageHtml, int boxPixels)
{
    QString html = u"<p align=\"center\"><b>"_s + escapeHtml(label) + u"</b></p>"_s;
    if (!imageHtml.isEmpty())
        html += u"<p align=\"center\">"_s + imageHtml + u"</p>"_s;
    else
        html += spacer(boxPixels);
    return td(html, u"width=\"50%\" valign=\"top\""_s);
}

// Totals, words and terms, then the stamp boxes: one table, so that the
// paginator can keep it on one page.
QString closingHtml(const Printable& p, const PageStyle& s, bool hasStamp, const RenderFormat& f)
{
    const Labels& l = f.labels();
    const QString stamp = hasStamp
        ? u"<img src=\"%1\" height=\"%2\">"_s.arg(QLatin1String(kStampUrl)).arg(s.signaturePx)
        : QString();
    const QString signatures = u"<table width=\"100%\" "_s + kBorderedTable + u'>'
        + f.row({ signatureCell(l.sellerSignature, stamp, s.signaturePx),
                  signatureCell(l.buyerSignature, {}, s.signaturePx) })
        + u"</table>"_s;
    return gap() + u"<table width=\"100%\" border=\"0\" cellspacing=\"0\" cellpadding=\"0\">"_s
        + f.row({ td(termsTable(p.document, f), u"width=\"58%\" valign=\"top\""_s), td({}, u"width=\"2%\""_s),
                  td(totalsTable(p.document, f), u"width=\"40%\" valign=\"top\""_s) })
        + f.row({ td(gap() + signatures, u"colspan=\"3\""_s) })
        + u"</table>"_s;
}

} // namespace

PageStyle pageStyleFor(const RenderOptions& options)
{
    const bool landscape = options.orientation == QPageLayout::Landscape;
    PageStyle s;  // A4 portrait
    if (landscape) {
        // Wide and short: seller and buyer side by side, two cells a row.
        s.partiesSideBySide = true;
        s.partyColumns = 2;
        s.signaturePx = 50;
    }
    if (options.paper == Paper::A4)
        return s;
    s.marginMm = 8;
    s.footerPt = 6;
    s.logoPx = 50;
    if (landscape) {
        s.bodyPt = 7.5;
        s.tablePt = 6.5;
        s.smallPt = 5.5;
        s.titlePt = 11;
        s.signaturePx = 50;
    } else {
        s.bodyPt = 6.5;
        s.tablePt = 5.2;
        s.smallPt = 4.8;
        s.titlePt = 10;
        s.signaturePx = 50;
    }
    return s;
}

QString documentHtml(const Printable& printable, const RenderOptions& options, const HtmlImages& images)
{
    const PageStyle style = pageStyleFor(options);
    const RenderFormat format(options);
    const Labels& l = format.labels();
    QString html = u"<html><head>"_s + styleSheet(style) + u"</head><body dir=\""_s
        + (format.persian() ? u"rtl"_s : u"ltr"_s) + u"\">"_s;
    html += headerHtml(printable, options, style, images.logo, format);
    const QString seller = partyHtml(l.seller, printable.document.seller, style.partyColumns, format);
    const QString buyer = partyHtml(l.buyer, printable.document.buyer, style.partyColumns, format);
    if (style.partiesSideBySide)
        html += gap() + u"<table width=\"100%\" border=\"0\" cellspacing=\"0\" cellpadding=\"0\">"_s
            + format.row({ td(seller, u"width=\"49%\" valign=\"top\""_s), td({}, u"width=\"2%\""_s),
                           td(buyer, u"width=\"49%\" valign=\"top\""_s) })
            + u"</table>"_s;
    else
        html += gap() + seller + gap() + buyer;
    html += linesTableHtml(printable.document, format);
    html += closingHtml(printable, style, images.stamp, format);
    return html + u"</body></html>"_s;
}

QString footerHtml(const QString& number, int page, int pages, const RenderOptions& options)
{
    const RenderFormat f(options);
    const Labels& l = f.labels();
    const QString numberText = l.number + u": "_s + leftToRight(number.isEmpty() ? l.draft : number);
    const QString pageText = l.page.arg(f.integer(page), f.integer(pages));
    return u"<body dir=\""_s + (f.persian() ? u"rtl"_s : u"ltr"_s)
        + u"\"><table width=\"100%\" border=\"0\" cellspacing=\"0\" cellpadding=\"0\">"_s
        + f.row({ td(escapeHtml(numberText), u"width=\"50%\""_s),
                  td(escapeHtml(pageText), u"width=\"50%\" align=\""_s + (f.persian() ? u"left"_s : u"right"_s) + u'"') })
        + u"</table></body>"_s;
}

} // namespace peyvand::documents
