#pragma once

#include "reports/Report.h"

#include <QImage>
#include <QSize>

namespace peyvand::documents {

// Draws a report's chart with QPainter alone (core has no Qt Charts), for
// the PDF of a report: bars, stacked bars, lines, pie and donut, and a line
// with its band. Labels in the language's digits and month names; the
// category axis runs left to right in both languages, like the GUI's charts.
class ReportChartPainter final {
public:
    ReportChartPainter(const reports::Report& report, const reports::ReportChart& chart, text::jalali::Language language);

    // Nothing to draw: the table is missing or empty, or no value is non-zero.
    bool isEmpty() const;
    QImage image(QSize size, qreal scale = 2.0) const;

private:
    struct Series {
        QString name;
        QList<qint64> values;
        QList<bool> present;   // false for empty cells: lines leave a gap

    };
    void drawPie(QPainter& painter, const QRectF& area) const;
    void drawAxes(QPainter& painter, const QRectF& area, qint64 low, qint64 high) const;
    void drawBars(QPainter& painter, const QRectF& plot, qint64 low, qint64 high, bool stacked) const;
    void drawLines(QPainter& painter, const QRectF& plot, qint64 low, qint64 high) const;
    void drawBand(QPainter& painter, const QRectF& plot, qint64 low, qint64 high) const;
    void drawLegend(QPainter& painter, const QRectF& area) const;
    QString valueText(qint64 value) const;

    const reports::Report& m_report;
    reports::ReportChart m_chart;
    text::jalali::Language m_language;
    QStringList m_categories;
    QList<Series> m_series;
    QList<qint64> m_low;
    QList<qint64> m_high;
    reports::ColumnKind m_valueKind = reports::ColumnKind::Money;
};

} // namespace peyvand::documents
