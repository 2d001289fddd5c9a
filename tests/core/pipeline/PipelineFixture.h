#pragma once

#include "BookFixture.h"

#include "common/Clock.h"
#include "customers/CustomerService.h"
#include "pipeline/DealService.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"
#include "text/PersianText.h"

#include <memory>

namespace peyvand::test {

// An in-memory database with the deal service on a fixed clock, and ways to
// make the customers, leads and pre-invoices deals refer to.
struct PipelineFixture : BookFixture {
    std::unique_ptr<pipeline::DealService> deals;

    PipelineFixture()
    {
        deals = std::make_unique<pipeline::DealService>(*db, clock);
    }

    QVariant scalar(const QString& sql, std::initializer_list<QVariant> values = {})
    {
        auto v = storage::scalar(db->connection(), sql, values);
        REQUIRE(v);
        return *v;
    }

    qint64 customer(const QString& name)
    {
        customers::Customer c;
        c.name = name;
        auto created = customers::CustomerService(*db, clock).create(c);
        REQUIRE(created);
        return created->id;
    }

    // A lead written with plain SQL (core/leads is another helper's).
    qint64 lead(const QString& name)
    {
        auto q = storage::run(db->connection(),
                              QStringLiteral("INSERT INTO leads (kind, name, lead_type, source, status, created_at, updated_at, "
                                             "name_sort, search_text) VALUES ('person', ?, 'sales', 'website', 'new', "
                                             "'2025-03-01T08:00:00Z', '2025-03-01T08:00:00Z', ?, ?)"),
                              { name, text::sortKey(name), text::searchKey(name) });
        REQUIRE(q);
        return q->lastInsertId().toLongLong();
    }

    // A draft pre-invoice for the customer, written with plain SQL.
    qint64 document(qint64 customerId)
    {
        auto q = storage::run(db->connection(),
                              QStringLiteral("INSERT INTO documents (type, state, customer_id, issue_date, vat_bp, duty_bp, "
                                             "created_at, updated_at, state_changed_at) VALUES ('quote', 'draft', ?, "
                                             "'2025-03-21', 700, 300, 'x', 'x', 'x')"),
                              { customerId });
        REQUIRE(q);
        return q->lastInsertId().toLongLong();
    }

    QList<pipeline::Stage> stages()
    {
        auto s = deals->stages();
        REQUIRE(s);
        return *s;
    }

    qint64 stageId(const char* key)
    {
        for (const pipeline::Stage& s : stages()) {
            if (s.key == QLatin1String(key))
                return s.id;
        }
        FAIL("no stage " << key);
        return 0;
    }

    pipeline::Deal add(const QString& title, qint64 rial = 0, qint64 stage = 0, qint64 customerId = 0)
    {
        pipeline::Deal d;
        d.title = title;
        d.amount = Money::fromRial(rial);
        d.stageId = stage;
        d.customerId = customerId;
        auto created = deals->create(d);
        REQUIRE(created);
        return *created;
    }

    // Titles of a stage's column in board order.
    QStringList column(qint64 stage)
    {
        pipeline::DealFilter filter;
        filter.stageId = stage;
        auto rows = deals->list(filter);
        REQUIRE(rows);
        QStringList titles;
        for (const pipeline::DealRow& r : std::as_const(*rows))
            titles << r.deal.title;
        return titles;
    }

    // Positions of a stage's column in board order: always 0..n-1.
    QList<int> positions(qint64 stage)
    {
        pipeline::DealFilter filter;
        filter.stageId = stage;
        auto rows = deals->list(filter);
        REQUIRE(rows);
        QList<int> out;
        for (const pipeline::DealRow& r : std::as_const(*rows))
            out << r.deal.position;
        return out;
    }

    QList<storage::AuditEntry> audit(const char* entity, qint64 id)
    {
        auto h = storage::AuditLog(*db).history(QString::fromLatin1(entity), id);
        REQUIRE(h);
        return *h;
    }
};

inline QList<int> iota(int n)
{
    QList<int> out;
    for (int i = 0; i < n; ++i)
        out << i;
    return out;
}

} // namespace peyvand::test
