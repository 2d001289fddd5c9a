#include "CatalogFixture.h"

#include "sales/ProductCsvColumns.h"
#include "storage/AuditLog.h"

#include <QBuffer>

using namespace peyvand;
using namespace peyvand::sales;
using peyvand::test::CatalogFixture;
using peyvand::test::u8;

namespace {

Product byCode(CatalogFixture& f, const QString& code)
{
    auto found = f.catalog->findByCode(code);
    REQUIRE(found);
    REQUIRE(found->has_value());
    return **found;
}

QList<Product> all(CatalogFixture& f)
{
    ProductFilter filter;
    filter.includeInactive = true;
    filter.limit = 0;
    auto list = f.catalog->list(filter);
    REQUIRE(list);
    return *list;
}

QString problemsText(const ProductImportReport& report)
{
    QStringList lines;
    for (const ImportProblem& p : report.problems)
        lines << QStringLiteral("%1 [%2] %3").arg(p.line).arg(p.column, p.message);
    return lines.join(u'\n');
}

} // namespace

TEST_CASE("Importing a catalog with English headers", "[catalog][import]")
{
    CatalogFixture f;
    const QString csv = QStringLiteral(
        "code,name,kind,unit,unit_price,tax_exempt,category,active\r\n"
        "P-1,Pen,product,pcs,12000,no,Stationery,yes\r\n"
        "S-1,Installation,service,hour,\"1,500,000\",yes,Services,true\r\n"
        ",Eraser,,,3000,,,\r\n"
        "O-1,Old model,product,pcs,0,0,Stationery,0\r\n");
    auto r = f.import(csv);
    REQUIRE(r);
    CHECK(r->created == 4);
    CHECK(r->updated == 0);
    CHECK(r->problems.isEmpty());

    const Product pen = byCode(f, QStringLiteral("P-1"));
    CHECK(pen.name == QStringLiteral("Pen"));
    CHECK(pen.kind == ProductKind::Product);
    CHECK(pen.unit == QStringLiteral("pcs"));
    CHECK(pen.unitPrice.rial() == 12000);
    CHECK_FALSE(pen.taxExempt);
    CHECK(pen.category == QStringLiteral("Stationery"));
    CHECK(pen.active);
    CHECK(pen.createdAt == f.clock.nowUtc());

    const Product install = byCode(f, QStringLiteral("s-1"));
    CHECK(install.kind == ProductKind::Service);
    CHECK(install.unitPrice.rial() == 1'500'000);
    CHECK(install.taxExempt);

    CHECK_FALSE(byCode(f, QStringLiteral("O-1")).active);
    ProductFilter eraser;
    eraser.query = QStringLiteral("eraser");
    auto found = f.catalog->list(eraser);
    REQUIRE(found);
    REQUIRE(found->size() == 1);
    CHECK(found->at(0).code.isEmpty());
    CHECK(found->at(0).active);
    CHECK_FALSE(found->at(0).taxExempt);

    CHECK(f.auditCount("create") == 4);
    CHECK(*f.catalog->categories() == QStringList { QStringLiteral("Services"), QStringLiteral("Stationery") });
}

