#pragma once

#include <QString>

namespace peyvand::ui {

// Where reminders appear: the system tray's notifications, or a bar inside
// the window when there is no tray. Tests put a recorder in its place.
class ReminderNotifier {
public:
    virtual ~ReminderNotifier() = default;
    virtual void notify(const QString& title, const QString& text) = 0;
};

} // namespace peyvand::ui
