#include "SalesFixture.h"

using namespace peyvand;
using namespace peyvand::sales;
using peyvand::test::jalali;
using peyvand::test::line;
using peyvand::test::u8;

TEST_CASE("Files are attached to any document without changing it", "[sales][attachments]")
{
    test::SalesFixture f;
    const qint64 c = f.customer();
    auto draft = f.documents->createDraft(test::draftFor(c, DocumentType::Invoice));
    REQUIRE(draft);
    auto issued = f.documents->issue(draft->id);
    REQUIRE(issued);
    f.clock.advanceSeconds(60);

    Attachment contract;
    contract.purpose = Attachment::Purpose::Contract;
    contract.fileName = u8("/home/ali/اسناد/قرارداد.pdf");
    contract.data = QByteArrayLiteral("%PDF-1.4\n% a signed contract\n");
    auto added = f.documents->addAttachment(issued->id, contract);
    REQUIRE(added);
    CHECK(added->id > 0);
    CHECK(added->documentId == issued->id);
    CHECK(added->fileName == u8("قرارداد.pdf"));
    CHECK(added->mimeType == QStringLiteral("application/pdf"));
    CHECK(added->size == contract.data.size());
    CHECK(added->addedAt == f.clock.nowUtc());

    Attachment accounting;
    accounting.purpose = Attachment::Purpose::AccountingInvoice;
    accounting.fileName = QStringLiteral("scan.jpg");
    accounting.mimeType = QStringLiteral(" Image/JPEG ");
    accounting.data = QByteArray(1000, 'j');
    REQUIRE(f.documents->addAttachment(issued->id, accounting));

    auto list = f.documents->attachments(issued->id);
    REQUIRE(list);
    REQUIRE(list->size() == 2);
    CHECK(list->at(0).data.isEmpty()); // listings leave the bytes in the database
    CHECK(list->at(0).size == contract.data.size());
    CHECK(list->at(0).purpose == Attachment::Purpose::Contract);
    CHECK(list->at(1).purpose == Attachment::Purpose::AccountingInvoice);
    CHECK(list->at(1).mimeType == QStringLiteral("image/jpeg"));
    auto full = f.documents->attachment(added->id);
    REQUIRE(full);
    CHECK(full->data == contract.data);

    auto document = f.documents->get(issued->id);
    CHECK(document->updatedAt == issued->updatedAt);
    CHECK(document->state == DocumentState::Issued);

    REQUIRE(f.documents->removeAttachment(added->id));
    CHECK(f.documents->attachments(issued->id)->size() == 1);
    CHECK(f.documents->attachment(added->id).error().code == ErrorCode::NotFound);
    CHECK(f.documents->removeAttachment(added->id).error().code == ErrorCode::NotFound);
    CHECK(f.auditActions(QStringLiteral("document_attachment"), added->id) == QStringList { QStringLiteral("create"), QStringLiteral("delete") });
}

TEST_CASE("Attachments must be non-empty, named and within the size limit", "[sales][attachments]")
{
    test::SalesFixture f;
    auto draft = f.documents->createDraft(test::draftFor(f.customer()));
    REQUIRE(draft);
    Attachment a;
    a.fileName = QStringLiteral("big.bin");
    a.data = QByteArray(DocumentService::kMaxAttachmentBytes + 1, '\0');
    auto tooBig = f.documents->addAttachment(draft->id, a);
    REQUIRE_FALSE(tooBig);
    CHECK(tooBig.error().code == ErrorCode::InvalidInput);
    CHECK(tooBig.error().field == QStringLiteral("attachment"));
    a.data.clear();
    CHECK(f.documents->addAttachment(draft->id, a).error().field == QStringLiteral("attachment"));
    a.data = QByteArrayLiteral("x");
    a.fileName = QStringLiteral("  ");
    CHECK(f.documents->addAttachment(draft->id, a).error().field == QStringLiteral("file_name"));
    a.fileName = QStringLiteral("note.txt");
    CHECK(f.documents->addAttachment(4242, a).error().code == ErrorCode::NotFound);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM document_attachments")) == 0);

    a.data = QByteArray(DocumentService::kMaxAttachmentBytes, 'x'); // exactly the limit
    REQUIRE(f.documents->addAttachment(draft->id, a));
    // Deleting a draft takes its files with it.
    REQUIRE(f.documents->removeDraft(draft->id));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM document_attachments")) == 0);
}

