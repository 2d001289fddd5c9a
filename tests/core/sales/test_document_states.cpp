#include "SalesFixture.h"

using namespace peyvand;
using namespace peyvand::sales;
using peyvand::test::jalali;
using peyvand::test::line;
using peyvand::test::u8;

namespace {

enum class Action { Issue, Accept, Reject, Settle, Unsettle, Convert };

const char* nameOf(Action a)
{
    switch (a) {
    case Action::Issue:
        return "issue";
    case Action::Accept:
        return "accept";
    case Action::Reject:
        return "reject";
    case Action::Settle:
        return "settle";
    case Action::Unsettle:
        return "unsettle";
    case Action::Convert:
        return "convert";
    }
    return "";
}

// A document of `type` brought into `state` through the service.
qint64 documentIn(test::SalesFixture& f, qint64 customer, DocumentType type, DocumentState state)
{
    Document d = test::draftFor(customer, type, jalali(1404, 1, 1));
    if (type == DocumentType::Quote)
        d.validUntil = jalali(1404, 1, 10);
    auto draft = f.documents->createDraft(d);
    REQUIRE(draft);
    const qint64 id = draft->id;
    if (state == DocumentState::Draft)
        return id;
    REQUIRE(f.documents->issue(id));
    switch (state) {
    case DocumentState::Accepted:
        REQUIRE(f.documents->accept(id));
        break;
    case DocumentState::Rejected:
        REQUIRE(f.documents->reject(id));
        break;
    case DocumentState::Expired:
        REQUIRE(*f.documents->expireDue(jalali(1404, 1, 11)) >= 1);
        break;
    case DocumentState::Converted:
        REQUIRE(f.documents->convert(id));
        break;
    case DocumentState::Settled:
        REQUIRE(f.settle(id));
        break;
    case DocumentState::Draft:
    case DocumentState::Issued:
        break;
    }
    REQUIRE(f.documents->get(id)->state == state);
    return id;
}

Status perform(test::SalesFixture& f, Action action, qint64 id)
{
    const auto status = [](const auto& r) -> Status {
        if (r)
            return {};
        return r.error();
    };
    switch (action) {
    case Action::Issue:
        return status(f.documents->issue(id));
    case Action::Accept:
        return status(f.documents->accept(id));
    case Action::Reject:
        return status(f.documents->reject(id, u8("قیمت بالاست")));
    case Action::Settle:
        return f.settle(id);
    case Action::Unsettle:
        return f.unsettle(id);
    case Action::Convert:
        return status(f.documents->convert(id));
    }
    return {};
}

struct Transition {
    DocumentType type;
    DocumentState from;
    Action action;
    std::optional<DocumentState> to; // nullopt: refused
};

} // namespace

