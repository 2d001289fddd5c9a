#pragma once

#include "BookFixture.h"

#include "customers/CustomerService.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"

#include <memory>

namespace peyvand::test {

// A customer service over a fresh in-memory book, at a fixed time.
struct CustomersFixture : BookFixture {
    std::unique_ptr<customers::CustomerService> service;

    CustomersFixture()
    {
        service = std::make_unique<customers::CustomerService>(*db, clock);
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
