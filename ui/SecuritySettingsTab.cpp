#include "SecuritySettingsTab.h"

#include "ErrorText.h"
#include "PasswordDialog.h"
#include "security/AppLock.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace peyvand::ui {

SecuritySettingsTab::SecuritySettingsTab(security::AppLock& lock, QWidget* parent)
    : QWidget(parent)
    , m_lock(lock)
    , m_status(new QLabel(this))
    , m_set(new QPushButton(tr("Set a password…"), this))
    , m_change(new QPushButton(tr("Change password…"), this))
    , m_remove(new QPushButton(tr("Remove password…"), this))
    , m_idle(new QSpinBox(this))
    , m_applyIdle(new QPushButton(tr("Apply…"), this))
    , m_exports(new QCheckBox(tr("Allow exports (customer lists, PDF documents, calendar files, attachments)"), this))
    , m_printing(new QCheckBox(tr("Allow printing"), this))
    , m_behindNote(new QLabel(this))
{
    setObjectName(QStringLiteral("securitySettingsTab"));
    m_status->setObjectName(QStringLiteral("lockStatus"));
    m_status->setWordWrap(true);
    m_set->setObjectName(QStringLiteral("setPasswordButton"));
    m_change->setObjectName(QStringLiteral("changePasswordButton"));
    m_remove->setObjectName(QStringLiteral("removePasswordButton"));
    m_idle->setObjectName(QStringLiteral("idleMinutes"));
    m_idle->setRange(0, security::AppLock::kMaxIdleMinutes);
    m_idle->setSpecialValueText(tr("Never"));
    m_idle->setSuffix(tr(" minutes"));
    m_applyIdle->setObjectName(QStringLiteral("applyIdleButton"));
    m_exports->setObjectName(QStringLiteral("allowExports"));
    m_printing->setObjectName(QStringLiteral("allowPrinting"));
    m_behindNote->setObjectName(QStringLiteral("lockBehindNote"));
    m_behindNote->setWordWrap(true);

    auto* passwordGroup = new QGroupBox(tr("App password"), this);
    auto* passwordLayout = new QVBoxLayout(passwordGroup);
    passwordLayout->addWidget(m_status);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_set);
    buttons->addWidget(m_change);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    passwordLayout->addLayout(buttons);

    auto* guardedGroup = new QGroupBox(tr("Locking, exports and printing"), this);
    m_guarded = guardedGroup;
    auto* guardedForm = new QFormLayout(guardedGroup);
    guardedForm->addRow(m_behindNote);
    auto* idleRow = new QHBoxLayout;
    idleRow->addWidget(m_idle);
    idleRow->addWidget(m_applyIdle);
    idleRow->addStretch(1);
    guardedForm->addRow(tr("Lock after being idle for"), idleRow);
    guardedForm->addRow(m_exports);
    guardedForm->addRow(m_printing);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(passwordGroup);
    layout->addWidget(guardedGroup);
    layout->addStretch(1);

    connect(m_set, &QPushButton::clicked, this, &SecuritySettingsTab::setPassword);
    connect(m_change, &QPushButton::clicked, this, &SecuritySettingsTab::changePassword);
    connect(m_remove, &QPushButton::clicked, this, &SecuritySettingsTab::removePassword);
    connect(m_idle, &QSpinBox::valueChanged, this,
            [this](int minutes) { m_applyIdle->setEnabled(m_idle->isEnabled() && minutes != m_savedIdle); });
    connect(m_applyIdle, &QPushButton::clicked, this, &SecuritySettingsTab::idleEdited);
    connect(m_exports, &QCheckBox::toggled, this, &SecuritySettingsTab::exportsToggled);
    connect(m_printing, &QCheckBox::toggled, this, &SecuritySettingsTab::printingToggled);
    reload();
}

