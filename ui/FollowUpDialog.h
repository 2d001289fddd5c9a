#pragma once

#include "tasks/Task.h"

#include <QDialog>

class QLineEdit;
class QPushButton;
class QTimeEdit;

namespace peyvand::tasks {
class TaskService;
}

namespace peyvand::ui {

class FieldFeedback;
class JalaliDateEdit;

// "Add follow-up": a task with a title and a due date and time, linked to a
// subject (a lead here). Saves through TaskService::create; errors are shown
// next to the field core names.
class FollowUpDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FollowUpDialog)

public:
    FollowUpDialog(tasks::TaskService& service, tasks::Subject subject, qint64 subjectId, const QString& title,
                   QWidget* parent = nullptr);

    QLineEdit* titleEdit() const { return m_title; }
    JalaliDateEdit* dateEdit() const { return m_date; }
    QTimeEdit* timeEdit() const { return m_time; }
    QPushButton* saveButton() const { return m_save; }
    FieldFeedback* feedback() const { return m_feedback; }
    const tasks::Task& saved() const { return m_saved; }

public slots:
    void accept() override;

private:
    tasks::TaskService& m_service;
    tasks::Subject m_subject;
    qint64 m_subjectId = 0;
    QLineEdit* m_title = nullptr;
    JalaliDateEdit* m_date = nullptr;
    QTimeEdit* m_time = nullptr;
    QPushButton* m_save = nullptr;
    FieldFeedback* m_feedback = nullptr;
    tasks::Task m_saved;
};

} // namespace peyvand::ui
