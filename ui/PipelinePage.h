#pragma once

#include "pipeline/DealService.h"

#include <QWidget>

class QAbstractButton;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace peyvand::ui {

class DealFormDialog;
class DealListModel;
class PipelineBoard;
class PipelineServices;

// The sales pipeline: the weighted pipeline value and the open amount at the
// top, a search field, and the deals either as a board (drag cards between
// stages) or as a sortable list. New deal, edit (double-click) and delete
// (after asking) work in both views.
class PipelinePage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PipelinePage)

public:
    enum class View { Board, List };

    explicit PipelinePage(PipelineServices& services, QWidget* parent = nullptr);

    void refresh();
    void setView(View view);
    View view() const { return m_view; }
    qint64 currentDealId() const;
    void select(qint64 dealId);

    // The dialogs open window-modal and return at once (tests fill them in).
    DealFormDialog* newDeal(qint64 customerId = 0, const QString& customerName = {});
    DealFormDialog* editDeal(qint64 dealId);
    // Asks, then deletes; false when nothing was deleted.
    bool deleteDeal(qint64 dealId);

    PipelineBoard* board() const { return m_board; }
    DealListModel* listModel() const { return m_listModel; }
    QTableView* table() const { return m_table; }
    QLineEdit* searchEdit() const { return m_search; }
    QAbstractButton* boardButton() const { return m_boardButton; }
    QAbstractButton* listButton() const { return m_listButton; }
    QPushButton* newDealButton() const { return m_new; }
    QPushButton* editButton() const { return m_edit; }
    QPushButton* deleteButton() const { return m_delete; }
    QLabel* weightedLabel() const { return m_weighted; }
    QLabel* openAmountLabel() const { return m_openAmount; }
    QLabel* openCountLabel() const { return m_openCount; }
    bool showsEmptyState() const;

signals:
    void statusMessage(const QString& message);
    void dealsChanged();

protected:
    void showEvent(QShowEvent* event) override;

private:
    QWidget* createSummary();
    QWidget* createEmptyState();
    void setupTable();
    void updateTotals();
    void updateButtons();
    void reloadList();
    void showCurrentView();
    pipeline::DealFilter filter() const;
    DealFormDialog* openDialog(DealFormDialog* dialog);

    PipelineServices& m_services;
    View m_view = View::Board;
    bool m_hasDeals = false;
    PipelineBoard* m_board = nullptr;
    DealListModel* m_listModel = nullptr;
    QTableView* m_table = nullptr;
    QStackedWidget* m_stack = nullptr;
    QLineEdit* m_search = nullptr;
    QAbstractButton* m_boardButton = nullptr;
    QAbstractButton* m_listButton = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_delete = nullptr;
    QLabel* m_weighted = nullptr;
    QLabel* m_openAmount = nullptr;
    QLabel* m_openCount = nullptr;
    QLabel* m_emptyText = nullptr;
};

} // namespace peyvand::ui
