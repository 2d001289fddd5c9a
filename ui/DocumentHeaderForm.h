#pragma once

#include "common/Error.h"
#include "sales/Document.h"

#include <QWidget>

class QComboBox;
class QFormLayout;
class QLineEdit;
class QPlainTextEdit;
class QStringListModel;

namespace peyvand::ui {

class CustomerPicker;
class DocumentServices;
class FieldFeedback;
class JalaliDateEdit;

// The header of a pre-invoice or invoice: customer (search as you type),
// issue and validity dates, marketer, outgoing and remittance numbers,
// title, description and terms, payment terms. Messages of core errors are
// shown under the field they name (FieldFeedback, core's field ids).
class DocumentHeaderForm final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentHeaderForm)

public:
    explicit DocumentHeaderForm(DocumentServices& services, QWidget* parent = nullptr);

    // Shows a document; the validity follows the issue date by
    // `validityDays` until the user changes it.
    void load(const sales::Document& document, const QString& customerName, int validityDays);
    // Writes the fields into `document`; dates that do not parse come back as
    // errors named like core's ("issue_date").
    QList<Error> store(sales::Document& document) const;
    void setReadOnly(bool readOnly);
    void setMarketers(const QStringList& marketers);

    // Shows an error under its field; false when the field is not in this form.
    bool showError(const Error& error);
    void clearErrors();
    FieldFeedback* feedback() const { return m_feedback; }

    CustomerPicker* customerPicker() const { return m_customer; }
    JalaliDateEdit* issueDateEdit() const { return m_issueDate; }
    JalaliDateEdit* validUntilEdit() const { return m_validUntil; }
    QLineEdit* marketerEdit() const { return m_marketer; }
    QLineEdit* outgoingNumberEdit() const { return m_outgoing; }
    QLineEdit* remittanceNumberEdit() const { return m_remittance; }
    QLineEdit* titleEdit() const { return m_title; }
    QPlainTextEdit* descriptionEdit() const { return m_description; }
    QComboBox* paymentTermsBox() const { return m_terms; }
    QLineEdit* paymentNoteEdit() const { return m_paymentNote; }

signals:
    void edited();
    void issueDateChanged(QDate date);

private:
    QWidget* withMessage(const QString& field, QWidget* editor);
    void onIssueDateEdited();

    DocumentServices& m_services;
    FieldFeedback* m_feedback = nullptr;
    CustomerPicker* m_customer = nullptr;
    JalaliDateEdit* m_issueDate = nullptr;
    JalaliDateEdit* m_validUntil = nullptr;
    QWidget* m_validUntilRow = nullptr;
    QFormLayout* m_datesForm = nullptr;
    QLineEdit* m_marketer = nullptr;
    QStringListModel* m_marketers = nullptr;
    QLineEdit* m_outgoing = nullptr;
    QLineEdit* m_remittance = nullptr;
    QLineEdit* m_title = nullptr;
    QPlainTextEdit* m_description = nullptr;
    QComboBox* m_terms = nullptr;
    QLineEdit* m_paymentNote = nullptr;
    int m_validityDays = 0;
    bool m_validityFollowsIssueDate = true;
    bool m_loading = false;
};

} // namespace peyvand::ui