TEST_CASE("Attachment purposes have stable keys", "[sales][attachments]")
{
    for (auto p : { Attachment::Purpose::Contract, Attachment::Purpose::AccountingInvoice, Attachment::Purpose::Other })
        CHECK(attachmentPurposeFromKey(toKey(p)) == p);
    CHECK(toKey(Attachment::Purpose::AccountingInvoice) == QStringLiteral("accounting_invoice"));
    CHECK_FALSE(attachmentPurposeFromKey(QStringLiteral("photo")));
}

namespace {

// For one customer: invoices 1,100,000 (open, 1404/01/05) and 2,200,000
// (settled, 1404/01/10), a converted quote whose invoice is open (1404/01/12),
// an issued and a draft quote, a draft invoice; another customer's invoice.
struct SalesHistory {
    qint64 customer = 0;
    qint64 other = 0;
};

SalesHistory buildHistory(test::SalesFixture& f)
{
    SalesHistory h;
    h.customer = f.customer();
    h.other = f.customer(u8("مشتری دیگر"));
    const auto issued = [&](qint64 customer, DocumentType type, QDate date, qint64 price) {
        Document d = test::draftFor(customer, type, date);
        d.lines = { line(u8("کالا"), price) };
        auto draft = f.documents->createDraft(d);
        REQUIRE(draft);
        REQUIRE(f.documents->issue(draft->id));
        return draft->id;
    };
    issued(h.customer, DocumentType::Invoice, jalali(1404, 1, 5), 1'000'000);
    const qint64 settled = issued(h.customer, DocumentType::Invoice, jalali(1404, 1, 10), 2'000'000);
    REQUIRE(f.settle(settled));
    const qint64 quote = issued(h.customer, DocumentType::Quote, jalali(1404, 1, 2), 3'000'000);
    REQUIRE(f.documents->convert(quote, jalali(1404, 1, 12)));
    issued(h.customer, DocumentType::Quote, jalali(1404, 1, 3), 9'000'000);
    REQUIRE(f.documents->createDraft(test::draftFor(h.customer)));
    REQUIRE(f.documents->createDraft(test::draftFor(h.customer, DocumentType::Invoice, jalali(1404, 1, 14))));
    issued(h.other, DocumentType::Invoice, jalali(1404, 1, 14), 5'000'000);
    return h;
}

} // namespace

TEST_CASE("Sales figures of a customer count issued and settled invoices", "[sales][customers]")
{
    test::SalesFixture f;
    const SalesHistory h = buildHistory(f);
    auto sales = f.documents->customerSales(h.customer);
    REQUIRE(sales);
    CHECK(sales->purchaseCount == 3);
    CHECK(sales->lifetimeValue == Money::fromRial(1'100'000 + 2'200'000 + 3'300'000));
    CHECK(sales->openBalance == Money::fromRial(1'100'000 + 3'300'000));
    CHECK(sales->lastPurchase == jalali(1404, 1, 12));
    CHECK(sales->quoteCount == 2); // the converted and the issued one; drafts are not sent
    auto none = f.documents->customerSales(f.customer(u8("تازه")));
    REQUIRE(none);
    CHECK(none->purchaseCount == 0);
    CHECK(none->lifetimeValue.isZero());
    CHECK_FALSE(none->lastPurchase.isValid());
    CHECK(f.documents->customerSales(4242).error().code == ErrorCode::NotFound);
}

TEST_CASE("The customer summary shows purchases from the invoices", "[sales][customers]")
{
    test::SalesFixture f;
    const SalesHistory h = buildHistory(f);
    auto summary = f.customers->summary(h.customer);
    REQUIRE(summary);
    CHECK(summary->purchaseCount == 3);
    CHECK(summary->lifetimeValueRial == 6'600'000);
    CHECK(summary->openBalanceRial == 4'400'000);
    CHECK(summary->lastPurchase == jalali(1404, 1, 12));
    auto other = f.customers->summary(h.other);
    CHECK(other->purchaseCount == 1);
    CHECK(other->openBalanceRial == 5'500'000);
}

TEST_CASE("A customer with documents cannot be deleted, only archived", "[sales][customers]")
{
    test::SalesFixture f;
    const qint64 c = f.customer(u8("رضا موسوی"));
    auto draft = f.documents->createDraft(test::draftFor(c));
    REQUIRE(draft);
    auto refused = f.customers->remove(c);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::Conflict);
    CHECK(refused.error().message.contains(u8("رضا موسوی")));
    CHECK(refused.error().message.contains(QStringLiteral("Archive")));
    CHECK(f.customers->get(c));
    REQUIRE(f.customers->archive(c));
    REQUIRE(f.documents->removeDraft(draft->id));
    REQUIRE(f.customers->remove(c));
}
