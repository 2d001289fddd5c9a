#include "BackupRotation.h"

#include <QSet>

#include <algorithm>
#include <functional>
#include <numeric>

namespace peyvand::backup {

QList<qsizetype> backupsToDelete(const QList<QDateTime>& createdAt, const RotationPolicy& policy, const QTimeZone& zone)
{
    QList<qsizetype> newestFirst(createdAt.size());
    std::iota(newestFirst.begin(), newestFirst.end(), qsizetype(0));
    std::stable_sort(newestFirst.begin(), newestFirst.end(),
                     [&](qsizetype a, qsizetype b) { return createdAt.at(a) > createdAt.at(b); });

    QSet<qsizetype> keep;
    if (!newestFirst.isEmpty())
        keep.insert(newestFirst.constFirst());

    // Keeps the newest backup of each of the first `count` distinct periods.
    const auto keepPerPeriod = [&](int count, const std::function<qint64(QDate)>& period) {
        QSet<qint64> seen;
        for (qsizetype i : newestFirst) {
            if (seen.size() >= count)
                break;
            const qint64 key = period(createdAt.at(i).toTimeZone(zone).date());
            if (seen.contains(key))
                continue;
            seen.insert(key);
            keep.insert(i);
        }
    };
    keepPerPeriod(policy.daily, [](QDate d) { return d.toJulianDay(); });
    keepPerPeriod(policy.weekly, [](QDate d) {
        int year = 0;
        const int week = d.weekNumber(&year);
        return qint64(year) * 100 + week;
    });
    keepPerPeriod(policy.monthly, [](QDate d) { return qint64(d.year()) * 100 + d.month(); });

    QList<qsizetype> remove;
    for (qsizetype i = 0; i < createdAt.size(); ++i) {
        if (!keep.contains(i))
            remove << i;
    }
    return remove;
}

} // namespace peyvand::backup
