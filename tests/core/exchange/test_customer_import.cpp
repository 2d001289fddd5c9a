#include "ExchangeTestSupport.h"

#include "customers/CustomerSearch.h"
#include "storage/AuditLog.h"
#include "io/Xlsx.h"
#include "storage/SqlHelpers.h"

#include <QFile>
#include <QFileInfo>

using namespace peyvand;
using namespace peyvand::exchange;
using peyvand::test::ExchangeFixture;
using peyvand::test::u8;

TEST_CASE("a CSV with Persian headers imports cleaned customers", "[exchange][import]")
{
    ExchangeFixture f;
    const auto report = f.importCsv(u8("نام,موبایل,کد ملی,ایمیل,شهر,برچسب,یادداشت\n"
                                       "علي كريمي,9121234567,499370899,ali@example.com,تهران,\"عمده، وفادار\",تماس عصرها\n"
                                       "زهرا احمدی,+989351112233,,,اصفهان,,\n"));
    REQUIRE(report);
    CHECK(report->rowsRead == 2);
    CHECK(report->imported == 2);
    CHECK(report->updated == 0);
    CHECK(report->skippedDuplicates == 0);
    CHECK(report->rejected.isEmpty());
    CHECK_FALSE(report->dryRun);
    const auto all = f.customers();
    REQUIRE(all.size() == 2);
    CHECK(all[0].name == u8("علی کریمی"));
    CHECK(all[0].mobile == QStringLiteral("09121234567"));
    CHECK(all[0].nationalId == QStringLiteral("0499370899"));
    CHECK(all[0].email == QStringLiteral("ali@example.com"));
    CHECK(all[0].city == u8("تهران"));
    CHECK(all[0].tags == QStringList { u8("عمده"), u8("وفادار") });
    CHECK(all[0].since == QDate(2025, 3, 21));
    CHECK(all[0].createdAt == f.clock.nowUtc());
    CHECK(f.notes(all[0].id) == QStringList { u8("تماس عصرها") });
    CHECK(all[1].mobile == QStringLiteral("09351112233"));
    CHECK(f.notes(all[1].id).isEmpty());
}

TEST_CASE("rejected rows are reported with their line and nothing of them is stored", "[exchange][import]")
{
    ExchangeFixture f;
    const auto report = f.importCsv(QStringLiteral("name,mobile,email\n"
                                                   "Ali,09121234567,ali@example.com\n"
                                                   "\"Multi\nline\",12345,\n"
                                                   ",09121112233,\n"
                                                   "Sara,09351112233,sara@\n"
                                                   ",,\n"
                                                   "Reza,09191112233,\n"));
    REQUIRE(report);
    CHECK(report->imported == 2);
    REQUIRE(report->rejected.size() == 3);
    CHECK(report->rejected[0].line == 3);
    CHECK(report->rejected[0].field == QStringLiteral("mobile"));
    CHECK(report->rejected[0].value == QStringLiteral("12345"));
    CHECK(report->rejected[1].line == 5);
    CHECK(report->rejected[1].field == QStringLiteral("name"));
    CHECK(report->rejected[2].line == 6);
    CHECK(report->rejected[2].field == QStringLiteral("email"));
    CHECK(report->rejected[2].value == QStringLiteral("sara@"));
    CHECK(f.count("customers") == 2);
}

