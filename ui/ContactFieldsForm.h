#pragma once

#include "customers/Customer.h"
#include "customers/CustomerValidator.h"

#include <QHash>
#include <QSet>
#include <QWidget>

#include <functional>

class QButtonGroup;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace peyvand::ui {

class FieldFeedback;

// The contact fields of a person or a company, as in the customer form: who
// (kind, name, company, national or legal ID, economic code, registration
// number), how to reach them and where. Each field is checked with
// CustomerValidator::checkField when the user leaves it (and live after
// that): errors in red, warnings in amber, in the FieldFeedback given.
// Used by the customer and the lead form; the groups are laid out by the
// caller, which can add fields of its own to be checked the same way.
class ContactFieldsForm final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactFieldsForm)

public:
    ContactFieldsForm(FieldFeedback* feedback, const QStringList& cities, QWidget* parent);

    QWidget* identityGroup() const { return m_identity; }
    QWidget* contactGroup() const { return m_contact; }
    QWidget* addressGroup() const { return m_address; }
    QComboBox* channelBox() const { return m_channel; }

    void load(const customers::Customer& contact);
    // The contact with the typed values over `base` (whose other fields are kept).
    customers::Customer collect(const customers::Customer& base) const;
    customers::CustomerKind kind() const;
    void setKind(customers::CustomerKind kind);
    // The editor of a field by its identifier ("name", "mobile", "national_id", …).
    QLineEdit* edit(const QString& field) const { return m_edits.value(field); }
    // Checks every field now (the caller's added fields last); true when none has an error.
    bool checkAll();
    void checkNow(const QString& field);

    // The issues of a field of the caller's, from the text of its editor.
    using Check = std::function<QList<customers::FieldIssue>(const QString& text)>;
    // Checks a field of the caller's like the contact fields: with `check`, or
    // CustomerValidator::checkField when none is given. watch() follows the
    // editor's own signals; after addField() the caller reports them with
    // fieldEdited() and fieldLeft().
    void watch(const QString& field, QLineEdit* edit, Check check = {});
    void addField(const QString& field, QLineEdit* edit, Check check = {});
    void fieldEdited(const QString& field);
    void fieldLeft(const QString& field);

signals:
    void edited();

private:
    QLineEdit* addLineField(QFormLayout* form, const QString& field, const QString& label, QLabel** caption = nullptr);
    void track(const QString& field, QLineEdit* edit); // one of the contact fields
    void follow(const QString& field, QLineEdit* edit);
    QList<customers::FieldIssue> issuesOf(const QString& field) const;
    void updateKindLabels();
    QString idField() const;
    QStringList checkedFields() const;

    FieldFeedback* m_feedback = nullptr;
    QWidget* m_identity = nullptr;
    QWidget* m_contact = nullptr;
    QWidget* m_address = nullptr;
    QFormLayout* m_identityForm = nullptr;
    QHash<QString, QLineEdit*> m_edits;
    QHash<QString, Check> m_checks;
    QStringList m_added; // the caller's fields, in the order added
    QSet<QString> m_left;
    QButtonGroup* m_kind = nullptr;
    QLabel* m_nameLabel = nullptr;
    QLabel* m_companyLabel = nullptr;
    QLabel* m_idLabel = nullptr;
    QLineEdit* m_idEdit = nullptr;
    QComboBox* m_channel = nullptr;
    QComboBox* m_city = nullptr;
};

} // namespace peyvand::ui
