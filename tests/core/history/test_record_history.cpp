#include "HistoryFixture.h"

#include "storage/AuditLog.h"

#include <QJsonArray>

using namespace peyvand;
using history::HistoryRow;
using history::RecordHistory;
using history::RecordKind;
using test::u8;

TEST_CASE("A customer's history lists each field change with its old and new value", "[history]")
{
    test::HistoryFixture f;
    customers::Customer c;
    c.name = u8("علی کریمی");
    c.mobile = QStringLiteral("09121234567");
    auto created = f.customers->create(c);
    REQUIRE(created);
    const qint64 id = created->id;
    f.tick(60);
    customers::Customer changed = *created;
    changed.mobile = QStringLiteral("09351234567");
    changed.city = u8("تهران");
    REQUIRE(f.customers->update(changed));
    f.tick(60);
    REQUIRE(f.customers->archive(id));
    f.tick(60);
    REQUIRE(f.customers->addNote(id, u8("تماس گرفت")));
    const qint64 other = f.customer(u8("مریم احمدی"));
    REQUIRE(f.customers->addNote(other, u8("یادداشت دیگری")));

    const auto rows = f.historyOf(RecordKind::Customer, id);
    const auto name = f.withField(rows, QStringLiteral("name"), RecordKind::Customer);
    REQUIRE(name.size() == 1);
    CHECK(name[0].action == QStringLiteral("create"));
    CHECK(name[0].oldValue.isUndefined());
    CHECK(name[0].newValue.toString() == u8("علی کریمی"));
    CHECK(name[0].source == QStringLiteral("app"));

    const auto mobile = f.withField(rows, QStringLiteral("mobile"), RecordKind::Customer);
    REQUIRE(mobile.size() == 2);
    CHECK(mobile[1].action == QStringLiteral("update"));
    CHECK(mobile[1].oldValue.toString() == QStringLiteral("09121234567"));
    CHECK(mobile[1].newValue.toString() == QStringLiteral("09351234567"));
    CHECK(mobile[1].at == mobile[0].at.addSecs(60));

    const auto city = f.withField(rows, QStringLiteral("city"), RecordKind::Customer);
    REQUIRE(city.size() == 1);
    CHECK(city[0].oldValue.toString().isEmpty());
    CHECK(city[0].newValue.toString() == u8("تهران"));
    CHECK(mobile[1].auditId == city[0].auditId); // one change, two fields

    const auto archived = f.withField(rows, QStringLiteral("archived"), RecordKind::Customer);
    REQUIRE(archived.size() == 2); // created not archived, then archived
    CHECK(archived[1].action == QStringLiteral("archive"));
    CHECK(archived[1].oldValue == QJsonValue(false));
    CHECK(archived[1].newValue == QJsonValue(true));

    const auto note = f.withField(rows, QStringLiteral("customer_note.text"), RecordKind::Customer);
    REQUIRE(note.size() == 1); // not the other customer's note
    CHECK(note[0].entity == QStringLiteral("customer_note"));
    CHECK(note[0].newValue.toString() == u8("تماس گرفت"));
    CHECK(RecordHistory::fieldLabel(note[0].entity, note[0].field) == QStringLiteral("Note: Text"));

    // Bookkeeping keys are not shown as changes.
    CHECK(f.withField(rows, QStringLiteral("updated_at"), RecordKind::Customer).isEmpty());
    CHECK(f.withField(rows, QStringLiteral("customer_note.customer_id"), RecordKind::Customer).isEmpty());
    for (const HistoryRow& r : rows)
        CHECK_FALSE(r.field.endsWith(QStringLiteral("_jalali")));
    // Oldest first.
    for (qsizetype i = 1; i < rows.size(); ++i)
        CHECK(rows[i - 1].auditId <= rows[i].auditId);
}

TEST_CASE("A deleted customer's history is still there, with its notes", "[history]")
{
    test::HistoryFixture f;
    const qint64 id = f.customer();
    REQUIRE(f.customers->addNote(id, u8("اول")));
    REQUIRE(f.customers->remove(id));
    const auto rows = f.historyOf(RecordKind::Customer, id);
    const auto name = f.withField(rows, QStringLiteral("name"), RecordKind::Customer);
    REQUIRE(name.size() == 2);
    CHECK(name[1].action == QStringLiteral("delete"));
    CHECK(name[1].newValue.isUndefined());
    CHECK(f.historyOf(RecordKind::Customer, id + 100).isEmpty());
}

TEST_CASE("The source of a change is the process origin, or the scope's on this thread", "[history]")
{
    test::HistoryFixture f;
    storage::audit_origin::setProcessOrigin(storage::audit_origin::kCli);
    const qint64 fromCli = f.customer();
    qint64 fromImport = 0;
    {
        storage::audit_origin::Scope scope(storage::audit_origin::kImport);
        fromImport = f.customer(u8("مریم"));
    }
    const qint64 afterScope = f.customer(u8("رضا"));
    storage::audit_origin::setProcessOrigin(storage::audit_origin::kApp);
    CHECK(f.historyOf(RecordKind::Customer, fromCli).first().source == QStringLiteral("cli"));
    CHECK(f.historyOf(RecordKind::Customer, fromImport).first().source == QStringLiteral("import"));
    CHECK(f.historyOf(RecordKind::Customer, afterScope).first().source == QStringLiteral("cli"));
    CHECK(RecordHistory::sourceLabel(QStringLiteral("cli")) == QStringLiteral("Command line"));
    CHECK(RecordHistory::sourceLabel(QString()) == QStringLiteral("Unknown"));
}

