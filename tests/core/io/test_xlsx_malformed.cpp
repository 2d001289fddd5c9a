#include "XlsxTestSupport.h"

#include <QBuffer>
#include <QFile>

using namespace peyvand;
using namespace peyvand::io;
using namespace peyvand::test;

namespace {

Error errorOf(const char* sample, const XlsxLimits& limits = {})
{
    return firstError(openXlsx(importSample(sample), {}, limits));
}

bool isFileError(const Error& e)
{
    return e.code == ErrorCode::InvalidInput && e.field == u"file" && !e.message.isEmpty();
}

} // namespace

TEST_CASE("A file that is not a zip archive is damaged", "[xlsx][malformed]")
{
    const Error e = errorOf("not_a_zip.xlsx");
    CHECK(isFileError(e));
    CHECK(e.message.startsWith(u"The XLSX file is damaged:"));
    CHECK(e.message.contains(u"not a zip archive"));
    CHECK_FALSE(xlsxSheetNames(importSample("not_a_zip.xlsx")));
}

TEST_CASE("An empty file is damaged", "[xlsx][malformed]")
{
    QBuffer empty;
    const Error e = firstError(openXlsx(empty));
    CHECK(isFileError(e));
    CHECK(e.message.startsWith(u"The XLSX file is damaged:"));
}

TEST_CASE("A zip without a workbook is damaged", "[xlsx][malformed]")
{
    const Error e = errorOf("no_workbook.xlsx");
    CHECK(isFileError(e));
    CHECK(e.message.contains(u"no workbook"));
    auto names = xlsxSheetNames(importSample("no_workbook.xlsx"));
    REQUIRE_FALSE(names);
    CHECK(names.error().message.contains(u"no workbook"));
}

TEST_CASE("A sheet whose cells part is missing is damaged, its name still listed", "[xlsx][malformed]")
{
    auto names = xlsxSheetNames(importSample("missing_sheet.xlsx"));
    REQUIRE(names);
    CHECK(*names == strings({ "Customers" }));
    const Error e = errorOf("missing_sheet.xlsx");
    CHECK(isFileError(e));
    CHECK(e.message.contains(u"\"Customers\""));
}

TEST_CASE("A truncated file is damaged", "[xlsx][malformed]")
{
    const Error e = errorOf("truncated.xlsx");
    CHECK(isFileError(e));
    CHECK(e.message.startsWith(u"The XLSX file is damaged:"));
}

