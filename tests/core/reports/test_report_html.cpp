#include "TestSupport.h"

#include "documents/ReportPdf.h"

using namespace peyvand;
using namespace peyvand::reports;
using peyvand::test::u8;

namespace {

Report sample()
{
    Report report;
    report.id = QStringLiteral("sales_customer");
    report.title = QStringLiteral("Sales by customer");
    report.range = { text::jalali::toGregorian({ 1404, 1, 1 }), text::jalali::toGregorian({ 1404, 1, 31 }) };
    report.asOf = report.range.to;
    report.figures << ReportFigure { QStringLiteral("sales"), QStringLiteral("Sales"), ColumnKind::Money, 1'234'000 };
    ReportTable table;
    table.key = QStringLiteral("rows");
    table.title = QStringLiteral("Customers");
    table.columns = { { QStringLiteral("customer_id"), QStringLiteral("ID"), ColumnKind::Count, true },
                      { QStringLiteral("customer"), QStringLiteral("Customer"), ColumnKind::Text },
                      { QStringLiteral("sales"), QStringLiteral("Sales"), ColumnKind::Money } };
    table.rows << QList<ReportCell> { qint64(77), u8("علی <کریمی>"), qint64(1'234'000) };
    table.totals = QList<ReportCell> { std::monostate {}, QStringLiteral("Total"), qint64(1'234'000) };
    report.tables << table;
    report.notes << QStringLiteral("Sales are invoices.");
    return report;
}

} // namespace

TEST_CASE("A report's printout leaves hidden columns out and escapes text", "[reports][pdf]")
{
    documents::ReportPdfOptions options;
    options.language = documents::DocumentLanguage::English;
    const QString html = documents::reportHtml(sample(), options);
    CHECK(html.contains(QStringLiteral("dir=\"ltr\"")));
    CHECK(html.contains(QStringLiteral("1,234,000")));
    CHECK_FALSE(html.contains(QStringLiteral(">77<")));
    CHECK_FALSE(html.contains(QStringLiteral(">ID<")));
    CHECK(html.contains(u8("علی &lt;کریمی&gt;")));
    CHECK(html.contains(QStringLiteral("<b>Total</b>")));
    CHECK(html.contains(QStringLiteral("Sales are invoices.")));
    CHECK(html.contains(QStringLiteral("1404/01/01")));
}

TEST_CASE("A Persian printout is right to left with Persian digits and Jalali dates", "[reports][pdf]")
{
    documents::ReportPdfOptions options;
    options.language = documents::DocumentLanguage::Persian;
    options.displayToman = true;
    const QString html = documents::reportHtml(sample(), options);
    CHECK(html.contains(QStringLiteral("dir=\"rtl\"")));
    CHECK(html.contains(u8("۱۲۳٬۴۰۰"))); // Toman
    CHECK(html.contains(u8("۱۴۰۴/۰۱/۰۱")));
    CHECK_FALSE(html.contains(QStringLiteral("1,234,000")));
}
