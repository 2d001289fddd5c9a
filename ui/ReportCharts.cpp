#include "ReportCharts.h"

#include <QApplication>
#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QCursor>
#include <QLineSeries>
#include <QPieSeries>
#include <QStackedBarSeries>
#include <QToolTip>

#include <cmath>

namespace peyvand::ui {

using namespace reports;
using Language = text::jalali::Language;

namespace {

CellFormat formatFor(Language language)
{
    CellFormat format;
    format.language = language;
    return format;
}

const ReportTable* tableOf(const Report& report, const ReportChart& chart)
{
    if (chart.table < 0 || chart.table >= report.tables.size())
        return nullptr;
    return &report.tables.at(chart.table);
}

QStringList categoryLabels(const ReportTable& table, const ReportChart& chart, Language language)
{
    if (chart.categoryColumn < 0 || chart.categoryColumn >= table.columns.size())
        return {};
    QSet<int> years;
    for (const auto& row : table.rows) {
        const ReportCell cell = row.value(chart.categoryColumn);
        if (const auto* bucket = std::get_if<PeriodBucket>(&cell))
            if (auto j = text::jalali::fromGregorian(bucket->from))
                years.insert(j->year);
    }
    QStringList labels;
    const ColumnKind kind = table.columns.at(chart.categoryColumn).kind;
    for (const auto& row : table.rows) {
        const ReportCell cell = row.value(chart.categoryColumn);
        if (const auto* bucket = std::get_if<PeriodBucket>(&cell))
            labels << bucketShortLabel(*bucket, language, years.size() > 1 || bucket->grouping == Grouping::Year);
        else
            labels << formatCell(cell, kind, formatFor(language));
    }
    return labels;
}

QColor seriesColor(int index)
{
    static const QList<QColor> palette { QColor(0x0f766e), QColor(0xd97706), QColor(0x2563eb), QColor(0xe11d48),
                                         QColor(0x7c3aed), QColor(0x16a34a), QColor(0x475569), QColor(0x0891b2),
                                         QColor(0xea580c), QColor(0xdb2777) };
    return palette.at(index % palette.size());
}

double valueAt(const ReportTable& table, int row, int column)
{
    return double(cellNumber(table.rows.at(row).value(column)));
}

QFont chartFont(qreal scale = 1.0, bool bold = false)
{
    QFont font = QApplication::font();
    if (scale != 1.0)
        font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(bold);
    return font;
}

// A value axis whose labels are our own text at round values.
QCategoryAxis* valueAxis(double min, double max, ColumnKind kind, Language language)
{
    auto* axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const QList<double> ticks = niceTicks(min, max);
    for (double tick : ticks)
        axis->append(formatCell(qint64(std::llround(tick)), kind, formatFor(language)), tick);
    axis->setRange(ticks.isEmpty() ? 0 : ticks.first(), ticks.isEmpty() ? 1 : ticks.last());
    axis->setLabelsFont(chartFont(0.85));
    axis->setGridLineVisible(true);
    return axis;
}

QBarCategoryAxis* categoryAxis(const QStringList& labels)
{
    auto* axis = new QBarCategoryAxis;
    axis->append(labels);
    axis->setLabelsFont(chartFont(0.85));
    if (labels.size() > 12)
        axis->setLabelsAngle(-60);
    return axis;
}

void addBars(QChart* chart, const ReportTable& table, const ReportChart& spec, const QStringList& labels, Language language)
{
    QAbstractBarSeries* series = spec.kind == ChartKind::StackedBar ? static_cast<QAbstractBarSeries*>(new QStackedBarSeries)
                                                                   : new QBarSeries;
    double min = 0, max = 0;
    QList<double> stackedPos(table.rows.size(), 0.0), stackedNeg(table.rows.size(), 0.0);
    for (int column : spec.valueColumns) {
        auto* set = new QBarSet(table.columns.value(column).title);
        for (int r = 0; r < table.rows.size(); ++r) {
            const double v = valueAt(table, r, column);
            *set << v;
            if (spec.kind == ChartKind::StackedBar) {
                (v >= 0 ? stackedPos[r] : stackedNeg[r]) += v;
                max = std::max(max, stackedPos[r]);
                min = std::min(min, stackedNeg[r]);
            } else {
                max = std::max(max, v);
                min = std::min(min, v);
            }
        }
        set->setColor(seriesColor(int(series->count())));
        set->setBorderColor(set->color());
        series->append(set);
    }
    chart->addSeries(series);
    auto* x = categoryAxis(labels);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    const ColumnKind kind = spec.valueColumns.isEmpty() ? ColumnKind::Count : table.columns.value(spec.valueColumns.first()).kind;
    auto* y = valueAxis(min, max, kind, language);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
}

QLineSeries* lineOf(const ReportTable& table, int column)
{
    auto* line = new QLineSeries;
    line->setName(table.columns.value(column).title);
    // An empty cell (a forecast month has no actual sales, a past month no
    // forecast) is left out, not drawn as zero.
    for (int r = 0; r < table.rows.size(); ++r) {
        if (!std::holds_alternative<std::monostate>(table.rows.at(r).value(column)))
            line->append(r, valueAt(table, r, column));
    }
    return line;
}

void addLines(QChart* chart, const ReportTable& table, const ReportChart& spec, const QStringList& labels, Language language)
{
    QList<QAbstractSeries*> all;
    double min = 0, max = 0;
    const auto track = [&](int column) {
        for (int r = 0; r < table.rows.size(); ++r) {
            max = std::max(max, valueAt(table, r, column));
            min = std::min(min, valueAt(table, r, column));
        }
    };
    if (spec.kind == ChartKind::Band && spec.lowColumn >= 0 && spec.highColumn >= 0) {
        auto* low = lineOf(table, spec.lowColumn);
        auto* high = lineOf(table, spec.highColumn);
        auto* band = new QAreaSeries(high, low);
        band->setName(QStringLiteral("%1 – %2").arg(table.columns.value(spec.lowColumn).title, table.columns.value(spec.highColumn).title));
        QColor fill(0x0f, 0x76, 0x6e, 60);
        band->setBrush(fill);
        band->setPen(QPen(QColor(0x0f, 0x76, 0x6e, 120), 1));
        chart->addSeries(band);
        all << band;
        track(spec.lowColumn);
        track(spec.highColumn);
    }
    for (int column : spec.valueColumns) {
        auto* line = lineOf(table, column);
        line->setPointsVisible(table.rows.size() <= 24);
        QPen pen(seriesColor(int(spec.valueColumns.indexOf(column))));
        pen.setWidthF(2.5);
        line->setPen(pen);
        chart->addSeries(line);
        all << line;
        track(column);
    }
    auto* x = categoryAxis(labels);
    chart->addAxis(x, Qt::AlignBottom);
    const ColumnKind kind = spec.valueColumns.isEmpty() ? ColumnKind::Count : table.columns.value(spec.valueColumns.first()).kind;
    auto* y = valueAxis(min, max, kind, language);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries* series : all) {
        series->attachAxis(x);
        series->attachAxis(y);
    }
}

void addPie(QChart* chart, const ReportTable& table, const ReportChart& spec, const QStringList& labels, Language language)
{
    auto* pie = new QPieSeries;
    const int column = spec.valueColumns.value(0, -1);
    const ColumnKind kind = table.columns.value(column).kind;
    for (int r = 0; r < table.rows.size(); ++r) {
        const qint64 value = cellNumber(table.rows.at(r).value(column));
        if (value <= 0)
            continue;
        auto* slice = pie->append(QStringLiteral("%1: %2").arg(labels.value(r), formatCell(value, kind, formatFor(language))), double(value));
        slice->setLabelFont(chartFont(0.85));
        slice->setBrush(seriesColor(r));
        slice->setBorderColor(Qt::white);
    }
    if (spec.kind == ChartKind::Donut)
        pie->setHoleSize(0.45);
    pie->setPieSize(0.8);
    chart->addSeries(pie);
    chart->legend()->setAlignment(Qt::AlignRight);
}

} // namespace