TEST_CASE("Every truncation of a good file is an error, never a crash", "[xlsx][malformed]")
{
    QFile file(importSample("customers.xlsx"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray whole = file.readAll();
    for (qsizetype length = 0; length < whole.size(); length += 97) {
        QBuffer buffer;
        buffer.setData(whole.left(length));
        INFO("length " << length);
        CHECK(isFileError(firstError(openXlsx(buffer))));
    }
}

TEST_CASE("Flipped bytes are an error or other text, never a crash", "[xlsx][malformed]")
{
    QFile file(importSample("customers.xlsx"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray whole = file.readAll();
    int errors = 0;
    for (qsizetype at = 0; at < whole.size(); at += 13) {
        QByteArray damagedBytes = whole;
        damagedBytes[at] = char(damagedBytes[at] ^ 0x5A);
        QBuffer buffer;
        buffer.setData(damagedBytes);
        auto source = openXlsx(buffer);
        if (!source) {
            CHECK(isFileError(source.error()));
            ++errors;
            continue;
        }
        for (;;) {
            auto row = (*source)->next();
            if (!row) {
                CHECK(isFileError(row.error()));
                ++errors;
                break;
            }
            if (!*row)
                break;
        }
    }
    CHECK(errors > 0);
}

TEST_CASE("A zip bomb is refused by its compression ratio", "[xlsx][malformed]")
{
    const Error e = errorOf("zip_bomb.xlsx");
    CHECK(isFileError(e));
    CHECK(e.message.startsWith(u"The XLSX file is refused:"));
    CHECK(e.message.contains(u"compressed more than 200 times"));
}

TEST_CASE("A zip bomb is refused by its unpacked size", "[xlsx][malformed]")
{
    XlsxLimits limits;
    limits.maxCompressionRatio = 100000;
    limits.maxEntryBytes = 8 * 1024 * 1024;
    const Error e = errorOf("zip_bomb.xlsx", limits);
    CHECK(isFileError(e));
    CHECK(e.message.contains(u"more than 8 MB"));
}

TEST_CASE("Within generous limits the same part reads", "[xlsx][malformed]")
{
    XlsxLimits limits;
    limits.maxCompressionRatio = 100000;
    auto source = openXlsx(importSample("zip_bomb.xlsx"), {}, limits);
    REQUIRE(source);
    CHECK((*source)->headers() == strings({ "name" }));
}

TEST_CASE("A part whose directory entry claims 3 GB is refused before it is read", "[xlsx][malformed]")
{
    const Error e = errorOf("lying_size.xlsx");
    CHECK(isFileError(e));
    CHECK(e.message.contains(u"more than 2048 MB"));
}

TEST_CASE("A DTD with an entity is refused", "[xlsx][malformed]")
{
    const Error e = errorOf("dtd_entity.xlsx");
    CHECK(isFileError(e));
    CHECK(e.message.contains(u"DTD"));
    CHECK_FALSE(e.message.contains(u"Mallory"));
}

TEST_CASE("Nested entities in the shared strings are refused, not expanded", "[xlsx][malformed]")
{
    const Error e = errorOf("billion_laughs.xlsx");
    CHECK(isFileError(e));
    CHECK(e.message.contains(u"DTD"));
}

TEST_CASE("A value beyond the allowed columns is refused with its row", "[xlsx][malformed]")
{
    const Error e = errorOf("too_many_columns.xlsx");
    CHECK(isFileError(e));
    CHECK(e.message.contains(u"AMK"));
    CHECK(e.message.contains(u"1024"));
    CHECK(e.detail == u"line 2");
}

TEST_CASE("Cells without references count towards the column limit", "[xlsx][malformed]")
{
    const Error e = errorOf("many_unreferenced_cells.xlsx");
    CHECK(isFileError(e));
    CHECK(e.detail == u"line 1");
    XlsxLimits limits;
    limits.maxColumns = 2000;
    auto source = openXlsx(importSample("many_unreferenced_cells.xlsx"), {}, limits);
    REQUIRE(source);
    CHECK((*source)->headers().size() == 1100);
}

TEST_CASE("A smaller column limit is kept", "[xlsx][malformed]")
{
    XlsxLimits limits;
    limits.maxColumns = 4;
    const Error e = errorOf("customers.xlsx", limits);
    CHECK(isFileError(e));
    CHECK(e.message.contains(u"column E"));
    CHECK(e.detail == u"line 1");
}

TEST_CASE("Empty cells past the column limit are no reason to refuse", "[xlsx][malformed]")
{
    XlsxLimits limits;
    limits.maxColumns = 8; // values reach column H; styled empty cells reach J
    auto source = openXlsx(importSample("customers.xlsx"), {}, limits);
    REQUIRE(source);
    const auto rows = readAllRows(**source);
    REQUIRE(rows.size() == 5);
    for (const SourceRow& row : rows)
        CHECK(row.cells.size() == 8);
}

TEST_CASE("A row limit stops reading at the first row past it", "[xlsx][malformed]")
{
    XlsxLimits limits;
    limits.maxRows = 6;
    auto source = openXlsx(importSample("customers.xlsx"), {}, limits);
    REQUIRE(source);
    int rows = 0;
    Error e;
    for (;;) {
        auto row = (*source)->next();
        if (!row) {
            e = row.error();
            break;
        }
        REQUIRE(*row);
        ++rows;
    }
    CHECK(rows == 3); // lines 2, 3 and 6
    CHECK(isFileError(e));
    CHECK(e.message.contains(u"more than 6 rows"));
    CHECK(e.detail == u"line 7");
    // The error stays.
    auto again = (*source)->next();
    REQUIRE_FALSE(again);
    CHECK(again.error().message == e.message);
}

TEST_CASE("The shared string table is limited by its memory: text and an offset per string", "[xlsx][malformed]")
{
    XlsxLimits bytes;
    bytes.maxSharedStringBytes = 64;
    Error e = errorOf("customers.xlsx", bytes);
    CHECK(isFileError(e));
    CHECK(e.message.contains(u"shared strings take more than"));

    // 20,001 strings, all but one empty: 160 kB of offsets, almost no text.
    XlsxLimits offsets;
    offsets.maxCompressionRatio = 1e6;
    offsets.maxSharedStringBytes = 128 * 1024;
    e = errorOf("empty_shared_strings.xlsx", offsets);
    CHECK(isFileError(e));
    CHECK(e.message.contains(u"shared strings take more than"));

    XlsxLimits enough = offsets;
    enough.maxSharedStringBytes = 256 * 1024;
    auto source = openXlsx(importSample("empty_shared_strings.xlsx"), {}, enough);
    REQUIRE(source);
    CHECK((*source)->headers() == strings({ "name" }));
}

TEST_CASE("Well-formed XML is required", "[xlsx][malformed]")
{
    const Error e = errorOf("bad_xml.xlsx");
    CHECK(isFileError(e));
    CHECK(e.message.startsWith(u"The XLSX file is damaged:"));
    CHECK(e.message.contains(u"xl/worksheets/sheet1.xml"));
}

TEST_CASE("A shared string index out of the table is damaged", "[xlsx][malformed]")
{
    const Error e = errorOf("bad_shared_index.xlsx");
    CHECK(isFileError(e));
    CHECK(e.message.contains(u"A2"));
    CHECK(e.detail == u"line 2");
}

TEST_CASE("Rows out of order are damaged", "[xlsx][malformed]")
{
    const Error e = errorOf("rows_out_of_order.xlsx");
    CHECK(isFileError(e));
    CHECK(e.message.contains(u"row 2"));
    CHECK(e.detail == u"line 2");
}

TEST_CASE("A cell reference that is not one is damaged", "[xlsx][malformed]")
{
    const Error e = errorOf("bad_reference.xlsx");
    CHECK(isFileError(e));
    CHECK(e.message.contains(u"\"2A\""));
}

namespace {

// A pipe-like device: zip archives need to be read in any order.
class SequentialDevice final : public QIODevice
{
public:
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char*, qint64) override { return 0; }
    qint64 writeData(const char*, qint64) override { return -1; }
};

} // namespace

TEST_CASE("A device that can only be read in order is refused", "[xlsx][malformed]")
{
    SequentialDevice device;
    REQUIRE(device.open(QIODevice::ReadOnly));
    const Error e = firstError(openXlsx(device));
    CHECK(isFileError(e));
    CHECK(e.message.contains(u"any order"));
}
