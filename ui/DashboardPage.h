#pragma once

#include "common/Clock.h"
#include "reports/Dashboard.h"

#include <QFrame>
#include <QWidget>

#include <optional>

class QGridLayout;
class QLabel;

namespace peyvand::storage {
class Database;
}

namespace peyvand::ui {

class DatabaseWorker;

// One number of the home screen; a click opens its report.
class DashboardTileView final : public QFrame {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardTileView)

public:
    explicit DashboardTileView(const reports::DashboardTile& tile, QWidget* parent = nullptr);
    const reports::DashboardTile& tile() const { return m_tile; }
    QLabel* valueLabel() const { return m_value; }
    QLabel* comparisonLabel() const { return m_comparison; }
    void click() { emit clicked(); }

signals:
    void clicked();

protected:
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    reports::DashboardTile m_tile;
    QLabel* m_value = nullptr;
    QLabel* m_comparison = nullptr;
};

// The home screen: this month's numbers against last month and the same
// month last year, what is open and due. Computed when shown (off the GUI
// thread on a database file).
class DashboardPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardPage)

public:
    explicit DashboardPage(storage::Database& db, QWidget* parent = nullptr);
    ~DashboardPage() override;

    void setClock(const Clock* clock);
    void refresh();
    void waitForRefresh();
    QList<DashboardTileView*> tiles() const { return m_tiles; }
    QString errorText() const;

    // "▲ 12.5 %" / "▼ 3 %" / "—" against a previous value (in the UI language's digits).
    static QString change(qint64 now, std::optional<qint64> before);

signals:
    void openReportRequested(reports::ReportId id, reports::PeriodPreset preset);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void showDashboard(const reports::Dashboard& dashboard);

    storage::Database& m_db;
    const Clock* m_clock = &SystemClock::instance();
    DatabaseWorker* m_worker = nullptr;
    QLabel* m_heading = nullptr;
    QLabel* m_error = nullptr;
    QLabel* m_empty = nullptr;
    QWidget* m_grid = nullptr;
    QGridLayout* m_gridLayout = nullptr;
    QList<DashboardTileView*> m_tiles;
};

} // namespace peyvand::ui
