#pragma once

#include "Customer.h"
#include "common/Result.h"

#include <QStringList>

#include <functional>

namespace peyvand::storage {
class Database;
}

namespace peyvand::customers {

// SQL for the customers and customer_tags tables. Takes customers already in
// storage form (see CustomerValidator) and derives the sort and search keys.
// Callers own the transaction.
class CustomerRepository final {
public:
    explicit CustomerRepository(storage::Database& db) : m_db(db) { }

    Result<qint64> insert(const Customer& customer);
    // Writes the columns (and tags) in which `customer` differs from `stored`,
    // the customer as it is stored now.
    Status update(const Customer& customer, const Customer& stored);
    Result<Customer> find(qint64 id);
    Status setArchived(qint64 id, bool archived, const QDateTime& at);
    Status remove(qint64 id);

    // Values in use (from the trigger-kept customer_facets table), unsorted.
    Result<QStringList> distinctTags();
    Result<QStringList> distinctValues(const QString& facet); // "city", "source" or "tag"

    // "  word  word …": every searchable field's search key, each word
    // preceded by two spaces (see the customer_fts comment in the schema).
    static QString searchText(const Customer& customer);
    // The same with the search keys of the text fields given by `searchKeyOf`
    // (an import reuses the keys it computed already).
    static QString searchText(const Customer& customer, const std::function<QString(const QString&)>& searchKeyOf);

private:
    Status writeTags(qint64 id, const QStringList& tags);

    storage::Database& m_db;
};

} // namespace peyvand::customers
