#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "text/PersianText.h"

#include <QFile>
#include <QRandomGenerator>
#include <QStringList>

#include <algorithm>

using namespace peyvand::text;
using peyvand::test::u8;

namespace {

QString ch(char32_t c) { return QString::fromUcs4(&c, 1); }

QStringList seedLines()
{
    QFile file(QStringLiteral(PEYVAND_TEXT_TEST_DATA "/persian_seeds.txt"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    lines.removeAll(QString());
    REQUIRE(lines.size() > 100);
    return lines;
}

bool containsAny(const QString& s, std::initializer_list<char16_t> chars)
{
    return std::any_of(chars.begin(), chars.end(), [&](char16_t c) { return s.contains(QChar(c)); });
}

} // namespace

// ---------------------------------------------------------------- storage form

TEST_CASE("storage form: Arabic letter variants become Persian ones", "[text][normalize]")
{
    CHECK(normalizeForStorage(u8("علي")) == u8("علی"));
    CHECK(normalizeForStorage(u8("موسى")) == u8("موسی"));
    CHECK(normalizeForStorage(u8("كريم")) == u8("کریم"));
    CHECK(normalizeForStorage(u8("كيك")) == u8("کیک"));
    CHECK(normalizeForStorage(u8("علي كريمي")) == u8("علی کریمی"));
    // Already Persian: unchanged.
    CHECK(normalizeForStorage(u8("علی کریمی")) == u8("علی کریمی"));
    // Other yeh/kaf-like letters are not touched.
    CHECK(normalizeForStorage(u8("گ")) == u8("گ"));
    CHECK(normalizeForStorage(u8("ئ")) == u8("ئ"));
}

TEST_CASE("storage form: digits become ASCII", "[text][normalize]")
{
    CHECK(normalizeForStorage(u8("۰۱۲۳۴۵۶۷۸۹")) == QStringLiteral("0123456789"));
    CHECK(normalizeForStorage(u8("٠١٢٣٤٥٦٧٨٩")) == QStringLiteral("0123456789"));
    CHECK(normalizeForStorage(u8("پلاک ۱۲، واحد ٣")) == u8("پلاک 12، واحد 3"));
}

TEST_CASE("storage form: tatweel, bidi marks, ZWSP, BOM and controls are removed", "[text][normalize]")
{
    const char16_t removed[] = { 0x0640, 0x200E, 0x200F, 0x061C, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E,
                                 0x2066, 0x2067, 0x2068, 0x2069, 0x200B, 0xFEFF, 0x0000, 0x0001, 0x0007,
                                 0x001B, 0x001F, 0x007F, 0x0080, 0x009F };
    for (const char16_t c : removed) {
        INFO(int(c));
        const QString mark(QChar { c });
        CHECK(normalizeForStorage(QString(u8("تهر") + mark + u8("ان"))) == u8("تهران"));
        CHECK(normalizeForStorage(QString(mark + u8("تهران") + mark)) == u8("تهران"));
        CHECK(normalizeForStorage(QString(mark + mark)) == QString());
    }
    CHECK(normalizeForStorage(u8("تهـــران")) == u8("تهران"));
    CHECK(normalizeForStorage(u8("\u202Bسلام\u202C")) == u8("سلام"));
    CHECK(normalizeForStorage(u8("\u2067ABC\u2069 \u200Fکد")) == u8("ABC کد"));
}

TEST_CASE("storage form: whitespace is trimmed and collapsed", "[text][normalize]")
{
    CHECK(normalizeForStorage(u8("  علی   کریمی  ")) == u8("علی کریمی"));
    CHECK(normalizeForStorage(u8("علی\t\tکریمی")) == u8("علی کریمی"));
    CHECK(normalizeForStorage(u8("علی\nکریمی\r\n")) == u8("علی کریمی"));
    CHECK(normalizeForStorage(u8("علی\u00A0کریمی")) == u8("علی کریمی")); // NBSP
    CHECK(normalizeForStorage(u8("علی\u00A0\u00A0 کریمی")) == u8("علی کریمی"));
    CHECK(normalizeForStorage(u8("a\u2003b\u202Fc\u3000d\u2028e\u2029f\u0085g")) == QStringLiteral("a b c d e f g"));
    CHECK(normalizeForStorage(u8("a\vb\fc")) == QStringLiteral("a b c"));
    CHECK(normalizeForStorage(QStringLiteral("   ")) == QString());
    CHECK(normalizeForStorage(QString()) == QString());
    // Whitespace separated by removed characters is still one gap.
    CHECK(normalizeForStorage(u8("a \u200E b")) == QStringLiteral("a b"));
}

TEST_CASE("storage form: ZWNJ is kept, collapsed, and dropped next to spaces and at the ends", "[text][normalize]")
{
    const QString mikhaham = u8("می‌خواهم");
    CHECK(normalizeForStorage(mikhaham) == mikhaham);
    CHECK(normalizeForStorage(u8("می\u200C\u200C\u200Cخواهم")) == mikhaham);
    CHECK(normalizeForStorage(u8("\u200Cمی‌خواهم\u200C")) == mikhaham);
    CHECK(normalizeForStorage(u8("کتاب\u200C ها")) == u8("کتاب ها"));
    CHECK(normalizeForStorage(u8("کتاب \u200Cها")) == u8("کتاب ها"));
    CHECK(normalizeForStorage(u8("کتاب \u200C ها")) == u8("کتاب ها"));
    CHECK(normalizeForStorage(u8("\u200C")) == QString());
    CHECK(normalizeForStorage(u8("\u200C \u200C")) == QString());
    // ZWNJ separated by a removed mark still collapses.
    CHECK(normalizeForStorage(u8("می\u200C\u200E\u200Cخواهم")) == mikhaham);
    // ZWJ is not a ZWNJ: kept.
    CHECK(normalizeForStorage(u8("a\u200Db")) == u8("a\u200Db"));
}

TEST_CASE("storage form: keeps alef madda, hamza letters and diacritics", "[text][normalize]")
{
    const char* kept[] = { "آب", "آرش", "مسئول", "مؤسسه", "رئیس", "أحمد", "إیران", "ٱلله", "خانۀ ما",
                           "مُحَمَّد", "حتماً", "عَلی", "هٔ", "ة", "ء" };
    for (const char* s : kept) {
        INFO(s);
        CHECK(normalizeForStorage(u8(s)) == u8(s));
    }
}

TEST_CASE("storage form: NFC composition", "[text][normalize]")
{
    // alef + madda above → آ
    CHECK(normalizeForStorage(u8("\u0627\u0653ب")) == u8("آب"));
    // waw + hamza above → ؤ, Arabic yeh + hamza → ئ, heh goal... ae + hamza → ۀ
    CHECK(normalizeForStorage(u8("\u0648\u0654")) == u8("ؤ"));
    CHECK(normalizeForStorage(u8("\u064A\u0654")) == u8("ئ"));
    CHECK(normalizeForStorage(u8("\u06D5\u0654")) == u8("ۀ"));
    // Latin: e + combining acute → é
    CHECK(normalizeForStorage(u8("Cafe\u0301")) == u8("Café"));
    // A removed mark between base and combining mark does not block composition.
    CHECK(normalizeForStorage(u8("\u0627\u200F\u0653")) == u8("آ"));
    CHECK(normalizeForStorage(u8("\u0627\u0640\u0653")) == u8("آ"));
    // Canonical order of marks: shadda (33) before fatha (30) is reordered.
    CHECK(normalizeForStorage(u8("م\u0651\u064E")) == u8("م\u064E\u0651"));
}

TEST_CASE("storage form: presentation forms are folded", "[text][normalize]")
{
    // ﻋﻠﻲ (initial ain, medial lam, final yeh) → علی
    CHECK(normalizeForStorage(u8("\uFECB\uFEE0\uFEF2")) == u8("علی"));
    // ﻙ final kaf → ک
    CHECK(normalizeForStorage(u8("\uFEDA")) == u8("ک"));
    // lam-alef ligatures
    CHECK(normalizeForStorage(u8("\uFEFB")) == u8("لا"));
    CHECK(normalizeForStorage(u8("\uFEF5")) == u8("لآ"));
    // Persian presentation forms in FB50..FDFF
    CHECK(normalizeForStorage(u8("\uFB56\uFB7A\uFB8A\uFB8E\uFB92\uFBFC")) == u8("پچژکگی"));
    // Allah ligature
    CHECK(normalizeForStorage(u8("\uFDF2")) == u8("الله"));
    // Tatweel with fathatan (FE71) folds to tatweel + fathatan; the tatweel goes.
    CHECK(normalizeForStorage(u8("ب\uFE71")) == u8("ب\u064B"));
    // Outside the two blocks NFKC is NOT applied.
    CHECK(normalizeForStorage(u8("①²ﬁＡ")) == u8("①²ﬁＡ"));
}

TEST_CASE("storage form: a table of mixed inputs", "[text][normalize]")
{
    struct Case {
        const char* input;
        const char* expected;
    };
    const Case cases[] = {
        { "  شركت   پارس\u200Cگستر  ", "شرکت پارس\u200Cگستر" },
        { "خيابان وليعصر، پلاك ۱۲۳", "خیابان ولیعصر، پلاک 123" },
        { "\uFEFFتلفن: ۰۲۱-۸۸۷۷۶۶۵۵", "تلفن: 021-88776655" },
        { "مهندس\u00A0محمدرضا\u200F كاظمي", "مهندس محمدرضا کاظمی" },
        { "\u202Bنام: CRM\u202C", "نام: CRM" },
        { "هـــــزينه", "هزینه" },
        { "line1\nline2\tcol", "line1 line2 col" },
        { "نرم\u200C\u200Cافزار\u200B", "نرم\u200Cافزار" },
        { "١٤٠٣/١٢/٣٠", "1403/12/30" },
    };
    for (const Case& c : cases) {
        INFO(c.input);
        CHECK(normalizeForStorage(u8(c.input)) == u8(c.expected));
    }
}

// ---------------------------------------------------------------- search key

TEST_CASE("search key: the four equalities of domain.md", "[text][search]")
{
    CHECK(searchKey(u8("علي كريمي")) == searchKey(u8("علی کریمی")));
    CHECK(searchKey(u8("می‌خواهم")) == searchKey(u8("میخواهم")));
    CHECK(searchKey(u8("تهـــران")) == searchKey(u8("تهران")));
    CHECK(searchKey(u8("مُحَمَّد")) == searchKey(u8("محمد")));
    CHECK(searchKey(u8("میخواهم")) == u8("میخواهم"));
    CHECK(searchKey(u8("مُحَمَّد")) == u8("محمد"));
}

TEST_CASE("search key: every folding rule", "[text][search]")
{
    struct Case {
        const char* input;
        const char* expected;
    };
    const Case cases[] = {
        { "آب", "اب" },
        { "أحمد", "احمد" },
        { "إیران", "ایران" },
        { "ٱ", "ا" },
        { "مؤسسه", "موسسه" },
        { "مسئول", "مسیول" },
        { "رئیس", "رییس" },
        { "مدرسة", "مدرسه" },
        { "خانۀ", "خانه" },
        { "خانه\u0654", "خانه" },
        { "ە", "ه" },
        { "حتماً", "حتما" },
        { "اِ", "ا" },
        { "قرآن", "قران" },
        { "\u0627\u0670", "ا" },
        { "نرم\u200Cافزار", "نرمافزار" },
        { "a\u200Db", "ab" },
        { "CRM HubSpot", "crm hubspot" },
        { "ÉCOLE", "école" },
        { "۰۹۱۲", "0912" },
        { " ً علی ", "علی" },
        { "علی ً رضا", "علی رضا" },
    };
    for (const Case& c : cases) {
        INFO(c.input);
        CHECK(searchKey(u8(c.input)) == u8(c.expected));
    }
}

TEST_CASE("search key: every haraka is dropped", "[text][search]")
{
    for (char16_t m = 0x064B; m <= 0x065F; ++m) {
        INFO(int(m));
        CHECK(searchKey(QString(u8("ب") + QChar(m) + u8("ت"))) == u8("بت"));
    }
    CHECK(searchKey(u8("ب\u0670ت")) == u8("بت"));
}

TEST_CASE("search key: the storage form's rules apply first", "[text][search]")
{
    CHECK(searchKey(u8("  كيك  ")) == u8("کیک"));
    CHECK(searchKey(u8("\uFECB\uFEE0\uFEF2")) == u8("علی"));
    CHECK(searchKey(u8("\u202Bعلی\u202C")) == u8("علی"));
    CHECK(searchKey(u8("الف\u00A0ب")) == u8("الف ب"));
}

TEST_CASE("search key: variants of real text match the clean text", "[text][search]")
{
    const QString clean = u8("شرکت مهندسی آرین‌پارس");
    const char* variants[] = {
        "شركت مهندسي آرين‌پارس",
        "شرکت مهندسی آرینپارس",
        "  شرکت   مهندسی آرین‌‌پارس ",
        "شرکـت مهنـدسی آرین پارس",
        "\u200Fشرکت مُهَندسی أرین‌پارس",
    };
    for (const char* v : variants) {
        INFO(v);
        const QString key = searchKey(u8(v));
        // The one with a space between آرین and پارس differs in the space only.
        if (key.contains(u8("ن پ")))
            CHECK(key == u8("شرکت مهندسی ارین پارس"));
        else
            CHECK(key == searchKey(clean));
    }
}

TEST_CASE("digitsOnly", "[text][search]")
{
    CHECK(digitsOnly(u8("+98 (912) 123-45-67")) == QStringLiteral("989121234567"));
    CHECK(digitsOnly(u8("۰۹۱۲ ۱۲۳ ۴۵۶۷")) == QStringLiteral("09121234567"));
    CHECK(digitsOnly(u8("٠٢١-٨٨٧٧")) == QStringLiteral("0218877"));
    CHECK(digitsOnly(u8("tel: none")) == QString());
    CHECK(digitsOnly(QString()) == QString());
    CHECK(digitsOnly(u8("१२३")) == QStringLiteral("123"));   // Devanagari
    CHECK(digitsOnly(u8("𝟏𝟐")) == QStringLiteral("12"));     // mathematical bold (non-BMP)
    CHECK(digitsOnly(u8("²½①")) == QString());             // not decimal digits
}

// ---------------------------------------------------------------- idempotence on seeds

TEST_CASE("seed text: storage form is idempotent and clean", "[text][normalize][seeds]")
{
    for (const QString& line : seedLines()) {
        const QString stored = normalizeForStorage(line);
        INFO(line.toStdString());
        CHECK(normalizeForStorage(stored) == stored);
        CHECK_FALSE(containsAny(stored, { 0x064A, 0x0649, 0x0643, 0x0640, 0x00A0, 0x200B, 0x200E, 0x200F, 0xFEFF }));
        CHECK_FALSE(stored.contains(QStringLiteral("  ")));
        CHECK_FALSE(stored.startsWith(u' '));
        CHECK_FALSE(stored.endsWith(u' '));
        for (const QChar c : stored) {
            CHECK_FALSE((c.unicode() >= 0x06F0 && c.unicode() <= 0x06F9));
            CHECK_FALSE((c.unicode() >= 0x0660 && c.unicode() <= 0x0669));
        }
        CHECK(stored == stored.normalized(QString::NormalizationForm_C));
    }
}

TEST_CASE("seed text: search key is idempotent and ignores variant spellings", "[text][search][seeds]")
{
    QRandomGenerator rng(1403);
    for (const QString& line : seedLines()) {
        INFO(line.toStdString());
        const QString key = searchKey(line);
        CHECK(searchKey(key) == key);
        CHECK(searchKey(normalizeForStorage(line)) == key);
        CHECK(normalizeForStorage(key) == key);
        CHECK_FALSE(containsAny(key, { 0x200C, 0x200D, 0x0622, 0x0623, 0x0625, 0x0624, 0x0626, 0x0629, 0x06C0,
                                       0x064B, 0x064E, 0x0650, 0x0651 }));
        CHECK(key == key.toLower());

        // Scramble the line the way real data arrives: Arabic yeh/kaf,
        // tatweel, bidi marks, doubled spaces, Persian digits.
        QString noisy;
        for (const QChar c : line) {
            const quint32 dice = rng.bounded(10);
            if (c == QChar(0x06CC) && dice < 5)
                noisy += QChar(0x064A);
            else if (c == QChar(0x06A9) && dice < 5)
                noisy += QChar(0x0643);
            else if (c >= u'0' && c <= u'9' && dice < 5)
                noisy += QChar(char16_t(0x06F0 + (c.unicode() - u'0')));
            else if (c == u' ' && dice < 3)
                noisy += QStringLiteral("  ");
            else
                noisy += c;
            if (c.unicode() >= 0x0628 && c.unicode() <= 0x06CC && dice == 9)
                noisy += QChar(0x0640);
            if (dice == 8 && rng.bounded(4) == 0)
                noisy += QChar(0x200F);
        }
        CHECK(searchKey(noisy) == key);
        CHECK(normalizeForStorage(noisy) == normalizeForStorage(line));
    }
}

TEST_CASE("idempotence on synthetic edge cases", "[text][normalize][search]")
{
    const QStringList inputs = {
        u8("\uFE70ا"), u8(" \u064B"), u8("\u064B"), u8("ب \u0654"), u8("\u200C\u0653"),
        u8("a\u0657\u0301"), u8("\u0130stanbul"), u8("ﷺ"), u8("ﷻ ﷲ"), u8("\uFDFA"),
        u8("\u200D"), u8("\u200D \u200C\u200D"), ch(0x1F468) + ch(0x200D) + ch(0x1F469),
        u8("\uFFFD"), u8("\u0627\u200B\u0653"), u8("\uFEFC\u0640\u0654"),
    };
    for (const QString& s : inputs) {
        INFO(s.toStdString());
        const QString stored = normalizeForStorage(s);
        CHECK(normalizeForStorage(stored) == stored);
        const QString key = searchKey(s);
        CHECK(searchKey(key) == key);
        CHECK(sortKey(key) == sortKey(s));
    }
}

// ---------------------------------------------------------------- sort key

TEST_CASE("sort key: Persian alphabetical order", "[text][sort]")
{
    const QStringList alphabet = u8("ا ب پ ت ث ج چ ح خ د ذ ر ز ژ س ش ص ض ط ظ ع غ ف ق ک گ ل م ن و ه ی").split(u' ');
    REQUIRE(alphabet.size() == 32);
    for (qsizetype i = 0; i + 1 < alphabet.size(); ++i) {
        INFO(alphabet[i].toStdString() + " < " + alphabet[i + 1].toStdString());
        CHECK(sortKey(alphabet[i]) < sortKey(alphabet[i + 1]));
    }
    // Code point order would put پ چ ژ ک گ ی after the Arabic letters; the key does not.
    CHECK(sortKey(u8("پرویز")) < sortKey(u8("تقی")));
    CHECK(sortKey(u8("چنگیز")) < sortKey(u8("حسن")));
    CHECK(sortKey(u8("ژاله")) < sortKey(u8("سارا")));
    CHECK(sortKey(u8("کاوه")) < sortKey(u8("گلناز")));
    CHECK(sortKey(u8("گلناز")) < sortKey(u8("لیلا")));
    CHECK(sortKey(u8("وحید")) < sortKey(u8("هادی")));
    CHECK(sortKey(u8("هادی")) < sortKey(u8("یاسر")));
}

TEST_CASE("sort key: variants sort together", "[text][sort]")
{
    CHECK(sortKey(u8("آرش")) == sortKey(u8("ارش")));
    CHECK(sortKey(u8("علي")) == sortKey(u8("علی")));
    CHECK(sortKey(u8("كاوه")) == sortKey(u8("کاوه")));
    CHECK(sortKey(u8("ABC")) == sortKey(u8("abc")));
}

TEST_CASE("sort key: space, digits, Persian, Latin, others", "[text][sort]")
{
    CHECK(sortKey(u8("علی")) < sortKey(u8("علی اکبر")));
    CHECK(sortKey(u8("علی اکبر")) < sortKey(u8("علیرضا")));
    CHECK(sortKey(u8("علی 2")) < sortKey(u8("علی ا")));
    CHECK(sortKey(u8("9")) < sortKey(u8("ا")));
    CHECK(sortKey(u8("0")) < sortKey(u8("1")));
    CHECK(sortKey(u8("ی")) < sortKey(u8("a")));
    CHECK(sortKey(u8("z")) > sortKey(u8("ی")));
    CHECK(sortKey(u8("Zed")) < sortKey(u8("-")));
    CHECK(sortKey(u8("ی")) < sortKey(u8("؟")));
    CHECK(sortKey(QString()) < sortKey(u8("ا")));
}

TEST_CASE("sort key: a list of names sorts as a Persian reader expects", "[text][sort]")
{
    QStringList names = { u8("یوسف"), u8("Zahra"), u8("آرمان"), u8("پریسا"), u8("بهرام"), u8("علیرضا"),
                          u8("علی اکبر"), u8("علي"), u8("ژیلا"), u8("گودرز"), u8("کامران"), u8("123"),
                          u8("چکاوک"), u8("ahmad"), u8("هستی"), u8("وحید"), u8("ابراهیم") };
    std::sort(names.begin(), names.end(), [](const QString& a, const QString& b) { return sortKey(a) < sortKey(b); });
    const QStringList expected = { u8("123"), u8("ابراهیم"), u8("آرمان"), u8("بهرام"), u8("پریسا"), u8("چکاوک"),
                                   u8("ژیلا"), u8("علي"), u8("علی اکبر"), u8("علیرضا"), u8("کامران"),
                                   u8("گودرز"), u8("وحید"), u8("هستی"), u8("یوسف"), u8("ahmad"), u8("Zahra") };
    CHECK(names == expected);
}

TEST_CASE("sort key: the key of a prefix is a prefix of the key", "[text][sort]")
{
    for (const QString& line : seedLines().mid(0, 60)) {
        const QString key = searchKey(line);
        const QString full = sortKey(key);
        for (qsizetype n = 0; n <= key.size(); n += 7) {
            const QString prefix = key.left(n);
            if (prefix.endsWith(u' ') || (n > 0 && key.at(n - 1).isHighSurrogate()))
                continue; // a trailing space is trimmed by the key itself
            INFO(prefix.toStdString());
            CHECK(full.startsWith(sortKey(prefix)));
        }
    }
}

TEST_CASE("idempotence for every BMP code point in several contexts", "[text][normalize][search][exhaustive]")
{
    // Contexts that exercise composition (alef + madda), marks, ZWNJ, spaces
    // and the ends of the text around the character under test.
    const auto contexts = [](QChar c) {
        return std::array<QString, 5> {
            QString(c),
            QString(u8("\u0627") + c + QChar(0x0653)),
            QString(u8("ب") + c + QChar(0x0654) + QChar(u' ') + c),
            QString(QString(QChar(0x200C)) + c + QChar(0x200C) + c + QChar(0x064B)),
            QString(u8("a ") + c + u8(" \u0301e")),
        };
    };
    int failures = 0;
    for (char32_t u = 0; u <= 0xFFFF && failures < 10; ++u) {
        for (const QString& s : contexts(QChar(char16_t(u)))) {
            const QString stored = normalizeForStorage(s);
            const QString key = searchKey(s);
            if (normalizeForStorage(stored) != stored || searchKey(key) != key || searchKey(stored) != key) {
                ++failures;
                FAIL_CHECK("not idempotent around U+" << QString::number(u, 16).toStdString());
            }
        }
    }
    CHECK(failures == 0);
}

TEST_CASE("idempotence for every pair of Arabic-block and invisible characters", "[text][normalize][search][exhaustive]")
{
    std::vector<char16_t> chars;
    for (char16_t u = 0x0600; u <= 0x06FF; ++u)
        chars.push_back(u);
    for (const char16_t u : { 0x0020, 0x00A0, 0x0009, 0x0301, 0x0308, 0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x202B,
                              0x2067, 0xFEFF, 0xFE70, 0xFE71, 0xFEF5, 0xFDF2, 0xFB8E, 0x0041, 0x0130 })
        chars.push_back(u);
    int failures = 0;
    for (const char16_t a : chars) {
        for (const char16_t b : chars) {
            const QString s = u8("\u0627") + QChar(a) + QChar(b);
            const QString stored = normalizeForStorage(s);
            const QString key = searchKey(s);
            if (normalizeForStorage(stored) != stored || searchKey(key) != key || searchKey(stored) != key) {
                if (++failures < 10)
                    FAIL_CHECK("not idempotent: U+" << QString::number(a, 16).toStdString() << " U+" << QString::number(b, 16).toStdString());
            }
        }
    }
    CHECK(failures == 0);
}

TEST_CASE("multi-line storage form: each line normalised, line breaks unified, blank ends dropped", "[text][normalize]")
{
    using peyvand::text::normalizeMultilineForStorage;
    CHECK(normalizeMultilineForStorage(u8("علي  كريمي\nتماس ۱۲")) == u8("علی کریمی\nتماس 12"));
    CHECK(normalizeMultilineForStorage(QStringLiteral("a\r\nb\rc")) == QStringLiteral("a\nb\nc"));
    CHECK(normalizeMultilineForStorage(QStringLiteral("\n\n  first  \n\nlast\n \n")) == QStringLiteral("first\n\nlast"));
    CHECK(normalizeMultilineForStorage(QStringLiteral(" \n\r\n ")).isEmpty());
    CHECK(normalizeMultilineForStorage(QString()).isEmpty());
}
