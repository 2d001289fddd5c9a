#include "IoTestSupport.h"
#include "TestSupport.h"

#include "io/TextEncoding.h"
#include "io/Windows1256.h"
#include "text/PersianText.h"

#include <QRandomGenerator>
#include <QStringDecoder>

using namespace peyvand;
using namespace peyvand::io;
using peyvand::test::u8;

namespace {

QString decodeAll(TextEncoding encoding, QByteArrayView data, qint64* invalid = nullptr)
{
    TextDecoder decoder(encoding);
    QString text = decoder.decode(data);
    text += decoder.finish();
    if (invalid)
        *invalid = decoder.invalidSequences();
    return text;
}

// The same bytes fed in pieces of `step` bytes.
QString decodeInSteps(TextEncoding encoding, QByteArrayView data, qsizetype step, qint64* invalid = nullptr)
{
    TextDecoder decoder(encoding);
    QString text;
    for (qsizetype i = 0; i < data.size(); i += step)
        text += decoder.decode(data.sliced(i, std::min(step, data.size() - i)));
    text += decoder.finish();
    if (invalid)
        *invalid = decoder.invalidSequences();
    return text;
}

// Every way of cutting the data in two gives what decoding it whole gives.
void checkEverySplit(TextEncoding encoding, const QByteArray& data)
{
    qint64 wholeInvalid = 0;
    const QString whole = decodeAll(encoding, data, &wholeInvalid);
    for (qsizetype cut = 0; cut <= data.size(); ++cut) {
        TextDecoder decoder(encoding);
        QString text = decoder.decode(QByteArrayView(data).first(cut));
        text += decoder.decode(QByteArrayView(data).sliced(cut));
        text += decoder.finish();
        INFO("cut at " << cut);
        CHECK(text == whole);
        CHECK(decoder.invalidSequences() == wholeInvalid);
    }
    for (qsizetype step = 1; step <= 7; ++step) {
        qint64 invalid = 0;
        CHECK(decodeInSteps(encoding, data, step, &invalid) == whole);
        CHECK(invalid == wholeInvalid);
    }
}

EncodingGuess sniffInSteps(QByteArrayView data, qsizetype step)
{
    EncodingSniffer sniffer;
    for (qsizetype i = 0; i < data.size(); i += step)
        sniffer.feed(data.sliced(i, std::min(step, data.size() - i)));
    return sniffer.result();
}

bool sameGuess(const EncodingGuess& a, const EncodingGuess& b)
{
    return a.encoding == b.encoding && a.bomBytes == b.bomBytes && a.fellBack == b.fellBack
        && a.firstInvalidLine == b.firstInvalidLine;
}

const QString kPersian = u8("علی کریمی، تهران — ۰۹۱۲ 😀\nخط دوم");

} // namespace

TEST_CASE("Encoding keys, aliases and labels", "[encoding]")
{
    bool ok = false;
    CHECK(encodingFromKey(u"auto", &ok) == TextEncoding::Auto);
    CHECK(ok);
    CHECK(encodingFromKey(u"utf-8", &ok) == TextEncoding::Utf8);
    CHECK(encodingFromKey(u"UTF8", &ok) == TextEncoding::Utf8);
    CHECK(encodingFromKey(u"utf-16", &ok) == TextEncoding::Utf16);
    CHECK(encodingFromKey(u"windows-1256", &ok) == TextEncoding::Windows1256);
    CHECK(encodingFromKey(u" CP1256 ", &ok) == TextEncoding::Windows1256);
    CHECK(ok);
    CHECK(encodingFromKey(u"latin-9", &ok) == TextEncoding::Auto);
    CHECK_FALSE(ok);
    CHECK(encodingFromKey(u"", &ok) == TextEncoding::Auto);
    CHECK_FALSE(ok);
    for (const TextEncoding e : { TextEncoding::Auto, TextEncoding::Utf8, TextEncoding::Utf16, TextEncoding::Windows1256 }) {
        CHECK(encodingFromKey(encodingKey(e), &ok) == e);
        CHECK(ok);
        CHECK_FALSE(encodingLabel(e).isEmpty());
    }
    CHECK(encodingKey(TextEncoding::Windows1256) == QStringLiteral("windows-1256"));
    CHECK(encodingLabel(TextEncoding::Windows1256).contains(QStringLiteral("1256")));
}

