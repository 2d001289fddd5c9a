#pragma once

#include "pipeline/Deal.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace peyvand::pipeline {
class DealService;
}

namespace peyvand::ui {

class FieldFeedback;

// Adds a stage to the pipeline or renames one and changes its probability.
// What a stage means (open, won, lost) is chosen when it is added.
class StageDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StageDialog)

public:
    // A new stage when `existing.id` is 0, otherwise a change of it.
    StageDialog(pipeline::DealService& deals, const pipeline::Stage& existing, QWidget* parent = nullptr);

    bool isNew() const { return m_original.id == 0; }
    QLineEdit* nameEdit() const { return m_name; }
    QSpinBox* probabilityBox() const { return m_probability; }
    QComboBox* outcomeBox() const { return m_outcome; }
    FieldFeedback* feedback() const { return m_feedback; }
    QLabel* generalMessage() const { return m_general; }
    const pipeline::Stage& saved() const { return m_saved; }

public slots:
    void accept() override;

private:
    void showError(const Error& error);

    pipeline::DealService& m_deals;
    pipeline::Stage m_original;
    pipeline::Stage m_saved;
    FieldFeedback* m_feedback = nullptr;
    QLineEdit* m_name = nullptr;
    QSpinBox* m_probability = nullptr;
    QComboBox* m_outcome = nullptr;
    QLabel* m_general = nullptr;
};

} // namespace peyvand::ui