TEST_CASE("Every state transition is allowed or refused as domain.md says", "[sales][documents][states]")
{
    using S = DocumentState;
    using A = Action;
    const DocumentType Q = DocumentType::Quote;
    const DocumentType I = DocumentType::Invoice;
    const Transition table[] = {
        { Q, S::Draft, A::Issue, S::Issued },       { Q, S::Draft, A::Accept, {} },        { Q, S::Draft, A::Reject, {} },
        { Q, S::Draft, A::Settle, {} },             { Q, S::Draft, A::Convert, {} },       { Q, S::Issued, A::Issue, {} },
        { Q, S::Issued, A::Accept, S::Accepted },   { Q, S::Issued, A::Reject, S::Rejected }, { Q, S::Issued, A::Settle, {} },
        { Q, S::Issued, A::Unsettle, {} },          { Q, S::Issued, A::Convert, S::Converted }, { Q, S::Accepted, A::Accept, {} },
        { Q, S::Accepted, A::Reject, {} },          { Q, S::Accepted, A::Issue, {} },      { Q, S::Accepted, A::Convert, S::Converted },
        { Q, S::Rejected, A::Accept, {} },          { Q, S::Rejected, A::Reject, {} },     { Q, S::Rejected, A::Convert, {} },
        { Q, S::Expired, A::Accept, {} },           { Q, S::Expired, A::Reject, {} },      { Q, S::Expired, A::Convert, {} },
        { Q, S::Converted, A::Accept, {} },         { Q, S::Converted, A::Reject, {} },    { Q, S::Converted, A::Convert, {} },
        { Q, S::Converted, A::Issue, {} },          { I, S::Draft, A::Issue, S::Issued },  { I, S::Draft, A::Settle, {} },
        { I, S::Draft, A::Accept, {} },             { I, S::Issued, A::Settle, S::Settled }, { I, S::Issued, A::Unsettle, {} },
        { I, S::Issued, A::Accept, {} },            { I, S::Issued, A::Reject, {} },       { I, S::Issued, A::Convert, {} },
        { I, S::Issued, A::Issue, {} },             { I, S::Settled, A::Settle, {} },      { I, S::Settled, A::Unsettle, S::Issued },
        { I, S::Settled, A::Accept, {} },
    };
    for (const Transition& t : table) {
        test::SalesFixture f;
        const qint64 customer = f.customer();
        const qint64 id = documentIn(f, customer, t.type, t.from);
        const Document before = *f.documents->get(id);
        INFO(toKey(t.type).toStdString() << " " << toKey(t.from).toStdString() << " → " << nameOf(t.action));
        const Status s = perform(f, t.action, id);
        const Document after = *f.documents->get(id);
        if (t.to) {
            REQUIRE(s);
            CHECK(after.state == *t.to);
            auto history = storage::AuditLog(*f.db).history(QStringLiteral("document"), id);
            REQUIRE(history);
            CHECK(history->constLast().oldValues.value(QStringLiteral("state")).toString() == toKey(t.from));
            CHECK(history->constLast().newValues.value(QStringLiteral("state")).toString() == toKey(*t.to));
        } else {
            REQUIRE_FALSE(s);
            CHECK(s.error().code == ErrorCode::Conflict);
            CHECK(after.state == t.from);
            CHECK(after.updatedAt == before.updatedAt);
            if (t.type == DocumentType::Quote && t.action != A::Settle && t.action != A::Unsettle)
                CHECK(s.error().message.contains(displayName(t.from, t.type)));
        }
    }
}

TEST_CASE("State changes are dated and a rejection keeps its reason", "[sales][documents][states]")
{
    test::SalesFixture f;
    const qint64 id = documentIn(f, f.customer(), DocumentType::Quote, DocumentState::Issued);
    f.clock.advanceSeconds(86400);
    auto rejected = f.documents->reject(id, u8("  قيمت بالاست "));
    REQUIRE(rejected);
    CHECK(rejected->stateChangedAt == f.clock.nowUtc());
    CHECK(f.documents->get(id)->stateChangedAt == f.clock.nowUtc());
    CHECK(f.documents->get(id)->number == QStringLiteral("PF-1404-0001")); // nothing else moved
    auto history = storage::AuditLog(*f.db).history(QStringLiteral("document"), id);
    REQUIRE(history);
    CHECK(history->constLast().newValues.value(QStringLiteral("reason")).toString() == u8("قیمت بالاست"));
    CHECK(f.documents->accept(4242).error().code == ErrorCode::NotFound);
}

TEST_CASE("Issued pre-invoices past their validity expire", "[sales][documents][states]")
{
    test::SalesFixture f;
    const qint64 c = f.customer();
    const auto quote = [&](QDate validUntil, bool issue) {
        Document d = test::draftFor(c, DocumentType::Quote, jalali(1404, 1, 1));
        d.validUntil = validUntil;
        auto draft = f.documents->createDraft(d);
        REQUIRE(draft);
        if (issue)
            REQUIRE(f.documents->issue(draft->id));
        return draft->id;
    };
    const qint64 ended = quote(jalali(1404, 1, 14), true);
    const qint64 endsToday = quote(jalali(1404, 1, 15), true);
    const qint64 later = quote(jalali(1404, 1, 20), true);
    const qint64 draft = quote(jalali(1404, 1, 2), false);
    const qint64 accepted = quote(jalali(1404, 1, 2), true);
    REQUIRE(f.documents->accept(accepted));
    auto invoice = f.documents->createDraft(test::draftFor(c, DocumentType::Invoice, jalali(1404, 1, 1)));
    REQUIRE(invoice);
    REQUIRE(f.documents->issue(invoice->id));

    CHECK(*f.documents->expireDue(jalali(1404, 1, 15)) == 1);
    CHECK(f.documents->get(ended)->state == DocumentState::Expired);
    CHECK(f.documents->get(endsToday)->state == DocumentState::Issued); // valid through its last day
    CHECK(*f.documents->expireDue(jalali(1404, 1, 15)) == 0);
    CHECK(*f.documents->expireDue(jalali(1404, 2, 1)) == 2);
    CHECK(f.documents->get(later)->state == DocumentState::Expired);
    CHECK(f.documents->get(draft)->state == DocumentState::Draft);
    CHECK(f.documents->get(accepted)->state == DocumentState::Accepted);
    CHECK(f.documents->get(invoice->id)->state == DocumentState::Issued);
    CHECK(f.auditActions(QStringLiteral("document"), ended).size() == 3); // create, issue, expire
}

