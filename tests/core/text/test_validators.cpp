#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "text/Digits.h"
#include "text/Validators.h"

#include <QRandomGenerator>
#include <QRegularExpression>

using namespace peyvand;
using namespace peyvand::text;
using peyvand::test::u8;

namespace {

// Independent helpers: written from the published descriptions, not from
// Validators.cpp, and phrased differently on purpose.

QString randomDigits(QRandomGenerator& rng, int n)
{
    QString s;
    for (int i = 0; i < n; ++i)
        s += QChar(char16_t(u'0' + rng.bounded(10)));
    return s;
}

// National ID: weights 10..2 on the first nine digits, read right to left as 2..10.
int nationalCheckDigit(const QString& nine)
{
    int sum = 0;
    for (int pos = 0; pos < 9; ++pos) {
        const int weight = pos + 2; // rightmost of the nine has weight 2
        sum += (nine.at(8 - pos).unicode() - '0') * weight;
    }
    const int r = sum % 11;
    return r < 2 ? r : 11 - r;
}

bool middleAllZero(const QString& ten) { return ten.mid(3, 6) == QStringLiteral("000000"); }

int legalCheckDigit(const QString& ten)
{
    static const int w[10] = { 29, 27, 23, 19, 17, 29, 27, 23, 19, 17 };
    const int k = (ten.at(9).unicode() - '0') + 2;
    long sum = 0;
    for (int i = 0; i < 10; ++i)
        sum += long(ten.at(i).unicode() - '0' + k) * w[i];
    return int(sum % 11) % 10; // 10 → 0
}

// mod 97 of a long digit string by chunks of 7 digits.
int mod97(const QString& digits)
{
    qint64 rem = 0;
    for (qsizetype i = 0; i < digits.size(); i += 7) {
        const QString chunk = digits.mid(i, 7);
        qint64 scale = 1;
        for (qsizetype k = 0; k < chunk.size(); ++k)
            scale *= 10;
        rem = (rem * scale + chunk.toLongLong()) % 97;
    }
    return int(rem);
}

QString makeSheba(const QString& bban22)
{
    const int check = 98 - mod97(bban22 + QStringLiteral("182700"));
    return QStringLiteral("IR") + QString::number(check).rightJustified(2, u'0') + bban22;
}

QString luhnComplete(const QString& fifteen)
{
    int sum = 0;
    for (int i = 0; i < 15; ++i) { // left to right: even positions doubled for 16-digit numbers
        int d = fifteen.at(i).unicode() - '0';
        if (i % 2 == 0)
            d = d * 2 > 9 ? d * 2 - 9 : d * 2;
        sum += d;
    }
    return fifteen + QChar(char16_t(u'0' + (10 - sum % 10) % 10));
}

} // namespace

// ---------------------------------------------------------------- national ID

TEST_CASE("national ID: the domain example and its variants", "[validators][national_id]")
{
    for (const char* in : { "0499370899", "۰۴۹۹۳۷۰۸۹۹", "٠٤٩٩٣٧٠٨٩٩", " 049-937089-9 ", "049 937 0899",
                            "\u200F0499370899\u200E", "499370899" }) {
        INFO(in);
        const auto r = normalizeNationalId(u8(in));
        REQUIRE(r);
        CHECK(*r == QStringLiteral("0499370899"));
    }
}

TEST_CASE("national ID: known valid numbers", "[validators][national_id]")
{
    for (const char* in : { "0499370899", "0013542419", "0067749828", "1111111112" /* not ten identical */ }) {
        INFO(in);
        const QString s = u8(in);
        const bool expected = s.at(9).unicode() - '0' == nationalCheckDigit(s.left(9));
        CHECK(bool(normalizeNationalId(s)) == expected);
    }
    CHECK(normalizeNationalId(u8("0013542419")));
}

