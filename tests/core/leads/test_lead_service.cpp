#include "LeadsFixture.h"

#include "leads/ScoringEngine.h"
#include "storage/AuditLog.h"
#include "text/PersianText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace peyvand;
using namespace peyvand::leads;
using peyvand::test::LeadsFixture;
using peyvand::test::u8;

namespace {

QString fieldOf(const Result<Lead>& r)
{
    REQUIRE_FALSE(r);
    CHECK(r.error().code == ErrorCode::InvalidInput);
    CHECK_FALSE(r.error().message.isEmpty());
    return r.error().field;
}

ScoringProfile profileWithSize()
{
    ScoringProfile p = ScoringProfile::defaults();
    ChoiceCriterion size;
    size.key = QStringLiteral("size");
    size.label = QStringLiteral("Company size");
    size.cap = 10;
    size.options = { { QStringLiteral("small"), 2, QStringLiteral("Small") }, { QStringLiteral("large"), 10, QStringLiteral("Large") } };
    p.custom << size;
    return p;
}

} // namespace

TEST_CASE("Creating a lead stores the normalised contact and lead fields", "[leads][service]")
{
    LeadsFixture f;
    Lead d = LeadsFixture::draft(u8("  علي   كريمي "));
    d.contact.company = u8("شركت   پارس");
    d.contact.mobile = u8("+۹۸ ۹۱۲ ۳۴۵ ۶۷۸۹");
    d.contact.email = QStringLiteral("  Ali@Example.IR ");
    d.contact.source = QStringLiteral("ignored for leads");
    d.contact.tags = { QStringLiteral("ignored") };
    d.owner = u8("  مريم   ");
    d.bestTimeToCall = u8("صبح‌ها  ۹ تا ۱۱ ");
    d.type = LeadType::Product;
    d.source = LeadSource::Referral;
    d.industry = QStringLiteral("software");
    d.need = Need::Clear;
    auto created = f.service->create(d);
    REQUIRE(created);
    CHECK(created->id > 0);
    CHECK(created->contact.name == u8("علی کریمی"));
    CHECK(created->contact.company == u8("شرکت پارس"));
    CHECK(created->contact.mobile == QStringLiteral("09123456789"));
    CHECK(created->contact.email == QStringLiteral("Ali@example.ir"));
    CHECK(created->contact.source.isEmpty());
    CHECK(created->contact.tags.isEmpty());
    CHECK(created->owner == u8("مریم"));
    CHECK(created->bestTimeToCall == u8("صبح‌ها 9 تا 11"));
    CHECK(created->type == LeadType::Product);
    CHECK(created->source == LeadSource::Referral);
    CHECK(created->status == LeadStatus::New);
    CHECK(created->industry == QStringLiteral("software"));
    CHECK(created->createdAt == f.clock.nowUtc());
    CHECK(created->updatedAt == f.clock.nowUtc());

    CHECK(f.value(QStringLiteral("SELECT name_sort FROM leads WHERE id = ?"), { created->id }).toString()
          == text::sortKey(u8("علی کریمی")));
    const QString search = f.value(QStringLiteral("SELECT search_text FROM leads WHERE id = ?"), { created->id }).toString();
    CHECK(search == u8("  علی  کریمی  شرکت  پارس  09123456789  ali@example.ir"));

    auto loaded = f.service->get(created->id);
    REQUIRE(loaded);
    CHECK(loaded->contact.name == created->contact.name);
    CHECK(loaded->owner == created->owner);
    CHECK(loaded->score == created->score);
    CHECK(loaded->breakdown == created->breakdown);
}

