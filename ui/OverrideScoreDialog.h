#pragma once

#include "leads/Lead.h"

#include <QDialog>

class QLineEdit;
class QPushButton;
class QSpinBox;

namespace peyvand::leads {
class LeadService;
}

namespace peyvand::ui {

class FieldFeedback;

// "Set score by hand": the score to show and queue instead of the computed
// one, and the reason (required by core). Saves through
// LeadService::setOverride; errors are shown next to the field.
class OverrideScoreDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverrideScoreDialog)

public:
    OverrideScoreDialog(leads::LeadService& service, const leads::Lead& lead, QWidget* parent = nullptr);

    QSpinBox* scoreBox() const { return m_score; }
    QLineEdit* reasonEdit() const { return m_reason; }
    QPushButton* saveButton() const { return m_save; }
    FieldFeedback* feedback() const { return m_feedback; }
    const leads::Lead& saved() const { return m_saved; }

public slots:
    void accept() override;

private:
    leads::LeadService& m_service;
    qint64 m_leadId = 0;
    QSpinBox* m_score = nullptr;
    QLineEdit* m_reason = nullptr;
    QPushButton* m_save = nullptr;
    FieldFeedback* m_feedback = nullptr;
    leads::Lead m_saved;
};

} // namespace peyvand::ui
