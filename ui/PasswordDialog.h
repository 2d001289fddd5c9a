#pragma once

#include "common/Result.h"

#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace peyvand::ui {

class FieldFeedback;

// Asks for the current app password, a new one (typed twice), or both, and
// hands them to `apply` (a core call). It stays open and shows the error next
// to the field it names ("password", "new_password") until apply succeeds or
// the user cancels.
class PasswordDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PasswordDialog)

public:
    enum Field { Current = 1, New = 2 };
    using Apply = std::function<Status(const QString& current, const QString& newPassword)>;

    PasswordDialog(const QString& title, const QString& explanation, int fields, const QString& okText, Apply apply,
                   QWidget* parent = nullptr);

    QLineEdit* currentField() const { return m_current; }
    QLineEdit* newField() const { return m_new; }
    QLineEdit* repeatField() const { return m_repeat; }
    QPushButton* okButton() const { return m_ok; }
    FieldFeedback* feedback() const { return m_feedback; }
    QLabel* message() const { return m_message; }
    // Fills the fields and presses OK (tests and scripted use).
    void submit(const QString& current, const QString& newPassword, const QString& repeat);

private:
    void tryApply();

    Apply m_apply;
    QLineEdit* m_current = nullptr;
    QLineEdit* m_new = nullptr;
    QLineEdit* m_repeat = nullptr;
    QPushButton* m_ok = nullptr;
    QLabel* m_message = nullptr;
    FieldFeedback* m_feedback = nullptr;
};

} // namespace peyvand::ui
