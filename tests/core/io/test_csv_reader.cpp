#include "IoTestSupport.h"
#include "TestSupport.h"

#include "io/CsvReader.h"
#include "io/TableSource.h"

#include <QBuffer>

using namespace peyvand;
using namespace peyvand::io;
using peyvand::test::readBytes;
using peyvand::test::readBytesTrickled;
using peyvand::test::ReadTable;
using peyvand::test::u8;

namespace {

QStringList list(std::initializer_list<const char*> values)
{
    QStringList out;
    for (const char* v : values)
        out << u8(v);
    return out;
}

ReadTable read(const QByteArray& data, const SourceOptions& options = {})
{
    auto table = readBytes(data, options);
    REQUIRE(table);
    // Any cut of the reads gives the same table, random access or not.
    auto trickled = readBytesTrickled(data, options);
    REQUIRE(trickled);
    CHECK(trickled->headers == table->headers);
    REQUIRE(trickled->rows.size() == table->rows.size());
    for (qsizetype i = 0; i < table->rows.size(); ++i) {
        CHECK(trickled->rows.at(i).cells == table->rows.at(i).cells);
        CHECK(trickled->rows.at(i).line == table->rows.at(i).line);
    }
    return *table;
}

Error failure(const QByteArray& data, const SourceOptions& options = {})
{
    auto table = readBytes(data, options);
    REQUIRE_FALSE(table);
    auto trickled = readBytesTrickled(data, options);
    REQUIRE_FALSE(trickled);
    CHECK(trickled.error().message == table.error().message);
    return table.error();
}

SourceOptions withFormat(SourceFormat format)
{
    SourceOptions options;
    options.format = format;
    return options;
}

std::unique_ptr<TableSource> open(QBuffer& buffer, const SourceOptions& options = {})
{
    buffer.open(QIODevice::ReadOnly);
    auto source = openTableSource(buffer, options);
    REQUIRE(source);
    return std::move(*source);
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

TEST_CASE("CRLF, LF and CR end records; the last needs no line break", "[csvreader]")
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

TEST_CASE("Delimiter detection among , ; tab and the Persian comma", "[csvreader]")
{
    auto detected = [](const char* data) {
        QByteArray bytes(data);
        QBuffer buffer(&bytes);
        return open(buffer)->delimiter();
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

TEST_CASE("A given delimiter is used; TSV is tab; a quote cannot delimit", "[csvreader]")
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

TEST_CASE("The source reports encoding, delimiter, position and size", "[csvreader]")
{
    QByteArray data("\xEF\xBB\xBF" "a;b\n1;2\n");
    QBuffer buffer(&data);
    auto source = open(buffer);
    CHECK(source->encoding() == TextEncoding::Utf8);
    CHECK(source->delimiter() == u';');
    CHECK(source->size() == data.size());
    CHECK(source->headers() == list({ "a", "b" }));
    CHECK(source->notices().isEmpty());
    auto row = source->next();
    REQUIRE(row);
    REQUIRE(row->has_value());
    CHECK(source->position() == data.size());
}

TEST_CASE("Encodings are decoded; invalid UTF-8 falls back to Windows-1256 with a notice", "[csvreader]")
{
    const QString text = u8("نام,شهر\nعلی کریمی,تهران\n");
    const QList<QByteArray> encoded = { text.toUtf8(), QByteArray("\xEF\xBB\xBF") + text.toUtf8(), test::utf16le(text),
                                        test::utf16be(text) };
    for (const QByteArray& data : encoded) {
        const auto t = read(data);
        CHECK(t.headers == list({ "نام", "شهر" }));
        CHECK(t.rows.at(0).cells == list({ "علی کریمی", "تهران" }));
    }

    QByteArray data = test::windows1256(text);
    QBuffer buffer(&data);
    auto source = open(buffer);
    CHECK(source->encoding() == TextEncoding::Windows1256);
    REQUIRE(source->notices().size() == 1);
    CHECK(source->notices().first().contains(QStringLiteral("(line 1)")));
    CHECK(source->notices().first().contains(QStringLiteral("Windows-1256")));
    CHECK(source->headers() == list({ "نام", "شهر" }));
    auto row = source->next();
    REQUIRE(row);
    // Windows-1256 has Keheh but only the Arabic Yeh.
    CHECK((*row)->cells == list({ "علي کريمي", "تهران" }));
}

TEST_CASE("The notice names the first line that is not UTF-8", "[csvreader]")
{
    QByteArray data = QByteArray("name,city\nAli,Tehran\n\"multi\nline\",x\nB,") + QByteArray("\xD4\xED\xD1\xC7\xD2\n");
    QBuffer buffer(&data);
    auto source = open(buffer);
    REQUIRE(source->notices().size() == 1);
    CHECK(source->notices().first().contains(QStringLiteral("(line 5)")));
}

TEST_CASE("An explicit encoding is used as given", "[csvreader]")
{
    const QString text = u8("نام\nعلی\n");
    SourceOptions options;
    options.encoding = TextEncoding::Windows1256;
    // UTF-8 bytes read as Windows-1256: mojibake, but as asked.
    auto t = read(text.toUtf8(), options);
    CHECK(t.headers.first() != u8("نام"));

    options.encoding = TextEncoding::Utf8;
    QByteArray bad("a\n\xE1\n");
    QBuffer buffer(&bad);
    auto source = open(buffer, options);
    auto row = source->next();
    REQUIRE(row);
    CHECK((*row)->cells.first() == QStringLiteral("\uFFFD"));
    REQUIRE(source->notices().size() == 1);
    CHECK(source->notices().first().contains(QStringLiteral("1")));
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
    auto source = open(buffer);
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

TEST_CASE("Empty input is an error; a header alone is not", "[csvreader]")
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

TEST_CASE("Inputs over maxBytes are refused, with or without a known size", "[csvreader]")
{
    SourceOptions options;
    options.maxBytes = 10;
    CHECK(readBytes("a\n12345678", options));
    const Error e = failure("a\n123456789", options);
    CHECK(e.field == QStringLiteral("file"));
    CHECK(e.message.contains(QStringLiteral("too large")));
    auto sequential = readBytesTrickled("a\n123456789", options, true);
    REQUIRE_FALSE(sequential);
    CHECK(sequential.error().message.contains(QStringLiteral("too large")));
}

TEST_CASE("A record longer than the cap fails cleanly", "[csvreader]")
{
    QByteArray data("name,note\nAli,\"");
    data.append(QByteArray(1100 * 1024, 'x'));
    data.append("\"\nSara,ok\n");
    QBuffer buffer(&data);
    auto source = open(buffer);
    auto row = source->next();
    REQUIRE_FALSE(row);
    CHECK(row.error().detail == QStringLiteral("line 2"));
    CHECK(row.error().message.contains(QStringLiteral("longer than")));
}

TEST_CASE("Records may be much longer than a read chunk", "[csvreader]")
{
    QByteArray data("h1,h2\n\"");
    const QByteArray big(700 * 1024, 'y');
    data.append(big).append("\",z\n");
    const auto t = read(data);
    REQUIRE(t.rows.size() == 1);
    CHECK(t.rows.at(0).cells.at(0).size() == big.size());
    CHECK(t.rows.at(0).cells.at(1) == QStringLiteral("z"));
}

TEST_CASE("Many records across chunks keep their lines", "[csvreader]")
{
    QByteArray data("n,text,more\r\n");
    const int rows = 30000;
    for (int i = 0; i < rows; ++i) {
        data.append(QByteArray::number(i)).append(",\"");
        data.append(u8("سطر ").toUtf8()).append(QByteArray::number(i));
        // Every tenth record spans two lines.
        data.append(i % 10 == 0 ? "\r\nادامه\",x\r\n" : "\",x\r\n");
    }
    auto t = readBytes(data);
    REQUIRE(t);
    REQUIRE(t->rows.size() == rows);
    qint64 expectedLine = 2;
    for (int i = 0; i < rows; ++i) {
        const SourceRow& r = t->rows.at(i);
        REQUIRE(r.line == expectedLine);
        REQUIRE(r.cells.at(0) == QString::number(i));
        expectedLine += (i % 10 == 0) ? 2 : 1;
    }
}

TEST_CASE("A sequential device with Auto is judged by its first megabytes", "[csvreader]")
{
    const QString text = u8("نام;شهر\nعلی;تهران\n");
    auto t = readBytesTrickled(test::windows1256(text), {}, true);
    REQUIRE(t);
    CHECK(t->headers == list({ "نام", "شهر" }));
    CHECK(t->rows.at(0).cells == list({ "علي", "تهران" }));
    t = readBytesTrickled(text.toUtf8(), {}, true);
    REQUIRE(t);
    CHECK(t->rows.at(0).cells == list({ "علی", "تهران" }));
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

TEST_CASE("Reads of 1 to 7 bytes cut records, quotes, CRLF and characters anywhere", "[csvreader]")
{
    const QString text = u8("نام،یادداشت\r\n\"علی، کریمی\"،\"خط\r\nدوم\"\r\n\r\n\"x\"\"y\"،z\rlast،\"\"\r\n😀،\"\"\"\"\n");
    struct Case {
        QByteArray data;
        TextEncoding encoding;
    };
    const Case cases[] = {
        { text.toUtf8(), TextEncoding::Utf8 },
        { QByteArray("\xEF\xBB\xBF") + text.toUtf8(), TextEncoding::Utf8 },
        { test::utf16le(text), TextEncoding::Utf16 },
        { test::utf16be(text), TextEncoding::Utf16 },
    };
    for (const Case& c : cases) {
        SourceOptions options;
        options.encoding = c.encoding;
        options.delimiter = QChar(0x060C);
        const auto whole = readBytes(c.data, options);
        REQUIRE(whole);
        CHECK(whole->headers == list({ "نام", "یادداشت" }));
        REQUIRE(whole->rows.size() == 4);
        CHECK(whole->rows.at(0).cells == list({ "علی، کریمی", "خط\nدوم" }));
        CHECK(whole->rows.at(1).cells == list({ "x\"y", "z" }));
        CHECK(whole->rows.at(1).line == 5);
        CHECK(whole->rows.at(2).line == 6);
        CHECK(whole->rows.at(3).cells == list({ "😀", "\"" }));
        CHECK(whole->rows.at(3).line == 7);

        test::TrickleDevice device(c.data);
        auto source = openTableSource(device, options);
        REQUIRE(source);
        const auto trickled = test::readAllRows(**source);
        CHECK(device.reads() > c.data.size() / 7);
        CHECK(trickled.headers == whole->headers);
        REQUIRE(trickled.rows.size() == whole->rows.size());
        for (qsizetype i = 0; i < whole->rows.size(); ++i) {
            CHECK(trickled.rows.at(i).cells == whole->rows.at(i).cells);
            CHECK(trickled.rows.at(i).line == whole->rows.at(i).line);
        }
    }
}

TEST_CASE("Errors are the same whatever the reads", "[csvreader]")
{
    SourceOptions options;
    options.encoding = TextEncoding::Utf8;
    options.delimiter = u',';
    const QByteArray inputs[] = { QByteArray("a,b\n1,\"open\n2,3\n"), QByteArray("a,b\n1,2\n3,x\0y\n", 15), QByteArray("a\r\n\"") };
    for (const QByteArray& data : inputs) {
        const auto whole = readBytes(data, options);
        REQUIRE_FALSE(whole);
        test::TrickleDevice device(data);
        auto source = openTableSource(device, options);
        Error error;
        if (!source) {
            error = source.error();
        } else {
            for (;;) {
                auto row = (*source)->next();
                if (!row) {
                    error = row.error();
                    break;
                }
                REQUIRE(row->has_value());
            }
        }
        CHECK(error.message == whole.error().message);
        CHECK(error.detail == whole.error().detail);
    }
}
