#include "IoTestSupport.h"
#include "TestSupport.h"

#include "io/CsvReader.h"
#include "io/TableSource.h"

#include <QBuffer>

using namespace peyvand;
using namespace peyvand::io;
using peyvand::test::failure;
using peyvand::test::list;
using peyvand::test::openBuffer;
using peyvand::test::read;
using peyvand::test::readBytes;
using peyvand::test::readBytesTrickled;
using peyvand::test::ReadTable;
using peyvand::test::u8;

namespace {

SourceOptions withFormat(SourceFormat format)
{
    SourceOptions options;
    options.format = format;
    return options;
}

} // namespace

TEST_CASE("The first record is the header, rows keep their lines", "[csvreader]")
{
    const auto t = read("name,mobile\nAli,0912\n\nSara,0935\n");
    CHECK(t.headers == list({ "name", "mobile" }));
    REQUIRE(t.rows.size() == 2);
    CHECK(t.rows.at(0).cells == list({ "Ali", "0912" }));
    CHECK(t.rows.at(0).line == 2);
    CHECK(t.rows.at(1).cells == list({ "Sara", "0935" }));
    CHECK(t.rows.at(1).line == 4);
}

TEST_CASE("Quoted fields: delimiters, doubled quotes, line breaks as LF", "[csvreader]")
{
    const auto t = read("a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"one\r\ntwo\rthree\nfour\"\r\nnext,\"\",\"\"\"\"\r\n");
    REQUIRE(t.rows.size() == 2);
    CHECK(t.rows.at(0).cells == list({ "x, y", "say \"hi\"", "one\ntwo\nthree\nfour" }));
    CHECK(t.rows.at(0).line == 2);
    CHECK(t.rows.at(1).line == 6);
    CHECK(t.rows.at(1).cells == list({ "next", "", "\"" }));
}

TEST_CASE("Text after a closing quote and quotes inside plain text are kept", "[csvreader]")
{
    const auto t = read("h1,h2\n\"a\"b,c\"d\"\n");
    CHECK(t.rows.at(0).cells == list({ "ab", "c\"d\"" }));
}

TEST_CASE("CRLF, LF and CR end records, the last needs no line break", "[csvreader]")
{
    for (const QByteArray& data : { QByteArray("h\r\n1\r\n2"), QByteArray("h\n1\n2"), QByteArray("h\r1\r2"), QByteArray("h\r\n1\r2\n") }) {
        const auto t = read(data);
        REQUIRE(t.rows.size() == 2);
        CHECK(t.rows.at(1).cells == QStringList { QStringLiteral("2") });
        CHECK(t.rows.at(1).line == 3);
    }
}

TEST_CASE("Short rows are padded to the header, long rows keep their cells", "[csvreader]")
{
    const auto t = read("a,b,c\n1\n1,2,3,4\n,,\n");
    REQUIRE(t.rows.size() == 3);
    CHECK(t.rows.at(0).cells == list({ "1", "", "" }));
    CHECK(t.rows.at(1).cells == list({ "1", "2", "3", "4" }));
    CHECK(t.rows.at(2).cells == list({ "", "", "" }));
}

TEST_CASE("Delimiter detection among comma, semicolon, tab and the Persian comma", "[csvreader]")
{
    auto detected = [](const char* data) {
        QByteArray bytes(data);
        QBuffer buffer(&bytes);
        return openBuffer(buffer)->delimiter();
    };
    CHECK(detected("a,b\n1,2\n") == u',');
    CHECK(detected("a;b\n1;2,5\n") == u';');
    CHECK(detected("a\tb\n1\t2, 3\n") == u'\t');
    CHECK(detected("نام،شهر\nعلی،تهران\n") == QChar(0x060C));
    // Commas inside the Persian-comma header's values do not split it.
    CHECK(detected("نام، نام خانوادگی،شهر\nعلی، رضایی،تهران\n") == QChar(0x060C));
    // One column.
    CHECK(detected("name\nAli\n") == u',');
    // Delimiters inside quotes do not count.
    CHECK(detected("\"a,b,c\";d\n1;2\n") == u';');
    // Comma more frequent.
    CHECK(detected("a,b;c,d\n1,2;3,4\n") == u',');
    // A tie goes to the earlier candidate.
    CHECK(detected("a,b;c\n") == u',');
    // The header splits on both, the rows agree with semicolons only.
    CHECK(detected("a,b;c;d\nx;y;z\n1;2;3\nq;r;s\n") == u';');
}

TEST_CASE("detectDelimiter on a cut sample ignores the cut record", "[csvreader]")
{
    CHECK(detectDelimiter(u"a;b\n1;2\n3", false) == u';');
    CHECK(detectDelimiter(u"a;b\n1;2\n3", true) == u';');
    CHECK(detectDelimiter(u"", true) == u',');
    CHECK(detectDelimiter(u"\n\n", true) == u',');
    CHECK(detectDelimiter(u"\"unclosed,a,b", false) == u',');
}

