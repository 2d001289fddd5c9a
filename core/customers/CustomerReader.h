#pragma once

#include "Customer.h"
#include "common/Error.h"
#include "common/Result.h"

#include <QSqlQuery>

#include <optional>

namespace peyvand::storage {
class Database;
}

namespace peyvand::customers {

Error customerNotFound(qint64 id);

// Reads stored customers, with tags, through statements prepared on first use
// and kept: a caller that reads many (an import comparing each duplicate with
// the stored customer) pays for the SQL parsing once.
class CustomerReader final {
public:
    explicit CustomerReader(storage::Database& db) : m_db(db) { }

    Result<Customer> find(qint64 id);

private:
    Status prepare();

    storage::Database& m_db;
    std::optional<QSqlQuery> m_customer;
    std::optional<QSqlQuery> m_tags;
};

} // namespace peyvand::customers