TEST_CASE("Importing with Persian headers, digits and separators", "[catalog][import]")
{
    CatalogFixture f;
    const QString csv = u8(
        "\xEF\xBB\xBF"
        "کد کالا,شرح کالا,نوع,واحد,قیمت واحد (ریال),معاف از مالیات,دسته‌بندی,فعال\n"
        "۱۰۱,\"خودکار آبي، بيك\",کالا,عدد,۱۲٬۵۰۰,خیر,نوشت‌افزار,بله\n"
        "١٠٢,مشاوره,خدمت,ساعت,\"۲,۰۰۰,۰۰۰\",بله,خدمات,بله\n"
        "103,دفتر,,عدد,۸۵ ۰۰۰,,نوشت افزار,\n");
    auto r = f.import(csv);
    REQUIRE(r);
    CHECK(r->created == 3);
    CHECK(r->problems.isEmpty());

    const Product pen = byCode(f, QStringLiteral("101"));
    CHECK(pen.name == u8("خودکار آبی، بیک"));
    CHECK(pen.unitPrice.rial() == 12'500);
    CHECK(pen.unit == u8("عدد"));
    CHECK_FALSE(pen.taxExempt);
    CHECK(pen.category == u8("نوشت‌افزار"));

    const Product advice = byCode(f, u8("۱۰۲"));
    CHECK(advice.code == QStringLiteral("102"));
    CHECK(advice.kind == ProductKind::Service);
    CHECK(advice.unitPrice.rial() == 2'000'000);
    CHECK(advice.taxExempt);

    CHECK(byCode(f, QStringLiteral("103")).unitPrice.rial() == 85'000);
}

TEST_CASE("Headers match in any case, with underscores, spaces or Arabic letters", "[catalog][import]")
{
    CatalogFixture f;
    auto r = f.import(u8("Code;NAME;Unit Price;Tax-Exempt;دسته بندي\nA;Alpha;10;1;گروه يک\n"));
    REQUIRE(r);
    CHECK(r->created == 1);
    const Product a = byCode(f, QStringLiteral("A"));
    CHECK(a.unitPrice.rial() == 10);
    CHECK(a.taxExempt);
    CHECK(a.category == u8("گروه یک"));
}

TEST_CASE("A semicolon-separated file with decimal-comma habits", "[catalog][import]")
{
    CatalogFixture f;
    auto r = f.import(u8("کد;نام;قیمت\nA1;پیچ، مهره;1,250\nA2;\"واشر;فلزی\";900\n"));
    REQUIRE(r);
    CHECK(r->created == 2);
    CHECK(byCode(f, QStringLiteral("A1")).name == u8("پیچ، مهره"));
    CHECK(byCode(f, QStringLiteral("A1")).unitPrice.rial() == 1250);
    CHECK(byCode(f, QStringLiteral("A2")).name == u8("واشر;فلزی"));
}

TEST_CASE("A tab-separated file", "[catalog][import]")
{
    CatalogFixture f;
    auto r = f.import(QStringLiteral("code\tname\tprice\nT1\tTape, wide\t5000\n"));
    REQUIRE(r);
    CHECK(byCode(f, QStringLiteral("T1")).name == QStringLiteral("Tape, wide"));
}

TEST_CASE("Rows with a known code update that product", "[catalog][import][audit]")
{
    CatalogFixture f;
    Product pen;
    pen.name = u8("خودکار");
    pen.code = u8("ك-1");
    pen.unitPrice = Money::fromRial(10'000);
    pen.category = u8("نوشت‌افزار");
    pen.unit = u8("عدد");
    pen.taxExempt = true;
    auto created = f.catalog->create(pen);
    REQUIRE(created);
    f.clock.advanceSeconds(60);

    // The file has no category or tax column: those fields stay as they are.
    auto r = f.import(u8("code,name,price\nک-۱,خودکار آبی,12000\nN-1,نو,500\n"));
    REQUIRE(r);
    CHECK(r->updated == 1);
    CHECK(r->created == 1);
    CHECK(f.count("products") == 2);

    const Product after = byCode(f, u8("ک-1"));
    CHECK(after.id == created->id);
    CHECK(after.name == u8("خودکار آبی"));
    CHECK(after.unitPrice.rial() == 12'000);
    CHECK(after.category == u8("نوشت‌افزار"));
    CHECK(after.unit == u8("عدد"));
    CHECK(after.taxExempt);
    CHECK(after.createdAt == created->createdAt);
    CHECK(after.updatedAt == f.clock.nowUtc());

    auto history = storage::AuditLog(*f.db).history(QStringLiteral("product"), created->id);
    REQUIRE(history);
    REQUIRE(history->size() == 2);
    CHECK(history->at(1).action == QStringLiteral("update"));
    CHECK(history->at(1).oldValues.value(QStringLiteral("unit_price")).toInteger() == 10'000);
    CHECK(history->at(1).newValues.value(QStringLiteral("unit_price")).toInteger() == 12'000);
    CHECK_FALSE(history->at(1).newValues.contains(QStringLiteral("category")));
}

TEST_CASE("One invalid row refuses the whole import", "[catalog][import]")
{
    CatalogFixture f;
    f.add(QStringLiteral("Existing"), QStringLiteral("E-1"), 100);
    const QString csv = QStringLiteral(
        "code,name,price,active\n"
        "A,Alpha,100,yes\n"
        "E-1,Existing renamed,200,yes\n"
        "B,,300,yes\n"
        "C,Gamma,-5,maybe\n"
        "D,Delta,12.5,yes\n");
    ProductImportReport report;
    auto r = f.import(csv, {}, &report);
    REQUIRE_FALSE(r);
    CHECK(r.error().code == ErrorCode::InvalidInput);
    CHECK(r.error().message.contains(QStringLiteral("line 4")));
    CHECK(r.error().detail == QStringLiteral("line 4"));

    INFO(problemsText(report).toStdString());
    REQUIRE(report.problems.size() == 4);
    CHECK(report.problems.at(0).line == 4);
    CHECK(report.problems.at(0).column == QStringLiteral("name"));
    // Line 5 has two problems, each under its own column.
    CHECK(report.problems.at(1).line == 5);
    CHECK(report.problems.at(2).line == 5);
    QStringList line5 = { report.problems.at(1).column, report.problems.at(2).column };
    line5.sort();
    CHECK(line5 == QStringList { QStringLiteral("active"), QStringLiteral("price") });
    CHECK(report.problems.at(3).line == 6);
    CHECK(report.problems.at(3).column == QStringLiteral("price"));
    CHECK(report.created == 0);
    CHECK(report.updated == 0);

    // Nothing stored, nothing changed, nothing audited.
    CHECK(f.count("products") == 1);
    CHECK(byCode(f, QStringLiteral("E-1")).name == QStringLiteral("Existing"));
    CHECK(f.auditCount("create") == 1);
    CHECK(f.auditCount("update") == 0);
}

TEST_CASE("skipInvalid stores the valid rows and reports the others", "[catalog][import]")
{
    CatalogFixture f;
    const QString csv = QStringLiteral(
        "code,name,price\n"
        "A,Alpha,100\n"
        "B,,300\n"
        "C,Gamma,abc\n"
        "D,Delta,400\n");
    ProductImportOptions options;
    options.skipInvalid = true;
    ProductImportReport out;
    auto r = f.import(csv, options, &out);
    REQUIRE(r);
    CHECK(r->created == 2);
    REQUIRE(r->problems.size() == 2);
    CHECK(r->problems.at(0).line == 3);
    CHECK(r->problems.at(1).line == 4);
    CHECK(r->problems.at(1).column == QStringLiteral("price"));
    CHECK(r->problems.at(1).message.contains(QStringLiteral("abc")));
    CHECK(out.created == 2);
    CHECK(out.problems.size() == 2);
    CHECK(f.count("products") == 2);
    CHECK(f.catalog->findByCode(QStringLiteral("D"))->has_value());
    CHECK_FALSE(f.catalog->findByCode(QStringLiteral("C"))->has_value());
}

TEST_CASE("A dry run stores nothing and says what would happen", "[catalog][import]")
{
    CatalogFixture f;
    f.add(QStringLiteral("Existing"), QStringLiteral("E-1"), 100);
    ProductImportOptions options;
    options.dryRun = true;

    SECTION("valid file")
    {
        auto r = f.import(QStringLiteral("code,name,price\nE-1,Changed,5\nN,New,6\nM,More,7\n"), options);
        REQUIRE(r);
        CHECK(r->created == 2);
        CHECK(r->updated == 1);
        CHECK(r->problems.isEmpty());
    }
    SECTION("invalid rows refuse as the real import would, with the report")
    {
        ProductImportReport report;
        auto r = f.import(QStringLiteral("code,name,price\nN,New,6\nX,,7\n"), options, &report);
        REQUIRE_FALSE(r);
        CHECK(r.error().detail == QStringLiteral("line 3"));
        REQUIRE(report.problems.size() == 1);
        CHECK(report.problems.at(0).column == QStringLiteral("name"));
    }
    SECTION("with skipInvalid the counts are those of the valid rows")
    {
        options.skipInvalid = true;
        auto r = f.import(QStringLiteral("code,name,price\nN,New,6\nX,,7\n"), options);
        REQUIRE(r);
        CHECK(r->created == 1);
        CHECK(r->problems.size() == 1);
    }
    CHECK(f.count("products") == 1);
    CHECK(byCode(f, QStringLiteral("E-1")).name == QStringLiteral("Existing"));
    CHECK(f.count("audit_log") == 1);
}

TEST_CASE("Cancelling from the progress callback rolls everything back", "[catalog][import]")
{
    CatalogFixture f;
    QString csv = QStringLiteral("code,name,price\n");
    for (int i = 0; i < 250; ++i)
        csv += QStringLiteral("C%1,Item %1,%2\n").arg(i).arg(i * 10);

    SECTION("progress is reported from 0 to the total")
    {
        QList<std::pair<int, int>> calls;
        ProductImportOptions options;
        options.progress = [&](int done, int total) {
            calls.append({ done, total });
            return true;
        };
        auto r = f.import(csv, options);
        REQUIRE(r);
        CHECK(r->created == 250);
        REQUIRE(calls.size() >= 2);
        CHECK(calls.constFirst() == std::pair<int, int>(0, 250));
        CHECK(calls.constLast() == std::pair<int, int>(250, 250));
        for (qsizetype i = 1; i < calls.size(); ++i)
            CHECK(calls.at(i).first > calls.at(i - 1).first);
        CHECK(f.count("products") == 250);
    }
    SECTION("cancelled half way")
    {
        ProductImportOptions options;
        options.progress = [&](int done, int) { return done < 100; };
        ProductImportReport report;
        auto r = f.import(csv, options, &report);
        REQUIRE_FALSE(r);
        CHECK(r.error().code == ErrorCode::Cancelled);
        CHECK(report.created == 0);
        CHECK(f.count("products") == 0);
        CHECK(f.count("audit_log") == 0);
    }
    SECTION("cancelled before the first row")
    {
        ProductImportOptions options;
        options.progress = [](int, int) { return false; };
        auto r = f.import(csv, options);
        REQUIRE_FALSE(r);
        CHECK(r.error().code == ErrorCode::Cancelled);
        CHECK(f.count("products") == 0);
    }
    SECTION("a dry run can be cancelled too")
    {
        ProductImportOptions options;
        options.dryRun = true;
        options.progress = [](int done, int) { return done == 0; };
        auto r = f.import(csv, options);
        REQUIRE_FALSE(r);
        CHECK(r.error().code == ErrorCode::Cancelled);
    }
}

TEST_CASE("A code repeated in the file is a problem on the later line", "[catalog][import]")
{
    CatalogFixture f;
    ProductImportReport report;
    auto r = f.import(u8("code,name\nک-1,الف\nB,ب\nك-۱,ج\n"), {}, &report);
    REQUIRE_FALSE(r);
    REQUIRE(report.problems.size() == 1);
    CHECK(report.problems.at(0).line == 4);
    CHECK(report.problems.at(0).column == QStringLiteral("code"));
    CHECK(report.problems.at(0).message.contains(QStringLiteral("line 2")));
    CHECK(f.count("products") == 0);
}

TEST_CASE("Prices under a Toman header are stored in Rial", "[catalog][import]")
{
    CatalogFixture f;
    auto r = f.import(u8("کد,نام,قیمت (تومان)\nT,چای,۱۲۰٬۰۰۰\n"));
    REQUIRE(r);
    CHECK(byCode(f, QStringLiteral("T")).unitPrice.rial() == 1'200'000);
}

TEST_CASE("Price problems", "[catalog][import]")
{
    CatalogFixture f;
    ProductImportOptions options;
    options.skipInvalid = true;
    auto r = f.import(QStringLiteral("name,price\nEmpty,\nFraction,12.5\nNegative,-3\nWords,ten\nRial suffix,100 IRR\nHuge,99999999999999999999\nOk,0\n"),
                      options);
    REQUIRE(r);
    INFO(problemsText(*r).toStdString());
    CHECK(r->created == 1);
    REQUIRE(r->problems.size() == 6);
    for (const ImportProblem& p : r->problems)
        CHECK(p.column == QStringLiteral("price"));
    QList<int> lines;
    for (const ImportProblem& p : r->problems)
        lines << p.line;
    CHECK(lines == QList<int> { 2, 3, 4, 5, 6, 7 });
}

TEST_CASE("Yes and no in several spellings", "[catalog][import]")
{
    for (const char* yes : { "yes", "YES", "true", "1", "بله", "بلی", "y" })
        CHECK(parseCsvBoolean(u8(yes)) == std::optional<bool>(true));
    for (const char* no : { "no", "No", "false", "0", "خیر", "نه", "n" })
        CHECK(parseCsvBoolean(u8(no)) == std::optional<bool>(false));
    for (const char* neither : { "", "maybe", "2", "بلهه" })
        CHECK_FALSE(parseCsvBoolean(u8(neither)).has_value());
    CHECK(parseCsvKind(u8("کالا")) == ProductKind::Product);
    CHECK(parseCsvKind(QStringLiteral("Service")) == ProductKind::Service);
    CHECK(parseCsvKind(u8("خدمات")) == ProductKind::Service);
    CHECK_FALSE(parseCsvKind(QStringLiteral("gift")).has_value());
}

TEST_CASE("Unreadable values in the kind and flag columns name their column", "[catalog][import]")
{
    CatalogFixture f;
    ProductImportReport report;
    auto r = f.import(u8("نام,نوع,معاف\nالف,هدیه,بله\nب,کالا,شاید\n"), {}, &report);
    REQUIRE_FALSE(r);
    REQUIRE(report.problems.size() == 2);
    CHECK(report.problems.at(0).line == 2);
    CHECK(report.problems.at(0).column == u8("نوع"));
    CHECK(report.problems.at(0).message.contains(u8("هدیه")));
    CHECK(report.problems.at(1).line == 3);
    CHECK(report.problems.at(1).column == u8("معاف"));
}

TEST_CASE("Header problems", "[catalog][import]")
{
    CatalogFixture f;
    SECTION("no name column")
    {
        ProductImportReport report;
        auto r = f.import(QStringLiteral("code,price\nA,1\n"), {}, &report);
        REQUIRE_FALSE(r);
        CHECK(r.error().code == ErrorCode::InvalidInput);
        CHECK(r.error().field == QStringLiteral("file"));
        REQUIRE(report.problems.size() == 1);
        CHECK(report.problems.at(0).line == 1);
        CHECK(f.count("products") == 0);
    }
    SECTION("two columns for the same field")
    {
        auto r = f.import(u8("name,نام\nA,B\n"));
        REQUIRE_FALSE(r);
        CHECK(r.error().message.contains(u8("نام")));
        CHECK(f.count("products") == 0);
    }
    SECTION("a weaker spelling gives way to the name")
    {
        auto r = f.import(QStringLiteral("description,code,name\nLong text,A,Short\n"));
        REQUIRE(r);
        CHECK(byCode(f, QStringLiteral("A")).name == QStringLiteral("Short"));
    }
    SECTION("only a weaker spelling is enough")
    {
        auto r = f.import(u8("شرح,مبلغ\nپیچ,100\n"));
        REQUIRE(r);
        CHECK(r->created == 1);
    }
    SECTION("unknown columns are ignored")
    {
        auto r = f.import(QStringLiteral("name,colour,price,notes\nPen,blue,100,anything\n"));
        REQUIRE(r);
        CHECK(r->created == 1);
    }
    SECTION("an empty file")
    {
        auto r = f.import(QString());
        REQUIRE_FALSE(r);
        CHECK(r.error().code == ErrorCode::InvalidInput);
    }
}

TEST_CASE("A header without rows imports nothing", "[catalog][import]")
{
    CatalogFixture f;
    auto r = f.import(QStringLiteral("code,name,price\n"));
    REQUIRE(r);
    CHECK(r->created == 0);
    CHECK(r->problems.isEmpty());
}

TEST_CASE("Blank rows are skipped, short rows are fine", "[catalog][import]")
{
    CatalogFixture f;
    auto r = f.import(QStringLiteral("code,name,price,category\n,,,\nA,Alpha,7\n\n  , ,\nB,Beta,5\n"));
    REQUIRE(r);
    CHECK(r->created == 2);
    CHECK(r->problems.isEmpty());
    CHECK(byCode(f, QStringLiteral("A")).unitPrice.rial() == 7);
    CHECK(byCode(f, QStringLiteral("A")).category.isEmpty());

    // A short row lacks the price: it is missing, as an empty cell would be.
    ProductImportReport report;
    CHECK_FALSE(f.import(QStringLiteral("code,name,price\nC,Gamma\n"), {}, &report));
    REQUIRE(report.problems.size() == 1);
    CHECK(report.problems.at(0).column == QStringLiteral("price"));
}

TEST_CASE("More values than columns is reported (an unquoted separator)", "[catalog][import]")
{
    CatalogFixture f;
    ProductImportReport report;
    auto r = f.import(QStringLiteral("code,name,price\nA,Alpha,1,500,000\nB,Beta,2,\n"), {}, &report);
    REQUIRE_FALSE(r);
    REQUIRE(report.problems.size() == 1);
    CHECK(report.problems.at(0).line == 2);
    CHECK(report.problems.at(0).column.isEmpty());
    CHECK(r.error().message.contains(QStringLiteral("line 2")));
}

TEST_CASE("Text in imported cells is normalised to one line", "[catalog][import]")
{
    CatalogFixture f;
    auto r = f.import(u8("code,name\nA,\"كتاب\n  فارسي\"\n"));
    REQUIRE(r);
    CHECK(byCode(f, QStringLiteral("A")).name == u8("کتاب فارسی"));
}

TEST_CASE("File-level errors of the CSV reader come through", "[catalog][import]")
{
    CatalogFixture f;
    SECTION("invalid UTF-8 names the line")
    {
        auto r = f.importBytes(QByteArray("name,price\nok,1\n\xC2\xE1\xCF,2\n"));
        REQUIRE_FALSE(r);
        CHECK(r.error().code == ErrorCode::InvalidInput);
        CHECK(r.error().message.contains(QStringLiteral("3")));
        CHECK(r.error().detail == QStringLiteral("line 3"));
    }
    SECTION("an unterminated quote names the line")
    {
        auto r = f.import(QStringLiteral("name,price\nok,1\n\"broken,2\n"));
        REQUIRE_FALSE(r);
        CHECK(r.error().detail == QStringLiteral("line 3"));
    }
    SECTION("a device that is not open")
    {
        QBuffer closed;
        auto r = f.catalog->importCsv(closed);
        REQUIRE_FALSE(r);
        CHECK(r.error().code == ErrorCode::Io);
    }
    CHECK(f.count("products") == 0);
}

TEST_CASE("A large catalog imports in one transaction", "[catalog][import]")
{
    CatalogFixture f;
    QString csv = u8("کد,نام,واحد,قیمت,دسته\n");
    for (int i = 0; i < 10'000; ++i)
        csv += u8("K-%1,کالای شماره %1,عدد,%2,گروه %3\n").arg(i).arg(1000 + i).arg(i % 25);
    auto r = f.import(csv);
    REQUIRE(r);
    CHECK(r->created == 10'000);
    CHECK(f.count("products") == 10'000);
    CHECK(f.auditCount("create") == 10'000);
    CHECK(byCode(f, QStringLiteral("k-9999")).unitPrice.rial() == 10'999);
    CHECK(f.catalog->categories()->size() == 25);

    // Importing the same file again updates every row.
    auto again = f.import(csv);
    REQUIRE(again);
    CHECK(again->updated == 10'000);
    CHECK(again->created == 0);
    CHECK(f.count("products") == 10'000);
    CHECK(all(f).size() == 10'000);
}