TEST_CASE("A lead's history has its edits, score overrides, notes and interactions", "[history]")
{
    test::HistoryFixture f;
    leads::Lead draft;
    draft.contact.name = u8("شرکت نوین");
    auto lead = f.leads->create(draft);
    REQUIRE(lead);
    f.tick();
    leads::Lead edited = *lead;
    edited.owner = u8("سارا");
    REQUIRE(f.leads->update(edited));
    f.tick();
    REQUIRE(f.leads->setOverride(lead->id, 90, u8("مشتری مهم")));
    REQUIRE(f.leads->addNote(lead->id, u8("جلسه خوب بود")));
    leads::LeadInteraction call;
    call.customerId = lead->id;
    call.summary = u8("تماس اول");
    REQUIRE(f.leads->logInteraction(call));

    const auto rows = f.historyOf(RecordKind::Lead, lead->id);
    const auto owner = f.withField(rows, QStringLiteral("owner"), RecordKind::Lead);
    REQUIRE_FALSE(owner.isEmpty());
    CHECK(owner.last().action == QStringLiteral("update"));
    CHECK(owner.last().oldValue.toString().isEmpty());
    CHECK(owner.last().newValue.toString() == u8("سارا"));
    const auto overridden = f.withField(rows, QStringLiteral("override_score"), RecordKind::Lead);
    REQUIRE_FALSE(overridden.isEmpty());
    CHECK(overridden.last().oldValue.isNull());
    CHECK(overridden.last().newValue.toInt() == 90);
    CHECK(f.withField(rows, QStringLiteral("override_reason"), RecordKind::Lead).last().newValue.toString() == u8("مشتری مهم"));
    CHECK(f.withField(rows, QStringLiteral("lead_note.text"), RecordKind::Lead).size() == 1);
    const auto summary = f.withField(rows, QStringLiteral("lead_interaction.summary"), RecordKind::Lead);
    REQUIRE(summary.size() == 1);
    CHECK(summary[0].newValue.toString() == u8("تماس اول"));
    CHECK(RecordHistory::fieldLabel(QStringLiteral("lead"), QStringLiteral("override_score")) == QStringLiteral("Score set by hand"));
}

TEST_CASE("A document's history shows its draft edits, issue, state moves and attachments", "[history]")
{
    test::HistoryFixture f;
    const qint64 customer = f.customer();
    const qint64 id = f.draftInvoice(customer, 1'000'000);
    f.tick();
    auto draft = f.documents->get(id);
    REQUIRE(draft);
    sales::Document edited = *draft;
    edited.title = u8("فاکتور فروش");
    REQUIRE(f.documents->updateDraft(edited));
    f.tick();
    auto issued = f.documents->issue(id);
    REQUIRE(issued);
    sales::Attachment file;
    file.fileName = QStringLiteral("contract.pdf");
    file.mimeType = QStringLiteral("application/pdf");
    file.data = QByteArray("%PDF-1.4 test");
    REQUIRE(f.documents->addAttachment(id, file));
    REQUIRE(f.settle(id));

    const auto rows = f.historyOf(RecordKind::Document, id);
    const auto title = f.withField(rows, QStringLiteral("title"), RecordKind::Document);
    REQUIRE(title.size() == 1);
    CHECK(title[0].action == QStringLiteral("update"));
    CHECK(title[0].newValue.toString() == u8("فاکتور فروش"));
    const auto number = f.withField(rows, QStringLiteral("number"), RecordKind::Document);
    REQUIRE(number.size() == 1); // a draft's empty number is not shown on create
    CHECK(number[0].oldValue.toString().isEmpty());
    CHECK(number[0].newValue.toString() == issued->number);
    const auto state = f.withField(rows, QStringLiteral("state"), RecordKind::Document);
    REQUIRE(state.size() == 3);
    CHECK(state[0].newValue.toString() == QStringLiteral("draft"));
    CHECK(state[1].oldValue.toString() == QStringLiteral("draft"));
    CHECK(state[1].newValue.toString() == QStringLiteral("issued"));
    CHECK(state[2].newValue.toString() == QStringLiteral("settled"));
    const auto total = f.withField(rows, QStringLiteral("grand_total"), RecordKind::Document);
    REQUIRE(total.size() == 1);
    CHECK(total[0].valueKind == history::ValueKind::Money);
    CHECK(total[0].newValue.toInteger() == 1'000'000);
    const auto attached = f.withField(rows, QStringLiteral("document_attachment.file_name"), RecordKind::Document);
    REQUIRE(attached.size() == 1);
    CHECK(attached[0].newValue.toString() == QStringLiteral("contract.pdf"));
    CHECK(f.withField(rows, QStringLiteral("lines"), RecordKind::Document).first().valueKind == history::ValueKind::Json);
}

