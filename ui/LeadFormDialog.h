#pragma once

#include "leads/Lead.h"
#include "leads/ScoringProfile.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace peyvand::leads {
class LeadService;
}

namespace peyvand::ui {

class ContactFieldsForm;
class FieldFeedback;

// The lead form (new or edit): the contact fields as for customers, then the
// lead's type, source, owner (completed from the owners in use), status (with
// the reason when lost), best time to call, and the scoring criteria: budget
// in Rial, timeline, authority, industry (from the user's list), need and the
// custom criteria of the scoring profile. Saving calls LeadService::create or
// update; an error from core is shown next to the field it names.
class LeadFormDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LeadFormDialog)

public:
    // A new lead when `existing` has id 0, otherwise an edit of it. `cities`
    // are offered for the city field.
    LeadFormDialog(leads::LeadService& service, const leads::Lead& existing, const QStringList& cities = {},
                   QWidget* parent = nullptr);

    bool isNew() const { return m_original.id == 0; }
    const leads::Lead& saved() const { return m_saved; }
    ContactFieldsForm* contact() const { return m_contact; }
    // The line edit of a contact field ("name", "mobile", …) or of "owner",
    // "lost_reason", "best_time_to_call", "budget".
    QLineEdit* edit(const QString& field) const;
    // The combo of "type", "source", "status", "timeline", "authority",
    // "industry", "need" or "custom.<key>".
    QComboBox* combo(const QString& field) const { return m_combos.value(field); }
    QLabel* budgetHint() const { return m_budgetHint; }
    QPushButton* saveButton() const { return m_save; }
    FieldFeedback* feedback() const { return m_feedback; }
    QLabel* generalMessage() const { return m_general; }
    bool lostReasonVisible() const;

public slots:
    void accept() override;

private:
    QWidget* createLeadGroup();
    QWidget* createCriteriaGroup();
    QComboBox* addCombo(QFormLayout* form, const QString& field, const QString& caption);
    QLineEdit* addLine(QFormLayout* form, const QString& field, const QString& caption);
    void load(const leads::Lead& lead);
    // The lead as typed; false (with the error shown) when the budget cannot be read.
    bool collect(leads::Lead& lead);
    void showCoreError(const Error& error);
    void updateLostReason();
    void updateBudgetHint();

    leads::LeadService& m_service;
    leads::Lead m_original;
    leads::Lead m_saved;
    leads::ScoringProfile m_profile;
    FieldFeedback* m_feedback = nullptr;
    ContactFieldsForm* m_contact = nullptr;
    QHash<QString, QComboBox*> m_combos;
    QHash<QString, QLineEdit*> m_lines;
    QFormLayout* m_leadForm = nullptr;
    QLabel* m_lostCaption = nullptr;
    QLabel* m_budgetHint = nullptr;
    QLabel* m_general = nullptr;
    QPushButton* m_save = nullptr;
};

} // namespace peyvand::ui