TEST_CASE("Lead validation names the offending field and stores nothing", "[leads][service]")
{
    LeadsFixture f;
    SECTION("contact fields as for customers")
    {
        CHECK(fieldOf(f.service->create(LeadsFixture::draft(QStringLiteral("   ")))) == QStringLiteral("name"));
        Lead d = LeadsFixture::draft(QStringLiteral("Ali"));
        d.contact.mobile = QStringLiteral("12345");
        CHECK(fieldOf(f.service->create(d)) == QStringLiteral("mobile"));
        d.contact.mobile.clear();
        d.contact.nationalId = QStringLiteral("1234567890");
        CHECK(fieldOf(f.service->create(d)) == QStringLiteral("national_id"));
    }
    SECTION("a lost lead needs a reason")
    {
        Lead d = LeadsFixture::draft(QStringLiteral("Ali"));
        d.status = LeadStatus::Lost;
        d.lostReason = QStringLiteral("  \n ");
        CHECK(fieldOf(f.service->create(d)) == QStringLiteral("lost_reason"));
    }
    SECTION("budget is not negative")
    {
        Lead d = LeadsFixture::draft(QStringLiteral("Ali"));
        d.budget = Money::fromRial(-1);
        CHECK(fieldOf(f.service->create(d)) == QStringLiteral("budget"));
    }
    SECTION("industry must be in the list")
    {
        Lead d = LeadsFixture::draft(QStringLiteral("Ali"));
        d.industry = QStringLiteral("mining");
        CHECK(fieldOf(f.service->create(d)) == QStringLiteral("industry"));
    }
    SECTION("custom criteria must be in the profile, with one of its options")
    {
        Lead d = LeadsFixture::draft(QStringLiteral("Ali"));
        d.custom.insert(QStringLiteral("size"), QStringLiteral("large"));
        CHECK(fieldOf(f.service->create(d)) == QStringLiteral("custom.size"));
        REQUIRE(f.service->saveProfile(profileWithSize()));
        d.custom.insert(QStringLiteral("size"), QStringLiteral("huge"));
        CHECK(fieldOf(f.service->create(d)) == QStringLiteral("custom.size"));
        d.custom.insert(QStringLiteral("size"), QStringLiteral(" large "));
        auto created = f.service->create(d);
        REQUIRE(created);
        CHECK(created->custom.value(QStringLiteral("size")) == QStringLiteral("large"));
        CHECK(created->score == 10);
    }
    SECTION("a lead cannot be created converted")
    {
        Lead d = LeadsFixture::draft(QStringLiteral("Ali"));
        d.status = LeadStatus::Converted;
        CHECK(fieldOf(f.service->create(d)) == QStringLiteral("status"));
    }
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM leads")) <= 1);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM leads WHERE name <> 'Ali'")) == 0);
}

TEST_CASE("The validation report lists every problem, contact and lead fields together", "[leads][service]")
{
    LeadsFixture f;
    Lead d = LeadsFixture::draft(QString());
    d.contact.email = QStringLiteral("not an email");
    d.status = LeadStatus::Lost;
    d.budget = Money::fromRial(-5);
    d.industry = QStringLiteral("nope");
    customers::ValidationReport report;
    auto created = f.service->create(d, &report);
    REQUIRE_FALSE(created);
    QStringList fields;
    for (const auto& issue : report.errors())
        fields << issue.field;
    CHECK(fields.contains(QStringLiteral("name")));
    CHECK(fields.contains(QStringLiteral("email")));
    CHECK(fields.contains(QStringLiteral("lost_reason")));
    CHECK(fields.contains(QStringLiteral("budget")));
    CHECK(fields.contains(QStringLiteral("industry")));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM leads")) == 0);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM lead_score_history")) == 0);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM audit_log")) == 0);
}

TEST_CASE("A lost reason is kept only while the lead is lost", "[leads][service]")
{
    LeadsFixture f;
    Lead d = LeadsFixture::draft(QStringLiteral("Ali"));
    d.lostReason = QStringLiteral("too expensive");
    Lead lead = f.add(d);
    CHECK(lead.lostReason.isEmpty());
    lead.status = LeadStatus::Lost;
    lead.lostReason = QStringLiteral("  chose a competitor \n\n");
    auto lost = f.service->update(lead);
    REQUIRE(lost);
    CHECK(lost->lostReason == QStringLiteral("chose a competitor"));
    lost->status = LeadStatus::Contacted;
    auto back = f.service->update(*lost);
    REQUIRE(back);
    CHECK(back->lostReason.isEmpty());
}

