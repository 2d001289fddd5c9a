#include "LeadsFixture.h"

#include "customers/CustomerService.h"
#include "storage/AuditLog.h"
#include "text/PersianText.h"

using namespace peyvand;
using namespace peyvand::leads;
using peyvand::test::LeadsFixture;
using peyvand::test::u8;

namespace {

// A qualified lead with two notes, two interactions, two open tasks and a done one.
struct ConversionFixture : LeadsFixture {
    Lead lead;
    QDateTime noteAt { QDate(2025, 3, 2), QTime(7, 45), Qt::UTC };
    QDateTime callAt { QDate(2025, 3, 5), QTime(11, 20), Qt::UTC };
    qint64 openTask = 0;
    qint64 laterTask = 0;
    qint64 doneTask = 0;

    ConversionFixture()
    {
        Lead d = hotDraft(u8("شرکت آرین"));
        d.contact.kind = customers::CustomerKind::Company;
        d.contact.mobile = QStringLiteral("09121112233");
        d.contact.city = u8("اصفهان");
        d.contact.legalId = QStringLiteral("10380284790");
        d.source = LeadSource::Referral;
        d.owner = QStringLiteral("Sara");
        lead = add(d);
        REQUIRE(service->addNote(lead.id, u8("به تخفیف حساس است"), noteAt));
        REQUIRE(service->addNote(lead.id, QStringLiteral("second note")));
        LeadInteraction call;
        call.customerId = lead.id;
        call.at = callAt;
        call.channel = customers::InteractionChannel::Phone;
        call.direction = customers::Direction::Inbound;
        call.contactPerson = QStringLiteral("Mr Arian");
        call.summary = QStringLiteral("asked for a demo");
        call.outcome = QStringLiteral("demo booked");
        REQUIRE(service->logInteraction(call));
        call.at = {};
        call.summary = QStringLiteral("demo");
        REQUIRE(service->logInteraction(call));
        openTask = addTask(QStringLiteral("send the quote"), QStringLiteral("2025-03-25T06:30:00Z"), lead.id);
        laterTask = addTask(QStringLiteral("call back"), QStringLiteral("2025-04-02T06:30:00Z"), lead.id);
        doneTask = addTask(QStringLiteral("first call"), QStringLiteral("2025-03-04T06:30:00Z"), lead.id, true);
        auto refreshed = service->get(lead.id);
        REQUIRE(refreshed);
        lead = *refreshed;
        REQUIRE(lead.qualified);
        REQUIRE(lead.nextFollowUp == QDateTime(QDate(2025, 3, 25), QTime(6, 30), Qt::UTC));
    }
};

} // namespace

TEST_CASE("Converting a lead makes a customer that keeps its notes and interactions", "[leads][conversion]")
{
    ConversionFixture f;
    f.clock.advanceSeconds(3600);
    auto result = f.service->convert(f.lead.id);
    REQUIRE(result);
    CHECK(result->customerId > 0);
    CHECK(result->dealId == 0);
    CHECK(result->notesCopied == 2);
    CHECK(result->interactionsCopied == 2);

    customers::CustomerService customers(*f.db, f.clock);
    auto customer = customers.get(result->customerId);
    REQUIRE(customer);
    CHECK(customer->name == u8("شرکت آرین"));
    CHECK(customer->kind == customers::CustomerKind::Company);
    CHECK(customer->mobile == QStringLiteral("09121112233"));
    CHECK(customer->legalId == QStringLiteral("10380284790"));
    CHECK(customer->city == u8("اصفهان"));
    CHECK(customer->source == displayName(LeadSource::Referral));
    CHECK(customer->since == QDate(2025, 3, 21));

    auto notes = customers.notes(result->customerId);
    REQUIRE(notes);
    REQUIRE(notes->size() == 2);
    auto leadNotes = f.service->notes(f.lead.id); // the lead keeps its own
    REQUIRE(leadNotes);
    REQUIRE(leadNotes->size() == 2);
    for (int i = 0; i < 2; ++i) {
        CHECK(notes->at(i).text == leadNotes->at(i).text);
        CHECK(notes->at(i).at == leadNotes->at(i).at);
    }
    CHECK(notes->at(1).at == f.noteAt);
    CHECK(f.value(QStringLiteral("SELECT created_at FROM customer_notes WHERE text = 'second note'")).toString()
          == QStringLiteral("2025-03-21T08:00:00Z"));

    auto interactions = customers.interactions(result->customerId);
    REQUIRE(interactions);
    REQUIRE(interactions->size() == 2);
    const customers::Interaction& first = interactions->at(1);
    CHECK(first.at == f.callAt);
    CHECK(first.summary == QStringLiteral("asked for a demo"));
    CHECK(first.outcome == QStringLiteral("demo booked"));
    CHECK(first.contactPerson == QStringLiteral("Mr Arian"));
    CHECK(first.channel == customers::InteractionChannel::Phone);
    CHECK(first.direction == customers::Direction::Inbound);
    CHECK(interactions->at(0).summary == QStringLiteral("demo"));
    CHECK(interactions->at(0).at == QDateTime(QDate(2025, 3, 21), QTime(8, 0), Qt::UTC));

    auto lead = f.service->get(f.lead.id);
    REQUIRE(lead);
    CHECK(lead->status == LeadStatus::Converted);
    CHECK(lead->convertedCustomerId == result->customerId);
    CHECK(lead->convertedAt == f.clock.nowUtc());
    CHECK_FALSE(lead->qualified);
    CHECK(lead->qualifiedAt == f.lead.qualifiedAt);
    auto history = f.service->scoreHistory(f.lead.id);
    REQUIRE(history);
    CHECK(history->at(0).cause == ScoreChangeCause::Status);
    CHECK(history->at(0).at == f.clock.nowUtc());

    auto customerAudit = storage::AuditLog(*f.db).history(QStringLiteral("customer"), result->customerId);
    REQUIRE(customerAudit);
    CHECK(customerAudit->size() == 1);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'customer_note' AND action = 'create'")) == 2);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'interaction' AND action = 'create'")) == 2);
    auto leadAudit = storage::AuditLog(*f.db).history(QStringLiteral("lead"), f.lead.id);
    REQUIRE(leadAudit);
    CHECK(leadAudit->constLast().newValues.value(QStringLiteral("status")).toString() == QStringLiteral("converted"));
}

