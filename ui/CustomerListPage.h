#pragma once

#include <QWidget>

#include <optional>
#include <utility>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace peyvand::customers {
class CustomerSearch;
class CustomerService;
struct CustomerQuery;
} // namespace peyvand::customers

namespace peyvand::ui {

class CustomerFilterBar;
class CustomerListModel;

// The customer book: search as you type, filters, a lazy table, a count and
// empty states. Keyboard: Down in the search box moves into the list, Enter
// opens the customer.
class CustomerListPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerListPage)

public:
    CustomerListPage(customers::CustomerService& service, customers::CustomerSearch& search,
                     QWidget* parent = nullptr);

    // Reads filter choices and rows again (after customers changed), keeping the selection.
    void refresh();
    void focusSearch();

    CustomerFilterBar* filterBar() const { return m_filters; }
    QLineEdit* searchBox() const;
    QTableView* table() const { return m_table; }
    CustomerListModel* model() const { return m_model; }
    QLabel* countLabel() const { return m_count; }
    QLabel* emptyLabel() const { return m_emptyText; }
    bool showsEmptyState() const;
    // What the page shows now: the table's viewport or the empty state.
    QWidget* visibleContent() const;
    qint64 currentCustomerId() const;
    // The search and filters the list shows now, and whether they narrow it.
    const customers::CustomerQuery& currentQuery() const;
    bool isNarrowed() const;
    QPushButton* importButton() const { return m_importButton; }
    QPushButton* exportButton() const { return m_exportButton; }

signals:
    void openCustomerRequested(qint64 customerId);
    void newCustomerRequested();
    void demoDataRequested();
    void importRequested();
    void exportRequested();
    void statusMessage(const QString& message);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void runQuery();
    void onSortIndicatorChanged(int column, Qt::SortOrder order);
    void showSortIndicator();
    void updateCountAndEmptyState();
    void openRow(int row);
    QWidget* createEmptyState();

    customers::CustomerService& m_service;
    customers::CustomerSearch& m_search;
    CustomerFilterBar* m_filters = nullptr;
    CustomerListModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_count = nullptr;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_emptyText = nullptr;
    QPushButton* m_emptyDemoButton = nullptr;
    QPushButton* m_emptyImportButton = nullptr;
    QPushButton* m_importButton = nullptr;
    QPushButton* m_exportButton = nullptr;
    // A sort the user chose by clicking a header; empty: the default
    // (relevance while searching, name otherwise).
    std::optional<std::pair<int, Qt::SortOrder>> m_chosenSort;
};

} // namespace peyvand::ui
