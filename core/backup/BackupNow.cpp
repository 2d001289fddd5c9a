// BackupService::backupNow / backupIfDue: the backup the settings describe.
#include "BackupService.h"

#include "BackupSettings.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace peyvand::backup {

namespace {

struct NowText {
    Q_DECLARE_TR_FUNCTIONS(Backup)
};

} // namespace

Result<BackupOutcome> BackupService::backupNow(const BackupProgress& progress, const QTimeZone& zone)
{
    BackupSettings settings(m_db, m_clock);
    auto prefs = settings.load();
    if (!prefs)
        return prefs.error();
    const QString folder = defaultFolder();
    if (folder.isEmpty())
        return Error::invalid(QStringLiteral("folder"), NowText::tr("An in-memory database has no backup folder; choose one."));
    if (prefs->encrypted && !prefs->envelope) {
        const Error e = Error::make(ErrorCode::Corrupt, NowText::tr("The stored backup encryption key is damaged; no unencrypted "
                                                                     "backup was written. Turn encryption off and on again."));
        (void)settings.recordFailure(m_clock.nowUtc(), e.message);
        return e;
    }
    BackupOptions options;
    options.recipient = prefs->envelope;
    options.zone = zone;
    auto outcome = backup(folder, options, progress);
    const QDateTime at = m_clock.nowUtc();
    if (!outcome) {
        if (outcome.error().code != ErrorCode::Cancelled)
            (void)settings.recordFailure(at, outcome.error().message);
        return outcome;
    }
    if (auto s = settings.recordSuccess(at); !s)
        return s.error();
    return outcome;
}

Result<std::optional<BackupOutcome>> BackupService::backupIfDue(const BackupProgress& progress, const QTimeZone& zone)
{
    auto prefs = BackupSettings(m_db, m_clock).load();
    if (!prefs)
        return prefs.error();
    if (!BackupSchedule::isDue(prefs->frequency, prefs->lastBackupAt, m_clock.nowUtc(), zone))
        return std::optional<BackupOutcome>();
    auto outcome = backupNow(progress, zone);
    if (!outcome)
        return outcome.error();
    return std::optional<BackupOutcome>(std::move(*outcome));
}

} // namespace peyvand::backup