void SecuritySettingsTab::reload()
{
    const Result<security::LockSettings> loaded = m_lock.settings();
    const security::LockSettings s = loaded ? *loaded : security::LockSettings {};
    m_loading = true;
    m_status->setText(!loaded ? ErrorText::describe(loaded.error())
                      : s.enabled
                          ? tr("Peyvand asks for the password when it starts and after the idle time below.")
                          : tr("No password is set: anyone who opens Peyvand on this computer sees its data."));
    m_set->setVisible(!s.enabled);
    m_change->setVisible(s.enabled);
    m_remove->setVisible(s.enabled);
    m_savedIdle = s.idleMinutes;
    m_idle->setValue(s.idleMinutes);
    m_applyIdle->setEnabled(false);
    m_exports->setChecked(s.exportsAllowed);
    m_printing->setChecked(s.printingAllowed);
    m_idle->setEnabled(s.enabled);
    m_exports->setEnabled(s.enabled);
    m_printing->setEnabled(s.enabled);
    m_behindNote->setText(s.enabled
                              ? tr("Changing these settings asks for the password.")
                              : tr("These settings are behind the password: set one first."));
    m_loading = false;
}

void SecuritySettingsTab::openPasswordDialog(PasswordDialog* dialog, const QString& done)
{
    if (m_dialog)
        m_dialog->deleteLater();
    m_dialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, done](int result) {
        reload();
        if (result == QDialog::Accepted) {
            emit settingsChanged();
            emit statusMessage(done);
        }
    });
    dialog->open();
}

void SecuritySettingsTab::setPassword()
{
    openPasswordDialog(new PasswordDialog(tr("Set the app password"),
                                          tr("Peyvand will ask for this password when it starts and after it has been "
                                             "idle. Keep it somewhere safe: it cannot be recovered."),
                                          PasswordDialog::New, tr("Set password"),
                                          [this](const QString&, const QString& fresh) { return m_lock.enable(fresh); },
                                          this),
                       tr("The app password is set."));
}

void SecuritySettingsTab::changePassword()
{
    openPasswordDialog(new PasswordDialog(tr("Change the app password"), QString(),
                                          PasswordDialog::Current | PasswordDialog::New, tr("Change password"),
                                          [this](const QString& current, const QString& fresh) {
                                              return m_lock.change(current, fresh);
                                          },
                                          this),
                       tr("The app password is changed."));
}

void SecuritySettingsTab::removePassword()
{
    openPasswordDialog(new PasswordDialog(tr("Remove the app password"),
                                          tr("Without a password anyone who opens Peyvand sees its data, and exports "
                                             "and printing are allowed again."),
                                          PasswordDialog::Current, tr("Remove password"),
                                          [this](const QString& current, const QString&) {
                                              return m_lock.disable(current);
                                          },
                                          this),
                       tr("The app password is removed."));
}

void SecuritySettingsTab::idleEdited()
{
    const int minutes = m_idle->value();
    openPasswordDialog(new PasswordDialog(tr("Change the idle time"), tr("Enter the app password to change this setting."),
                                          PasswordDialog::Current, tr("Change"),
                                          [this, minutes](const QString& current, const QString&) {
                                              return m_lock.setIdleMinutes(minutes, current);
                                          },
                                          this),
                       tr("The idle time is changed."));
}

void SecuritySettingsTab::exportsToggled(bool allowed)
{
    if (m_loading)
        return;
    openPasswordDialog(new PasswordDialog(allowed ? tr("Allow exports") : tr("Turn exports off"),
                                          tr("Enter the app password to change this setting."), PasswordDialog::Current,
                                          tr("Change"),
                                          [this, allowed](const QString& current, const QString&) {
                                              return m_lock.setExportsAllowed(allowed, current);
                                          },
                                          this),
                       allowed ? tr("Exports are allowed.") : tr("Exports are turned off."));
}

void SecuritySettingsTab::printingToggled(bool allowed)
{
    if (m_loading)
        return;
    openPasswordDialog(new PasswordDialog(allowed ? tr("Allow printing") : tr("Turn printing off"),
                                          tr("Enter the app password to change this setting."), PasswordDialog::Current,
                                          tr("Change"),
                                          [this, allowed](const QString& current, const QString&) {
                                              return m_lock.setPrintingAllowed(allowed, current);
                                          },
                                          this),
                       allowed ? tr("Printing is allowed.") : tr("Printing is turned off."));
}

} // namespace peyvand::ui
