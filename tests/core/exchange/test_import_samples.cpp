// Every sample file of tests/data/import (one per encoding and structure)
// imported end to end; the malformed ones import nothing.
#include "ExchangeTestSupport.h"

using namespace peyvand;
using namespace peyvand::exchange;
using peyvand::test::ExchangeFixture;
using peyvand::test::u8;

namespace {

QString sample(const char* name)
{
    return QStringLiteral(PEYVAND_TEST_DATA "/import/") + QString::fromUtf8(name);
}

Result<ImportReport> importSample(ExchangeFixture& f, const char* name, io::SourceFormat format)
{
    ImportOptions options;
    options.source.format = format;
    return CustomerImporter(*f.db, f.clock).run(sample(name), options);
}

} // namespace

TEST_CASE("the sample table imports the same from every encoding and delimiter", "[exchange][import][samples]")
{
    const struct {
        const char* file;
        io::SourceFormat format;
        io::TextEncoding encoding;
    } samples[] = {
        { "utf8.csv", io::SourceFormat::Csv, io::TextEncoding::Utf8 },
        { "utf8_bom.csv", io::SourceFormat::Csv, io::TextEncoding::Utf8 },
        { "utf16le_bom.txt", io::SourceFormat::Tsv, io::TextEncoding::Utf16 },
        { "utf16be_bom.csv", io::SourceFormat::Csv, io::TextEncoding::Utf16 },
        { "windows1256.csv", io::SourceFormat::Csv, io::TextEncoding::Windows1256 },
        { "semicolon.csv", io::SourceFormat::Csv, io::TextEncoding::Utf8 },
        { "tab.csv", io::SourceFormat::Csv, io::TextEncoding::Utf8 },
        { "persian_comma.csv", io::SourceFormat::Csv, io::TextEncoding::Utf8 },
        { "customers.tsv", io::SourceFormat::Tsv, io::TextEncoding::Utf8 },
        { "crlf.csv", io::SourceFormat::Csv, io::TextEncoding::Utf8 },
    };
    for (const auto& s : samples) {
        INFO(s.file);
        ExchangeFixture f;
        const auto report = importSample(f, s.file, s.format);
        REQUIRE(report);
        CHECK(report->imported == 3);
        CHECK(report->rejected.isEmpty());
        CHECK(report->encoding == s.encoding);
        const auto all = f.customers();
        REQUIRE(all.size() == 3);
        CHECK(all[0].name == u8("علی کریمی"));
        CHECK(all[0].mobile == QStringLiteral("09121234567"));
        CHECK(all[0].city == u8("تهران"));
        CHECK(f.notes(all[0].id) == QStringList { u8("مشتری قدیمی") });
        CHECK(all[1].name == QStringLiteral("Sara Ahmadi"));
        CHECK(all[1].mobile == QStringLiteral("09351112233"));
        CHECK(f.notes(all[1].id) == QStringList { QStringLiteral("VIP, since 1399") });
        CHECK(all[2].name == u8("زهرا موسوی"));
        CHECK(all[2].mobile == QStringLiteral("09123456789")); // the dropped zero restored
    }
}

TEST_CASE("the XLSX sample: numbers, rich text, gaps and invalid cells", "[exchange][import][samples]")
{
    ExchangeFixture f;
    const auto report = importSample(f, "customers.xlsx", io::SourceFormat::Xlsx);
    REQUIRE(report);
    QStringList rejected;
    for (const RejectedRow& r : report->rejected)
        rejected << QStringLiteral("%1 %2 %3").arg(r.line).arg(r.field, r.value);
    INFO(rejected.join(u'|').toStdString());
    const auto all = f.customers();
    QStringList names;
    for (const auto& c : all)
        names << c.name + u' ' + c.mobile;
    INFO(names.join(u'|').toStdString());
    CHECK(report->imported == 2);
    // Row 2: the mobile stored as a number; the national ID padded to 0012345678 fails its check digit.
    REQUIRE_FALSE(report->rejected.isEmpty());
    CHECK(report->rejected[0].line == 2);
    CHECK(report->rejected[0].field == QStringLiteral("national_id"));
    CHECK(report->rejected[0].value == QStringLiteral("12345678"));
    REQUIRE(all.size() == 2);
    CHECK(all[0].name == QStringLiteral("Sara Ahmadi"));
    CHECK(all[0].mobile == QStringLiteral("09351234567"));
    CHECK(all[1].name == QStringLiteral("Short"));
}