TEST_CASE("duplicates within the file: mobile, national ID, email, name and city", "[exchange][import][duplicates]")
{
    ExchangeFixture f;
    const auto report = f.importCsv(u8("name,mobile,national_id,email,city\n"
                                       "علی کریمی,09121234567,,,\n"          // 2
                                       "Other Person,9121234567,,,\n"       // 3 mobile
                                       "Nid One,,0499370899,,\n"            // 4
                                       "Nid Two,,499370899,,\n"             // 5 national ID
                                       "Mail One,,,a@example.com,\n"        // 6
                                       "Mail Two,,,A@Example.com,\n"        // 7 email, case ignored
                                       "علي كريمي,,,,تهران\n"               // 8
                                       "علی‌ کریمی,,,,تهـران\n"             // 9 name and city (variants)
                                       "علی کریمی,,,,شیراز\n"               // 10 other city: new
                                       "Same Name,,,,\n"                    // 11
                                       "Same Name,,,,\n"));                 // 12 no city: not compared
    REQUIRE(report);
    CHECK(report->imported == 7);
    CHECK(report->skippedDuplicates == 4);
    CHECK(report->duplicateCount == 4);
    REQUIRE(report->duplicates.size() == 4);
    CHECK(report->duplicates[0].line == 3);
    CHECK(report->duplicates[0].reason == DuplicateReason::Mobile);
    CHECK(report->duplicates[0].existingLine == 2);
    CHECK(report->duplicates[0].existingId == 0);
    CHECK(report->duplicates[0].existing.name == u8("علی کریمی"));
    CHECK(report->duplicates[0].incoming.name == QStringLiteral("Other Person"));
    CHECK(report->duplicates[1].reason == DuplicateReason::NationalId);
    CHECK(report->duplicates[1].existingLine == 4);
    CHECK(report->duplicates[2].reason == DuplicateReason::Email);
    CHECK(report->duplicates[2].existingLine == 6);
    CHECK(report->duplicates[3].reason == DuplicateReason::NameAndCity);
    CHECK(report->duplicates[3].line == 9);
    CHECK(report->duplicates[3].existingLine == 8);
}

TEST_CASE("duplicates of stored customers, by each rule", "[exchange][import][duplicates]")
{
    ExchangeFixture f;
    REQUIRE(f.importCsv(u8("name,mobile,national_id,email,city\n"
                           "Stored Mobile,09121234567,,,\n"
                           "Stored Nid,,0499370899,,\n"
                           "Stored Mail,,,m@example.com,\n"
                           "محمد رضایی,,,,مشهد\n")));
    const auto stored = f.customers();
    REQUIRE(stored.size() == 4);
    const auto report = f.importCsv(u8("name,mobile,national_id,email,city\n"
                                       "A,+98 912 123 4567,,,\n"
                                       "B,,۰۴۹۹۳۷۰۸۹۹,,\n"
                                       "C,,,M@EXAMPLE.COM,\n"
                                       "مُحَمَّد رضائي,,,,مشهد\n"
                                       "New,09350000000,,,\n"));
    REQUIRE(report);
    CHECK(report->imported == 1);
    CHECK(report->skippedDuplicates == 4);
    REQUIRE(report->duplicates.size() == 4);
    const DuplicateReason reasons[] = { DuplicateReason::Mobile, DuplicateReason::NationalId, DuplicateReason::Email,
                                        DuplicateReason::NameAndCity };
    for (int i = 0; i < 4; ++i) {
        INFO(i);
        CHECK(report->duplicates[i].reason == reasons[i]);
        CHECK(report->duplicates[i].existingId == stored[i].id);
        CHECK(report->duplicates[i].existingLine == 0);
        CHECK(report->duplicates[i].existing.name == stored[i].name);
        CHECK(report->duplicates[i].line == i + 2);
    }
    CHECK(f.count("customers") == 5);
}

