#include "TestSupport.h"

#include "exchange/RowCleaner.h"

using namespace peyvand;
using namespace peyvand::exchange;
using peyvand::customers::CustomerKind;
using peyvand::test::u8;

namespace {

// Cleans one row under the given headers (auto-mapped).
CleanedRow cleanRow(const QStringList& headers, const QStringList& cells, bool unmappedToNotes = false)
{
    ColumnMapping mapping = autoMap(headers);
    mapping.unmappedToNotes = unmappedToNotes;
    return RowCleaner(headers, mapping).clean(io::SourceRow { 7, cells });
}

CleanedRow one(const char* header, const QString& value)
{
    return cleanRow({ QStringLiteral("name"), QString::fromUtf8(header) }, { u8("علی رضایی"), value });
}

QString problemField(const CleanedRow& row)
{
    return row.problems.isEmpty() ? QString() : row.problems.constFirst().field;
}

} // namespace

TEST_CASE("mobiles are restored to 09… from any spreadsheet form", "[exchange][clean]")
{
    for (const char* input : { "09121234567", "9121234567", "+989121234567", "00989121234567", "989121234567",
                               "۰۹۱۲۱۲۳۴۵۶۷", "٠٩١٢١٢٣٤٥٦٧", "0912 123 4567", "0912-123-4567", "(0912) 1234567",
                               " 9121234567 " }) {
        INFO(input);
        const CleanedRow row = one("mobile", u8(input));
        REQUIRE(row.ok());
        CHECK(row.customer.mobile == QStringLiteral("09121234567"));
    }
}

TEST_CASE("an invalid mobile rejects the row with line, field, value and reason", "[exchange][clean]")
{
    for (const char* input : { "12345", "0812345678", "091212345678", "phone", "+449121234567" }) {
        INFO(input);
        const CleanedRow row = one("mobile", u8(input));
        REQUIRE_FALSE(row.ok());
        REQUIRE(row.problems.size() == 1);
        CHECK(row.problems.at(0).line == 7);
        CHECK(row.problems.at(0).field == QStringLiteral("mobile"));
        CHECK(row.problems.at(0).value == u8(input).trimmed());
        CHECK_FALSE(row.problems.at(0).reason.isEmpty());
    }
}

TEST_CASE("national IDs are left-padded when a spreadsheet dropped the zeros", "[exchange][clean]")
{
    CHECK(one("national_id", QStringLiteral("0499370899")).customer.nationalId == QStringLiteral("0499370899"));
    CHECK(one("national_id", QStringLiteral("499370899")).customer.nationalId == QStringLiteral("0499370899"));
    CHECK(one("national_id", u8("۴۹۹۳۷۰۸۹۹")).customer.nationalId == QStringLiteral("0499370899"));
    const CleanedRow bad = one("national_id", QStringLiteral("0499370898"));
    REQUIRE_FALSE(bad.ok());
    CHECK(problemField(bad) == QStringLiteral("national_id"));
    CHECK(bad.problems.at(0).value == QStringLiteral("0499370898"));
    CHECK(problemField(one("national_id", QStringLiteral("1111111111"))) == QStringLiteral("national_id"));
}

TEST_CASE("letter variants and digits are normalised in text fields", "[exchange][clean]")
{
    const CleanedRow row = cleanRow({ QStringLiteral("name"), QStringLiteral("city"), QStringLiteral("address") },
                                    { u8("  علي   كريمي  "), u8("تهـــران"), u8("خیابان ۱۲، پلاک ٣") });
    REQUIRE(row.ok());
    CHECK(row.customer.name == u8("علی کریمی"));
    CHECK(row.customer.city == u8("تهران"));
    CHECK(row.customer.address == u8("خیابان 12، پلاک 3"));
}

TEST_CASE("first and last name are joined when there is no name column", "[exchange][clean]")
{
    const CleanedRow row = cleanRow({ u8("نام"), u8("نام خانوادگی") }, { u8("زهرا"), u8("احمدی") });
    REQUIRE(row.ok());
    CHECK(row.customer.name == u8("زهرا احمدی"));
    const CleanedRow onlyLast = cleanRow({ u8("نام"), u8("نام خانوادگی") }, { QString(), u8("احمدی") });
    CHECK(onlyLast.customer.name == u8("احمدی"));
    const CleanedRow none = cleanRow({ u8("نام"), u8("نام خانوادگی"), u8("موبایل") }, { QString(), QString(), QStringLiteral("09121234567") });
    REQUIRE_FALSE(none.ok());
    CHECK(problemField(none) == QStringLiteral("name"));
}

