#include "BackupStatus.h"

#include "JsonFields.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace peyvand::cli {

namespace {

struct StatusText {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

QString frequencyText(backup::BackupFrequency frequency)
{
    switch (frequency) {
    case backup::BackupFrequency::Off:
        return StatusText::tr("off");
    case backup::BackupFrequency::Daily:
        return StatusText::tr("daily");
    case backup::BackupFrequency::Weekly:
        return StatusText::tr("weekly");
    }
    return {};
}

} // namespace

QJsonObject backupStatusJson(const backup::BackupPreferences& prefs, const QString& folder, const QDateTime& now)
{
    QJsonObject o;
    o.insert(QStringLiteral("frequency"), backup::BackupSchedule::keyOf(prefs.frequency));
    o.insert(QStringLiteral("folder"), folder.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(folder));
    o.insert(QStringLiteral("folder_is_default"), prefs.folder.isEmpty());
    o.insert(QStringLiteral("encrypted"), prefs.encrypted);
    putTimestamp(o, QStringLiteral("last_backup_at"), prefs.lastBackupAt.value_or(QDateTime()));
    const QTimeZone zone = QTimeZone::systemTimeZone();
    o.insert(QStringLiteral("due"), backup::BackupSchedule::isDue(prefs.frequency, prefs.lastBackupAt, now, zone));
    putDate(o, QStringLiteral("next_due"),
            backup::BackupSchedule::nextDueDate(prefs.frequency, prefs.lastBackupAt, now, zone).value_or(QDate()));
    QJsonValue failure(QJsonValue::Null);
    if (!prefs.lastFailure.isEmpty()) {
        QJsonObject f { { QStringLiteral("message"), prefs.lastFailure } };
        putTimestamp(f, QStringLiteral("at"), prefs.lastFailureAt.value_or(QDateTime()));
        failure = f;
    }
    o.insert(QStringLiteral("last_failure"), failure);
    return o;
}

QStringList backupStatusLines(const HumanFormat& format, const backup::BackupPreferences& prefs, const QString& folder,
                              const QDateTime& now)
{
    QStringList lines;
    const QTimeZone zone = QTimeZone::systemTimeZone();
    if (prefs.frequency == backup::BackupFrequency::Off) {
        lines << StatusText::tr("Automatic backups: off");
    } else {
        const QDate due = backup::BackupSchedule::nextDueDate(prefs.frequency, prefs.lastBackupAt, now, zone).value_or(QDate());
        lines << (backup::BackupSchedule::isDue(prefs.frequency, prefs.lastBackupAt, now, zone)
                      ? StatusText::tr("Automatic backups: %1, due now").arg(frequencyText(prefs.frequency))
                      : StatusText::tr("Automatic backups: %1, next on %2").arg(frequencyText(prefs.frequency), format.date(due)));
    }
    if (!folder.isEmpty()) {
        lines << (prefs.folder.isEmpty() ? StatusText::tr("Backup folder: %1 (the default)").arg(folder)
                                         : StatusText::tr("Backup folder: %1").arg(folder));
    }
    lines << (prefs.encrypted ? StatusText::tr("Encryption: on (the passphrase is needed to restore)")
                              : StatusText::tr("Encryption: off"));
    if (prefs.lastBackupAt)
        lines << StatusText::tr("Last successful backup: %1").arg(format.moment(*prefs.lastBackupAt));
    else
        lines << StatusText::tr("Last successful backup: never");
    if (!prefs.lastFailure.isEmpty()) {
        lines << StatusText::tr("The last backup attempt failed (%1): %2")
                     .arg(prefs.lastFailureAt ? format.moment(*prefs.lastFailureAt) : QStringLiteral("?"), prefs.lastFailure);
    }
    return lines;
}

} // namespace peyvand::cli
