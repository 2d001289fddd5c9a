#include "BackupScheduler.h"

#include "BackupJob.h"
#include "ErrorText.h"
#include "backup/BackupSchedule.h"
#include "backup/BackupService.h"
#include "backup/BackupSettings.h"

#include <QFileInfo>

namespace peyvand::ui {

BackupScheduler::BackupScheduler(storage::Database& db, const Clock& clock, QObject* parent, const QTimeZone& zone)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
    , m_zone(zone)
    , m_job(new BackupJob(&db, this))
{
    m_timer.setInterval(kIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, [this] { checkNow(); });
    connect(m_job, &BackupJob::finished, this, &BackupScheduler::onFinished);
}

BackupScheduler::~BackupScheduler() = default;

void BackupScheduler::start(int firstCheckDelayMs)
{
    m_timer.start();
    QTimer::singleShot(firstCheckDelayMs, this, [this] { checkNow(); });
}

void BackupScheduler::stop()
{
    m_timer.stop();
}

bool BackupScheduler::isRunning() const
{
    return m_job->isRunning();
}

bool BackupScheduler::isDue() const
{
    Result<backup::BackupPreferences> prefs = backup::BackupSettings(m_db, m_clock).load();
    if (!prefs)
        return false;
    return backup::BackupSchedule::isDue(prefs->frequency, prefs->lastBackupAt, m_clock.nowUtc(), m_zone);
}

bool BackupScheduler::checkNow()
{
    if (m_paused || m_job->isRunning() || (m_busy && m_busy()) || !isDue())
        return false;
    const Clock& clock = m_clock;
    const QTimeZone zone = m_zone;
    if (!m_job->startBackup([&clock, zone](storage::Database& db, const backup::BackupProgress& progress) {
            return backup::BackupService(db, clock).backupNow(progress, zone);
        }))
        return false;
    emit backupStarted();
    return true;
}

void BackupScheduler::onFinished(const BackupJobOutcome& outcome)
{
    if (!outcome.status) {
        emit backupFinished(false, tr("The automatic backup failed: %1").arg(ErrorText::describe(outcome.status.error())));
        return;
    }
    emit backupFinished(true, tr("Automatic backup made: %1.").arg(QFileInfo(outcome.backup->backup.path).fileName()));
}

} // namespace peyvand::ui