TEST_CASE("The stored score is the scoring engine's under the profile", "[leads][service][scoring]")
{
    LeadsFixture f;
    Lead d = LeadsFixture::hotDraft(QStringLiteral("Hot"));
    d.industry = QStringLiteral("software");
    d.need = Need::Vague;
    Lead lead = f.add(d);
    const Score expected = scoreLead(LeadFacts::of(lead, {}), ScoringProfile::defaults(), f.clock.nowUtc());
    CHECK(expected.total == 25 + 25 + 20 + 10 + 6);
    CHECK(lead.score == expected.total);
    CHECK(lead.computedScore == expected.computed);
    CHECK(lead.breakdown == expected.items);
    CHECK(lead.band == Band::Hot);
    CHECK(lead.qualified);
    CHECK(lead.scoredAt == f.clock.nowUtc());
    CHECK(lead.qualifiedAt == f.clock.nowUtc());

    int sum = 0;
    for (const ScoreItem& item : lead.breakdown)
        sum += item.points;
    CHECK(sum == lead.score);

    CHECK(f.value(QStringLiteral("SELECT score FROM lead_scores WHERE lead_id = ?"), { lead.id }).toInt() == 86);
    CHECK(f.value(QStringLiteral("SELECT band FROM lead_scores WHERE lead_id = ?"), { lead.id }).toString() == QStringLiteral("hot"));
    CHECK(f.value(QStringLiteral("SELECT qualified FROM lead_scores WHERE lead_id = ?"), { lead.id }).toInt() == 1);
    const QJsonArray stored = QJsonDocument::fromJson(
                                  f.value(QStringLiteral("SELECT breakdown FROM lead_scores WHERE lead_id = ?"), { lead.id }).toString().toUtf8())
                                  .array();
    REQUIRE(stored.size() == expected.items.size());
    // Each item is [criterion, option, points, …] (ScoringEngine.h).
    CHECK(stored.at(0).toArray().at(0).toString() == QStringLiteral("budget"));
    CHECK(stored.at(0).toArray().at(2).toInt() == 25);

    Lead cold = f.add(QStringLiteral("Cold"));
    CHECK(cold.score == 0);
    CHECK(cold.band == Band::Cold);
    CHECK_FALSE(cold.qualified);
    CHECK_FALSE(cold.qualifiedAt.isValid());
}

