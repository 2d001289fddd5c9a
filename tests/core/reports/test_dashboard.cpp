#include "ReportFixture.h"

#include "leads/LeadService.h"
#include "payments/Receivables.h"
#include "reports/Dashboard.h"

using namespace peyvand;
using namespace peyvand::reports;
using namespace peyvand::test;

namespace {

struct DashboardFixture : ReportFixture {
    payments::PaymentService pay { *db, clock };
    int sayad = 0;

    Result<Dashboard> dashboard() { return DashboardQuery(*db, clock).compute(); }

    const DashboardTile& tile(const Dashboard& d, const QString& key)
    {
        const DashboardTile* t = d.tile(key);
        INFO(key.toStdString());
        REQUIRE(t != nullptr);
        return *t;
    }

    void customerSince(QDate since)
    {
        customers::Customer c;
        c.name = u8("مشتری تازه %1").arg(customerInfo.size());
        c.since = since;
        auto created = customers->create(c);
        REQUIRE(created);
    }

    payments::NewPayment cash(std::optional<qint64> invoice, qint64 customerId, qint64 amount, QDate day)
    {
        payments::NewPayment p;
        p.documentId = invoice;
        p.customerId = customerId;
        p.amount = Money::fromRial(amount);
        p.date = day;
        return p;
    }

    payments::NewPayment cheque(qint64 invoice, qint64 amount, QDate day, QDate due)
    {
        payments::NewPayment p = cash(invoice, 0, amount, day);
        p.method = payments::PaymentMethod::Cheque;
        p.dueDate = due;
        p.cheque.sayadId = QStringLiteral("12345678900%1").arg(++sayad, 5, 10, QLatin1Char('0'));
        p.cheque.bank = u8("بانک ملت");
        return p;
    }

