#pragma once

#include "common/Error.h"
#include "payments/PaymentService.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTableView;

namespace peyvand::ui {

class DocumentServices;
class FieldFeedback;
class InstalmentScheduleModel;
class JalaliDateEdit;
class PaymentRatingBadge;

// The instalment plan of an issued invoice. Without a plan: down payment,
// number of instalments, how far apart (every month, every N months, weeks
// or days, or dates typed one by one) and the first due date, with a live
// preview from payments::makeSchedule whose amounts add up to the balance.
// With a plan: its instalments, what is paid and what is overdue; it can be
// changed or removed only while it has not started. The customer's payment
// rating is shown on top, where the decision to give credit is made.
class InstalmentPlanDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InstalmentPlanDialog)

public:
    enum class Every { Monthly, Months, Weeks, Days, Custom };

    InstalmentPlanDialog(DocumentServices& services, qint64 invoiceId, QWidget* parent = nullptr);

    bool isLoaded() const { return m_account.has_value(); }
    bool isEditing() const;
    const std::optional<payments::Plan>& plan() const { return m_plan; }

    // Switches an existing plan to editing (offered only while it has not started).
    void startEditing();
    // Asks first, then removes the plan; false when nothing was removed.
    bool removePlan();
    // The preview from what the fields hold now; false when core refused them.
    bool updatePreview();

    QLineEdit* downEdit() const { return m_down; }
    QSpinBox* countBox() const { return m_count; }
    QComboBox* everyBox() const { return m_every; }
    QSpinBox* everyCountBox() const { return m_everyCount; }
    JalaliDateEdit* startEdit() const { return m_start; }
    void setEvery(Every every, int count = 1);
    InstalmentScheduleModel* previewModel() const { return m_preview; }
    InstalmentScheduleModel* planModel() const { return m_planModel; }
    QTableView* previewTable() const { return m_previewTable; }
    QLabel* sumLabel() const { return m_sum; }
    QLabel* balanceLabel() const { return m_balance; }
    QLabel* stateLabel() const { return m_state; }
    QPushButton* saveButton() const { return m_save; }
    QPushButton* editButton() const { return m_edit; }
    QPushButton* removeButton() const { return m_remove; }
    PaymentRatingBadge* ratingBadge() const { return m_rating; }
    FieldFeedback* feedback() const { return m_feedback; }
    QLabel* generalMessage() const { return m_general; }

public slots:
    void accept() override;

signals:
    void planChanged(qint64 invoiceId);

private:
    QWidget* createHeader();
    QWidget* createViewPage();
    QWidget* createEditPage();
    void load();
    void showPlan();
    void fillFromPlan(const payments::Plan& plan);
    bool buildRequest(payments::PlanRequest& request);
    void showError(const Error& error);
    void onEveryChanged();

    DocumentServices& m_services;
    qint64 m_invoiceId = 0;
    std::optional<payments::InvoiceAccount> m_account;
    std::optional<payments::Plan> m_plan;
    bool m_toman = false;
    FieldFeedback* m_feedback = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_balance = nullptr;
    PaymentRatingBadge* m_rating = nullptr;
    QStackedWidget* m_pages = nullptr;
    QWidget* m_viewPage = nullptr;
    QWidget* m_editPage = nullptr;
    QLabel* m_state = nullptr;
    InstalmentScheduleModel* m_planModel = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_remove = nullptr;
    QLineEdit* m_down = nullptr;
    QSpinBox* m_count = nullptr;
    QComboBox* m_every = nullptr;
    QSpinBox* m_everyCount = nullptr;
    JalaliDateEdit* m_start = nullptr;
    InstalmentScheduleModel* m_preview = nullptr;
    QTableView* m_previewTable = nullptr;
    QLabel* m_sum = nullptr;
    QLabel* m_general = nullptr;
    QPushButton* m_save = nullptr;
    bool m_filling = false;
};

} // namespace peyvand::ui
