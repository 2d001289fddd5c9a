#pragma once

#include "PasswordDialog.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace peyvand::security {
class AppLock;
}

namespace peyvand::ui {

// The "Security" tab of the settings: set, change or remove the app password
// (each change asks for the current one), the idle minutes before Peyvand
// locks, and whether exports and printing are allowed. The last three sit
// behind the password: changing one asks for it, and a cancelled or refused
// change puts the control back.
class SecuritySettingsTab final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecuritySettingsTab)

public:
    explicit SecuritySettingsTab(security::AppLock& lock, QWidget* parent = nullptr);

    void reload();

    QLabel* statusLabel() const { return m_status; }
    QPushButton* setButton() const { return m_set; }
    QPushButton* changeButton() const { return m_change; }
    QPushButton* removeButton() const { return m_remove; }
    QSpinBox* idleMinutes() const { return m_idle; }
    QPushButton* applyIdleButton() const { return m_applyIdle; }
    QCheckBox* exportsBox() const { return m_exports; }
    QCheckBox* printingBox() const { return m_printing; }
    // The password dialog open now (it is shown without blocking), if any.
    PasswordDialog* openDialog() const { return m_dialog; }

signals:
    // The lock settings in the database changed.
    void settingsChanged();
    void statusMessage(const QString& message);

private:
    void setPassword();
    void changePassword();
    void removePassword();
    void idleEdited();
    void exportsToggled(bool allowed);
    void printingToggled(bool allowed);
    void openPasswordDialog(PasswordDialog* dialog, const QString& done);

    security::AppLock& m_lock;
    QLabel* m_status = nullptr;
    QPushButton* m_set = nullptr;
    QPushButton* m_change = nullptr;
    QPushButton* m_remove = nullptr;
    QSpinBox* m_idle = nullptr;
    QPushButton* m_applyIdle = nullptr;
    int m_savedIdle = 0;
    QCheckBox* m_exports = nullptr;
    QCheckBox* m_printing = nullptr;
    QLabel* m_behindNote = nullptr;
    QWidget* m_guarded = nullptr;
    QPointer<PasswordDialog> m_dialog;
    bool m_loading = false;
};

} // namespace peyvand::ui
