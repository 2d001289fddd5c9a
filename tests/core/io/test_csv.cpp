#include "TestSupport.h"

#include "io/Csv.h"

using namespace peyvand;
using namespace peyvand::io;
using peyvand::test::u8;

namespace {

QList<CsvRecord> parsed(const QByteArray& data, CsvOptions options = {})
{
    auto r = parseCsv(data, options);
    REQUIRE(r);
    return *r;
}

QStringList fields(const QList<CsvRecord>& records, int index)
{
    REQUIRE(index < records.size());
    return records.at(index).fields;
}

QStringList list(std::initializer_list<const char*> values)
{
    QStringList out;
    for (const char* v : values)
        out << u8(v);
    return out;
}

} // namespace

TEST_CASE("Plain comma-separated records keep their lines", "[csv]")
{
    const auto records = parsed("code,name,price\nA1,Pen,1000\nA2,Book,25000\n");
    REQUIRE(records.size() == 3);
    CHECK(fields(records, 0) == list({ "code", "name", "price" }));
    CHECK(fields(records, 1) == list({ "A1", "Pen", "1000" }));
    CHECK(fields(records, 2) == list({ "A2", "Book", "25000" }));
    CHECK(records.at(0).line == 1);
    CHECK(records.at(1).line == 2);
    CHECK(records.at(2).line == 3);
}

TEST_CASE("The last record needs no line break", "[csv]")
{
    const auto records = parsed("a,b\n1,2");
    REQUIRE(records.size() == 2);
    CHECK(fields(records, 1) == list({ "1", "2" }));
}

TEST_CASE("Empty input gives no records", "[csv]")
{
    CHECK(parsed("").isEmpty());
    CHECK(parsed("\n\r\n\n").isEmpty());
    CHECK(parsed("\xEF\xBB\xBF").isEmpty());
}

TEST_CASE("Quoted fields hold delimiters, quotes and line breaks", "[csv]")
{
    const auto records = parsed("name,note\n\"Smith, John\",\"He said \"\"hi\"\"\"\n\"two\nlines\",x\nlast,\"\"\n");
    REQUIRE(records.size() == 4);
    CHECK(fields(records, 1) == list({ "Smith, John", "He said \"hi\"" }));
    CHECK(fields(records, 2) == list({ "two\nlines", "x" }));
    CHECK(records.at(2).line == 3);
    // The record after a two-line field starts on line 5.
    CHECK(records.at(3).line == 5);
    CHECK(fields(records, 3) == list({ "last", "" }));
}

TEST_CASE("Line breaks inside quotes become LF whatever the file uses", "[csv]")
{
    const auto records = parsed("\"a\r\nb\rc\nd\",e\r\nf,g\r\n");
    REQUIRE(records.size() == 2);
    CHECK(fields(records, 0) == list({ "a\nb\nc\nd", "e" }));
    CHECK(records.at(1).line == 5);
}

TEST_CASE("CRLF, LF and lone CR all end a record", "[csv]")
{
    for (const QByteArray& data : { QByteArray("a,b\r\n1,2\r\n3,4\r\n"), QByteArray("a,b\n1,2\n3,4\n"), QByteArray("a,b\r1,2\r3,4\r") }) {
        const auto records = parsed(data);
        REQUIRE(records.size() == 3);
        CHECK(fields(records, 1) == list({ "1", "2" }));
        CHECK(fields(records, 2) == list({ "3", "4" }));
        CHECK(records.at(2).line == 3);
    }
}

TEST_CASE("Mixed line endings in one file", "[csv]")
{
    const auto records = parsed("a\r\nb\nc\rd");
    REQUIRE(records.size() == 4);
    CHECK(records.at(3).fields == QStringList { QStringLiteral("d") });
    CHECK(records.at(3).line == 4);
}

TEST_CASE("Empty lines are skipped but counted", "[csv]")
{
    const auto records = parsed("h1,h2\n\n1,2\r\n\r\n\r\n3,4\n\n");
    REQUIRE(records.size() == 3);
    CHECK(records.at(1).line == 3);
    CHECK(records.at(2).line == 6);
    CHECK(fields(records, 2) == list({ "3", "4" }));
}

TEST_CASE("A line of delimiters is a record of empty fields", "[csv]")
{
    const auto records = parsed("a,b,c\n,,\n");
    REQUIRE(records.size() == 2);
    CHECK(fields(records, 1) == QStringList { QString(), QString(), QString() });
}

TEST_CASE("Empty fields at either end and in the middle", "[csv]")
{
    const auto records = parsed(",x,,y,\n");
    REQUIRE(records.size() == 1);
    CHECK(fields(records, 0) == list({ "", "x", "", "y", "" }));
}

