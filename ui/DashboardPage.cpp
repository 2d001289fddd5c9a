#include "DashboardPage.h"

#include "AmountText.h"
#include "DatabaseWorker.h"
#include "Display.h"

#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QVBoxLayout>

#include <memory>

namespace peyvand::ui {

using namespace reports;

namespace {

constexpr int kColumns = 4;

QString valueText(ColumnKind kind, qint64 value)
{
    if (kind == ColumnKind::Money)
        return AmountText::withUnit(Money::fromRial(value), false);
    return Display::number(value);
}

QString percentText(qint64 now, qint64 before)
{
    // One decimal, computed in integers: tenths of a percent, rounded.
    const qint64 diff = now - before;
    const qint64 tenths = (std::llabs(diff) * 1000 + std::llabs(before) / 2) / std::llabs(before);
    const QString number = tenths % 10 == 0 ? QString::number(tenths / 10)
                                            : QStringLiteral("%1.%2").arg(tenths / 10).arg(tenths % 10);
    return Display::decimal(number) + (Display::persian() ? QStringLiteral("٪") : QStringLiteral(" %"));
}

} // namespace

QString DashboardPage::change(qint64 now, std::optional<qint64> before)
{
    if (!before || *before == 0)
        return QStringLiteral("—");
    if (now == *before)
        return QStringLiteral("= ") + percentText(now, *before);
    return (now > *before ? QStringLiteral("▲ ") : QStringLiteral("▼ ")) + percentText(now, *before);
}

DashboardTileView::DashboardTileView(const DashboardTile& tile, QWidget* parent)
    : QFrame(parent)
    , m_tile(tile)
{
    setObjectName(QStringLiteral("dashboardTile"));
    setCursor(Qt::PointingHandCursor);
    setFocusPolicy(Qt::StrongFocus);
    setStyleSheet(QStringLiteral("#dashboardTile { background: white; border: 1px solid #e2e8f0; border-radius: 10px; }"
                                 "#dashboardTile:hover, #dashboardTile:focus { border-color: #0f766e; }"));
    setToolTip(tile.note.isEmpty() ? tr("Open the report") : tile.note);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 12, 14, 12);
    auto* title = new QLabel(tile.title, this);
    title->setStyleSheet(QStringLiteral("color: #475569;"));
    title->setWordWrap(true);
    m_value = new QLabel(valueText(tile.kind, tile.value), this);
    m_value->setObjectName(QStringLiteral("tileValue"));
    QFont font = m_value->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    m_value->setFont(font);
    layout->addWidget(title);
    layout->addWidget(m_value);

    m_comparison = new QLabel(this);
    m_comparison->setObjectName(QStringLiteral("tileComparison"));
    m_comparison->setTextFormat(Qt::RichText);
    QStringList parts;
    const auto part = [&](const QString& label, std::optional<qint64> before) {
        if (!before)
            return;
        const QString text = DashboardPage::change(tile.value, before);
        const QString colour = !before || *before == 0 || tile.value == *before ? QStringLiteral("#64748b")
            : tile.value > *before                                             ? QStringLiteral("#15803d")
                                                                               : QStringLiteral("#b91c1c");
        parts << QStringLiteral("%1 <span style=\"color:%2\">%3</span>").arg(label.toHtmlEscaped(), colour, text.toHtmlEscaped());
    };
    part(tr("vs last month"), tile.lastMonth);
    part(tr("vs last year"), tile.sameMonthLastYear);
    m_comparison->setText(parts.join(QStringLiteral("<br>")));
    m_comparison->setVisible(!parts.isEmpty());
    layout->addWidget(m_comparison);
    if (tile.count >= 0) {
        auto* count = new QLabel(tr("%1: %2").arg(tile.countTitle, Display::number(tile.count)), this);
        count->setObjectName(QStringLiteral("tileCount"));
        count->setStyleSheet(QStringLiteral("color: #475569;"));
        layout->addWidget(count);
    }
    layout->addStretch(1);
}

void DashboardTileView::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        emit clicked();
    QFrame::mouseReleaseEvent(event);
}

void DashboardTileView::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_Space) {
        emit clicked();
        return;
    }
    QFrame::keyPressEvent(event);
}

DashboardPage::DashboardPage(storage::Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_worker(new DatabaseWorker(db, this))
{
    setObjectName(QStringLiteral("dashboardPage"));
    m_heading = new QLabel(tr("Dashboard"), this);
    QFont font = m_heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    m_heading->setFont(font);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("dashboardError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b91c1c;"));
    m_error->hide();
    m_empty = new QLabel(tr("No sales yet. Issue your first invoice and this page shows how the month is going."), this);
    m_empty->setObjectName(QStringLiteral("dashboardEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setStyleSheet(QStringLiteral("color: #475569;"));
    m_empty->hide();
    m_grid = new QWidget(this);
    m_gridLayout = new QGridLayout(m_grid);
    m_gridLayout->setContentsMargins(0, 0, 0, 0);
    m_gridLayout->setSpacing(12);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->setSpacing(12);
    layout->addWidget(m_heading);
    layout->addWidget(m_error);
    layout->addWidget(m_empty);
    layout->addWidget(m_grid);
    layout->addStretch(1);
}

DashboardPage::~DashboardPage()
{
    m_worker->waitForFinished();
}

void DashboardPage::setClock(const Clock* clock)
{
    m_clock = clock ? clock : &SystemClock::instance();
}

void DashboardPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
}

void DashboardPage::waitForRefresh()
{
    m_worker->waitForFinished();
}

QString DashboardPage::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void DashboardPage::refresh()
{
    if (m_worker->isRunning())
        return;
    auto result = std::make_shared<std::optional<Result<Dashboard>>>();
    const Clock* clock = m_clock;
    m_worker->start([result, clock](storage::Database& db) { result->emplace(DashboardQuery(db, *clock).compute()); },
                    [this, result](const Status& opened) {
                        if (!opened || !*result || !**result) {
                            m_error->setText(!opened ? opened.error().message : (**result).error().message);
                            m_error->show();
                            return;
                        }
                        m_error->hide();
                        showDashboard(***result);
                    });
}

void DashboardPage::showDashboard(const Dashboard& dashboard)
{
    qDeleteAll(m_tiles);
    m_tiles.clear();
    bool anything = false;
    for (const DashboardTile& tile : dashboard.tiles) {
        auto* view = new DashboardTileView(tile, m_grid);
        const int index = int(m_tiles.size());
        m_gridLayout->addWidget(view, index / kColumns, index % kColumns);
        m_tiles << view;
        anything = anything || tile.value != 0 || tile.lastMonth.value_or(0) != 0 || tile.sameMonthLastYear.value_or(0) != 0;
        connect(view, &DashboardTileView::clicked, this, [this, id = tile.report, preset = tile.preset] {
            emit openReportRequested(id, preset);
        });
    }
    m_heading->setText(tr("Dashboard — %1").arg(bucketLabel(dashboard.month,
        Display::persian() ? text::jalali::Language::Persian : text::jalali::Language::English)));
    m_empty->setVisible(!anything);
}

} // namespace peyvand::ui