TEST_CASE("Conversion moves the open tasks to the customer", "[leads][conversion]")
{
    ConversionFixture f;
    auto result = f.service->convert(f.lead.id);
    REQUIRE(result);
    for (qint64 task : { f.openTask, f.laterTask }) {
        CHECK(f.value(QStringLiteral("SELECT customer_id FROM tasks WHERE id = ?"), { task }).toLongLong() == result->customerId);
        CHECK(f.value(QStringLiteral("SELECT lead_id FROM tasks WHERE id = ?"), { task }).isNull());
    }
    CHECK(f.value(QStringLiteral("SELECT lead_id FROM tasks WHERE id = ?"), { f.doneTask }).toLongLong() == f.lead.id);
    CHECK(f.value(QStringLiteral("SELECT customer_id FROM tasks WHERE id = ?"), { f.doneTask }).isNull());
    CHECK_FALSE(f.service->get(f.lead.id)->nextFollowUp.isValid());
}

TEST_CASE("Conversion can open a deal in the first stage", "[leads][conversion][deal]")
{
    ConversionFixture f;
    SECTION("with the lead's name and budget")
    {
        ConversionOptions options;
        options.createDeal = true;
        auto result = f.service->convert(f.lead.id, options);
        REQUIRE(result);
        REQUIRE(result->dealId > 0);
        auto q = storage::run(f.db->connection(),
                              QStringLiteral("SELECT d.title, d.amount_rial, s.key, d.customer_id, d.lead_id, d.owner, d.search_text, d.position "
                                             "FROM deals d JOIN deal_stages s ON s.id = d.stage_id WHERE d.id = ?"),
                              { result->dealId });
        REQUIRE(q);
        REQUIRE(q->next());
        CHECK(q->value(0).toString() == u8("شرکت آرین"));
        CHECK(q->value(1).toLongLong() == 500'000'000);
        CHECK(q->value(2).toString() == QStringLiteral("first_contact"));
        CHECK(q->value(3).toLongLong() == result->customerId);
        CHECK(q->value(4).toLongLong() == f.lead.id);
        CHECK(q->value(5).toString() == QStringLiteral("Sara"));
        CHECK(q->value(6).toString().contains(QStringLiteral("  ") + text::searchKey(u8("آرین"))));
        CHECK(q->value(7).toInt() == 0);
        CHECK(f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'deal'")) == 1);
    }
    SECTION("with a title and amount given, after other deals in the stage")
    {
        f.exec(QStringLiteral("INSERT INTO deals (title, amount_rial, stage_id, position, created_at, updated_at, search_text) "
                              "VALUES ('older', 5, (SELECT id FROM deal_stages WHERE key = 'first_contact'), 0, 'x', 'x', '')"));
        ConversionOptions options;
        options.createDeal = true;
        options.dealTitle = u8("  قرارداد   سالانه ");
        options.dealAmount = Money::fromRial(1'200'000'000);
        auto result = f.service->convert(f.lead.id, options);
        REQUIRE(result);
        CHECK(f.value(QStringLiteral("SELECT title FROM deals WHERE id = ?"), { result->dealId }).toString() == u8("قرارداد سالانه"));
        CHECK(f.value(QStringLiteral("SELECT amount_rial FROM deals WHERE id = ?"), { result->dealId }).toLongLong() == 1'200'000'000);
        CHECK(f.value(QStringLiteral("SELECT position FROM deals WHERE id = ?"), { result->dealId }).toInt() == 1);
    }
    SECTION("a lead with no budget gives a deal of zero")
    {
        Lead plain = f.add(QStringLiteral("Plain"));
        ConversionOptions options;
        options.createDeal = true;
        auto result = f.service->convert(plain.id, options);
        REQUIRE(result);
        CHECK(f.value(QStringLiteral("SELECT amount_rial FROM deals WHERE id = ?"), { result->dealId }).toLongLong() == 0);
    }
    SECTION("the first open stage is the first by position")
    {
        f.exec(QStringLiteral("UPDATE deal_stages SET position = position + 10 WHERE key = 'first_contact'"));
        ConversionOptions options;
        options.createDeal = true;
        auto result = f.service->convert(f.lead.id, options);
        REQUIRE(result);
        CHECK(f.value(QStringLiteral("SELECT s.key FROM deals d JOIN deal_stages s ON s.id = d.stage_id WHERE d.id = ?"),
                      { result->dealId })
                  .toString()
              == QStringLiteral("needs_analysis"));
    }
}

TEST_CASE("A deal opened for the lead before conversion follows it to the customer", "[leads][conversion][deal]")
{
    ConversionFixture f;
    f.exec(QStringLiteral("INSERT INTO deals (title, lead_id, stage_id, created_at, updated_at, search_text) "
                          "VALUES ('early', ?, 1, 'x', 'x', '')"),
           { f.lead.id });
    auto result = f.service->convert(f.lead.id);
    REQUIRE(result);
    CHECK(f.value(QStringLiteral("SELECT customer_id FROM deals WHERE title = 'early'")).toLongLong() == result->customerId);
}

TEST_CASE("A lead converts once", "[leads][conversion]")
{
    ConversionFixture f;
    REQUIRE(f.service->convert(f.lead.id));
    auto again = f.service->convert(f.lead.id);
    REQUIRE_FALSE(again);
    CHECK(again.error().code == ErrorCode::Conflict);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM customers")) == 1);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM customer_notes")) == 2);
    auto missing = f.service->convert(9999);
    REQUIRE_FALSE(missing);
    CHECK(missing.error().code == ErrorCode::NotFound);
}

