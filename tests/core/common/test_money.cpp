#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "common/Money.h"

#include <QRandomGenerator>

#include <limits>
#include <numeric>

using namespace peyvand;
using peyvand::test::u8;

namespace {

constexpr qint64 kMax = std::numeric_limits<qint64>::max();
constexpr qint64 kMin = std::numeric_limits<qint64>::min();

__extension__ typedef __int128 Int128;

// Reference rounding for small numbers, from floor division written out.
qint64 floorDiv(qint64 a, qint64 b)
{
    qint64 q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        --q;
    return q;
}

qint64 referenceRound(qint64 num, qint64 den, Rounding mode)
{
    const qint64 f = floorDiv(num, den);
    const bool exact = f * den == num;
    switch (mode) {
    case Rounding::Floor:
        return f;
    case Rounding::Ceiling:
        return exact ? f : f + 1;
    case Rounding::TowardZero:
        return (exact || (num < 0) == (den < 0)) ? f : f + 1;
    case Rounding::HalfUp: {
        // Compare 2·|remainder| with |den| on the exact value num/den.
        const qint64 absNum = num < 0 ? -num : num;
        const qint64 absDen = den < 0 ? -den : den;
        const qint64 mag = (2 * absNum + absDen) / (2 * absDen); // floor(|x| + 1/2)
        return (num < 0) != (den < 0) ? -mag : mag;
    }
    }
    return 0;
}

Money rial(qint64 v) { return Money::fromRial(v); }

} // namespace

TEST_CASE("mulDiv: every rounding mode against a reference on small values", "[money][muldiv]")
{
    for (qint64 a = -60; a <= 60; ++a) {
        for (qint64 b : { -7, -3, -1, 1, 2, 3, 5, 10, 1000 }) {
            for (qint64 c : { -8, -4, -3, -2, -1, 1, 2, 3, 4, 6, 7, 10, 1000, 10000 }) {
                for (Rounding mode : { Rounding::HalfUp, Rounding::Floor, Rounding::TowardZero, Rounding::Ceiling }) {
                    const auto r = mulDiv(a, b, c, mode);
                    REQUIRE(r);
                    if (*r != referenceRound(a * b, c, mode)) {
                        FAIL_CHECK(a << "*" << b << "/" << c << " mode " << int(mode) << " gave " << *r);
                    }
                }
            }
        }
    }
}

TEST_CASE("mulDiv: domain formulas", "[money][muldiv]")
{
    // gross = round_half_up(unit_price × quantity_milli / 1000)
    CHECK(*mulDiv(1999, 1500, 1000, Rounding::HalfUp) == 2999);   // 2998.5 → 2999
    CHECK(*mulDiv(1999, 2500, 1000, Rounding::HalfUp) == 4998);   // 4997.5 → 4998
    CHECK(*mulDiv(1, 499, 1000, Rounding::HalfUp) == 0);
    CHECK(*mulDiv(1, 500, 1000, Rounding::HalfUp) == 1);
    // tax = floor(net × rate_bp / 10000)
    CHECK(*mulDiv(123457, 1000, 10000, Rounding::Floor) == 12345);
    CHECK(*mulDiv(99999, 900, 10000, Rounding::Floor) == 8999);
    CHECK(*mulDiv(-5, 1, 2, Rounding::HalfUp) == -3); // halves away from zero
    CHECK(*mulDiv(-5, 1, 2, Rounding::Floor) == -3);
    CHECK(*mulDiv(-5, 1, 2, Rounding::TowardZero) == -2);
    CHECK(*mulDiv(-5, 1, 2, Rounding::Ceiling) == -2);
}

TEST_CASE("mulDiv: 128-bit intermediate and overflow", "[money][muldiv]")
{
    CHECK(*mulDiv(kMax, kMax, kMax, Rounding::Floor) == kMax);
    CHECK(*mulDiv(kMax, 1000, 1000, Rounding::HalfUp) == kMax);
    CHECK(*mulDiv(kMin, 1, 1, Rounding::Floor) == kMin);
    CHECK(*mulDiv(kMin, -1, -1, Rounding::Floor) == kMin);
    CHECK(*mulDiv(4000000000000000000, 3, 4, Rounding::HalfUp) == 3000000000000000000);
    CHECK(*mulDiv(kMax, 2, 2, Rounding::HalfUp) == kMax);
    const auto over = mulDiv(kMax, 2, 1, Rounding::HalfUp);
    REQUIRE_FALSE(over);
    CHECK(over.error().code == ErrorCode::Overflow);
    CHECK_FALSE(mulDiv(kMin, -1, 1, Rounding::Floor));
    CHECK_FALSE(mulDiv(1, 1, 0, Rounding::Floor));
    // Rounding up at the very top overflows instead of wrapping.
    CHECK_FALSE(mulDiv(kMax, 2, 1, Rounding::Ceiling));
}

