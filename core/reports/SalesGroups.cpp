#include "SalesGroups.h"

#include "storage/Database.h"
#include "storage/SqlHelpers.h"

#include <QCoreApplication>

#include <algorithm>

namespace peyvand::reports {

namespace {

struct GroupText {
    Q_DECLARE_TR_FUNCTIONS(Reports)
};

SalesTotals totalsAt(const QSqlQuery& q, int first)
{
    SalesTotals t;
    t.invoices = q.value(first).toLongLong();
    t.sales = q.value(first + 1).toLongLong();
    t.tax = q.value(first + 2).toLongLong();
    t.total = q.value(first + 3).toLongLong();
    return t;
}

QDate firstOfMonth(QDate d) { return QDate(d.year(), d.month(), 1); }
QDate lastOfMonth(QDate d) { return firstOfMonth(d).addMonths(1).addDays(-1); }

} // namespace

qint64 perMille(qint64 part, qint64 whole)
{
    if (whole == 0)
        return 0;
    const bool negative = (part < 0) != (whole < 0);
    const qint64 a = part < 0 ? -part : part;
    const qint64 b = whole < 0 ? -whole : whole;
    const qint64 rounded = (a * 1000 + b / 2) / b;
    return negative ? -rounded : rounded;
}

Result<SalesTotals> salesTotalsOf(storage::Database& db, const DateRange& range)
{
    auto q = storage::run(db.connection(), QStringLiteral(
        "SELECT count(*), coalesce(sum(grand_total - vat_total - duty_total), 0), coalesce(sum(vat_total + duty_total), 0), "
        "coalesce(sum(grand_total), 0) FROM documents "
        "WHERE type = 'invoice' AND issue_date BETWEEN ? AND ? AND state IN ('issued', 'settled')"),
        { storage::isoDate(range.from), storage::isoDate(range.to) });
    if (!q)
        return q.error();
    if (!q->next())
        return SalesTotals {};
    return totalsAt(*q, 0);
}

Result<QList<SalesGroup>> salesByProductKey(storage::Database& db, const DateRange& range)
{
    // Whole Gregorian months from sales_product_months, the ragged ends by day.
    const QDate fullFrom = range.from.day() == 1 ? range.from : firstOfMonth(range.from).addMonths(1);
    const QDate fullTo = range.to == lastOfMonth(range.to) ? range.to : firstOfMonth(range.to).addDays(-1);
    QString monthFrom, monthTo;
    QDate headTo = range.to, tailFrom = range.to.addDays(1);
    if (fullFrom <= fullTo) {
        monthFrom = fullFrom.toString(QStringLiteral("yyyy-MM"));
        monthTo = fullTo.toString(QStringLiteral("yyyy-MM"));
        headTo = fullFrom.addDays(-1);
        tailFrom = fullTo.addDays(1);
    } else {
        monthFrom = QStringLiteral("9999-99"); // no whole month
        monthTo = QStringLiteral("0000-00");
    }
    auto q = storage::run(db.connection(), QStringLiteral(
        "SELECT s.product_key, coalesce(p.name, ''), s.quantity_milli, s.invoices, s.sales, s.tax, s.total FROM ("
        "  SELECT product_key, sum(invoices) AS invoices, sum(quantity_milli) AS quantity_milli, sum(sales) AS sales, "
        "         sum(tax) AS tax, sum(total) AS total FROM ("
        "    SELECT product_key, invoices, quantity_milli, sales, tax, total FROM sales_product_months WHERE month BETWEEN ? AND ?"
        "    UNION ALL SELECT product_key, invoices, quantity_milli, sales, tax, total FROM sales_product_days WHERE issue_date BETWEEN ? AND ?"
        "    UNION ALL SELECT product_key, invoices, quantity_milli, sales, tax, total FROM sales_product_days WHERE issue_date BETWEEN ? AND ?"
        "  ) GROUP BY product_key) s "
        "LEFT JOIN products p ON p.id = s.product_key "
        "ORDER BY s.sales DESC, s.product_key"),
        { monthFrom, monthTo, storage::isoDate(range.from), storage::isoDate(headTo), storage::isoDate(tailFrom),
          storage::isoDate(range.to) });
    if (!q)
        return q.error();
    QList<SalesGroup> groups;
    while (q->next()) {
        SalesGroup g;
        g.id = q->value(0).toLongLong();
        g.key = QString::number(g.id);
        g.name = q->value(1).toString();
        g.quantityMilli = q->value(2).toLongLong();
        g.totals = totalsAt(*q, 3);
        groups << g;
    }
    return groups;
}

Result<QList<SalesGroup>> salesByInvoiceGroup(storage::Database& db, const DateRange& range, InvoiceGrouping grouping)
{
    // INDEXED BY: each grouping reads its own covering index in key order
    // (with statistics the planner may otherwise pick another one and sort).
    QString column, index, name;
    switch (grouping) {
    case InvoiceGrouping::Marketer:
        column = QStringLiteral("marketer_key");
        index = QStringLiteral("sales_invoices_by_marketer");
        name = QStringLiteral("(SELECT d.marketer FROM sales_invoices i INDEXED BY sales_invoices_by_marketer "
                              "JOIN documents d ON d.id = i.document_id WHERE i.marketer_key = s.k LIMIT 1)");
        break;
    case InvoiceGrouping::City:
        column = QStringLiteral("city_key");
        index = QStringLiteral("sales_invoices_by_city");
        name = QStringLiteral("(SELECT value FROM customer_facets WHERE facet = 'city' AND key = s.k)");
        break;
    case InvoiceGrouping::Source:
        column = QStringLiteral("source_key");
        index = QStringLiteral("sales_invoices_by_source");
        name = QStringLiteral("(SELECT value FROM customer_facets WHERE facet = 'source' AND key = s.k)");
        break;
    }
    auto q = storage::run(db.connection(), QStringLiteral(
        "SELECT s.k, CASE WHEN s.k = '' THEN '' ELSE coalesce(%1, s.k) END, s.n, s.sales, s.tax, s.total FROM ("
        "  SELECT %2 AS k, count(*) AS n, sum(sales) AS sales, sum(tax) AS tax, sum(total) AS total "
        "  FROM sales_invoices INDEXED BY %3 WHERE issue_date BETWEEN ? AND ? GROUP BY %2) s "
        "ORDER BY s.sales DESC, s.k").arg(name, column, index),
        { storage::isoDate(range.from), storage::isoDate(range.to) });
    if (!q)
        return q.error();
    QList<SalesGroup> groups;
    while (q->next()) {
        SalesGroup g;
        g.key = q->value(0).toString();
        g.name = q->value(1).toString();
        g.totals = totalsAt(*q, 2);
        groups << g;
    }
    return groups;
}

Result<QList<SalesGroup>> topCustomers(storage::Database& db, const DateRange& range, int limit)
{
    auto q = storage::run(db.connection(), QStringLiteral(
        "SELECT s.customer_id, coalesce(c.name, ''), s.n, s.sales, s.tax, s.total FROM ("
        "  SELECT customer_id, count(*) AS n, sum(sales) AS sales, sum(tax) AS tax, sum(total) AS total "
        "  FROM sales_invoices INDEXED BY sales_invoices_by_customer WHERE issue_date BETWEEN ? AND ? "
        "  GROUP BY customer_id ORDER BY sales DESC, customer_id LIMIT ?) s "
        "LEFT JOIN customers c ON c.id = s.customer_id ORDER BY s.sales DESC, s.customer_id"),
        { storage::isoDate(range.from), storage::isoDate(range.to), limit });
    if (!q)
        return q.error();
    QList<SalesGroup> groups;
    while (q->next()) {
        SalesGroup g;
        g.id = q->value(0).toLongLong();
        g.key = QString::number(g.id);
        g.name = q->value(1).toString();
        g.totals = totalsAt(*q, 2);
        groups << g;
    }
    return groups;
}

void fillSalesTable(ReportTable& table, const QList<SalesGroup>& groups, const SalesTotals& totals,
                    const std::function<QList<ReportCell>(const SalesGroup&, qint64 share)>& row)
{
    QList<SalesGroup> sorted = groups;
    std::stable_sort(sorted.begin(), sorted.end(), [](const SalesGroup& a, const SalesGroup& b) {
        return a.totals.sales > b.totals.sales;
    });
    for (const SalesGroup& g : sorted)
        table.rows << row(g, perMille(g.totals.sales, totals.sales));
    SalesGroup sum;
    sum.totals = totals;
    QList<ReportCell> totalsRow = row(sum, totals.sales ? 1000 : 0);
    totalsRow[0] = GroupText::tr("Total");
    table.totals = totalsRow;
}

} // namespace peyvand::reports
