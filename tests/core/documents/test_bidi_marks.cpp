// The marks that keep right-to-left text readable in Qt's print preview
// (which replays each text item left to right): see documents/BidiMarks.h.
#include "TestSupport.h"

#include "documents/BidiMarks.h"

using peyvand::documents::markRightToLeftRuns;
using peyvand::test::u8;

namespace {

const QChar kRlm(u'\u200F');
const QChar kAlm(u'\u061C');

// The same text with any mark (right-to-left or Arabic letter mark) as "|".
QString shown(QString text)
{
    text.replace(kRlm, u'|');
    text.replace(kAlm, u'|');
    return text;
}

QString withoutMarks(QString text)
{
    text.remove(kRlm);
    text.remove(kAlm);
    return text;
}

} // namespace

TEST_CASE("A colon after a Persian label is closed by a right-to-left mark", "[documents][bidi]")
{
    CHECK(shown(markRightToLeftRuns(u8("نام:"), true)) == u8("نام:|"));
    // At the very end of the text the mark is a right-to-left mark.
    CHECK(markRightToLeftRuns(u8("نام:"), true).endsWith(kRlm));
}

TEST_CASE("Marks surround each neutral of a right-to-left run, so that a wrapped line ends strongly", "[documents][bidi]")
{
    // The slash may end a line: a mark follows it; letters on both sides need no mark before it.
    CHECK(shown(markRightToLeftRuns(u8("تعداد/مقدار"), true)) == u8("تعداد/|مقدار"));
    // A parenthesis that starts the text gets one before it as well; two neutrals in a row share one.
    CHECK(shown(markRightToLeftRuns(u8("(الف):"), true)) == u8("|(|الف)|:|"));
    CHECK(markRightToLeftRuns(u8("(الف)"), true).startsWith(kRlm));
}

TEST_CASE("Digits after Persian letters keep an Arabic letter mark before them", "[documents][bidi]")
{
    // Persian digits after Arabic letters are Arabic numbers (UAX #9 W2): a
    // right-to-left mark there would make them European numbers and move a
    // following percent sign.
    const QString marked = markRightToLeftRuns(u8("مالیات (۷٪)"), true);
    CHECK(marked.contains(u8("(") + kAlm + u8("۷")));
    CHECK_FALSE(marked.contains(kRlm + u8("۷")));
    CHECK(marked.endsWith(u8(")") + kRlm));
    CHECK(withoutMarks(marked) == u8("مالیات (۷٪)"));
}

TEST_CASE("A number alone or grouped gets no mark inside it", "[documents][bidi]")
{
    CHECK(markRightToLeftRuns(u8("۴۲۷,۳۷۵,۰۰۰"), true) == u8("۴۲۷,۳۷۵,۰۰۰"));
    CHECK(markRightToLeftRuns(u8("۱۴۰۴/۰۸/۲۰"), true) == u8("۱۴۰۴/۰۸/۲۰"));
}

TEST_CASE("Latin words with spaces between them stay one left-to-right run", "[documents][bidi]")
{
    const QString marked = markRightToLeftRuns(u8("کابل VivoBook Pro 15X"), true);
    CHECK(marked.contains(u8("VivoBook Pro 15X")));
    CHECK(withoutMarks(marked) == u8("کابل VivoBook Pro 15X"));
}

TEST_CASE("A left-to-right embedding (a code) is left untouched", "[documents][bidi]")
{
    const QString code = u8("\u202APF-1404-0001 (A)\u202C");
    const QString marked = markRightToLeftRuns(u8("شماره: ") + code, true);
    CHECK(marked.contains(code));
    CHECK(shown(marked).startsWith(u8("شماره:| |\u202A")));
}

TEST_CASE("Tags, attributes, style sheets and entities are not marked", "[documents][bidi]")
{
    const QString html = u8("<html><head><style>td { font-family: 'Vazirmatn'; }</style></head>"
                            "<body dir=\"rtl\"><td class=\"head\" width=\"50%\"><b>نام:</b> الف &amp; ب</td></body></html>");
    const QString marked = markRightToLeftRuns(html, true);
    CHECK(marked.contains(u8("<style>td { font-family: 'Vazirmatn'; }</style>")));
    CHECK(marked.contains(u8("<td class=\"head\" width=\"50%\"><b>نام:") + kRlm + u8("</b>")));
    CHECK(marked.contains(u8("&amp;")));
    CHECK(withoutMarks(marked) == html);
}

TEST_CASE("On a left-to-right printout only right-to-left embeddings are marked", "[documents][bidi]")
{
    const QString english = u8("<b>Name:</b> Pars (Tehran) &amp; Co.");
    CHECK(markRightToLeftRuns(english, false) == english);

    const QString persianName = u8("\u202Bکابل شبکه Cat6\u202C");
    const QString marked = markRightToLeftRuns(u8("<td>") + persianName + u8("</td>"), false);
    CHECK(marked != u8("<td>") + persianName + u8("</td>"));
    CHECK(marked.contains(u8("شبکه ") + kAlm + u8("Cat6\u202C")));
    CHECK(withoutMarks(marked) == u8("<td>") + persianName + u8("</td>"));
}

TEST_CASE("A paragraph with its own direction is marked in that direction", "[documents][bidi]")
{
    // English notes on a Persian printout: a leading parenthesis must not turn right to left.
    const QString englishNotes = u8("<p dir=\"ltr\">(Delivery): 2 days.</p>");
    CHECK(markRightToLeftRuns(u8("<body dir=\"rtl\">") + englishNotes + u8("<p>الف:</p>"), true)
          == u8("<body dir=\"rtl\">") + englishNotes + u8("<p>الف:") + kRlm + u8("</p>"));
    // Persian notes on an English printout are marked.
    const QString marked = markRightToLeftRuns(u8("<p dir=\"rtl\">الف: ب</p>Note: x"), false);
    CHECK(shown(marked) == u8("<p dir=\"rtl\">الف:| |ب</p>Note: x"));
}

TEST_CASE("Diacritics and zero-width non-joiners stay on their letter", "[documents][bidi]")
{
    // ZWNJ (a boundary neutral) and the hamza above (a combining mark) are not neutrals to mark.
    CHECK(markRightToLeftRuns(u8("پیش‌فاکتور"), true) == u8("پیش‌فاکتور"));
    CHECK(markRightToLeftRuns(u8("خانهٔ ما"), true) == u8("خانهٔ ما").replace(u8(" "), u8(" ") + kAlm));
    CHECK(shown(markRightToLeftRuns(u8("(\u0654)"), true)) == u8("|(\u0654|)|"));
}

TEST_CASE("Empty text and text without neutrals are returned as they are", "[documents][bidi]")
{
    CHECK(markRightToLeftRuns(QString(), true).isEmpty());
    CHECK(markRightToLeftRuns(u8("پیش‌فاکتور"), true) == u8("پیش‌فاکتور"));
}
