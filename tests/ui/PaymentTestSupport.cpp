#include "PaymentTestSupport.h"

namespace peyvand::test {

sales::Document PaymentFixture::issuedInvoice(qint64 customer, qint64 unitPrice)
{
    sales::Document draft;
    draft.type = sales::DocumentType::Invoice;
    draft.customerId = customer;
    draft.lines = { documentLine(QStringLiteral("Consulting"), unitPrice) };
    const Result<sales::Document> created = services->documents.createDraft(draft);
    REQUIRE(created.hasValue());
    return issue(created->id);
}

payments::InvoiceAccount PaymentFixture::account(qint64 invoiceId)
{
    const Result<payments::InvoiceAccount> found = services->payments.account(invoiceId > 0 ? invoiceId : invoice.id);
    REQUIRE(found.hasValue());
    return *found;
}

payments::PaymentReceipt PaymentFixture::cash(qint64 amount, qint64 invoiceId)
{
    payments::NewPayment payment;
    payment.documentId = invoiceId > 0 ? invoiceId : invoice.id;
    payment.amount = Money::fromRial(amount);
    const Result<payments::PaymentReceipt> receipt = services->payments.receive(payment);
    INFO((receipt ? std::string("ok") : receipt.error().message.toStdString()));
    REQUIRE(receipt.hasValue());
    return *receipt;
}

} // namespace peyvand::test
