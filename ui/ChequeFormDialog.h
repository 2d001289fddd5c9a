#pragma once

#include "common/Error.h"
#include "payments/Payment.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace peyvand::payments {
class PaymentService;
}

namespace peyvand::ui {

class FieldFeedback;
class ImagePicker;
class JalaliDateEdit;

// A cheque's details. Editing an existing cheque changes only what does not
// touch money (serial, bank, branch, account, drawer, note, scan): its Sayad
// ID, amount, due date and state are shown but fixed. A new cheque is one
// the business issues (PaymentService::addIssuedCheque): then Sayad ID,
// amount and due date are entered too and the drawer is the payee.
class ChequeFormDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChequeFormDialog)

public:
    // cheque.id == 0: a new issued cheque.
    ChequeFormDialog(payments::PaymentService& service, const payments::Cheque& cheque, QDate today, bool toman,
                     QWidget* parent = nullptr);

    bool isNew() const { return m_cheque.id == 0; }
    const payments::Cheque& saved() const { return m_saved; }

    QLineEdit* sayadEdit() const { return m_sayad; }
    QLineEdit* serialEdit() const { return m_serial; }
    QLineEdit* amountEdit() const { return m_amount; }
    JalaliDateEdit* dueEdit() const { return m_due; }
    QLineEdit* bankEdit() const { return m_bank; }
    QLineEdit* branchNameEdit() const { return m_branchName; }
    QLineEdit* branchCodeEdit() const { return m_branchCode; }
    QComboBox* accountTypeBox() const { return m_accountType; }
    QLineEdit* accountEdit() const { return m_account; }
    QLineEdit* drawerEdit() const { return m_drawer; }
    QLineEdit* drawerIdEdit() const { return m_drawerId; }
    QPlainTextEdit* noteEdit() const { return m_note; }
    ImagePicker* imagePicker() const { return m_image; }
    QPushButton* saveButton() const { return m_save; }
    QLabel* generalMessage() const { return m_general; }
    FieldFeedback* feedback() const { return m_feedback; }

    void accept() override;

private:
    void showError(const Error& error);
    bool collect(payments::Cheque& cheque);

    payments::PaymentService& m_service;
    payments::Cheque m_cheque;
    payments::Cheque m_saved;
    QLineEdit* m_sayad = nullptr;
    QLineEdit* m_serial = nullptr;
    QLineEdit* m_amount = nullptr;
    JalaliDateEdit* m_due = nullptr;
    QLineEdit* m_bank = nullptr;
    QLineEdit* m_branchName = nullptr;
    QLineEdit* m_branchCode = nullptr;
    QComboBox* m_accountType = nullptr;
    QLineEdit* m_account = nullptr;
    QLineEdit* m_drawer = nullptr;
    QLineEdit* m_drawerId = nullptr;
    QPlainTextEdit* m_note = nullptr;
    ImagePicker* m_image = nullptr;
    QPushButton* m_save = nullptr;
    QLabel* m_general = nullptr;
    FieldFeedback* m_feedback = nullptr;
};

} // namespace peyvand::ui
