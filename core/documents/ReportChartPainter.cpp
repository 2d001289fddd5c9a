#include "ReportChartPainter.h"

#include "text/Digits.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace peyvand::documents {

namespace {

const QList<QColor>& palette()
{
    static const QList<QColor> colors { QColor(0x2e, 0x6d, 0xb4), QColor(0xe0, 0x8a, 0x1e), QColor(0x3a, 0x9a, 0x5b),
                                        QColor(0xc0, 0x39, 0x2b), QColor(0x8e, 0x5a, 0xb5), QColor(0x16, 0xa0, 0x85),
                                        QColor(0x7f, 0x8c, 0x8d), QColor(0xd3, 0x54, 0x00) };
    return colors;
}

QColor colorAt(int i) { return palette().at(i % palette().size()); }

// A round step for about `ticks` divisions of [0, span]: 1, 2 or 5 × 10^n.
qint64 niceStep(qint64 span, int ticks)
{
    if (span <= 0)
        return 1;
    const double raw = double(span) / ticks;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    const double fraction = raw / magnitude;
    const double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
    return std::max<qint64>(1, qint64(nice * magnitude));
}

} // namespace

ReportChartPainter::ReportChartPainter(const reports::Report& report, const reports::ReportChart& chart,
                                       text::jalali::Language language)
    : m_report(report)
    , m_chart(chart)
    , m_language(language)
{
    if (chart.table < 0 || chart.table >= report.tables.size())
        return;
    const reports::ReportTable& table = report.tables.at(chart.table);
    if (chart.categoryColumn < 0 || chart.categoryColumn >= table.columns.size())
        return;
    const reports::ColumnKind categoryKind = table.columns.at(chart.categoryColumn).kind;
    const bool withYear = [&] {
        if (categoryKind != reports::ColumnKind::Period || table.rows.isEmpty())
            return true;
        const QDate first = reports::cellDate(table.rows.first().at(chart.categoryColumn));
        const QDate last = reports::cellDate(table.rows.last().at(chart.categoryColumn));
        return text::jalali::fromGregorian(first).value_or(text::JalaliDate {}).year
            != text::jalali::fromGregorian(last).value_or(text::JalaliDate {}).year;
    }();
    for (const auto& row : table.rows) {
        const reports::ReportCell& cell = row.value(chart.categoryColumn);
        if (const auto* bucket = std::get_if<reports::PeriodBucket>(&cell))
            m_categories << reports::bucketShortLabel(*bucket, language, withYear);
        else
            m_categories << reports::formatCell(cell, categoryKind, reports::CellFormat { language });
    }
    for (int column : chart.valueColumns) {
        if (column < 0 || column >= table.columns.size())
            continue;
        Series series;
        series.name = table.columns.at(column).title;
        m_valueKind = table.columns.at(column).kind;
        for (const auto& row : table.rows) {
            series.values << reports::cellNumber(row.value(column));
            series.present << !std::holds_alternative<std::monostate>(row.value(column));
        }
        m_series << series;
    }
    if (chart.kind == reports::ChartKind::Band && chart.lowColumn >= 0 && chart.highColumn >= 0) {
        for (const auto& row : table.rows) {
            m_low << reports::cellNumber(row.value(chart.lowColumn));
            m_high << reports::cellNumber(row.value(chart.highColumn));
        }
    }
}

bool ReportChartPainter::isEmpty() const
{
    for (const Series& series : m_series) {
        if (std::any_of(series.values.begin(), series.values.end(), [](qint64 v) { return v != 0; }))
            return false;
    }
    return true;
}

QString ReportChartPainter::valueText(qint64 value) const
{
    const auto script = m_language == text::jalali::Language::Persian ? text::DigitScript::Persian : text::DigitScript::Latin;
    if (m_valueKind == reports::ColumnKind::PerMille)
        return reports::formatCell(value, reports::ColumnKind::PerMille, reports::CellFormat { m_language });
    const qint64 magnitude = value < 0 ? -value : value;
    if (m_valueKind == reports::ColumnKind::Money && magnitude >= 1'000'000) // axis labels in millions of Rial
        return text::formatGrouped(value / 1'000'000, script) + (m_language == text::jalali::Language::Persian ? QStringLiteral(" میلیون") : QStringLiteral(" M"));
    return text::formatGrouped(value, script);
}

