#include "CollectionTestSupport.h"

#include "sales/Document.h"

namespace peyvand::test {

namespace {
template <typename T>
std::string describe(const Result<T>& result)
{
    return result ? std::string("ok") : result.error().field.toStdString() + ": " + result.error().message.toStdString();
}
} // namespace

CollectionFixture::CollectionFixture()
    : CollectionFixture(QDateTime(text::jalali::toGregorian({ 1404, 8, 20 }), QTime(12, 0), Qt::UTC))
{
}

CollectionFixture::CollectionFixture(const QDateTime& now)
    : db(memoryDatabase())
    , clock(now)
    , documents(std::make_unique<ui::DocumentServices>(*db, clock))
    , services(std::make_unique<ui::CollectionServices>(*db, clock))
{
}

qint64 CollectionFixture::customer(const QString& name)
{
    customers::Customer draft;
    draft.name = name;
    const Result<customers::Customer> created = documents->customers.create(draft);
    INFO(describe(created));
    REQUIRE(created.hasValue());
    return created->id;
}

qint64 CollectionFixture::invoice(qint64 customerId, QDate issueDate, qint64 rial)
{
    sales::Document draft;
    draft.type = sales::DocumentType::Invoice;
    draft.customerId = customerId;
    draft.issueDate = issueDate;
    sales::DocumentLine line;
    line.description = u8("خدمات نصب و راه‌اندازی");
    line.unitPrice = Money::fromRial(rial);
    line.quantity = Quantity { 1000 };
    line.taxable = false;
    draft.lines << line;
    const Result<sales::Document> created = documents->documents.createDraft(draft);
    INFO(describe(created));
    REQUIRE(created.hasValue());
    const Result<sales::Document> issued = documents->documents.issue(created->id);
    INFO(describe(issued));
    REQUIRE(issued.hasValue());
    return issued->id;
}

payments::Cheque CollectionFixture::chequeFor(qint64 invoiceId, qint64 rial, QDate due, const QString& sayad,
                                              const QString& serial, const QString& bank, const QString& drawer,
                                              QDate received)
{
    payments::NewPayment payment;
    payment.documentId = invoiceId;
    payment.method = payments::PaymentMethod::Cheque;
    payment.amount = Money::fromRial(rial);
    payment.date = received.isValid() ? received : today();
    payment.dueDate = due;
    payment.cheque.sayadId = sayad;
    payment.cheque.serial = serial;
    payment.cheque.bank = bank;
    payment.cheque.drawerName = drawer;
    const Result<payments::PaymentReceipt> receipt = services->payments.receive(payment);
    INFO(describe(receipt));
    REQUIRE(receipt.hasValue());
    REQUIRE(receipt->cheque.has_value());
    return *receipt->cheque;
}

payments::Cheque CollectionFixture::issuedCheque(const QString& payee, qint64 rial, QDate due, const QString& sayad,
                                                 const QString& bank)
{
    payments::Cheque cheque;
    cheque.direction = payments::ChequeDirection::Issued;
    cheque.sayadId = sayad;
    cheque.amount = Money::fromRial(rial);
    cheque.dueDate = due;
    cheque.drawerName = payee;
    cheque.bank = bank;
    const Result<payments::Cheque> added = services->payments.addIssuedCheque(cheque);
    INFO(describe(added));
    REQUIRE(added.hasValue());
    return *added;
}

void CollectionFixture::cash(qint64 invoiceId, qint64 rial, QDate date)
{
    payments::NewPayment payment;
    payment.documentId = invoiceId;
    payment.method = payments::PaymentMethod::Cash;
    payment.amount = Money::fromRial(rial);
    payment.date = date;
    const Result<payments::PaymentReceipt> receipt = services->payments.receive(payment);
    INFO(describe(receipt));
    REQUIRE(receipt.hasValue());
}

void CollectionFixture::promise(qint64 invoiceId, qint64 rial, QDate due)
{
    payments::NewPayment payment;
    payment.documentId = invoiceId;
    payment.method = payments::PaymentMethod::Credit;
    payment.amount = Money::fromRial(rial);
    payment.date = today();
    payment.dueDate = due;
    const Result<payments::PaymentReceipt> receipt = services->payments.receive(payment);
    INFO(describe(receipt));
    REQUIRE(receipt.hasValue());
}

payments::Plan CollectionFixture::plan(qint64 invoiceId, qint64 downRial, int count, QDate start)
{
    payments::PlanRequest request;
    request.downPayment = Money::fromRial(downRial);
    request.count = count;
    request.start = start;
    const Result<payments::Plan> created = services->payments.createPlan(invoiceId, request);
    INFO(describe(created));
    REQUIRE(created.hasValue());
    return *created;
}

payments::Cheque CollectionFixture::move(qint64 chequeId, payments::ChequeStatus to, QDate date, const QString& note)
{
    const Result<payments::Cheque> moved = services->payments.setChequeStatus(chequeId, to, date, note);
    INFO(describe(moved));
    REQUIRE(moved.hasValue());
    return *moved;
}

} // namespace peyvand::test
