#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;
class QToolBar;

namespace peyvand::ui {

class DocumentActions;
class DocumentFilterBar;
class DocumentListModel;
class DocumentServices;

// Pre-invoices and invoices: filters, a lazy sortable table, the count and
// sum of what is listed, and the actions on the selected document (tool bar
// and context menu). Double-click or Enter opens the editor. Pre-invoices
// whose validity ended are marked expired whenever the page is shown.
class DocumentListPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentListPage)

public:
    explicit DocumentListPage(DocumentServices& services, QWidget* parent = nullptr);

    // Marks expired pre-invoices, then reads filter choices and rows again,
    // keeping the selection.
    void refresh();
    void select(qint64 documentId);
    qint64 currentDocumentId() const;

    DocumentFilterBar* filterBar() const { return m_filters; }
    DocumentListModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    DocumentActions* actions() const { return m_actions; }
    QLabel* totalsLabel() const { return m_totals; }
    QLabel* emptyLabel() const { return m_emptyText; }
    QPushButton* newQuoteButton() const { return m_newQuote; }
    bool showsEmptyState() const;

signals:
    void openDocumentRequested(qint64 documentId);
    void newQuoteRequested();
    void statusMessage(const QString& message);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void runQuery();
    void onSortIndicatorChanged(int column, Qt::SortOrder order);
    void showSortIndicator();
    void updateTotalsAndEmptyState();
    void onCurrentChanged();
    void openRow(int row);
    QWidget* createEmptyState();
    QToolBar* createToolBar();

    DocumentServices& m_services;
    bool m_toman = false;
    DocumentFilterBar* m_filters = nullptr;
    DocumentListModel* m_model = nullptr;
    DocumentActions* m_actions = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_totals = nullptr;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_emptyText = nullptr;
    QPushButton* m_newQuote = nullptr;
    QPushButton* m_emptyNewQuote = nullptr;
};

} // namespace peyvand::ui