TEST_CASE("national ID: left-pads 8 and 9 digits", "[validators][national_id]")
{
    QRandomGenerator rng(11);
    int checked = 0;
    while (checked < 200) {
        const QString nine = QStringLiteral("00") + randomDigits(rng, 7);
        const QString full = nine + QChar(char16_t(u'0' + nationalCheckDigit(nine)));
        if (middleAllZero(full))
            continue;
        ++checked;
        CHECK(*normalizeNationalId(full) == full);
        CHECK(*normalizeNationalId(full.mid(1)) == full);
        CHECK(*normalizeNationalId(full.mid(2)) == full);
        CHECK_FALSE(normalizeNationalId(full.mid(3))); // 7 digits: not padded
    }
}

TEST_CASE("national ID: random numbers agree with the independent checksum", "[validators][national_id]")
{
    QRandomGenerator rng(1357);
    int valid = 0;
    for (int i = 0; i < 5000; ++i) {
        const QString ten = randomDigits(rng, 10);
        bool identical = ten.count(ten.at(0)) == 10;
        const bool expected = !identical && !middleAllZero(ten) && ten.at(9).unicode() - '0' == nationalCheckDigit(ten.left(9));
        INFO(ten.toStdString());
        const auto r = normalizeNationalId(ten);
        CHECK(bool(r) == expected);
        if (r)
            ++valid;
        else
            CHECK(r.error().field == QStringLiteral("national_id"));
    }
    CHECK(valid > 100); // about 1 in 11
    // Every generated valid number passes, in every digit script.
    for (int i = 0; i < 2000; ++i) {
        const QString nine = randomDigits(rng, 9);
        const QString ten = nine + QChar(char16_t(u'0' + nationalCheckDigit(nine)));
        if (ten.count(ten.at(0)) == 10 || middleAllZero(ten))
            continue;
        CHECK(*normalizeNationalId(ten) == ten);
        CHECK(*normalizeNationalId(toPersianDigits(ten)) == ten);
        // Changing one digit changes r, but r = 1 and r = 10 share the check
        // digit 1, so not every change is caught: compare with the helper.
        const int pos = int(rng.bounded(10));
        QString broken = ten;
        broken[pos] = QChar(char16_t(u'0' + (ten.at(pos).unicode() - '0' + 1 + rng.bounded(9)) % 10));
        const bool stillValid = broken.count(broken.at(0)) != 10 && !middleAllZero(broken)
            && broken.at(9).unicode() - '0' == nationalCheckDigit(broken.left(9));
        CHECK(bool(normalizeNationalId(broken)) == stillValid);
        if (pos == 9)
            CHECK_FALSE(stillValid);
    }
}

TEST_CASE("national ID: ten identical digits and an all-zero middle are rejected", "[validators][national_id]")
{
    for (int d = 0; d <= 9; ++d) {
        const QString same(10, QChar(char16_t(u'0' + d)));
        INFO(same.toStdString());
        // Some of these satisfy the checksum (e.g. 1111111111): rejected anyway.
        CHECK_FALSE(normalizeNationalId(same));
    }
    // Build numbers whose checksum holds but whose middle (indexes 3..8) is zero.
    for (const char* head : { "123", "045", "999", "100" }) {
        const QString nine = u8(head) + QStringLiteral("000000");
        const QString ten = nine + QChar(char16_t(u'0' + nationalCheckDigit(nine)));
        INFO(ten.toStdString());
        CHECK_FALSE(normalizeNationalId(ten));
    }
}

TEST_CASE("national ID: malformed input names the field", "[validators][national_id]")
{
    for (const char* in : { "", "   ", "12345", "1234567", "12345678901", "04993708a9", "0499370899x", "۰۴۹۹۳۷۰۸۹۹۹", "0499370898" }) {
        INFO(in);
        const auto r = normalizeNationalId(u8(in), QStringLiteral("owner_national_id"));
        REQUIRE_FALSE(r);
        CHECK(r.error().code == ErrorCode::InvalidInput);
        CHECK(r.error().field == QStringLiteral("owner_national_id"));
        CHECK(r.error().message.contains(QStringLiteral("national ID")));
    }
    CHECK(normalizeNationalId(u8("123")).error().message == QStringLiteral("The national ID must have 10 digits."));
}

