#pragma once

#include "Customer.h"
#include "CustomerValidator.h"
#include "common/Clock.h"
#include "common/Result.h"

#include <QList>
#include <QStringList>

namespace peyvand::storage {
class Database;
}

namespace peyvand::customers {

// Everything a user can do to customers, their notes and interactions.
// Every write validates, normalises, runs in one transaction and leaves an
// audit row with the old and new values.
class CustomerService final {
public:
    CustomerService(storage::Database& db, const Clock& clock = SystemClock::instance());

    // Creates a customer. Invalid fields give an InvalidInput error naming the
    // first bad field (all issues in *report when given); nothing is stored.
    // Warnings do not block and are returned in *report.
    Result<Customer> create(Customer draft, ValidationReport* report = nullptr);
    // Saves the changed fields of an existing customer (same rules as create).
    Result<Customer> update(Customer changed, ValidationReport* report = nullptr);
    Result<Customer> get(qint64 id);

    Status archive(qint64 id);  // hidden from lists, restorable
    Status restore(qint64 id);
    Status remove(qint64 id);   // deletes with notes and interactions

    Result<Note> addNote(qint64 customerId, const QString& text, QDateTime at = {});
    Result<QList<Note>> notes(qint64 customerId);
    Status removeNote(qint64 noteId);

    // at defaults to now; summary is required. A follow-up date also puts a
    // task on the agenda (the summary, due at 10:00 local time that day).
    Result<Interaction> logInteraction(Interaction interaction);
    // Newest first.
    Result<QList<Interaction>> interactions(qint64 customerId);
    Status removeInteraction(qint64 interactionId);

    Result<CustomerSummary> summary(qint64 customerId);

    // Distinct values in use, for filters and completion (sorted for Persian).
    Result<QStringList> tags();
    Result<QStringList> cities();
    Result<QStringList> sources();

private:
    storage::Database& m_db;
    const Clock& m_clock;
};

} // namespace peyvand::customers
