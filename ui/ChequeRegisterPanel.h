#pragma once

#include "payments/Payment.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTableView;

namespace peyvand::ui {

class ChequeDetailPane;
class ChequeFilterBar;
class ChequeFormDialog;
class ChequeListModel;
class ChequeTransitionDialog;
class CollectionServices;

// The cheque register: search and filters over a sortable list of cheques,
// the chosen cheque's details and history beside it, its allowed
// transitions and "Edit details…", and "New issued cheque…". When nothing
// matches it says so (and offers to clear the filters).
class ChequeRegisterPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChequeRegisterPanel)

public:
    explicit ChequeRegisterPanel(CollectionServices& services, QWidget* parent = nullptr);

    void refresh();
    // Selects the cheque, clearing the filters when they hide it.
    bool selectCheque(qint64 chequeId);
    qint64 currentChequeId() const;

    // The dialogs open window-modal and return at once (tests fill them in).
    ChequeTransitionDialog* requestTransition(payments::ChequeStatus to);
    ChequeFormDialog* editCurrent();
    ChequeFormDialog* newIssuedCheque();

    ChequeFilterBar* filterBar() const { return m_filter; }
    ChequeListModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    ChequeDetailPane* detail() const { return m_detail; }
    QLabel* emptyText() const { return m_emptyText; }
    QPushButton* clearFiltersButton() const { return m_clearFilters; }
    QPushButton* newIssuedButton() const { return m_newIssued; }
    QLabel* countLabel() const { return m_count; }
    bool showsEmptyState() const;

signals:
    void chequesChanged();
    void statusMessage(const QString& message);

private:
    void applyFilter();
    void showCurrent();
    void showDetail(qint64 chequeId);
    void afterChange(qint64 chequeId, const QString& message);
    void updateEmptyState();

    CollectionServices& m_services;
    ChequeFilterBar* m_filter = nullptr;
    ChequeListModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    ChequeDetailPane* m_detail = nullptr;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_emptyText = nullptr;
    QLabel* m_count = nullptr;
    QPushButton* m_clearFilters = nullptr;
    QPushButton* m_newIssued = nullptr;
    bool m_toman = false;
};

} // namespace peyvand::ui