// ---------------------------------------------------------------- legal ID

TEST_CASE("legal ID: the domain example", "[validators][legal_id]")
{
    for (const char* in : { "10380284790", "۱۰۳۸۰۲۸۴۷۹۰", " 103-8028-4790 " }) {
        INFO(in);
        REQUIRE(normalizeLegalId(u8(in)));
        CHECK(*normalizeLegalId(u8(in)) == QStringLiteral("10380284790"));
    }
    CHECK(legalCheckDigit(QStringLiteral("1038028479")) == 0);
    for (int wrong = 1; wrong <= 9; ++wrong)
        CHECK_FALSE(normalizeLegalId(QStringLiteral("1038028479") + QChar(char16_t(u'0' + wrong))));
}

TEST_CASE("legal ID: random numbers agree with the independent checksum", "[validators][legal_id]")
{
    QRandomGenerator rng(1404);
    for (int i = 0; i < 5000; ++i) {
        const QString ten = randomDigits(rng, 10);
        const QString good = ten + QChar(char16_t(u'0' + legalCheckDigit(ten)));
        INFO(good.toStdString());
        CHECK(*normalizeLegalId(good) == good);
        const QString bad = ten + QChar(char16_t(u'0' + (legalCheckDigit(ten) + 1 + rng.bounded(9)) % 10));
        CHECK_FALSE(normalizeLegalId(bad));
    }
}

TEST_CASE("legal ID: malformed input", "[validators][legal_id]")
{
    for (const char* in : { "", "1038028479", "103802847900", "1038028479O", "abc" }) {
        INFO(in);
        const auto r = normalizeLegalId(u8(in));
        REQUIRE_FALSE(r);
        CHECK(r.error().field == QStringLiteral("legal_id"));
        CHECK(r.error().message.contains(QStringLiteral("legal entity national ID")));
    }
}

// ---------------------------------------------------------------- economic code

TEST_CASE("economic code: 10, 11, 12 and 14 digits", "[validators][economic_code]")
{
    CHECK(*normalizeEconomicCode(u8("0499370899")) == QStringLiteral("0499370899"));
    CHECK_FALSE(normalizeEconomicCode(u8("0499370898")));
    CHECK_FALSE(normalizeEconomicCode(u8("1111111111")));
    CHECK(*normalizeEconomicCode(u8("10380284790")) == QStringLiteral("10380284790"));
    CHECK_FALSE(normalizeEconomicCode(u8("10380284791")));
    CHECK(*normalizeEconomicCode(u8("411111111111")) == QStringLiteral("411111111111"));
    CHECK(*normalizeEconomicCode(u8("۴۱۱۱ ۱۱۱۱ ۱۱۱۱ ۱۱")) == QStringLiteral("41111111111111"));
    for (const char* in : { "", "499370899", "1234567890123", "123456789012345", "41111111111a" }) {
        INFO(in);
        const auto r = normalizeEconomicCode(u8(in));
        REQUIRE_FALSE(r);
        CHECK(r.error().field == QStringLiteral("economic_code"));
        CHECK(r.error().message.contains(QStringLiteral("economic code")));
    }
}

// ---------------------------------------------------------------- mobile

