#pragma once

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

#include <optional>

namespace peyvand::backup {

enum class BackupFrequency { Off, Daily, Weekly };

// When the automatic backup is due. Days are the local days of zone.
// Pure: no clock, no files.
class BackupSchedule final {
public:
    // Daily: the last backup was before today's local date. Weekly: at least
    // 7 local days ago. Off: never. No last backup: due (unless Off).
    static bool isDue(BackupFrequency frequency, const std::optional<QDateTime>& last, const QDateTime& now,
                      const QTimeZone& zone);
    // The first local date on which the backup is due; empty when Off.
    // Today (or earlier) when it is due now.
    static std::optional<QDate> nextDueDate(BackupFrequency frequency, const std::optional<QDateTime>& last,
                                            const QDateTime& now, const QTimeZone& zone);

    static QString keyOf(BackupFrequency frequency);                         // "off", "daily", "weekly"
    static std::optional<BackupFrequency> frequencyFromKey(const QString& key);
};

} // namespace peyvand::backup