TEST_CASE("Arabic letters from an old Windows-1256 file are stored as Persian", "[exchange][import][samples]")
{
    ExchangeFixture f;
    const auto report = importSample(f, "windows1256_arabic_letters.csv", io::SourceFormat::Csv);
    REQUIRE(report);
    REQUIRE(f.customers().size() == 1);
    CHECK(f.customers()[0].name == u8("علی کریمی"));
    CHECK(f.customers()[0].city == u8("کرج"));
}

TEST_CASE("vCard 3.0 and 4.0 samples import", "[exchange][import][samples]")
{
    ExchangeFixture f;
    auto report = importSample(f, "vcard30_qp.vcf", io::SourceFormat::VCard);
    REQUIRE(report);
    CHECK(report->imported == 2);
    report = importSample(f, "vcard40.vcf", io::SourceFormat::VCard);
    REQUIRE(report);
    CHECK(report->imported == 1);
    const auto all = f.customers();
    REQUIRE(all.size() == 3);
    CHECK(all[0].name == u8("علی کریمی"));
    CHECK(all[0].mobile == QStringLiteral("09121234567"));
    CHECK(all[0].email == QStringLiteral("ali@example.com"));
    CHECK(all[0].city == u8("تهران"));
    CHECK(all[2].name == u8("زهرا موسوی"));
    CHECK(all[2].mobile == QStringLiteral("09123456789"));
}

TEST_CASE("quoted delimiters and line breaks import as values", "[exchange][import][samples]")
{
    ExchangeFixture f;
    ImportOptions options;
    options.overrides << MappingOverride { QStringLiteral("note"), QStringLiteral("notes") };
    auto report = CustomerImporter(*f.db, f.clock).run(sample("quoted_newlines.csv"), options);
    REQUIRE(report);
    CHECK(report->imported == 2);
    REQUIRE(report->rejected.size() == 1); // the row without a name
    CHECK(report->rejected[0].field == QStringLiteral("name"));
    const auto all = f.customers();
    REQUIRE(all.size() == 2);
    CHECK(all[0].name == QStringLiteral("Karimi, Ali"));
    CHECK(all[0].address == u8("خیابان آزادی پلاک 12"));
    CHECK(f.notes(all[0].id) == QStringList { QStringLiteral("He said \"hi\"") });
}

TEST_CASE("malformed samples import nothing and say why", "[exchange][import][samples]")
{
    const struct {
        const char* file;
        io::SourceFormat format;
    } samples[] = {
        { "unclosed_quote.csv", io::SourceFormat::Csv },
        { "missing_end.vcf", io::SourceFormat::VCard },
        { "not_a_vcard.vcf", io::SourceFormat::VCard },
        { "truncated.xlsx", io::SourceFormat::Xlsx },
        { "not_a_zip.xlsx", io::SourceFormat::Xlsx },
        { "zip_bomb.xlsx", io::SourceFormat::Xlsx },
        { "billion_laughs.xlsx", io::SourceFormat::Xlsx },
    };
    for (const auto& s : samples) {
        INFO(s.file);
        ExchangeFixture f;
        const QStringList before = f.snapshot();
        const auto report = importSample(f, s.file, s.format);
        REQUIRE_FALSE(report);
        CHECK(report.error().code == ErrorCode::InvalidInput);
        CHECK_FALSE(report.error().message.isEmpty());
        CHECK(f.snapshot() == before);
    }
}

TEST_CASE("empty and header-only files import nothing without an error", "[exchange][import][samples]")
{
    for (const char* file : { "header_only.csv" }) {
        INFO(file);
        ExchangeFixture f;
        const auto report = importSample(f, file, io::SourceFormat::Csv);
        REQUIRE(report);
        CHECK(report->imported == 0);
        CHECK(report->rowsRead == 0);
        CHECK(f.count("customers") == 0);
    }
}
