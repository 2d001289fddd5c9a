#pragma once

#include "customers/Customer.h"
#include "customers/CustomerValidator.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace peyvand::customers {
class CustomerService;
}

namespace peyvand::ui {

class ContactFieldsForm;
class FieldFeedback;
class JalaliDateEdit;
class TagsLineEdit;

// The customer form: every field of customers::Customer, the contact fields
// through ContactFieldsForm. Each field is checked with
// CustomerValidator::checkField while the user types and when they leave it:
// errors show in red next to the field and block saving, warnings show in
// amber and do not. Saving calls CustomerService::create or
// update; an error from core is shown next to the field it names. The dialog
// holds no business rule of its own.
class CustomerFormDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerFormDialog)

public:
    // A new customer when `existing` has id 0, otherwise an edit of it.
    CustomerFormDialog(customers::CustomerService& service, const customers::Customer& existing,
                       QWidget* parent = nullptr);

    customers::CustomerKind kind() const;
    void setKind(customers::CustomerKind kind);
    // The editor of a text field by its identifier ("name", "mobile", "national_id", …).
    QLineEdit* edit(const QString& field) const;
    JalaliDateEdit* sinceEdit() const { return m_since; }
    QComboBox* channelBox() const;
    QPushButton* saveButton() const { return m_save; }
    FieldFeedback* feedback() const { return m_feedback; }
    QLabel* generalMessage() const { return m_general; }
    // The customer as saved by core (valid after the dialog was accepted).
    const customers::Customer& saved() const { return m_saved; }
    bool isNew() const { return m_original.id == 0; }

    // Checks one field now and shows its issues (as when the user leaves it).
    void checkNow(const QString& field);

public slots:
    void accept() override;

private:
    QWidget* createOtherGroup();
    void load(const customers::Customer& customer);
    customers::Customer collect() const;
    void showCoreIssues(const customers::ValidationReport& report, const Error& error);
    void focusField(const QString& field);

    customers::CustomerService& m_service;
    customers::Customer m_original;
    customers::Customer m_saved;
    FieldFeedback* m_feedback = nullptr;
    ContactFieldsForm* m_contact = nullptr;
    QComboBox* m_source = nullptr;
    TagsLineEdit* m_tags = nullptr;
    JalaliDateEdit* m_since = nullptr;
    QLabel* m_general = nullptr;
    QPushButton* m_save = nullptr;
};

} // namespace peyvand::ui