QList<double> niceTicks(double min, double max, int count)
{
    min = std::min(min, 0.0);
    max = std::max(max, 0.0);
    if (max - min <= 0)
        max = min + 1;
    const double raw = (max - min) / std::max(1, count);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double step = magnitude;
    for (double m : { 1.0, 2.0, 5.0, 10.0 })
        if (m * magnitude >= raw) {
            step = m * magnitude;
            break;
        }
    step = std::max(step, 1.0);
    QList<double> ticks;
    for (double t = std::floor(min / step) * step; t < max + step * 0.999; t += step)
        ticks << t;
    return ticks;
}

QChart* buildReportChart(const Report& report, const ReportChart& spec, Language language)
{
    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setTitle(spec.title);
    chart->setTitleFont(chartFont(1.1, true));
    chart->legend()->setFont(chartFont(0.9));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    const ReportTable* table = tableOf(report, spec);
    if (!table)
        return chart;
    const QStringList labels = categoryLabels(*table, spec, language);
    switch (spec.kind) {
    case ChartKind::Bar:
    case ChartKind::StackedBar:
        addBars(chart, *table, spec, labels, language);
        break;
    case ChartKind::Line:
    case ChartKind::Band:
        addLines(chart, *table, spec, labels, language);
        break;
    case ChartKind::Pie:
    case ChartKind::Donut:
        addPie(chart, *table, spec, labels, language);
        break;
    }
    chart->legend()->setVisible(chart->series().size() > 1 || spec.kind == ChartKind::Pie || spec.kind == ChartKind::Donut
                                || spec.valueColumns.size() > 1);
    return chart;
}