TEST_CASE("A given delimiter is used, TSV is tab, a quote cannot delimit", "[csvreader]")
{
    SourceOptions options;
    options.delimiter = u';';
    auto t = read("a,b;c\n1,2;3\n", options);
    CHECK(t.headers == list({ "a,b", "c" }));

    t = read("a,b\tc\n\"x\ty\"\tz\n", withFormat(SourceFormat::Tsv));
    CHECK(t.headers == list({ "a,b", "c" }));
    CHECK(t.rows.at(0).cells == list({ "x\ty", "z" }));

    options.format = SourceFormat::Tsv; // TSV ignores the option
    CHECK(read("a;b\tc\n", options).headers == list({ "a;b", "c" }));

    for (const QChar bad : { QChar(u'"'), QChar(u'\n'), QChar(u'\r') }) {
        SourceOptions refused;
        refused.delimiter = bad;
        QByteArray data("a\n");
        QBuffer buffer(&data);
        buffer.open(QIODevice::ReadOnly);
        auto source = openTableSource(buffer, refused);
        REQUIRE_FALSE(source);
        CHECK(source.error().field == QStringLiteral("delimiter"));
    }
}

TEST_CASE("An unclosed quote names the line where it opened", "[csvreader]")
{
    const Error e = failure("name,note\nAli,ok\nSara,\"never closed\nZahra,x\n");
    CHECK(e.code == ErrorCode::InvalidInput);
    CHECK(e.field == QStringLiteral("file"));
    CHECK(e.message.startsWith(QStringLiteral("line 3:")));
    CHECK(e.detail == QStringLiteral("line 3"));

    // In the header: the error comes from opening.
    CHECK(failure("\"a,b\n").detail == QStringLiteral("line 1"));
    CHECK(failure("a\n\"").detail == QStringLiteral("line 2"));
}

TEST_CASE("Rows before an error are read, then the error comes", "[csvreader]")
{
    QByteArray data("h\n1\n2\n\"3\n");
    QBuffer buffer(&data);
    auto source = openBuffer(buffer);
    auto one = source->next();
    REQUIRE(one);
    REQUIRE(one->has_value());
    auto two = source->next();
    REQUIRE(two);
    REQUIRE(two->has_value());
    auto three = source->next();
    REQUIRE_FALSE(three);
    CHECK(three.error().detail == QStringLiteral("line 4"));
}

TEST_CASE("Empty input is an error, a header alone is not", "[csvreader]")
{
    for (const QByteArray& data : { QByteArray(), QByteArray("\n\r\n"), QByteArray("\xEF\xBB\xBF"), QByteArray("\xFF\xFE") }) {
        const Error e = failure(data);
        CHECK(e.field == QStringLiteral("file"));
        CHECK(e.message.contains(QStringLiteral("empty")));
    }
    const auto t = read("name,mobile\r\n");
    CHECK(t.headers == list({ "name", "mobile" }));
    CHECK(t.rows.isEmpty());
}

TEST_CASE("NUL characters and ZIP archives are not text", "[csvreader]")
{
    const Error nul = failure(QByteArray("a,b\nx,\0y\n", 9));
    CHECK(nul.detail == QStringLiteral("line 2"));
    CHECK(nul.message.contains(QStringLiteral("NUL")));
    // UTF-16 without a BOM read as UTF-8 shows the NUL bytes.
    CHECK(failure(test::utf16le(QStringLiteral("a,b\n"), false)).detail == QStringLiteral("line 1"));
    CHECK(failure(QByteArray("\"a\0\"", 4)).detail == QStringLiteral("line 1"));

    const Error zip = failure(QByteArray("PK\x03\x04\x14\0\0\0", 8));
    CHECK(zip.message.contains(QStringLiteral("XLSX")));
}

TEST_CASE("The Persian comma with quoted values and mixed line breaks", "[csvreader]")
{
    const QByteArray data = u8("نام،یادداشت\r\n\"علی، کریمی\"،\"خط\r\nدوم\"\r\n\"x\"\"y\"،z\rlast،\"\"").toUtf8();
    const auto t = read(data);
    CHECK(t.headers == list({ "نام", "یادداشت" }));
    REQUIRE(t.rows.size() == 3);
    CHECK(t.rows.at(0).cells == list({ "علی، کریمی", "خط\nدوم" }));
    CHECK(t.rows.at(0).line == 2);
    CHECK(t.rows.at(1).cells == list({ "x\"y", "z" }));
    CHECK(t.rows.at(1).line == 4);
    CHECK(t.rows.at(2).cells == list({ "last", "" }));
    CHECK(t.rows.at(2).line == 5);
}
