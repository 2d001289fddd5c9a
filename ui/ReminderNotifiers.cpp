#include "ReminderNotifiers.h"

#include "Display.h"

#include <QGuiApplication>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QToolButton>

namespace peyvand::ui {

namespace {
constexpr int kTrayMessageMs = 15000;
constexpr int kLinesShown = 3;
} // namespace

TrayNotifier::TrayNotifier(QObject* parent)
    : QObject(parent)
    , m_tray(new QSystemTrayIcon(this))
{
    m_tray->setIcon(QGuiApplication::windowIcon());
    m_tray->setToolTip(QGuiApplication::applicationDisplayName());
    m_tray->show();
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, &TrayNotifier::activated);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            emit activated();
    });
}

void TrayNotifier::notify(const QString& title, const QString& text)
{
    m_tray->showMessage(title, text, QSystemTrayIcon::Information, kTrayMessageMs);
}

ReminderBar::ReminderBar(QWidget* parent)
    : QFrame(parent)
    , m_message(new QLabel(this))
    , m_open(new QPushButton(tr("Open tasks"), this))
{
    setObjectName(QStringLiteral("reminderBar"));
    setAttribute(Qt::WA_StyledBackground);
    setStyleSheet(QStringLiteral("#reminderBar { background: #fef3c7; border-bottom: 1px solid #f59e0b; }"));
    m_message->setObjectName(QStringLiteral("reminderMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setAlignment(Display::leadingAlignment() | Qt::AlignVCenter);
    m_open->setObjectName(QStringLiteral("openTasksButton"));
    auto* close = new QToolButton(this);
    close->setObjectName(QStringLiteral("closeReminderButton"));
    close->setAutoRaise(true);
    close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton, nullptr, this));
    close->setToolTip(tr("Close"));
    close->setAccessibleName(tr("Close"));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addWidget(m_message, 1);
    layout->addWidget(m_open);
    layout->addWidget(close);
    connect(m_open, &QPushButton::clicked, this, [this] {
        dismiss();
        emit activated();
    });
    connect(close, &QToolButton::clicked, this, &ReminderBar::dismiss);
    hide();
}

void ReminderBar::dismiss()
{
    m_lines.clear();
    hide();
}

void ReminderBar::notify(const QString& title, const QString& text)
{
    // The latest few, newest last: the Tasks page lists them all.
    m_lines << tr("Reminder: %1 — %2", "task title — when and what")
                   .arg(title, QString(text).replace(QLatin1Char('\n'), QStringLiteral(" · ")));
    while (m_lines.size() > kLinesShown)
        m_lines.removeFirst();
    m_message->setText(m_lines.join(QLatin1Char('\n')));
    show();
}

} // namespace peyvand::ui
