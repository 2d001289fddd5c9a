#pragma once

#include "../sales/SalesFixture.h"

#include "payments/ChequeStates.h"
#include "payments/PaymentService.h"

namespace peyvand::test {

// The sales fixture with a PaymentService on the same clock, and issued
// invoices of a chosen total (no tax: the total is the line's price).
struct PaymentFixture : SalesFixture {
    std::unique_ptr<payments::PaymentService> payments;

    PaymentFixture() { payments = std::make_unique<payments::PaymentService>(*db, clock); }

    qint64 draftInvoice(qint64 customerId, qint64 total, QDate issueDate = {})
    {
        sales::Document d;
        d.type = sales::DocumentType::Invoice;
        d.customerId = customerId;
        d.issueDate = issueDate.isValid() ? issueDate : clock.today();
        d.lines << line(u8("خدمات"), total);
        d.ratesOverridden = true;
        d.rates = {};
        auto created = documents->createDraft(d);
        REQUIRE(created);
        REQUIRE(created->grandTotal == Money::fromRial(total));
        return created->id;
    }

    qint64 invoice(qint64 customerId, qint64 total, QDate issueDate = {})
    {
        const qint64 id = draftInvoice(customerId, total, issueDate);
        auto issued = documents->issue(id);
        REQUIRE(issued);
        return id;
    }

    sales::DocumentState stateOf(qint64 documentId)
    {
        auto d = documents->get(documentId);
        REQUIRE(d);
        return d->state;
    }

    payments::InvoiceAccount account(qint64 invoiceId)
    {
        auto a = payments->account(invoiceId);
        REQUIRE(a);
        return *a;
    }

    // Moves the clock on so that later rows are recorded after earlier ones.
    void tick(qint64 seconds = 1) { clock.advanceSeconds(seconds); }

    int rows(const char* table) { return count(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))); }
};

inline payments::NewPayment cash(qint64 invoiceId, qint64 amount)
{
    payments::NewPayment p;
    p.documentId = invoiceId;
    p.method = payments::PaymentMethod::Cash;
    p.amount = Money::fromRial(amount);
    return p;
}

inline payments::NewPayment promise(qint64 invoiceId, qint64 amount, QDate due)
{
    payments::NewPayment p = cash(invoiceId, amount);
    p.method = payments::PaymentMethod::Credit;
    p.dueDate = due;
    return p;
}

inline const char* kSayad = "1234567890123456";

inline payments::NewPayment chequeOf(qint64 invoiceId, qint64 amount, QDate due, const QString& sayad = QString::fromLatin1(kSayad))
{
    payments::NewPayment p = cash(invoiceId, amount);
    p.method = payments::PaymentMethod::Cheque;
    p.dueDate = due;
    p.cheque.sayadId = sayad;
    p.cheque.bank = u8("بانک ملت");
    p.cheque.serial = QStringLiteral("123456");
    return p;
}

} // namespace peyvand::test
