// Every write path of customers, leads, documents, payments and settings
// leaves an audit row (issue 7 item 4).
#include "HistoryFixture.h"

#include "payments/Receivables.h"
#include "pipeline/DealService.h"
#include "sales/CompanyProfileService.h"

#include <functional>

using namespace peyvand;
using history::RecordKind;
using test::u8;

namespace {

// The audit rows the step added, of `entity`.
int rowsAddedBy(test::HistoryFixture& f, const QString& entity, const std::function<void()>& step)
{
    const int before = f.auditRows(entity);
    step();
    return f.auditRows(entity) - before;
}

} // namespace

TEST_CASE("Every change of a customer, its notes and interactions is audited", "[history][audit]")
{
    test::HistoryFixture f;
    qint64 id = 0;
    CHECK(rowsAddedBy(f, QStringLiteral("customer"), [&] { id = f.customer(); }) == 1);
    CHECK(rowsAddedBy(f, QStringLiteral("customer"), [&] {
              auto c = f.customers->get(id);
              REQUIRE(c);
              c->email = QStringLiteral("ali@example.com");
              REQUIRE(f.customers->update(*c));
          }) == 1);
    CHECK(rowsAddedBy(f, QStringLiteral("customer"), [&] { REQUIRE(f.customers->archive(id)); }) == 1);
    CHECK(rowsAddedBy(f, QStringLiteral("customer"), [&] { REQUIRE(f.customers->restore(id)); }) == 1);
    qint64 noteId = 0;
    CHECK(rowsAddedBy(f, QStringLiteral("customer_note"), [&] {
              auto n = f.customers->addNote(id, u8("یادداشت"));
              REQUIRE(n);
              noteId = n->id;
          }) == 1);
    CHECK(rowsAddedBy(f, QStringLiteral("customer_note"), [&] { REQUIRE(f.customers->removeNote(noteId)); }) == 1);
    qint64 interactionId = 0;
    CHECK(rowsAddedBy(f, QStringLiteral("interaction"), [&] {
              customers::Interaction i;
              i.customerId = id;
              i.summary = u8("تماس");
              auto logged = f.customers->logInteraction(i);
              REQUIRE(logged);
              interactionId = logged->id;
          }) == 1);
    CHECK(rowsAddedBy(f, QStringLiteral("interaction"), [&] { REQUIRE(f.customers->removeInteraction(interactionId)); }) == 1);
    CHECK(rowsAddedBy(f, QStringLiteral("customer"), [&] { REQUIRE(f.customers->remove(id)); }) == 1);
}

TEST_CASE("Every change of a lead, its notes, interactions and score overrides is audited", "[history][audit]")
{
    test::HistoryFixture f;
    leads::Lead lead;
    CHECK(rowsAddedBy(f, QStringLiteral("lead"), [&] {
              leads::Lead draft;
              draft.contact.name = u8("سارا");
              auto created = f.leads->create(draft);
              REQUIRE(created);
              lead = *created;
          }) == 1);
    CHECK(rowsAddedBy(f, QStringLiteral("lead"), [&] {
              lead.owner = u8("رضا");
              REQUIRE(f.leads->update(lead));
          }) == 1);
    CHECK(rowsAddedBy(f, QStringLiteral("lead"), [&] { REQUIRE(f.leads->setOverride(lead.id, 80, u8("دلیل"))); }) == 1);
    CHECK(rowsAddedBy(f, QStringLiteral("lead"), [&] { REQUIRE(f.leads->clearOverride(lead.id)); }) == 1);
    qint64 noteId = 0;
    CHECK(rowsAddedBy(f, QStringLiteral("lead_note"), [&] {
              auto n = f.leads->addNote(lead.id, u8("یادداشت"));
              REQUIRE(n);
              noteId = n->id;
          }) == 1);
    CHECK(rowsAddedBy(f, QStringLiteral("lead_note"), [&] { REQUIRE(f.leads->removeNote(noteId)); }) == 1);
    CHECK(rowsAddedBy(f, QStringLiteral("lead_interaction"), [&] {
              leads::LeadInteraction i;
              i.customerId = lead.id;
              i.summary = u8("تماس");
              REQUIRE(f.leads->logInteraction(i));
          }) == 1);
    CHECK(rowsAddedBy(f, QStringLiteral("lead"), [&] { REQUIRE(f.leads->remove(lead.id)); }) == 1);
}