TEST_CASE("Each change of a score leaves a history row with its cause", "[leads][service][history]")
{
    LeadsFixture f;
    Lead lead = f.add(LeadsFixture::draft(QStringLiteral("Ali")));
    auto history = f.service->scoreHistory(lead.id);
    REQUIRE(history);
    REQUIRE(history->size() == 1);
    CHECK(history->at(0).cause == ScoreChangeCause::Created);
    CHECK_FALSE(history->at(0).oldScore.has_value());
    CHECK(history->at(0).newScore == 0);

    f.clock.advanceSeconds(3600);
    lead.timeline = Timeline::OneMonth;
    lead.authority = Authority::Manager;
    auto edited = f.service->update(lead);
    REQUIRE(edited);
    CHECK(edited->score == 32);
    history = f.service->scoreHistory(lead.id);
    REQUIRE(history);
    REQUIRE(history->size() == 2);
    const ScoreChange& change = history->at(0); // newest first
    CHECK(change.cause == ScoreChangeCause::Edited);
    CHECK(change.oldScore == 0);
    CHECK(change.newScore == 32);
    CHECK(change.at == f.clock.nowUtc());
    CHECK(change.changes.contains(CriterionChange { QStringLiteral("timeline"), 0, 20 }));
    CHECK(change.changes.contains(CriterionChange { QStringLiteral("authority"), 0, 12 }));
    CHECK(change.changes.size() == 2);

    SECTION("an edit that leaves the score alone adds no row")
    {
        edited->owner = QStringLiteral("Maryam");
        edited->contact.city = QStringLiteral("Shiraz");
        REQUIRE(f.service->update(*edited));
        CHECK(f.service->scoreHistory(lead.id)->size() == 2);
    }
    SECTION("losing a qualified lead is a status change")
    {
        edited->budget = Money::fromRial(2'000'000'000);
        auto qualified = f.service->update(*edited);
        REQUIRE(qualified);
        CHECK(qualified->score == 62);
        CHECK(qualified->qualified);
        qualified->status = LeadStatus::Lost;
        qualified->lostReason = QStringLiteral("no budget after all");
        auto lost = f.service->update(*qualified);
        REQUIRE(lost);
        CHECK_FALSE(lost->qualified);
        CHECK(lost->score == 62);
        CHECK(lost->qualifiedAt.isValid()); // it did qualify once (the funnel counts it)
        history = f.service->scoreHistory(lead.id);
        REQUIRE(history->size() == 4);
        CHECK(history->at(0).cause == ScoreChangeCause::Status);
        CHECK(history->at(0).oldScore == 62);
        CHECK(history->at(0).newScore == 62);
    }
}

TEST_CASE("qualifiedAt records the first time a lead qualified", "[leads][service]")
{
    LeadsFixture f;
    Lead lead = f.add(LeadsFixture::hotDraft(QStringLiteral("Ali")));
    const QDateTime first = f.clock.nowUtc();
    REQUIRE(lead.qualifiedAt == first);
    f.clock.advanceSeconds(86400);
    lead.budget.reset();
    lead.timeline = Timeline::Unknown;
    auto dropped = f.service->update(lead);
    REQUIRE(dropped);
    CHECK_FALSE(dropped->qualified);
    CHECK(dropped->qualifiedAt == first);
    f.clock.advanceSeconds(86400);
    dropped->timeline = Timeline::Now;
    dropped->budget = Money::fromRial(500'000'000);
    auto again = f.service->update(*dropped);
    REQUIRE(again);
    CHECK(again->qualified);
    CHECK(again->qualifiedAt == first);
}

TEST_CASE("Score fields of a draft are ignored: core computes them", "[leads][service]")
{
    LeadsFixture f;
    Lead d = LeadsFixture::draft(QStringLiteral("Ali"));
    d.score = 999;
    d.overrideScore = 500;
    d.qualified = true;
    d.convertedCustomerId = 7;
    Lead lead = f.add(d);
    CHECK(lead.score == 0);
    CHECK_FALSE(lead.overrideScore);
    CHECK_FALSE(lead.qualified);
    CHECK(lead.convertedCustomerId == 0);
    lead.score = 50;
    lead.createdAt = QDateTime(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC);
    auto updated = f.service->update(lead);
    REQUIRE(updated);
    CHECK(updated->score == 0);
    CHECK(updated->createdAt == f.clock.nowUtc());
}

TEST_CASE("A manual override replaces the score and explains itself", "[leads][service][override]")
{
    LeadsFixture f;
    Lead lead = f.add(LeadsFixture::hotDraft(QStringLiteral("Ali")));
    REQUIRE(lead.score == 70);

    auto noReason = f.service->setOverride(lead.id, 10, QStringLiteral("  "));
    REQUIRE_FALSE(noReason);
    CHECK(noReason.error().field == QStringLiteral("override_reason"));
    auto tooHigh = f.service->setOverride(lead.id, 1001, QStringLiteral("x"));
    REQUIRE_FALSE(tooHigh);
    CHECK(tooHigh.error().field == QStringLiteral("override_score"));
    auto tooLow = f.service->setOverride(lead.id, -1001, QStringLiteral("x"));
    REQUIRE_FALSE(tooLow);
    CHECK(tooLow.error().field == QStringLiteral("override_score"));
    CHECK(f.service->setOverride(999, 10, QStringLiteral("x")).error().code == ErrorCode::NotFound);

    f.clock.advanceSeconds(60);
    auto overridden = f.service->setOverride(lead.id, 10, u8(" مشتری  بدقول است "));
    REQUIRE(overridden);
    CHECK(overridden->score == 10);
    CHECK(overridden->computedScore == 70);
    CHECK(overridden->overrideScore == 10);
    CHECK(overridden->overrideReason == u8("مشتری بدقول است"));
    CHECK_FALSE(overridden->qualified);
    CHECK(overridden->band == Band::Cold);
    REQUIRE_FALSE(overridden->breakdown.isEmpty());
    CHECK(overridden->breakdown.constLast().criterion == QStringLiteral("override"));
    CHECK(overridden->breakdown.constLast().points == -60);
    int sum = 0;
    for (const ScoreItem& item : overridden->breakdown)
        sum += item.points;
    CHECK(sum == 10);

    auto history = f.service->scoreHistory(lead.id);
    REQUIRE(history);
    REQUIRE(history->size() == 2);
    CHECK(history->at(0).cause == ScoreChangeCause::Override);
    CHECK(history->at(0).oldScore == 70);
    CHECK(history->at(0).newScore == 10);
    CHECK(history->at(0).note == u8("مشتری بدقول است"));
    CHECK(history->at(0).changes == QList<CriterionChange> { { QStringLiteral("override"), 0, -60 } });

    SECTION("an edit keeps the override")
    {
        overridden->need = Need::Clear;
        auto edited = f.service->update(*overridden);
        REQUIRE(edited);
        CHECK(edited->score == 10);
        CHECK(edited->computedScore == 85);
    }
    SECTION("clearing it gives the computed score back")
    {
        f.clock.advanceSeconds(60);
        auto cleared = f.service->clearOverride(lead.id);
        REQUIRE(cleared);
        CHECK(cleared->score == 70);
        CHECK_FALSE(cleared->overrideScore);
        CHECK(cleared->overrideReason.isEmpty());
        CHECK(cleared->qualified);
        history = f.service->scoreHistory(lead.id);
        REQUIRE(history->size() == 3);
        CHECK(history->at(0).cause == ScoreChangeCause::OverrideCleared);
        CHECK(history->at(0).oldScore == 10);
        CHECK(history->at(0).newScore == 70);
        auto again = f.service->clearOverride(lead.id); // nothing to clear
        REQUIRE(again);
        CHECK(again->score == 70);
        CHECK(f.service->scoreHistory(lead.id)->size() == 3);
    }
    SECTION("an override can lift a lead into the queue")
    {
        Lead cold = f.add(QStringLiteral("Cold"));
        auto lifted = f.service->setOverride(cold.id, 95, QStringLiteral("the CEO asked us to call"));
        REQUIRE(lifted);
        CHECK(lifted->qualified);
        CHECK(lifted->band == Band::Hot);
        CHECK(lifted->qualifiedAt == f.clock.nowUtc());
    }
}

TEST_CASE("The profile is the default one until another is saved", "[leads][service][profile]")
{
    LeadsFixture f;
    auto profile = f.service->profile();
    REQUIRE(profile);
    CHECK(*profile == ScoringProfile::defaults());
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM settings WHERE key = 'scoring_profile'")) == 0);

    ScoringProfile changed = ScoringProfile::defaults();
    changed.name = QStringLiteral("Strict");
    changed.threshold = 80;
    REQUIRE(f.service->saveProfile(changed));
    profile = f.service->profile();
    REQUIRE(profile);
    CHECK(*profile == changed);

    // Leads scored from now on use it.
    Lead lead = f.add(LeadsFixture::hotDraft(QStringLiteral("Ali")));
    CHECK(lead.score == 70);
    CHECK_FALSE(lead.qualified);

    ScoringProfile bad = changed;
    bad.warmFrom = 90;
    bad.hotFrom = 60;
    auto refused = f.service->saveProfile(bad);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::InvalidInput);
    CHECK(*f.service->profile() == changed);

    changed.threshold = 60;
    REQUIRE(f.service->saveProfile(changed));
    auto audit = storage::AuditLog(*f.db).history(QStringLiteral("scoring_profile"), 0);
    REQUIRE(audit);
    REQUIRE(audit->size() == 2);
    CHECK(audit->at(0).action == QStringLiteral("create"));
    CHECK(audit->at(1).action == QStringLiteral("update"));
    CHECK(audit->at(1).oldValues.value(QStringLiteral("threshold")).toInt() == 80);
    CHECK(audit->at(1).newValues.value(QStringLiteral("threshold")).toInt() == 60);
}