TEST_CASE("tags are split at comma, Persian comma and semicolon and de-duplicated by search key", "[exchange][clean]")
{
    const CleanedRow row = one("tags", u8("عمده، VIP; وفادار,vip ,  ,مشتري ويژه;مشتری ویژه"));
    REQUIRE(row.ok());
    CHECK(row.customer.tags == QStringList { u8("عمده"), QStringLiteral("VIP"), u8("وفادار"), u8("مشتری ویژه") });
    const CleanedRow tooLong = one("tags", QString(60, u'x'));
    REQUIRE_FALSE(tooLong.ok());
    CHECK(problemField(tooLong) == QStringLiteral("tags"));
}

TEST_CASE("other phones come from one or several columns", "[exchange][clean]")
{
    ColumnMapping mapping = autoMap({ QStringLiteral("name"), QStringLiteral("phone"), QStringLiteral("fax") });
    mapping.columns[2] = ImportField::Phone;
    const CleanedRow row = RowCleaner({ QStringLiteral("name"), QStringLiteral("phone"), QStringLiteral("fax") }, mapping)
                               .clean({ 2, { u8("علی"), u8("۰۲۱-۸۸۷۷۶۶۵۵، 02144556677"), QStringLiteral("+44 20 7946 0958") } });
    REQUIRE(row.ok());
    CHECK(row.customer.otherPhones == QStringList { QStringLiteral("02188776655"), QStringLiteral("02144556677"), QStringLiteral("+442079460958") });
    const CleanedRow bad = one("phone", QStringLiteral("12"));
    CHECK(problemField(bad) == QStringLiteral("phone"));
    CHECK(bad.problems.at(0).value == QStringLiteral("12"));
}

TEST_CASE("email, postal code and website are checked", "[exchange][clean]")
{
    CHECK(one("email", QStringLiteral(" Ali@Example.COM ")).customer.email == QStringLiteral("Ali@example.com"));
    CHECK(problemField(one("email", QStringLiteral("ali@"))) == QStringLiteral("email"));
    CHECK(one("postal_code", u8("۱۹۹۱۹-۳۳۱۹۱")).customer.postalCode == QStringLiteral("1991933191"));
    CHECK(problemField(one("postal_code", QStringLiteral("12345"))) == QStringLiteral("postal_code"));
    CHECK(problemField(one("website", QStringLiteral("not a site"))) == QStringLiteral("website"));
    // A warning (unusual postal code) does not reject.
    CHECK(one("postal_code", QStringLiteral("2222222222")).ok());
}

TEST_CASE("the kind column accepts English and Persian words", "[exchange][clean]")
{
    CHECK(one("kind", QStringLiteral("Company")).customer.kind == CustomerKind::Company);
    CHECK(one("kind", u8("حقوقی")).customer.kind == CustomerKind::Company);
    CHECK(one("kind", u8("شخص حقیقی")).customer.kind == CustomerKind::Person);
    CHECK(one("kind", QStringLiteral("person")).customer.kind == CustomerKind::Person);
    const CleanedRow bad = one("kind", QStringLiteral("robot"));
    REQUIRE_FALSE(bad.ok());
    CHECK(problemField(bad) == QStringLiteral("kind"));
    CHECK(bad.problems.at(0).value == QStringLiteral("robot"));
}

TEST_CASE("a row with only a company name is a company customer", "[exchange][clean]")
{
    const CleanedRow row = cleanRow({ QStringLiteral("name"), QStringLiteral("company") }, { QString(), u8("شرکت نوآوران") });
    REQUIRE(row.ok());
    CHECK(row.customer.kind == CustomerKind::Company);
    CHECK(row.customer.name == u8("شرکت نوآوران"));
    CHECK(row.customer.company.isEmpty());
    // The same name as the company (a vCard's FN and ORG): the company itself.
    const CleanedRow same = cleanRow({ QStringLiteral("name"), QStringLiteral("company") }, { u8("شركت نوآوران"), u8("شرکت نوآوران") });
    CHECK(same.customer.kind == CustomerKind::Company);
    CHECK(same.customer.company.isEmpty());
    // A person at a company stays a person.
    const CleanedRow person = cleanRow({ QStringLiteral("name"), QStringLiteral("company") }, { u8("علی"), u8("شرکت نوآوران") });
    CHECK(person.customer.kind == CustomerKind::Person);
    CHECK(person.customer.company == u8("شرکت نوآوران"));
}