TEST_CASE("policy update fills empty fields and keeps the others", "[exchange][import][duplicates]")
{
    ExchangeFixture f;
    REQUIRE(f.importCsv(u8("name,mobile,city,email\nعلی کریمی,09121234567,تهران,\n")));
    ImportOptions options;
    options.onDuplicate = DuplicatePolicy::Update;
    const auto report = f.importCsv(u8("name,mobile,city,email,tags,notes\n"
                                       "Ali K,09121234567,شیراز,ali@example.com,عمده,از نمایشگاه\n"),
                                    options);
    REQUIRE(report);
    CHECK(report->updated == 1);
    CHECK(report->imported == 0);
    const auto all = f.customers();
    REQUIRE(all.size() == 1);
    CHECK(all[0].name == u8("علی کریمی"));
    CHECK(all[0].city == u8("تهران"));
    CHECK(all[0].email == QStringLiteral("ali@example.com"));
    CHECK(all[0].tags == QStringList { u8("عمده") });
    CHECK(f.notes(all[0].id) == QStringList { u8("از نمایشگاه") });
    // The change is in the customer's history like an edit by hand.
    auto history = storage::AuditLog(*f.db).history(QStringLiteral("customer"), all[0].id);
    REQUIRE(history);
    REQUIRE_FALSE(history->isEmpty());
    CHECK(history->constLast().action == QStringLiteral("update"));
    CHECK(history->constLast().newValues.value(QStringLiteral("email")).toString() == QStringLiteral("ali@example.com"));
    // The search index and facets follow.
    customers::CustomerQuery q;
    q.text = QStringLiteral("ali@example");
    CHECK(*customers::CustomerSearch(*f.db).count(q) == 1);
    q = {};
    q.tag = u8("عمده");
    CHECK(*customers::CustomerSearch(*f.db).count(q) == 1);
}

TEST_CASE("policy update with overwrite replaces given fields", "[exchange][import][duplicates]")
{
    ExchangeFixture f;
    REQUIRE(f.importCsv(u8("name,mobile,city,email\nعلی کریمی,09121234567,تهران,old@example.com\n")));
    ImportOptions options;
    options.onDuplicate = DuplicatePolicy::Update;
    options.overwrite = true;
    const auto report = f.importCsv(u8("name,mobile,city,email\nAli Karimi,09121234567,شیراز,\n"), options);
    REQUIRE(report);
    CHECK(report->updated == 1);
    const auto all = f.customers();
    REQUIRE(all.size() == 1);
    CHECK(all[0].name == QStringLiteral("Ali Karimi"));
    CHECK(all[0].city == u8("شیراز"));
    CHECK(all[0].email == QStringLiteral("old@example.com")); // empty incoming values never erase
    customers::CustomerQuery q;
    q.city = u8("شیراز");
    CHECK(*customers::CustomerSearch(*f.db).count(q) == 1);
    q.city = u8("تهران");
    CHECK(*customers::CustomerSearch(*f.db).count(q) == 0);
    q = {};
    q.text = QStringLiteral("karimi");
    CHECK(*customers::CustomerSearch(*f.db).count(q) == 1);
}

TEST_CASE("policy update without new values counts the row as skipped", "[exchange][import][duplicates]")
{
    ExchangeFixture f;
    const QString csv = u8("name,mobile\nعلی,09121234567\n");
    REQUIRE(f.importCsv(csv));
    ImportOptions options;
    options.onDuplicate = DuplicatePolicy::Update;
    const auto report = f.importCsv(csv, options);
    REQUIRE(report);
    CHECK(report->updated == 0);
    CHECK(report->skippedDuplicates == 1);
}

TEST_CASE("importing the same file again with policy update changes nothing and adds no note twice", "[exchange][import][duplicates]")
{
    ExchangeFixture f;
    const QString csv = u8("name,mobile,city,notes\n"
                           "علی کریمی,09121234567,تهران,از نمایشگاه\n"
                           "مریم احمدی,09351234567,,\n"
                           "Ali K,09121234567,,تماس دوباره\n");
    ImportOptions options;
    options.onDuplicate = DuplicatePolicy::Update;
    const auto first = f.importCsv(csv, options);
    REQUIRE(first);
    CHECK(first->imported == 2);
    CHECK(first->updated == 1); // the third row's note goes to the first customer
    const auto customers = f.customers();
    REQUIRE(customers.size() == 2);
    const QStringList notes = f.notes(customers[0].id);
    CHECK(notes.size() == 2);
    auto historyBefore = storage::AuditLog(*f.db).history(QStringLiteral("customer"), customers[0].id);
    REQUIRE(historyBefore);

    const auto again = f.importCsv(csv, options);
    REQUIRE(again);
    CHECK(again->imported == 0);
    CHECK(again->updated == 0);
    CHECK(again->skippedDuplicates == 3);
    CHECK(f.notes(customers[0].id) == notes);
    CHECK(f.notes(customers[1].id).isEmpty());
    auto historyAfter = storage::AuditLog(*f.db).history(QStringLiteral("customer"), customers[0].id);
    REQUIRE(historyAfter);
    CHECK(historyAfter->size() == historyBefore->size());

    // A note that differs is still added.
    const auto changed = f.importCsv(u8("name,mobile,notes\nعلی کریمی,09121234567,قرارداد امضا شد\n"), options);
    REQUIRE(changed);
    CHECK(changed->updated == 1);
    CHECK(f.notes(customers[0].id).size() == 3);
}

