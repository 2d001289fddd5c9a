#include "ReportBuilders.h"
#include "SalesGroups.h"

#include "storage/Database.h"
#include "storage/SqlHelpers.h"

#include <QCoreApplication>
#include <QHash>

namespace peyvand::reports {

namespace {

struct CategoryText {
    Q_DECLARE_TR_FUNCTIONS(Reports)
};

} // namespace

Result<Report> buildSalesByCategory(BuildContext& context, const ReportRequest& request)
{
    Report report = reportFrame(ReportId::SalesByCategory, context, request);
    auto totals = salesTotalsOf(context.db, request.range);
    if (!totals)
        return totals.error();
    auto products = salesByProductKey(context.db, request.range);
    if (!products)
        return products.error();
    // A few thousand products at most: their current category, then one
    // group per category as stored.
    auto q = storage::run(context.db.connection(), QStringLiteral("SELECT id, category FROM products WHERE category <> ''"));
    if (!q)
        return q.error();
    QHash<qint64, QString> categoryOf;
    while (q->next())
        categoryOf.insert(q->value(0).toLongLong(), q->value(1).toString());

    const QString noCategory = CategoryText::tr("No category");
    const QString additions = CategoryText::tr("Additions (shipping and other charges)");
    QList<SalesGroup> groups;
    QHash<QString, int> indexOf;
    for (const SalesGroup& product : *products) {
        QString name = product.id == -1 ? additions : categoryOf.value(product.id, noCategory);
        QString key = product.id == -1 ? QStringLiteral("-1") : categoryOf.value(product.id);
        int index = indexOf.value(key, -1);
        if (index < 0) {
            index = int(groups.size());
            indexOf.insert(key, index);
            SalesGroup g;
            g.key = key;
            g.name = name;
            groups << g;
        }
        groups[index].totals += product.totals;
    }

    ReportTable table = salesTable(ColumnKind::Text, QStringLiteral("category"), CategoryText::tr("Category"), true);
    fillSalesTable(table, groups, *totals, [](const SalesGroup& g, qint64 share) { return salesRow(g.name, g.totals, share); });
    report.tables << table;
    report.figures << salesFigures(*totals);

    ReportChart chart;
    chart.kind = ChartKind::Donut;
    chart.title = CategoryText::tr("Share of sales by category");
    chart.valueColumns = { table.columnIndex(QStringLiteral("sales")) };
    report.charts << chart;
    report.notes << salesDefinitionNote()
                 << CategoryText::tr("Each product counts under its category as it is now in the catalog; lines typed in by "
                                     "hand are under \"No category\", and additions such as shipping have their own row.")
                 << CategoryText::tr("Invoices counts, for each product of the category, the invoices that sold it.");
    return report;
}

} // namespace peyvand::reports