TEST_CASE("mobile: every accepted prefix gives 09XXXXXXXXX", "[validators][mobile]")
{
    const char* forms[] = {
        "09121234567", "9121234567", "+989121234567", "00989121234567", "989121234567",
        "+98 912 123 4567", "0912-123-4567", "0912 123 45 67", "(0912) 123 4567", "+98 (912) 123-4567",
        "۰۹۱۲۱۲۳۴۵۶۷", "٠٩١٢١٢٣٤٥٦٧", "+۹۸۹۱۲۱۲۳۴۵۶۷", "\u200E+98 912 1234567\u200E", " 0912\u00A0123\u00A04567 ",
        "+98 0912 123 4567", "0098 0912 123 4567",
    };
    for (const char* in : forms) {
        INFO(in);
        const auto r = normalizeMobile(u8(in));
        REQUIRE(r);
        CHECK(r->canonical == QStringLiteral("09121234567"));
        CHECK(r->knownOperator);
    }
}

TEST_CASE("mobile: operator prefixes", "[validators][mobile]")
{
    for (int code = 0; code <= 99; ++code) {
        const QString canonical = QStringLiteral("09") + QString::number(code).rightJustified(2, u'0') + QStringLiteral("1234567");
        const bool known = (code <= 5) || (code >= 10 && code <= 22) || (code >= 30 && code <= 39) || code == 41 || code >= 90;
        INFO(canonical.toStdString());
        for (const QString& form : { canonical, canonical.mid(1), QStringLiteral("+98") + canonical.mid(1),
                                     QStringLiteral("0098") + canonical.mid(1), QStringLiteral("98") + canonical.mid(1) }) {
            const auto r = normalizeMobile(form);
            REQUIRE(r); // unknown prefixes are a warning, never an error
            CHECK(r->canonical == canonical);
            CHECK(r->knownOperator == known);
        }
    }
    for (const char* known : { "09101234567", "09191234567", "09351234567", "09901234567", "09981234567",
                               "09211234567", "09321234567", "09411234567", "09001234567", "09041234567" })
        CHECK(normalizeMobile(u8(known))->knownOperator);
    for (const char* unknown : { "09501234567", "09611234567", "09801234567", "09071234567", "09251234567" })
        CHECK_FALSE(normalizeMobile(u8(unknown))->knownOperator);
}

TEST_CASE("mobile: invalid numbers", "[validators][mobile]")
{
    for (const char* in : { "", "0912123456", "091212345678", "08121234567", "02188776655", "+18121234567",
                            "+9809121234567x", "0912123456a", "00989121234567 1", "9912123456 7", "++989121234567",
                            "+0989121234567", "0989121234567", "9",
                            "12345678901234567890" }) {
        INFO(in);
        const auto r = normalizeMobile(u8(in));
        REQUIRE_FALSE(r);
        CHECK(r.error().field == QStringLiteral("mobile"));
        CHECK(r.error().message.contains(QStringLiteral("mobile number")));
    }
}

// ---------------------------------------------------------------- postal code

TEST_CASE("postal code: 10 digits, the pattern is a warning", "[validators][postal_code]")
{
    const QRegularExpression pattern(QStringLiteral("^(?!(\\d)\\1{3})[13-9]{5}\\d{5}$"));
    REQUIRE(pattern.isValid());
    QRandomGenerator rng(1375);
    for (int i = 0; i < 3000; ++i) {
        // Bias towards the interesting shapes: repeated leading digits, 0 and 2.
        QString code = randomDigits(rng, 10);
        if (i % 5 == 0)
            code.replace(0, 4, QString(4, code.at(0)));
        if (i % 7 == 0)
            code.replace(0, 5, QStringLiteral("13579"));
        INFO(code.toStdString());
        const auto r = normalizePostalCode(code);
        REQUIRE(r);
        CHECK(r->digits == code);
        CHECK(r->matchesPattern == pattern.match(code).hasMatch());
    }
    CHECK(normalizePostalCode(u8("۱۳۱۸۷-۵۵۱۱۱"))->digits == QStringLiteral("1318755111"));
    CHECK(normalizePostalCode(u8("1318755111"))->matchesPattern);
    CHECK_FALSE(normalizePostalCode(u8("1111755111"))->matchesPattern);
    CHECK_FALSE(normalizePostalCode(u8("1208755111"))->matchesPattern);
    CHECK(normalizePostalCode(u8("1118755111"))->matchesPattern);
    for (const char* in : { "", "131875511", "13187551110", "13187a5111" }) {
        INFO(in);
        const auto r = normalizePostalCode(u8(in));
        REQUIRE_FALSE(r);
        CHECK(r.error().field == QStringLiteral("postal_code"));
    }
}

