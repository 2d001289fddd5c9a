#pragma once

#include "customers/Customer.h"

#include "common/Result.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace peyvand::customers {
class CustomerService;
}

namespace peyvand::ui {

class FieldFeedback;
class JalaliDateEdit;

// "Log call": records an interaction with a customer (channel, direction, with
// whom, summary, outcome, follow-up date). Saving goes through
// CustomerService::logInteraction; its errors are shown next to the field.
// Leads log the same kind of interaction through their own service (and
// without the follow-up date: their follow-ups are tasks).
class LogInteractionDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogInteractionDialog)

public:
    using Logger = std::function<Result<customers::Interaction>(const customers::Interaction&)>;

    LogInteractionDialog(customers::CustomerService& service, qint64 customerId, QWidget* parent = nullptr);
    // Saves through `logger`; the follow-up row is shown only when `withFollowUp`.
    LogInteractionDialog(Logger logger, qint64 subjectId, bool withFollowUp, QWidget* parent = nullptr);

    QComboBox* channelBox() const { return m_channel; }
    QComboBox* directionBox() const { return m_direction; }
    QLineEdit* contactEdit() const { return m_contact; }
    QPlainTextEdit* summaryEdit() const { return m_summary; }
    QLineEdit* outcomeEdit() const { return m_outcome; }
    JalaliDateEdit* followUpEdit() const { return m_followUp; }
    QPushButton* saveButton() const { return m_save; }
    FieldFeedback* feedback() const { return m_feedback; }
    const customers::Interaction& saved() const { return m_saved; }

public slots:
    void accept() override;

private:
    Logger m_logger;
    qint64 m_customerId = 0;
    QComboBox* m_channel = nullptr;
    QComboBox* m_direction = nullptr;
    QLineEdit* m_contact = nullptr;
    QPlainTextEdit* m_summary = nullptr;
    QLineEdit* m_outcome = nullptr;
    JalaliDateEdit* m_followUp = nullptr;
    QPushButton* m_save = nullptr;
    FieldFeedback* m_feedback = nullptr;
    customers::Interaction m_saved;
};

} // namespace peyvand::ui
