#pragma once

#include "common/Error.h"
#include "payments/PaymentService.h"

#include <QDialog>
#include <QHash>

#include <optional>

class QCheckBox;
class QFormLayout;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QStackedWidget;

namespace peyvand::ui {

class DocumentServices;
class FieldFeedback;
class ImagePicker;
class JalaliDateEdit;
class PaymentRatingBadge;

// Receives a payment against an issued invoice: the invoice's figures (total,
// paid, pending, balance) and the customer's payment rating on top; the
// method (cash, POS, deposit slip, card-to-card, credit promise, cheque)
// switches the group of fields below; amount (the uncovered part to start
// with), date, instalment of the plan, note, and "on account" for money
// above the balance. PaymentService::receive decides; its errors are shown
// next to the field they name and nothing is stored.
class ReceivePaymentDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReceivePaymentDialog)

public:
    ReceivePaymentDialog(DocumentServices& services, qint64 invoiceId, QWidget* parent = nullptr);

    // False when the invoice could not be read (the reason is shown).
    bool isLoaded() const { return m_account.has_value(); }
    const std::optional<payments::InvoiceAccount>& account() const { return m_account; }
    // What the last successful receive() stored.
    const std::optional<payments::PaymentReceipt>& receipt() const { return m_receipt; }

    payments::PaymentMethod method() const;
    void setMethod(payments::PaymentMethod method);
    // Preselects an instalment of the plan (the panel's "Receive" on one).
    void setInstalment(qint64 instalmentId);

    QComboBox* methodBox() const { return m_method; }
    QStackedWidget* methodPages() const { return m_pages; }
    QWidget* pageOf(payments::PaymentMethod method) const;
    QLineEdit* amountEdit() const { return m_amount; }
    JalaliDateEdit* dateEdit() const { return m_date; }
    QComboBox* instalmentBox() const { return m_instalment; }
    QLineEdit* noteEdit() const { return m_note; }
    QCheckBox* onAccountBox() const { return m_onAccount; }
    PaymentRatingBadge* ratingBadge() const { return m_rating; }
    ImagePicker* chequeImage() const { return m_chequeImage; }
    // A method's text field by its name ("terminal", "trace", "card", "bank",
    // "account", "reference", "payer", "sayad", "serial", "branch_name",
    // "branch_code", "account_number", "drawer_name", "drawer_id").
    QLineEdit* textField(payments::PaymentMethod method, const QString& name) const;
    JalaliDateEdit* dueDateEdit(payments::PaymentMethod method) const;
    QComboBox* accountTypeBox() const { return m_accountType; }
    FieldFeedback* feedback() const { return m_feedback; }
    // The feedback key where an error of `field` is shown for the current method.
    QString feedbackKey(const QString& field) const;
    QLabel* generalMessage() const { return m_general; }
    QLabel* figureLabel(const QString& name) const;

public slots:
    void accept() override;

signals:
    void received(const payments::PaymentReceipt& receipt);

private:
    QWidget* createSummary();
    QWidget* createCommonFields();
    void createMethodPages();
    QWidget* createPosPage();
    QWidget* createDepositPage();
    QWidget* createCardPage();
    QWidget* createCreditPage();
    QWidget* createChequePage();
    QLineEdit* addText(QWidget* page, QFormLayout* form, payments::PaymentMethod method, const QString& name,
                       const QString& caption, const QString& field = {});
    void showAccount();
    void onMethodChanged();
    bool collect(payments::NewPayment& payment);
    void showError(const Error& error);
    void clearErrors();

    DocumentServices& m_services;
    std::optional<payments::InvoiceAccount> m_account;
    std::optional<payments::PaymentReceipt> m_receipt;
    bool m_toman = false;
    FieldFeedback* m_feedback = nullptr;
    QHash<QString, QLabel*> m_figures;
    PaymentRatingBadge* m_rating = nullptr;
    QComboBox* m_method = nullptr;
    QGroupBox* m_methodGroup = nullptr;
    QStackedWidget* m_pages = nullptr;
    QHash<int, QWidget*> m_pageOf;
    QHash<QString, QLineEdit*> m_texts; // "<method key>.<name>"
    QHash<int, JalaliDateEdit*> m_dueDates;
    QComboBox* m_accountType = nullptr;
    ImagePicker* m_chequeImage = nullptr;
    QLineEdit* m_amount = nullptr;
    QCheckBox* m_onAccount = nullptr;
    JalaliDateEdit* m_date = nullptr;
    QLabel* m_instalmentCaption = nullptr;
    QComboBox* m_instalment = nullptr;
    QLineEdit* m_note = nullptr;
    QLabel* m_general = nullptr;
};

} // namespace peyvand::ui