// ---------------------------------------------------------------- Sheba

TEST_CASE("Sheba: the example number", "[validators][sheba]")
{
    CHECK(mod97(QStringLiteral("0540102680020817909002") + QStringLiteral("182782")) == 1);
    for (const char* in : { "IR820540102680020817909002", "ir820540102680020817909002", "IR82 0540 1026 8002 0817 9090 02",
                            "IR۸۲۰۵۴۰۱۰۲۶۸۰۰۲۰۸۱۷۹۰۹۰۰۲", "820540102680020817909002", "\u200EIR82-0540-1026-8002-0817-9090-02" }) {
        INFO(in);
        const auto r = normalizeSheba(u8(in));
        REQUIRE(r);
        CHECK(*r == QStringLiteral("IR820540102680020817909002"));
    }
}

TEST_CASE("Sheba: generated numbers pass, altered ones fail", "[validators][sheba]")
{
    QRandomGenerator rng(97);
    for (int i = 0; i < 2000; ++i) {
        const QString sheba = makeSheba(randomDigits(rng, 22));
        INFO(sheba.toStdString());
        REQUIRE(normalizeSheba(sheba));
        CHECK(*normalizeSheba(sheba) == sheba);
        QString broken = sheba;
        const int pos = 2 + int(rng.bounded(24));
        broken[pos] = QChar(char16_t(u'0' + (sheba.at(pos).unicode() - '0' + 1 + rng.bounded(9)) % 10));
        CHECK_FALSE(normalizeSheba(broken)); // mod 97 catches every single-digit error
        // Swapping two different adjacent digits is caught too.
        QString swapped = sheba;
        const int p = 4 + int(rng.bounded(21));
        if (swapped.at(p) != swapped.at(p + 1)) {
            std::swap(swapped[p], swapped[p + 1]);
            CHECK_FALSE(normalizeSheba(swapped));
        }
    }
}

TEST_CASE("Sheba: malformed", "[validators][sheba]")
{
    for (const char* in : { "", "IR", "IR82054010268002081790900", "IR8205401026800208179090021", "DE820540102680020817909002",
                            "IR82054010268002081790900X", "IR820540102680020817909003", "I R820540102680020817909002x" }) {
        INFO(in);
        const auto r = normalizeSheba(u8(in));
        REQUIRE_FALSE(r);
        CHECK(r.error().field == QStringLiteral("sheba"));
        CHECK(r.error().message.contains(QStringLiteral("Sheba")));
    }
}

// ---------------------------------------------------------------- card

TEST_CASE("card number: Luhn", "[validators][card]")
{
    CHECK(*normalizeCardNumber(u8("6037-9975-9951-1236")) == luhnComplete(QStringLiteral("603799759951123")));
    CHECK_FALSE(normalizeCardNumber(u8("6037-9975-9951-1237")));
    CHECK(*normalizeCardNumber(u8("4111 1111 1111 1111")) == QStringLiteral("4111111111111111"));
    CHECK(*normalizeCardNumber(u8("۶۰۳۷ ۹۹۱۱ ۲۲۳۳ ۴۴۵۵")) == luhnComplete(QStringLiteral("603799112233445")));
    QRandomGenerator rng(16);
    for (int i = 0; i < 3000; ++i) {
        const QString card = luhnComplete(QStringLiteral("6") + randomDigits(rng, 14));
        INFO(card.toStdString());
        CHECK(*normalizeCardNumber(card) == card);
        QString broken = card;
        const int pos = int(rng.bounded(16));
        broken[pos] = QChar(char16_t(u'0' + (card.at(pos).unicode() - '0' + 1 + rng.bounded(9)) % 10));
        CHECK_FALSE(normalizeCardNumber(broken)); // Luhn catches every single-digit error
    }
    for (const char* in : { "", "411111111111111", "41111111111111111", "4111111111111112", "4111-1111-1111-111a" }) {
        INFO(in);
        const auto r = normalizeCardNumber(u8(in));
        REQUIRE_FALSE(r);
        CHECK(r.error().field == QStringLiteral("card_number"));
        CHECK(r.error().message.contains(QStringLiteral("card number")));
    }
}

