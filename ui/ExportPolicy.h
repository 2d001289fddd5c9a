#pragma once

#include <QObject>
#include <QString>

class QAbstractButton;
class QAction;
class QWidget;

namespace peyvand::ui {

// Whether this Peyvand may export or print (the password-protected switches of
// the Security settings, security::AppLock). One per application: the app lock
// sets it from the database, every export and print action follows it.
class ExportPolicy final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportPolicy)

public:
    enum class Kind { Export, Print };

    static ExportPolicy& instance();
    static bool allows(Kind kind);
    // Why an action of this kind is unavailable (for a tooltip or a message).
    static QString reason(Kind kind);

    void setAllowed(bool exports, bool printing);

    // Keeps a button or action that is otherwise always available disabled,
    // with the reason as its tooltip, while its kind is off.
    static void guard(QAbstractButton* button, Kind kind);
    static void guard(QAction* action, Kind kind);
    // For controls whose availability also depends on something else:
    // enabled when `wanted` and the kind is allowed; the tooltip says why not.
    static void apply(QAbstractButton* button, Kind kind, bool wanted);
    static void apply(QAction* action, Kind kind, bool wanted);
    // The last line of defence in the flows themselves: false (after telling
    // the user) when the kind is off.
    static bool permit(QWidget* parent, Kind kind);

signals:
    void changed();

private:
    ExportPolicy() = default;
    bool m_exports = true;
    bool m_printing = true;
};

} // namespace peyvand::ui
