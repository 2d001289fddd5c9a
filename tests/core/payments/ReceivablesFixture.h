#pragma once

#include "BookFixture.h"

#include "common/Clock.h"
#include "customers/CustomerService.h"
#include "payments/PaymentRecord.h"
#include "payments/PaymentService.h"
#include "payments/Receivables.h"
#include "sales/DocumentService.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"

#include <memory>

namespace peyvand::test {

// An in-memory database on a fixed clock (noon UTC, the same date in every
// zone near Iran) with helpers that store invoices through DocumentService
// and payments, cheques and promises as plain rows.
struct ReceivablesFixture : BookFixture {
    std::unique_ptr<customers::CustomerService> customers;
    std::unique_ptr<sales::DocumentService> documents;
    std::unique_ptr<payments::Receivables> receivables;
    std::unique_ptr<payments::PaymentRecordReader> records;
    std::unique_ptr<payments::PaymentService> payments;

    ReceivablesFixture()
        : BookFixture(QDateTime(QDate(2025, 6, 1), QTime(12, 0), Qt::UTC))
    {
        customers = std::make_unique<customers::CustomerService>(*db, clock);
        documents = std::make_unique<sales::DocumentService>(*db, clock);
        receivables = std::make_unique<payments::Receivables>(*db, clock);
        records = std::make_unique<payments::PaymentRecordReader>(*db, clock);
        payments = std::make_unique<payments::PaymentService>(*db, clock);
    }

    QDate today() const { return clock.today(); }
    QDate day(int offset) const { return today().addDays(offset); }

    qint64 customer(const QString& name)
    {
        customers::Customer c;
        c.name = name;
        auto created = customers->create(c);
        REQUIRE(created);
        return created->id;
    }

    sales::Document draft(qint64 customerId, sales::DocumentType type, QDate issueDate, qint64 rial)
    {
        sales::Document d;
        d.type = type;
        d.customerId = customerId;
        d.issueDate = issueDate;
        sales::DocumentLine l;
        l.description = QStringLiteral("Service");
        l.unitPrice = Money::fromRial(rial);
        l.quantity = Quantity { 1000 };
        l.taxable = false;
        d.lines << l;
        return d;
    }

    // An issued invoice of `rial` (no tax) dated `issueDate`.
    qint64 invoice(qint64 customerId, QDate issueDate, qint64 rial)
    {
        auto created = documents->createDraft(draft(customerId, sales::DocumentType::Invoice, issueDate, rial));
        REQUIRE(created);
        auto issued = documents->issue(created->id);
        REQUIRE(issued);
        REQUIRE(issued->grandTotal.rial() == rial);
        return issued->id;
    }

    qint64 quote(qint64 customerId, QDate issueDate, QDate validUntil, qint64 rial, bool issue = true)
    {
        sales::Document d = draft(customerId, sales::DocumentType::Quote, issueDate, rial);
        d.validUntil = validUntil;
        auto created = documents->createDraft(d);
        REQUIRE(created);
        if (!issue)
            return created->id;
        auto issued = documents->issue(created->id);
        REQUIRE(issued);
        return issued->id;
    }

    // Settled cash received through PaymentService on `on`.
    void cash(qint64 invoiceId, qint64 rial, QDate on, std::optional<qint64> instalmentId = std::nullopt)
    {
        payments::NewPayment p;
        p.documentId = invoiceId;
        p.method = payments::PaymentMethod::Cash;
        p.amount = Money::fromRial(rial);
        p.date = on;
        p.instalmentId = instalmentId;
        auto receipt = payments->receive(p);
        REQUIRE(receipt);
    }

    // A plan of `down` and `count` equal instalments every `days` days from `start`.
    payments::Plan plan(qint64 invoiceId, qint64 down, int count, QDate start, int days)
    {
        payments::PlanRequest request;
        request.downPayment = Money::fromRial(down);
        request.count = count;
        request.start = start;
        request.every = payments::Interval { payments::Interval::Unit::Day, days };
        clock.advanceSeconds(1); // money received before is not the plan's
        auto created = payments->createPlan(invoiceId, request);
        REQUIRE(created);
        return *created;
    }

    void exec(const QString& sql, std::initializer_list<QVariant> values)
    {
        auto q = storage::run(db->connection(), sql, values);
        INFO((q ? QString() : q.error().detail).toStdString());
        REQUIRE(q);
    }

    qint64 lastId()
    {
        auto v = storage::scalar(db->connection(), QStringLiteral("SELECT last_insert_rowid()"));
        REQUIRE(v);
        return v->toLongLong();
    }

    static QVariant orNull(qint64 id) { return id == 0 ? QVariant() : QVariant(id); }

    // A payment row as PaymentService would store it.
    qint64 payment(qint64 customerId, qint64 documentId, const QString& method, const QString& status, qint64 rial,
                   QDate paidOn, QDate due = {}, QDate settledOn = {}, qint64 chequeId = 0, qint64 instalmentId = 0)
    {
        const QString now = storage::isoTimestamp(clock.nowUtc());
        exec(QStringLiteral("INSERT INTO payments (customer_id, document_id, instalment_id, cheque_id, method, status, amount, "
                            "paid_on, due_date, settled_on, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
             { customerId, orNull(documentId), orNull(instalmentId), orNull(chequeId), method, status, rial,
               storage::isoDate(paidOn), storage::nullableDate(due), storage::nullableDate(settledOn), now, now });
        return lastId();
    }

    // A cheque in `status` since `statusDate`, with its history of events
    // (`path` lists the states after 'received', each dated statusDate).
    qint64 cheque(qint64 customerId, qint64 documentId, qint64 rial, QDate due, const QStringList& path = {},
                  QDate statusDate = {}, const QString& direction = QStringLiteral("received"), const QString& drawer = {},
                  qint64 instalmentId = 0)
    {
        const QString now = storage::isoTimestamp(clock.nowUtc());
        const QString status = path.isEmpty() ? QStringLiteral("received") : path.constLast();
        const QDate entry = day(-100);
        const QDate changed = statusDate.isValid() ? statusDate : entry;
        exec(QStringLiteral("INSERT INTO cheques (direction, status, sayad_id, amount, drawer_name, due_date, entry_date, status_date, "
                            "customer_id, document_id, instalment_id, created_at, updated_at) "
                            "VALUES (?, ?, '1234567890123456', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
             { direction, status, rial, drawer, storage::isoDate(due), storage::isoDate(entry), storage::isoDate(changed),
               orNull(customerId), orNull(documentId), orNull(instalmentId), now, now });
        const qint64 id = lastId();
        QString from;
        for (const QString& to : QStringList { QStringLiteral("received") } + path) {
            exec(QStringLiteral("INSERT INTO cheque_events (cheque_id, from_status, to_status, event_date, created_at) VALUES (?, ?, ?, ?, ?)"),
                 { id, from, to, storage::isoDate(from.isEmpty() ? entry : changed), now });
            from = to;
        }
        return id;
    }
};

} // namespace peyvand::test
