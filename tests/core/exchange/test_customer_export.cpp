#include "ExchangeTestSupport.h"

#include "customers/CustomerService.h"
#include "exchange/CustomerExporter.h"
#include "exchange/ExportRecords.h"
#include "exchange/VCardWriter.h"
#include "io/Csv.h"
#include "io/Xlsx.h"
#include "storage/SqlHelpers.h"

#include <QDir>
#include <QFile>

using namespace peyvand;
using namespace peyvand::exchange;
using peyvand::test::ExchangeFixture;
using peyvand::test::u8;

namespace {

const char* const kCsv =
    "name,kind,company,national_id,legal_id,economic_code,registration_number,mobile,phone,email,website,instagram,"
    "telegram,whatsapp,linkedin,address,city,province,postal_code,source,tags,since,notes\n"
    "علي كريمي,,شركت نوآوران,499370899,,,,9121234567,\"021-88776655, 02144556677\",Ali@Example.com,example.ir,@ali_k,"
    "ali_t,09121234567,ali-k,\"خیابان ۱۲، پلاک ٣\",تهران,تهران,1991933191,نمایشگاه,\"عمده، وفادار\",1403/01/15,\"تماس عصرها\nخط دو\"\n"
    "شرکت پارس,company,,,10380284790,10380284790,12345,,02144556677,info@pars.ir,,,,,,,تهران,,,,عمده,2024-01-02,\n"
    "=HYPERLINK(\"http://x\"),,@evil,,,,,09351112233,,,,,,,,-1+2,+Tehran,,,,\"=cmd, ok\",,@note\n";

QByteArray readAll(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

// The customers as their fields, without ids and timestamps, for comparing two databases.
QStringList fieldsOf(ExchangeFixture& f, bool withTags = true, bool withNotes = true)
{
    QStringList out;
    for (const customers::Customer& c : f.customers()) {
        QStringList cells { customers::toKey(c.kind), c.name, c.company, c.nationalId, c.legalId, c.economicCode,
                            c.registrationNumber, c.mobile, c.otherPhones.join(u'|'), c.email, c.website, c.instagram,
                            c.telegram, c.whatsapp, c.linkedin, c.address, c.city, c.province, c.postalCode, c.source,
                            c.since.toString(Qt::ISODate) };
        if (withTags)
            cells << c.tags.join(u'|');
        if (withNotes)
            cells << f.notes(c.id).join(u'|');
        out << cells.join(QChar(31));
    }
    return out;
}

} // namespace

TEST_CASE("formula escaping", "[exchange][export]")
{
    CHECK(escapeFormula(QStringLiteral("=1+1")) == QStringLiteral("'=1+1"));
    CHECK(escapeFormula(QStringLiteral("+98")) == QStringLiteral("'+98"));
    CHECK(escapeFormula(QStringLiteral("-5")) == QStringLiteral("'-5"));
    CHECK(escapeFormula(QStringLiteral("@SUM(A1)")) == QStringLiteral("'@SUM(A1)"));
    CHECK(escapeFormula(QStringLiteral("\tx")) == QStringLiteral("'\tx"));
    CHECK(escapeFormula(QStringLiteral("\rx")) == QStringLiteral("'\rx"));
    CHECK(escapeFormula(QStringLiteral("a=b")) == QStringLiteral("a=b"));
    CHECK(escapeFormula(u8("علی")) == u8("علی"));
    CHECK(escapeFormula(QString()).isEmpty());
}

TEST_CASE("format keys", "[exchange][export]")
{
    for (ExportFormat f : { ExportFormat::Csv, ExportFormat::Xlsx, ExportFormat::VCard })
        CHECK(exportFormatFromKey(exportFormatKey(f)) == f);
    CHECK(exportFormatFromKey(u"VCARD") == ExportFormat::VCard);
    CHECK_FALSE(exportFormatFromKey(u"pdf").has_value());
}

TEST_CASE("CSV export: BOM, import field keys as headers, escaped free text, CRLF", "[exchange][export]")
{
    ExchangeFixture f;
    REQUIRE(f.importCsv(u8(kCsv)));
    const QString path = f.path(QStringLiteral("out.csv"));
    auto n = CustomerExporter(*f.db).run(path, {});
    REQUIRE(n);
    CHECK(*n == 3);
    const QByteArray bytes = readAll(path);
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"));
    CHECK(lines.at(0)
          == QStringLiteral("name,kind,company,national_id,legal_id,economic_code,registration_number,mobile,phone,email,"
                            "website,instagram,telegram,whatsapp,linkedin,address,city,province,postal_code,source,tags,since,notes"));
    CHECK(lines.at(1).startsWith(u8("علی کریمی,person,شرکت نوآوران,0499370899,,,,09121234567,\"02188776655, 02144556677\",")));
    CHECK(lines.at(1).contains(u8(",\"عمده, وفادار\",2024-04-03,\"تماس عصرها\nخط دو\"")));
    CHECK(lines.at(3).startsWith(QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\")\",person,'@evil,")));
    CHECK(lines.at(3).contains(QStringLiteral(",'-1+2,'+Tehran,")));
    CHECK(lines.at(3).contains(QStringLiteral("\"'=cmd, ok\"")));
    CHECK(lines.at(3).endsWith(QStringLiteral(",'@note")));
    CHECK(lines.at(4).isEmpty());
    CHECK(lines.size() == 5);
    CHECK_FALSE(QFile::exists(path + QStringLiteral(".tmp")));
}

