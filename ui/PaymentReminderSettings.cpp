#include "PaymentReminderSettings.h"

#include "Display.h"
#include "ErrorText.h"
#include "payments/Receivables.h"

#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>

namespace peyvand::ui {

PaymentReminderSettings::PaymentReminderSettings(payments::Receivables& receivables, QWidget* parent)
    : QGroupBox(tr("Payment reminders"), parent)
    , m_receivables(receivables)
    , m_days(new QSpinBox(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("paymentReminderSettings"));
    m_days->setObjectName(QStringLiteral("reminderDaysBox"));
    m_days->setRange(0, 60);
    m_days->setSuffix(tr(" days ahead"));
    m_days->setToolTip(tr("Cheques, instalments and credit promises due within this many days, and pre-invoices "
                          "expiring within them, are shown in Today and in the daily notification."));
    m_message->setObjectName(QStringLiteral("reminderDaysMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("QLabel { color: #b91c1c; }"));
    m_message->hide();
    auto* note = new QLabel(tr("Overdue payments are always shown."), this);
    note->setStyleSheet(QStringLiteral("QLabel { color: #64748b; }"));

    auto* form = new QFormLayout(this);
    form->addRow(tr("Remind me"), m_days);
    form->addRow(note);
    form->addRow(m_message);
    reload();
    connect(m_days, &QSpinBox::valueChanged, this, &PaymentReminderSettings::save);
}

void PaymentReminderSettings::reload()
{
    const QSignalBlocker blocker(m_days);
    const Result<int> days = m_receivables.reminderDays();
    if (!days) {
        m_message->setText(ErrorText::describe(days.error()));
        m_message->show();
        return;
    }
    m_days->setValue(*days);
}

void PaymentReminderSettings::save(int days)
{
    const Status saved = m_receivables.setReminderDays(days);
    if (!saved) {
        m_message->setText(ErrorText::describe(saved.error()));
        m_message->show();
        return;
    }
    m_message->hide();
    emit daysChanged(days);
    emit statusMessage(days == 1 ? tr("Payment reminders: 1 day ahead")
                                 : tr("Payment reminders: %1 days ahead").arg(Display::number(days)));
}

} // namespace peyvand::ui