TEST_CASE("card number: mask keeps the first 6 and last 4 digits", "[validators][card]")
{
    CHECK(maskCardNumber(u8("6037991122334458")) == QStringLiteral("603799******4458"));
    CHECK(maskCardNumber(u8("۶۰۳۷۹۹۱۱۲۲۳۳۴۴۵۸")) == QStringLiteral("603799******4458"));
    CHECK(maskCardNumber(u8("6037-9911-2233-4458")) == QStringLiteral("603799******4458"));
    CHECK(maskCardNumber(u8("123")) == QStringLiteral("***"));
    CHECK(maskCardNumber(QString()) == QString());
    CHECK(maskCardNumber(u8("1234567890")) == QStringLiteral("1234567890"));
    CHECK(maskCardNumber(u8("1234567890123456789")) == QStringLiteral("123456*********6789"));
}

// ---------------------------------------------------------------- phone, email

TEST_CASE("phone numbers", "[validators][phone]")
{
    struct Case {
        const char* in;
        const char* out;
    };
    const Case good[] = {
        { "021-88776655", "02188776655" }, { "(021) 8877 6655", "02188776655" }, { "+98 21 8877 6655", "+982188776655" },
        { "۰۲۱-۸۸۷۷۶۶۵۵", "02188776655" }, { "1234", "1234" }, { "123456789012345", "123456789012345" },
        { "+44 20 7946 0958", "+442079460958" }, { "021.8877.6655", "02188776655" }, { "110", nullptr },
    };
    for (const Case& c : good) {
        INFO(c.in);
        const auto r = normalizePhone(u8(c.in));
        if (!c.out) {
            CHECK_FALSE(r);
            continue;
        }
        REQUIRE(r);
        CHECK(*r == u8(c.out));
    }
    for (const char* in : { "", "+", "12", "1234567890123456", "021-8877-66x5", "021+8877", "++1234", "ext 12345" }) {
        INFO(in);
        const auto r = normalizePhone(u8(in));
        REQUIRE_FALSE(r);
        CHECK(r.error().field == QStringLiteral("phone"));
    }
}

TEST_CASE("email addresses", "[validators][email]")
{
    CHECK(*normalizeEmail(u8("  Ali.Karimi@Example.COM ")) == QStringLiteral("Ali.Karimi@example.com"));
    CHECK(*normalizeEmail(u8("info@peyvand.co.ir")) == QStringLiteral("info@peyvand.co.ir"));
    CHECK(*normalizeEmail(u8("\u200Fsales+crm@mail.example.org\u200F")) == QStringLiteral("sales+crm@mail.example.org"));
    for (const char* in : { "", "ali", "ali@", "@example.com", "ali@example", "ali@@example.com", "ali@ex ample.com",
                            "a li@example.com", "ali@example..com", "ali@.example.com", "ali@example.com.", "a@b@c.com" }) {
        INFO(in);
        const auto r = normalizeEmail(u8(in), QStringLiteral("contact_email"));
        REQUIRE_FALSE(r);
        CHECK(r.error().field == QStringLiteral("contact_email"));
        CHECK(r.error().message.contains(QStringLiteral("email")));
    }
}