TEST_CASE("an export imports back unchanged: CSV", "[exchange][export][roundtrip]")
{
    ExchangeFixture source;
    REQUIRE(source.importCsv(u8(kCsv)));
    for (bool persian : { false, true }) {
        INFO(persian);
        ExportOptions options;
        options.persianHeaders = persian;
        const QString path = source.path(QStringLiteral("export.csv"));
        REQUIRE(CustomerExporter(*source.db).run(path, options));
        ExchangeFixture target;
        const auto report = target.import(path);
        REQUIRE(report);
        CHECK(report->imported == 3);
        CHECK(report->rejected.isEmpty());
        CHECK(fieldsOf(target) == fieldsOf(source));
    }
}

TEST_CASE("an export imports back unchanged: vCard", "[exchange][export][roundtrip]")
{
    ExchangeFixture source;
    REQUIRE(source.importCsv(u8(kCsv)));
    const QString path = source.path(QStringLiteral("export.vcf"));
    ExportOptions options;
    options.format = ExportFormat::VCard;
    REQUIRE(*CustomerExporter(*source.db).run(path, options) == 3);
    const QByteArray bytes = readAll(path);
    CHECK(bytes.startsWith("BEGIN:VCARD\r\nVERSION:3.0\r\n"));
    CHECK(bytes.count("BEGIN:VCARD") == 3);
    ExchangeFixture target;
    ImportOptions importOptions;
    importOptions.source.format = io::SourceFormat::VCard;
    const auto report = target.import(path, importOptions);
    REQUIRE(report);
    CHECK(report->imported == 3);
    CHECK(report->rejected.isEmpty());
    // vCard carries name, company, phones, email, website, address and notes.
    const auto a = source.customers();
    const auto b = target.customers();
    REQUIRE(a.size() == b.size());
    for (int i = 0; i < a.size(); ++i) {
        INFO(i);
        CHECK(b[i].name == a[i].name);
        CHECK(b[i].kind == a[i].kind);
        CHECK(b[i].company == a[i].company);
        CHECK(b[i].mobile == a[i].mobile);
        CHECK(b[i].otherPhones == a[i].otherPhones);
        CHECK(b[i].email == a[i].email);
        CHECK(b[i].website == a[i].website);
        CHECK(b[i].address == a[i].address);
        CHECK(b[i].city == a[i].city);
        CHECK(b[i].province == a[i].province);
        CHECK(b[i].postalCode == a[i].postalCode);
        CHECK(target.notes(b[i].id) == source.notes(a[i].id));
    }
}

TEST_CASE("vCard lines are escaped and folded at 75 octets", "[exchange][export]")
{
    ExportRecord r;
    r.customer.name = u8("علی; کریمی, \\ و ") + QString(40, QChar(0x0628));
    r.customer.mobile = QStringLiteral("09121234567");
    r.customer.tags = { QStringLiteral("a,b"), QStringLiteral("c") };
    r.notes = { QStringLiteral("line1\nline2") };
    const QByteArray card = vCardOf(r);
    for (const QByteArray& line : card.split('\n'))
        CHECK(line.size() <= 76); // 75 octets and the CR
    CHECK(QString::fromUtf8(card).contains(u8("FN:علی\\; کریمی\\, \\\\ و ")));
    CHECK(card.contains("TEL;TYPE=CELL:09121234567\r\n"));
    CHECK(card.contains("CATEGORIES:a\\,b,c\r\n"));
    CHECK(card.contains("NOTE:line1\\nline2\r\n"));
    // Folding never splits a UTF-8 character.
    QString unfolded = QString::fromUtf8(QByteArray(card).replace("\r\n ", ""));
    CHECK_FALSE(unfolded.contains(QChar(0xFFFD)));
    CHECK(unfolded.contains(QString(40, QChar(0x0628))));
}

