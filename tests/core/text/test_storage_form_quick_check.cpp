#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "text/PersianText.h"

#include <QRandomGenerator>

#include <array>
#include <vector>

// isStorageForm lets normalizeForStorage and searchKey skip their work. These
// tests prove that the shortcut gives exactly what the full algorithm gives.

using namespace peyvand::text;
using peyvand::test::u8;

namespace {

// Every BMP character that isStorageForm accepts on its own.
std::vector<char16_t> keptCharacters()
{
    std::vector<char16_t> kept;
    for (char32_t u = 0; u <= 0xFFFF; ++u) {
        const QChar c { char16_t(u) };
        if (isStorageForm(QStringView(&c, 1)))
            kept.push_back(char16_t(u));
    }
    return kept;
}

// The same text through both ways, with the same null-ness.
void requireSameAsFull(const QString& s, int& failures)
{
    const QString stored = normalizeForStorage(s);
    const QString storedFromView = normalizeForStorage(QStringView(s));
    const QString fullStored = detail::fullStorageForm(s);
    const QString key = searchKey(s);
    const QString fullKey = detail::fullSearchKey(s);
    const auto same = [](const QString& a, const QString& b) { return a == b && a.isNull() == b.isNull(); };
    const bool ok = same(stored, fullStored) && same(storedFromView, fullStored) && same(key, fullKey)
        && sortKeyOfSearchKey(key) == sortKeyOfSearchKey(fullKey);
    const bool claimHolds = !isStorageForm(s) || fullStored == s;
    if ((!ok || !claimHolds) && ++failures <= 10) {
        QString codes;
        for (const QChar c : s)
            codes += QStringLiteral("U+%1 ").arg(c.unicode(), 4, 16, QChar(u'0'));
        FAIL_CHECK("differs from the full algorithm: " << codes.toStdString());
    }
}

// Random text of mostly kept characters, with some of everything the
// normalisers treat specially.
QString randomText(QRandomGenerator& rng, const std::vector<char16_t>& kept)
{
    static const QStringList special = u8(
        // gaps, spaces and line breaks
        " | | |\u200C|\u200C|\u200D|  |\t|\n|\r\n|\u00A0|\u2003|\u3000|\u2028|\u0085|\u000B|"
        // letters and digits the storage form maps
        "\u064A|\u0643|\u0649|\u06F0|\u06F9|\u0660|\u0669|"
        // what it removes
        "\u0640|\u200B|\u200E|\u200F|\u061C|\u202B|\u202C|\u2067|\uFEFF|\u0001|\u007F|\u0080|"
        // marks, composed letters and presentation forms
        "\u064B|\u064E|\u0650|\u0651|\u0652|\u0653|\u0654|\u0655|\u0670|\u0301|\u0308|"
        "\u0627\u0653|\u0648\u0654|\u06D5\u0654|\uFE8D|\uFEF5|\uFB8A|\uFDF2|\uFE70|"
        // search-key foldings
        "\u0622|\u0623|\u0625|\u0626|\u0629|\u06C0|\u0671|\u06D5|ABC|Z|"
        // beyond: Latin marks, special casing, Hangul, compatibility forms, surrogates
        "\u00E9|e\u0301|\u00C5|\u212B|\u0130|\u00DF|\u0131|\u1100|\u1161|\u11A8|\uFF21|\u2460|\uFFFD|"
        "\U0001D400|\U0001F468\u200D\U0001F469")
                                            .split(u'|');
    QString s;
    const int length = int(rng.bounded(14));
    // A quarter of the texts hold kept characters and spaces only.
    const quint32 specialOdds = rng.bounded(4) == 0 ? 0 : rng.bounded(1, 12);
    for (int i = 0; i < length; ++i) {
        if (specialOdds != 0 && rng.bounded(specialOdds + 1) == 0)
            s += special.at(rng.bounded(quint32(special.size())));
        else if (rng.bounded(5) == 0)
            s += QChar(u' ');
        else
            s += QChar(kept[rng.bounded(quint32(kept.size()))]);
    }
    return s;
}

} // namespace

TEST_CASE("quick check: which characters it accepts", "[text][normalize][quick]")
{
    const std::vector<char16_t> kept = keptCharacters();
    const auto accepts = [&](char16_t u) { return std::find(kept.begin(), kept.end(), u) != kept.end(); };
    for (const QChar c : u8("aZ0@~اآیکپ،؟"))
        CHECK(accepts(c.unicode()));
    // Mapped, removed, composed or gaps: never alone in the storage form.
    for (const QChar c : u8(" \t\u200C\u00A0\u064A\u0643\u0649\u06F0\u0660\u0640\u061C\u064B\u0653"
                            "\u0670\u00E9\u200B\uFEFF\u007F\uFE8D"))
        CHECK_FALSE(accepts(c.unicode()));
    CHECK(isStorageForm(QString()));
    CHECK(isStorageForm(u8("علی کریمی")));
    CHECK(isStorageForm(u8("می\u200Cخواهم")));
    CHECK_FALSE(isStorageForm(u8(" علی")));
    CHECK_FALSE(isStorageForm(u8("علی ")));
    CHECK_FALSE(isStorageForm(u8("علی  کریمی")));
    CHECK_FALSE(isStorageForm(u8("علی \u200Cکریمی")));
    CHECK_FALSE(isStorageForm(u8("\u200Cعلی")));
    CHECK_FALSE(isStorageForm(u8("علي")));
}

