#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "text/AmountInWords.h"

#include <QHash>
#include <QRandomGenerator>
#include <QStringList>

#include <limits>

using namespace peyvand::text;
using peyvand::test::u8;

namespace {

constexpr qint64 kMax = std::numeric_limits<qint64>::max();
constexpr qint64 kMin = std::numeric_limits<qint64>::min();

AmountWordsStyle styled(bool yeksad, bool bareHezar, bool trillion, const char* unit = "")
{
    AmountWordsStyle s;
    s.yeksad = yeksad;
    s.bareHezar = bareHezar;
    s.trillion = trillion;
    s.unit = u8(unit);
    return s;
}

// Reads number words back into a value: split at the last occurrence of the
// largest scale word, left × scale + right, recursively. Independent of the
// code under test; accepts both the «هزار میلیارد» and the تریلیون forms.
using Words = QStringList;

quint64 readWords(const Words& words, const QHash<QString, quint64>& small, const QHash<QString, quint64>& scales)
{
    if (words.isEmpty())
        return 0;
    qsizetype at = -1;
    quint64 best = 0;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const auto s = scales.constFind(words[i]);
        if (s != scales.cend() && *s >= best) {
            best = *s;
            at = i;
        }
    }
    if (at < 0) {
        quint64 sum = 0;
        for (const QString& w : words) {
            REQUIRE(small.contains(w));
            sum += small.value(w);
        }
        return sum;
    }
    const Words left = words.mid(0, at);
    const quint64 multiplier = left.isEmpty() ? 1 : readWords(left, small, scales);
    return multiplier * best + readWords(words.mid(at + 1), small, scales);
}

quint64 readPersian(QString text)
{
    static const QHash<QString, quint64> small = [] {
        QHash<QString, quint64> h;
        const char* ones[] = { "یک", "دو", "سه", "چهار", "پنج", "شش", "هفت", "هشت", "نه", "ده", "یازده", "دوازده",
                               "سیزده", "چهارده", "پانزده", "شانزده", "هفده", "هجده", "نوزده" };
        for (int i = 0; i < 19; ++i)
            h.insert(u8(ones[i]), quint64(i + 1));
        const char* tens[] = { "بیست", "سی", "چهل", "پنجاه", "شصت", "هفتاد", "هشتاد", "نود" };
        for (int i = 0; i < 8; ++i)
            h.insert(u8(tens[i]), quint64((i + 2) * 10));
        const char* hundreds[] = { "صد", "دویست", "سیصد", "چهارصد", "پانصد", "ششصد", "هفتصد", "هشتصد", "نهصد" };
        for (int i = 0; i < 9; ++i)
            h.insert(u8(hundreds[i]), quint64((i + 1) * 100));
        h.insert(u8("یکصد"), 100);
        return h;
    }();
    static const QHash<QString, quint64> scales = {
        { u8("هزار"), 1000ULL }, { u8("میلیون"), 1000000ULL }, { u8("میلیارد"), 1000000000ULL }, { u8("تریلیون"), 1000000000000ULL }
    };
    Words words;
    for (const QString& w : text.split(u' ', Qt::SkipEmptyParts)) {
        if (w != u8("و"))
            words << w;
    }
    return readWords(words, small, scales);
}

quint64 readEnglish(QString text)
{
    static const QHash<QString, quint64> small = [] {
        QHash<QString, quint64> h;
        const char* ones[] = { "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                               "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen" };
        for (int i = 0; i < 19; ++i)
            h.insert(QString::fromLatin1(ones[i]), quint64(i + 1));
        const char* tens[] = { "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety" };
        for (int i = 0; i < 8; ++i)
            h.insert(QString::fromLatin1(tens[i]), quint64((i + 2) * 10));
        return h;
    }();
    // "hundred" only ever multiplies the word before it.
    static const QHash<QString, quint64> scales = {
        { QStringLiteral("thousand"), 1000ULL }, { QStringLiteral("million"), 1000000ULL },
        { QStringLiteral("billion"), 1000000000ULL }, { QStringLiteral("trillion"), 1000000000000ULL },
        { QStringLiteral("quadrillion"), 1000000000000000ULL }, { QStringLiteral("quintillion"), 1000000000000000000ULL },
    };
    Words words = text.replace(u'-', u' ').split(u' ', Qt::SkipEmptyParts);
    Words merged; // fold "<n> hundred" into one small value
    QHash<QString, quint64> withHundreds = small;
    for (qsizetype i = 0; i < words.size(); ++i) {
        if (i + 1 < words.size() && words[i + 1] == QStringLiteral("hundred")) {
            const QString key = words[i] + QStringLiteral("_hundred");
            withHundreds.insert(key, small.value(words[i]) * 100);
            merged << key;
            ++i;
        } else {
            merged << words[i];
        }
    }
    return readWords(merged, withHundreds, scales);
}

quint64 magnitudeOf(qint64 v) { return v < 0 ? 0 - quint64(v) : quint64(v); }

} // namespace

