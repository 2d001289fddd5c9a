#pragma once

#include "../sales/SalesFixture.h"

#include "reports/ReportCatalog.h"
#include "sales/CatalogService.h"

#include <QRandomGenerator>

namespace peyvand::test {

// A random but reproducible data set for checking reports against a
// brute-force computation: customers in a few cities and sources, products
// in categories, and invoices (issued, settled or left as drafts) and
// pre-invoices over two Jalali years, each with item lines, discounts and
// sometimes shipping. `invoices` keeps every issued invoice as stored, the
// truth the tests recompute from.
struct ReportFixture : SalesFixture {
    struct CustomerInfo {
        qint64 id = 0;
        QString city;
        QString source;
    };
    QList<CustomerInfo> customerInfo;
    QList<sales::Product> products;
    QList<sales::Document> invoices;     // issued or settled, with lines
    QList<sales::Document> drafts;       // invoices never issued
    QList<sales::Document> quotes;       // issued pre-invoices
    QRandomGenerator random { 8 };

    QStringList cities { u8("تهران"), u8("اصفهان"), u8("شیراز"), QString() };
    QStringList sources { u8("اینستاگرام"), u8("معرفی"), QString() };
    QStringList categories { u8("لپ‌تاپ"), u8("خدمات"), QString() };
    QStringList marketers { u8("سارا احمدی"), u8("رضا محمدی"), QString() };

    reports::ReportRunner runner() { return reports::ReportRunner(*db, clock); }

    void makeCustomers(int count)
    {
        for (int i = 0; i < count; ++i) {
            customers::Customer c;
            c.name = u8("مشتری %1").arg(i + 1);
            c.city = cities.at(random.bounded(cities.size()));
            c.source = sources.at(random.bounded(sources.size()));
            auto created = customers->create(c);
            REQUIRE(created);
            customerInfo << CustomerInfo { created->id, created->city, created->source };
        }
    }

    void makeProducts(int count)
    {
        sales::CatalogService catalog(*db, clock);
        for (int i = 0; i < count; ++i) {
            sales::Product p;
            p.name = u8("کالا %1").arg(i + 1);
            p.kind = i % 3 == 0 ? sales::ProductKind::Service : sales::ProductKind::Product;
            p.unitPrice = Money::fromRial((random.bounded(50) + 1) * 100'000);
            p.category = categories.at(i % categories.size());
            p.taxExempt = i % 5 == 0;
            auto created = catalog.create(p);
            REQUIRE(created);
            products << *created;
        }
    }

    sales::Document randomDocument(sales::DocumentType type, QDate day)
    {
        sales::Document d;
        d.type = type;
        d.customerId = customerInfo.at(random.bounded(customerInfo.size())).id;
        d.issueDate = day;
        d.marketer = marketers.at(random.bounded(marketers.size()));
        const int lines = 1 + random.bounded(4);
        for (int l = 0; l < lines; ++l) {
            const sales::Product& p = products.at(random.bounded(products.size()));
            sales::DocumentLine line;
            line.productId = p.id;
            line.description = p.name;
            line.unitPrice = p.unitPrice;
            line.quantity = Quantity { (1 + random.bounded(5)) * 1000 + (random.bounded(4) == 0 ? 500 : 0) };
            line.taxable = !p.taxExempt;
            if (random.bounded(4) == 0) {
                line.discount.kind = sales::Discount::Kind::Percent;
                line.discount.percent = BasisPoints { 500 };
            }
            d.lines << line;
        }
        if (random.bounded(5) == 0) {
            d.documentDiscount.kind = sales::Discount::Kind::Amount;
            d.documentDiscount.amount = Money::fromRial(10'000 * (1 + random.bounded(9)));
        }
        if (random.bounded(4) == 0) {
            sales::DocumentAddition shipping;
            shipping.description = u8("هزینه حمل");
            shipping.amount = Money::fromRial(250'000);
            d.additions << shipping;
        }
        return d;
    }

    // `count` invoices on random days in [from, to]: about 1 in 6 stays a
    // draft, 1 in 3 of the issued ones is settled.
    void makeInvoices(int count, QDate from, QDate to)
    {
        const int span = int(from.daysTo(to)) + 1;
        for (int i = 0; i < count; ++i) {
            const QDate day = from.addDays(random.bounded(span));
            auto draft = documents->createDraft(randomDocument(sales::DocumentType::Invoice, day));
            REQUIRE(draft);
            if (random.bounded(6) == 0) {
                drafts << *draft;
                continue;
            }
            auto issued = documents->issue(draft->id);
            REQUIRE(issued);
            if (random.bounded(3) == 0)
                REQUIRE(settle(issued->id));
            auto stored = documents->get(issued->id);
            REQUIRE(stored);
            invoices << *stored;
        }
    }

    void makeQuotes(int count, QDate from, QDate to)
    {
        const int span = int(from.daysTo(to)) + 1;
        for (int i = 0; i < count; ++i) {
            auto draft = documents->createDraft(randomDocument(sales::DocumentType::Quote, from.addDays(random.bounded(span))));
            REQUIRE(draft);
            auto issued = documents->issue(draft->id);
            REQUIRE(issued);
            quotes << *issued;
        }
    }

    Result<reports::Report> run(reports::ReportId id, reports::DateRange range,
                                reports::Grouping grouping = reports::Grouping::Month, int limit = 0)
    {
        reports::ReportRequest request;
        request.range = range;
        request.grouping = grouping;
        request.limit = limit;
        return runner().run(id, request);
    }
};

// The column of a table, by key (fails the test when missing).
inline int column(const reports::ReportTable& table, const QString& key)
{
    const int index = table.columnIndex(key);
    INFO(key.toStdString());
    REQUIRE(index >= 0);
    return index;
}

} // namespace peyvand::test
