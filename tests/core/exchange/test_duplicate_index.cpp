#include "TestSupport.h"

#include "exchange/DuplicateIndex.h"
#include "text/PersianText.h"

using namespace peyvand;
using namespace peyvand::exchange;
using peyvand::test::u8;

namespace {

DuplicateKeys keys(const QString& mobile, const QString& nid, const QString& email, const QString& name, const QString& city)
{
    customers::Customer c;
    c.mobile = mobile;
    c.nationalId = nid;
    c.email = email;
    c.name = name;
    c.city = city;
    return DuplicateKeys::of(c);
}

} // namespace

TEST_CASE("the duplicate index finds each rule and keeps the first record", "[exchange][duplicates]")
{
    DuplicateIndex index;
    index.add(keys(QStringLiteral("09121234567"), {}, {}, {}, {}), 1, 0);
    index.add(keys({}, QStringLiteral("0499370899"), {}, {}, {}), 2, 0);
    index.add(keys({}, {}, QStringLiteral("A@Example.com"), {}, {}), 0, 7);
    index.add(keys({}, {}, {}, u8("علی کریمی"), u8("تهران")), 4, 9);

    auto hit = index.find(keys(QStringLiteral("09121234567"), {}, {}, {}, {}));
    REQUIRE(hit);
    CHECK(hit->reason == DuplicateReason::Mobile);
    CHECK(hit->id == 1);
    CHECK(hit->line == 0);
    hit = index.find(keys({}, QStringLiteral("0499370899"), {}, {}, {}));
    REQUIRE(hit);
    CHECK(hit->reason == DuplicateReason::NationalId);
    hit = index.find(keys({}, {}, QStringLiteral("a@example.COM"), {}, {}));
    REQUIRE(hit);
    CHECK(hit->reason == DuplicateReason::Email);
    CHECK(hit->line == 7);
    hit = index.find(keys({}, {}, {}, u8("علي  كريمي"), u8("تهـران")));
    REQUIRE(hit);
    CHECK(hit->reason == DuplicateReason::NameAndCity);
    CHECK(hit->id == 4);
    // The rules are checked in order: mobile first.
    hit = index.find(keys(QStringLiteral("09121234567"), QStringLiteral("0499370899"), {}, {}, {}));
    REQUIRE(hit);
    CHECK(hit->reason == DuplicateReason::Mobile);

    // A key of one rule never matches another rule's key of the same text.
    CHECK_FALSE(index.find(keys({}, QStringLiteral("09121234567"), {}, {}, {})));
    CHECK_FALSE(index.find(keys({}, {}, {}, u8("علی کریمی"), u8("شیراز"))));
    CHECK_FALSE(index.find(keys({}, {}, {}, u8("علی کریمی"), {})));
    CHECK_FALSE(index.find(keys({}, {}, {}, {}, u8("تهران"))));
    CHECK_FALSE(index.find(keys({}, {}, {}, {}, {})));

    // Adding a key again keeps the first record.
    index.add(keys(QStringLiteral("09121234567"), {}, {}, {}, {}), 99, 99);
    CHECK(index.find(keys(QStringLiteral("09121234567"), {}, {}, {}, {}))->id == 1);
}

TEST_CASE("the duplicate index grows without losing keys", "[exchange][duplicates]")
{
    DuplicateIndex index;
    const int n = 200000;
    for (int i = 0; i < n; ++i)
        index.add(keys(QStringLiteral("09%1").arg(i, 9, 10, QLatin1Char('0')), {}, {}, {}, {}), i + 1, 0);
    CHECK(index.size() == n);
    int found = 0;
    for (int i = 0; i < n; ++i) {
        auto hit = index.find(keys(QStringLiteral("09%1").arg(i, 9, 10, QLatin1Char('0')), {}, {}, {}, {}));
        if (hit && hit->id == i + 1)
            ++found;
    }
    CHECK(found == n);
    int falseHits = 0;
    for (int i = n; i < 2 * n; ++i) {
        if (index.find(keys(QStringLiteral("09%1").arg(i, 9, 10, QLatin1Char('0')), {}, {}, {}, {})))
            ++falseHits;
    }
    CHECK(falseHits == 0);
}
