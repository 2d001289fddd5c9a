#include "PaymentReminderService.h"

#include "Display.h"
#include "ErrorText.h"
#include "ReminderNotifier.h"
#include "payments/Receivables.h"

#include <QStringList>
#include <QTimer>

namespace peyvand::ui {

using payments::Reminder;

PaymentReminderService::PaymentReminderService(payments::Receivables& receivables, ReminderNotifier& notifier,
                                               const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_receivables(receivables)
    , m_notifier(notifier)
    , m_clock(clock)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(kIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &PaymentReminderService::checkNow);
}

void PaymentReminderService::start()
{
    checkNow();
    m_timer->start();
}

void PaymentReminderService::stop()
{
    m_timer->stop();
}

bool PaymentReminderService::isRunning() const
{
    return m_timer->isActive();
}

int PaymentReminderService::checkNow()
{
    const QDate today = m_clock.today();
    if (m_lastNotified == today)
        return 0;
    const Result<int> days = m_receivables.reminderDays();
    const Result<QList<Reminder>> reminders = m_receivables.reminders(days.valueOr(3));
    if (!reminders) {
        emit failed(ErrorText::describe(reminders.error()));
        return 0; // tried again at the next check
    }
    m_lastNotified = today;
    if (reminders->isEmpty())
        return 0;
    int overdue = 0;
    QStringList lines;
    for (const Reminder& reminder : *reminders) {
        if (reminder.days < 0)
            ++overdue;
        if (lines.size() < kMostLinesShown)
            lines << Display::digits(payments::describe(reminder));
    }
    const int count = int(reminders->size());
    const int more = count - int(lines.size());
    if (more == 1)
        lines << tr("…and 1 more");
    else if (more > 1)
        lines << tr("…and %1 more").arg(Display::number(more));
    const QString title = overdue == 0
        ? (count == 1 ? tr("1 payment falls due soon") : tr("%1 payments fall due soon").arg(Display::number(count)))
        : tr("Payments: %1 due soon, %2 overdue").arg(Display::number(count - overdue), Display::number(overdue));
    m_notifier.notify(title, lines.join(QLatin1Char('\n')));
    emit notified(count);
    return count;
}

} // namespace peyvand::ui
