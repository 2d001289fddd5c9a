#include "AppLockGuard.h"

#include "LockDialog.h"
#include "ExportPolicy.h"

#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>
#include <QWidget>

namespace peyvand::ui {

namespace {

bool isActivity(QEvent::Type type)
{
    switch (type) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        return true;
    default:
        return false;
    }
}

// An opaque cover over a window's whole content while Peyvand is locked.
class LockCurtain final : public QWidget {
public:
    explicit LockCurtain(QWidget* window) : QWidget(window)
    {
        setObjectName(QStringLiteral("lockCurtain"));
        setAutoFillBackground(true);
        setAttribute(Qt::WA_NoMousePropagation);
        auto* text = new QLabel(AppLockGuard::tr("Peyvand is locked"), this);
        text->setAlignment(Qt::AlignCenter);
        QFont large = text->font();
        large.setPointSizeF(large.pointSizeF() * 1.6);
        text->setFont(large);
        auto* layout = new QVBoxLayout(this);
        layout->addWidget(text);
        setGeometry(window->rect());
        window->installEventFilter(this);
        raise();
        show();
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (watched == parent() && event->type() == QEvent::Resize)
            setGeometry(parentWidget()->rect());
        if (watched == parent() && event->type() == QEvent::ChildAdded)
            raise();
        return false;
    }
};

} // namespace

AppLockGuard::AppLockGuard(storage::Database& db, QObject* parent, security::PasswordCost cost)
    : QObject(parent), m_lock(db, SystemClock::instance(), cost)
{
    m_idle.setSingleShot(true);
    connect(&m_idle, &QTimer::timeout, this, &AppLockGuard::lockNow);
    reloadSettings();
}

AppLockGuard::~AppLockGuard()
{
    if (qApp)
        qApp->removeEventFilter(this);
    uncover();
}

void AppLockGuard::reloadSettings()
{
    const Result<security::LockSettings> settings = m_lock.settings();
    // An unreadable setting locks nothing but allows nothing either.
    const security::LockSettings s = settings ? *settings : security::LockSettings {};
    m_enabled = s.enabled;
    ExportPolicy::instance().setAllowed(settings && s.exportsAllowed, settings && s.printingAllowed);
    setIdleInterval(s.enabled ? s.idleMinutes * 60 * 1000 : 0);
}

bool AppLockGuard::unlockAtStart()
{
    if (!m_enabled)
        return true;
    LockDialog dialog(m_lock);
    return dialog.exec() == QDialog::Accepted;
}

void AppLockGuard::watch(QWidget* window)
{
    m_window = window;
    qApp->installEventFilter(this);
    restartIdleTimer();
}

void AppLockGuard::setIdleInterval(int milliseconds)
{
    m_idleMs = std::max(0, milliseconds);
    restartIdleTimer();
}

void AppLockGuard::restartIdleTimer()
{
    if (m_idleMs > 0 && m_enabled && m_window && !isLocked())
        m_idle.start(m_idleMs);
    else
        m_idle.stop();
}

bool AppLockGuard::eventFilter(QObject* watched, QEvent* event)
{
    if (isActivity(event->type()) && !isLocked() && m_idle.isActive())
        m_idle.start(m_idleMs);
    return QObject::eventFilter(watched, event);
}

void AppLockGuard::lockNow()
{
    if (isLocked() || !m_enabled)
        return;
    m_idle.stop();
    m_locked = true;
    cover();
    m_dialog = new LockDialog(m_lock, m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::finished, this, [this](int result) {
        if (result == LockDialog::kQuit) {
            QCoreApplication::exit(0);
            return;
        }
        m_locked = false;
        uncover();
        restartIdleTimer();
        emit unlocked();
    });
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
    emit locked();
}

void AppLockGuard::cover()
{
    for (QWidget* top : QApplication::topLevelWidgets()) {
        if (top->isVisible() && !top->isHidden())
            m_curtains << new LockCurtain(top);
    }
}

void AppLockGuard::uncover()
{
    for (const QPointer<QWidget>& curtain : std::as_const(m_curtains))
        delete curtain.data();
    m_curtains.clear();
}

} // namespace peyvand::ui
