#pragma once

#include "DocumentRenderer.h"
#include "common/Result.h"
#include "reports/Report.h"

#include <QByteArray>
#include <QString>

namespace peyvand::documents {

struct ReportPdfOptions {
    DocumentLanguage language = DocumentLanguage::Persian; // Persian: RTL, Jalali, Persian digits
    Paper paper = Paper::A4;
    QPageLayout::Orientation orientation = QPageLayout::Portrait;
    bool displayToman = false;
    QString companyName;     // printed above the title when given
};

// A whole report as a PDF: the company and title, the period, the headline
// figures, every chart (drawn by ReportChartPainter), every table (hidden
// columns left out, header repeated on each page, totals in bold) and the
// notes on the method; page numbers in the footer. Needs a QGuiApplication.
Result<QByteArray> reportPdf(const reports::Report& report, const ReportPdfOptions& options);
Status writeReportPdf(const reports::Report& report, const ReportPdfOptions& options, const QString& path);

// The HTML the PDF is laid out from (tests read it).
QString reportHtml(const reports::Report& report, const ReportPdfOptions& options);

} // namespace peyvand::documents
