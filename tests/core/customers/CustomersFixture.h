#pragma once

#include "TestSupport.h"

#include "customers/CustomerService.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"

#include <memory>

namespace peyvand::test {

// A customer service over a fresh in-memory book, at a fixed time.
struct CustomersFixture {
    std::unique_ptr<storage::Database> db;
    FixedClock clock { QDateTime(QDate(2025, 3, 21), QTime(8, 0), Qt::UTC) };
    std::unique_ptr<customers::CustomerService> service;

    CustomersFixture()
    {
        auto opened = storage::Database::openInMemory();
        REQUIRE(opened);
        db = std::move(*opened);
        service = std::make_unique<customers::CustomerService>(*db, clock);
    }

    int count(const char* table)
    {
        auto v = storage::scalar(db->connection(), QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table));
        REQUIRE(v);
        return v->toInt();
    }

    customers::Customer create(const QString& name, const QStringList& tags = {})
    {
        customers::Customer c;
        c.name = name;
        c.tags = tags;
        auto created = service->create(c);
        REQUIRE(created);
        return *created;
    }
};

} // namespace peyvand::test