TEST_CASE("quick check: NFC, lower-casing and the search letters keep texts of accepted characters",
          "[text][normalize][quick][exhaustive]")
{
    // NFC changes a text of starters only where a character decomposes or
    // two neighbours compose: every character and every pair covers it.
    std::vector<char16_t> chars = keptCharacters();
    chars.push_back(u' ');
    chars.push_back(0x200C);
    int failures = 0;
    for (const char16_t a : chars) {
        const QString one(QChar { a });
        const QString lowered = a >= u'A' && a <= u'Z' ? QString(QChar(char16_t(a + 32))) : one;
        const bool changes = one.normalized(QString::NormalizationForm_C) != one || one.toLower() != lowered;
        if (changes && ++failures <= 10)
            FAIL_CHECK("changes alone: U+" << QString::number(a, 16).toStdString());
        for (const char16_t b : chars) {
            const QString pair = QString(QChar(a)) + QChar(b);
            if (pair.normalized(QString::NormalizationForm_C) != pair && ++failures <= 10)
                FAIL_CHECK("NFC changes U+" << QString::number(a, 16).toStdString() << " U+"
                                            << QString::number(b, 16).toStdString());
        }
    }
    CHECK(failures == 0);
}

TEST_CASE("quick check: every BMP character in several contexts gives what the full algorithm gives",
          "[text][normalize][search][quick][exhaustive]")
{
    int failures = 0;
    for (char32_t u = 0; u <= 0xFFFF && failures < 10; ++u) {
        const QChar c { char16_t(u) };
        const std::array<QString, 5> contexts = {
            QString(c), u8("علی ") + c, c + u8("a"), u8("ک") + c + u8(" 12"), u8("Ab\u200C") + c + c,
        };
        for (const QString& s : contexts) {
            requireSameAsFull(s, failures);
        }
    }
    CHECK(failures == 0);
}

TEST_CASE("quick check: random texts give what the full algorithm gives", "[text][normalize][search][quick]")
{
    const std::vector<char16_t> kept = keptCharacters();
    QRandomGenerator rng(1405);
    int failures = 0;
    int quick = 0;
    for (int i = 0; i < 200000 && failures < 10; ++i) {
        const QString s = randomText(rng, kept);
        quick += isStorageForm(s) ? 1 : 0;
        requireSameAsFull(s, failures);
    }
    CHECK(failures == 0);
    CHECK(quick > 20000); // the shortcut was taken often enough to be tested
}

TEST_CASE("quick check: null and empty text", "[text][normalize][quick]")
{
    CHECK(normalizeForStorage(QString()).isEmpty());
    CHECK_FALSE(normalizeForStorage(QString()).isNull());
    CHECK_FALSE(detail::fullStorageForm(QString()).isNull());
    CHECK_FALSE(normalizeForStorage(QStringView()).isNull());
    CHECK_FALSE(searchKey(QString()).isNull());
    CHECK_FALSE(detail::fullSearchKey(QString()).isNull());
    CHECK_FALSE(sortKeyOfSearchKey(QString()).isNull());
}

TEST_CASE("sort key: every character outside space, digits, a–z and the alphabet is escaped",
          "[text][sort][exhaustive]")
{
    const QString alphabet = u8("ءابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهی");
    REQUIRE(alphabet.size() == 33);
    for (qsizetype i = 0; i + 1 < alphabet.size(); ++i)
        CHECK(sortKeyOfSearchKey(alphabet.mid(i, 1)) < sortKeyOfSearchKey(alphabet.mid(i + 1, 1)));
    int failures = 0;
    for (char32_t u = 0; u <= 0xFFFF; ++u) {
        const QChar c { char16_t(u) };
        const bool ranked =
            c == u' ' || (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'z') || alphabet.contains(c);
        const QString key = sortKeyOfSearchKey(QStringView(&c, 1));
        const bool privateUse = key.size() == 1 && key.at(0) >= QChar(0xE000) && key.at(0) < QChar(0xF8FF);
        const bool ok = ranked ? privateUse : key == QString(QChar(0xF8FF)) + c;
        if (!ok && ++failures <= 10)
            FAIL_CHECK("sort key of U+" << QString::number(u, 16).toStdString());
    }
    CHECK(failures == 0);
}

TEST_CASE("multi-line storage form: one line gives what the line rules give", "[text][normalize][quick]")
{
    const std::vector<char16_t> kept = keptCharacters();
    QRandomGenerator rng(1406);
    int failures = 0;
    for (int i = 0; i < 20000 && failures < 10; ++i) {
        QString line = randomText(rng, kept);
        line.remove(u'\n');
        line.remove(u'\r');
        // A blank line after it takes the general way and is dropped again.
        const QString one = normalizeMultilineForStorage(line);
        const QString general = normalizeMultilineForStorage(line + u'\n');
        if ((one != general || one.isNull() != general.isNull()) && ++failures <= 10)
            FAIL_CHECK("differs: " << line.toStdString());
    }
    CHECK(failures == 0);
    CHECK(normalizeMultilineForStorage(QString()).isNull());
    CHECK(normalizeMultilineForStorage(u8(" \u200C ")).isNull());
}

TEST_CASE("digitsOnly: ASCII text needs no Unicode digit lookup", "[text][search][quick]")
{
    // The general way keeps what QChar calls a decimal digit; in ASCII that is 0–9 alone.
    for (char16_t u = 0; u < 0x80; ++u) {
        const bool digit = u >= u'0' && u <= u'9';
        CHECK(QChar::isDigit(char32_t(u)) == digit);
        if (digit)
            CHECK(QChar::digitValue(char32_t(u)) == u - u'0');
    }
    CHECK(digitsOnly(QStringLiteral("+98 (21) 1234-5678")) == QStringLiteral("982112345678"));
    CHECK(digitsOnly(u8("+98 ۲۱ 1234")) == QStringLiteral("98211234"));
    CHECK(digitsOnly(QStringLiteral("abc")).isNull());
    CHECK(digitsOnly(u8("ابج")).isNull());
}
