#include "TestSupport.h"

#include "reports/Report.h"
#include "reports/ReportCatalog.h"

using namespace peyvand;
using namespace peyvand::reports;
using peyvand::test::u8;
using Language = text::jalali::Language;

TEST_CASE("Cells are formatted in the language's digits", "[reports][cells]")
{
    const CellFormat en { Language::English, false, false };
    const CellFormat fa { Language::Persian, false, false };
    CHECK(formatCell(qint64(12'500'000), ColumnKind::Money, en) == QStringLiteral("12,500,000"));
    CHECK(formatCell(qint64(12'500'000), ColumnKind::Money, fa) == u8("۱۲٬۵۰۰٬۰۰۰"));
    CHECK(formatCell(qint64(12'500'000), ColumnKind::Money, CellFormat { Language::English, true, false }) == QStringLiteral("1,250,000"));
    CHECK(formatCell(qint64(345), ColumnKind::PerMille, en) == QStringLiteral("34.5 %"));
    CHECK(formatCell(qint64(340), ColumnKind::PerMille, en) == QStringLiteral("34 %"));
    CHECK(formatCell(qint64(345), ColumnKind::PerMille, fa) == u8("۳۴٫۵٪"));
    CHECK(formatCell(qint64(1500), ColumnKind::Quantity, en) == QStringLiteral("1.5"));
    CHECK(formatCell(qint64(2'000'250), ColumnKind::Quantity, fa) == u8("۲٬۰۰۰٫۲۵"));
    CHECK(formatCell(qint64(42), ColumnKind::Count, fa) == u8("۴۲"));
    CHECK(formatCell(text::jalali::toGregorian({ 1404, 7, 5 }), ColumnKind::Date, fa) == u8("۱۴۰۴/۰۷/۰۵"));
    CHECK(formatCell(bucketOf(text::jalali::toGregorian({ 1404, 7, 5 }), Grouping::Month), ColumnKind::Period, fa) == u8("مهر ۱۴۰۴"));
    CHECK(formatCell(QStringLiteral("Text 12"), ColumnKind::Text, fa) == QStringLiteral("Text 12"));
    CHECK(formatCell(std::monostate {}, ColumnKind::Money, fa).isEmpty());
}

TEST_CASE("Every report has a key, a title and a description", "[reports][catalog]")
{
    QStringList keys;
    for (ReportId id : allReports()) {
        CHECK(reportFromKey(toKey(id)) == id);
        CHECK_FALSE(displayName(id).isEmpty());
        CHECK_FALSE(describe(id).isEmpty());
        keys << toKey(id);
    }
    keys.removeDuplicates();
    CHECK(keys.size() == allReports().size());
    CHECK_FALSE(reportFromKey(QStringLiteral("sales")));
}