QImage ReportChartPainter::image(QSize size, qreal scale) const
{
    QImage image(size * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setLayoutDirection(Qt::LeftToRight);
    QFont font(QStringLiteral("Vazirmatn"));
    font.setPixelSize(11);
    painter.setFont(font);

    QRectF area(0, 0, size.width(), size.height());
    QFont titleFont = font;
    titleFont.setBold(true);
    titleFont.setPixelSize(13);
    painter.setFont(titleFont);
    painter.drawText(QRectF(area.left(), area.top(), area.width(), 22), Qt::AlignCenter, m_chart.title);
    painter.setFont(font);
    area.adjust(8, 26, -8, -24);
    drawLegend(painter, QRectF(area.left(), area.bottom() + 4, area.width(), 20));
    if (m_series.isEmpty() || m_categories.isEmpty())
        return image;

    if (m_chart.kind == reports::ChartKind::Pie || m_chart.kind == reports::ChartKind::Donut) {
        drawPie(painter, area);
        return image;
    }
    qint64 low = 0;
    qint64 high = 0;
    const bool stacked = m_chart.kind == reports::ChartKind::StackedBar;
    for (int i = 0; i < m_categories.size(); ++i) {
        qint64 positive = 0;
        for (const Series& series : m_series) {
            const qint64 v = series.values.value(i);
            if (stacked) {
                positive += std::max<qint64>(v, 0);
            } else {
                high = std::max(high, v);
                low = std::min(low, v);
            }
        }
        high = std::max(high, positive);
        if (i < m_high.size())
            high = std::max(high, m_high.at(i));
    }
    if (high == low)
        high = low + 1;
    const qint64 step = niceStep(high - low, 5);
    high = (high + step - 1) / step * step;
    low = low < 0 ? -((-low + step - 1) / step * step) : 0;

    const qreal axisWidth = 70;
    const QRectF plot(area.left() + axisWidth, area.top() + 4, area.width() - axisWidth - 4, area.height() - 40);
    drawAxes(painter, plot, low, high);
    switch (m_chart.kind) {
    case reports::ChartKind::Bar:
    case reports::ChartKind::StackedBar:
        drawBars(painter, plot, low, high, stacked);
        break;
    case reports::ChartKind::Band:
        drawBand(painter, plot, low, high);
        drawLines(painter, plot, low, high);
        break;
    default:
        drawLines(painter, plot, low, high);
        break;
    }
    return image;
}

void ReportChartPainter::drawAxes(QPainter& painter, const QRectF& plot, qint64 low, qint64 high) const
{
    const qint64 step = niceStep(high - low, 5);
    painter.setPen(QPen(QColor(0xdd, 0xdd, 0xdd), 0.8));
    for (qint64 v = low; v <= high; v += step) {
        const qreal y = plot.bottom() - (v - low) * plot.height() / double(high - low);
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(Qt::black);
        painter.drawText(QRectF(plot.left() - 68, y - 8, 64, 16), Qt::AlignRight | Qt::AlignVCenter, valueText(v));
        painter.setPen(QPen(QColor(0xdd, 0xdd, 0xdd), 0.8));
    }
    painter.setPen(Qt::black);
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    const int n = m_categories.size();
    const qreal slot = plot.width() / n;
    const int every = std::max(1, int(std::ceil(60.0 / slot))); // skip labels that would overlap
    for (int i = 0; i < n; i += every) {
        painter.drawText(QRectF(plot.left() + i * slot + slot / 2 - 40, plot.bottom() + 2, 80, 34),
                         Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, m_categories.at(i));
    }
}

void ReportChartPainter::drawBars(QPainter& painter, const QRectF& plot, qint64 low, qint64 high, bool stacked) const
{
    const int n = m_categories.size();
    const qreal slot = plot.width() / n;
    const qreal zeroY = plot.bottom() - (0 - low) * plot.height() / double(high - low);
    const int seriesCount = int(m_series.size());
    const qreal barWidth = stacked ? slot * 0.7 : slot * 0.8 / seriesCount;
    for (int i = 0; i < n; ++i) {
        qreal stackTop = zeroY;
        for (int s = 0; s < seriesCount; ++s) {
            const qint64 v = m_series.at(s).values.value(i);
            const qreal h = v * plot.height() / double(high - low);
            QRectF bar;
            if (stacked) {
                bar = QRectF(plot.left() + i * slot + slot * 0.15, stackTop - std::max<qreal>(h, 0), barWidth, std::abs(h));
                stackTop -= std::max<qreal>(h, 0);
            } else {
                const qreal x = plot.left() + i * slot + slot * 0.1 + s * barWidth;
                bar = h >= 0 ? QRectF(x, zeroY - h, barWidth, h) : QRectF(x, zeroY, barWidth, -h);
            }
            painter.fillRect(bar, colorAt(s));
        }
    }
}

void ReportChartPainter::drawLines(QPainter& painter, const QRectF& plot, qint64 low, qint64 high) const
{
    const int n = m_categories.size();
    const qreal slot = plot.width() / n;
    for (int s = 0; s < m_series.size(); ++s) {
        QPainterPath path;
        bool drawing = false;
        for (int i = 0; i < n; ++i) {
            if (!m_series.at(s).present.value(i)) {
                drawing = false; // no value here (a month without a target): a gap, not a zero
                continue;
            }
            const QPointF p(plot.left() + i * slot + slot / 2,
                            plot.bottom() - (m_series.at(s).values.value(i) - low) * plot.height() / double(high - low));
            if (!drawing)
                path.moveTo(p);
            else
                path.lineTo(p);
            drawing = true;
            painter.setBrush(colorAt(s));
            painter.setPen(Qt::NoPen);
            painter.drawEllipse(p, 2.2, 2.2);
        }
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(colorAt(s), 2));
        painter.drawPath(path);
    }
}

