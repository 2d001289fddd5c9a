#pragma once

#include "BookFixture.h"

#include "customers/CustomerService.h"
#include "payments/PaymentService.h"
#include "sales/CompanyProfileService.h"
#include "sales/DocumentQuery.h"
#include "sales/DocumentService.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"
#include "text/Jalali.h"

#include <memory>

namespace peyvand::test {

inline QDate jalali(int y, int m, int d)
{
    return text::jalali::toGregorian({ y, m, d });
}

// An in-memory database with the sales services on a fixed clock
// (noon UTC, so that "today" is the same date in every time zone near Iran).
struct SalesFixture : BookFixture {
    std::unique_ptr<customers::CustomerService> customers;
    std::unique_ptr<sales::CompanyProfileService> profiles;
    std::unique_ptr<sales::DocumentService> documents;

    SalesFixture()
        : BookFixture(QDateTime(jalali(1404, 1, 15), QTime(12, 0), Qt::UTC))
    {
        customers = std::make_unique<customers::CustomerService>(*db, clock);
        profiles = std::make_unique<sales::CompanyProfileService>(*db, clock);
        documents = std::make_unique<sales::DocumentService>(*db, clock);
    }

    void setToday(QDate date) { clock.set(QDateTime(date, QTime(12, 0), Qt::UTC)); }

    qint64 customer(const QString& name = u8("علی کریمی"))
    {
        customers::Customer c;
        c.name = name;
        auto created = customers->create(c);
        REQUIRE(created);
        return created->id;
    }

    int count(const QString& sql, std::initializer_list<QVariant> values = {})
    {
        auto v = storage::scalar(db->connection(), sql, values);
        REQUIRE(v);
        return v->toInt();
    }

    // An issued invoice paid in full in cash (it becomes settled), or that
    // payment voided (it reopens): how invoices change state since payments.
    Status settle(qint64 invoiceId)
    {
        payments::PaymentService service(*db, clock);
        auto account = service.account(invoiceId);
        if (!account)
            return account.error();
        payments::NewPayment cash;
        cash.documentId = invoiceId;
        cash.amount = account->balance.isZero() ? account->total : account->balance;
        auto received = service.receive(cash);
        if (!received)
            return received.error();
        return {};
    }

    Status unsettle(qint64 invoiceId)
    {
        payments::PaymentService service(*db, clock);
        auto account = service.account(invoiceId);
        if (!account)
            return account.error();
        for (const auto& p : account->payments) {
            if (p.status == payments::PaymentStatus::Settled)
                return service.voidPayment(p.id, QStringLiteral("test"));
        }
        return Error::make(ErrorCode::Conflict, QStringLiteral("nothing to void"));
    }

    QStringList auditActions(const QString& entity, qint64 id)
    {
        auto history = storage::AuditLog(*db).history(entity, id);
        REQUIRE(history);
        QStringList actions;
        for (const auto& e : *history)
            actions << e.action;
        return actions;
    }
};

inline sales::DocumentLine line(const QString& description, qint64 unitPrice, qint64 quantityMilli = 1000)
{
    sales::DocumentLine l;
    l.description = description;
    l.unitPrice = Money::fromRial(unitPrice);
    l.quantity = Quantity { quantityMilli };
    return l;
}

// A quote (or invoice) draft with one line of 1,000,000 Rial.
inline sales::Document draftFor(qint64 customerId, sales::DocumentType type = sales::DocumentType::Quote, QDate issueDate = {})
{
    sales::Document d;
    d.type = type;
    d.customerId = customerId;
    d.issueDate = issueDate;
    d.lines << line(u8("لپ‌تاپ"), 1'000'000);
    return d;
}

} // namespace peyvand::test
