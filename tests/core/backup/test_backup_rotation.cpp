// Rotation as a pure function: which backups go, over many dates.
#include "TestSupport.h"

#include "backup/BackupRotation.h"

#include <QRandomGenerator>
#include <QSet>

#include <algorithm>

using namespace peyvand;
using backup::backupsToDelete;
using backup::RotationPolicy;

namespace {

QDateTime utc(int y, int m, int d, int h = 10, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone::utc());
}

QList<QDateTime> kept(const QList<QDateTime>& all, const RotationPolicy& policy, const QTimeZone& zone = QTimeZone::utc())
{
    const QList<qsizetype> gone = backupsToDelete(all, policy, zone);
    QList<QDateTime> out;
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (!gone.contains(i))
            out << all.at(i);
    }
    std::sort(out.begin(), out.end(), std::greater<>());
    return out;
}

} // namespace

TEST_CASE("a daily backup for 400 days keeps 7 days, 4 weeks and 12 months", "[backup][rotation]")
{
    QList<QDateTime> all;
    for (QDate d(2025, 10, 21); d <= QDate(2026, 11, 24); d = d.addDays(1))
        all << QDateTime(d, QTime(10, 0), QTimeZone::utc());
    const QList<QDateTime> expected {
        utc(2026, 11, 24), utc(2026, 11, 23), utc(2026, 11, 22), utc(2026, 11, 21), utc(2026, 11, 20),
        utc(2026, 11, 19), utc(2026, 11, 18), // 7 days
        utc(2026, 11, 15), utc(2026, 11, 8),  // weeks 46 and 45 (47 and 48 are covered by days)
        utc(2026, 10, 31), utc(2026, 9, 30), utc(2026, 8, 31), utc(2026, 7, 31), utc(2026, 6, 30), utc(2026, 5, 31),
        utc(2026, 4, 30), utc(2026, 3, 31), utc(2026, 2, 28), utc(2026, 1, 31), utc(2025, 12, 31), // 11 more months
    };
    CHECK(kept(all, RotationPolicy {}) == expected);
    CHECK(backupsToDelete(all, RotationPolicy {}).size() == all.size() - expected.size());
}

TEST_CASE("several backups a day: only the newest of each day counts", "[backup][rotation]")
{
    QList<QDateTime> all;
    for (int day = 1; day <= 10; ++day) {
        for (int hour : { 8, 12, 18 })
            all << utc(2026, 3, day, hour);
    }
    const QList<QDateTime> k = kept(all, RotationPolicy { 3, 0, 0 });
    CHECK(k == QList<QDateTime> { utc(2026, 3, 10, 18), utc(2026, 3, 9, 18), utc(2026, 3, 8, 18) });
}

TEST_CASE("periods without a backup are not counted", "[backup][rotation]")
{
    QList<QDateTime> all;
    for (int i = 0; i < 60; ++i)
        all << utc(2024, 1, 1).addDays(10 * i);
    const QList<QDateTime> k = kept(all, RotationPolicy { 7, 0, 0 });
    REQUIRE(k.size() == 7);
    CHECK(k.constFirst() == utc(2024, 1, 1).addDays(590));
    CHECK(k.constLast() == utc(2024, 1, 1).addDays(530));
}

TEST_CASE("weeks are ISO weeks across the new year", "[backup][rotation]")
{
    // 2026-12-28 (Mon) .. 2027-01-03 (Sun) is ISO week 53 of 2026.
    const QList<QDateTime> all { utc(2026, 12, 27), utc(2026, 12, 28), utc(2027, 1, 3), utc(2027, 1, 4) };
    CHECK(kept(all, RotationPolicy { 0, 2, 0 }) == QList<QDateTime> { utc(2027, 1, 4), utc(2027, 1, 3) });
    CHECK(kept(all, RotationPolicy { 0, 3, 0 }) == QList<QDateTime> { utc(2027, 1, 4), utc(2027, 1, 3), utc(2026, 12, 27) });
}

TEST_CASE("days are counted in the given time zone", "[backup][rotation]")
{
    // 21:00 UTC is 00:30 the next day in Tehran.
    const QList<QDateTime> all { utc(2026, 11, 22, 10), utc(2026, 11, 23, 10), utc(2026, 11, 23, 21) };
    CHECK(kept(all, RotationPolicy { 2, 0, 0 }) == QList<QDateTime> { utc(2026, 11, 23, 21), utc(2026, 11, 22, 10) });
    const QTimeZone tehran("Asia/Tehran");
    REQUIRE(tehran.isValid());
    CHECK(kept(all, RotationPolicy { 2, 0, 0 }, tehran) == QList<QDateTime> { utc(2026, 11, 23, 21), utc(2026, 11, 23, 10) });
}

TEST_CASE("the newest backup always stays, nothing is asked of an empty list", "[backup][rotation]")
{
    CHECK(backupsToDelete({}, RotationPolicy {}).isEmpty());
    const QList<QDateTime> all { utc(2026, 1, 1), utc(2026, 5, 1), utc(2026, 3, 1) };
    CHECK(backupsToDelete(all, RotationPolicy { 0, 0, 0 }) == QList<qsizetype> { 0, 2 });
    CHECK(backupsToDelete({ utc(2026, 1, 1) }, RotationPolicy { 0, 0, 0 }).isEmpty());
}

TEST_CASE("rotation does not depend on the order of its input and keeps its promises", "[backup][rotation]")
{
    QRandomGenerator rng(2026);
    for (int round = 0; round < 200; ++round) {
        QList<QDateTime> all;
        const int n = int(rng.bounded(1, 120));
        for (int i = 0; i < n; ++i)
            all << utc(2024, 1, 1).addSecs(qint64(rng.bounded(3 * 365 * 24)) * 3600);
        const RotationPolicy policy { int(rng.bounded(0, 10)), int(rng.bounded(0, 6)), int(rng.bounded(0, 14)) };
        const QList<QDateTime> k = kept(all, policy);
        INFO("round " << round);

        QList<QDateTime> shuffled = all;
        std::shuffle(shuffled.begin(), shuffled.end(), rng);
        CHECK(kept(shuffled, policy) == k);

        CHECK(k.constFirst() == *std::max_element(all.cbegin(), all.cend()));
        CHECK(k.size() <= qMax(1, policy.daily + policy.weekly + policy.monthly));
        // Each backup kept is the newest of its day.
        for (const QDateTime& t : k) {
            for (const QDateTime& other : all)
                CHECK_FALSE((other.date() == t.date() && other > t));
        }
        // The newest of each of the `daily` newest days is kept.
        QList<QDate> days;
        for (const QDateTime& t : all) {
            if (!days.contains(t.date()))
                days << t.date();
        }
        std::sort(days.begin(), days.end(), std::greater<>());
        for (qsizetype i = 0; i < qMin<qsizetype>(policy.daily, days.size()); ++i) {
            QDateTime newest;
            for (const QDateTime& t : all) {
                if (t.date() == days.at(i) && (!newest.isValid() || t > newest))
                    newest = t;
            }
            CHECK(k.contains(newest));
        }
    }
}