TEST_CASE("policy update merges a later row of the file into the earlier one", "[exchange][import][duplicates]")
{
    ExchangeFixture f;
    ImportOptions options;
    options.onDuplicate = DuplicatePolicy::Update;
    const auto report = f.importCsv(u8("name,mobile,email,city\n"
                                       "علی,09121234567,,\n"
                                       "Someone,,x@example.com,\n"
                                       "علی,09121234567,ali@example.com,تهران\n"),
                                    options);
    REQUIRE(report);
    CHECK(report->imported == 2);
    CHECK(report->updated == 1);
    const auto all = f.customers();
    REQUIRE(all.size() == 2);
    CHECK(all[0].email == QStringLiteral("ali@example.com"));
    CHECK(all[0].city == u8("تهران"));
    // Both are findable: the search index holds the merged row once.
    customers::CustomerQuery q;
    q.text = QStringLiteral("ali@example.com");
    CHECK(*customers::CustomerSearch(*f.db).count(q) == 1);
    q.text = QStringLiteral("x@example.com");
    CHECK(*customers::CustomerSearch(*f.db).count(q) == 1);
    QStringList problems;
    CHECK(f.db->integrityCheck(&problems));
    auto fts = storage::run(f.db->connection(), QStringLiteral("INSERT INTO customer_fts (customer_fts) VALUES ('integrity-check')"));
    CHECK(fts);
}

TEST_CASE("policy create imports duplicates anyway and still reports them", "[exchange][import][duplicates]")
{
    ExchangeFixture f;
    REQUIRE(f.importCsv(QStringLiteral("name,mobile\nAli,09121234567\n")));
    ImportOptions options;
    options.onDuplicate = DuplicatePolicy::Create;
    const auto report = f.importCsv(QStringLiteral("name,mobile\nAli again,09121234567\nAli thrice,09121234567\n"), options);
    REQUIRE(report);
    CHECK(report->imported == 2);
    CHECK(report->skippedDuplicates == 0);
    CHECK(report->duplicateCount == 2);
    CHECK(f.count("customers") == 3);
}

TEST_CASE("a dry run reports everything and leaves the database unchanged", "[exchange][import]")
{
    ExchangeFixture f;
    REQUIRE(f.importCsv(QStringLiteral("name,mobile,city,tags\nAli,09121234567,Tehran,a\n")));
    const QStringList before = f.snapshot();
    ImportOptions options;
    options.dryRun = true;
    const auto report = f.importCsv(QStringLiteral("name,mobile,city,tags\nSara,09351112233,Shiraz,b\nAli,09121234567,,\nBad,123,,\n"), options);
    REQUIRE(report);
    CHECK(report->dryRun);
    CHECK(report->imported == 1);
    CHECK(report->skippedDuplicates == 1);
    CHECK(report->rejected.size() == 1);
    CHECK(f.snapshot() == before);
}

TEST_CASE("cancelling part-way leaves the database unchanged", "[exchange][import]")
{
    ExchangeFixture f;
    REQUIRE(f.importCsv(QStringLiteral("name,mobile\nAli,09121234567\n")));
    const QStringList before = f.snapshot();
    QString csv = QStringLiteral("name,mobile\n");
    for (int i = 0; i < 5000; ++i)
        csv += QStringLiteral("Person %1,0935%2\n").arg(i).arg(i, 7, 10, QLatin1Char('0'));
    int calls = 0;
    ImportReport report;
    const auto result = f.import(f.writeCsv(csv), {}, [&](const ImportProgress& p) {
        ++calls;
        CHECK(p.rowsRead > 0);
        CHECK(p.size > 0);
        CHECK(p.position <= p.size);
        return calls < 2; // cancel at the second chunk
    }, &report);
    REQUIRE_FALSE(result);
    CHECK(result.error().code == ErrorCode::Cancelled);
    CHECK(report.rowsRead >= 2000);
    CHECK(report.rowsRead < 5000);
    CHECK(f.snapshot() == before);
}

