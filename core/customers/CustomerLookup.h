#pragma once

#include "Customer.h"
#include "common/Clock.h"
#include "common/Result.h"

#include <QJsonObject>

namespace peyvand::storage {
class Database;
}

namespace peyvand::customers {

// A customer named inside another request (the "customer" object of
// 'quotes create --json'): the same keys as the customer JSON (name, kind,
// company, mobile, national_id, legal_id, economic_code, registration_number,
// email, phone, address, city, province, postal_code). Unknown keys and wrong
// types are InvalidInput naming "customer.<key>".
Result<Customer> customerFromJson(const QJsonObject& json);

struct FoundCustomer {
    qint64 id = 0;
    bool created = false;
};

// The existing customer with the same national ID, legal ID, economic code or
// mobile, else the only one with exactly the same (normalised) name; when
// there is none, the customer is created (validated like any other).
Result<FoundCustomer> findOrCreateCustomer(storage::Database& db, const QJsonObject& json,
                                           const Clock& clock = SystemClock::instance());

} // namespace peyvand::customers
