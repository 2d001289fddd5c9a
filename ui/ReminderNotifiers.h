#pragma once

#include "ReminderNotifier.h"

#include <QFrame>
#include <QObject>
#include <QStringList>

class QLabel;
class QPushButton;
class QSystemTrayIcon;

namespace peyvand::ui {

// Reminders as desktop notifications from an icon in the system tray.
// Clicking the message (or the icon) asks to open the tasks.
class TrayNotifier final : public QObject, public ReminderNotifier {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayNotifier)

public:
    explicit TrayNotifier(QObject* parent = nullptr);

    void notify(const QString& title, const QString& text) override;
    QSystemTrayIcon* trayIcon() const { return m_tray; }

signals:
    void activated();

private:
    QSystemTrayIcon* m_tray = nullptr;
};

// Reminders in a bar at the top of the window, for desktops without a
// system tray: the latest message, "Open tasks" and a close button.
class ReminderBar final : public QFrame, public ReminderNotifier {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReminderBar)

public:
    explicit ReminderBar(QWidget* parent = nullptr);

    void notify(const QString& title, const QString& text) override;
    QLabel* messageLabel() const { return m_message; }
    QPushButton* openButton() const { return m_open; }
    // Hides the bar and forgets its messages.
    void dismiss();

signals:
    void activated();

private:
    QStringList m_lines;
    QLabel* m_message = nullptr;
    QPushButton* m_open = nullptr;
};

} // namespace peyvand::ui
