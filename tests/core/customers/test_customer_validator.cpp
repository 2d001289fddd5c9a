#include "TestSupport.h"

#include "customers/CustomerValidator.h"

using namespace peyvand;
using namespace peyvand::customers;
using peyvand::test::u8;

TEST_CASE("checkField reports only the asked field", "[validator]")
{
    CHECK(CustomerValidator::checkField(QStringLiteral("mobile"), QStringLiteral("0912 123 4567"), CustomerKind::Person).isEmpty());
    auto bad = CustomerValidator::checkField(QStringLiteral("mobile"), QStringLiteral("12345"), CustomerKind::Person);
    REQUIRE(bad.size() == 1);
    CHECK(bad.first().field == QStringLiteral("mobile"));
    CHECK(bad.first().severity == FieldIssue::Severity::Error);

    auto warn = CustomerValidator::checkField(QStringLiteral("mobile"), QStringLiteral("09701234567"), CustomerKind::Person);
    REQUIRE(warn.size() == 1);
    CHECK(warn.first().severity == FieldIssue::Severity::Warning);

    CHECK(CustomerValidator::checkField(QStringLiteral("national_id"), u8("۰۴۹۹۳۷۰۸۹۹"), CustomerKind::Person).isEmpty());
    CHECK(CustomerValidator::checkField(QStringLiteral("national_id"), QStringLiteral("0499370890"), CustomerKind::Person).size() == 1);
    CHECK(CustomerValidator::checkField(QStringLiteral("legal_id"), QStringLiteral("10380284790"), CustomerKind::Company).isEmpty());
    CHECK(CustomerValidator::checkField(QStringLiteral("email"), QStringLiteral("a@b"), CustomerKind::Person).size() == 1);
    CHECK(CustomerValidator::checkField(QStringLiteral("name"), QStringLiteral(" "), CustomerKind::Person).size() == 1);
    CHECK(CustomerValidator::checkField(QStringLiteral("name"), u8("علی"), CustomerKind::Person).isEmpty());
    CHECK(CustomerValidator::checkField(QStringLiteral("postal_code"), QStringLiteral("1"), CustomerKind::Person).size() == 1);
    CHECK(CustomerValidator::checkField(QStringLiteral("other_phones"), QStringLiteral("021-88776655, 0912 000 1111"), CustomerKind::Person).isEmpty());
    CHECK(CustomerValidator::checkField(QStringLiteral("city"), u8("تهران"), CustomerKind::Person).isEmpty());
}

TEST_CASE("Social handles are cleaned to the bare handle", "[validator]")
{
    Customer c;
    c.name = u8("نیما");
    c.instagram = QStringLiteral("https://www.instagram.com/nima.shop/");
    c.telegram = QStringLiteral("@nima_shop");
    c.linkedin = QStringLiteral("linkedin.com/in/nima");
    c.whatsapp = u8("۰۹۱۲۱۲۳۴۵۶۷");
    auto report = CustomerValidator::cleanAndValidate(c);
    CHECK_FALSE(report.hasErrors());
    CHECK(c.instagram == QStringLiteral("nima.shop"));
    CHECK(c.telegram == QStringLiteral("nima_shop"));
    CHECK(c.linkedin == QStringLiteral("nima"));
    CHECK(c.whatsapp == QStringLiteral("09121234567"));
}

TEST_CASE("Every field has a translated label", "[validator]")
{
    for (const char* f : { "name", "company", "national_id", "legal_id", "economic_code", "mobile", "email",
                           "postal_code", "city", "tags", "since" }) {
        CHECK(CustomerValidator::fieldLabel(QLatin1String(f)) != QLatin1String(f));
    }
}

TEST_CASE("A company with only a national ID gets a warning, not an error", "[validator]")
{
    Customer c;
    c.kind = CustomerKind::Company;
    c.name = u8("شرکت نمونه");
    c.nationalId = QStringLiteral("0499370899");
    auto report = CustomerValidator::cleanAndValidate(c);
    CHECK_FALSE(report.hasErrors());
    CHECK(report.warnings().size() == 1);
}

TEST_CASE("Tags are split at both commas, empty parts and repeats left out", "[validator]")
{
    Customer c;
    c.name = u8("نیما");
    c.tags = { u8(",VIP،,عمده ، ، vip,"), QString(), u8("،"), u8("جديد"), u8(" جدید ,x") };
    const auto report = CustomerValidator::cleanAndValidate(c);
    CHECK_FALSE(report.hasErrors());
    CHECK(c.tags == QStringList { QStringLiteral("VIP"), u8("عمده"), u8("جدید"), QStringLiteral("x") });
}
