// The sample files of tests/data/import (made by make_samples.py there):
// one for every encoding and structure the readers take, and the malformed
// cases.
#include "IoTestSupport.h"
#include "TestSupport.h"

#include "io/TableSource.h"
#include "text/PersianText.h"

#include <QFile>

using namespace peyvand;
using namespace peyvand::io;
using peyvand::test::list;
using peyvand::test::u8;

namespace {

QString samplePath(const char* name)
{
    return QStringLiteral(PEYVAND_IMPORT_SAMPLES "/") + QLatin1String(name);
}

struct Opened {
    std::unique_ptr<TableSource> source;
    test::ReadTable table;
};

Opened readSample(const char* name, SourceOptions options = {})
{
    bool known = false;
    options.format = formatFromPath(samplePath(name), &known);
    REQUIRE(known);
    auto source = openTableSource(samplePath(name), options);
    REQUIRE(source);
    Opened opened;
    opened.table = test::readAllRows(**source);
    opened.source = std::move(*source);
    return opened;
}

Error sampleError(const char* name, SourceFormat format = SourceFormat::Csv)
{
    SourceOptions options;
    options.format = format;
    auto source = openTableSource(samplePath(name), options);
    if (!source)
        return source.error();
    for (;;) {
        auto row = (*source)->next();
        if (!row)
            return row.error();
        REQUIRE(row->has_value()); // the sample must fail before its end
    }
}

QStringList normalized(const QStringList& cells)
{
    QStringList out;
    for (const QString& c : cells)
        out << text::normalizeForStorage(c);
    return out;
}

// The customer table most samples hold (make_samples.py HEADER and ROWS),
// in its storage form.
void checkCustomerTable(const test::ReadTable& t)
{
    CHECK(normalized(t.headers) == list({ "نام", "موبایل", "شهر", "یادداشت" }));
    REQUIRE(t.rows.size() == 3);
    CHECK(normalized(t.rows.at(0).cells) == list({ "علی کریمی", "09121234567", "تهران", "مشتری قدیمی" }));
    CHECK(normalized(t.rows.at(1).cells) == list({ "Sara Ahmadi", "+989351112233", "Shiraz", "VIP, since 1399" }));
    CHECK(normalized(t.rows.at(2).cells) == list({ "زهرا موسوی", "9123456789", "اصفهان", "" }));
    CHECK(t.rows.at(0).line == 2);
    CHECK(t.rows.at(1).line == 3);
    CHECK(t.rows.at(2).line == 4);
}

} // namespace

TEST_CASE("Formats from keys and paths", "[samples]")
{
    bool ok = false;
    CHECK(formatFromPath(QStringLiteral("/x/a.CSV"), &ok) == SourceFormat::Csv);
    CHECK(ok);
    CHECK(formatFromPath(QStringLiteral("a.tsv"), &ok) == SourceFormat::Tsv);
    CHECK(formatFromPath(QStringLiteral("a.txt"), &ok) == SourceFormat::Tsv);
    CHECK(formatFromPath(QStringLiteral("a.xlsx"), &ok) == SourceFormat::Xlsx);
    CHECK(formatFromPath(QStringLiteral("a.vcf"), &ok) == SourceFormat::VCard);
    CHECK(formatFromPath(QStringLiteral("a.vcard"), &ok) == SourceFormat::VCard);
    CHECK(ok);
    formatFromPath(QStringLiteral("a.pdf"), &ok);
    CHECK_FALSE(ok);
    formatFromPath(QStringLiteral("noext"), &ok);
    CHECK_FALSE(ok);
    for (const SourceFormat f : { SourceFormat::Csv, SourceFormat::Tsv, SourceFormat::Xlsx, SourceFormat::VCard }) {
        CHECK(formatFromKey(formatKey(f), &ok) == f);
        CHECK(ok);
    }
    CHECK(formatKey(SourceFormat::VCard) == QStringLiteral("vcf"));
    CHECK(formatFromKey(u"VCF", &ok) == SourceFormat::VCard);
    formatFromKey(u"json", &ok);
    CHECK_FALSE(ok);
}

