#include "SalesFixture.h"

using namespace peyvand;
using namespace peyvand::sales;
using peyvand::test::jalali;
using peyvand::test::line;
using peyvand::test::u8;

namespace {

struct ListFixture : test::SalesFixture {
    qint64 ali = 0;
    qint64 bahram = 0;
    qint64 zoe = 0;
    QList<qint64> ids; // in creation order

    ListFixture()
    {
        ali = customer(u8("علی کریمی"));
        bahram = customer(u8("بهرام احمدی"));
        zoe = customer(QStringLiteral("Zoe Trading"));
        // customer, type, date, price, marketer, title, final state
        add(ali, DocumentType::Quote, jalali(1404, 1, 1), 1'000'000, u8("رضا کریمی"), u8("پیش‌فاکتور سرور"), DocumentState::Issued);
        add(bahram, DocumentType::Quote, jalali(1404, 1, 3), 2'000'000, u8("سارا"), QString(), DocumentState::Accepted);
        add(ali, DocumentType::Invoice, jalali(1404, 1, 5), 3'000'000, u8("رضا کريمي"), QString(), DocumentState::Issued);
        add(zoe, DocumentType::Invoice, jalali(1404, 1, 5), 4'000'000, QString(), QStringLiteral("Export ORDER"), DocumentState::Settled);
        add(bahram, DocumentType::Quote, jalali(1404, 1, 8), 5'000'000, u8("سارا"), QString(), DocumentState::Draft);
        add(zoe, DocumentType::Quote, jalali(1404, 1, 10), 500'000, QString(), QString(), DocumentState::Rejected);
    }

    void add(qint64 customerId, DocumentType type, QDate date, qint64 price, const QString& marketer, const QString& title, DocumentState state)
    {
        Document d = test::draftFor(customerId, type, date);
        d.lines = { line(u8("کالا"), price) };
        d.marketer = marketer;
        d.title = title;
        auto draft = documents->createDraft(d);
        REQUIRE(draft);
        ids << draft->id;
        if (state == DocumentState::Draft)
            return;
        REQUIRE(documents->issue(draft->id));
        if (state == DocumentState::Accepted)
            REQUIRE(documents->accept(draft->id));
        if (state == DocumentState::Rejected)
            REQUIRE(documents->reject(draft->id));
        if (state == DocumentState::Settled)
            REQUIRE(settle(draft->id));
    }

    QList<qint64> idsOf(const DocumentFilter& filter, DocumentSort sort = DocumentSort::IssueDateDesc, int limit = 100, int offset = 0)
    {
        auto rows = DocumentQuery(*db).page(filter, sort, limit, offset);
        REQUIRE(rows);
        QList<qint64> out;
        for (const DocumentRow& r : *rows)
            out << r.id;
        return out;
    }
};

} // namespace

TEST_CASE("The document list shows what it needs and sorts by date", "[sales][query]")
{
    ListFixture f;
    auto rows = DocumentQuery(*f.db).page({}, DocumentSort::IssueDateDesc, 100, 0);
    REQUIRE(rows);
    REQUIRE(rows->size() == 6);
    const DocumentRow& first = rows->at(0);
    CHECK(first.id == f.ids[5]);
    CHECK(first.type == DocumentType::Quote);
    CHECK(first.state == DocumentState::Rejected);
    CHECK(first.number == QStringLiteral("PF-1404-0003"));
    CHECK(first.issueDate == jalali(1404, 1, 10));
    CHECK(first.validUntil == jalali(1404, 1, 17));
    CHECK(first.customerId == f.zoe);
    CHECK(first.customerName == QStringLiteral("Zoe Trading"));
    CHECK(first.grandTotal == Money::fromRial(550'000));
    const DocumentRow& draft = rows->at(1);
    CHECK(draft.state == DocumentState::Draft);
    CHECK(draft.number.isEmpty());
    CHECK(draft.grandTotal == Money::fromRial(5'500'000)); // drafts show their totals too
    CHECK(draft.marketer == u8("سارا"));
    // Same day: the later document first.
    CHECK(f.idsOf({}) == QList<qint64> { f.ids[5], f.ids[4], f.ids[3], f.ids[2], f.ids[1], f.ids[0] });
    CHECK(f.idsOf({}, DocumentSort::IssueDateAsc) == QList<qint64> { f.ids[0], f.ids[1], f.ids[2], f.ids[3], f.ids[4], f.ids[5] });
}

TEST_CASE("List filters: type, states, dates, customer, marketer, text", "[sales][query]")
{
    ListFixture f;
    DocumentFilter quotes;
    quotes.type = DocumentType::Quote;
    CHECK(f.idsOf(quotes) == QList<qint64> { f.ids[5], f.ids[4], f.ids[1], f.ids[0] });

    DocumentFilter open;
    open.states = { DocumentState::Issued, DocumentState::Accepted };
    CHECK(f.idsOf(open) == QList<qint64> { f.ids[2], f.ids[1], f.ids[0] });
    open.type = DocumentType::Invoice;
    CHECK(f.idsOf(open) == QList<qint64> { f.ids[2] });

    DocumentFilter dates;
    dates.from = jalali(1404, 1, 3);
    dates.to = jalali(1404, 1, 5);
    CHECK(f.idsOf(dates) == QList<qint64> { f.ids[3], f.ids[2], f.ids[1] });
    dates.to = QDate();
    CHECK(f.idsOf(dates).size() == 5);

    DocumentFilter ofAli;
    ofAli.customerId = f.ali;
    CHECK(f.idsOf(ofAli) == QList<qint64> { f.ids[2], f.ids[0] });

    DocumentFilter marketer;
    marketer.marketer = u8(" رضا  كريمي "); // Arabic letters, extra spaces
    CHECK(f.idsOf(marketer) == QList<qint64> { f.ids[2], f.ids[0] });
    marketer.marketer = u8("رضا");
    CHECK(f.idsOf(marketer).isEmpty()); // the marketer is picked, not searched

    const auto byText = [&](const QString& text) {
        DocumentFilter t;
        t.text = text;
        return f.idsOf(t);
    };
    CHECK(byText(QStringLiteral("INV-1404-0002")) == QList<qint64> { f.ids[3] });
    CHECK(byText(QStringLiteral("inv-1404")) == QList<qint64> { f.ids[3], f.ids[2] });
    CHECK(byText(QStringLiteral("0003")) == QList<qint64> { f.ids[5] });
    CHECK(byText(u8("پیشفاکتور سرور")) == QList<qint64> { f.ids[0] }); // ZWNJ ignored
    CHECK(byText(QStringLiteral("export order")) == QList<qint64> { f.ids[3] });
    CHECK(byText(u8("احمدي")) == QList<qint64> { f.ids[4], f.ids[1] }); // the customer's name
    CHECK(byText(QStringLiteral("zoe")) == QList<qint64> { f.ids[5], f.ids[3] });
    CHECK(byText(u8("کریمی")) == QList<qint64> { f.ids[2], f.ids[0] });
    CHECK(byText(QStringLiteral("nothing like this")).isEmpty());
    CHECK(byText(QStringLiteral("%")).isEmpty());
    CHECK(byText(QStringLiteral("  ")).size() == 6);

    DocumentFilter combined;
    combined.type = DocumentType::Quote;
    combined.text = u8("بهرام");
    combined.states = { DocumentState::Draft };
    CHECK(f.idsOf(combined) == QList<qint64> { f.ids[4] });
}

TEST_CASE("List sorts and pages", "[sales][query]")
{
    ListFixture f;
    CHECK(f.idsOf({}, DocumentSort::TotalDesc) == QList<qint64> { f.ids[4], f.ids[3], f.ids[2], f.ids[1], f.ids[0], f.ids[5] });
    const QList<qint64> byNumber = f.idsOf({}, DocumentSort::NumberAsc);
    // The draft has no number; then INV-… before PF-….
    CHECK(byNumber == QList<qint64> { f.ids[4], f.ids[2], f.ids[3], f.ids[0], f.ids[1], f.ids[5] });
    // Persian alphabetical order of the customer (ب before ع), Latin last; newest first within.
    CHECK(f.idsOf({}, DocumentSort::CustomerAsc) == QList<qint64> { f.ids[4], f.ids[1], f.ids[2], f.ids[0], f.ids[5], f.ids[3] });

    QList<qint64> paged;
    for (int offset = 0; offset < 6; offset += 4)
        paged += f.idsOf({}, DocumentSort::TotalDesc, 4, offset);
    CHECK(paged == f.idsOf({}, DocumentSort::TotalDesc));
    CHECK(f.idsOf({}, DocumentSort::IssueDateDesc, 2, 1) == QList<qint64> { f.ids[4], f.ids[3] });
    CHECK(f.idsOf({}, DocumentSort::IssueDateDesc, 10, 6).isEmpty());
    CHECK(f.idsOf({}, DocumentSort::IssueDateDesc, 0, 0).isEmpty());
}

TEST_CASE("List totals follow the filter", "[sales][query]")
{
    ListFixture f;
    DocumentQuery query(*f.db);
    auto all = query.totals({});
    REQUIRE(all);
    CHECK(all->count == 6);
    CHECK(all->grandTotal == Money::fromRial(17'050'000));
    CHECK(all->vatTotal == Money::fromRial(1'085'000));
    CHECK(all->dutyTotal == Money::fromRial(465'000));

    DocumentFilter invoices;
    invoices.type = DocumentType::Invoice;
    auto inv = query.totals(invoices);
    CHECK(inv->count == 2);
    CHECK(inv->grandTotal == Money::fromRial(7'700'000));

    DocumentFilter text;
    text.text = u8("احمدی");
    auto ofBahram = query.totals(text);
    CHECK(ofBahram->count == 2);
    CHECK(ofBahram->grandTotal == Money::fromRial(7'700'000));

    DocumentFilter nothing;
    nothing.customerId = 4242;
    auto empty = query.totals(nothing);
    CHECK(empty->count == 0);
    CHECK(empty->grandTotal.isZero());
}

TEST_CASE("Marketers for the filter are distinct and sorted", "[sales][query]")
{
    ListFixture f;
    auto marketers = DocumentQuery(*f.db).marketers();
    REQUIRE(marketers);
    CHECK(*marketers == QStringList { u8("رضا کریمی"), u8("سارا") });
}
