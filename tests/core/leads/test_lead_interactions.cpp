#include "LeadsFixture.h"

#include "leads/ScoringEngine.h"
#include "storage/AuditLog.h"

using namespace peyvand;
using namespace peyvand::leads;
using peyvand::test::LeadsFixture;
using peyvand::test::u8;

namespace {

LeadInteraction call(qint64 leadId, const QString& summary, QDateTime at = {})
{
    LeadInteraction i;
    i.customerId = leadId;
    i.summary = summary;
    i.at = at;
    return i;
}

const ScoreItem* engagementOf(const Lead& lead)
{
    for (const ScoreItem& item : lead.breakdown) {
        if (item.criterion == QLatin1String("engagement"))
            return &item;
    }
    return nullptr;
}

} // namespace

TEST_CASE("Logging interactions raises engagement and records why", "[leads][interactions]")
{
    LeadsFixture f;
    Lead lead = f.add(QStringLiteral("Ali"));
    REQUIRE(lead.score == 0);

    f.clock.advanceSeconds(600);
    auto first = f.service->logInteraction(call(lead.id, u8("  تماس  اول ")));
    REQUIRE(first);
    CHECK(first->summary == u8("تماس اول"));
    CHECK(first->at == f.clock.nowUtc());
    CHECK(first->customerId == lead.id);
    auto after = f.service->get(lead.id);
    REQUIRE(after);
    CHECK(after->score == 4);
    REQUIRE(engagementOf(*after));
    CHECK(engagementOf(*after)->option == QStringLiteral("1"));
    CHECK(after->status == LeadStatus::Contacted);
    CHECK(after->scoredAt == f.clock.nowUtc());

    auto history = f.service->scoreHistory(lead.id);
    REQUIRE(history);
    REQUIRE(history->size() == 2);
    CHECK(history->at(0).cause == ScoreChangeCause::Interaction);
    CHECK(history->at(0).oldScore == 0);
    CHECK(history->at(0).newScore == 4);
    CHECK(history->at(0).changes == QList<CriterionChange> { { QStringLiteral("engagement"), 0, 4 } });

    REQUIRE(f.service->logInteraction(call(lead.id, QStringLiteral("second"))));
    REQUIRE(f.service->logInteraction(call(lead.id, QStringLiteral("third"))));
    REQUIRE(f.service->logInteraction(call(lead.id, QStringLiteral("fourth"))));
    REQUIRE(f.service->logInteraction(call(lead.id, QStringLiteral("fifth"))));
    after = f.service->get(lead.id);
    CHECK(after->score == 15); // 5 × 4 = 20, capped at 15
    CHECK(engagementOf(*after)->uncapped == 20);
    CHECK(f.service->scoreHistory(lead.id)->size() == 5); // the fifth changed nothing: capped

    // The stored score is the engine's over the stored interaction times.
    auto logged = f.service->interactions(lead.id);
    REQUIRE(logged);
    REQUIRE(logged->size() == 5);
    QList<QDateTime> times;
    for (const LeadInteraction& i : *logged)
        times << i.at;
    CHECK(after->score == scoreLead(LeadFacts::of(*after, times), ScoringProfile::defaults(), f.clock.nowUtc()).total);
}

TEST_CASE("Older interactions count less (half-life)", "[leads][interactions]")
{
    LeadsFixture f;
    Lead lead = f.add(QStringLiteral("Ali"));
    REQUIRE(f.service->logInteraction(call(lead.id, QStringLiteral("a month ago"), f.clock.nowUtc().addDays(-30))));
    CHECK(f.service->get(lead.id)->score == 2);
    REQUIRE(f.service->logInteraction(call(lead.id, QStringLiteral("two months ago"), f.clock.nowUtc().addDays(-60))));
    CHECK(f.service->get(lead.id)->score == 3); // 2 + 1
}

TEST_CASE("A logged interaction moves only a New lead to Contacted", "[leads][interactions]")
{
    LeadsFixture f;
    Lead d = LeadsFixture::draft(QStringLiteral("Lost"));
    d.status = LeadStatus::Lost;
    d.lostReason = QStringLiteral("no answer");
    Lead lost = f.add(d);
    REQUIRE(f.service->logInteraction(call(lost.id, QStringLiteral("tried again"))));
    CHECK(f.service->get(lost.id)->status == LeadStatus::Lost);

    d = LeadsFixture::draft(QStringLiteral("Qualified"));
    d.status = LeadStatus::Qualified;
    Lead qualified = f.add(d);
    REQUIRE(f.service->logInteraction(call(qualified.id, QStringLiteral("meeting"))));
    CHECK(f.service->get(qualified.id)->status == LeadStatus::Qualified);

    auto audit = storage::AuditLog(*f.db).history(QStringLiteral("lead"), qualified.id);
    REQUIRE(audit);
    REQUIRE(audit->size() == 2);
    CHECK(audit->at(1).newValues.value(QStringLiteral("score")).toInt() == 4);
}