void ReportChartPainter::drawBand(QPainter& painter, const QRectF& plot, qint64 low, qint64 high) const
{
    const int n = std::min<int>(m_categories.size(), m_low.size());
    const qreal slot = plot.width() / std::max(1, int(m_categories.size()));
    QPainterPath band;
    bool started = false;
    QList<QPointF> upper;
    for (int i = 0; i < n; ++i) {
        if (m_high.at(i) == 0 && m_low.at(i) == 0)
            continue; // months without a forecast (actuals)
        const qreal x = plot.left() + i * slot + slot / 2;
        const QPointF lowPoint(x, plot.bottom() - (m_low.at(i) - low) * plot.height() / double(high - low));
        upper.prepend(QPointF(x, plot.bottom() - (m_high.at(i) - low) * plot.height() / double(high - low)));
        if (!started) {
            band.moveTo(lowPoint);
            started = true;
        } else {
            band.lineTo(lowPoint);
        }
    }
    for (const QPointF& p : upper)
        band.lineTo(p);
    band.closeSubpath();
    QColor fill = colorAt(0);
    fill.setAlpha(60);
    painter.fillPath(band, fill);
}

void ReportChartPainter::drawPie(QPainter& painter, const QRectF& area) const
{
    const QList<qint64>& values = m_series.first().values;
    qint64 total = 0;
    for (qint64 v : values)
        total += std::max<qint64>(v, 0);
    if (total <= 0)
        return;
    const qreal side = std::min(area.width() * 0.5, area.height());
    const QRectF circle(area.left() + 10, area.top() + (area.height() - side) / 2, side, side);
    int start = 90 * 16;
    for (int i = 0; i < values.size(); ++i) {
        const int span = -int(std::llround(5760.0 * std::max<qint64>(values.at(i), 0) / double(total)));
        painter.setBrush(colorAt(i));
        painter.setPen(QPen(Qt::white, 1));
        painter.drawPie(circle, start, span);
        start += span;
    }
    if (m_chart.kind == reports::ChartKind::Donut) {
        painter.setBrush(Qt::white);
        painter.setPen(Qt::NoPen);
        painter.drawEllipse(circle.center(), side * 0.28, side * 0.28);
    }
    // Category legend beside the pie: colour, name and share.
    qreal y = area.top();
    const qreal x = circle.right() + 20;
    for (int i = 0; i < values.size() && y < area.bottom() - 14; ++i) {
        painter.fillRect(QRectF(x, y + 3, 10, 10), colorAt(i));
        painter.setPen(Qt::black);
        const qint64 perMille = values.at(i) * 1000 / total;
        const QString share = reports::formatCell(perMille, reports::ColumnKind::PerMille, reports::CellFormat { m_language });
        const Qt::LayoutDirection direction = m_language == text::jalali::Language::Persian ? Qt::RightToLeft : Qt::LeftToRight;
        painter.setLayoutDirection(direction);
        painter.drawText(QRectF(x + 16, y, area.right() - x - 16, 16), Qt::AlignLeft | Qt::AlignVCenter,
                         QStringLiteral("%1 — %2").arg(m_categories.value(i), share));
        painter.setLayoutDirection(Qt::LeftToRight);
        y += 17;
    }
}

void ReportChartPainter::drawLegend(QPainter& painter, const QRectF& area) const
{
    if (m_chart.kind == reports::ChartKind::Pie || m_chart.kind == reports::ChartKind::Donut || m_series.size() < 2)
        return;
    qreal x = area.left();
    for (int s = 0; s < m_series.size(); ++s) {
        painter.fillRect(QRectF(x, area.top() + 4, 10, 10), colorAt(s));
        const qreal width = painter.fontMetrics().horizontalAdvance(m_series.at(s).name) + 10;
        painter.setPen(Qt::black);
        painter.drawText(QRectF(x + 14, area.top(), width, 18), Qt::AlignLeft | Qt::AlignVCenter, m_series.at(s).name);
        x += width + 28;
    }
}

} // namespace peyvand::documents