TEST_CASE("Sample: every encoding gives the same table", "[samples]")
{
    struct Case {
        const char* file;
        TextEncoding encoding;
        QChar delimiter;
    };
    const Case cases[] = {
        { "utf8.csv", TextEncoding::Utf8, u',' },
        { "utf8_bom.csv", TextEncoding::Utf8, u',' },
        { "utf16le_bom.txt", TextEncoding::Utf16, u'\t' },
        { "utf16be_bom.csv", TextEncoding::Utf16, u',' },
        { "windows1256.csv", TextEncoding::Windows1256, u',' },
    };
    for (const Case& c : cases) {
        INFO(c.file);
        const Opened o = readSample(c.file);
        checkCustomerTable(o.table);
        CHECK(o.source->encoding() == c.encoding);
        CHECK(o.source->delimiter() == c.delimiter);
        CHECK(o.source->notices().size() == (c.encoding == TextEncoding::Windows1256 ? 1 : 0));
        CHECK(o.source->position() == o.source->size());
    }
}

TEST_CASE("Sample: the encoding can be forced", "[samples]")
{
    SourceOptions options;
    options.encoding = TextEncoding::Windows1256;
    const Opened o = readSample("windows1256.csv", options);
    checkCustomerTable(o.table);
    CHECK(o.source->notices().isEmpty());

    options.encoding = TextEncoding::Utf8;
    const Opened wrong = readSample("windows1256.csv", options);
    CHECK(wrong.source->notices().size() == 1);
    CHECK(wrong.table.headers.first().contains(QChar(0xFFFD)));
}

TEST_CASE("Sample: Windows-1256 Arabic letters are stored as Persian", "[samples]")
{
    const Opened o = readSample("windows1256_arabic_letters.csv");
    REQUIRE(o.table.rows.size() == 1);
    CHECK(o.table.rows.at(0).cells == list({ "علي كريمي", "كرج" }));
    CHECK(normalized(o.table.rows.at(0).cells) == list({ "علی کریمی", "کرج" }));
    CHECK(text::normalizeForStorage(u8("علي")) == u8("علی"));
}

TEST_CASE("Sample: every delimiter, TSV and CRLF", "[samples]")
{
    const std::pair<const char*, QChar> cases[] = {
        { "semicolon.csv", u';' }, { "tab.csv", u'\t' }, { "persian_comma.csv", QChar(0x060C) },
        { "customers.tsv", u'\t' }, { "crlf.csv", u',' },
    };
    for (const auto& [file, delimiter] : cases) {
        INFO(file);
        const Opened o = readSample(file);
        checkCustomerTable(o.table);
        CHECK(o.source->delimiter() == delimiter);
    }
}

TEST_CASE("Sample: quoted values with line breaks", "[samples]")
{
    const Opened o = readSample("quoted_newlines.csv");
    CHECK(o.table.headers == list({ "name", "address", "note" }));
    REQUIRE(o.table.rows.size() == 3);
    CHECK(o.table.rows.at(0).cells == list({ "Karimi, Ali", "خیابان آزادی\nپلاک ۱۲", "He said \"hi\"" }));
    CHECK(o.table.rows.at(0).line == 2);
    CHECK(o.table.rows.at(1).cells == list({ "Sara", "line one\nline two\nline three", "" }));
    CHECK(o.table.rows.at(1).line == 4);
    CHECK(o.table.rows.at(2).cells == list({ "", ",", "\"" }));
    CHECK(o.table.rows.at(2).line == 7);
}

