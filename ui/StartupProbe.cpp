#include "StartupProbe.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>

namespace peyvand::ui {

StartupProbe::StartupProbe(QWidget* watched, QObject* parent)
    : QObject(parent)
{
    watched->installEventFilter(this);
}

bool StartupProbe::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Paint && !m_seen) {
        m_seen = true;
        watched->removeEventFilter(this);
        // The paint event is delivered after this filter returns; report once it is done.
        QTimer::singleShot(0, this, &StartupProbe::firstPaint);
    }
    return QObject::eventFilter(watched, event);
}

} // namespace peyvand::ui