TEST_CASE("Detection: BOMs first", "[encoding]")
{
    auto g = detectEncoding("\xEF\xBB\xBF" "a,b");
    CHECK(g.encoding == TextEncoding::Utf8);
    CHECK(g.bomBytes == 3);
    CHECK_FALSE(g.fellBack);

    g = detectEncoding(QByteArrayView("\xFF\xFE" "a\0", 4));
    CHECK(g.encoding == TextEncoding::Utf16);
    CHECK(g.bomBytes == 2);

    g = detectEncoding(QByteArrayView("\xFE\xFF\0a", 4));
    CHECK(g.encoding == TextEncoding::Utf16);
    CHECK(g.bomBytes == 2);

    // A UTF-8 BOM wins even over invalid bytes after it.
    g = detectEncoding("\xEF\xBB\xBF" "\xE1\xED");
    CHECK(g.encoding == TextEncoding::Utf8);
    CHECK_FALSE(g.fellBack);
}

TEST_CASE("Detection: valid UTF-8, else Windows-1256 naming the first bad line", "[encoding]")
{
    CHECK(detectEncoding("").encoding == TextEncoding::Utf8);
    CHECK(detectEncoding("plain ascii\n").encoding == TextEncoding::Utf8);
    CHECK(detectEncoding(kPersian.toUtf8()).encoding == TextEncoding::Utf8);
    CHECK_FALSE(detectEncoding(kPersian.toUtf8()).fellBack);

    auto g = detectEncoding("name\nok\n\xE1\xED\xC7\n");
    CHECK(g.encoding == TextEncoding::Windows1256);
    CHECK(g.fellBack);
    CHECK(g.firstInvalidLine == 3);
    CHECK(g.bomBytes == 0);

    CHECK(detectEncoding("a\r\nb\rc\n\xFF").firstInvalidLine == 4);
    CHECK(detectEncoding("a\r\xFF").firstInvalidLine == 2);
    CHECK(detectEncoding("\xFF").firstInvalidLine == 1);
    // Cut off at the end.
    CHECK(detectEncoding(u8("a\n\nخ").toUtf8().chopped(1)).firstInvalidLine == 3);
    // Overlong, surrogate, above U+10FFFF, stray continuation.
    CHECK(detectEncoding("\xC0\xAF").fellBack);
    CHECK(detectEncoding("ok\n\xED\xA0\x80").firstInvalidLine == 2);
    CHECK(detectEncoding("\xF4\x90\x80\x80").fellBack);
    CHECK(detectEncoding("abcdefghijklmnop\x80").fellBack);
    // A bad continuation that is a line break: the sequence began on line 1.
    CHECK(detectEncoding("x\xD8\nabc").firstInvalidLine == 1);
    // Two bytes are not a UTF-8 BOM.
    CHECK(detectEncoding("\xEF\xBB").fellBack);
}

TEST_CASE("The sniffer gives detectEncoding's answer however the data is cut", "[encoding]")
{
    const QList<QByteArray> samples = {
        QByteArray(),
        kPersian.toUtf8(),
        QByteArray("\xEF\xBB\xBF") + kPersian.toUtf8(),
        test::utf16le(kPersian),
        test::utf16be(kPersian),
        QByteArray("line1\r\nline2\rline3\n\xE1\xED\xC7\n"),
        QByteArray("a\r"),
        QByteArray("a\r\xFF"),
        QByteArray("a\r\n\xFF"),
        QByteArray("\r\r\n\n\xFF"),
        kPersian.toUtf8() + QByteArray("\n\xF0\x9F\x98"),
        QByteArray("x\xD8\nabc"),
        QByteArray("0123456789abcdef\n0123456789\xE2\x82\xAC\n0123\xE2\x28\xA1"),
    };
    for (const QByteArray& data : samples) {
        const EncodingGuess whole = detectEncoding(data);
        for (qsizetype step = 1; step <= 9; ++step) {
            INFO("data " << data.toHex().constData() << " step " << step);
            CHECK(sameGuess(sniffInSteps(data, step), whole));
        }
    }
}

