#include "ExportPolicy.h"

#include "Dialogs.h"
#include "security/AppLock.h"

#include <QAbstractButton>
#include <QAction>
#include <QVariant>

namespace peyvand::ui {

namespace {

const char* const kOwnToolTip = "peyvandOwnToolTip";

template <typename Control>
void applyTo(Control* control, ExportPolicy::Kind kind, bool wanted)
{
    if (!control->property(kOwnToolTip).isValid())
        control->setProperty(kOwnToolTip, control->toolTip());
    const bool allowed = ExportPolicy::allows(kind);
    control->setEnabled(wanted && allowed);
    control->setToolTip(allowed ? control->property(kOwnToolTip).toString() : ExportPolicy::reason(kind));
}

} // namespace

ExportPolicy& ExportPolicy::instance()
{
    static ExportPolicy policy;
    return policy;
}

bool ExportPolicy::allows(Kind kind)
{
    const ExportPolicy& p = instance();
    return kind == Kind::Export ? p.m_exports : p.m_printing;
}

QString ExportPolicy::reason(Kind kind)
{
    return kind == Kind::Export ? security::AppLock::exportsOffMessage() : security::AppLock::printingOffMessage();
}

void ExportPolicy::setAllowed(bool exports, bool printing)
{
    if (exports == m_exports && printing == m_printing)
        return;
    m_exports = exports;
    m_printing = printing;
    emit changed();
}

void ExportPolicy::guard(QAbstractButton* button, Kind kind)
{
    apply(button, kind, true);
    connect(&instance(), &ExportPolicy::changed, button, [button, kind] { apply(button, kind, true); });
}

void ExportPolicy::guard(QAction* action, Kind kind)
{
    apply(action, kind, true);
    connect(&instance(), &ExportPolicy::changed, action, [action, kind] { apply(action, kind, true); });
}

void ExportPolicy::apply(QAbstractButton* button, Kind kind, bool wanted)
{
    applyTo(button, kind, wanted);
}

void ExportPolicy::apply(QAction* action, Kind kind, bool wanted)
{
    applyTo(action, kind, wanted);
}

bool ExportPolicy::permit(QWidget* parent, Kind kind)
{
    if (allows(kind))
        return true;
    Dialogs::error(parent, kind == Kind::Export ? tr("Export") : tr("Print"), reason(kind));
    return false;
}

} // namespace peyvand::ui