TEST_CASE("amount in words: the domain example and small numbers", "[amount_words]")
{
    struct Case {
        qint64 value;
        const char* words;
    };
    const Case cases[] = {
        { 0, "صفر" },
        { 1, "یک" }, { 2, "دو" }, { 3, "سه" }, { 4, "چهار" }, { 5, "پنج" }, { 6, "شش" }, { 7, "هفت" }, { 8, "هشت" },
        { 9, "نه" }, { 10, "ده" }, { 11, "یازده" }, { 12, "دوازده" }, { 13, "سیزده" }, { 14, "چهارده" },
        { 15, "پانزده" }, { 16, "شانزده" }, { 17, "هفده" }, { 18, "هجده" }, { 19, "نوزده" }, { 20, "بیست" },
        { 21, "بیست و یک" }, { 30, "سی" }, { 40, "چهل" }, { 50, "پنجاه" }, { 60, "شصت" }, { 70, "هفتاد" },
        { 80, "هشتاد" }, { 90, "نود" }, { 99, "نود و نه" },
        { 100, "صد" }, { 101, "صد و یک" }, { 110, "صد و ده" }, { 115, "صد و پانزده" }, { 120, "صد و بیست" },
        { 200, "دویست" }, { 300, "سیصد" }, { 400, "چهارصد" }, { 500, "پانصد" }, { 600, "ششصد" }, { 700, "هفتصد" },
        { 800, "هشتصد" }, { 900, "نهصد" }, { 999, "نهصد و نود و نه" }, { 305, "سیصد و پنج" },
        { 1000, "یک هزار" }, { 1001, "یک هزار و یک" }, { 1100, "یک هزار و صد" }, { 2000, "دو هزار" },
        { 8356, "هشت هزار و سیصد و پنجاه و شش" },
        { 10000, "ده هزار" }, { 100000, "صد هزار" }, { 120500, "صد و بیست هزار و پانصد" },
        { 1000000, "یک میلیون" }, { 1000001, "یک میلیون و یک" }, { 1001000, "یک میلیون و یک هزار" },
        { 2500000, "دو میلیون و پانصد هزار" },
        { 1234567890, "یک میلیارد و دویست و سی و چهار میلیون و پانصد و شصت و هفت هزار و هشتصد و نود" },
        { 1000000000, "یک میلیارد" },
        { 1000000000000, "یک هزار میلیارد" },
        { 1000000000001, "یک هزار میلیارد و یک" },
        { 2500000000000, "دو هزار و پانصد میلیارد" },
        { 1000000000000000, "یک میلیون میلیارد" },
        { 1234567000000000, "یک میلیون و دویست و سی و چهار هزار و پانصد و شصت و هفت میلیارد" },
        { -1, "منفی یک" },
        { -8356, "منفی هشت هزار و سیصد و پنجاه و شش" },
    };
    for (const Case& c : cases) {
        INFO(c.value);
        CHECK(amountInWords(c.value) == u8(c.words));
    }
}

TEST_CASE("amount in words: int64 limits", "[amount_words]")
{
    CHECK(amountInWords(kMax)
          == u8("نه میلیارد و دویست و بیست و سه میلیون و سیصد و هفتاد و دو هزار و سی و شش میلیارد و "
                "هشتصد و پنجاه و چهار میلیون و هفتصد و هفتاد و پنج هزار و هشتصد و هفت"));
    CHECK(amountInWords(kMin)
          == u8("منفی نه میلیارد و دویست و بیست و سه میلیون و سیصد و هفتاد و دو هزار و سی و شش میلیارد و "
                "هشتصد و پنجاه و چهار میلیون و هفتصد و هفتاد و پنج هزار و هشتصد و هشت"));
    CHECK(amountInWords(kMax, styled(false, false, true))
          == u8("نه میلیون و دویست و بیست و سه هزار و سیصد و هفتاد و دو تریلیون و سی و شش میلیارد و "
                "هشتصد و پنجاه و چهار میلیون و هفتصد و هفتاد و پنج هزار و هشتصد و هفت"));
    CHECK(readPersian(amountInWords(kMax)) == quint64(kMax));
    CHECK(readPersian(amountInWords(kMin).mid(5)) == quint64(kMax) + 1);
}

