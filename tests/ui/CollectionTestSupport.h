#pragma once

#include "UiTestSupport.h"

#include "CollectionServices.h"
#include "DocumentServices.h"
#include "common/Clock.h"
#include "payments/PaymentService.h"
#include "text/Jalali.h"

#include <memory>

namespace peyvand::test {

// An in-memory database with the collection services on a fixed clock:
// today is 1404/08/20 (2025-11-11, noon UTC). Invoices are issued through
// DocumentService and paid through PaymentService, as a user would.
struct CollectionFixture {
    CollectionFixture();
    // Today is the local date of `now` (screenshots use the real date, as the window does).
    explicit CollectionFixture(const QDateTime& now);

    QDate today() const { return clock.today(); }
    QDate day(int offset) const { return today().addDays(offset); }

    qint64 customer(const QString& name);
    // An issued invoice of `rial` without tax, dated `issueDate`.
    qint64 invoice(qint64 customerId, QDate issueDate, qint64 rial);
    // A cheque received for the invoice (PaymentService::receive) on `received` (today when invalid).
    payments::Cheque chequeFor(qint64 invoiceId, qint64 rial, QDate due, const QString& sayad,
                               const QString& serial = {}, const QString& bank = {}, const QString& drawer = {},
                               QDate received = {});
    // A cheque the business wrote to a payee (addIssuedCheque).
    payments::Cheque issuedCheque(const QString& payee, qint64 rial, QDate due, const QString& sayad,
                                  const QString& bank = {});
    void cash(qint64 invoiceId, qint64 rial, QDate date);
    void promise(qint64 invoiceId, qint64 rial, QDate due);
    payments::Plan plan(qint64 invoiceId, qint64 downRial, int count, QDate start);
    payments::Cheque move(qint64 chequeId, payments::ChequeStatus to, QDate date = {}, const QString& note = {});

    std::unique_ptr<storage::Database> db;
    FixedClock clock;
    std::unique_ptr<ui::DocumentServices> documents;
    std::unique_ptr<ui::CollectionServices> services;
};

} // namespace peyvand::test
