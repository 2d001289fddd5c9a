#pragma once

#include "common/Clock.h"
#include "reports/ReportCatalog.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QScrollArea;
class QTreeWidget;

namespace peyvand::storage {
class Database;
}

namespace peyvand::ui {

class DatabaseWorker;
class ReportPeriodBar;
class ReportView;
class SalesTargetsDialog;

// The reports area: the list of reports grouped by subject, the period of
// the chosen one, and the report itself (figures, charts, tables, notes).
// Reports run off the GUI thread on a database file (DatabaseWorker); an
// error is shown in the page.
class ReportsPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportsPage)

public:
    explicit ReportsPage(storage::Database& db, QWidget* parent = nullptr);
    ~ReportsPage() override;

    void setClock(const Clock* clock);
    // Chooses a report (with a preset when given) and runs it.
    void openReport(reports::ReportId id, std::optional<reports::PeriodPreset> preset = std::nullopt);
    std::optional<reports::ReportId> currentReportId() const { return m_current; }
    // Runs the current report again (data changed).
    void refresh();
    void waitForRun();
    // The targets of the shown year (Trend's "Set targets…"); window-modal,
    // returns at once; saving runs the report again.
    SalesTargetsDialog* editTargets();
    // "Export PDF…": the shown report through documents::writeReportPdf, in
    // the UI's language, with the company's name and Toman setting.
    bool exportPdf();
    bool isRunning() const;

    const std::optional<reports::Report>& report() const { return m_report; }
    QString errorText() const;
    ReportView* view() const { return m_view; }
    ReportPeriodBar* periodBar() const { return m_period; }
    QTreeWidget* reportList() const { return m_list; }
    QPushButton* targetsButton() const { return m_targets; }
    QPushButton* pdfButton() const { return m_pdf; }
    QLabel* busyLabel() const { return m_busy; }

signals:
    void openCustomerRequested(qint64 customerId);
    void openDocumentRequested(qint64 documentId);
    void statusMessage(const QString& message);

private:
    void run();
    void showResult(const Result<reports::Report>& result);

    storage::Database& m_db;
    const Clock* m_clock = &SystemClock::instance();
    DatabaseWorker* m_worker = nullptr;
    bool m_rerun = false;
    std::optional<reports::ReportId> m_current;
    std::optional<reports::Report> m_report;
    QTreeWidget* m_list = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_description = nullptr;
    ReportPeriodBar* m_period = nullptr;
    QPushButton* m_targets = nullptr;
    QPushButton* m_pdf = nullptr;
    QLabel* m_busy = nullptr;
    QLabel* m_error = nullptr;
    QScrollArea* m_scroll = nullptr;
    ReportView* m_view = nullptr;
};

} // namespace peyvand::ui
