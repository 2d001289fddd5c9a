// Schema 6: issued documents and payments are append-only, whatever writes
// to the database (raw SQL here, as a script or a bug would).
#include "HistoryFixture.h"

using namespace peyvand;
using test::u8;

namespace {

struct Issued : test::HistoryFixture {
    qint64 customerId = customer();
    qint64 otherCustomer = customer(u8("مریم احمدی"));
    qint64 invoiceId = invoice(customerId, 2'000'000);

    qint64 issuedQuote()
    {
        sales::Document d;
        d.type = sales::DocumentType::Quote;
        d.customerId = customerId;
        d.issueDate = clock.today();
        d.lines << test::line(u8("خدمات"), 1'000'000);
        auto created = documents->createDraft(d);
        REQUIRE(created);
        REQUIRE(documents->issue(created->id));
        return created->id;
    }
};

} // namespace

TEST_CASE("What is printed on or counted from an issued document cannot change", "[history][append-only]")
{
    Issued f;
    const char* forbidden[] = {
        "UPDATE documents SET customer_id = %2 WHERE id = %1",
        "UPDATE documents SET number = 'X-1' WHERE id = %1",
        "UPDATE documents SET grand_total = grand_total + 1 WHERE id = %1",
        "UPDATE documents SET gross_total = 1 WHERE id = %1",
        "UPDATE documents SET vat_total = 1 WHERE id = %1",
        "UPDATE documents SET duty_total = 1 WHERE id = %1",
        "UPDATE documents SET discount_total = 1 WHERE id = %1",
        "UPDATE documents SET additions_total = 1 WHERE id = %1",
        "UPDATE documents SET marketer = 'x' WHERE id = %1",
        "UPDATE documents SET payment_terms = 'credit' WHERE id = %1",
        "UPDATE documents SET issued_at = '2020-01-01T00:00:00Z' WHERE id = %1",
        "UPDATE documents SET source_id = %1 WHERE id = %1",
        "UPDATE documents SET state = 'draft' WHERE id = %1",
        "UPDATE documents SET state = 'accepted' WHERE id = %1", // a quote's state
        "UPDATE document_lines SET unit_price = 1 WHERE document_id = %1",
        "DELETE FROM document_lines WHERE document_id = %1",
        "INSERT INTO document_lines (document_id, position, quantity_milli, unit_price) VALUES (%1, 99, 1000, 5)",
        "DELETE FROM documents WHERE id = %1",
    };
    for (const char* sql : forbidden) {
        const QString statement = QString::fromLatin1(sql).replace(QStringLiteral("%1"), QString::number(f.invoiceId)).replace(QStringLiteral("%2"), QString::number(f.otherCustomer));
        INFO(statement.toStdString());
        const QString why = f.refusal(statement);
        CHECK((why.contains(QStringLiteral("locked")) || why.contains(QStringLiteral("cannot move"))
               || why.contains(QStringLiteral("never deleted"))));
    }
    auto d = f.documents->get(f.invoiceId);
    REQUIRE(d);
    CHECK(d->state == sales::DocumentState::Issued);
    CHECK(d->grandTotal == Money::fromRial(2'000'000));
    CHECK(d->customerId == f.customerId);
    CHECK(d->lines.size() == 1);
}

TEST_CASE("An issued document moves only along its workflow", "[history][append-only]")
{
    Issued f;
    // Invoice: issued <-> settled.
    CHECK(f.refusal(QStringLiteral("UPDATE documents SET state = 'settled' WHERE id = ?"), { f.invoiceId }).isEmpty());
    CHECK(f.refusal(QStringLiteral("UPDATE documents SET state = 'issued', updated_at = 'x', state_changed_at = 'x' WHERE id = ?"),
                    { f.invoiceId })
              .isEmpty());
    // Quote: issued -> accepted -> converted; converted is final.
    const qint64 quote = f.issuedQuote();
    CHECK_FALSE(f.refusal(QStringLiteral("UPDATE documents SET state = 'settled' WHERE id = ?"), { quote }).isEmpty());
    CHECK(f.refusal(QStringLiteral("UPDATE documents SET state = 'accepted' WHERE id = ?"), { quote }).isEmpty());
    CHECK_FALSE(f.refusal(QStringLiteral("UPDATE documents SET state = 'rejected' WHERE id = ?"), { quote }).isEmpty());
    CHECK_FALSE(f.refusal(QStringLiteral("UPDATE documents SET state = 'issued' WHERE id = ?"), { quote }).isEmpty());
    CHECK(f.refusal(QStringLiteral("UPDATE documents SET state = 'converted' WHERE id = ?"), { quote }).isEmpty());
    CHECK_FALSE(f.refusal(QStringLiteral("UPDATE documents SET state = 'accepted' WHERE id = ?"), { quote }).isEmpty());
    // Issued -> rejected and issued -> expired.
    const qint64 rejected = f.issuedQuote();
    CHECK(f.refusal(QStringLiteral("UPDATE documents SET state = 'rejected' WHERE id = ?"), { rejected }).isEmpty());
    CHECK_FALSE(f.refusal(QStringLiteral("UPDATE documents SET state = 'expired' WHERE id = ?"), { rejected }).isEmpty());
    const qint64 expired = f.issuedQuote();
    CHECK(f.refusal(QStringLiteral("UPDATE documents SET state = 'expired' WHERE id = ?"), { expired }).isEmpty());
    // Attachments stay free: a signed contract comes after issue.
    sales::Attachment a;
    a.fileName = QStringLiteral("signed.pdf");
    a.mimeType = QStringLiteral("application/pdf");
    a.data = "%PDF";
    auto added = f.documents->addAttachment(f.invoiceId, a);
    REQUIRE(added);
    CHECK(f.documents->removeAttachment(added->id));
}

