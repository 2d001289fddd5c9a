#pragma once

#include <QDateTime>
#include <QList>
#include <QTimeZone>

namespace peyvand::backup {

// How many backups to keep: the newest one of each of the last `daily` days
// that have a backup, of the last `weekly` ISO weeks and of the last `monthly`
// months (the periods are counted only where a backup exists). A backup kept
// by any rule stays; the newest backup always stays.
struct RotationPolicy {
    int daily = 7;
    int weekly = 4;
    int monthly = 12;
};

// Which of the backups (their creation times, in any order) to delete:
// indexes into createdAt, ascending. Days, weeks and months are those of zone.
// Pure: no files are touched.
QList<qsizetype> backupsToDelete(const QList<QDateTime>& createdAt, const RotationPolicy& policy,
                                 const QTimeZone& zone = QTimeZone::utc());

} // namespace peyvand::backup