TEST_CASE("amount in words: styles", "[amount_words]")
{
    CHECK(amountInWords(100, styled(true, false, false)) == u8("یکصد"));
    CHECK(amountInWords(150, styled(true, false, false)) == u8("یکصد و پنجاه"));
    CHECK(amountInWords(200, styled(true, false, false)) == u8("دویست"));
    CHECK(amountInWords(100100, styled(true, false, false)) == u8("یکصد هزار و یکصد"));
    CHECK(amountInWords(1000, styled(false, true, false)) == u8("هزار"));
    CHECK(amountInWords(1500, styled(false, true, false)) == u8("هزار و پانصد"));
    CHECK(amountInWords(2000, styled(false, true, false)) == u8("دو هزار"));
    CHECK(amountInWords(1001000, styled(false, true, false)) == u8("یک میلیون و هزار"));
    CHECK(amountInWords(1000000000000, styled(false, true, false)) == u8("هزار میلیارد"));
    CHECK(amountInWords(1000000000000, styled(false, false, true)) == u8("یک تریلیون"));
    CHECK(amountInWords(2500000000000, styled(false, false, true)) == u8("دو تریلیون و پانصد میلیارد"));
    CHECK(amountInWords(1000000000000000, styled(false, false, true)) == u8("یک هزار تریلیون"));
    CHECK(amountInWords(1000000000000000, styled(false, true, true)) == u8("هزار تریلیون"));
    CHECK(amountInWords(999999999999, styled(false, false, true)) == amountInWords(999999999999));
    CHECK(amountInWords(1100, styled(true, true, false)) == u8("هزار و یکصد"));
}

TEST_CASE("amount in words: unit suffix", "[amount_words]")
{
    CHECK(amountInWords(8356, styled(false, false, false, "ریال")) == u8("هشت هزار و سیصد و پنجاه و شش ریال"));
    CHECK(amountInWords(0, styled(false, false, false, "تومان")) == u8("صفر تومان"));
    CHECK(amountInWords(-5, styled(false, false, false, "ریال")) == u8("منفی پنج ریال"));
    CHECK(amountInWordsEnglish(8356, QStringLiteral("Rials")) == QStringLiteral("eight thousand three hundred fifty-six Rials"));
    CHECK(amountInWordsEnglish(0, QStringLiteral("Toman")) == QStringLiteral("zero Toman"));
}

TEST_CASE("amount in words: random values read back to themselves in every style", "[amount_words]")
{
    QRandomGenerator rng(8356);
    for (int i = 0; i < 4000; ++i) {
        // Spread over every magnitude, with zero groups more likely than chance.
        const int digits = 1 + int(rng.bounded(19));
        QString s;
        for (int d = 0; d < digits; ++d)
            s += QChar(char16_t(u'0' + (rng.bounded(3) == 0 ? 0 : rng.bounded(10))));
        bool ok = false;
        qint64 v = s.toLongLong(&ok);
        if (!ok)
            v = kMax - qint64(rng.bounded(1000));
        if (rng.bounded(4) == 0)
            v = -v;
        const auto style = styled(rng.bounded(2) == 1, rng.bounded(2) == 1, rng.bounded(2) == 1);
        INFO(v);
        QString words = amountInWords(v, style);
        if (v < 0) {
            REQUIRE(words.startsWith(u8("منفی ")));
            words = words.mid(5);
        }
        if (v == 0) {
            CHECK(words == u8("صفر"));
            continue;
        }
        CHECK(readPersian(words) == magnitudeOf(v));
        CHECK_FALSE(words.contains(QStringLiteral("  ")));
        CHECK_FALSE(words.startsWith(u8("و ")));
        CHECK_FALSE(words.endsWith(u8(" و")));
        CHECK_FALSE(words.contains(u8(" و و ")));
        // « و » never precedes a scale word directly.
        for (const char* scale : { " و هزار", " و میلیون", " و میلیارد", " و تریلیون" }) {
            if (!style.bareHezar || QString::fromUtf8(scale) != u8(" و هزار"))
                CHECK_FALSE(words.contains(u8(scale)));
        }
        const QString english = amountInWordsEnglish(v);
        CHECK(readEnglish(v < 0 ? english.mid(6) : english) == magnitudeOf(v));
    }
}

TEST_CASE("amount in words: English", "[amount_words]")
{
    struct Case {
        qint64 value;
        const char* words;
    };
    const Case cases[] = {
        { 0, "zero" },
        { 1, "one" },
        { 13, "thirteen" },
        { 20, "twenty" },
        { 21, "twenty-one" },
        { 99, "ninety-nine" },
        { 100, "one hundred" },
        { 101, "one hundred one" },
        { 110, "one hundred ten" },
        { 1000, "one thousand" },
        { 1001, "one thousand one" },
        { 8356, "eight thousand three hundred fifty-six" },
        { 1000000, "one million" },
        { 1234567, "one million two hundred thirty-four thousand five hundred sixty-seven" },
        { 1234567890, "one billion two hundred thirty-four million five hundred sixty-seven thousand eight hundred ninety" },
        { 1000000000000, "one trillion" },
        { 1000000000000000, "one quadrillion" },
        { kMax, "nine quintillion two hundred twenty-three quadrillion three hundred seventy-two trillion thirty-six billion "
                "eight hundred fifty-four million seven hundred seventy-five thousand eight hundred seven" },
        { kMin, "minus nine quintillion two hundred twenty-three quadrillion three hundred seventy-two trillion thirty-six billion "
                "eight hundred fifty-four million seven hundred seventy-five thousand eight hundred eight" },
        { -42, "minus forty-two" },
    };
    for (const Case& c : cases) {
        INFO(c.value);
        CHECK(amountInWordsEnglish(c.value) == QString::fromLatin1(c.words));
    }
}
