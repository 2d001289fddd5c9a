#include "ReportFixture.h"

#include "reports/SalesTargets.h"
#include "storage/Migrations.h"

#include <QMap>
#include <QTemporaryDir>

#include <functional>

using namespace peyvand;
using namespace peyvand::reports;
using namespace peyvand::test;

namespace {

struct Sums {
    qint64 invoices = 0;
    qint64 sales = 0;
    qint64 tax = 0;
    qint64 total = 0;
    qint64 quantity = 0;
    bool operator==(const Sums&) const = default;
};

using Grouper = std::function<QStringList(const sales::Document&)>;

// Per group: each invoice adds its totals once; product-like groupings add lines.
QMap<QString, Sums> byInvoice(const QList<sales::Document>& invoices, const DateRange& range,
                              const std::function<QString(const sales::Document&)>& group)
{
    QMap<QString, Sums> out;
    for (const auto& d : invoices) {
        if (!range.contains(d.issueDate))
            continue;
        Sums& s = out[group(d)];
        s.invoices += 1;
        s.sales += d.grandTotal.rial() - d.vatTotal.rial() - d.dutyTotal.rial();
        s.tax += d.vatTotal.rial() + d.dutyTotal.rial();
        s.total += d.grandTotal.rial();
    }
    return out;
}

QMap<QString, Sums> byLine(const QList<sales::Document>& invoices, const DateRange& range,
                           const std::function<QString(const sales::DocumentLine&)>& group, const QString& additions)
{
    QMap<QString, Sums> out;
    for (const auto& d : invoices) {
        if (!range.contains(d.issueDate))
            continue;
        QMap<QString, QSet<QString>> seenProducts; // invoices count per product within a group
        for (const auto& l : d.lines) {
            Sums& s = out[group(l)];
            const QString product = l.productId ? QString::number(*l.productId) : QStringLiteral("hand");
            if (!seenProducts[group(l)].contains(product)) {
                seenProducts[group(l)].insert(product);
                s.invoices += 1;
            }
            s.sales += l.computed.net.rial();
            s.tax += l.computed.vat.rial() + l.computed.duty.rial();
            s.total += l.computed.total.rial();
            s.quantity += l.quantity.milli;
        }
        if (!d.additions.isEmpty()) {
            Sums& s = out[additions];
            s.invoices += 1;
            for (const auto& a : d.additions) {
                s.sales += a.computed.net.rial();
                s.tax += a.computed.vat.rial() + a.computed.duty.rial();
                s.total += a.computed.total.rial();
            }
        }
    }
    return out;
}

Sums grandTotal(const QList<sales::Document>& invoices, const DateRange& range)
{
    return byInvoice(invoices, range, [](const sales::Document&) { return QString(); }).value(QString());
}

// Checks a sales table against the expected groups by their display name:
// every group present, rows ordered by sales, money columns adding up to
// the period's total, shares in per mille.
void checkTable(const ReportTable& table, const QString& nameColumn, const QMap<QString, Sums>& expected, const Sums& total,
                bool checkQuantity = false)
{
    const int name = column(table, nameColumn);
    const int invoices = column(table, QStringLiteral("invoices"));
    const int sales = column(table, QStringLiteral("sales"));
    const int tax = column(table, QStringLiteral("tax"));
    const int sum = column(table, QStringLiteral("total"));
    const int share = column(table, QStringLiteral("share"));
    CHECK(table.rows.size() == expected.size());
    Sums added;
    qint64 previous = std::numeric_limits<qint64>::max();
    for (const auto& row : table.rows) {
        const QString key = cellText(row.at(name));
        INFO(key.toStdString());
        REQUIRE(expected.contains(key));
        const Sums e = expected.value(key);
        CHECK(cellNumber(row.at(invoices)) == e.invoices);
        CHECK(cellNumber(row.at(sales)) == e.sales);
        CHECK(cellNumber(row.at(tax)) == e.tax);
        CHECK(cellNumber(row.at(sum)) == e.total);
        CHECK(cellNumber(row.at(share)) == (total.sales ? std::llround(double(e.sales) * 1000 / double(total.sales)) : 0));
        if (checkQuantity && std::holds_alternative<qint64>(row.at(column(table, QStringLiteral("quantity")))))
            CHECK(cellNumber(row.at(column(table, QStringLiteral("quantity")))) == e.quantity);
        CHECK(cellNumber(row.at(sales)) <= previous);
        previous = cellNumber(row.at(sales));
        added.sales += e.sales;
        added.tax += e.tax;
        added.total += e.total;
    }
    CHECK(added.sales == total.sales);
    CHECK(added.tax == total.tax);
    CHECK(added.total == total.total);
    REQUIRE(table.totals);
    CHECK(cellNumber(table.totals->at(invoices)) == total.invoices);
    CHECK(cellNumber(table.totals->at(sales)) == total.sales);
    CHECK(cellNumber(table.totals->at(sum)) == total.total);
}

struct Data : ReportFixture {
    QString productName(const sales::DocumentLine& l) const
    {
        if (!l.productId)
            return QStringLiteral("Not from the catalog");
        for (const auto& p : products) {
            if (p.id == *l.productId)
                return p.name;
        }
        return {};
    }
    QString categoryName(const sales::DocumentLine& l) const
    {
        for (const auto& p : products) {
            if (l.productId && p.id == *l.productId && !p.category.isEmpty())
                return p.category;
        }
        return QStringLiteral("No category");
    }
    const CustomerInfo& info(qint64 customerId) const
    {
        for (const auto& c : customerInfo) {
            if (c.id == customerId)
                return c;
        }
        FAIL("unknown customer");
        return customerInfo.first();
    }

