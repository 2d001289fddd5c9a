#pragma once

#include "pipeline/DealService.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace peyvand::ui {

class CustomerPicker;
class FieldFeedback;
class JalaliDateEdit;
class PipelineServices;

// Adds a deal or edits one: title, customer (searched as typed), amount in
// Rial, expected close (Jalali), stage and owner; a lost stage also takes the
// reason. Saves through DealService (create, or update and, when the stage
// changed, move) and shows core's errors next to the field they name.
class DealFormDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DealFormDialog)

public:
    // A new deal when `existing.deal.id` is 0 (its customer and stage, when
    // set, are preselected), otherwise an edit of it.
    DealFormDialog(PipelineServices& services, const pipeline::DealRow& existing, QWidget* parent = nullptr);

    bool isNew() const { return m_original.deal.id == 0; }
    QLineEdit* titleEdit() const { return m_title; }
    CustomerPicker* customerPicker() const { return m_customer; }
    QLineEdit* amountEdit() const { return m_amount; }
    QLabel* amountHint() const { return m_amountHint; }
    JalaliDateEdit* closeEdit() const { return m_close; }
    QComboBox* stageBox() const { return m_stage; }
    QLineEdit* lostReasonEdit() const { return m_lostReason; }
    QLineEdit* ownerEdit() const { return m_owner; }
    FieldFeedback* feedback() const { return m_feedback; }
    QLabel* generalMessage() const { return m_general; }
    QPushButton* saveButton() const { return m_save; }
    const pipeline::Deal& saved() const { return m_saved; }
    // Chooses the stage by id; false when there is no such stage.
    bool selectStage(qint64 stageId);

public slots:
    void accept() override;

private:
    void load(const pipeline::DealRow& row);
    void showAmountHint();
    void updateLostReason();
    void showError(const Error& error);
    bool collect(pipeline::Deal& deal);
    pipeline::StageOutcome chosenOutcome() const;

    PipelineServices& m_services;
    pipeline::DealRow m_original;
    pipeline::Deal m_saved;
    bool m_toman = false;
    QList<pipeline::Stage> m_stages;
    FieldFeedback* m_feedback = nullptr;
    QLineEdit* m_title = nullptr;
    CustomerPicker* m_customer = nullptr;
    QLineEdit* m_amount = nullptr;
    QLabel* m_amountHint = nullptr;
    JalaliDateEdit* m_close = nullptr;
    QComboBox* m_stage = nullptr;
    QLabel* m_lostCaption = nullptr;
    QLineEdit* m_lostReason = nullptr;
    QLineEdit* m_owner = nullptr;
    QLabel* m_general = nullptr;
    QPushButton* m_save = nullptr;
};

} // namespace peyvand::ui
