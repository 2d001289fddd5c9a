#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "text/Digits.h"

#include <limits>

using namespace peyvand::text;
using peyvand::test::u8;

TEST_CASE("toAsciiDigits converts Persian and Arabic-Indic digits", "[text][digits]")
{
    for (int d = 0; d <= 9; ++d) {
        const QString ascii(QChar(char16_t(u'0' + d)));
        CHECK(toAsciiDigits(QString(QChar(char16_t(0x06F0 + d)))) == ascii);
        CHECK(toAsciiDigits(QString(QChar(char16_t(0x0660 + d)))) == ascii);
        CHECK(toAsciiDigits(ascii) == ascii);
    }
    CHECK(toAsciiDigits(u8("۰۹۱۲۳۴۵۶۷۸۹")) == QStringLiteral("09123456789"));
    CHECK(toAsciiDigits(u8("٠٩١٢٣٤٥٦٧٨٩")) == QStringLiteral("09123456789"));
    CHECK(toAsciiDigits(u8("پلاک ۱۲ واحد ٣")) == u8("پلاک 12 واحد 3"));
    CHECK(toAsciiDigits(u8("۱۴۰۳/۱۲/۳۰")) == QStringLiteral("1403/12/30"));
    CHECK(toAsciiDigits(QString()) == QString());
}

TEST_CASE("toAsciiDigits leaves other characters alone", "[text][digits]")
{
    const QString others = u8("abc ABC !?-/ آبپ ٫٬ ¹²³ ①");
    CHECK(toAsciiDigits(others) == others);
}

TEST_CASE("toPersianDigits converts ASCII digits only", "[text][digits]")
{
    for (int d = 0; d <= 9; ++d) {
        CHECK(toPersianDigits(QString(QChar(char16_t(u'0' + d)))) == QString(QChar(char16_t(0x06F0 + d))));
    }
    CHECK(toPersianDigits(QStringLiteral("1403/12/30")) == u8("۱۴۰۳/۱۲/۳۰"));
    CHECK(toPersianDigits(u8("٣")) == u8("٣")); // Arabic-Indic digits are not ASCII
    CHECK(toPersianDigits(u8("Tel: 021-88")) == u8("Tel: ۰۲۱-۸۸"));
}

TEST_CASE("localizeDigits round-trips", "[text][digits]")
{
    const QString s = QStringLiteral("Invoice 123-4567/89");
    CHECK(localizeDigits(s, DigitScript::Latin) == s);
    CHECK(localizeDigits(localizeDigits(s, DigitScript::Persian), DigitScript::Latin) == s);
    CHECK(localizeDigits(u8("۱۲۳"), DigitScript::Latin) == QStringLiteral("123"));
    CHECK(localizeDigits(u8("۱۲۳"), DigitScript::Persian) == u8("۱۲۳"));
}

TEST_CASE("isAnyDigit", "[text][digits]")
{
    for (int d = 0; d <= 9; ++d) {
        CHECK(isAnyDigit(QChar(char16_t(u'0' + d))));
        CHECK(isAnyDigit(QChar(char16_t(0x06F0 + d))));
        CHECK(isAnyDigit(QChar(char16_t(0x0660 + d))));
    }
    for (const char16_t c : { u'a', u' ', u'/', char16_t(0x066B), char16_t(0x066C), char16_t(0x06EF),
                              char16_t(0x06FA), char16_t(0x065F), char16_t(0x066A), char16_t(0x00B2) }) {
        CHECK_FALSE(isAnyDigit(QChar(c)));
    }
}

TEST_CASE("formatGrouped groups thousands", "[text][digits]")
{
    struct Case {
        qint64 value;
        const char* latin;
        const char* persian;
    };
    const Case cases[] = {
        { 0, "0", "۰" },
        { 7, "7", "۷" },
        { 999, "999", "۹۹۹" },
        { 1000, "1,000", "۱٬۰۰۰" },
        { 12345, "12,345", "۱۲٬۳۴۵" },
        { 123456, "123,456", "۱۲۳٬۴۵۶" },
        { 1234567, "1,234,567", "۱٬۲۳۴٬۵۶۷" },
        { 1000000000, "1,000,000,000", "۱٬۰۰۰٬۰۰۰٬۰۰۰" },
        { -1, "-1", "-۱" },
        { -1000, "-1,000", "-۱٬۰۰۰" },
        { -999999, "-999,999", "-۹۹۹٬۹۹۹" },
        { std::numeric_limits<qint64>::max(), "9,223,372,036,854,775,807", "۹٬۲۲۳٬۳۷۲٬۰۳۶٬۸۵۴٬۷۷۵٬۸۰۷" },
        { std::numeric_limits<qint64>::min(), "-9,223,372,036,854,775,808", "-۹٬۲۲۳٬۳۷۲٬۰۳۶٬۸۵۴٬۷۷۵٬۸۰۸" },
    };
    for (const Case& c : cases) {
        INFO(c.value);
        CHECK(formatGrouped(c.value, DigitScript::Latin) == u8(c.latin));
        CHECK(formatGrouped(c.value, DigitScript::Persian) == u8(c.persian));
    }
}

TEST_CASE("formatGrouped agrees with an independent grouping for many values", "[text][digits]")
{
    qint64 v = 1;
    for (int i = 0; i < 200; ++i) {
        v = v * 7 + i; // grows through every digit count
        if (v < 0 || v > std::numeric_limits<qint64>::max() / 8)
            v = i;
        QString expected = QString::number(v);
        for (qsizetype pos = expected.size() - 3; pos > 0; pos -= 3)
            expected.insert(pos, u',');
        CHECK(formatGrouped(v, DigitScript::Latin) == expected);
        CHECK(formatGrouped(-v, DigitScript::Latin) == (v == 0 ? expected : u'-' + expected));
        QString stripped = formatGrouped(v, DigitScript::Persian);
        stripped.remove(QChar(0x066C));
        CHECK(toAsciiDigits(stripped) == QString::number(v));
    }
}
