#pragma once

#include "common/Clock.h"

#include <QObject>
#include <QTimeZone>
#include <QTimer>

#include <functional>

namespace peyvand::storage {
class Database;
}

namespace peyvand::ui {

class BackupJob;
struct BackupJobOutcome;

// The automatic backup: at start and then every hour it asks
// BackupSchedule::isDue with the saved frequency and last backup, and when
// the backup is due makes it in the background (BackupService::backupNow,
// which records the outcome in the settings). No dialog: the window shows
// the signals in its status bar and keeps a failure visible. Never runs while
// another backup or a restore is running (the busy check says so).
class BackupScheduler final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupScheduler)

public:
    static constexpr int kIntervalMs = 60 * 60 * 1000;

    BackupScheduler(storage::Database& db, const Clock& clock = SystemClock::instance(), QObject* parent = nullptr,
                    const QTimeZone& zone = QTimeZone::systemTimeZone());
    ~BackupScheduler() override;

    // Checks now (after the event loop starts) and then every interval.
    void start(int firstCheckDelayMs = 5000);
    void stop();
    // Starts the backup when due and nothing else runs; true when it started.
    bool checkNow();
    bool isDue() const;
    bool isRunning() const;
    // Something else (a manual backup, a restore) is running: skip the check.
    void setBusyCheck(std::function<bool()> busy) { m_busy = std::move(busy); }
    void setPaused(bool paused) { m_paused = paused; }
    QTimer* timer() { return &m_timer; }
    BackupJob* job() const { return m_job; }

signals:
    void backupStarted();
    // ok, and the message for the status bar (the failure's reason when not ok).
    void backupFinished(bool ok, const QString& message);

private:
    void onFinished(const BackupJobOutcome& outcome);

    storage::Database& m_db;
    const Clock& m_clock;
    QTimeZone m_zone;
    BackupJob* m_job = nullptr;
    QTimer m_timer;
    std::function<bool()> m_busy;
    bool m_paused = false;
};

} // namespace peyvand::ui