TEST_CASE("UTF-8 decodes, drops one leading BOM and keeps later ones", "[encoding]")
{
    CHECK(decodeAll(TextEncoding::Utf8, kPersian.toUtf8()) == kPersian);
    CHECK(decodeAll(TextEncoding::Utf8, QByteArray("\xEF\xBB\xBF") + kPersian.toUtf8()) == kPersian);
    const QString twice = decodeAll(TextEncoding::Utf8, "\xEF\xBB\xBF\xEF\xBB\xBF" "a");
    CHECK(twice == QChar(0xFEFF) + QStringLiteral("a"));
    CHECK(decodeAll(TextEncoding::Utf8, "a\xEF\xBB\xBF") == QStringLiteral("a") + QChar(0xFEFF));
    // A BOM split across chunks is still one BOM.
    CHECK(decodeInSteps(TextEncoding::Utf8, "\xEF\xBB\xBF" "abc", 1) == QStringLiteral("abc"));
}

TEST_CASE("UTF-8 errors become U+FFFD, one per maximal subpart, and are counted", "[encoding]")
{
    qint64 invalid = 0;
    CHECK(decodeAll(TextEncoding::Utf8, "a\xFF" "b", &invalid) == QStringLiteral("a\uFFFDb"));
    CHECK(invalid == 1);
    // E2 82 is the start of €, cut short by 'x': one replacement.
    CHECK(decodeAll(TextEncoding::Utf8, "\xE2\x82x", &invalid) == QStringLiteral("\uFFFDx"));
    CHECK(invalid == 1);
    // C0 and AF are each invalid alone.
    CHECK(decodeAll(TextEncoding::Utf8, "\xC0\xAF", &invalid) == QStringLiteral("\uFFFD\uFFFD"));
    CHECK(invalid == 2);
    // ED A0: A0 is not allowed after ED (a surrogate), so two.
    CHECK(decodeAll(TextEncoding::Utf8, "\xED\xA0\x80", &invalid) == QStringLiteral("\uFFFD\uFFFD\uFFFD"));
    CHECK(invalid == 3);
    // Truncated at the end: finish() reports it.
    CHECK(decodeAll(TextEncoding::Utf8, "ok\xF0\x9F\x98", &invalid) == QStringLiteral("ok\uFFFD"));
    CHECK(invalid == 1);
    CHECK(decodeAll(TextEncoding::Utf8, "\xF0\x9F\x98\x80", &invalid) == QString::fromUcs4(U"\U0001F600", 1));
    CHECK(invalid == 0);
}

TEST_CASE("UTF-8 decoding matches Qt's on valid text", "[encoding]")
{
    QString all;
    for (char32_t cp = 1; cp < 0x11000; cp += 7) {
        if (cp >= 0xD800 && cp < 0xE000)
            continue;
        all += QString::fromUcs4(&cp, 1);
    }
    const QByteArray bytes = all.toUtf8();
    qint64 invalid = 0;
    CHECK(decodeAll(TextEncoding::Utf8, bytes, &invalid) == all);
    CHECK(invalid == 0);
    CHECK(decodeInSteps(TextEncoding::Utf8, bytes, 3) == all);
}