TEST_CASE("A conversion that fails part-way leaves nothing behind", "[leads][conversion]")
{
    ConversionFixture f;
    const int auditRows = f.count(QStringLiteral("SELECT count(*) FROM audit_log"));
    const int historyRows = f.count(QStringLiteral("SELECT count(*) FROM lead_score_history"));
    ConversionOptions options;
    options.createDeal = true;
    SECTION("no open stage for the deal")
    {
        f.exec(QStringLiteral("DELETE FROM deal_stages WHERE outcome = 'open'"));
        auto result = f.service->convert(f.lead.id, options);
        REQUIRE_FALSE(result);
        CHECK(result.error().code == ErrorCode::Conflict);
    }
    SECTION("the database refuses the deal")
    {
        f.exec(QStringLiteral("CREATE TEMP TRIGGER refuse_deals BEFORE INSERT ON deals BEGIN SELECT RAISE(ABORT, 'no deals'); END"));
        auto result = f.service->convert(f.lead.id, options);
        REQUIRE_FALSE(result);
        CHECK(result.error().code == ErrorCode::Database);
    }
    SECTION("a negative deal amount")
    {
        options.dealAmount = Money::fromRial(-1);
        auto result = f.service->convert(f.lead.id, options);
        REQUIRE_FALSE(result);
        CHECK(result.error().field == QStringLiteral("deal_amount"));
    }
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM customers")) == 0);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM customer_notes")) == 0);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM interactions")) == 0);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM deals")) == 0);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM tasks WHERE lead_id = ?"), { f.lead.id }) == 3);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM audit_log")) == auditRows);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM lead_score_history")) == historyRows);
    auto lead = f.service->get(f.lead.id);
    REQUIRE(lead);
    CHECK(lead->status == f.lead.status);
    CHECK(lead->convertedCustomerId == 0);
    CHECK_FALSE(lead->convertedAt.isValid());
    CHECK(lead->qualified);
    CHECK(lead->nextFollowUp == f.lead.nextFollowUp);
}

TEST_CASE("A lead's contact that no longer passes customer rules is not converted half-way", "[leads][conversion]")
{
    LeadsFixture f;
    Lead lead = f.add(QStringLiteral("Ali"));
    // Written around the service: a name a customer cannot have.
    f.exec(QStringLiteral("UPDATE leads SET name = ? WHERE id = ?"), { QString(300, u'x'), lead.id });
    auto result = f.service->convert(lead.id);
    REQUIRE_FALSE(result);
    CHECK(result.error().field == QStringLiteral("name"));
    CHECK(f.service->get(lead.id)->status == LeadStatus::New);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM customers")) == 0);
}
