#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace peyvand::security {
class AppLock;
}

namespace peyvand::ui {

// Asks for the app password over everything. The only ways out are the right
// password (accepted) or quitting Peyvand (finished with kQuit); Escape and the
// window's close button do nothing.
class LockDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LockDialog)

public:
    static constexpr int kQuit = 2;

    explicit LockDialog(security::AppLock& lock, QWidget* parent = nullptr);

    QLineEdit* passwordField() const { return m_password; }
    QLabel* errorLabel() const { return m_error; }
    QPushButton* unlockButton() const { return m_unlock; }
    QPushButton* quitButton() const { return m_quit; }

    void reject() override { }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void tryUnlock();

    security::AppLock& m_lock;
    QLineEdit* m_password = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_unlock = nullptr;
    QPushButton* m_quit = nullptr;
};

} // namespace peyvand::ui
