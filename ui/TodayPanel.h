#pragma once

#include "tasks/Task.h"

#include <QWidget>

class QLabel;
class QTreeView;

namespace peyvand::ui {

class AgendaModel;
class PaymentRemindersBox;
class PipelineServices;

// "Today": open tasks that are overdue (in red), due today and due in the
// next seven days. A check marks a task done; double-click edits it; a click
// on its subject opens the customer, lead or deal.
class TodayPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TodayPanel)

public:
    static constexpr int kUpcomingDays = 7;

    explicit TodayPanel(PipelineServices& services, QWidget* parent = nullptr);

    void reload();
    // Adds the "Payments" list under the tasks (it reloads with the panel).
    void addPaymentReminders(PaymentRemindersBox* payments);
    PaymentRemindersBox* paymentReminders() const { return m_payments; }
    qint64 currentTaskId() const;
    void select(qint64 taskId);
    AgendaModel* model() const { return m_model; }
    QTreeView* view() const { return m_view; }
    QLabel* emptyLabel() const { return m_empty; }
    // What a click on the index does: the subject column opens the subject.
    void activateSubject(const QModelIndex& index);

signals:
    void editRequested(qint64 taskId);
    void openSubjectRequested(peyvand::tasks::Subject subject, qint64 subjectId);
    void currentTaskChanged(qint64 taskId);
    void tasksChanged();
    void statusMessage(const QString& message);

private:
    PipelineServices& m_services;
    AgendaModel* m_model = nullptr;
    QTreeView* m_view = nullptr;
    QLabel* m_empty = nullptr;
    PaymentRemindersBox* m_payments = nullptr;
    bool m_reloadPending = false;
};

} // namespace peyvand::ui
