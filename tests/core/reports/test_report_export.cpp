#include "TestSupport.h"

#include "io/TableSource.h"
#include "io/Xlsx.h"
#include "reports/ReportExport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace peyvand;
using namespace peyvand::reports;
using peyvand::test::u8;
using Language = text::jalali::Language;

namespace {

QStringList strings(std::initializer_list<const char*> items)
{
    QStringList list;
    for (const char* item : items)
        list << u8(item);
    return list;
}

ReportTable sampleTable()
{
    ReportTable table;
    table.key = QStringLiteral("rows");
    table.title = QStringLiteral("By customer");
    table.columns = {
        { QStringLiteral("customer_id"), QStringLiteral("Id"), ColumnKind::Key, true },
        { QStringLiteral("name"), QStringLiteral("Customer"), ColumnKind::Text, false },
        { QStringLiteral("sales"), QStringLiteral("Sales"), ColumnKind::Money, false },
        { QStringLiteral("share"), QStringLiteral("Share"), ColumnKind::PerMille, false },
        { QStringLiteral("qty"), QStringLiteral("Quantity"), ColumnKind::Quantity, false },
        { QStringLiteral("day"), QStringLiteral("First"), ColumnKind::Date, false },
    };
    const QDate day = text::jalali::toGregorian({ 1404, 7, 5 });
    table.rows = {
        { QStringLiteral("7"), QStringLiteral("=HYPERLINK(\"x\")"), qint64(12'500'000), qint64(345), qint64(1500), day },
        { QStringLiteral("9"), u8("علی, \"رضایی\""), qint64(-2'000), qint64(655), qint64(2000), std::monostate {} },
    };
    table.totals = QList<ReportCell> { std::monostate {}, QStringLiteral("Total"), qint64(12'498'000), qint64(1000), qint64(3500), std::monostate {} };
    return table;
}

QList<QStringList> readXlsx(const QString& path, QStringList* headers)
{
    auto source = io::openXlsx(path);
    REQUIRE(source);
    *headers = (*source)->headers();
    QList<QStringList> rows;
    for (;;) {
        auto row = (*source)->next();
        REQUIRE(row);
        if (!row->has_value())
            break;
        rows << (*row)->cells;
    }
    return rows;
}

} // namespace

TEST_CASE("A report table is written as CSV with a BOM, raw numbers and escaped text", "[reports][export]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("table.csv"));
    REQUIRE(writeTableCsv(sampleTable(), path, { Language::Persian, true }));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray data = file.readAll();
    REQUIRE(data.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(data.mid(3)).split(QStringLiteral("\r\n"));
    REQUIRE(lines.size() == 5); // header, 2 rows, totals, final empty
    CHECK(lines.at(0) == QStringLiteral("Customer,Sales,Share,Quantity,First"));
    CHECK(lines.at(1) == u8("\"'=HYPERLINK(\"\"x\"\")\",12500000,34.5,1.5,۱۴۰۴/۰۷/۰۵"));
    CHECK(lines.at(2) == u8("\"علی, \"\"رضایی\"\"\",-2000,65.5,2,"));
    CHECK(lines.at(3) == QStringLiteral("Total,12498000,100.0,3.5,"));
    CHECK(lines.at(4).isEmpty());
}

TEST_CASE("A report table is written as XLSX with numbers as numbers", "[reports][export]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u8("گزارش.xlsx"));
    REQUIRE(writeTableXlsx(sampleTable(), path, { Language::English, true }));
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden) == QStringList { u8("گزارش.xlsx") });
    QStringList headers;
    const auto rows = readXlsx(path, &headers);
    CHECK(headers == strings({ "Customer", "Sales", "Share", "Quantity", "First" }));
    REQUIRE(rows.size() == 3);
    // Numbers come back as stored numbers: the share is 0.345, not "34.5 %".
    CHECK(rows.at(0) == strings({ "'=HYPERLINK(\"x\")", "12500000", "0.345", "1.5", "1404/07/05" }));
    CHECK(rows.at(1).mid(1, 3) == strings({ "-2000", "0.655", "2" }));
    CHECK(rows.at(2).mid(0, 2) == strings({ "Total", "12498000" }));
}

TEST_CASE("Exports into a missing folder fail and leave nothing", "[reports][export]")
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("no/such/dir/t.csv"));
    const Status csv = writeTableCsv(sampleTable(), missing);
    REQUIRE_FALSE(csv);
    CHECK(csv.error().code == ErrorCode::Io);
    const Status xlsx = writeTableXlsx(sampleTable(), dir.filePath(QStringLiteral("no/t.xlsx")));
    REQUIRE_FALSE(xlsx);
    CHECK(xlsx.error().code == ErrorCode::Io);
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
}

TEST_CASE("An empty table exports its header only", "[reports][export]")
{
    QTemporaryDir dir;
    ReportTable table = sampleTable();
    table.rows.clear();
    table.totals.reset();
    const QString csv = dir.filePath(QStringLiteral("e.csv"));
    REQUIRE(writeTableCsv(table, csv));
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == QByteArray("\xEF\xBB\xBF" "Customer,Sales,Share,Quantity,First\r\n"));
    const QString xlsx = dir.filePath(QStringLiteral("e.xlsx"));
    REQUIRE(writeTableXlsx(table, xlsx));
    QStringList headers;
    CHECK(readXlsx(xlsx, &headers).isEmpty());
    CHECK(headers.size() == 5);
}