TEST_CASE("A payment's history shows it voided, and a cheque payment its cheque's moves", "[history]")
{
    test::HistoryFixture f;
    const qint64 customer = f.customer();
    const qint64 invoice = f.invoice(customer, 3'000'000);
    auto paid = f.payments->receive(test::cash(invoice, 1'000'000));
    REQUIRE(paid);
    const qint64 cashId = paid->payments.first().id;
    f.tick();
    REQUIRE(f.payments->voidPayment(cashId, u8("اشتباه ثبت شد")));

    const auto rows = f.historyOf(RecordKind::Payment, cashId);
    const auto status = f.withField(rows, QStringLiteral("status"), RecordKind::Payment);
    REQUIRE(status.size() == 2);
    CHECK(status[0].action == QStringLiteral("create"));
    CHECK(status[0].newValue.toString() == QStringLiteral("settled"));
    CHECK(status[1].oldValue.toString() == QStringLiteral("settled"));
    CHECK(status[1].newValue.toString() == QStringLiteral("void"));
    const auto reason = f.withField(rows, QStringLiteral("reason"), RecordKind::Payment);
    REQUIRE(reason.size() == 1);
    CHECK(reason[0].oldValue.isUndefined());
    CHECK(reason[0].newValue.toString() == u8("اشتباه ثبت شد"));
    const auto amount = f.withField(rows, QStringLiteral("amount"), RecordKind::Payment);
    REQUIRE(amount.size() == 1);
    CHECK(amount[0].valueKind == history::ValueKind::Money);

    auto byCheque = f.payments->receive(test::chequeOf(invoice, 2'000'000, f.clock.today().addDays(30)));
    REQUIRE(byCheque);
    REQUIRE(byCheque->cheque);
    const qint64 chequeId = byCheque->cheque->id;
    const qint64 chequePayment = byCheque->payments.first().id;
    f.tick();
    REQUIRE(f.payments->setChequeStatus(chequeId, payments::ChequeStatus::Deposited));
    f.tick();
    REQUIRE(f.payments->setChequeStatus(chequeId, payments::ChequeStatus::Cleared));

    const auto chequeRows = f.historyOf(RecordKind::Payment, chequePayment);
    const auto chequeStatus = f.withField(chequeRows, QStringLiteral("cheque.status"), RecordKind::Payment);
    REQUIRE(chequeStatus.size() == 3);
    CHECK(chequeStatus[0].newValue.toString() == QStringLiteral("received"));
    CHECK(chequeStatus[1].oldValue.toString() == QStringLiteral("received"));
    CHECK(chequeStatus[1].newValue.toString() == QStringLiteral("deposited"));
    CHECK(chequeStatus[2].newValue.toString() == QStringLiteral("cleared"));
    CHECK(RecordHistory::fieldLabel(QStringLiteral("cheque"), QStringLiteral("status")) == QStringLiteral("Cheque: Status"));
    const auto paymentStatus = f.withField(chequeRows, QStringLiteral("status"), RecordKind::Payment);
    REQUIRE(paymentStatus.size() == 2);
    CHECK(paymentStatus[0].newValue.toString() == QStringLiteral("pending"));
    CHECK(paymentStatus[1].newValue.toString() == QStringLiteral("settled"));
    // The cash payment's history has none of the cheque's rows.
    CHECK(f.withField(f.historyOf(RecordKind::Payment, cashId), QStringLiteral("cheque.status"), RecordKind::Payment).isEmpty());
}

TEST_CASE("Record kinds have stable keys and values plain text", "[history]")
{
    CHECK(history::recordKindFromKey(u"customer") == RecordKind::Customer);
    CHECK(history::recordKindFromKey(u"quote") == RecordKind::Document);
    CHECK(history::recordKindFromKey(u"invoice") == RecordKind::Document);
    CHECK(history::recordKindFromKey(u"payment") == RecordKind::Payment);
    CHECK_FALSE(history::recordKindFromKey(u"cheque"));
    CHECK(history::toKey(RecordKind::Lead) == QStringLiteral("lead"));
    CHECK(RecordHistory::plainText(QJsonValue(qint64(12'000'000))) == QStringLiteral("12000000"));
    CHECK(RecordHistory::plainText(QJsonArray { QStringLiteral("a"), QStringLiteral("b") }) == QStringLiteral("a, b"));
    CHECK(RecordHistory::plainText(QJsonValue()) == QString());
    CHECK(RecordHistory::plainText(QJsonValue(true)) == QStringLiteral("true"));
    CHECK(RecordHistory::fieldLabel(QStringLiteral("customer"), QStringLiteral("no_such_key")) == QStringLiteral("no_such_key"));
    CHECK(RecordHistory::actionLabel(QStringLiteral("archive")) == QStringLiteral("Archived"));
}