TEST_CASE("UTF-16 by its BOM, little-endian without one", "[encoding]")
{
    CHECK(decodeAll(TextEncoding::Utf16, test::utf16le(kPersian)) == kPersian);
    CHECK(decodeAll(TextEncoding::Utf16, test::utf16be(kPersian)) == kPersian);
    CHECK(decodeAll(TextEncoding::Utf16, test::utf16le(kPersian, false)) == kPersian);
    // A second BOM is data.
    CHECK(decodeAll(TextEncoding::Utf16, test::utf16be(QChar(0xFEFF) + QStringLiteral("a")))
          == QChar(0xFEFF) + QStringLiteral("a"));
}

TEST_CASE("UTF-16 errors: lone surrogates and an odd byte", "[encoding]")
{
    qint64 invalid = 0;
    QString text = QStringLiteral("a") + QChar(0xD800) + QStringLiteral("b") + QChar(0xDC00) + QStringLiteral("c");
    CHECK(decodeAll(TextEncoding::Utf16, test::utf16le(text), &invalid) == QStringLiteral("a\uFFFDb\uFFFDc"));
    CHECK(invalid == 2);
    text = QStringLiteral("z") + QChar(0xD83D);
    CHECK(decodeAll(TextEncoding::Utf16, test::utf16le(text), &invalid) == QStringLiteral("z\uFFFD"));
    CHECK(invalid == 1);
    CHECK(decodeAll(TextEncoding::Utf16, test::utf16le(QStringLiteral("ab")) + 'x', &invalid) == QStringLiteral("ab\uFFFD"));
    CHECK(invalid == 1);
}

TEST_CASE("Windows-1256 maps every byte by our own table", "[encoding]")
{
    // Against Qt's converter where this build of Qt has one.
    QStringDecoder qt("windows-1256");
    QByteArray all;
    for (int b = 0; b < 256; ++b)
        all.append(char(b));
    const QString ours = decodeAll(TextEncoding::Windows1256, all);
    REQUIRE(ours.size() == 256);
    if (qt.isValid())
        CHECK(ours == qt.decode(all));
    for (int b = 0; b < 256; ++b) {
        unsigned char back = 0;
        INFO("byte " << b);
        REQUIRE(unicodeToWindows1256(ours.at(b).unicode(), back));
        CHECK(back == b);
    }
    // The letters Persian needs.
    CHECK(windows1256ToUnicode(0x81) == u'\u067E');  // پ
    CHECK(windows1256ToUnicode(0x8D) == u'\u0686');  // چ
    CHECK(windows1256ToUnicode(0x8E) == u'\u0698');  // ژ
    CHECK(windows1256ToUnicode(0x90) == u'\u06AF');  // گ
    CHECK(windows1256ToUnicode(0x98) == u'\u06A9');  // ک
    CHECK(windows1256ToUnicode(0xED) == u'\u064A');  // ي (Arabic Yeh)
    CHECK(windows1256ToUnicode(0xDF) == u'\u0643');  // ك (Arabic Kaf)
    CHECK(windows1256ToUnicode(0xA1) == u'\u060C');  // ،
    CHECK(windows1256ToUnicode(0x9D) == u'\u200C');  // ZWNJ
    unsigned char none = 0;
    CHECK_FALSE(unicodeToWindows1256(u'\u06CC', none)); // no Persian Yeh
}

TEST_CASE("Windows-1256 text reaches storage with Persian letters", "[encoding]")
{
    // "علي كريمي" as an Arabic keyboard wrote it.
    const QByteArray bytes("\xDA\xE1\xED \xDF\xD1\xED\xE3\xED");
    const QString decoded = decodeAll(TextEncoding::Windows1256, bytes);
    CHECK(decoded == u8("علي كريمي"));
    CHECK(text::normalizeForStorage(decoded) == u8("علی کریمی"));
    CHECK(text::searchKey(decoded) == text::searchKey(u8("علی کریمی")));
}

