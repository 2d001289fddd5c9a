#include "ValueFixture.h"

#include "storage/Migrations.h"

#include <QTemporaryDir>

using namespace peyvand;
using namespace peyvand::test;

namespace {

struct Lifetime {
    qint64 firstDay = 0, lastDay = 0, invoices = 0, sales = 0;
    bool operator==(const Lifetime&) const = default;
};

QMap<qint64, Lifetime> stored(storage::Database& db)
{
    QMap<qint64, Lifetime> out;
    auto q = storage::run(db.connection(), QStringLiteral("SELECT customer_id, first_day, last_day, invoices, sales FROM customer_lifetime"));
    REQUIRE(q);
    while (q->next())
        out.insert(q->value(0).toLongLong(), Lifetime { q->value(1).toLongLong(), q->value(2).toLongLong(),
                                                        q->value(3).toLongLong(), q->value(4).toLongLong() });
    return out;
}

QMap<qint64, Lifetime> expected(const QList<sales::Document>& invoices)
{
    QMap<qint64, Lifetime> out;
    for (const auto& [id, t] : customerTruth(invoices).toStdMap())
        out.insert(id, Lifetime { t.first.toJulianDay(), t.last.toJulianDay(), t.invoices, t.sales });
    return out;
}

sales::Document issueInvoice(sales::DocumentService& documents, qint64 customerId, QDate day, qint64 rial)
{
    sales::Document d = draftFor(customerId, sales::DocumentType::Invoice, day);
    d.lines.first().unitPrice = Money::fromRial(rial);
    auto draft = documents.createDraft(d);
    REQUIRE(draft);
    auto issued = documents.issue(draft->id);
    REQUIRE(issued);
    return *issued;
}

} // namespace

TEST_CASE("Per-customer sales follow issued invoices, and schema 7 fills them from older data", "[reports][lifetime]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    const QList<storage::Migration> upTo6 = storage::migrations().mid(0, 6);
    REQUIRE(upTo6.constLast().version == 6);
    FixedClock clock { QDateTime(jalali(1404, 1, 15), QTime(12, 0), Qt::UTC) };
    QList<sales::Document> invoices;
    qint64 ali = 0;
    qint64 sara = 0;
    {
        storage::Database::Options options;
        options.migrationsOverride = &upTo6;
        auto db = storage::Database::open(path, options);
        REQUIRE(db);
        REQUIRE((*db)->schemaVersion() == 6);
        customers::CustomerService customers(**db, clock);
        sales::DocumentService documents(**db, clock);
        customers::Customer c;
        c.name = QStringLiteral("Ali");
        ali = customers.create(c)->id;
        c.name = QStringLiteral("Sara");
        sara = customers.create(c)->id;
        invoices << issueInvoice(documents, ali, jalali(1403, 11, 3), 2'000'000)
                 << issueInvoice(documents, ali, jalali(1403, 12, 20), 3'000'000)
                 << issueInvoice(documents, sara, jalali(1404, 1, 2), 500'000);
        REQUIRE(documents.createDraft(draftFor(sara, sales::DocumentType::Invoice, jalali(1404, 1, 3)))); // a draft: no sale
    }
    auto db = storage::Database::open(path);
    REQUIRE(db);
    REQUIRE((*db)->schemaVersion() >= 7);
    CHECK(stored(**db) == expected(invoices));

    // Issuing adds to the row; settling and reopening do not count twice.
    sales::DocumentService documents(**db, clock);
    invoices << issueInvoice(documents, sara, jalali(1403, 10, 1), 700'000);
    payments::PaymentService payments(**db, clock);
    payments::NewPayment cash;
    cash.documentId = invoices.last().id;
    cash.amount = invoices.last().grandTotal;
    REQUIRE(payments.receive(cash));
    REQUIRE(documents.get(invoices.last().id)->state == sales::DocumentState::Settled);
    CHECK(stored(**db) == expected(invoices));
    CHECK(stored(**db).value(sara).firstDay == jalali(1403, 10, 1).toJulianDay());
    CHECK(stored(**db).value(sara).invoices == 2);
    CHECK(stored(**db).value(ali).sales == 5'000'000);
}