TEST_CASE("Sample: vCard 3.0 with quoted-printable and folding", "[samples]")
{
    const Opened o = readSample("vcard30_qp.vcf");
    CHECK(o.table.headers == vCardColumns());
    REQUIRE(o.table.rows.size() == 2);
    CHECK(o.table.rows.at(0).line == 1);
    CHECK(o.table.rows.at(0).cells
          == list({ "علی کریمی", "Peyvand, Inc. - Sales", "0912 123 4567", "021-88776655, 021-22334455", "ali@example.com",
                    "https://example.com", "خیابان آزادی", "تهران", "تهران", "1234567890",
                    "First line\nsecond line, with a comma and a long note that was folded by the writer" }));
    CHECK(o.table.rows.at(1).line == 18);
    CHECK(o.table.rows.at(1).cells
          == list({ "Dr. Sara Ahmadi", "", "09350000000", "+98 935 111 2233", "sara@example.com", "", "", "", "", "", "" }));
}

TEST_CASE("Sample: vCard 4.0", "[samples]")
{
    const Opened o = readSample("vcard40.vcf");
    REQUIRE(o.table.rows.size() == 1);
    CHECK(o.table.rows.at(0).cells
          == list({ "زهرا موسوی", "", "+98-912-345-6789", "+98-31-3222-1100", "z.mousavi@example.org", "",
                    "خیابان چهارباغ, واحد ۳", "اصفهان", "اصفهان", "8173654321", "یادداشت; با نقطه‌ویرگول" }));
}

TEST_CASE("Sample: a header without rows", "[samples]")
{
    const Opened o = readSample("header_only.csv");
    CHECK(o.table.headers == list({ "نام", "موبایل", "شهر", "یادداشت" }));
    CHECK(o.table.rows.isEmpty());
}

TEST_CASE("Sample: malformed files fail with the line", "[samples]")
{
    Error e = sampleError("unclosed_quote.csv");
    CHECK(e.code == ErrorCode::InvalidInput);
    CHECK(e.field == QStringLiteral("file"));
    CHECK(e.detail == QStringLiteral("line 3"));
    CHECK(e.message.startsWith(QStringLiteral("line 3:")));

    e = sampleError("missing_end.vcf", SourceFormat::VCard);
    CHECK(e.detail == QStringLiteral("line 5"));
    CHECK(e.message.contains(QStringLiteral("END:VCARD")));

    e = sampleError("not_a_vcard.vcf", SourceFormat::VCard);
    CHECK(e.detail == QStringLiteral("line 1"));

    e = sampleError("binary_garbage.csv");
    CHECK(e.field == QStringLiteral("file"));
    CHECK(e.message.contains(QStringLiteral("NUL")));
    CHECK(sampleError("binary_garbage.csv", SourceFormat::VCard).field == QStringLiteral("file"));
    CHECK(sampleError("binary_garbage.csv", SourceFormat::Tsv).field == QStringLiteral("file"));

    e = sampleError("zip_as.csv");
    CHECK(e.message.contains(QStringLiteral("XLSX")));

    e = sampleError("empty.csv");
    CHECK(e.message.contains(QStringLiteral("empty")));
    CHECK(sampleError("empty.csv", SourceFormat::VCard).message.contains(QStringLiteral("empty")));
}

TEST_CASE("A missing file is NotFound", "[samples]")
{
    auto source = openTableSource(samplePath("no_such_file.csv"), {});
    REQUIRE_FALSE(source);
    CHECK(source.error().code == ErrorCode::NotFound);
}

TEST_CASE("XLSX goes to the XLSX reader, by path and by device", "[samples]")
{
    const Opened o = readSample("customers.xlsx");
    CHECK(o.table.headers.first() == QStringLiteral("name"));
    REQUIRE_FALSE(o.table.rows.isEmpty());
    CHECK(o.table.rows.first().cells.first() == u8("علی رضایی"));

    QFile file(samplePath("customers.xlsx"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    SourceOptions options;
    options.format = SourceFormat::Xlsx;
    auto source = openTableSource(file, options);
    REQUIRE(source);
    CHECK((*source)->headers() == o.table.headers);

    // A CSV is not a workbook.
    auto wrong = openTableSource(samplePath("utf8.csv"), options);
    REQUIRE_FALSE(wrong);
    CHECK(wrong.error().code == ErrorCode::InvalidInput);
}
