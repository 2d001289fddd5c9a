#pragma once

#include "LockDialog.h"
#include "security/AppLock.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QWidget;

namespace peyvand::ui {


// The app lock in the running application: asks for the password at start,
// locks after the idle minutes of the settings (any key, click, wheel or mouse
// move counts as activity), covers every window while locked so no customer
// data shows behind the password dialog, and keeps ExportPolicy in step with
// the database.
class AppLockGuard final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppLockGuard)

public:
    explicit AppLockGuard(storage::Database& db, QObject* parent = nullptr,
                          security::PasswordCost cost = security::PasswordCost::interactive());
    ~AppLockGuard() override;

    security::AppLock& lock() { return m_lock; }

    // Before the main window shows: when a password is set, asks for it
    // (blocking); false when the user chose to quit.
    bool unlockAtStart();
    // Watches for idleness from now on; `window` is the one the password dialog opens over.
    void watch(QWidget* window);
    // Reads the settings again (after the Security tab changed them).
    void reloadSettings();

    // Covers the windows and shows the password dialog (without blocking).
    void lockNow();
    bool isLocked() const { return m_locked; }
    LockDialog* dialog() const { return m_dialog; }
    // Milliseconds of idleness before locking; 0: never (tests shorten it).
    void setIdleInterval(int milliseconds);
    int idleInterval() const { return m_idleMs; }

signals:
    void locked();
    void unlocked();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void cover();
    void uncover();
    void restartIdleTimer();

    security::AppLock m_lock;
    QTimer m_idle;
    int m_idleMs = 0;
    bool m_enabled = false;
    bool m_locked = false;
    QPointer<QWidget> m_window;
    QPointer<LockDialog> m_dialog;
    QList<QPointer<QWidget>> m_curtains;
};

} // namespace peyvand::ui