TEST_CASE("a file that cannot be parsed imports nothing and says where", "[exchange][import]")
{
    ExchangeFixture f;
    const QStringList before = f.snapshot();
    QString csv = QStringLiteral("name,mobile\n");
    for (int i = 0; i < 3000; ++i)
        csv += QStringLiteral("Person %1,0935%2\n").arg(i).arg(i, 7, 10, QLatin1Char('0'));
    csv += QStringLiteral("\"never closed,09121234567\nmore,09121234568\n");
    ImportReport report;
    const auto result = f.import(f.writeCsv(csv), {}, {}, &report);
    REQUIRE_FALSE(result);
    CHECK(result.error().code == ErrorCode::InvalidInput);
    CHECK(result.error().field == QStringLiteral("file"));
    CHECK(result.error().message.contains(QStringLiteral("3002")));
    CHECK(f.snapshot() == before);
}

TEST_CASE("a missing file and a bad mapping are errors before anything happens", "[exchange][import]")
{
    ExchangeFixture f;
    auto missing = f.import(f.path(QStringLiteral("nope.csv")));
    REQUIRE_FALSE(missing);
    CHECK(missing.error().code == ErrorCode::NotFound);
    ImportOptions options;
    options.overrides << MappingOverride { QStringLiteral("Fax"), QStringLiteral("phone") };
    auto badMap = f.importCsv(QStringLiteral("name,mobile\nAli,09121234567\n"), options);
    REQUIRE_FALSE(badMap);
    CHECK(badMap.error().field == QStringLiteral("map"));
    CHECK(f.count("customers") == 0);
}

TEST_CASE("overrides and an explicit mapping decide the columns", "[exchange][import]")
{
    ExchangeFixture f;
    ImportOptions options;
    options.overrides << MappingOverride { QStringLiteral("Who"), QStringLiteral("name") }
                      << MappingOverride { QStringLiteral("3"), QStringLiteral("notes") };
    auto report = f.importCsv(QStringLiteral("Who,Mobile,Remark\nAli,09121234567,call later\n"), options);
    REQUIRE(report);
    REQUIRE(f.customers().size() == 1);
    CHECK(f.customers()[0].name == QStringLiteral("Ali"));
    CHECK(f.notes(f.customers()[0].id) == QStringList { QStringLiteral("call later") });

    ImportOptions explicitMapping;
    explicitMapping.mapping.columns = { ImportField::Name, ImportField::Ignore, ImportField::Ignore };
    explicitMapping.mapping.unmappedToNotes = true;
    report = f.importCsv(QStringLiteral("A,B,C\nSara,x,y\n"), explicitMapping);
    REQUIRE(report);
    const auto all = f.customers();
    REQUIRE(all.size() == 2);
    CHECK(all[1].name == QStringLiteral("Sara"));
    CHECK(f.notes(all[1].id) == QStringList { QStringLiteral("B: x\nC: y") });
}

TEST_CASE("one audit row per import with the file name and counts", "[exchange][import]")
{
    ExchangeFixture f;
    const auto report = f.import(f.write(QStringLiteral("list.csv"), QByteArrayLiteral("name,mobile\nA,09121234567\nB,09121234568\nC,1\n")));
    REQUIRE(report);
    auto history = storage::AuditLog(*f.db).history(QStringLiteral("customer_import"), f.customers()[0].id);
    REQUIRE(history);
    REQUIRE(history->size() == 1);
    const QJsonObject v = history->at(0).newValues;
    CHECK(history->at(0).action == QStringLiteral("create"));
    CHECK(v.value(QStringLiteral("file")).toString() == QStringLiteral("list.csv"));
    CHECK(v.value(QStringLiteral("imported")).toInteger() == 2);
    CHECK(v.value(QStringLiteral("rejected")).toInteger() == 1);
    CHECK(v.value(QStringLiteral("rows_read")).toInteger() == 3);
    CHECK(v.value(QStringLiteral("last_id")).toInteger() == f.customers()[1].id);
    CHECK(f.count("audit_log") == 1);
}

