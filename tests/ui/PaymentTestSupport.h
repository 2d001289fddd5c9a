#pragma once

#include "DocumentTestSupport.h"

#include "payments/PaymentService.h"

namespace peyvand::test {

// DocumentFixture plus an issued invoice of 1,100,000 Rial (1,000,000 and
// 10 % VAT + duty) for a customer, issued on the fixture's today (1404/08/20).
struct PaymentFixture : DocumentFixture {
    qint64 customerId = customer(QStringLiteral("Fanavaran Pars"));
    sales::Document invoice = issuedInvoice(customerId);

    sales::Document issuedInvoice(qint64 customer, qint64 unitPrice = 1000000);
    payments::InvoiceAccount account(qint64 invoiceId = 0);
    payments::PaymentReceipt cash(qint64 amount, qint64 invoiceId = 0);
};

} // namespace peyvand::test