TEST_CASE("export of the current search or filter", "[exchange][export]")
{
    ExchangeFixture f;
    REQUIRE(f.importCsv(u8(kCsv)));
    ExportOptions options;
    options.query.tag = u8("عمده");
    const QString path = f.path(QStringLiteral("filtered.csv"));
    REQUIRE(*CustomerExporter(*f.db).run(path, options) == 2);
    options.query = {};
    options.query.text = QStringLiteral("pars");
    REQUIRE(*CustomerExporter(*f.db).run(path, options) == 1);
    const QString text = QString::fromUtf8(readAll(path));
    CHECK(text.contains(u8("شرکت پارس,company")));
    CHECK_FALSE(text.contains(u8("کریمی")));

    // Archived customers are left out unless asked for.
    REQUIRE(customers::CustomerService(*f.db, f.clock).archive(f.customers()[0].id));
    options.query = {};
    CHECK(*CustomerExporter(*f.db).run(path, options) == 2);
    options.query.archive = customers::CustomerQuery::Archive::All;
    CHECK(*CustomerExporter(*f.db).run(path, options) == 3);
    options.query.archive = customers::CustomerQuery::Archive::ArchivedOnly;
    CHECK(*CustomerExporter(*f.db).run(path, options) == 1);
}

TEST_CASE("notes are exported with their customer, in order", "[exchange][export]")
{
    ExchangeFixture f;
    REQUIRE(f.importCsv(QStringLiteral("name,notes\nA,first\nB,\nC,only c\n")));
    const auto all = f.customers();
    customers::CustomerService service(*f.db, f.clock);
    REQUIRE(service.addNote(all[0].id, QStringLiteral("second"), f.clock.nowUtc().addSecs(60)));
    ExportOptions options;
    const QString path = f.path(QStringLiteral("notes.csv"));
    REQUIRE(CustomerExporter(*f.db).run(path, options));
    const QStringList lines = QString::fromUtf8(readAll(path).mid(3)).split(QStringLiteral("\r\n"));
    CHECK(lines.at(1).endsWith(QStringLiteral(",\"first\n\nsecond\"")));
    CHECK(lines.at(2).endsWith(QStringLiteral(",")));
    CHECK(lines.at(3).endsWith(QStringLiteral(",only c")));
    // The same for a filtered export (notes looked up one customer at a time).
    options.query.text = QStringLiteral("a");
    REQUIRE(*CustomerExporter(*f.db).run(path, options) == 1);
    CHECK(QString::fromUtf8(readAll(path)).contains(QStringLiteral("\"first\n\nsecond\"")));
}

TEST_CASE("a cancelled or failed export leaves no file", "[exchange][export]")
{
    ExchangeFixture f;
    QString csv = QStringLiteral("name\n");
    for (int i = 0; i < 2500; ++i)
        csv += QStringLiteral("Person %1\n").arg(i);
    REQUIRE(f.importCsv(csv));
    const QString path = f.path(QStringLiteral("cancelled.csv"));
    qint64 lastTotal = 0;
    auto r = CustomerExporter(*f.db).run(path, {}, [&](qint64 done, qint64 total) {
        lastTotal = total;
        return done < 2000;
    });
    REQUIRE_FALSE(r);
    CHECK(r.error().code == ErrorCode::Cancelled);
    CHECK(lastTotal == 2500);
    CHECK_FALSE(QFile::exists(path));
    CHECK(QDir(f.dir.path()).entryList(QDir::Files).filter(QStringLiteral("cancelled")).isEmpty());

    // An existing file stays as it was when an export over it is cancelled.
    REQUIRE(*CustomerExporter(*f.db).run(path, {}) == 2500);
    const QByteArray before = readAll(path);
    REQUIRE_FALSE(CustomerExporter(*f.db).run(path, {}, [](qint64, qint64) { return false; }));
    CHECK(readAll(path) == before);

    auto bad = CustomerExporter(*f.db).run(f.path(QStringLiteral("no/such/dir/x.csv")), {});
    REQUIRE_FALSE(bad);
    CHECK(bad.error().code == ErrorCode::Io);
}