TEST_CASE("A UTF-8 BOM is skipped", "[csv]")
{
    const auto records = parsed("\xEF\xBB\xBF" "code,name\nA,B\n");
    REQUIRE(records.size() == 2);
    CHECK(fields(records, 0).at(0) == QStringLiteral("code"));
    CHECK(records.at(0).line == 1);
}

TEST_CASE("A BOM later in the file is data", "[csv]")
{
    const auto records = parsed("a\n\xEF\xBB\xBF" "b,x\xEF\xBB\xBFy\n");
    REQUIRE(records.size() == 2);
    CHECK(fields(records, 1).size() == 2);
    CHECK(fields(records, 1).at(0) == QChar(0xFEFF) + QStringLiteral("b"));
    CHECK(fields(records, 1).at(1) == QStringLiteral("x") + QChar(0xFEFF) + QStringLiteral("y"));
}

TEST_CASE("Persian text survives", "[csv]")
{
    const auto records = parsed(u8("کد,نام,قیمت\n۱۰۰,\"خودکار، آبی\",۱۲٬۵۰۰\n").toUtf8());
    REQUIRE(records.size() == 2);
    CHECK(fields(records, 0) == list({ "کد", "نام", "قیمت" }));
    CHECK(fields(records, 1) == list({ "۱۰۰", "خودکار، آبی", "۱۲٬۵۰۰" }));
}

TEST_CASE("The delimiter is detected from the first line", "[csv]")
{
    SECTION("semicolon")
    {
        const auto records = parsed("code;name;price\nA;\"x;y\";1,5\n");
        REQUIRE(records.size() == 2);
        CHECK(fields(records, 1) == list({ "A", "x;y", "1,5" }));
    }
    SECTION("tab")
    {
        const auto records = parsed("code\tname\nA\tPen, blue\n");
        CHECK(fields(records, 1) == list({ "A", "Pen, blue" }));
    }
    SECTION("comma wins when more frequent")
    {
        const auto records = parsed("a,b;c,d\n1,2;3,4\n");
        CHECK(fields(records, 0) == list({ "a", "b;c", "d" }));
    }
    SECTION("delimiters inside quotes on the first line do not count")
    {
        const auto records = parsed("\"a,b,c\";d\n1;2\n");
        CHECK(fields(records, 0) == list({ "a,b,c", "d" }));
        CHECK(fields(records, 1) == list({ "1", "2" }));
    }
    SECTION("one column")
    {
        const auto records = parsed("name\nPen\n");
        CHECK(fields(records, 1) == list({ "Pen" }));
    }
    SECTION("a tie goes to the comma")
    {
        const auto records = parsed("a,b;c\n");
        CHECK(fields(records, 0) == list({ "a", "b;c" }));
    }
}

TEST_CASE("A given delimiter is used as it is", "[csv]")
{
    CsvOptions options;
    options.delimiter = u';';
    const auto records = parsed("a,b,c\n1;2\n", options);
    REQUIRE(records.size() == 2);
    CHECK(fields(records, 0) == list({ "a,b,c" }));
    CHECK(fields(records, 1) == list({ "1", "2" }));
}

TEST_CASE("A quote as delimiter is refused", "[csv]")
{
    CsvOptions options;
    options.delimiter = u'"';
    auto r = parseCsv("a\n", options);
    REQUIRE_FALSE(r);
    CHECK(r.error().code == ErrorCode::InvalidInput);
    CHECK(r.error().field == QStringLiteral("delimiter"));
}

TEST_CASE("Text after a closing quote is kept, quotes inside unquoted text are literal", "[csv]")
{
    const auto records = parsed("\"a\"b,c\"d\"\n");
    REQUIRE(records.size() == 1);
    CHECK(fields(records, 0) == list({ "ab", "c\"d\"" }));
}

TEST_CASE("Spaces around values are kept", "[csv]")
{
    const auto records = parsed(" a , b \n");
    CHECK(fields(records, 0) == list({ " a ", " b " }));
}

TEST_CASE("An unterminated quote is an error naming the line it started on", "[csv]")
{
    auto r = parseCsv("code,name\nA,ok\nB,\"open\nstill open\n");
    REQUIRE_FALSE(r);
    CHECK(r.error().code == ErrorCode::InvalidInput);
    CHECK(r.error().field == QStringLiteral("file"));
    CHECK(r.error().message.contains(QStringLiteral("line 3")));
    CHECK(r.error().detail == QStringLiteral("line 3"));
}

TEST_CASE("A lone quote at the very end is unterminated", "[csv]")
{
    auto r = parseCsv("a,\"");
    REQUIRE_FALSE(r);
    CHECK(r.error().detail == QStringLiteral("line 1"));
}