TEST_CASE("A draft stays freely editable and deletable", "[history][append-only]")
{
    Issued f;
    const qint64 draft = f.draftInvoice(f.customerId, 100'000);
    CHECK(f.refusal(QStringLiteral("UPDATE documents SET customer_id = ?, grand_total = 5, marketer = 'x' WHERE id = ?"),
                    { f.otherCustomer, draft })
              .isEmpty());
    CHECK(f.refusal(QStringLiteral("UPDATE document_lines SET unit_price = 7 WHERE document_id = ?"), { draft }).isEmpty());
    CHECK_FALSE(f.refusal(QStringLiteral("UPDATE documents SET state = 'settled' WHERE id = ?"), { draft }).isEmpty());
    CHECK(f.refusal(QStringLiteral("DELETE FROM documents WHERE id = ?"), { draft }).isEmpty());
}

TEST_CASE("Payments are never deleted and what they say never changes", "[history][append-only]")
{
    Issued f;
    auto r = f.payments->receive(test::cash(f.invoiceId, 500'000));
    REQUIRE(r);
    const qint64 id = r->payments.first().id;
    const char* forbidden[] = {
        "DELETE FROM payments WHERE id = %1",
        "UPDATE payments SET amount = amount + 1 WHERE id = %1",
        "UPDATE payments SET amount = 1 WHERE id = %1", // only a cleared cheque's excess shrinks a row
        "UPDATE payments SET document_id = NULL WHERE id = %1",
        "UPDATE payments SET customer_id = %2 WHERE id = %1",
        "UPDATE payments SET method = 'pos' WHERE id = %1",
        "UPDATE payments SET paid_on = '2020-01-01' WHERE id = %1",
        "UPDATE payments SET note = 'x' WHERE id = %1",
        "UPDATE payments SET reference = 'x' WHERE id = %1",
        "UPDATE payments SET settled_on = '2020-01-01' WHERE id = %1",
        "UPDATE payments SET status = 'pending' WHERE id = %1",
        "UPDATE payments SET status = 'failed' WHERE id = %1",
        "UPDATE payments SET status = 'kept' WHERE id = %1",
    };
    for (const char* sql : forbidden) {
        const QString statement = QString::fromLatin1(sql).replace(QStringLiteral("%1"), QString::number(id)).replace(QStringLiteral("%2"), QString::number(f.otherCustomer));
        INFO(statement.toStdString());
        const QString why = f.refusal(statement);
        CHECK((why.contains(QStringLiteral("locked")) || why.contains(QStringLiteral("cannot move"))
               || why.contains(QStringLiteral("never deleted"))));
    }
    CHECK(f.rows("payments") == 1);
    // Void is allowed, and final.
    CHECK(f.refusal(QStringLiteral("UPDATE payments SET status = 'void', settled_on = NULL, updated_at = 'x' WHERE id = ?"), { id }).isEmpty());
    CHECK_FALSE(f.refusal(QStringLiteral("UPDATE payments SET status = 'settled' WHERE id = ?"), { id }).isEmpty());
    CHECK_FALSE(f.refusal(QStringLiteral("DELETE FROM payments WHERE id = ?"), { id }).isEmpty());
}

TEST_CASE("Cheque and promise payments move along their workflow through the services", "[history][append-only]")
{
    Issued f;
    // A promise is kept when cash covers the invoice.
    auto promised = f.payments->receive(test::promise(f.invoiceId, 500'000, f.clock.today().addDays(5)));
    REQUIRE(promised);
    // A cheque bounces, is deposited again and clears for more than the
    // invoice still needs: its excess moves on account.
    auto byCheque = f.payments->receive(test::chequeOf(f.invoiceId, 1'500'000, f.clock.today().addDays(10)));
    REQUIRE(byCheque);
    const qint64 cheque = byCheque->cheque->id;
    REQUIRE(f.payments->setChequeStatus(cheque, payments::ChequeStatus::Deposited));
    REQUIRE(f.payments->setChequeStatus(cheque, payments::ChequeStatus::Bounced));
    REQUIRE(f.payments->setChequeStatus(cheque, payments::ChequeStatus::Redeposited));
    REQUIRE(f.payments->receive(test::cash(f.invoiceId, 1'000'000)));
    auto cleared = f.payments->setChequeStatus(cheque, payments::ChequeStatus::Cleared);
    REQUIRE(cleared);
    CHECK(f.stateOf(f.invoiceId) == sales::DocumentState::Settled);
    CHECK(f.payments->voidPayment(promised->payments.first().id, QString()));
    // A pending promise can be voided too.
    const qint64 other = f.invoice(f.customerId, 300'000);
    auto open = f.payments->receive(test::promise(other, 300'000, f.clock.today().addDays(5)));
    REQUIRE(open);
    CHECK(f.payments->voidPayment(open->payments.first().id, QString()));
}