TEST_CASE("Duplicating gives a new draft dated today with the same lines", "[sales][documents]")
{
    test::SalesFixture f;
    const qint64 c = f.customer();
    Document d = test::draftFor(c, DocumentType::Quote, jalali(1402, 11, 1));
    d.validUntil = jalali(1402, 11, 11);
    d.title = u8("پیش‌فاکتور تجهیزات");
    d.marketer = u8("سارا");
    d.lines << line(u8("نصب"), 250'000, 2000);
    d.lines.last().taxable = false;
    auto source = f.documents->createDraft(d);
    REQUIRE(source);
    REQUIRE(f.documents->issue(source->id));

    auto copy = f.documents->duplicate(source->id);
    REQUIRE(copy);
    CHECK(copy->id != source->id);
    CHECK(copy->state == DocumentState::Draft);
    CHECK(copy->number.isEmpty());
    CHECK(copy->type == DocumentType::Quote);
    CHECK(copy->issueDate == jalali(1404, 1, 15));
    CHECK(copy->validUntil == jalali(1404, 1, 25)); // the same ten days of validity
    CHECK(copy->title == source->title);
    CHECK(copy->marketer == source->marketer);
    CHECK(copy->customerId == c);
    REQUIRE(copy->lines.size() == 2);
    CHECK(copy->lines.at(1).description == u8("نصب"));
    CHECK(copy->lines.at(1).quantity.milli == 2000);
    CHECK_FALSE(copy->lines.at(1).taxable);
    CHECK(copy->lines.at(0).id != source->lines.at(0).id);
    CHECK(copy->rates.vat.value == 700); // today's rates, not those of 1402
    CHECK(copy->grandTotal == Money::fromRial(1'100'000 + 500'000));
    CHECK(f.documents->get(source->id)->grandTotal == Money::fromRial(1'090'000 + 500'000));
    auto history = storage::AuditLog(*f.db).history(QStringLiteral("document"), copy->id);
    REQUIRE(history);
    CHECK(history->at(0).newValues.value(QStringLiteral("duplicated_from")).toInteger() == source->id);
    // The copy is a draft: it can be edited and issued with the next number.
    CHECK(f.documents->issue(copy->id)->number == QStringLiteral("PF-1404-0001"));
    CHECK(f.documents->duplicate(999).error().code == ErrorCode::NotFound);
}

TEST_CASE("Converting a pre-invoice re-prices tax at the invoice date and says so", "[sales][documents][convert]")
{
    test::SalesFixture f;
    const qint64 c = f.customer();
    Document d = test::draftFor(c, DocumentType::Quote, jalali(1402, 12, 20));
    d.validUntil = jalali(1403, 1, 20);
    d.title = u8("پیش‌فاکتور");
    d.description = u8("تحویل یک هفته پس از پرداخت");
    d.marketer = u8("سارا");
    d.additions << DocumentAddition { 0, u8("هزینه حمل"), Money::fromRial(200'000), false, {} };
    auto quote = f.documents->createDraft(d);
    REQUIRE(quote);
    REQUIRE(f.documents->issue(quote->id));
    REQUIRE(f.documents->accept(quote->id));

    auto report = f.documents->convert(quote->id, jalali(1403, 1, 5));
    REQUIRE(report);
    CHECK(report->ratesChanged);
    CHECK(report->quoteRates.vat.value == 600);
    CHECK(report->invoiceRates.vat.value == 700);
    CHECK(report->invoiceRates.duty.value == 300);
    CHECK(report->quoteTotal == Money::fromRial(1'090'000 + 200'000));
    CHECK(report->invoiceTotal == Money::fromRial(1'100'000 + 200'000));

    auto invoice = f.documents->get(report->invoiceId);
    REQUIRE(invoice);
    CHECK(invoice->type == DocumentType::Invoice);
    CHECK(invoice->state == DocumentState::Issued);
    CHECK(invoice->number == QStringLiteral("INV-1403-0001"));
    CHECK(invoice->sourceId == quote->id);
    CHECK(invoice->issueDate == jalali(1403, 1, 5));
    CHECK_FALSE(invoice->validUntil.isValid());
    CHECK(invoice->title.isEmpty());
    CHECK(invoice->description == u8("تحویل یک هفته پس از پرداخت"));
    CHECK(invoice->marketer == u8("سارا"));
    REQUIRE(invoice->lines.size() == 1);
    CHECK(invoice->lines.at(0).description == u8("لپ‌تاپ"));
    REQUIRE(invoice->additions.size() == 1);
    CHECK(invoice->grandTotal == report->invoiceTotal);
    CHECK(invoice->buyer.name == u8("علی کریمی"));

    auto converted = f.documents->get(quote->id);
    CHECK(converted->state == DocumentState::Converted);
    CHECK(converted->grandTotal == report->quoteTotal); // the pre-invoice keeps its own amounts
    CHECK(converted->rates.vat.value == 600);
    auto history = storage::AuditLog(*f.db).history(QStringLiteral("document"), quote->id);
    REQUIRE(history);
    CHECK(history->constLast().newValues.value(QStringLiteral("invoice_id")).toInteger() == report->invoiceId);

    auto twice = f.documents->convert(quote->id, jalali(1403, 1, 6));
    REQUIRE_FALSE(twice);
    CHECK(twice.error().code == ErrorCode::Conflict);
    CHECK(twice.error().message.contains(displayName(DocumentState::Converted, DocumentType::Quote)));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM documents WHERE type = 'invoice'")) == 1);
    auto ofInvoice = f.documents->convert(report->invoiceId);
    REQUIRE_FALSE(ofInvoice);
    CHECK(ofInvoice.error().code == ErrorCode::Conflict);
}

TEST_CASE("Overridden rates survive conversion, the default date is today", "[sales][documents][convert]")
{
    test::SalesFixture f;
    const qint64 c = f.customer();
    Document d = test::draftFor(c, DocumentType::Quote, jalali(1402, 12, 20));
    d.ratesOverridden = true;
    d.rates = { BasisPoints { 0 }, BasisPoints { 0 } };
    auto quote = f.documents->createDraft(d);
    REQUIRE(quote);
    REQUIRE(f.documents->issue(quote->id));
    auto report = f.documents->convert(quote->id);
    REQUIRE(report);
    CHECK_FALSE(report->ratesChanged);
    CHECK(report->invoiceTotal == Money::fromRial(1'000'000));
    auto invoice = f.documents->get(report->invoiceId);
    CHECK(invoice->issueDate == jalali(1404, 1, 15));
    CHECK(invoice->ratesOverridden);
    CHECK(invoice->number == QStringLiteral("INV-1404-0001"));

    Document same = test::draftFor(c, DocumentType::Quote, jalali(1404, 1, 2));
    auto second = f.documents->createDraft(same);
    REQUIRE(second);
    REQUIRE(f.documents->issue(second->id));
    auto unchanged = f.documents->convert(second->id, jalali(1404, 1, 3));
    REQUIRE(unchanged);
    CHECK_FALSE(unchanged->ratesChanged);
    CHECK(unchanged->quoteTotal == unchanged->invoiceTotal);
}

TEST_CASE("A failed conversion changes nothing", "[sales][documents][convert]")
{
    test::SalesFixture f;
    const qint64 c = f.customer();
    auto quote = f.documents->createDraft(test::draftFor(c, DocumentType::Quote, jalali(1404, 1, 10)));
    REQUIRE(quote);
    REQUIRE(f.documents->issue(quote->id));

    auto early = f.documents->convert(quote->id, jalali(1404, 1, 9));
    REQUIRE_FALSE(early);
    CHECK(early.error().field == QStringLiteral("issue_date"));

    // An invoice number that is already taken stops the conversion half-way.
    auto profile = f.profiles->load();
    profile->invoiceNumberPattern = QStringLiteral("F-{seq}");
    REQUIRE(f.profiles->save(*profile));
    auto old = f.documents->createDraft(test::draftFor(c, DocumentType::Invoice, jalali(1403, 5, 1)));
    REQUIRE(old);
    REQUIRE(f.documents->issue(old->id)); // F-1 in 1403
    auto refused = f.documents->convert(quote->id, jalali(1404, 1, 10));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::Conflict);
    CHECK(f.documents->get(quote->id)->state == DocumentState::Issued);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM documents WHERE type = 'invoice'")) == 1);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM number_sequences WHERE doc_type = 'invoice' AND jalali_year = 1404")) == 0);
}