TEST_CASE("Every change of a document and its attachments is audited", "[history][audit]")
{
    test::HistoryFixture f;
    const qint64 customer = f.customer();
    qint64 draft = 0;
    CHECK(rowsAddedBy(f, QStringLiteral("document"), [&] { draft = f.draftInvoice(customer, 500'000); }) == 1);
    CHECK(rowsAddedBy(f, QStringLiteral("document"), [&] { REQUIRE(f.documents->removeDraft(draft)); }) == 1);
    qint64 invoice = 0;
    CHECK(rowsAddedBy(f, QStringLiteral("document"), [&] { invoice = f.invoice(customer, 500'000); }) == 2); // created, issued
    qint64 attachment = 0;
    CHECK(rowsAddedBy(f, QStringLiteral("document_attachment"), [&] {
              sales::Attachment a;
              a.fileName = QStringLiteral("a.txt");
              a.mimeType = QStringLiteral("text/plain");
              a.data = "x";
              auto added = f.documents->addAttachment(invoice, a);
              REQUIRE(added);
              attachment = added->id;
          }) == 1);
    CHECK(rowsAddedBy(f, QStringLiteral("document_attachment"), [&] { REQUIRE(f.documents->removeAttachment(attachment)); }) == 1);
    CHECK(rowsAddedBy(f, QStringLiteral("document"), [&] { REQUIRE(f.settle(invoice)); }) == 1);   // issued -> settled
    CHECK(rowsAddedBy(f, QStringLiteral("document"), [&] { REQUIRE(f.unsettle(invoice)); }) == 1); // back to issued
}

TEST_CASE("Every change of a payment and its cheque is audited", "[history][audit]")
{
    test::HistoryFixture f;
    const qint64 customer = f.customer();
    const qint64 invoice = f.invoice(customer, 5'000'000);
    qint64 payment = 0;
    CHECK(rowsAddedBy(f, QStringLiteral("payment"), [&] {
              auto r = f.payments->receive(test::cash(invoice, 1'000'000));
              REQUIRE(r);
              payment = r->payments.first().id;
          }) == 1);
    CHECK(rowsAddedBy(f, QStringLiteral("payment"), [&] { REQUIRE(f.payments->voidPayment(payment, QString())); }) == 1);
    qint64 cheque = 0;
    CHECK(rowsAddedBy(f, QStringLiteral("cheque"), [&] {
              auto r = f.payments->receive(test::chequeOf(invoice, 1'000'000, f.clock.today().addDays(10)));
              REQUIRE(r);
              cheque = r->cheque->id;
          }) == 1);
    CHECK(rowsAddedBy(f, QStringLiteral("cheque"), [&] {
              auto c = f.payments->cheque(cheque);
              REQUIRE(c);
              c->note = u8("شعبه مرکزی");
              REQUIRE(f.payments->updateCheque(*c));
          }) == 1);
    CHECK(rowsAddedBy(f, QStringLiteral("payment"), [&] {
              REQUIRE(f.payments->setChequeStatus(cheque, payments::ChequeStatus::Returned));
          }) == 1); // its payment failed
}

TEST_CASE("Every settings change is audited, and shown in the settings history", "[history][audit]")
{
    test::HistoryFixture f;
    payments::Receivables receivables(*f.db, f.clock);
    CHECK(rowsAddedBy(f, QStringLiteral("setting"), [&] { REQUIRE(receivables.setReminderDays(5)); }) == 1);
    CHECK(rowsAddedBy(f, QStringLiteral("setting"), [&] { REQUIRE(receivables.setReminderDays(5)); }) == 0); // unchanged
    CHECK(rowsAddedBy(f, QStringLiteral("setting"), [&] { REQUIRE(receivables.setReminderDays(9)); }) == 1);
    CHECK(rowsAddedBy(f, QStringLiteral("setting"), [&] { CHECK_FALSE(receivables.setReminderDays(-1)); }) == 0);

    CHECK(rowsAddedBy(f, QStringLiteral("scoring_profile"), [&] {
              auto profile = f.leads->profile();
              REQUIRE(profile);
              profile->budgetCap += 1;
              REQUIRE(f.leads->saveProfile(*profile));
          }) == 1);
    CHECK(rowsAddedBy(f, QStringLiteral("company_profile"), [&] {
              auto profile = f.profiles->load();
              REQUIRE(profile);
              profile->name = u8("شرکت پیوند");
              REQUIRE(f.profiles->save(*profile));
          }) == 1);
    CHECK(rowsAddedBy(f, QStringLiteral("tax_rate"), [&] {
              REQUIRE(f.profiles->setTaxRate({ QDate(2025, 3, 21), { BasisPoints { 800 }, BasisPoints { 200 } } }));
          }) == 1);
    CHECK(rowsAddedBy(f, QStringLiteral("industry"), [&] { REQUIRE(f.leads->addIndustry(u8("کشاورزی"))); }) == 1);
    pipeline::DealService deals(*f.db, f.clock);
    CHECK(rowsAddedBy(f, QStringLiteral("deal_stage"), [&] { REQUIRE(deals.addStage(u8("مذاکره دوم"), 40)); }) >= 1);

    const auto rows = f.historyOf(RecordKind::Setting, 0);
    const auto days = f.withField(rows, QStringLiteral("payment_reminder_days"), RecordKind::Setting);
    REQUIRE(days.size() == 2);
    CHECK(days[0].action == QStringLiteral("create"));
    CHECK(days[0].newValue.toString() == QStringLiteral("5"));
    CHECK(days[1].oldValue.toString() == QStringLiteral("5"));
    CHECK(days[1].newValue.toString() == QStringLiteral("9"));
    CHECK(history::RecordHistory::fieldLabel(days[0].entity, days[0].field) == QStringLiteral("Payment reminder days"));
    bool sawCompany = false;
    for (const auto& r : rows)
        sawCompany = sawCompany || (r.entity == QStringLiteral("company_profile") && r.newValue.toString() == u8("شرکت پیوند"));
    CHECK(sawCompany);
}