TEST_CASE("Invalid UTF-8 is an error naming the line", "[csv]")
{
    SECTION("Windows-1256 bytes on line 3")
    {
        auto r = parseCsv("code,name\nA,ok\nB,\xE1\xED\xC7\n");
        REQUIRE_FALSE(r);
        CHECK(r.error().code == ErrorCode::InvalidInput);
        CHECK(r.error().message.contains(QStringLiteral("Line 3")));
        CHECK(r.error().detail == QStringLiteral("line 3"));
    }
    SECTION("line counting with CRLF and CR")
    {
        auto r = parseCsv("a\r\nb\rc\n\xFF\n");
        REQUIRE_FALSE(r);
        CHECK(r.error().detail == QStringLiteral("line 4"));
    }
    SECTION("truncated sequence at the end")
    {
        auto r = parseCsv(u8("a\nخ").toUtf8().chopped(1));
        REQUIRE_FALSE(r);
        CHECK(r.error().detail == QStringLiteral("line 2"));
    }
    SECTION("overlong encoding")
    {
        auto r = parseCsv("\xC0\xAF");
        REQUIRE_FALSE(r);
        CHECK(r.error().detail == QStringLiteral("line 1"));
    }
    SECTION("encoded surrogate")
    {
        auto r = parseCsv("ok\n\xED\xA0\x80");
        REQUIRE_FALSE(r);
        CHECK(r.error().detail == QStringLiteral("line 2"));
    }
    SECTION("above U+10FFFF")
    {
        CHECK_FALSE(parseCsv("\xF4\x90\x80\x80"));
    }
    SECTION("a stray continuation byte")
    {
        CHECK_FALSE(parseCsv("a\x80"));
    }
}

TEST_CASE("Four-byte UTF-8 is accepted", "[csv]")
{
    const auto records = parsed("\xF0\x9F\x98\x80,x\n");
    CHECK(fields(records, 0).at(0) == QString::fromUcs4(U"\U0001F600", 1));
}

TEST_CASE("UTF-16 files with a BOM are read", "[csv]")
{
    const QString text = u8("کد\tنام\n۱\tخودکار\n");
    QByteArray le("\xFF\xFE", 2);
    QByteArray be("\xFE\xFF", 2);
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        le.append(char(u & 0xFF)).append(char(u >> 8));
        be.append(char(u >> 8)).append(char(u & 0xFF));
    }
    for (const QByteArray& data : { le, be }) {
        const auto records = parsed(data);
        REQUIRE(records.size() == 2);
        CHECK(fields(records, 0) == list({ "کد", "نام" }));
        CHECK(fields(records, 1) == list({ "۱", "خودکار" }));
    }
}

TEST_CASE("Files larger than maxBytes are refused", "[csv]")
{
    CsvOptions options;
    options.maxBytes = 10;
    CHECK(parseCsv("0123456789", options));
    auto r = parseCsv("0123456789A", options);
    REQUIRE_FALSE(r);
    CHECK(r.error().code == ErrorCode::InvalidInput);
    CHECK(r.error().field == QStringLiteral("file"));
}

TEST_CASE("csvField quotes only when needed", "[csv]")
{
    CHECK(csvField(QStringLiteral("plain")) == QStringLiteral("plain"));
    CHECK(csvField(QString()) == QString());
    CHECK(csvField(QStringLiteral("a,b")) == QStringLiteral("\"a,b\""));
    CHECK(csvField(QStringLiteral("say \"hi\"")) == QStringLiteral("\"say \"\"hi\"\"\""));
    CHECK(csvField(QStringLiteral("two\nlines")) == QStringLiteral("\"two\nlines\""));
    CHECK(csvField(QStringLiteral("cr\rhere")) == QStringLiteral("\"cr\rhere\""));
    CHECK(csvField(QStringLiteral("a,b"), u';') == QStringLiteral("a,b"));
    CHECK(csvField(QStringLiteral("a;b"), u';') == QStringLiteral("\"a;b\""));
    CHECK(csvField(QStringLiteral("a\tb"), u'\t') == QStringLiteral("\"a\tb\""));
}

TEST_CASE("csvField output parses back to the same values", "[csv]")
{
    const QStringList values = list({ "", "plain", "a,b", "\"quoted\"", "multi\nline", "خودکار، آبی", " spaced ", "\"", ",,," });
    for (const QChar delimiter : { QChar(u','), QChar(u';'), QChar(u'\t') }) {
        QStringList row;
        for (const QString& v : values)
            row << csvField(v, delimiter);
        const QByteArray data = (row.join(delimiter) + QStringLiteral("\r\n") + row.join(delimiter)).toUtf8();
        CsvOptions options;
        options.delimiter = delimiter;
        const auto records = parsed(data, options);
        REQUIRE(records.size() == 2);
        CHECK(records.at(0).fields == values);
        CHECK(records.at(1).fields == values);
    }
}
