// The password hash and what is normalised before hashing.
#include "TestSupport.h"

#include "security/PasswordHash.h"

using namespace peyvand;
using namespace peyvand::security;
using test::u8;

TEST_CASE("a password hash is an Argon2id string that verifies only its password", "[security]")
{
    auto hash = hashPassword(QStringLiteral("secret-1"), PasswordCost::minimum());
    REQUIRE(hash);
    CHECK(hash->startsWith(QStringLiteral("$argon2id$")));
    CHECK_FALSE(hash->contains(QStringLiteral("secret")));
    CHECK(passwordMatches(*hash, QStringLiteral("secret-1")));
    CHECK_FALSE(passwordMatches(*hash, QStringLiteral("secret-2")));
    CHECK_FALSE(passwordMatches(*hash, QStringLiteral("Secret-1")));
    CHECK_FALSE(passwordMatches(*hash, QString()));
    CHECK_FALSE(passwordMatches(QString(), QStringLiteral("secret-1")));
    CHECK_FALSE(passwordMatches(QStringLiteral("$argon2id$garbage"), QStringLiteral("secret-1")));
}

TEST_CASE("two hashes of one password differ (random salt)", "[security]")
{
    auto a = hashPassword(QStringLiteral("secret-1"), PasswordCost::minimum());
    auto b = hashPassword(QStringLiteral("secret-1"), PasswordCost::minimum());
    REQUIRE(a);
    REQUIRE(b);
    CHECK(*a != *b);
}

TEST_CASE("a Persian password verifies when typed with Arabic letter and digit variants", "[security]")
{
    // «کلید یک ۱۲۳» with Persian kaf/yeh and Persian digits…
    auto hash = hashPassword(u8("کلید یک ۱۲۳"), PasswordCost::minimum());
    REQUIRE(hash);
    // …typed on an Arabic layout (ك ي, Arabic-Indic digits), with ASCII digits,
    // with a tatweel, an RLM and doubled spaces.
    CHECK(passwordMatches(*hash, u8("كليد يك ١٢٣")));
    CHECK(passwordMatches(*hash, u8("کلید یک 123")));
    CHECK(passwordMatches(*hash, u8("کلـید  یک\u200F ۱۲۳")));
    // A different letter is a different password.
    CHECK_FALSE(passwordMatches(*hash, u8("کلید یک ۱۲۴")));
    CHECK_FALSE(passwordMatches(*hash, u8("گلید یک ۱۲۳")));
}

TEST_CASE("normalisation keeps case and alef variants apart", "[security]")
{
    CHECK(normalizePassword(QStringLiteral("AbC")) == QStringLiteral("AbC"));
    CHECK(normalizePassword(u8("آب")) != normalizePassword(u8("اب")));
    CHECK(normalizePassword(u8("ي")) == u8("ی"));
    CHECK(normalizePassword(u8("۰٩")) == QStringLiteral("09"));
    CHECK(normalizePassword(QStringLiteral("  two  words ")) == QStringLiteral("two words"));
}
