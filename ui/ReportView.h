#pragma once

#include "reports/Report.h"

#include <QList>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;
class QVBoxLayout;

namespace peyvand::ui {

class ReportChartView;
class ReportTableModel;

// One computed report: its headline figures, a chart view per chart, a
// sortable table per table (each with CSV and XLSX export), and the notes
// that say how it was computed.
class ReportView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportView)

public:
    explicit ReportView(QWidget* parent = nullptr);

    void setReport(const reports::Report& report);
    void clear();

    QList<ReportChartView*> charts() const { return m_charts; }
    QList<QTableView*> tables() const { return m_tables; }
    QList<ReportTableModel*> models() const { return m_models; }
    QList<QLabel*> figureLabels() const { return m_figureValues; }
    QLabel* notesLabel() const { return m_notes; }

    // The export actions (also behind the buttons): false when refused,
    // cancelled or failed (the message goes to statusMessage).
    bool exportTable(int table, bool xlsx);
    bool saveChart(int chart);

signals:
    void openCustomerRequested(qint64 customerId);
    void openDocumentRequested(qint64 documentId);
    void statusMessage(const QString& message);

private:
    void addFigures(const reports::Report& report);
    void addTable(int index, const reports::ReportTable& table);
    void openRow(int table, int sourceRow);

    QVBoxLayout* m_layout = nullptr;
    QWidget* m_content = nullptr;
    QList<ReportChartView*> m_charts;
    QList<QTableView*> m_tables;
    QList<ReportTableModel*> m_models;
    QList<QLabel*> m_figureValues;
    QLabel* m_notes = nullptr;
    QString m_reportId;
};

} // namespace peyvand::ui
