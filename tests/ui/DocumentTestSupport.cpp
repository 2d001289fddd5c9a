#include "DocumentTestSupport.h"

namespace peyvand::test {

namespace {
template <typename T>
std::string describe(const Result<T>& result)
{
    return result ? std::string("ok") : result.error().field.toStdString() + ": " + result.error().message.toStdString();
}
} // namespace

qint64 DocumentFixture::customer(const QString& name)
{
    customers::Customer draft;
    draft.name = name;
    const Result<customers::Customer> created = services->customers.create(draft);
    REQUIRE(created.hasValue());
    return created->id;
}

qint64 DocumentFixture::product(const QString& code, const QString& name, qint64 price, const QString& unit,
                                bool taxExempt)
{
    sales::Product draft;
    draft.code = code;
    draft.name = name;
    draft.unitPrice = Money::fromRial(price);
    draft.unit = unit;
    draft.taxExempt = taxExempt;
    const Result<sales::Product> created = services->catalog.create(draft);
    INFO(describe(created));
    REQUIRE(created.hasValue());
    return created->id;
}

sales::Document DocumentFixture::quote(qint64 customerId, QList<sales::DocumentLine> lines, QDate issueDate,
                                       const QString& marketer)
{
    sales::Document draft;
    draft.customerId = customerId;
    draft.issueDate = issueDate;
    draft.marketer = marketer;
    draft.lines = lines.isEmpty() ? QList<sales::DocumentLine> { documentLine(u8("خدمات مشاوره"), 1000000) } : lines;
    const Result<sales::Document> created = services->documents.createDraft(draft);
    INFO(describe(created));
    REQUIRE(created.hasValue());
    return *created;
}

sales::Document DocumentFixture::issue(qint64 documentId)
{
    const Result<sales::Document> issued = services->documents.issue(documentId);
    INFO(describe(issued));
    REQUIRE(issued.hasValue());
    return *issued;
}

sales::DocumentLine documentLine(const QString& description, qint64 unitPrice, qint64 quantityMilli)
{
    sales::DocumentLine line;
    line.description = description;
    line.unitPrice = Money::fromRial(unitPrice);
    line.quantity = Quantity { quantityMilli };
    return line;
}

} // namespace peyvand::test