TEST_CASE("dates in the since column, Jalali or Gregorian", "[exchange][clean]")
{
    CHECK(one("since", QStringLiteral("2024-03-01")).customer.since == QDate(2024, 3, 1));
    CHECK(one("since", u8("۱۴۰۳/۰۱/۰۱")).customer.since == QDate(2024, 3, 20));
    const CleanedRow bad = one("since", QStringLiteral("1404/12/30"));
    REQUIRE_FALSE(bad.ok());
    CHECK(problemField(bad) == QStringLiteral("since"));
    CHECK_FALSE(one("since", QString()).customer.since.isValid());
}

TEST_CASE("every invalid field is reported, the first one first", "[exchange][clean]")
{
    const CleanedRow row = cleanRow({ QStringLiteral("name"), QStringLiteral("mobile"), QStringLiteral("email") },
                                    { QString(), QStringLiteral("123"), QStringLiteral("x@") });
    REQUIRE(row.problems.size() == 3);
    QStringList fields;
    for (const RejectedRow& p : row.problems)
        fields << p.field;
    CHECK(fields == QStringList { QStringLiteral("name"), QStringLiteral("mobile"), QStringLiteral("email") });
}

TEST_CASE("blank rows are neither customers nor errors", "[exchange][clean]")
{
    const CleanedRow row = cleanRow({ QStringLiteral("name"), QStringLiteral("mobile") }, { QStringLiteral("  "), QString() });
    CHECK(row.blank);
    CHECK_FALSE(row.ok());
    CHECK(row.problems.isEmpty());
}

TEST_CASE("ragged rows: missing cells are empty, extra cells are ignored", "[exchange][clean]")
{
    const CleanedRow shortRow = cleanRow({ QStringLiteral("name"), QStringLiteral("mobile"), QStringLiteral("city") }, { u8("علی") });
    REQUIRE(shortRow.ok());
    CHECK(shortRow.customer.mobile.isEmpty());
    const CleanedRow longRow = cleanRow({ QStringLiteral("name") }, { u8("علی"), QStringLiteral("junk"), QStringLiteral("more") });
    REQUIRE(longRow.ok());
    CHECK(longRow.note.isEmpty());
}

TEST_CASE("notes: one notes column as is, several or unmapped ones as Header: value lines", "[exchange][clean]")
{
    const CleanedRow plain = cleanRow({ QStringLiteral("name"), QStringLiteral("notes") }, { u8("علی"), u8("  مشتري خوش‌قول\nتماس عصرها ") });
    CHECK(plain.note == u8("مشتری خوش‌قول\nتماس عصرها"));
    const CleanedRow extra = cleanRow({ QStringLiteral("name"), QStringLiteral("notes"), QStringLiteral("Colour"), QStringLiteral("Size") },
                                      { u8("علی"), u8("یادداشت"), QStringLiteral("blue"), QString() }, true);
    CHECK(extra.note == u8("notes: یادداشت\nColour: blue"));
    const CleanedRow dropped = cleanRow({ QStringLiteral("name"), QStringLiteral("Colour") }, { u8("علی"), QStringLiteral("blue") });
    CHECK(dropped.note.isEmpty());
}

TEST_CASE("cells escaped against formulas are unescaped", "[exchange][clean]")
{
    CHECK(unescapeFormula(QStringLiteral("'=SUM(A1)")) == QStringLiteral("=SUM(A1)"));
    CHECK(unescapeFormula(QStringLiteral("'+98")) == QStringLiteral("+98"));
    CHECK(unescapeFormula(QStringLiteral("'-x")) == QStringLiteral("-x"));
    CHECK(unescapeFormula(QStringLiteral("'@x")) == QStringLiteral("@x"));
    CHECK(unescapeFormula(QStringLiteral("'quoted'")) == QStringLiteral("'quoted'"));
    CHECK(unescapeFormula(QStringLiteral("'")) == QStringLiteral("'"));
    const CleanedRow row = one("address", QStringLiteral("'=HYPERLINK(\"x\")"));
    CHECK(row.customer.address == QStringLiteral("=HYPERLINK(\"x\")"));
}
