#pragma once

#include "common/Clock.h"

#include <QDate>
#include <QObject>

class QTimer;

namespace peyvand::payments {
class Receivables;
}

namespace peyvand::ui {

class ReminderNotifier;

// Once a day, a desktop notification summing up the payment reminders
// (Receivables::reminders with the days set in Settings): on start and again
// when the date changes while Peyvand runs. The day last notified is kept in
// memory only, so each start of Peyvand shows the summary once.
class PaymentReminderService final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PaymentReminderService)

public:
    // How often the date is looked at.
    static constexpr int kIntervalMs = 60 * 1000;
    static constexpr int kMostLinesShown = 3;

    PaymentReminderService(payments::Receivables& receivables, ReminderNotifier& notifier,
                           const Clock& clock = SystemClock::instance(), QObject* parent = nullptr);

    void start();
    void stop();
    bool isRunning() const;
    // Notifies when today has not been notified yet; returns how many
    // reminders the notification summed up (0: none shown).
    int checkNow();
    QDate lastNotified() const { return m_lastNotified; }
    QTimer* timer() const { return m_timer; }

signals:
    void notified(int count);
    void failed(const QString& message);

private:
    payments::Receivables& m_receivables;
    ReminderNotifier& m_notifier;
    const Clock& m_clock;
    QTimer* m_timer = nullptr;
    QDate m_lastNotified;
};

} // namespace peyvand::ui
