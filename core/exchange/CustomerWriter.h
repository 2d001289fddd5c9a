#pragma once

// Internal to core/exchange: writes imported customers with prepared
// statements, exactly as CustomerRepository::insert would store them.

#include "common/Result.h"
#include "customers/Customer.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>

#include <array>
#include <memory>

namespace peyvand::storage {
class Database;
}

namespace peyvand::exchange {

class SqlStatement;

// A cleaned customer with the derived keys its row needs (CustomerRepository's
// sort and search keys), computed by derive() off the writing thread.
struct PreparedCustomer {
    qint64 line = 0;
    customers::Customer customer;
    QString note;
    QString nameSort;
    QString companySort;
    QString citySort;
    QString cityKey;
    QString sourceKey;
    QString searchText;
    QStringList tagKeys;

    void derive();
};

// Inside the caller's transaction. The search index (customer_fts) gets its
// rows in one INSERT … SELECT per flush() instead of one trigger run per
// customer: the insert trigger is dropped while the writer is open and put
// back, from its own stored SQL, by finish(). Everything else (tags, facets,
// counts) goes through the schema's triggers as for a customer added by hand.
class CustomerWriter final {
public:
    static Result<std::unique_ptr<CustomerWriter>> open(storage::Database& db, const QDateTime& now);
    ~CustomerWriter();

    // Stores the customer (created/updated now, since today when not given)
    // and its note; returns the new id.
    Result<qint64> insert(PreparedCustomer& row);
    // Indexes the rows inserted so far for search.
    Status flush();
    // flush() and the trigger restored. Must run before the transaction commits.
    Status finish();
    // Inserted but not yet in the search index: flush() before changing it.
    bool isPending(qint64 id) const { return id > m_flushedUpTo; }

private:
    CustomerWriter(storage::Database& db, const QDateTime& now);

    storage::Database& m_db;
    QDateTime m_now;
    QByteArray m_nowText;
    QByteArray m_today;
    QString m_triggerSql;
    qint64 m_flushedUpTo = 0;
    qint64 m_lastId = 0;
    bool m_finished = false;
    std::unique_ptr<SqlStatement> m_insertCustomer;
    std::unique_ptr<SqlStatement> m_insertTag;
    std::unique_ptr<SqlStatement> m_insertNote;
    std::unique_ptr<SqlStatement> m_indexRows;
    std::array<QByteArray, 32> m_values;
};

} // namespace peyvand::exchange
