#pragma once

#include "BookFixture.h"

#include "leads/LeadService.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"

#include <memory>

namespace peyvand::test {

// An in-memory database at schema 4 with a lead service on a fixed clock
// (2025-03-21 08:00 UTC, 1404/01/01).
struct LeadsFixture : BookFixture {
    std::unique_ptr<leads::LeadService> service;

    LeadsFixture()
    {
        service = std::make_unique<leads::LeadService>(*db, clock);
    }

    QVariant value(const QString& sql, std::initializer_list<QVariant> values = {})
    {
        auto v = storage::scalar(db->connection(), sql, values);
        REQUIRE(v);
        return *v;
    }

    int count(const QString& sql, std::initializer_list<QVariant> values = {})
    {
        return value(sql, values).toInt();
    }

    void exec(const QString& sql, std::initializer_list<QVariant> values = {})
    {
        auto q = storage::run(db->connection(), sql, values);
        REQUIRE(q);
    }

    // A lead created now; REQUIREs success.
    leads::Lead add(leads::Lead draft)
    {
        auto created = service->create(draft);
        REQUIRE(created);
        return *created;
    }

    leads::Lead add(const QString& name)
    {
        return add(draft(name));
    }

    static leads::Lead draft(const QString& name)
    {
        leads::Lead l;
        l.contact.name = name;
        return l;
    }

    // Budget 500M (25) + now (25) + owner (20) = 70 under the default profile: hot and qualified.
    static leads::Lead hotDraft(const QString& name)
    {
        leads::Lead l = draft(name);
        l.budget = Money::fromRial(500'000'000);
        l.timeline = leads::Timeline::Now;
        l.authority = leads::Authority::Owner;
        return l;
    }

    qint64 addTask(const QString& title, const QString& dueAt, qint64 leadId, bool done = false)
    {
        auto q = storage::run(db->connection(),
                              QStringLiteral("INSERT INTO tasks (title, due_at, lead_id, done_at, created_at, updated_at) "
                                             "VALUES (?, ?, ?, ?, '2025-03-01T00:00:00Z', '2025-03-01T00:00:00Z')"),
                              { title, dueAt, leadId, done ? QVariant(QStringLiteral("2025-03-10T00:00:00Z")) : QVariant(QMetaType::fromType<QString>()) });
        REQUIRE(q);
        return q->lastInsertId().toLongLong();
    }
};

} // namespace peyvand::test