TEST_CASE("checked arithmetic", "[money]")
{
    CHECK(*checkedAdd(kMax - 1, 1) == kMax);
    CHECK_FALSE(checkedAdd(kMax, 1));
    CHECK_FALSE(checkedAdd(kMin, -1));
    CHECK(*checkedSub(kMin + 1, 1) == kMin);
    CHECK_FALSE(checkedSub(kMin, 1));
    CHECK_FALSE(checkedSub(0, kMin));
    CHECK(*checkedMul(3037000499, 3037000499) == 9223372030926249001);
    CHECK_FALSE(checkedMul(3037000500, 3037000500));
    CHECK_FALSE(checkedMul(kMin, -1));
    CHECK(checkedAdd(kMax, 1).error().code == ErrorCode::Overflow);
}

TEST_CASE("Money arithmetic", "[money]")
{
    CHECK(rial(5).plus(rial(7))->rial() == 12);
    CHECK(rial(5).minus(rial(7))->rial() == -2);
    CHECK(rial(5).times(-3)->rial() == -15);
    CHECK_FALSE(rial(kMax).plus(rial(1)));
    CHECK_FALSE(rial(kMin).minus(rial(1)));
    CHECK_FALSE(rial(kMax / 2 + 1).times(2));
    CHECK(rial(0).isZero());
    CHECK(rial(-1).isNegative());
    CHECK(rial(1) < rial(2));
    CHECK(Money() == rial(0));

    // Line gross: unit price × quantity (milli), half up.
    CHECK(rial(125000).timesQuantity(Quantity { 2500 }, Rounding::HalfUp)->rial() == 312500);
    CHECK(rial(333).timesQuantity(Quantity { 1500 }, Rounding::HalfUp)->rial() == 500);     // 499.5
    CHECK(rial(333).timesQuantity(Quantity { 1500 }, Rounding::Floor)->rial() == 499);
    CHECK(rial(1).timesQuantity(Quantity { 1 }, Rounding::HalfUp)->rial() == 0);
    CHECK_FALSE(rial(kMax).timesQuantity(Quantity { 2000 }, Rounding::HalfUp));

    // Discount and tax percentages.
    CHECK(rial(1000000).percentage(BasisPoints { 900 }, Rounding::Floor)->rial() == 90000);
    CHECK(rial(1000000).percentage(BasisPoints { 1000 }, Rounding::Floor)->rial() == 100000);
    CHECK(rial(12345).percentage(BasisPoints { 700 }, Rounding::Floor)->rial() == 864);      // 864.15
    CHECK(rial(12345).percentage(BasisPoints { 300 }, Rounding::Floor)->rial() == 370);      // 370.35
    CHECK(rial(12350).percentage(BasisPoints { 1250 }, Rounding::HalfUp)->rial() == 1544);   // 1543.75
    CHECK(rial(5).percentage(BasisPoints { 5000 }, Rounding::HalfUp)->rial() == 3);          // 2.5
    CHECK(rial(kMax).percentage(BasisPoints { 10000 }, Rounding::Floor)->rial() == kMax);
}

