#pragma once

#include "common/Error.h"
#include "payments/Payment.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace peyvand::payments {
class PaymentService;
}

namespace peyvand::ui {

class FieldFeedback;
class JalaliDateEdit;

// Moves a cheque to its next state: the day it happened (today unless
// changed) and a note, then PaymentService::setChequeStatus. Core's refusal
// (a date before the last transition, a state no longer allowed) is shown
// in the dialog, which stays open.
class ChequeTransitionDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChequeTransitionDialog)

public:
    ChequeTransitionDialog(payments::PaymentService& service, const payments::Cheque& cheque,
                           payments::ChequeStatus to, QDate today, bool toman, QWidget* parent = nullptr);

    payments::ChequeStatus target() const { return m_to; }
    const payments::Cheque& saved() const { return m_saved; }
    JalaliDateEdit* dateEdit() const { return m_date; }
    QLineEdit* noteEdit() const { return m_note; }
    QPushButton* confirmButton() const { return m_confirm; }
    QLabel* generalMessage() const { return m_general; }
    FieldFeedback* feedback() const { return m_feedback; }

    void accept() override;

private:
    void showError(const Error& error);

    payments::PaymentService& m_service;
    payments::Cheque m_cheque;
    payments::Cheque m_saved;
    payments::ChequeStatus m_to;
    JalaliDateEdit* m_date = nullptr;
    QLineEdit* m_note = nullptr;
    QPushButton* m_confirm = nullptr;
    QLabel* m_general = nullptr;
    FieldFeedback* m_feedback = nullptr;
};

} // namespace peyvand::ui
