#pragma once

#include "reports/Report.h"

#include <QChartView>
#include <QList>

namespace peyvand::ui {

// A QChart drawn from one chart of a report: bars, stacked bars, lines, pie,
// donut, or a band (a line plus the area between low and high). Labels are
// in `language` (Persian digits and Jalali month names in Persian): value
// axes are QCategoryAxis with labels at round values, because QValueAxis
// prints Latin digits only.
QChart* buildReportChart(const reports::Report& report, const reports::ReportChart& chart,
                         text::jalali::Language language);

// About `count` round values covering [min, max] (1, 2 or 5 × 10^n apart), from at most 0.
QList<double> niceTicks(double min, double max, int count = 5);

// A chart view that shows the exact value under the mouse (tooltip and
// hoverText()) and saves itself as PNG. Always left to right, so that time
// runs left to right in Persian too.
class ReportChartView final : public QChartView {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportChartView)

public:
    ReportChartView(const reports::Report& report, const reports::ReportChart& chart,
                    text::jalali::Language language, QWidget* parent = nullptr);

    const reports::ReportChart& reportChart() const { return m_chart; }
    QString hoverText() const { return m_hoverText; }
    bool savePng(const QString& path);
    // What hovering item `index` of series `series` shows (for tests and the tooltip).
    QString valueText(int series, int index) const;

private:
    void connectHover();
    void showHover(const QString& text);

    reports::Report m_report;
    reports::ReportChart m_chart;
    text::jalali::Language m_language;
    QString m_hoverText;
};

} // namespace peyvand::ui
