#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace peyvand::leads {
class FunnelQuery;
class LeadQuery;
class LeadService;
} // namespace peyvand::leads

namespace peyvand::ui {

class FunnelView;
class LeadFilterBar;
class LeadListModel;

// The leads area's first page, in two tabs: the lead list (the priority queue
// by default: qualified leads, best score first) with search, filters, a lazy
// sortable table and empty states; and the funnel. Enter or a double-click
// opens a lead.
class LeadListPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LeadListPage)

public:
    LeadListPage(leads::LeadService& service, leads::LeadQuery& query, leads::FunnelQuery& funnel,
                 QWidget* parent = nullptr);

    // Reads owners and rows again (after leads changed), keeping the selection.
    void refresh();
    void select(qint64 leadId);
    qint64 currentLeadId() const;
    void focusSearch();
    void showFunnel();
    void showList();

    LeadFilterBar* filterBar() const { return m_filters; }
    LeadListModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QLabel* countLabel() const { return m_count; }
    QLabel* emptyLabel() const { return m_emptyText; }
    QPushButton* newLeadButton() const { return m_newLead; }
    QTabWidget* tabs() const { return m_tabs; }
    FunnelView* funnel() const { return m_funnel; }
    bool showsEmptyState() const;

signals:
    void openLeadRequested(qint64 leadId);
    void newLeadRequested();
    void statusMessage(const QString& message);

protected:
    void showEvent(QShowEvent* event) override;

private:
    QWidget* createListTab();
    QWidget* createEmptyState();
    void runQuery();
    void onSortIndicatorChanged(int column, Qt::SortOrder order);
    void showSortIndicator();
    void updateCountAndEmptyState();
    void openRow(int row);

    leads::LeadService& m_service;
    leads::LeadQuery& m_query;
    LeadFilterBar* m_filters = nullptr;
    LeadListModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_count = nullptr;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_emptyText = nullptr;
    QPushButton* m_newLead = nullptr;
    QTabWidget* m_tabs = nullptr;
    FunnelView* m_funnel = nullptr;
};

} // namespace peyvand::ui
