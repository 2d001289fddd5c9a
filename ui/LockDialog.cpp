#include "LockDialog.h"

#include "ErrorText.h"
#include "security/AppLock.h"

#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace peyvand::ui {

LockDialog::LockDialog(security::AppLock& lock, QWidget* parent)
    : QDialog(parent, Qt::Dialog | Qt::CustomizeWindowHint | Qt::WindowTitleHint)
    , m_lock(lock)
    , m_password(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_unlock(new QPushButton(tr("Unlock"), this))
    , m_quit(new QPushButton(tr("Quit Peyvand"), this))
{
    setObjectName(QStringLiteral("lockDialog"));
    setWindowTitle(tr("Peyvand is locked"));
    setWindowModality(Qt::ApplicationModal);
    setMinimumWidth(380);

    auto* title = new QLabel(tr("Peyvand is locked"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    title->setFont(big);
    auto* hint = new QLabel(tr("Enter the app password to continue."), this);
    hint->setWordWrap(true);

    m_password->setObjectName(QStringLiteral("lockPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Password"));
    m_error->setObjectName(QStringLiteral("lockError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b91c1c; }"));
    m_error->hide();
    m_unlock->setObjectName(QStringLiteral("unlockButton"));
    m_unlock->setDefault(true);
    m_quit->setObjectName(QStringLiteral("quitButton"));
    m_quit->setAutoDefault(false);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_quit);
    buttons->addStretch(1);
    buttons->addWidget(m_unlock);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(title);
    layout->addWidget(hint);
    layout->addWidget(m_password);
    layout->addWidget(m_error);
    layout->addSpacing(6);
    layout->addLayout(buttons);

    connect(m_unlock, &QPushButton::clicked, this, &LockDialog::tryUnlock);
    connect(m_password, &QLineEdit::returnPressed, this, &LockDialog::tryUnlock);
    connect(m_quit, &QPushButton::clicked, this, [this] { done(kQuit); });
    m_password->setFocus();
}

void LockDialog::closeEvent(QCloseEvent* event)
{
    event->ignore();
}

void LockDialog::tryUnlock()
{
    const Result<bool> verified = m_lock.verify(m_password->text());
    m_password->clear();
    if (verified && *verified) {
        m_error->hide();
        accept();
        return;
    }
    m_error->setText(verified ? tr("The password is wrong. Try again.") : ErrorText::describe(verified.error()));
    m_error->show();
    m_password->setFocus();
}

} // namespace peyvand::ui