    // A couple of invoices with hand-typed lines (not from the catalog).
    void makeHandInvoices(QDate day)
    {
        for (int i = 0; i < 3; ++i) {
            sales::Document d = draftFor(customerInfo.at(i).id, sales::DocumentType::Invoice, day.addDays(i * 17));
            d.lines << line(u8("نصب"), 300'000, 2000);
            auto draft = documents->createDraft(d);
            REQUIRE(draft);
            auto issued = documents->issue(draft->id);
            REQUIRE(issued);
            auto stored = documents->get(issued->id);
            REQUIRE(stored);
            invoices << *stored;
        }
    }
};

const QString kAdditions = QStringLiteral("Additions (shipping and other charges)");

} // namespace

TEST_CASE("Sales by product, category, salesperson, city and source agree with brute force", "[reports][sales]")
{
    Data f;
    f.makeCustomers(15);
    f.makeProducts(10);
    f.makeInvoices(140, jalali(1402, 10, 1), jalali(1404, 1, 14));
    f.makeHandInvoices(jalali(1403, 6, 3));
    f.makeQuotes(10, jalali(1403, 1, 1), jalali(1404, 1, 10));
    REQUIRE(f.drafts.size() > 0);

    const QList<DateRange> ranges { { jalali(1402, 10, 1), jalali(1404, 1, 14) },
                                    { jalali(1403, 12, 1), jalali(1403, 12, 30) },   // leap Esfand
                                    { jalali(1402, 12, 1), jalali(1402, 12, 29) },   // common Esfand
                                    { jalali(1403, 5, 17), jalali(1403, 8, 2) },
                                    { jalali(1403, 6, 3), jalali(1403, 6, 3) } };
    for (const DateRange& range : ranges) {
        INFO("from " << range.from.toString(Qt::ISODate).toStdString() << " to " << range.to.toString(Qt::ISODate).toStdString());
        const Sums total = grandTotal(f.invoices, range);
        auto byPeriod = f.run(ReportId::SalesByPeriod, range);
        REQUIRE(byPeriod);
        CHECK(cellNumber(byPeriod->tables.first().totals->at(column(byPeriod->tables.first(), QStringLiteral("sales")))) == total.sales);

        auto product = f.run(ReportId::SalesByProduct, range);
        REQUIRE(product);
        checkTable(product->tables.first(), QStringLiteral("product"),
                   byLine(f.invoices, range, [&](const sales::DocumentLine& l) { return f.productName(l); }, kAdditions), total,
                   true);

        auto category = f.run(ReportId::SalesByCategory, range);
        REQUIRE(category);
        checkTable(category->tables.first(), QStringLiteral("category"),
                   byLine(f.invoices, range, [&](const sales::DocumentLine& l) { return f.categoryName(l); }, kAdditions), total);

        auto marketer = f.run(ReportId::SalesByMarketer, range);
        REQUIRE(marketer);
        checkTable(marketer->tables.first(), QStringLiteral("marketer"), byInvoice(f.invoices, range, [](const sales::Document& d) {
            return d.marketer.isEmpty() ? QStringLiteral("No salesperson") : d.marketer;
        }), total);

        auto city = f.run(ReportId::SalesByCity, range);
        REQUIRE(city);
        checkTable(city->tables.first(), QStringLiteral("city"), byInvoice(f.invoices, range, [&](const sales::Document& d) {
            const QString c = f.info(d.customerId).city;
            return c.isEmpty() ? QStringLiteral("No city") : c;
        }), total);

        auto source = f.run(ReportId::SalesBySource, range);
        REQUIRE(source);
        checkTable(source->tables.first(), QStringLiteral("source"), byInvoice(f.invoices, range, [&](const sales::Document& d) {
            const QString s = f.info(d.customerId).source;
            return s.isEmpty() ? QStringLiteral("No source") : s;
        }), total);
        CHECK(source->charts.first().kind == ChartKind::Donut);
    }
}

TEST_CASE("Sales by customer lists the top N and adds up the rest", "[reports][sales]")
{
    Data f;
    f.makeCustomers(20);
    f.makeProducts(6);
    f.makeInvoices(80, jalali(1403, 1, 1), jalali(1404, 1, 14));
    const DateRange range { jalali(1403, 1, 1), jalali(1404, 1, 14) };
    const Sums total = grandTotal(f.invoices, range);
    const auto expected = byInvoice(f.invoices, range, [](const sales::Document& d) { return QString::number(d.customerId); });
    REQUIRE(expected.size() > 5);

    for (int limit : { 5, 0 }) {
        INFO("limit " << limit);
        auto report = f.run(ReportId::SalesByCustomer, range, Grouping::Month, limit);
        REQUIRE(report);
        const ReportTable& table = report->tables.first();
        const int id = column(table, QStringLiteral("customer_id"));
        CHECK(table.columns.at(id).hidden);
        const int shown = limit ? 5 : int(expected.size()); // default 50 covers every customer here
        REQUIRE(table.rows.size() == shown + (limit ? 1 : 0));
        QList<qint64> sortedSales;
        for (const auto& s : expected)
            sortedSales << s.sales;
        std::sort(sortedSales.begin(), sortedSales.end(), std::greater<>());
        Sums added;
        for (int i = 0; i < shown; ++i) {
            const auto& row = table.rows.at(i);
            const QString key = QString::number(cellNumber(row.at(id)));
            REQUIRE(expected.contains(key));
            CHECK(cellNumber(row.at(column(table, QStringLiteral("sales")))) == expected.value(key).sales);
            CHECK(cellNumber(row.at(column(table, QStringLiteral("invoices")))) == expected.value(key).invoices);
            CHECK(cellNumber(row.at(column(table, QStringLiteral("sales")))) == sortedSales.at(i));
            CHECK(cellText(row.at(0)) == u8("مشتری %1").arg(key.toInt())); // ids follow creation order here
            added.invoices += expected.value(key).invoices;
            added.sales += expected.value(key).sales;
        }
        if (limit) {
            const auto& others = table.rows.last();
            CHECK(cellText(others.at(0)) == QStringLiteral("All other customers"));
            CHECK(std::holds_alternative<std::monostate>(others.at(id)));
            CHECK(cellNumber(others.at(column(table, QStringLiteral("sales")))) == total.sales - added.sales);
            CHECK(cellNumber(others.at(column(table, QStringLiteral("invoices")))) == total.invoices - added.invoices);
        }
        qint64 sum = 0;
        for (const auto& row : table.rows)
            sum += cellNumber(row.at(column(table, QStringLiteral("sales"))));
        CHECK(sum == total.sales);
    }
}

TEST_CASE("City and source follow the customer's current record", "[reports][sales]")
{
    Data f;
    f.makeCustomers(4);
    f.makeProducts(3);
    f.makeInvoices(20, jalali(1403, 1, 1), jalali(1403, 12, 29));
    const DateRange range { jalali(1403, 1, 1), jalali(1403, 12, 29) };
    for (auto& c : f.customerInfo) {
        auto stored = f.customers->get(c.id);
        REQUIRE(stored);
        stored->city = u8("کرج");
        stored->source = QString();
        REQUIRE(f.customers->update(*stored));
        c.city = stored->city;
        c.source = QString();
    }
    auto city = f.run(ReportId::SalesByCity, range);
    REQUIRE(city);
    REQUIRE(city->tables.first().rows.size() == 1);
    CHECK(cellText(city->tables.first().rows.first().at(0)) == u8("کرج"));
    auto source = f.run(ReportId::SalesBySource, range);
    REQUIRE(source);
    REQUIRE(source->tables.first().rows.size() == 1);
    CHECK(cellText(source->tables.first().rows.first().at(0)) == QStringLiteral("No source"));
    CHECK(cellNumber(source->tables.first().rows.first().at(column(source->tables.first(), QStringLiteral("sales"))))
          == grandTotal(f.invoices, range).sales);
}

TEST_CASE("Drafts, pre-invoices and settling never change the sales reports", "[reports][sales]")
{
    Data f;
    f.makeCustomers(3);
    f.makeProducts(3);
    const DateRange range { jalali(1403, 1, 1), jalali(1403, 12, 30) };
    f.makeQuotes(4, range.from, range.to);
    auto draft = f.documents->createDraft(f.randomDocument(sales::DocumentType::Invoice, jalali(1403, 3, 3)));
    REQUIRE(draft);
    for (ReportId id : { ReportId::SalesByProduct, ReportId::SalesByCustomer, ReportId::SalesByCity, ReportId::SalesByMarketer }) {
        auto report = f.run(id, range);
        REQUIRE(report);
        CHECK(report->tables.first().rows.isEmpty());
    }
    // A pre-invoice converted to an invoice counts once, as that invoice.
    auto converted = f.documents->convert(f.quotes.first().id, jalali(1403, 4, 4));
    REQUIRE(converted);
    auto invoice = f.documents->get(converted->invoiceId);
    REQUIRE(invoice);
    const qint64 sales = invoice->grandTotal.rial() - invoice->vatTotal.rial() - invoice->dutyTotal.rial();
    auto salesOf = [&](ReportId id) {
        auto report = f.run(id, range);
        REQUIRE(report);
        qint64 sum = 0;
        for (const auto& row : report->tables.first().rows)
            sum += cellNumber(row.at(column(report->tables.first(), QStringLiteral("sales"))));
        return sum;
    };
    CHECK(salesOf(ReportId::SalesByProduct) == sales);
    CHECK(salesOf(ReportId::SalesBySource) == sales);
    REQUIRE(f.settle(invoice->id));
    CHECK(salesOf(ReportId::SalesByProduct) == sales);
    CHECK(salesOf(ReportId::SalesByCustomer) == sales);
    REQUIRE(f.unsettle(invoice->id));
    CHECK(salesOf(ReportId::SalesByProduct) == sales);
    CHECK(salesOf(ReportId::SalesByCity) == sales);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM sales_invoices")) == 1);
}

TEST_CASE("Migrating to schema 7 fills the sales summaries from the issued invoices", "[reports][sales][migration]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    QList<QList<sales::Document>> truth;
    Data f;
    QList<storage::Migration> upTo6;
    for (const auto& m : storage::migrations()) {
        if (m.version <= 6)
            upTo6 << m;
    }
    {
        storage::Database::Options options;
        options.migrationsOverride = &upTo6;
        auto old = storage::Database::open(path, options);
        REQUIRE(old);
        REQUIRE((*old)->schemaVersion() == 6);
        f.db = std::move(*old);
        f.customers = std::make_unique<customers::CustomerService>(*f.db, f.clock);
        f.profiles = std::make_unique<sales::CompanyProfileService>(*f.db, f.clock);
        f.documents = std::make_unique<sales::DocumentService>(*f.db, f.clock);
        f.makeCustomers(8);
        f.makeProducts(5);
        f.makeInvoices(40, jalali(1403, 1, 1), jalali(1404, 1, 14));
        f.makeHandInvoices(jalali(1403, 9, 9));
        f.documents.reset();
        f.profiles.reset();
        f.customers.reset();
        f.db.reset();
    }
    storage::Database::Options options;
    options.backupDirectory = dir.filePath(QStringLiteral("backups"));
    auto migrated = storage::Database::open(path, options);
    REQUIRE(migrated);
    CHECK((*migrated)->schemaVersion() == storage::latestSchemaVersion());
    f.db = std::move(*migrated);
    f.customers = std::make_unique<customers::CustomerService>(*f.db, f.clock);
    f.documents = std::make_unique<sales::DocumentService>(*f.db, f.clock);

    CHECK(f.count(QStringLiteral("SELECT count(*) FROM sales_invoices")) == f.invoices.size());
    const DateRange range { jalali(1403, 1, 1), jalali(1404, 1, 14) };
    const Sums total = grandTotal(f.invoices, range);
    auto product = f.run(ReportId::SalesByProduct, range);
    REQUIRE(product);
    checkTable(product->tables.first(), QStringLiteral("product"),
               byLine(f.invoices, range, [&](const sales::DocumentLine& l) { return f.productName(l); }, kAdditions), total, true);
    auto city = f.run(ReportId::SalesByCity, range);
    REQUIRE(city);
    checkTable(city->tables.first(), QStringLiteral("city"), byInvoice(f.invoices, range, [&](const sales::Document& d) {
        const QString c = f.info(d.customerId).city;
        return c.isEmpty() ? QStringLiteral("No city") : c;
    }), total);
    // And the triggers keep counting after the migration.
    f.makeInvoices(10, jalali(1403, 6, 1), jalali(1403, 6, 30));
    const Sums after = grandTotal(f.invoices, range);
    auto again = f.run(ReportId::SalesByProduct, range);
    REQUIRE(again);
    checkTable(again->tables.first(), QStringLiteral("product"),
               byLine(f.invoices, range, [&](const sales::DocumentLine& l) { return f.productName(l); }, kAdditions), after, true);
}
