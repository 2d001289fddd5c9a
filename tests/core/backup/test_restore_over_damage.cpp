// Restoring over a damaged database moves it aside exactly as it was: its
// write-ahead log is not folded into it (that would write into the damaged
// file), it goes aside with it (issue 7: never write over a damaged file).
#include "BackupTestSupport.h"
#include "TestSupport.h"

#include "backup/BackupService.h"
#include "common/Clock.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace peyvand;

namespace {

QByteArray hashOf(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

void copyFile(const QString& from, const QString& to)
{
    QFile::remove(to);
    REQUIRE(QFile::copy(from, to));
}

} // namespace

TEST_CASE("restoring over a damaged database in WAL mode moves it and its log aside untouched", "[backup][faults][damage]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString live = dir.filePath(QStringLiteral("live.sqlite"));
    const QString target = dir.filePath(QStringLiteral("target.sqlite"));
    const QString backups = dir.filePath(QStringLiteral("backups"));
    FixedClock clock(QDateTime(QDate(2026, 11, 24), QTime(9, 0), QTimeZone::utc()));
    QString backupFile;
    {
        auto db = storage::Database::open(live);
        REQUIRE(db);
        for (int i = 0; i < 400; ++i) {
            REQUIRE(storage::run((*db)->connection(), QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"),
                                 { QStringLiteral("k%1").arg(i), QString(300, u'v') }));
        }
        REQUIRE(storage::run((*db)->connection(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        backup::BackupOptions options;
        options.rotation.reset();
        auto made = backup::BackupService(**db, clock).backup(backups, options);
        REQUIRE(made);
        backupFile = made->backup.path;
        // More work that stays in the log, then the files copied while open:
        // a database with a non-empty -wal, as after a crash.
        REQUIRE(storage::run((*db)->connection(), QStringLiteral("UPDATE settings SET value = 'changed' WHERE key LIKE 'k1%'")));
        copyFile(live, target);
        copyFile(live + QStringLiteral("-wal"), target + QStringLiteral("-wal"));
    }
    REQUIRE(QFileInfo(target + QStringLiteral("-wal")).size() > 0);
    {
        QFile f(target);
        REQUIRE(f.open(QIODevice::ReadWrite));
        REQUIRE(f.seek(4096 * 4));
        f.write(QByteArray(4096 * 6, '\x5a'));
    }
    const QByteArray damagedHash = hashOf(target);
    const QByteArray walHash = hashOf(target + QStringLiteral("-wal"));

    auto restored = backup::BackupService::restore(backupFile, QString(), target, clock);
    REQUIRE(restored);
    REQUIRE_FALSE(restored->previousMovedTo.isEmpty());
    CHECK(hashOf(restored->previousMovedTo) == damagedHash);
    CHECK(hashOf(restored->previousMovedTo + QStringLiteral("-wal")) == walHash);
    auto db = storage::Database::open(target);
    REQUIRE(db);
    auto count = storage::scalar((*db)->connection(), QStringLiteral("SELECT count(*) FROM settings WHERE key LIKE 'k%'"));
    REQUIRE(count);
    CHECK(count->toInt() == 400);
}