TEST_CASE("A broken stored profile is reported, not silently replaced", "[leads][service][profile]")
{
    LeadsFixture f;
    f.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('scoring_profile', '{\"threshold\": \"high\"}')"));
    CHECK_FALSE(f.service->profile());
    CHECK_FALSE(f.service->create(LeadsFixture::draft(QStringLiteral("Ali"))));
}

TEST_CASE("Every change to a lead leaves an audit row", "[leads][service][audit]")
{
    LeadsFixture f;
    Lead lead = f.add(LeadsFixture::draft(QStringLiteral("Ali")));
    lead.owner = QStringLiteral("Sara");
    REQUIRE(f.service->update(lead));
    REQUIRE(f.service->setOverride(lead.id, 55, QStringLiteral("gut feeling")));
    REQUIRE(f.service->remove(lead.id));
    auto audit = storage::AuditLog(*f.db).history(QStringLiteral("lead"), lead.id);
    REQUIRE(audit);
    REQUIRE(audit->size() == 4);
    CHECK(audit->at(0).action == QStringLiteral("create"));
    CHECK(audit->at(0).newValues.value(QStringLiteral("name")).toString() == QStringLiteral("Ali"));
    CHECK(audit->at(1).action == QStringLiteral("update"));
    CHECK(audit->at(1).oldValues.value(QStringLiteral("owner")).toString().isEmpty());
    CHECK(audit->at(1).newValues.value(QStringLiteral("owner")).toString() == QStringLiteral("Sara"));
    CHECK(audit->at(2).newValues.value(QStringLiteral("override_score")).toInt() == 55);
    CHECK(audit->at(3).action == QStringLiteral("delete"));
}