TEST_CASE("Interaction input is checked", "[leads][interactions]")
{
    LeadsFixture f;
    Lead lead = f.add(QStringLiteral("Ali"));
    auto empty = f.service->logInteraction(call(lead.id, QStringLiteral("  ")));
    REQUIRE_FALSE(empty);
    CHECK(empty.error().field == QStringLiteral("summary"));
    auto missing = f.service->logInteraction(call(999, QStringLiteral("hello")));
    REQUIRE_FALSE(missing);
    CHECK(missing.error().code == ErrorCode::NotFound);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM lead_interactions")) == 0);
    CHECK(f.service->get(lead.id)->status == LeadStatus::New);
}

TEST_CASE("Interactions are listed newest first with all their fields", "[leads][interactions]")
{
    LeadsFixture f;
    Lead lead = f.add(QStringLiteral("Ali"));
    LeadInteraction meeting = call(lead.id, QStringLiteral("demo"), QDateTime(QDate(2025, 3, 10), QTime(9, 15), Qt::UTC));
    meeting.channel = customers::InteractionChannel::Meeting;
    meeting.direction = customers::Direction::Inbound;
    meeting.contactPerson = u8(" خانم   رضایی ");
    meeting.outcome = QStringLiteral("wants a quote");
    meeting.followUp = QDate(2025, 4, 1); // follow-ups are tasks: not kept here
    auto logged = f.service->logInteraction(meeting);
    REQUIRE(logged);
    REQUIRE(f.service->logInteraction(call(lead.id, QStringLiteral("call"))));
    auto list = f.service->interactions(lead.id);
    REQUIRE(list);
    REQUIRE(list->size() == 2);
    CHECK(list->at(0).summary == QStringLiteral("call"));
    const LeadInteraction& m = list->at(1);
    CHECK(m.id == logged->id);
    CHECK(m.channel == customers::InteractionChannel::Meeting);
    CHECK(m.direction == customers::Direction::Inbound);
    CHECK(m.contactPerson == u8("خانم رضایی"));
    CHECK(m.outcome == QStringLiteral("wants a quote"));
    CHECK(m.at == QDateTime(QDate(2025, 3, 10), QTime(9, 15), Qt::UTC));
    CHECK_FALSE(m.followUp.isValid());
}

TEST_CASE("Removing an interaction lowers engagement again", "[leads][interactions]")
{
    LeadsFixture f;
    Lead lead = f.add(QStringLiteral("Ali"));
    auto one = f.service->logInteraction(call(lead.id, QStringLiteral("one")));
    auto two = f.service->logInteraction(call(lead.id, QStringLiteral("two")));
    REQUIRE(one);
    REQUIRE(two);
    REQUIRE(f.service->get(lead.id)->score == 8);
    REQUIRE(f.service->removeInteraction(one->id));
    auto after = f.service->get(lead.id);
    CHECK(after->score == 4);
    CHECK(after->status == LeadStatus::Contacted);
    auto history = f.service->scoreHistory(lead.id);
    REQUIRE(history);
    CHECK(history->at(0).cause == ScoreChangeCause::Interaction);
    CHECK(history->at(0).oldScore == 8);
    CHECK(history->at(0).newScore == 4);
    CHECK(f.service->removeInteraction(one->id).error().code == ErrorCode::NotFound);
    auto audit = storage::AuditLog(*f.db).history(QStringLiteral("lead_interaction"), one->id);
    REQUIRE(audit);
    CHECK(audit->size() == 2);
}

TEST_CASE("Editing a lead later counts its interactions' decay", "[leads][interactions]")
{
    LeadsFixture f;
    Lead lead = f.add(QStringLiteral("Ali"));
    REQUIRE(f.service->logInteraction(call(lead.id, QStringLiteral("call"))));
    f.clock.advanceSeconds(30 * 86400);
    auto current = f.service->get(lead.id);
    REQUIRE(current);
    CHECK(current->score == 4); // stored until something rescores it
    current->owner = QStringLiteral("Sara");
    auto edited = f.service->update(*current);
    REQUIRE(edited);
    CHECK(edited->score == 2);
    auto history = f.service->scoreHistory(lead.id);
    CHECK(history->at(0).cause == ScoreChangeCause::Edited);
    CHECK(history->at(0).changes == QList<CriterionChange> { { QStringLiteral("engagement"), 4, 2 } });
}
