#include "TestSupport.h"

#include "exchange/FieldNames.h"
#include "exchange/ImportField.h"
#include "exchange/ImportTypes.h"

using namespace peyvand;
using namespace peyvand::exchange;
using peyvand::test::u8;

namespace {

ImportField mapped(const QString& header)
{
    return autoMap({ header }).columns.value(0, ImportField::Ignore);
}

} // namespace

TEST_CASE("field keys round-trip and every field has a label", "[exchange][mapping]")
{
    for (ImportField f : importableFields()) {
        INFO(fieldKey(f).toStdString());
        REQUIRE(fieldFromKey(fieldKey(f)) == f);
        CHECK_FALSE(fieldLabel(f).isEmpty());
        CHECK(mapped(fieldKey(f)) == (f == ImportField::Name ? ImportField::Name : f));
        CHECK(mapped(persianHeader(f)) == f);
    }
    CHECK(fieldFromKey(u"ignore") == ImportField::Ignore);
    CHECK(fieldFromKey(u"other_phones") == ImportField::Phone);
    CHECK_FALSE(fieldFromKey(u"nonsense").has_value());
    CHECK_FALSE(importableFields().contains(ImportField::Ignore));
    CHECK(fieldKey(ImportField::PostalCode) == QStringLiteral("postal_code"));
    CHECK(fieldKey(ImportField::NationalId) == QStringLiteral("national_id"));
}

TEST_CASE("English headers map whatever their case, spacing and separators", "[exchange][mapping]")
{
    CHECK(mapped(QStringLiteral("Name")) == ImportField::Name);
    CHECK(mapped(QStringLiteral("Full Name")) == ImportField::Name);
    CHECK(mapped(QStringLiteral("  E-Mail ")) == ImportField::Email);
    CHECK(mapped(QStringLiteral("Mobile Phone")) == ImportField::Mobile);
    CHECK(mapped(QStringLiteral("CELL")) == ImportField::Mobile);
    CHECK(mapped(QStringLiteral("Phone")) == ImportField::Phone);
    CHECK(mapped(QStringLiteral("National_ID")) == ImportField::NationalId);
    CHECK(mapped(QStringLiteral("national-id")) == ImportField::NationalId);
    CHECK(mapped(QStringLiteral("Postal Code")) == ImportField::PostalCode);
    CHECK(mapped(QStringLiteral("ZIP")) == ImportField::PostalCode);
    CHECK(mapped(QStringLiteral("Company")) == ImportField::Company);
    CHECK(mapped(QStringLiteral("City")) == ImportField::City);
    CHECK(mapped(QStringLiteral("Province")) == ImportField::Province);
    CHECK(mapped(QStringLiteral("Address")) == ImportField::Address);
    CHECK(mapped(QStringLiteral("Tags")) == ImportField::Tags);
    CHECK(mapped(QStringLiteral("Notes")) == ImportField::Notes);
    CHECK(mapped(QStringLiteral("Source")) == ImportField::Source);
    CHECK(mapped(QStringLiteral("First Name")) == ImportField::FirstName);
    CHECK(mapped(QStringLiteral("Surname")) == ImportField::LastName);
    CHECK(mapped(QStringLiteral("Favourite colour")) == ImportField::Ignore);
    CHECK(mapped(QString()) == ImportField::Ignore);
}

TEST_CASE("Persian headers map, with Arabic letters, ZWNJ and spacing variants", "[exchange][mapping]")
{
    CHECK(mapped(u8("نام")) == ImportField::Name);
    CHECK(mapped(u8("نام و نام خانوادگی")) == ImportField::Name);
    CHECK(mapped(u8("نام و نام‌خانوادگی")) == ImportField::Name);
    CHECK(mapped(u8("شرکت")) == ImportField::Company);
    CHECK(mapped(u8("موبایل")) == ImportField::Mobile);
    CHECK(mapped(u8("تلفن همراه")) == ImportField::Mobile);
    CHECK(mapped(u8("تلفن‌همراه")) == ImportField::Mobile);
    CHECK(mapped(u8("تلفن")) == ImportField::Phone);
    CHECK(mapped(u8("ایمیل")) == ImportField::Email);
    CHECK(mapped(u8("کد ملی")) == ImportField::NationalId);
    CHECK(mapped(u8("كد ملي")) == ImportField::NationalId); // Arabic Kaf and Yeh
    CHECK(mapped(u8("کدملی")) == ImportField::NationalId);
    CHECK(mapped(u8("شهر")) == ImportField::City);
    CHECK(mapped(u8("استان")) == ImportField::Province);
    CHECK(mapped(u8("آدرس")) == ImportField::Address);
    CHECK(mapped(u8("نشانی")) == ImportField::Address);
    CHECK(mapped(u8("کد پستی")) == ImportField::PostalCode);
    CHECK(mapped(u8("برچسب")) == ImportField::Tags);
    CHECK(mapped(u8("برچسب‌ها")) == ImportField::Tags);
    CHECK(mapped(u8("یادداشت")) == ImportField::Notes);
    CHECK(mapped(u8("منبع")) == ImportField::Source);
    CHECK(mapped(u8("نام خانوادگی")) == ImportField::LastName);
    CHECK(mapped(u8("رنگ محبوب")) == ImportField::Ignore);
}