TEST_CASE("Removing a lead removes its notes, interactions and history", "[leads][service]")
{
    LeadsFixture f;
    Lead lead = f.add(QStringLiteral("Ali"));
    REQUIRE(f.service->addNote(lead.id, QStringLiteral("likes tea")));
    customers::Interaction call;
    call.customerId = lead.id;
    call.summary = QStringLiteral("called");
    REQUIRE(f.service->logInteraction(call));
    REQUIRE(f.service->remove(lead.id));
    CHECK(f.service->get(lead.id).error().code == ErrorCode::NotFound);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM lead_notes")) == 0);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM lead_interactions")) == 0);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM lead_score_history")) == 0);
    CHECK(f.service->remove(lead.id).error().code == ErrorCode::NotFound);
}

TEST_CASE("Each lead's history stays its own when changes interleave, and removing one keeps the other's", "[leads][service][history]")
{
    LeadsFixture f;
    Lead ali = f.add(QStringLiteral("Ali"));
    Lead sara = f.add(QStringLiteral("Sara"));
    for (int step = 0; step < 3; ++step) {
        f.clock.advanceSeconds(60);
        ali.timeline = step % 2 ? Timeline::Now : Timeline::OneMonth;
        auto a = f.service->update(ali);
        REQUIRE(a);
        ali = *a;
        sara.authority = step % 2 ? Authority::Owner : Authority::Manager;
        auto s = f.service->update(sara);
        REQUIRE(s);
        sara = *s;
    }
    REQUIRE(f.service->setOverride(sara.id, 77, QStringLiteral("met the owner")));
    const auto aliHistory = f.service->scoreHistory(ali.id);
    const auto saraHistory = f.service->scoreHistory(sara.id);
    REQUIRE(aliHistory);
    REQUIRE(saraHistory);
    CHECK(aliHistory->size() == 4);
    CHECK(saraHistory->size() == 5);
    for (const ScoreChange& c : *aliHistory)
        CHECK(c.leadId == ali.id);
    for (int i = 1; i < aliHistory->size(); ++i) {
        CHECK(aliHistory->at(i - 1).id > aliHistory->at(i).id); // newest first
        CHECK(aliHistory->at(i - 1).oldScore == aliHistory->at(i).newScore); // each change starts where the last ended
    }
    CHECK(saraHistory->at(0).cause == ScoreChangeCause::Override);
    CHECK(saraHistory->last().cause == ScoreChangeCause::Created);

    REQUIRE(f.service->remove(ali.id));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM lead_score_history")) == 5);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM lead_score_history WHERE lead_id = ?"), { sara.id }) == 5);
    CHECK(f.service->scoreHistory(sara.id)->size() == 5);
}

