#include "Dashboard.h"
#include "DashboardOverdue.h"

#include "storage/Database.h"
#include "storage/SqlHelpers.h"
#include "text/Jalali.h"

#include <QCoreApplication>

namespace peyvand::reports {

namespace {

struct DashboardText {
    Q_DECLARE_TR_FUNCTIONS(Dashboard)
};

struct Pair {
    qint64 count = 0;
    qint64 sum = 0;
};

// One row of two numbers: count and sum.
Result<Pair> readPair(storage::Database& db, const QString& sql, std::initializer_list<QVariant> values)
{
    auto query = storage::run(db.connection(), sql, values);
    if (!query)
        return query.error();
    Pair pair;
    if (query->next()) {
        pair.count = query->value(0).toLongLong();
        pair.sum = query->value(1).toLongLong();
    }
    return pair;
}

// Invoices issued or settled in a range, from the covering index documents_totals.
Result<Pair> readSales(storage::Database& db, const DateRange& range)
{
    return readPair(db, QStringLiteral(
        "SELECT count(*), coalesce(sum(grand_total - vat_total - duty_total), 0) FROM documents "
        "WHERE type = 'invoice' AND issue_date BETWEEN ? AND ? AND state IN ('issued', 'settled')"),
        { storage::isoDate(range.from), storage::isoDate(range.to) });
}

Result<Pair> readNewCustomers(storage::Database& db, const DateRange& range)
{
    return readPair(db, QStringLiteral("SELECT count(*), 0 FROM customers WHERE since BETWEEN ? AND ?"),
        { storage::isoDate(range.from), storage::isoDate(range.to) });
}

// Money that became money in the range: settled payments by the day they
// settled (a cheque: the day it cleared), on account included.
Result<Pair> readCollected(storage::Database& db, const DateRange& range)
{
    return readPair(db, QStringLiteral(
        "SELECT count(*), coalesce(sum(amount), 0) FROM payments "
        "WHERE status = 'settled' AND settled_on BETWEEN ? AND ?"),
        { storage::isoDate(range.from), storage::isoDate(range.to) });
}

struct MonthFigures {
    Pair sales;
    Pair customers;
    Pair collected;
};

Result<MonthFigures> readMonth(storage::Database& db, const DateRange& range)
{
    MonthFigures figures;
    auto sales = readSales(db, range);
    if (!sales)
        return sales.error();
    auto customers = readNewCustomers(db, range);
    if (!customers)
        return customers.error();
    auto collected = readCollected(db, range);
    if (!collected)
        return collected.error();
    figures.sales = *sales;
    figures.customers = *customers;
    figures.collected = *collected;
    return figures;
}

DashboardTile monthTile(const QString& key, const QString& title, ColumnKind kind, ReportId report, qint64 now,
                        qint64 lastMonth, qint64 lastYear, const QString& note)
{
    DashboardTile tile;
    tile.key = key;
    tile.title = title;
    tile.kind = kind;
    tile.value = now;
    tile.lastMonth = lastMonth;
    tile.sameMonthLastYear = lastYear;
    tile.note = note;
    tile.report = report;
    tile.preset = PeriodPreset::ThisMonth;
    return tile;
}

// A tile of what stands today (no comparison), with a count beside its value
// when countTitle is given.
DashboardTile todayTile(const QString& key, const QString& title, ColumnKind kind, qint64 value, qint64 count,
                        const QString& countTitle, const QString& note, ReportId report, PeriodPreset preset)
{
    DashboardTile tile;
    tile.key = key;
    tile.title = title;
    tile.kind = kind;
    tile.value = value;
    if (!countTitle.isEmpty()) {
        tile.count = count;
        tile.countTitle = countTitle;
    }
    tile.note = note;
    tile.report = report;
    tile.preset = preset;
    return tile;
}

} // namespace

DashboardQuery::DashboardQuery(storage::Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
{
}

Result<Dashboard> DashboardQuery::compute()
{
    Dashboard dashboard;
    const QDate today = m_clock.today();
    dashboard.asOf = today;
    dashboard.month = bucketOf(today, Grouping::Month);
    dashboard.monthToDate = monthToDate(today);
    dashboard.lastMonth = lastMonthToDate(today);
    dashboard.sameMonthLastYear = sameMonthLastYearToDate(today);
    dashboard.week = { today, today.addDays(6 - text::jalali::weekdayIndex(today)) };
    if (!dashboard.monthToDate.isValid())
        return Error::invalid(QStringLiteral("today"), DashboardText::tr("Today's date is outside the Jalali calendar."));

    auto read = [&]() -> Status {
        auto now = readMonth(m_db, dashboard.monthToDate);
        if (!now)
            return now.error();
        auto last = readMonth(m_db, dashboard.lastMonth);
        if (!last)
            return last.error();
        auto year = readMonth(m_db, dashboard.sameMonthLastYear);
        if (!year)
            return year.error();

        const QString compared = DashboardText::tr("From the 1st of this month to today, compared with the same days of last month and of this month last year.");
        dashboard.tiles << monthTile(QStringLiteral("sales"), DashboardText::tr("Sales before tax"), ColumnKind::Money,
                                     ReportId::SalesByPeriod, now->sales.sum, last->sales.sum, year->sales.sum,
                                     DashboardText::tr("Issued and settled invoices, totals less VAT and duty. %1").arg(compared));
        dashboard.tiles << monthTile(QStringLiteral("invoices"), DashboardText::tr("Invoices"), ColumnKind::Count,
                                     ReportId::SalesByPeriod, now->sales.count, last->sales.count, year->sales.count,
                                     DashboardText::tr("Invoices issued (settled ones included; drafts not). %1").arg(compared));
        dashboard.tiles << monthTile(QStringLiteral("new_customers"), DashboardText::tr("New customers"), ColumnKind::Count,
                                     ReportId::SalesByCustomer, now->customers.count, last->customers.count, year->customers.count,
                                     DashboardText::tr("Customers by their \"customer since\" date, archived ones included. %1").arg(compared));
        DashboardTile collected = monthTile(QStringLiteral("collected"), DashboardText::tr("Collected"), ColumnKind::Money,
                                            ReportId::Receivables, now->collected.sum, last->collected.sum, year->collected.sum,
                                            DashboardText::tr("Payments settled in the period by the day they became money (a cheque when it cleared), payments on account included. %1").arg(compared));
        collected.count = now->collected.count;
        collected.countTitle = DashboardText::tr("Payments");
        dashboard.tiles << collected;

        auto quotes = readPair(m_db, QStringLiteral(
            "SELECT count(*), coalesce(sum(grand_total - vat_total - duty_total), 0) FROM documents "
            "WHERE type = 'quote' AND state IN ('issued', 'accepted') AND (valid_until IS NULL OR valid_until >= ?)"),
            { storage::isoDate(today) });
        if (!quotes)
            return quotes.error();
        dashboard.tiles << todayTile(QStringLiteral("open_pre_invoices"), DashboardText::tr("Open pre-invoices"), ColumnKind::Money,
            quotes->sum, quotes->count, DashboardText::tr("Pre-invoices"),
            DashboardText::tr("Pre-invoices issued or accepted, not converted yet and still valid today; value before tax."),
            ReportId::QuoteConversion, PeriodPreset::ThisYear);

        auto leads = readPair(m_db, QStringLiteral("SELECT count(*), 0 FROM lead_scores WHERE qualified = 1"), {});
        if (!leads)
            return leads.error();
        dashboard.tiles << todayTile(QStringLiteral("qualified_leads"), DashboardText::tr("Qualified leads"), ColumnKind::Count,
            leads->count, -1, QString(),
            DashboardText::tr("Leads whose score reaches the qualifying threshold, neither converted nor lost."),
            ReportId::Funnel, PeriodPreset::ThisMonth);

        auto cheques = readPair(m_db, QStringLiteral(
            "SELECT count(*), coalesce(sum(amount), 0) FROM cheques "
            "WHERE status IN ('received', 'deposited', 'redeposited') AND due_date BETWEEN ? AND ? AND direction = 'received'"),
            { storage::isoDate(dashboard.week.from), storage::isoDate(dashboard.week.to) });
        if (!cheques)
            return cheques.error();
        dashboard.tiles << todayTile(QStringLiteral("cheques_due"), DashboardText::tr("Cheques due this week"), ColumnKind::Money,
            cheques->sum, cheques->count, DashboardText::tr("Cheques"),
            DashboardText::tr("Received cheques in hand or at the bank, due from today to Friday."),
            ReportId::ChequesDue, PeriodPreset::ThisWeek);

        auto overdue = readOverdueReceivables(m_db, m_clock);
        if (!overdue)
            return overdue.error();
        dashboard.tiles << todayTile(QStringLiteral("overdue_receivables"), DashboardText::tr("Overdue receivables"), ColumnKind::Money,
            overdue->total, overdue->customers, DashboardText::tr("Customers"),
            DashboardText::tr("Balances of issued invoices already due (an instalment plan's parts by their own due dates), as in the receivables ageing."),
            ReportId::Receivables, PeriodPreset::Today);
        return {};
    }();
    if (!read)
        return read.error();
    return dashboard;
}

} // namespace peyvand::reports