TEST_CASE("the rejected rows save as CSV with a BOM", "[exchange][import]")
{
    ExchangeFixture f;
    ImportReport report;
    report.rejected << RejectedRow { 3, QStringLiteral("mobile"), QStringLiteral("123"), QStringLiteral("bad, really") }
                    << RejectedRow { 9, QStringLiteral("name"), QStringLiteral("=cmd()"), u8("نام لازم است") };
    const QString path = f.path(QStringLiteral("rejected.csv"));
    REQUIRE(saveRejectedRowsCsv(report, path));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    CHECK(QString::fromUtf8(bytes.mid(3))
          == u8("line,field,value,reason\r\n3,mobile,123,\"bad, really\"\r\n9,name,'=cmd(),نام لازم است\r\n"));
    CHECK_FALSE(saveRejectedRowsCsv(report, f.path(QStringLiteral("no/such/dir/x.csv"))));
}

TEST_CASE("the preview shows the first rows cleaned, with problems and duplicates", "[exchange][import]")
{
    ExchangeFixture f;
    REQUIRE(f.importCsv(QStringLiteral("name,mobile\nStored,09121234567\n")));
    const QString path = f.writeCsv(u8("نام,موبایل,شهر\n"
                                       "علي,9121234567,تهران\n"
                                       "زهرا,123,\n"
                                       "رضا,09350000000,قم\n"
                                       "رضا,,قم\n"
                                       "پنجم,,\n"));
    const QStringList before = f.snapshot();
    auto preview = CustomerImporter(*f.db, f.clock).preview(path, {}, 4);
    REQUIRE(preview);
    CHECK(preview->headers == QStringList { u8("نام"), u8("موبایل"), u8("شهر") });
    CHECK(preview->mapping.columns == QList<ImportField> { ImportField::Name, ImportField::Mobile, ImportField::City });
    CHECK(preview->encoding == io::TextEncoding::Utf8);
    CHECK(preview->delimiter == u',');
    REQUIRE(preview->rows.size() == 4);
    CHECK(preview->rows[0].line == 2);
    CHECK(preview->rows[0].cells.at(1) == QStringLiteral("9121234567"));
    CHECK(preview->rows[0].customer.name == u8("علی"));
    CHECK(preview->rows[0].customer.mobile == QStringLiteral("09121234567"));
    CHECK(preview->rows[0].customer.since == QDate(2025, 3, 21));
    REQUIRE(preview->rows[0].duplicate.has_value());
    CHECK(preview->rows[0].duplicate->existing.name == QStringLiteral("Stored"));
    CHECK(preview->rows[0].duplicate->existingId == f.customers()[0].id);
    REQUIRE(preview->rows[1].problems.size() == 1);
    CHECK(preview->rows[1].problems[0].field == QStringLiteral("mobile"));
    CHECK_FALSE(preview->rows[2].duplicate.has_value());
    REQUIRE(preview->rows[3].duplicate.has_value());
    CHECK(preview->rows[3].duplicate->reason == DuplicateReason::NameAndCity);
    CHECK(preview->rows[3].duplicate->existingLine == 4);
    CHECK(preview->rows[3].duplicate->existing.mobile == QStringLiteral("09350000000"));
    CHECK(f.snapshot() == before);
}