    // Partial cash payments, payments on account and cheques (some cleared)
    // on days spread over the data set, received as of each day.
    void makePayments(QDate today)
    {
        int made = 0;
        for (const sales::Document& invoice : invoices) {
            if (made >= 60)
                break;
            auto account = pay.account(invoice.id);
            REQUIRE(account);
            if (account->balance.isZero() || random.bounded(2) == 0)
                continue;
            const QDate day = std::min(today, invoice.issueDate.addDays(random.bounded(70)));
            setToday(day);
            const qint64 part = std::max<qint64>(1, account->balance.rial() / (2 + random.bounded(3)));
            if (random.bounded(3) == 0) {
                const QDate due = today.addDays(random.bounded(15) - 5);
                auto received = pay.receive(cheque(invoice.id, part, day, due));
                REQUIRE(received);
                if (random.bounded(3) == 0) {
                    auto deposited = pay.setChequeStatus(received->cheque->id, payments::ChequeStatus::Deposited, day);
                    REQUIRE(deposited);
                    if (random.bounded(2) == 0)
                        REQUIRE(pay.setChequeStatus(received->cheque->id, payments::ChequeStatus::Cleared, day));
                }
            } else {
                REQUIRE(pay.receive(cash(invoice.id, 0, part, day)));
            }
            if (random.bounded(5) == 0)
                REQUIRE(pay.receive(cash(std::nullopt, invoice.customerId, 70'000 + made, day)));
            ++made;
        }
        setToday(today);
    }
};

// The brute force: every payment of every customer, read through the service.
qint64 collectedIn(DashboardFixture& f, const DateRange& range)
{
    QList<qint64> ids;
    auto q = storage::run(f.db->connection(), QStringLiteral("SELECT id FROM customers"));
    REQUIRE(q);
    while (q->next())
        ids << q->value(0).toLongLong();
    qint64 sum = 0;
    for (qint64 id : ids) {
        auto payments = f.pay.paymentsOf(id);
        REQUIRE(payments);
        for (const auto& p : *payments) {
            if (p.status == payments::PaymentStatus::Settled && range.contains(p.settledOn))
                sum += p.amount.rial();
        }
    }
    return sum;
}

struct Sales {
    qint64 count = 0;
    qint64 sum = 0;
};

Sales salesIn(const QList<sales::Document>& invoices, const DateRange& range)
{
    Sales s;
    for (const auto& d : invoices) {
        if (range.contains(d.issueDate)) {
            ++s.count;
            s.sum += d.grandTotal.rial() - d.vatTotal.rial() - d.dutyTotal.rial();
        }
    }
    return s;
}

qint64 newCustomersIn(DashboardFixture& f, const DateRange& range)
{
    return f.count(QStringLiteral("SELECT count(*) FROM customers WHERE since BETWEEN ? AND ?"),
                   { storage::isoDate(range.from), storage::isoDate(range.to) });
}

} // namespace

TEST_CASE("Dashboard comparison ranges in the Jalali calendar", "[reports][dashboard]")
{
    SECTION("mid-month: the same days of last month and last year")
    {
        const QDate today = jalali(1403, 7, 12);
        CHECK(monthToDate(today) == DateRange { jalali(1403, 7, 1), today });
        CHECK(lastMonthToDate(today) == DateRange { jalali(1403, 6, 1), jalali(1403, 6, 12) });
        CHECK(sameMonthLastYearToDate(today) == DateRange { jalali(1402, 7, 1), jalali(1402, 7, 12) });
    }
    SECTION("1 Farvardin: last month is Esfand of the previous year")
    {
        const QDate today = jalali(1404, 1, 1);
        CHECK(monthToDate(today) == DateRange { today, today });
        CHECK(lastMonthToDate(today) == DateRange { jalali(1403, 12, 1), jalali(1403, 12, 1) });
        CHECK(sameMonthLastYearToDate(today) == DateRange { jalali(1403, 1, 1), jalali(1403, 1, 1) });
    }
    SECTION("30 Esfand of a leap year against the 29 days of a common Esfand")
    {
        REQUIRE(text::jalali::isLeapYear(1403));
        REQUIRE_FALSE(text::jalali::isLeapYear(1402));
        const QDate today = jalali(1403, 12, 30);
        CHECK(monthToDate(today) == DateRange { jalali(1403, 12, 1), today });
        CHECK(lastMonthToDate(today) == DateRange { jalali(1403, 11, 1), jalali(1403, 11, 30) });
        CHECK(sameMonthLastYearToDate(today) == DateRange { jalali(1402, 12, 1), jalali(1402, 12, 29) });
    }
    SECTION("31 Farvardin against the 30 days of Esfand")
    {
        const QDate today = jalali(1404, 1, 31);
        CHECK(lastMonthToDate(today) == DateRange { jalali(1403, 12, 1), jalali(1403, 12, 30) });
        CHECK(lastMonthToDate(jalali(1405, 1, 31)) == DateRange { jalali(1404, 12, 1), jalali(1404, 12, 29) });
    }
    SECTION("an invalid day gives invalid ranges")
    {
        CHECK_FALSE(monthToDate(QDate()).isValid());
        CHECK_FALSE(lastMonthToDate(QDate()).isValid());
        CHECK_FALSE(sameMonthLastYearToDate(QDate()).isValid());
    }
}

TEST_CASE("Every dashboard tile agrees with a brute-force computation", "[reports][dashboard]")
{
    DashboardFixture f;
    const QDate today = GENERATE(jalali(1404, 1, 15), jalali(1403, 7, 25), jalali(1403, 12, 30));
    INFO("today " << today.toString(Qt::ISODate).toStdString());
    f.setToday(jalali(1402, 1, 1));
    f.makeCustomers(10);
    f.makeProducts(8);
    for (int i = 0; i < 25; ++i)
        f.customerSince(jalali(1402, 1, 1).addDays(f.random.bounded(int(jalali(1402, 1, 1).daysTo(today)) + 1)));
    f.setToday(today);
    f.makeInvoices(140, jalali(1402, 5, 1), today);
    f.makeQuotes(24, today.addDays(-12), today);
    f.makePayments(today);
    REQUIRE(f.drafts.size() > 0);

    // Some pre-invoices leave the open ones: rejected, accepted (still open),
    // converted, and a few run out of validity.
    REQUIRE(f.documents->reject(f.quotes.at(0).id));
    REQUIRE(f.documents->accept(f.quotes.at(1).id));
    REQUIRE(f.documents->convert(f.quotes.at(2).id, today));

    auto d = f.dashboard();
    REQUIRE(d);
    CHECK(d->asOf == today);
    CHECK(d->month == bucketOf(today, Grouping::Month));
    CHECK(d->monthToDate == monthToDate(today));
    CHECK(d->week.from == today);
    CHECK(text::jalali::weekdayIndex(d->week.to) == 6);

    // The converted pre-invoice made one more invoice: it is a sale too.
    auto converted = f.documents->get(f.quotes.at(2).id);
    REQUIRE(converted);
    auto invoiceRows = storage::run(f.db->connection(), QStringLiteral(
        "SELECT id FROM documents WHERE type = 'invoice' AND state IN ('issued', 'settled')"));
    REQUIRE(invoiceRows);
    QList<sales::Document> all;
    while (invoiceRows->next()) {
        auto doc = f.documents->get(invoiceRows->value(0).toLongLong());
        REQUIRE(doc);
        all << *doc;
    }
    REQUIRE(all.size() == f.invoices.size() + 1);

    SECTION("month tiles against the same days of last month and last year")
    {
        const QList<DateRange> ranges { monthToDate(today), lastMonthToDate(today), sameMonthLastYearToDate(today) };
        const DashboardTile& sales = f.tile(*d, QStringLiteral("sales"));
        const DashboardTile& invoices = f.tile(*d, QStringLiteral("invoices"));
        const DashboardTile& customers = f.tile(*d, QStringLiteral("new_customers"));
        const DashboardTile& collected = f.tile(*d, QStringLiteral("collected"));
        CHECK(sales.value == salesIn(all, ranges[0]).sum);
        CHECK(sales.lastMonth == salesIn(all, ranges[1]).sum);
        CHECK(sales.sameMonthLastYear == salesIn(all, ranges[2]).sum);
        CHECK(invoices.value == salesIn(all, ranges[0]).count);
        CHECK(invoices.lastMonth == salesIn(all, ranges[1]).count);
        CHECK(invoices.sameMonthLastYear == salesIn(all, ranges[2]).count);
        CHECK(customers.value == newCustomersIn(f, ranges[0]));
        CHECK(customers.lastMonth == newCustomersIn(f, ranges[1]));
        CHECK(customers.sameMonthLastYear == newCustomersIn(f, ranges[2]));
        CHECK(collected.value == collectedIn(f, ranges[0]));
        CHECK(collected.lastMonth == collectedIn(f, ranges[1]));
        CHECK(collected.sameMonthLastYear == collectedIn(f, ranges[2]));
        CHECK(sales.value > 0);
        CHECK(collected.value > 0);
        for (const DashboardTile* t : { &sales, &invoices, &customers, &collected }) {
            CHECK(t->preset == PeriodPreset::ThisMonth);
            CHECK_FALSE(t->title.isEmpty());
            CHECK_FALSE(t->note.isEmpty());
        }
        CHECK(sales.report == ReportId::SalesByPeriod);
    }

    SECTION("open pre-invoices: issued or accepted and still valid")
    {
        qint64 count = 0, value = 0;
        for (const auto& q : f.quotes) {
            auto stored = f.documents->get(q.id);
            REQUIRE(stored);
            const bool open = stored->state == sales::DocumentState::Issued || stored->state == sales::DocumentState::Accepted;
            if (open && (!stored->validUntil.isValid() || stored->validUntil >= today)) {
                ++count;
                value += stored->grandTotal.rial() - stored->vatTotal.rial() - stored->dutyTotal.rial();
            }
        }
        const DashboardTile& t = f.tile(*d, QStringLiteral("open_pre_invoices"));
        CHECK(t.count == count);
        CHECK(t.value == value);
        CHECK(count > 0);
        CHECK(count < f.quotes.size());
        CHECK_FALSE(t.lastMonth.has_value());
        CHECK(t.report == ReportId::QuoteConversion);
    }

    SECTION("cheques due this week: received, not final, due today to Friday")
    {
        auto cheques = f.pay.cheques();
        REQUIRE(cheques);
        qint64 count = 0, sum = 0;
        for (const auto& c : *cheques) {
            const bool pending = c.status == payments::ChequeStatus::Received || c.status == payments::ChequeStatus::Deposited
                || c.status == payments::ChequeStatus::Redeposited;
            if (c.direction == payments::ChequeDirection::Received && pending && d->week.contains(c.dueDate)) {
                ++count;
                sum += c.amount.rial();
            }
        }
        const DashboardTile& t = f.tile(*d, QStringLiteral("cheques_due"));
        CHECK(t.count == count);
        CHECK(t.value == sum);
        CHECK(t.report == ReportId::ChequesDue);
        CHECK(t.preset == PeriodPreset::ThisWeek);
    }

    SECTION("overdue receivables: the ageing less what is not due yet")
    {
        // A plan on one open invoice: part due already, part later.
        for (const auto& invoice : f.invoices) {
            auto account = f.pay.account(invoice.id);
            REQUIRE(account);
            if (account->balance.rial() < 1'000'000 || invoice.issueDate > today.addDays(-40))
                continue;
            payments::PlanRequest plan;
            plan.balance = account->balance;
            plan.downPayment = Money::fromRial(account->balance.rial() / 4);
            plan.count = 3;
            plan.start = today.addDays(-35);
            REQUIRE(f.pay.createPlan(invoice.id, plan));
            break;
        }
        REQUIRE(f.count(QStringLiteral("SELECT count(*) FROM instalment_plans")) == 1);
        auto again = f.dashboard();
        REQUIRE(again);
        auto ageing = payments::Receivables(*f.db, f.clock).ageing();
        REQUIRE(ageing);
        const int notDue = int(payments::AgeBucket::NotDue);
        qint64 customers = 0;
        for (const auto& row : ageing->rows) {
            if (row.total.rial() - row.buckets[notDue].rial() > 0)
                ++customers;
        }
        const DashboardTile& t = f.tile(*again, QStringLiteral("overdue_receivables"));
        CHECK(t.value == ageing->total.rial() - ageing->totals[notDue].rial());
        CHECK(t.count == customers);
        CHECK(t.value > 0);
        CHECK(ageing->totals[notDue].rial() > 0);
        CHECK(t.report == ReportId::Receivables);
    }
}

TEST_CASE("Qualified leads count the qualified ones only", "[reports][dashboard]")
{
    ReportFixture f;
    leads::LeadService leads(*f.db, f.clock);
    int expected = 0;
    for (int i = 0; i < 7; ++i) {
        leads::Lead l;
        l.contact.name = u8("سرنخ %1").arg(i);
        if (i % 2 == 0) {
            l.budget = Money::fromRial(500'000'000);
            l.timeline = leads::Timeline::Now;
            l.authority = leads::Authority::Owner;
        }
        auto created = leads.create(l);
        REQUIRE(created);
        if (created->qualified)
            ++expected;
    }
    REQUIRE(expected == 4);
    auto d = DashboardQuery(*f.db, f.clock).compute();
    REQUIRE(d);
    const DashboardTile* t = d->tile(QStringLiteral("qualified_leads"));
    REQUIRE(t);
    CHECK(t->value == expected);
    CHECK(t->kind == ColumnKind::Count);
    CHECK(t->report == ReportId::Funnel);
}

TEST_CASE("Dashboard month boundaries and drafts", "[reports][dashboard]")
{
    ReportFixture f;
    f.makeCustomers(3);
    f.makeProducts(3);
    const qint64 customer = f.customerInfo.first().id;
    auto invoiceOn = [&](QDate day, qint64 rial, bool issue) {
        sales::Document doc;
        doc.type = sales::DocumentType::Invoice;
        doc.customerId = customer;
        doc.issueDate = day;
        doc.lines << line(u8("خدمت"), rial);
        doc.lines.last().taxable = false;
        auto draft = f.documents->createDraft(doc);
        REQUIRE(draft);
        if (issue)
            REQUIRE(f.documents->issue(draft->id));
    };

    SECTION("1 Farvardin: last month is 1 Esfand of the previous year")
    {
        f.setToday(jalali(1404, 1, 1));
        invoiceOn(jalali(1404, 1, 1), 1'000, true);
        invoiceOn(jalali(1404, 1, 1), 9'000'000, false);     // a draft: never counted
        invoiceOn(jalali(1403, 12, 1), 2'000, true);
        invoiceOn(jalali(1403, 12, 2), 40'000, true);        // after the same day of last month
        invoiceOn(jalali(1403, 1, 1), 3'000, true);
        invoiceOn(jalali(1402, 12, 29), 50'000, true);
        auto d = DashboardQuery(*f.db, f.clock).compute();
        REQUIRE(d);
        const DashboardTile* sales = d->tile(QStringLiteral("sales"));
        REQUIRE(sales);
        CHECK(sales->value == 1'000);
        CHECK(sales->lastMonth == 2'000);
        CHECK(sales->sameMonthLastYear == 3'000);
        const DashboardTile* invoices = d->tile(QStringLiteral("invoices"));
        REQUIRE(invoices);
        CHECK(invoices->value == 1);
        CHECK(invoices->lastMonth == 1);
        CHECK(invoices->sameMonthLastYear == 1);
        CHECK(d->month.from == jalali(1404, 1, 1));
        CHECK(d->month.to == jalali(1404, 1, 31));
    }
    SECTION("30 Esfand of a leap year: all of the common Esfand a year before")
    {
        f.setToday(jalali(1403, 12, 30));
        invoiceOn(jalali(1403, 12, 30), 1'000, true);
        invoiceOn(jalali(1403, 12, 1), 2'000, true);
        invoiceOn(jalali(1403, 11, 30), 10'000, true);
        invoiceOn(jalali(1402, 12, 29), 100'000, true);
        invoiceOn(jalali(1402, 12, 1), 200'000, true);
        invoiceOn(jalali(1403, 1, 1), 7'000'000, true);
        invoiceOn(jalali(1403, 12, 29), 5'000'000, false);
        auto d = DashboardQuery(*f.db, f.clock).compute();
        REQUIRE(d);
        const DashboardTile* sales = d->tile(QStringLiteral("sales"));
        REQUIRE(sales);
        CHECK(sales->value == 3'000);
        CHECK(sales->lastMonth == 10'000);
        CHECK(sales->sameMonthLastYear == 300'000);
        CHECK(d->week.to >= d->week.from);
    }
}

TEST_CASE("An empty database gives zero tiles", "[reports][dashboard]")
{
    ReportFixture f;
    auto d = DashboardQuery(*f.db, f.clock).compute();
    REQUIRE(d);
    const QStringList keys { QStringLiteral("sales"), QStringLiteral("invoices"), QStringLiteral("new_customers"),
                             QStringLiteral("collected"), QStringLiteral("open_pre_invoices"), QStringLiteral("qualified_leads"),
                             QStringLiteral("cheques_due"), QStringLiteral("overdue_receivables") };
    REQUIRE(d->tiles.size() == keys.size());
    for (int i = 0; i < keys.size(); ++i) {
        CHECK(d->tiles.at(i).key == keys.at(i));
        CHECK(d->tiles.at(i).value == 0);
    }
    CHECK(d->tile(QStringLiteral("sales"))->lastMonth == 0);
    CHECK(d->tile(QStringLiteral("nothing")) == nullptr);
}

TEST_CASE("Overdue receivables count each customer once and leave plans not due yet out", "[reports][dashboard]")
{
    ReportFixture f;
    f.setToday(jalali(1404, 3, 10));
    payments::PaymentService pay(*f.db, f.clock);
    const qint64 onlyFuture = f.customer(u8("مشتری قسط آینده"));
    const qint64 both = f.customer(u8("مشتری هر دو"));
    const qint64 plain = f.customer(u8("مشتری ساده"));
    auto issue = [&](qint64 customer, QDate day) {
        auto draft = f.documents->createDraft(draftFor(customer, sales::DocumentType::Invoice, day));
        REQUIRE(draft);
        auto issued = f.documents->issue(draft->id);
        REQUIRE(issued);
        return issued->id;
    };
    auto plan = [&](qint64 invoice, QDate start) {
        auto account = pay.account(invoice);
        REQUIRE(account);
        payments::PlanRequest request;
        request.balance = account->balance;
        request.downPayment = Money::fromRial(100'000);
        request.count = 3;
        request.start = start;
        REQUIRE(pay.createPlan(invoice, request));
    };
    plan(issue(onlyFuture, jalali(1404, 3, 1)), jalali(1404, 3, 20));
    plan(issue(both, jalali(1404, 1, 5)), jalali(1404, 2, 1));
    issue(both, jalali(1404, 2, 10));
    issue(plain, jalali(1404, 3, 9));

    auto d = DashboardQuery(*f.db, f.clock).compute();
    REQUIRE(d);
    auto ageing = payments::Receivables(*f.db, f.clock).ageing();
    REQUIRE(ageing);
    const int notDue = int(payments::AgeBucket::NotDue);
    const DashboardTile* t = d->tile(QStringLiteral("overdue_receivables"));
    REQUIRE(t);
    CHECK(t->count == 2);
    CHECK(t->value == ageing->total.rial() - ageing->totals[notDue].rial());
    CHECK(ageing->totals[notDue].rial() > 1'000'000);   // the future plan and the later instalments
    CHECK(t->value > 2'000'000);                        // two unplanned invoices and a due instalment
}
