#pragma once

#include "TestSupport.h"

#include "common/Clock.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"

#include <QDateTime>

#include <memory>

namespace peyvand::test {

// What every core fixture starts from: a fresh in-memory book with all
// migrations applied, and a clock fixed at `now` (by default 2025-03-21
// 08:00 UTC, 1404/01/01). Services of a derived fixture are destroyed
// before the book.
struct BookFixture {
    std::unique_ptr<storage::Database> db;
    FixedClock clock;

    explicit BookFixture(const QDateTime& now = QDateTime(QDate(2025, 3, 21), QTime(8, 0), Qt::UTC))
        : clock(now)
    {
        auto opened = storage::Database::openInMemory();
        REQUIRE(opened);
        db = std::move(*opened);
    }

    // The number of rows in a table.
    qint64 count(const char* table)
    {
        auto v = storage::scalar(db->connection(), QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table));
        REQUIRE(v);
        return v->toLongLong();
    }
};

} // namespace peyvand::test