TEST_CASE("TSV and vCard files import through the same path", "[exchange][import]")
{
    ExchangeFixture f;
    REQUIRE(f.import(f.write(QStringLiteral("list.tsv"), u8("نام\tموبایل\nعلی\t9121234567\n").toUtf8())));
    const QByteArray card = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Sara Ahmadi\r\nTEL;TYPE=CELL:+98 935 111 2233\r\n"
                            "EMAIL:sara@example.com\r\nADR:;;Street 1;Shiraz;Fars;;\r\nEND:VCARD\r\n";
    const auto report = f.import(f.write(QStringLiteral("contacts.vcf"), card));
    REQUIRE(report);
    CHECK(report->imported == 1);
    const auto all = f.customers();
    REQUIRE(all.size() == 2);
    CHECK(all[0].mobile == QStringLiteral("09121234567"));
    CHECK(all[1].name == QStringLiteral("Sara Ahmadi"));
    CHECK(all[1].mobile == QStringLiteral("09351112233"));
    CHECK(all[1].city == QStringLiteral("Shiraz"));
    CHECK(all[1].province == QStringLiteral("Fars"));
}

TEST_CASE("Windows-1256 and UTF-16 files import with Persian letters normalised", "[exchange][import]")
{
    ExchangeFixture f;
    // "علي" in Windows-1256 (Arabic Yeh: the code page has no Persian one).
    const QByteArray cp1256 = QByteArray("name,mobile\n") + QByteArray("\xDA\xE1\xED", 3) + ",09121234567\n";
    auto report = f.import(f.write(QStringLiteral("w.csv"), cp1256));
    REQUIRE(report);
    CHECK(report->encoding == io::TextEncoding::Windows1256);
    QByteArray utf16("\xFF\xFE", 2);
    const QString text = u8("name\tmobile\nزهرا\t09351112233\n");
    utf16 += QByteArray(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
    report = f.import(f.write(QStringLiteral("u.txt"), utf16));
    REQUIRE(report);
    CHECK(report->encoding == io::TextEncoding::Utf16);
    const auto all = f.customers();
    REQUIRE(all.size() == 2);
    CHECK(all[0].name == u8("علی"));
    CHECK(all[1].name == u8("زهرا"));
}

TEST_CASE("XLSX files import, with numbers that lost their leading zeros", "[exchange][import]")
{
    ExchangeFixture f;
    const QString path = f.path(QStringLiteral("sheet.xlsx"));
    {
        auto writer = io::XlsxWriter::create(path, QStringLiteral("Sheet1"));
        REQUIRE(writer);
        REQUIRE((*writer)->writeRow({ u8("نام"), u8("موبایل"), u8("کد ملی") }));
        REQUIRE((*writer)->writeRow({ u8("علي"), QStringLiteral("9121234567"), QStringLiteral("499370899") }));
        REQUIRE((*writer)->close());
    }
    const auto report = f.import(path);
    REQUIRE(report);
    CHECK(report->imported == 1);
    const auto all = f.customers();
    REQUIRE(all.size() == 1);
    CHECK(all[0].name == u8("علی"));
    CHECK(all[0].mobile == QStringLiteral("09121234567"));
    CHECK(all[0].nationalId == QStringLiteral("0499370899"));
}

TEST_CASE("an import leaves no large write-ahead log behind while the book is open elsewhere", "[exchange][import]")
{
    ExchangeFixture f;
    const QString book = f.path(QStringLiteral("book.sqlite"));
    auto importing = storage::Database::open(book);
    REQUIRE(importing);
    auto window = storage::Database::open(book);
    REQUIRE(window);
    QString csv = QStringLiteral("name,mobile,city,notes\n");
    for (int i = 0; i < 3000; ++i)
        csv += u8("مشتری %1,0912%2,تهران,یادداشتی برای این مشتری\n").arg(i).arg(1000000 + i);
    const auto report = CustomerImporter(**importing, f.clock).run(f.writeCsv(csv), {});
    REQUIRE(report);
    CHECK(report->imported == 3000);
    CHECK(QFileInfo(book + QStringLiteral("-wal")).size() == 0);
    auto seen = storage::scalar((*window)->connection(), QStringLiteral("SELECT count(*) FROM customers"));
    REQUIRE(seen);
    CHECK(seen->toInt() == 3000);
}