ReportChartView::ReportChartView(const Report& report, const ReportChart& chart, Language language, QWidget* parent)
    : QChartView(buildReportChart(report, chart, language), parent)
    , m_report(report)
    , m_chart(chart)
    , m_language(language)
{
    setObjectName(QStringLiteral("reportChart"));
    setLayoutDirection(Qt::LeftToRight);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(300);
    connectHover();
}

QString ReportChartView::valueText(int series, int index) const
{
    const ReportTable* table = tableOf(m_report, m_chart);
    if (!table || index < 0 || index >= table->rows.size())
        return {};
    const QStringList labels = categoryLabels(*table, m_chart, m_language);
    int column = m_chart.valueColumns.value(series, -1);
    if (m_chart.kind == ChartKind::Band && series == 0 && m_chart.lowColumn >= 0) {
        const auto format = formatFor(m_language);
        return QStringLiteral("%1: %2 – %3").arg(labels.value(index),
            formatCell(table->rows.at(index).value(m_chart.lowColumn), table->columns.value(m_chart.lowColumn).kind, format),
            formatCell(table->rows.at(index).value(m_chart.highColumn), table->columns.value(m_chart.highColumn).kind, format));
    }
    if (m_chart.kind == ChartKind::Band && m_chart.lowColumn >= 0)
        column = m_chart.valueColumns.value(series - 1, -1);
    if (column < 0)
        return {};
    return QStringLiteral("%1 — %2: %3").arg(labels.value(index), table->columns.value(column).title,
        formatCell(table->rows.at(index).value(column), table->columns.value(column).kind, formatFor(m_language)));
}

void ReportChartView::showHover(const QString& text)
{
    m_hoverText = text;
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(QCursor::pos(), text, this);
}

void ReportChartView::connectHover()
{
    const QList<QAbstractSeries*> all = chart()->series();
    for (int s = 0; s < all.size(); ++s) {
        QAbstractSeries* series = all.at(s);
        if (auto* bars = qobject_cast<QAbstractBarSeries*>(series)) {
            const QList<QBarSet*> sets = bars->barSets();
            for (int i = 0; i < sets.size(); ++i)
                connect(sets.at(i), &QBarSet::hovered, this, [this, i](bool on, int index) { showHover(on ? valueText(i, index) : QString()); });
        } else if (auto* line = qobject_cast<QLineSeries*>(series)) {
            connect(line, &QLineSeries::hovered, this, [this, s](const QPointF& point, bool on) {
                showHover(on ? valueText(s, int(std::lround(point.x()))) : QString());
            });
        } else if (auto* area = qobject_cast<QAreaSeries*>(series)) {
            connect(area, &QAreaSeries::hovered, this, [this, s](const QPointF& point, bool on) {
                showHover(on ? valueText(s, int(std::lround(point.x()))) : QString());
            });
        } else if (auto* pie = qobject_cast<QPieSeries*>(series)) {
            for (QPieSlice* slice : pie->slices())
                connect(slice, &QPieSlice::hovered, this, [this, slice](bool on) {
                    slice->setExploded(on);
                    showHover(on ? slice->label() : QString());
                });
        }
    }
}

bool ReportChartView::savePng(const QString& path)
{
    return grab().save(path, "PNG");
}

} // namespace peyvand::ui
