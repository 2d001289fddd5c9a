// The CSV reader as a stream: encodings, devices and how they are read,
// sizes and caps.
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

TEST_CASE("The source reports encoding, delimiter, position and size", "[csvreader]")
{
    QByteArray data("\xEF\xBB\xBF" "a;b\n1;2\n");
    QBuffer buffer(&data);
    auto source = openBuffer(buffer);
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

TEST_CASE("Encodings are decoded, invalid UTF-8 falls back to Windows-1256 with a notice", "[csvreader]")
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
    auto source = openBuffer(buffer);
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
    auto source = openBuffer(buffer);
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
    auto source = openBuffer(buffer, options);
    auto row = source->next();
    REQUIRE(row);
    CHECK((*row)->cells.first() == QStringLiteral("\uFFFD"));
    REQUIRE(source->notices().size() == 1);
    CHECK(source->notices().first().contains(QStringLiteral("1")));
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
    auto source = openBuffer(buffer);
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

TEST_CASE("Detection reads from where the device stands and rewinds there", "[csvreader]")
{
    QByteArray data = QByteArray("SKIP\n") + test::windows1256(u8("نام,شهر\nعلی,تهران\n"));
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    REQUIRE(buffer.seek(5));
    auto source = openTableSource(buffer, {});
    REQUIRE(source);
    CHECK((*source)->encoding() == TextEncoding::Windows1256);
    CHECK((*source)->size() == data.size() - 5);
    const auto t = test::readAllRows(**source);
    CHECK(t.headers == list({ "نام", "شهر" }));
    REQUIRE(t.rows.size() == 1);
    CHECK(t.rows.at(0).line == 2);
}

TEST_CASE("Replaced characters are counted in a notice", "[csvreader]")
{
    const QString text = QStringLiteral("a,b\n1,") + QChar(0xD800) + QStringLiteral("\n2,") + QChar(0xDC00) + QStringLiteral("\n");
    QByteArray data = test::utf16le(text);
    QBuffer buffer(&data);
    auto source = openBuffer(buffer);
    CHECK(source->encoding() == TextEncoding::Utf16);
    const auto t = test::readAllRows(*source);
    CHECK(t.rows.at(0).cells.at(1) == QStringLiteral("\uFFFD"));
    REQUIRE(source->notices().size() == 1);
    CHECK(source->notices().first().startsWith(QStringLiteral("2 ")));
    CHECK(source->notices().first().contains(QStringLiteral("UTF-16")));
}

TEST_CASE("A device that cannot be read is an I/O error", "[csvreader]")
{
    QBuffer closed;
    auto source = openTableSource(closed, {});
    REQUIRE_FALSE(source);
    CHECK(source.error().code == ErrorCode::Io);
}