TEST_CASE("Money::allocate: largest remainder, parts add up", "[money][allocate]")
{
    auto parts = Money::allocate(rial(100), { rial(1), rial(1), rial(1) });
    REQUIRE(parts);
    CHECK(parts->at(0).rial() == 34);
    CHECK(parts->at(1).rial() == 33);
    CHECK(parts->at(2).rial() == 33);

    parts = Money::allocate(rial(10), { rial(300), rial(200), rial(500) });
    REQUIRE(parts);
    CHECK(parts->at(0).rial() == 3);
    CHECK(parts->at(1).rial() == 2);
    CHECK(parts->at(2).rial() == 5);

    // 7 over 1:2:4 exactly, 8 over 1:2:4 → 1.14, 2.29, 4.57 → 1, 2, 5
    parts = Money::allocate(rial(8), { rial(1), rial(2), rial(4) });
    REQUIRE(parts);
    CHECK(parts->at(0).rial() == 1);
    CHECK(parts->at(1).rial() == 2);
    CHECK(parts->at(2).rial() == 5);

    // Zero weights receive nothing.
    parts = Money::allocate(rial(5), { rial(0), rial(3), rial(0), rial(1) });
    REQUIRE(parts);
    CHECK(parts->at(0).rial() == 0);
    CHECK(parts->at(2).rial() == 0);
    CHECK(parts->at(1).rial() + parts->at(3).rial() == 5);

    CHECK(Money::allocate(rial(0), {})->empty());
    CHECK(Money::allocate(rial(0), { rial(0), rial(0) })->size() == 2);
    CHECK_FALSE(Money::allocate(rial(1), { rial(0), rial(0) }));
    CHECK_FALSE(Money::allocate(rial(1), {}));
    CHECK_FALSE(Money::allocate(rial(-1), { rial(1) }));
    CHECK_FALSE(Money::allocate(rial(1), { rial(1), rial(-1) }));

    // Huge values do not overflow the intermediate.
    parts = Money::allocate(rial(kMax), { rial(kMax), rial(kMax), rial(1) });
    REQUIRE(parts);
    Int128 sum = 0;
    for (const Money& m : *parts)
        sum += m.rial();
    CHECK(sum == kMax);
}

TEST_CASE("Money::allocate: random cases against the definition", "[money][allocate]")
{
    QRandomGenerator rng(2024);
    for (int round = 0; round < 2000; ++round) {
        const qint64 total = qint64(rng.bounded(1000000));
        std::vector<Money> weights;
        const int n = 1 + int(rng.bounded(12));
        qint64 weightSum = 0;
        for (int i = 0; i < n; ++i) {
            const qint64 w = rng.bounded(5) == 0 ? 0 : qint64(rng.bounded(100000));
            weights.push_back(rial(w));
            weightSum += w;
        }
        const auto parts = Money::allocate(rial(total), weights);
        if (weightSum == 0) {
            CHECK(bool(parts) == (total == 0));
            continue;
        }
        REQUIRE(parts);
        qint64 sum = 0;
        for (int i = 0; i < n; ++i) {
            const qint64 part = parts->at(std::size_t(i)).rial();
            sum += part;
            // Each part is the exact share rounded down or up by one.
            const Int128 exact = Int128(total) * weights[std::size_t(i)].rial();
            const qint64 down = qint64(exact / weightSum);
            CHECK((part == down || part == down + 1));
            if (weights[std::size_t(i)].rial() == 0)
                CHECK(part == 0);
        }
        CHECK(sum == total);
    }
}

TEST_CASE("Money::parse", "[money][parse]")
{
    struct Case {
        const char* text;
        qint64 value;
    };
    const Case good[] = {
        { "0", 0 }, { "1000", 1000 }, { "1,000", 1000 }, { "1,234,567", 1234567 }, { "۱٬۲۳۴٬۵۶۷", 1234567 },
        { "١٬٢٣٤", 1234 }, { "۱،۰۰۰", 1000 }, { " 12 500 ", 12500 }, { "-500", -500 }, { "\u2212500", -500 },
        { "- 1,000", -1000 }, { "۱۰\u200C۰۰۰", 10000 }, { "9223372036854775807", kMax },
        { "-9223372036854775808", kMin }, { "-0", 0 }, { "007", 7 }, { "1\u00A0000", 1000 },
    };
    for (const Case& c : good) {
        INFO(c.text);
        const auto r = Money::parse(u8(c.text));
        REQUIRE(r);
        CHECK(r->rial() == c.value);
    }
    const char* bad[] = { "", " ", "-", "abc", "12a", "1.5", "۱٫۵", "1-2", "--5", "+5", "9223372036854775808",
                          "-9223372036854775809", "99999999999999999999999", "1e6", "٪5" };
    for (const char* b : bad) {
        INFO(b);
        const auto r = Money::parse(u8(b));
        REQUIRE_FALSE(r);
        CHECK((r.error().code == ErrorCode::InvalidInput || r.error().code == ErrorCode::Overflow));
        if (r.error().code == ErrorCode::InvalidInput)
            CHECK(r.error().field == QStringLiteral("amount"));
    }
    CHECK(Money::parse(u8("9223372036854775808")).error().code == ErrorCode::Overflow);
    CHECK(Money::parse(u8("1.5")).error().message.contains(QStringLiteral("fraction")));
}

