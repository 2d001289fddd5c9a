#include "ReportPdf.h"

#include "ReportChartPainter.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QTextCursor>
#include <QTextOption>
#include <QUrl>

#include <algorithm>

namespace peyvand::documents {

namespace {

struct ReportPdfText {
    Q_DECLARE_TR_FUNCTIONS(ReportPdf)
};

constexpr int kPdfResolution = 300;
constexpr QSize kChartSize(640, 300);

text::jalali::Language jalaliLanguage(DocumentLanguage language)
{
    return language == DocumentLanguage::Persian ? text::jalali::Language::Persian : text::jalali::Language::English;
}

bool isNumeric(reports::ColumnKind kind)
{
    switch (kind) {
    case reports::ColumnKind::Money:
    case reports::ColumnKind::Count:
    case reports::ColumnKind::Quantity:
    case reports::ColumnKind::PerMille:
    case reports::ColumnKind::Days:
        return true;
    default:
        return false;
    }
}

QString chartUrl(int index) { return QStringLiteral("chart:%1").arg(index); }

QString periodLine(const reports::Report& report, text::jalali::Language language)
{
    const auto script = language == text::jalali::Language::Persian ? text::DigitScript::Persian : text::DigitScript::Latin;
    const QString asOf = text::jalali::formatNumeric(report.asOf, script);
    if (!report.range.isValid())
        return ReportPdfText::tr("As of %1").arg(asOf);
    const QString from = text::jalali::formatNumeric(report.range.from, script);
    const QString to = text::jalali::formatNumeric(report.range.to, script);
    QString line = ReportPdfText::tr("From %1 to %2").arg(from, to);
    if (report.grouping)
        line += QStringLiteral(" · ") + reports::displayName(*report.grouping);
    return line + QStringLiteral(" · ") + ReportPdfText::tr("as of %1").arg(asOf);
}

QString tableHtml(const reports::ReportTable& table, const reports::CellFormat& format, Qt::LayoutDirection direction)
{
    const QString start = direction == Qt::RightToLeft ? QStringLiteral("right") : QStringLiteral("left");
    const QString end = direction == Qt::RightToLeft ? QStringLiteral("left") : QStringLiteral("right");
    QList<int> visible;
    for (int i = 0; i < table.columns.size(); ++i) {
        if (!table.columns.at(i).hidden)
            visible << i;
    }
    // QTextDocument lays table cells out left to right whatever the
    // direction (as RenderFormat::row knows): Persian reverses the order.
    if (direction == Qt::RightToLeft)
        std::reverse(visible.begin(), visible.end());
    QString html = QStringLiteral("<h3>%1</h3>").arg(table.title.toHtmlEscaped());
    if (table.rows.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(ReportPdfText::tr("Nothing in this period.").toHtmlEscaped());
        return html;
    }
    html += QStringLiteral("<table width=\"100%\" border=\"0.5\" cellspacing=\"0\" cellpadding=\"3\" style=\"border-color:#999;\"><thead><tr>");
    for (int i : visible) {
        html += QStringLiteral("<th bgcolor=\"#e8eef5\" align=\"%1\">%2</th>")
                    .arg(isNumeric(table.columns.at(i).kind) ? end : start, table.columns.at(i).title.toHtmlEscaped());
    }
    html += QStringLiteral("</tr></thead>");
    auto rowHtml = [&](const QList<reports::ReportCell>& row, bool bold) {
        QString out = QStringLiteral("<tr>");
        for (int i : visible) {
            const reports::ColumnKind kind = table.columns.at(i).kind;
            QString text = reports::formatCell(row.value(i), kind, format).toHtmlEscaped();
            if (bold)
                text = QStringLiteral("<b>%1</b>").arg(text);
            out += QStringLiteral("<td align=\"%1\">%2</td>").arg(isNumeric(kind) ? end : start, text);
        }
        return out + QStringLiteral("</tr>");
    };
    for (const auto& row : table.rows)
        html += rowHtml(row, false);
    if (table.totals)
        html += rowHtml(*table.totals, true);
    return html + QStringLiteral("</table>");
}

} // namespace

QString reportHtml(const reports::Report& report, const ReportPdfOptions& options)
{
    const auto language = jalaliLanguage(options.language);
    const Qt::LayoutDirection direction = options.language == DocumentLanguage::Persian ? Qt::RightToLeft : Qt::LeftToRight;
    const reports::CellFormat format { language, options.displayToman, false };
    QString html = QStringLiteral("<html dir=\"%1\"><body style=\"font-family:Vazirmatn; font-size:9pt;\">")
                       .arg(direction == Qt::RightToLeft ? QStringLiteral("rtl") : QStringLiteral("ltr"));
    if (!options.companyName.isEmpty())
        html += QStringLiteral("<p style=\"color:#555;\">%1</p>").arg(options.companyName.toHtmlEscaped());
    html += QStringLiteral("<h1 style=\"font-size:15pt;\">%1</h1>").arg(report.title.toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>").arg(periodLine(report, language).toHtmlEscaped());
    if (options.displayToman)
        html += QStringLiteral("<p>%1</p>").arg(ReportPdfText::tr("Amounts in Toman.").toHtmlEscaped());
    else
        html += QStringLiteral("<p>%1</p>").arg(ReportPdfText::tr("Amounts in Rial.").toHtmlEscaped());

    if (!report.figures.isEmpty()) {
        QList<reports::ReportFigure> figures = report.figures;
        if (direction == Qt::RightToLeft)
            std::reverse(figures.begin(), figures.end());
        html += QStringLiteral("<table align=\"%1\" cellspacing=\"6\" cellpadding=\"4\"><tr>")
                    .arg(direction == Qt::RightToLeft ? QStringLiteral("right") : QStringLiteral("left"));
        for (const reports::ReportFigure& figure : figures) {
            html += QStringLiteral("<td bgcolor=\"#f2f5f9\">%1<br/><b style=\"font-size:12pt;\">%2</b></td>")
                        .arg(figure.title.toHtmlEscaped(), reports::formatCell(figure.value, figure.kind, format).toHtmlEscaped());
        }
        html += QStringLiteral("</tr></table>");
    }
    for (int i = 0; i < report.charts.size(); ++i) {
        if (ReportChartPainter(report, report.charts.at(i), language).isEmpty())
            continue;
        html += QStringLiteral("<p align=\"center\"><img src=\"%1\" width=\"%2\" height=\"%3\"/></p>")
                    .arg(chartUrl(i)).arg(kChartSize.width()).arg(kChartSize.height());
    }
    for (const reports::ReportTable& table : report.tables)
        html += tableHtml(table, format, direction);
    if (!report.notes.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3>").arg(ReportPdfText::tr("How this report is computed").toHtmlEscaped());
        for (const QString& note : report.notes)
            html += QStringLiteral("<p style=\"font-size:8pt;\">%1</p>").arg(note.toHtmlEscaped());
    }
    return html + QStringLiteral("</body></html>");
}

Result<QByteArray> reportPdf(const reports::Report& report, const ReportPdfOptions& options)
{
    if (Status fonts = DocumentRenderer::registerFonts(); !fonts)
        return fonts.error();
    const auto language = jalaliLanguage(options.language);
    QTextDocument document;
    QFont font(QStringLiteral("Vazirmatn"));
    font.setPointSizeF(9);
    document.setDefaultFont(font);
    QTextOption textOption = document.defaultTextOption();
    textOption.setTextDirection(options.language == DocumentLanguage::Persian ? Qt::RightToLeft : Qt::LeftToRight);
    document.setDefaultTextOption(textOption);
    for (int i = 0; i < report.charts.size(); ++i) {
        const ReportChartPainter painter(report, report.charts.at(i), language);
        if (!painter.isEmpty())
            document.addResource(QTextDocument::ImageResource, QUrl(chartUrl(i)), painter.image(kChartSize));
    }
    // Inserted (not setHtml) so that tables take the default direction: in
    // Persian their first column is on the right, as in the invoice layout.
    QTextCursor cursor(&document);
    cursor.insertHtml(reportHtml(report, options));

    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(kPdfResolution);
        writer.setCreator(QStringLiteral("Peyvand"));
        writer.setTitle(report.title);
        const QPageSize size(options.paper == Paper::A5 ? QPageSize::A5 : QPageSize::A4);
        writer.setPageLayout(QPageLayout(size, options.orientation, QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter));
        document.print(&writer);
    }
    if (bytes.isEmpty())
        return Error::make(ErrorCode::Io, ReportPdfText::tr("Could not lay out the report."));
    return bytes;
}

Status writeReportPdf(const reports::Report& report, const ReportPdfOptions& options, const QString& path)
{
    auto bytes = reportPdf(report, options);
    if (!bytes)
        return bytes.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size() || !file.commit())
        return Error::make(ErrorCode::Io, ReportPdfText::tr("Could not write the PDF file."),
                           path + QStringLiteral(": ") + file.errorString());
    return {};
}

} // namespace peyvand::documents