TEST_CASE("an export imports back unchanged: XLSX", "[exchange][export][roundtrip]")
{
    ExchangeFixture source;
    REQUIRE(source.importCsv(u8(kCsv)));
    for (bool persian : { false, true }) {
        INFO(persian);
        ExportOptions options;
        options.format = ExportFormat::Xlsx;
        options.persianHeaders = persian;
        const QString path = source.path(QStringLiteral("export.xlsx"));
        REQUIRE(*CustomerExporter(*source.db).run(path, options) == 3);
        CHECK(readAll(path).startsWith("PK"));
        ExchangeFixture target;
        ImportOptions importOptions;
        importOptions.source.format = io::SourceFormat::Xlsx;
        const auto report = target.import(path, importOptions);
        REQUIRE(report);
        CHECK(report->imported == 3);
        CHECK(report->rejected.isEmpty());
        CHECK(fieldsOf(target) == fieldsOf(source));
    }
}

TEST_CASE("XLSX export keeps IDs and phones as text and escapes formulas", "[exchange][export]")
{
    ExchangeFixture f;
    REQUIRE(f.importCsv(u8(kCsv)));
    const QString path = f.path(QStringLiteral("cells.xlsx"));
    ExportOptions options;
    options.format = ExportFormat::Xlsx;
    REQUIRE(CustomerExporter(*f.db).run(path, options));
    auto sheet = io::openXlsx(path);
    REQUIRE(sheet);
    CHECK((*sheet)->headers().at(3) == QStringLiteral("national_id"));
    auto first = (*sheet)->next();
    REQUIRE(first);
    REQUIRE(first->has_value());
    CHECK((*first)->cells.at(3) == QStringLiteral("0499370899"));
    CHECK((*first)->cells.at(7) == QStringLiteral("09121234567"));
    (void)(*sheet)->next();
    auto third = (*sheet)->next();
    REQUIRE(third);
    REQUIRE(third->has_value());
    CHECK((*third)->cells.at(0).startsWith(QStringLiteral("'=HYPERLINK")));
}

TEST_CASE("the CSV fast path writes what the cells of each record give", "[exchange][export]")
{
    ExchangeFixture f;
    REQUIRE(f.importCsv(u8(kCsv)));
    customers::CustomerService service(*f.db, f.clock);
    customers::Customer odd;
    odd.name = QStringLiteral("-Quote \"me\", please");
    odd.company = QStringLiteral("@corp");
    odd.address = QStringLiteral("line one\nline two");
    odd.otherPhones = { QStringLiteral("+442079460958"), QStringLiteral("02188776655") };
    odd.tags = { QStringLiteral("=a"), QStringLiteral("b \"c\"") };
    odd.source = QStringLiteral("\tweb");
    auto created = service.create(odd);
    REQUIRE(created);
    REQUIRE(service.addNote(created->id, QStringLiteral("=note, one")));

    for (bool filtered : { false, true }) {
        INFO(filtered);
        customers::CustomerQuery query;
        if (filtered)
            query.text = QStringLiteral("a"); // ids first, then each customer on its own
        auto fast = ExportScan::open(*f.db, query);
        auto slow = ExportScan::open(*f.db, query);
        REQUIRE(fast);
        REQUIRE(slow);
        int rows = 0;
        for (;;) {
            QByteArray line;
            auto more = (*fast)->nextCsv(line);
            REQUIRE(more);
            auto record = (*slow)->next();
            REQUIRE(record);
            REQUIRE(*more == record->has_value());
            if (!*more)
                break;
            QStringList cells = exportCells(**record);
            const QList<ImportField> columns = exportColumns();
            for (int i = 0; i < cells.size(); ++i)
                cells[i] = io::csvField(isFreeText(columns.at(i)) ? escapeFormula(cells.at(i)) : cells.at(i));
            CHECK(QString::fromUtf8(line) == cells.join(u',') + QStringLiteral("\r\n"));
            ++rows;
        }
        CHECK(rows == (filtered ? 1 : 4)); // "a" starts a word only in "ali"
    }
}