TEST_CASE("Money::parse round-trips formatted numbers", "[money][parse]")
{
    QRandomGenerator rng(7);
    for (int i = 0; i < 3000; ++i) {
        const qint64 v = qint64(rng.generate64() >> (1 + rng.bounded(63)));
        const qint64 signedV = rng.bounded(2) ? v : -v;
        CHECK(Money::parse(QString::number(signedV))->rial() == signedV);
    }
}

TEST_CASE("Quantity::parse and toText", "[money][quantity]")
{
    struct Case {
        const char* text;
        qint64 milli;
    };
    const Case good[] = {
        { "2", 2000 }, { "1.5", 1500 }, { "۱٫۲۵۰", 1250 }, { "0.001", 1 }, { "١٫٥", 1500 }, { ".5", 500 },
        { "1.", 1000 }, { " 3 ", 3000 }, { "0", 0 }, { "12.34", 12340 }, { "9223372036854775.807", kMax },
    };
    for (const Case& c : good) {
        INFO(c.text);
        const auto r = Quantity::parse(u8(c.text));
        REQUIRE(r);
        CHECK(r->milli == c.milli);
    }
    for (const char* b : { "", ".", "1.2345", "1,5", "abc", "1.2.3", "-1", "9223372036854776", "1/2" }) {
        INFO(b);
        const auto r = Quantity::parse(u8(b));
        REQUIRE_FALSE(r);
    }
    CHECK(Quantity::parse(u8("1.2345")).error().field == QStringLiteral("quantity"));
    CHECK(Quantity { 1500 }.toText() == QStringLiteral("1.5"));
    CHECK(Quantity { 1 }.toText() == QStringLiteral("0.001"));
    CHECK(Quantity { 2000 }.toText() == QStringLiteral("2"));
    CHECK(Quantity { 1250 }.toText() == QStringLiteral("1.25"));
    CHECK(Quantity { -1500 }.toText() == QStringLiteral("-1.5"));
    CHECK(Quantity { kMin }.toText() == QStringLiteral("-9223372036854775.808"));
    for (qint64 m = 0; m < 5000; m += 7)
        CHECK(Quantity::parse(Quantity { m }.toText())->milli == m);
}

TEST_CASE("BasisPoints::parsePercent and toPercentText", "[money][basis_points]")
{
    struct Case {
        const char* text;
        qint32 bp;
    };
    const Case good[] = {
        { "9", 900 }, { "9.5", 950 }, { "۹٫۵", 950 }, { "9.25%", 925 }, { "10 %", 1000 }, { "۱۰٪", 1000 },
        { "0", 0 }, { "100", 10000 }, { "0.01", 1 }, { "3", 300 }, { "7", 700 },
    };
    for (const Case& c : good) {
        INFO(c.text);
        const auto r = BasisPoints::parsePercent(u8(c.text));
        REQUIRE(r);
        CHECK(r->value == c.bp);
    }
    for (const char* b : { "", "%", "9.255", "abc", "-1", "9%%", "21474837", "1,5" }) {
        INFO(b);
        CHECK_FALSE(BasisPoints::parsePercent(u8(b)));
    }
    CHECK(BasisPoints::parsePercent(u8("9.255")).error().field == QStringLiteral("rate"));
    CHECK(BasisPoints { 950 }.toPercentText() == QStringLiteral("9.5"));
    CHECK(BasisPoints { 900 }.toPercentText() == QStringLiteral("9"));
    CHECK(BasisPoints { 925 }.toPercentText() == QStringLiteral("9.25"));
    CHECK(BasisPoints { 1 }.toPercentText() == QStringLiteral("0.01"));
    for (qint32 bp = 0; bp <= 10000; ++bp)
        REQUIRE(BasisPoints::parsePercent(BasisPoints { bp }.toPercentText())->value == bp);
    CHECK(BasisPoints { 700 } < BasisPoints { 900 });
}
