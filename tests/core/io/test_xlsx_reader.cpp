#include "XlsxTestSupport.h"

#include <QBuffer>
#include <QFile>

using namespace peyvand;
using namespace peyvand::io;
using namespace peyvand::test;

namespace {

std::unique_ptr<TableSource> opened(const QString& path, const QString& sheet = {})
{
    auto source = openXlsx(path, sheet);
    REQUIRE(source);
    return std::move(*source);
}

QByteArray bytesOf(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace

TEST_CASE("The first sheet's first row is the header", "[xlsx]")
{
    auto source = opened(importSample("customers.xlsx"));
    CHECK(source->headers()
        == strings({ "name", "mobile", "city", "joined", "balance", "vip", "note", "national_id" }));
    CHECK(source->encoding() == TextEncoding::Utf8);
    CHECK(source->delimiter().isNull());
    CHECK(source->notices().isEmpty());
}

TEST_CASE("Shared and inline strings, numbers, dates and booleans read as text", "[xlsx]")
{
    auto source = opened(importSample("customers.xlsx"));
    const auto rows = readAllRows(*source);
    REQUIRE(rows.size() == 5);
    CHECK(rows.at(0).line == 2);
    CHECK(rows.at(0).cells
        == strings({ "علی رضایی", "9121234567", "تهران", "2023-03-15", "12.5", "TRUE", "VIP customer",
            "12345678" }));
}

TEST_CASE("Rich text runs join, phonetic runs are left out, gaps stay empty", "[xlsx]")
{
    auto source = opened(importSample("customers.xlsx"));
    const auto rows = readAllRows(*source);
    REQUIRE(rows.size() >= 2);
    CHECK(rows.at(1).line == 3);
    CHECK(rows.at(1).cells
        == strings({ "Sara Ahmadi", "09351234567", "", "2021-01-02", "0.0015", "FALSE",
            "line one\r\nline two", "" }));
}

TEST_CASE("Rows keep the sheet's row numbers and empty rows are skipped", "[xlsx]")
{
    auto source = opened(importSample("customers.xlsx"));
    const auto rows = readAllRows(*source);
    QList<qint64> lines;
    for (const SourceRow& row : rows)
        lines << row.line;
    CHECK(lines == QList<qint64> { 2, 3, 6, 7, 8 });
}

TEST_CASE("Short rows are padded to the header's width", "[xlsx]")
{
    auto source = opened(importSample("customers.xlsx"));
    const auto rows = readAllRows(*source);
    REQUIRE(rows.size() >= 3);
    CHECK(rows.at(2).cells == strings({ "Short", "", "", "", "", "", "", "" }));
}

TEST_CASE("Cells without references follow one another", "[xlsx]")
{
    auto source = opened(importSample("customers.xlsx"));
    const auto rows = readAllRows(*source);
    REQUIRE(rows.size() >= 4);
    CHECK(rows.at(3).cells == strings({ "x", "0.3", "-42", "12345678901234600000", "7", "", "", "" }));
}

TEST_CASE("Date formats, the missing 29 February 1900, times, errors and ISO date cells", "[xlsx]")
{
    auto source = opened(importSample("customers.xlsx"));
    const auto rows = readAllRows(*source);
    REQUIRE(rows.size() == 5);
    CHECK(rows.at(4).cells
        == strings(
            { "1900-01-01", "60", "1900-03-01", "12:00:00", "18:00:00", "#N/A", "2024-03-05", "36:00:00" }));
}

TEST_CASE("Sheet names come in workbook order", "[xlsx]")
{
    auto names = xlsxSheetNames(importSample("customers.xlsx"));
    REQUIRE(names);
    CHECK(*names == strings({ "Customers", "یادداشت‌ها" }));

    QBuffer buffer;
    buffer.setData(bytesOf(importSample("customers.xlsx")));
    auto fromDevice = xlsxSheetNames(buffer);
    REQUIRE(fromDevice);
    CHECK(*fromDevice == *names);
}

TEST_CASE("A chosen sheet is read by its name", "[xlsx]")
{
    auto source = opened(importSample("customers.xlsx"), u8("یادداشت‌ها"));
    CHECK(source->headers() == strings({ "نام", "یادداشت" }));
    const auto rows = readAllRows(*source);
    REQUIRE(rows.size() == 1);
    CHECK(rows.at(0).line == 2);
    CHECK(rows.at(0).cells == strings({ "مریم", "city" }));
}

TEST_CASE("A sheet that is not there is named with the sheets there are", "[xlsx]")
{
    auto source = openXlsx(importSample("customers.xlsx"), QStringLiteral("Leads"));
    REQUIRE_FALSE(source);
    CHECK(source.error().code == ErrorCode::InvalidInput);
    CHECK(source.error().field == u"file");
    CHECK(source.error().message.contains(u"\"Leads\""));
    CHECK(source.error().message.contains(u"Customers"));
    CHECK(source.error().message.contains(u8("یادداشت‌ها")));
}

TEST_CASE("Sheet names match exactly", "[xlsx]")
{
    CHECK_FALSE(openXlsx(importSample("customers.xlsx"), QStringLiteral("customers")));
    CHECK(openXlsx(importSample("customers.xlsx"), QStringLiteral("Customers")));
}

TEST_CASE("Dates of the 1904 system", "[xlsx]")
{
    auto source = opened(importSample("dates1904.xlsx"));
    CHECK(source->headers() == strings({ "date", "plain" }));
    const auto rows = readAllRows(*source);
    REQUIRE(rows.size() == 3);
    CHECK(rows.at(0).cells == strings({ "1904-01-01", "0" }));
    CHECK(rows.at(1).cells == strings({ "2023-03-15", "43538" }));
    CHECK(rows.at(2).cells == strings({ "-1", "" }));
}

TEST_CASE("A package without its root relationships, with prefixed names and stored parts", "[xlsx]")
{
    auto names = xlsxSheetNames(importSample("unusual_package.xlsx"));
    REQUIRE(names);
    CHECK(*names == strings({ "Data" }));
    auto source = opened(importSample("unusual_package.xlsx"));
    CHECK(source->headers() == strings({ "", "code" }));
    const auto rows = readAllRows(*source);
    REQUIRE(rows.size() == 1);
    CHECK(rows.at(0).line == 3);
    CHECK(rows.at(0).cells == strings({ "", "7" }));
}

TEST_CASE("An empty sheet has no header and no rows", "[xlsx]")
{
    auto source = opened(importSample("empty_sheet.xlsx"));
    CHECK(source->headers().isEmpty());
    CHECK(readAllRows(*source).isEmpty());
    auto again = source->next();
    REQUIRE(again);
    CHECK_FALSE(*again);
}

TEST_CASE("Reading from a device gives the same rows as from the file", "[xlsx]")
{
    QBuffer buffer;
    buffer.setData(bytesOf(importSample("customers.xlsx")));
    auto fromDevice = openXlsx(buffer);
    REQUIRE(fromDevice);
    auto fromFile = opened(importSample("customers.xlsx"));
    CHECK((*fromDevice)->headers() == fromFile->headers());
    const auto a = readAllRows(**fromDevice);
    const auto b = readAllRows(*fromFile);
    REQUIRE(a.size() == b.size());
    for (qsizetype i = 0; i < a.size(); ++i) {
        CHECK(a.at(i).line == b.at(i).line);
        CHECK(a.at(i).cells == b.at(i).cells);
    }
}

TEST_CASE("A device the caller opened stays open", "[xlsx]")
{
    QBuffer buffer;
    buffer.setData(bytesOf(importSample("customers.xlsx")));
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    {
        auto source = openXlsx(buffer);
        REQUIRE(source);
        readAllRows(**source);
    }
    CHECK(buffer.isOpen());
}

TEST_CASE("Progress runs through the sheet's XML to its size", "[xlsx]")
{
    auto source = opened(importSample("customers.xlsx"));
    CHECK(source->size() > 0);
    CHECK(source->position() > 0);
    CHECK(source->position() <= source->size());
    readAllRows(*source);
    CHECK(source->position() == source->size());
}

TEST_CASE("A file that is not there is an error on the file", "[xlsx]")
{
    auto source = openXlsx(importSample("no_such_file.xlsx"));
    REQUIRE_FALSE(source);
    CHECK(source.error().code == ErrorCode::InvalidInput);
    CHECK(source.error().field == u"file");
    CHECK(source.error().message.contains(u"no_such_file.xlsx"));
    CHECK_FALSE(xlsxSheetNames(importSample("no_such_file.xlsx")));
}
