#pragma once

#include "common/Error.h"
#include "tasks/Task.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;

namespace peyvand::ui {

class CustomerPicker;
class FieldFeedback;
class JalaliDateEdit;
class LeadSearchBox;
class PipelineServices;

// Adds a task or follow-up or edits one: title, due day (Jalali) and time,
// notes, and what it is about (nothing, a customer, a lead or a deal).
// Saves through TaskService and shows core's errors next to their field.
class TaskFormDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskFormDialog)

public:
    // A new task when `existing.id` is 0 (its subject and due time, when set,
    // are preselected; otherwise it is due at the next full hour today).
    TaskFormDialog(PipelineServices& services, const tasks::Task& existing, QWidget* parent = nullptr);

    bool isNew() const { return m_original.id == 0; }
    QLineEdit* titleEdit() const { return m_title; }
    JalaliDateEdit* dateEdit() const { return m_date; }
    QComboBox* timeBox() const { return m_time; }
    QPlainTextEdit* notesEdit() const { return m_notes; }
    QComboBox* subjectBox() const { return m_subject; }
    CustomerPicker* customerPicker() const { return m_customer; }
    LeadSearchBox* leadBox() const { return m_lead; }
    QComboBox* dealBox() const { return m_deal; }
    FieldFeedback* feedback() const { return m_feedback; }
    QLabel* generalMessage() const { return m_general; }
    const tasks::Task& saved() const { return m_saved; }
    void setSubject(tasks::Subject subject);

public slots:
    void accept() override;

private:
    void load(const tasks::Task& task);
    void fillTimes();
    bool collect(tasks::Task& task);
    void showError(const Error& error);

    PipelineServices& m_services;
    tasks::Task m_original;
    tasks::Task m_saved;
    FieldFeedback* m_feedback = nullptr;
    QLineEdit* m_title = nullptr;
    JalaliDateEdit* m_date = nullptr;
    QComboBox* m_time = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QComboBox* m_subject = nullptr;
    QStackedWidget* m_subjectStack = nullptr;
    CustomerPicker* m_customer = nullptr;
    LeadSearchBox* m_lead = nullptr;
    QComboBox* m_deal = nullptr;
    QLabel* m_general = nullptr;
};

} // namespace peyvand::ui
