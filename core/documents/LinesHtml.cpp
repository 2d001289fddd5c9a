#include "LinesHtml.h"

#include <array>

using namespace Qt::StringLiterals;

namespace peyvand::documents {

namespace {

// Relative widths of the 11 columns, in percent of the table.
constexpr std::array<int, 11> kColumnWidths = { 4, 7, 21, 7, 6, 9, 9, 8, 10, 8, 11 };

// Figures are centred; descriptions (text = true) start at the reading side.
QString cell(const QString& html, bool text = false)
{
    return (text ? u"<td>"_s : u"<td align=\"center\">"_s) + html + u"</td>"_s;
}

QString moneyCell(Money amount, const RenderFormat& format) { return cell(format.money(amount)); }

QString headerRow(const RenderFormat& format)
{
    const Labels& l = format.labels();
    const std::array<const QString*, 11> titles = { &l.rowNumber, &l.code,      &l.description, &l.quantity,
                                                    &l.unit,      &l.unitPrice, &l.amount,      &l.discount,
                                                    &l.afterDiscount, &l.tax,   &l.total };
    QStringList cells;
    for (std::size_t i = 0; i < titles.size(); ++i)
        cells << u"<th width=\"%1%\">"_s.arg(kColumnWidths[i]) + escapeHtml(*titles[i]) + u"</th>"_s;
    return u"<thead>"_s + format.row(cells) + u"</thead>"_s;
}

QString discountHtml(const sales::DocumentLine& line, const RenderFormat& format)
{
    const Money total = Money::fromRial(line.computed.lineDiscount.rial() + line.computed.documentDiscount.rial());
    QString html = format.money(total);
    if (line.discount.kind == sales::Discount::Kind::Percent && line.discount.percent.value > 0)
        html += u"<br><span class=\"sm\">"_s + format.percent(line.discount.percent) + u"</span>"_s;
    return html;
}

QString descriptionHtml(const QString& description, const QString& serial, const RenderFormat& format)
{
    QString html = format.userText(description);
    if (!serial.isEmpty())
        html += u"<br><span class=\"sm\">"_s
            + escapeHtml(format.labels().serial).arg(format.identifier(serial)) + u"</span>"_s;
    return html;
}

QString lineRow(int number, const sales::DocumentLine& line, const RenderFormat& format)
{
    const sales::LineTotals& t = line.computed;
    return format.row({ cell(format.integer(number)), cell(format.identifier(line.code)),
                        cell(descriptionHtml(line.description, line.serial, format), true),
                        cell(format.quantity(line.quantity)), cell(format.userText(line.unit)),
                        moneyCell(line.unitPrice, format), moneyCell(t.gross, format), cell(discountHtml(line, format)),
                        moneyCell(t.net, format), moneyCell(Money::fromRial(t.vat.rial() + t.duty.rial()), format),
                        moneyCell(t.total, format) });
}

QString additionRow(const sales::DocumentAddition& addition, const RenderFormat& format)
{
    const sales::LineTotals& t = addition.computed;
    const QString empty = cell({});
    return format.row({ empty, empty, cell(format.userText(addition.description), true), empty, empty, empty,
                        moneyCell(addition.amount, format), empty, moneyCell(t.net, format),
                        moneyCell(Money::fromRial(t.vat.rial() + t.duty.rial()), format), moneyCell(t.total, format) });
}

} // namespace

QString linesTableHtml(const sales::Document& document, const RenderFormat& format)
{
    QString html;
    html.reserve(400 + 600 * int(document.lines.size() + document.additions.size()));
    html += u"<p class=\"unit\">"_s + escapeHtml(format.labels().amountsIn.arg(format.unitName())) + u"</p>"_s;
    html += u"<table class=\"lines\" width=\"100%\" border=\"1\" cellspacing=\"-1\" cellpadding=\"2\">"_s;
    html += headerRow(format);
    int number = 0;
    for (const sales::DocumentLine& line : document.lines)
        html += lineRow(++number, line, format);
    for (const sales::DocumentAddition& addition : document.additions)
        html += additionRow(addition, format);
    return html + u"</table>"_s;
}

} // namespace peyvand::documents