TEST_CASE("Updating a lead that does not exist is NotFound", "[leads][service]")
{
    LeadsFixture f;
    Lead ghost = LeadsFixture::draft(QStringLiteral("Ghost"));
    ghost.id = 42;
    auto r = f.service->update(ghost);
    REQUIRE_FALSE(r);
    CHECK(r.error().code == ErrorCode::NotFound);
    CHECK(f.service->scoreHistory(42).error().code == ErrorCode::NotFound);
}

TEST_CASE("Notes on a lead", "[leads][service][notes]")
{
    LeadsFixture f;
    Lead lead = f.add(QStringLiteral("Ali"));
    auto empty = f.service->addNote(lead.id, QStringLiteral(" \n "));
    REQUIRE_FALSE(empty);
    CHECK(empty.error().field == QStringLiteral("text"));
    CHECK(f.service->addNote(999, QStringLiteral("x")).error().code == ErrorCode::NotFound);

    const QDateTime earlier(QDate(2025, 3, 1), QTime(10, 30), Qt::UTC);
    auto first = f.service->addNote(lead.id, u8("  اول\n\n  دوم  "), earlier);
    REQUIRE(first);
    CHECK(first->text == u8("اول\n\nدوم"));
    CHECK(first->at == earlier);
    CHECK(first->customerId == lead.id);
    auto second = f.service->addNote(lead.id, QStringLiteral("later"));
    REQUIRE(second);
    CHECK(second->at == f.clock.nowUtc());
    auto notes = f.service->notes(lead.id);
    REQUIRE(notes);
    REQUIRE(notes->size() == 2);
    CHECK(notes->at(0).id == second->id); // newest first
    CHECK(notes->at(1).text == first->text);

    REQUIRE(f.service->removeNote(first->id));
    CHECK(f.service->notes(lead.id)->size() == 1);
    CHECK(f.service->removeNote(first->id).error().code == ErrorCode::NotFound);
    auto audit = storage::AuditLog(*f.db).history(QStringLiteral("lead_note"), first->id);
    REQUIRE(audit);
    REQUIRE(audit->size() == 2);
    CHECK(audit->at(0).newValues.value(QStringLiteral("lead_id")).toInteger() == lead.id);
    CHECK(audit->at(1).action == QStringLiteral("delete"));
}

