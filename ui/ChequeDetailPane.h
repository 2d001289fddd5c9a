#pragma once

#include "payments/Payment.h"

#include <QHash>
#include <QList>
#include <QWidget>

class QFormLayout;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QTableView;

namespace peyvand::ui {

class ChequeHistoryModel;

// One cheque in full: every field, the scan when there is one, the status
// history, and a button for each transition the state machine allows from
// its state (and none when it is final), plus "Edit details…".
class ChequeDetailPane final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChequeDetailPane)

public:
    explicit ChequeDetailPane(QWidget* parent = nullptr);

    // The cheque read with its image; an invalid (id 0) cheque clears the pane.
    void showCheque(const payments::Cheque& cheque, const QList<payments::ChequeEvent>& history, bool toman);
    void clear();
    qint64 chequeId() const { return m_cheque.id; }
    const payments::Cheque& cheque() const { return m_cheque; }

    // The transitions offered, in the state machine's order.
    QList<payments::ChequeStatus> offeredTransitions() const { return m_offered; }
    QPushButton* actionButton(payments::ChequeStatus to) const { return m_actions.value(int(to)); }
    QPushButton* editButton() const { return m_edit; }
    QLabel* titleLabel() const { return m_title; }
    QLabel* imageLabel() const { return m_image; }
    QLabel* fieldValue(const QString& field) const { return m_values.value(field); }
    ChequeHistoryModel* historyModel() const { return m_history; }
    QTableView* historyView() const { return m_historyView; }

signals:
    void transitionRequested(payments::ChequeStatus to);
    void editRequested();

private:
    QLabel* addValue(QFormLayout* form, QWidget* parent, const QString& field, const QString& caption);
    void setValue(const QString& field, const QString& text);

    payments::Cheque m_cheque;
    QList<payments::ChequeStatus> m_offered;
    QWidget* m_body = nullptr;
    QLabel* m_empty = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_image = nullptr;
    QHash<QString, QLabel*> m_values;
    QHash<int, QPushButton*> m_actions;
    QHBoxLayout* m_actionRow = nullptr;
    QPushButton* m_edit = nullptr;
    ChequeHistoryModel* m_history = nullptr;
    QTableView* m_historyView = nullptr;
};

} // namespace peyvand::ui
