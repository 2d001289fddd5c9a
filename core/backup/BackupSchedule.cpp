#include "BackupSchedule.h"

#include "common/EnumKeys.h"

namespace peyvand::backup {

namespace {

constexpr std::pair<BackupFrequency, const char*> kFrequencyKeys[] = {
    { BackupFrequency::Off, "off" },
    { BackupFrequency::Daily, "daily" },
    { BackupFrequency::Weekly, "weekly" },
};

} // namespace

std::optional<QDate> BackupSchedule::nextDueDate(BackupFrequency frequency, const std::optional<QDateTime>& last,
                                                 const QDateTime& now, const QTimeZone& zone)
{
    if (frequency == BackupFrequency::Off)
        return std::nullopt;
    const QDate today = now.toTimeZone(zone).date();
    if (!last || !last->isValid())
        return today;
    const QDate lastDay = last->toTimeZone(zone).date();
    return lastDay.addDays(frequency == BackupFrequency::Daily ? 1 : 7);
}

bool BackupSchedule::isDue(BackupFrequency frequency, const std::optional<QDateTime>& last, const QDateTime& now,
                           const QTimeZone& zone)
{
    const auto due = nextDueDate(frequency, last, now, zone);
    return due && *due <= now.toTimeZone(zone).date();
}

QString BackupSchedule::keyOf(BackupFrequency frequency)
{
    return peyvand::keyOf(frequency, kFrequencyKeys);
}

std::optional<BackupFrequency> BackupSchedule::frequencyFromKey(const QString& key)
{
    return enumFromKey(key, kFrequencyKeys);
}

} // namespace peyvand::backup