TEST_CASE("Industries: built-ins are translated, the user adds, renames and removes", "[leads][service][industries]")
{
    LeadsFixture f;
    auto list = f.service->industries();
    REQUIRE(list);
    REQUIRE(list->size() == 11);
    CHECK(list->at(0).key == QStringLiteral("retail"));
    CHECK(list->at(0).name == QStringLiteral("Retail"));
    CHECK(list->at(0).builtin);
    CHECK(list->constLast().key == QStringLiteral("other"));

    auto mining = f.service->addIndustry(u8("  معدن  "));
    REQUIRE(mining);
    CHECK(mining->key == QStringLiteral("custom-1"));
    CHECK(mining->name == u8("معدن"));
    CHECK_FALSE(mining->builtin);
    auto tourism = f.service->addIndustry(QStringLiteral("Tourism"));
    REQUIRE(tourism);
    CHECK(tourism->key == QStringLiteral("custom-2"));
    list = f.service->industries();
    REQUIRE(list->size() == 13);
    CHECK(list->constLast().key == QStringLiteral("custom-2")); // added at the end

    auto duplicate = f.service->addIndustry(QStringLiteral("RETAIL"));
    REQUIRE_FALSE(duplicate);
    CHECK(duplicate.error().code == ErrorCode::Conflict);
    CHECK(duplicate.error().field == QStringLiteral("name"));
    auto variant = f.service->addIndustry(u8("معـــدن"));
    REQUIRE_FALSE(variant);
    CHECK(variant.error().code == ErrorCode::Conflict);
    auto empty = f.service->addIndustry(QStringLiteral("  "));
    REQUIRE_FALSE(empty);
    CHECK(empty.error().field == QStringLiteral("name"));

    // A lead may be in a user's industry.
    Lead d = LeadsFixture::draft(QStringLiteral("Ali"));
    d.industry = mining->key;
    Lead lead = f.add(d);
    CHECK(lead.industry == QStringLiteral("custom-1"));

    REQUIRE(f.service->renameIndustry(QStringLiteral("retail"), QStringLiteral("Shops")));
    CHECK(f.service->industries()->at(0).name == QStringLiteral("Shops"));
    CHECK(f.service->renameIndustry(QStringLiteral("wholesale"), QStringLiteral("shops")).error().code == ErrorCode::Conflict);
    REQUIRE(f.service->renameIndustry(QStringLiteral("retail"), QStringLiteral("SHOPS"))); // itself is no conflict
    REQUIRE(f.service->renameIndustry(QStringLiteral("retail"), QString()));
    CHECK(f.service->industries()->at(0).name == QStringLiteral("Retail"));
    CHECK(f.service->renameIndustry(QStringLiteral("custom-1"), QString()).error().field == QStringLiteral("name"));
    CHECK(f.service->renameIndustry(QStringLiteral("nope"), QStringLiteral("x")).error().code == ErrorCode::NotFound);

    REQUIRE(f.service->removeIndustry(mining->key));
    CHECK(f.service->industries()->size() == 12);
    CHECK(f.service->removeIndustry(mining->key).error().code == ErrorCode::NotFound);
    auto kept = f.service->get(lead.id);
    REQUIRE(kept);
    CHECK(kept->industry == QStringLiteral("custom-1"));
    // A key still held by a lead is not given to a new industry.
    REQUIRE(f.service->removeIndustry(tourism->key));
    auto again = f.service->addIndustry(QStringLiteral("Mining"));
    REQUIRE(again);
    CHECK(again->key == QStringLiteral("custom-2"));
    Lead d2 = LeadsFixture::draft(QStringLiteral("Sara"));
    d2.industry = again->key;
    f.add(d2);
    REQUIRE(f.service->removeIndustry(again->key));
    auto third = f.service->addIndustry(QStringLiteral("Fishing"));
    REQUIRE(third);
    CHECK(third->key == QStringLiteral("custom-3"));
}

TEST_CASE("Owners in use, for completion", "[leads][service]")
{
    LeadsFixture f;
    for (const char* owner : { "سارا", "", "آرش", "بهرام", "سارا " }) {
        Lead d = LeadsFixture::draft(QStringLiteral("Lead"));
        d.owner = u8(owner);
        f.add(d);
    }
    auto owners = f.service->owners();
    REQUIRE(owners);
    CHECK(*owners == QStringList { u8("آرش"), u8("بهرام"), u8("سارا") });
}

TEST_CASE("A converted lead's status is not edited by hand", "[leads][service]")
{
    LeadsFixture f;
    Lead lead = f.add(QStringLiteral("Ali"));
    lead.status = LeadStatus::Converted;
    auto direct = f.service->update(lead);
    REQUIRE_FALSE(direct);
    CHECK(direct.error().field == QStringLiteral("status"));
    REQUIRE(f.service->convert(lead.id));
    auto converted = f.service->get(lead.id);
    REQUIRE(converted);
    converted->status = LeadStatus::Contacted;
    auto back = f.service->update(*converted);
    REQUIRE_FALSE(back);
    CHECK(back.error().field == QStringLiteral("status"));
    converted->status = LeadStatus::Converted;
    converted->bestTimeToCall = QStringLiteral("evenings");
    auto edited = f.service->update(*converted);
    REQUIRE(edited);
    CHECK(edited->convertedCustomerId == converted->convertedCustomerId);
    CHECK(edited->convertedAt == converted->convertedAt);
}