TEST_CASE("Decoding does not depend on where chunks are cut", "[encoding]")
{
    const QByteArray persian = kPersian.toUtf8();
    checkEverySplit(TextEncoding::Utf8, persian);
    checkEverySplit(TextEncoding::Utf8, QByteArray("\xEF\xBB\xBF") + persian);
    checkEverySplit(TextEncoding::Utf8, QByteArray("a\xE2\x82x\xC0\xAF\xED\xA0\x80\xF0\x9F\x98\x80\xF0\x9F"));
    checkEverySplit(TextEncoding::Utf8, QByteArray("\xEF\xBB"));
    checkEverySplit(TextEncoding::Utf16, test::utf16le(kPersian));
    checkEverySplit(TextEncoding::Utf16, test::utf16be(kPersian));
    checkEverySplit(TextEncoding::Utf16, test::utf16le(QStringLiteral("a") + QChar(0xD800) + QStringLiteral("b")) + 'z');
    checkEverySplit(TextEncoding::Windows1256, QByteArray("\xDA\xE1\xED,\x98\xD1\xCC\r\n"));
}

TEST_CASE("Random bytes decode the same whole and in pieces", "[encoding]")
{
    quint32 seed = 12345;
    auto nextByte = [&seed]() {
        seed = seed * 1664525u + 1013904223u;
        return char(seed >> 24);
    };
    for (int round = 0; round < 30; ++round) {
        QByteArray data;
        for (int i = 0; i < 64; ++i)
            data.append(nextByte());
        for (const TextEncoding e : { TextEncoding::Utf8, TextEncoding::Utf16, TextEncoding::Windows1256 }) {
            const QString whole = decodeAll(e, data);
            for (qsizetype step = 1; step <= 7; ++step)
                CHECK(decodeInSteps(e, data, step) == whole);
        }
        const EncodingGuess guess = detectEncoding(data);
        for (qsizetype step = 1; step <= 7; ++step)
            CHECK(sameGuess(sniffInSteps(data, step), guess));
    }
}

TEST_CASE("UTF-8 words of every sequence length: decoded as Qt does and sniffed, whole and in pieces", "[encoding]")
{
    // Runs of two-byte letters take their own loop: mix them with every other
    // length and with errors.
    QRandomGenerator rng(1408);
    const char32_t ranges[][2] = { { 0x20, 0x7E }, { 0x0600, 0x06FF }, { 0x80, 0x7FF }, { 0x800, 0xFFFD },
                                   { 0x10000, 0x10FFFF } };
    for (int round = 0; round < 300; ++round) {
        QString text;
        const int length = int(rng.bounded(1, 60));
        for (int i = 0; i < length; ++i) {
            const auto& range = ranges[rng.bounded(round % 2 ? 2u : quint32(std::size(ranges)))];
            char32_t cp = range[0] + rng.bounded(quint32(range[1] - range[0] + 1));
            if (cp >= 0xD800 && cp < 0xE000)
                cp = u'x';
            text += QString::fromUcs4(&cp, 1);
        }
        QByteArray bytes = text.toUtf8();
        qint64 invalid = 0;
        CHECK(decodeAll(TextEncoding::Utf8, bytes, &invalid) == text);
        CHECK(invalid == 0);
        for (qsizetype step : { 1, 2, 3, 5 })
            CHECK(decodeInSteps(TextEncoding::Utf8, bytes, step) == text);
        CHECK_FALSE(detectEncoding(bytes).fellBack);
        // A cut sequence or a stray byte inside a run of letters.
        bytes.insert(rng.bounded(quint32(bytes.size() + 1)), rng.bounded(2) ? '\xD8' : '\x80');
        const QString whole = decodeAll(TextEncoding::Utf8, bytes, &invalid);
        CHECK(invalid >= 1);
        CHECK(whole.contains(QChar(0xFFFD)));
        for (qsizetype step : { 1, 2, 3, 5 })
            CHECK(decodeInSteps(TextEncoding::Utf8, bytes, step) == whole);
        const EncodingGuess guess = detectEncoding(bytes);
        CHECK(guess.fellBack);
        for (qsizetype step : { 1, 2, 3, 5 })
            CHECK(sameGuess(sniffInSteps(bytes, step), guess));
    }
}