TEST_CASE("a field goes to the first matching column only", "[exchange][mapping]")
{
    const ColumnMapping m = autoMap({ QStringLiteral("Mobile"), u8("موبایل"), QStringLiteral("Email") });
    REQUIRE(m.columns.size() == 3);
    CHECK(m.columns.at(0) == ImportField::Mobile);
    CHECK(m.columns.at(1) == ImportField::Ignore);
    CHECK(m.columns.at(2) == ImportField::Email);
    CHECK_FALSE(m.unmappedToNotes);
}

TEST_CASE("«نام» beside «نام خانوادگی» is the first name", "[exchange][mapping]")
{
    const ColumnMapping persian = autoMap({ u8("نام"), u8("نام خانوادگی"), u8("موبایل") });
    CHECK(persian.columns == QList<ImportField> { ImportField::FirstName, ImportField::LastName, ImportField::Mobile });
    const ColumnMapping english = autoMap({ QStringLiteral("Name"), QStringLiteral("Last name") });
    CHECK(english.columns == QList<ImportField> { ImportField::FirstName, ImportField::LastName });
    // A full-name header stays the name even next to a last name.
    const ColumnMapping full = autoMap({ u8("نام و نام خانوادگی"), u8("نام خانوادگی") });
    CHECK(full.columns.at(0) == ImportField::Name);
}

TEST_CASE("overrides by header text or column number", "[exchange][mapping]")
{
    const QStringList headers { QStringLiteral("Who"), QStringLiteral("Mobile"), QStringLiteral("Cell 2"), u8("شهر") };
    ColumnMapping m = autoMap(headers);
    REQUIRE(m.columns.at(0) == ImportField::Ignore);
    auto r = applyOverrides(m, headers, { { QStringLiteral("Who"), QStringLiteral("name") },
                                          { QStringLiteral("3"), QStringLiteral("mobile") },
                                          { u8("شهر"), QStringLiteral("ignore") } });
    REQUIRE(r);
    CHECK(r->columns == QList<ImportField> { ImportField::Name, ImportField::Ignore, ImportField::Mobile, ImportField::Ignore });

    // Header text is matched after normalisation too, and Persian digits count as a number.
    auto n = applyOverrides(m, headers, { { QStringLiteral("who"), QStringLiteral("Name") }, { u8("۲"), QStringLiteral("phone") } });
    REQUIRE(n);
    CHECK(n->columns.at(0) == ImportField::Name);
    CHECK(n->columns.at(1) == ImportField::Phone);

    // Phones, tags and notes may come from several columns.
    auto multi = applyOverrides(m, headers, { { QStringLiteral("2"), QStringLiteral("phone") }, { QStringLiteral("3"), QStringLiteral("phone") } });
    REQUIRE(multi);
    CHECK(multi->columns.at(1) == ImportField::Phone);
    CHECK(multi->columns.at(2) == ImportField::Phone);
}

TEST_CASE("bad overrides are errors naming the override", "[exchange][mapping]")
{
    const QStringList headers { QStringLiteral("Name"), QStringLiteral("Mobile") };
    const ColumnMapping m = autoMap(headers);
    auto unknownField = applyOverrides(m, headers, { { QStringLiteral("Name"), QStringLiteral("shoe_size") } });
    REQUIRE_FALSE(unknownField);
    CHECK(unknownField.error().code == ErrorCode::InvalidInput);
    CHECK(unknownField.error().field == QStringLiteral("map"));
    CHECK(unknownField.error().message.contains(QStringLiteral("shoe_size")));

    auto unknownColumn = applyOverrides(m, headers, { { QStringLiteral("Fax"), QStringLiteral("phone") } });
    REQUIRE_FALSE(unknownColumn);
    CHECK(unknownColumn.error().field == QStringLiteral("map"));
    CHECK(unknownColumn.error().message.contains(QStringLiteral("Fax")));

    auto outOfRange = applyOverrides(m, headers, { { QStringLiteral("7"), QStringLiteral("phone") } });
    REQUIRE_FALSE(outOfRange);
    CHECK(outOfRange.error().message.contains(QStringLiteral("7")));
    auto zero = applyOverrides(m, headers, { { QStringLiteral("0"), QStringLiteral("phone") } });
    REQUIRE_FALSE(zero);
}

TEST_CASE("parseOverride splits at the last equals sign", "[exchange][mapping]")
{
    auto a = parseOverride(QStringLiteral("Tel=phone"));
    REQUIRE(a);
    CHECK(a->column == QStringLiteral("Tel"));
    CHECK(a->field == QStringLiteral("phone"));
    auto b = parseOverride(QStringLiteral("a=b=notes"));
    REQUIRE(b);
    CHECK(b->column == QStringLiteral("a=b"));
    CHECK(b->field == QStringLiteral("notes"));
    for (const char* bad : { "phone", "=phone", "Tel=", "" }) {
        auto r = parseOverride(QString::fromLatin1(bad));
        REQUIRE_FALSE(r);
        CHECK(r.error().field == QStringLiteral("map"));
    }
}

TEST_CASE("policy and duplicate reason keys", "[exchange][mapping]")
{
    for (DuplicatePolicy p : { DuplicatePolicy::Skip, DuplicatePolicy::Update, DuplicatePolicy::Create })
        CHECK(policyFromKey(policyKey(p)) == p);
    CHECK_FALSE(policyFromKey(u"merge").has_value());
    CHECK(duplicateReasonKey(DuplicateReason::NameAndCity) == QStringLiteral("name_city"));
    CHECK(duplicateReasonKey(DuplicateReason::NationalId) == QStringLiteral("national_id"));
    CHECK_FALSE(duplicateReasonLabel(DuplicateReason::Email).isEmpty());
}
