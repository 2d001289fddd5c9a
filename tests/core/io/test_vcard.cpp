#include "IoTestSupport.h"
#include "TestSupport.h"

#include "io/TableSource.h"
#include "io/VCardProperty.h"

#include <QBuffer>

using namespace peyvand;
using namespace peyvand::io;
using peyvand::test::readBytes;
using peyvand::test::readBytesTrickled;
using peyvand::test::ReadTable;
using peyvand::test::u8;

namespace {

SourceOptions vcf()
{
    SourceOptions options;
    options.format = SourceFormat::VCard;
    return options;
}

ReadTable cards(const QByteArray& data)
{
    auto table = readBytes(data, vcf());
    REQUIRE(table);
    auto trickled = readBytesTrickled(data, vcf());
    REQUIRE(trickled);
    REQUIRE(trickled->rows.size() == table->rows.size());
    for (qsizetype i = 0; i < table->rows.size(); ++i) {
        CHECK(trickled->rows.at(i).cells == table->rows.at(i).cells);
        CHECK(trickled->rows.at(i).line == table->rows.at(i).line);
    }
    CHECK(table->headers == vCardColumns());
    return *table;
}

// The cell of a column of vCardColumns().
QString cell(const SourceRow& row, const char* column)
{
    const qsizetype index = vCardColumns().indexOf(QLatin1String(column));
    REQUIRE(index >= 0);
    REQUIRE(row.cells.size() == vCardColumns().size());
    return row.cells.at(index);
}

Error failure(const QByteArray& data)
{
    auto table = readBytes(data, vcf());
    REQUIRE_FALSE(table);
    CHECK(table.error().code == ErrorCode::InvalidInput);
    CHECK(table.error().field == QStringLiteral("file"));
    return table.error();
}

QByteArray card(const char* body)
{
    return QByteArray("BEGIN:VCARD\r\nVERSION:3.0\r\n") + body + "END:VCARD\r\n";
}

} // namespace

TEST_CASE("vCard columns are import field keys", "[vcard]")
{
    CHECK(vCardColumns()
          == QStringList({ QStringLiteral("name"), QStringLiteral("company"), QStringLiteral("mobile"), QStringLiteral("phone"),
                           QStringLiteral("email"), QStringLiteral("website"), QStringLiteral("address"), QStringLiteral("city"),
                           QStringLiteral("province"), QStringLiteral("postal_code"), QStringLiteral("notes") }));
}

TEST_CASE("Property lines: group, name, parameters, value", "[vcard]")
{
    auto p = parseVCardProperty(u"item1.tel;type=CELL;TYPE=voice,pref:+98 912");
    REQUIRE(p);
    CHECK(p->name == QStringLiteral("TEL"));
    CHECK(p->types == QStringList({ QStringLiteral("cell"), QStringLiteral("voice") }));
    CHECK(p->preferred);
    CHECK(p->value == QStringLiteral("+98 912"));

    p = parseVCardProperty(u"TEL;VALUE=uri;TYPE=\"cell,text\";PREF=1:tel:+98-912");
    REQUIRE(p);
    CHECK(p->types == QStringList({ QStringLiteral("cell"), QStringLiteral("text") }));
    CHECK(p->preferred);
    CHECK(p->value == QStringLiteral("tel:+98-912"));

    // vCard 2.1 bare parameters.
    p = parseVCardProperty(u"TEL;CELL;HOME:0912");
    REQUIRE(p);
    CHECK(p->types == QStringList({ QStringLiteral("cell"), QStringLiteral("home") }));
    CHECK_FALSE(p->preferred);

    // A quoted parameter may hold ':' and ';'.
    p = parseVCardProperty(u"ADR;LABEL=\"a:b;c\":;;street");
    REQUIRE(p);
    CHECK(p->value == QStringLiteral(";;street"));

    // Empty value.
    p = parseVCardProperty(u"NOTE:");
    REQUIRE(p);
    CHECK(p->value.isEmpty());

    CHECK_FALSE(parseVCardProperty(u"no colon here"));
    CHECK_FALSE(parseVCardProperty(u":value"));
    CHECK_FALSE(parseVCardProperty(u"group.:value"));
}

TEST_CASE("Quoted-printable values in their charset", "[vcard]")
{
    auto p = parseVCardProperty(u"FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=D8=B9=D9=84=DB=8C");
    REQUIRE(p);
    CHECK(p->quotedPrintable);
    CHECK(p->value == u8("علی"));

    p = parseVCardProperty(u"FN;ENCODING=QUOTED-PRINTABLE;CHARSET=windows-1256:=DA=E1=ED");
    REQUIRE(p);
    CHECK(p->value == u8("علي"));

    p = parseVCardProperty(u"NOTE;QUOTED-PRINTABLE:a=3Db=3d=ZZ=");
    REQUIRE(p);
    CHECK(p->value == QStringLiteral("a=b==ZZ="));

    p = parseVCardProperty(u"NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=ISO-8859-1:caf=E9");
    REQUIRE(p);
    CHECK(p->value == QStringLiteral("caf\u00E9"));

    CHECK(isQuotedPrintableLine(u"NOTE;ENCODING=QUOTED-PRINTABLE:x="));
    CHECK(isQuotedPrintableLine(u"note;quoted-printable:x="));
    CHECK_FALSE(isQuotedPrintableLine(u"NOTE:QUOTED-PRINTABLE="));
}

TEST_CASE("Text escapes and structured values", "[vcard]")
{
    CHECK(vCardText(u"a\\,b\\;c\\nd\\Ne\\\\f") == QStringLiteral("a,b;c\nd\ne\\f"));
    CHECK(vCardText(u"C:\\temp\\") == QStringLiteral("C:\\temp\\"));
    CHECK(vCardComponents(u"Karimi;Ali\\;Reza;;Dr.;") == QStringList({ QStringLiteral("Karimi"), QStringLiteral("Ali;Reza"),
                                                                        QString(), QStringLiteral("Dr."), QString() }));
    CHECK(vCardComponents(u"") == QStringList({ QString() }));
    CHECK(vCardComponents(u"a\\\\;b") == QStringList({ QStringLiteral("a\\"), QStringLiteral("b") }));
}

TEST_CASE("A card becomes one row at its BEGIN line", "[vcard]")
{
    const auto t = cards("\r\n" + card("FN:Ali Karimi\r\nORG:Acme;Sales\r\nTEL;TYPE=CELL:0912 000 1111\r\nTEL;TYPE=WORK:021 1\r\n"
                                       "TEL;TYPE=FAX:021 2\r\nEMAIL:a@x.ir\r\nEMAIL:b@x.ir\r\nURL:https://x.ir\r\n"
                                       "ADR;TYPE=WORK:;Unit 2;Azadi St.;Tehran;Tehran;1234567890;Iran\r\nNOTE:one\r\nNOTE:two\r\n"));
    REQUIRE(t.rows.size() == 1);
    const SourceRow& r = t.rows.first();
    CHECK(r.line == 2);
    CHECK(cell(r, "name") == QStringLiteral("Ali Karimi"));
    CHECK(cell(r, "company") == QStringLiteral("Acme - Sales"));
    CHECK(cell(r, "mobile") == QStringLiteral("0912 000 1111"));
    CHECK(cell(r, "phone") == QStringLiteral("021 1, 021 2"));
    CHECK(cell(r, "email") == QStringLiteral("a@x.ir"));
    CHECK(cell(r, "website") == QStringLiteral("https://x.ir"));
    CHECK(cell(r, "address") == QStringLiteral("Azadi St., Unit 2"));
    CHECK(cell(r, "city") == QStringLiteral("Tehran"));
    CHECK(cell(r, "province") == QStringLiteral("Tehran"));
    CHECK(cell(r, "postal_code") == QStringLiteral("1234567890"));
    CHECK(cell(r, "notes") == QStringLiteral("one\ntwo"));
}

TEST_CASE("The name falls back to N, prefix given additional family suffix", "[vcard]")
{
    auto t = cards(card("N:Karimi;Ali;Reza;Dr.;Jr.\r\n"));
    CHECK(cell(t.rows.first(), "name") == QStringLiteral("Dr. Ali Reza Karimi Jr."));
    t = cards(card("FN:\r\nN:Karimi;Ali;;;\r\n"));
    CHECK(cell(t.rows.first(), "name") == QStringLiteral("Ali Karimi"));
    t = cards(card("N:Karimi;Ali;;;\r\nFN:Ali K.\r\n"));
    CHECK(cell(t.rows.first(), "name") == QStringLiteral("Ali K."));
    t = cards(card("TEL:1\r\n"));
    CHECK(cell(t.rows.first(), "name").isEmpty());
}

TEST_CASE("Mobile: the preferred cell number, other numbers to phone", "[vcard]")
{
    auto t = cards(card("TEL;TYPE=cell:1\r\nTEL;TYPE=home:2\r\nTEL;TYPE=CELL;TYPE=PREF:3\r\n"));
    CHECK(cell(t.rows.first(), "mobile") == QStringLiteral("3"));
    CHECK(cell(t.rows.first(), "phone") == QStringLiteral("1, 2"));
    t = cards(card("TEL;PREF=1;TYPE=\"cell\":tel:+989121234567\r\n"));
    CHECK(cell(t.rows.first(), "mobile") == QStringLiteral("+989121234567"));
    t = cards(card("TEL;TYPE=HOME:021\r\nTEL:\r\n"));
    CHECK(cell(t.rows.first(), "mobile").isEmpty());
    CHECK(cell(t.rows.first(), "phone") == QStringLiteral("021"));
    t = cards(card("TEL;TYPE=IPHONE:0912\r\n"));
    CHECK(cell(t.rows.first(), "mobile") == QStringLiteral("0912"));
}

TEST_CASE("Email and address: the preferred one, else the first", "[vcard]")
{
    auto t = cards(card("EMAIL:a@x\r\nEMAIL;TYPE=pref:b@x\r\nEMAIL:c@x\r\nADR:;;First;A;;;\r\nADR;PREF=1:;;Second;B;;;\r\n"
                        "ADR:;;Third;C;;;\r\n"));
    CHECK(cell(t.rows.first(), "email") == QStringLiteral("b@x"));
    CHECK(cell(t.rows.first(), "address") == QStringLiteral("Second"));
    CHECK(cell(t.rows.first(), "city") == QStringLiteral("B"));
    t = cards(card("ADR:;;;;;;\r\nADR:;;Real;;;;\r\n"));
    CHECK(cell(t.rows.first(), "address") == QStringLiteral("Real"));
}

TEST_CASE("Folded lines are unfolded, quoted-printable soft breaks are joined", "[vcard]")
{
    auto t = cards(card("FN:Ali\r\n  Karimi\r\nNOTE:a\r\n\tb\r\n c\r\n"));
    CHECK(cell(t.rows.first(), "name") == QStringLiteral("Ali Karimi"));
    CHECK(cell(t.rows.first(), "notes") == QStringLiteral("abc"));
    t = cards(card("NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:=D8=B9=\r\n=D9=84=DB=8C\r\n"));
    CHECK(cell(t.rows.first(), "notes") == u8("علی"));
    // A soft break never swallows the END line.
    t = cards(card("NOTE;ENCODING=QUOTED-PRINTABLE:x=\r\n"));
    CHECK(cell(t.rows.first(), "notes") == QStringLiteral("x="));
}

TEST_CASE("Several cards, LF or CRLF, any case, unknown lines skipped", "[vcard]")
{
    const auto t = cards("begin:vcard\nversion:4.0\nfn:One\nX-CUSTOM;A=B:whatever\nnot a property\nend:vcard\n"
                         "BEGIN:VCARD\r\nFN:Two\r\nEND:VCARD");
    REQUIRE(t.rows.size() == 2);
    CHECK(cell(t.rows.at(0), "name") == QStringLiteral("One"));
    CHECK(t.rows.at(1).line == 7);
    CHECK(cell(t.rows.at(1), "name") == QStringLiteral("Two"));
}

TEST_CASE("A card without END:VCARD is an error naming its BEGIN line", "[vcard]")
{
    Error e = failure("BEGIN:VCARD\nFN:One\nEND:VCARD\nBEGIN:VCARD\nFN:Two\n");
    CHECK(e.detail == QStringLiteral("line 4"));
    CHECK(e.message.startsWith(QStringLiteral("line 4:")));
    CHECK(e.message.contains(QStringLiteral("END:VCARD")));
    e = failure("BEGIN:VCARD\nFN:One\nBEGIN:VCARD\nFN:Two\nEND:VCARD\n");
    CHECK(e.detail == QStringLiteral("line 1"));
}

TEST_CASE("Text outside a card, empty and binary input are errors", "[vcard]")
{
    Error e = failure("name,mobile\nAli,0912\n");
    CHECK(e.detail == QStringLiteral("line 1"));
    CHECK(e.message.contains(QStringLiteral("BEGIN:VCARD")));
    e = failure(card("FN:a\r\n") + "stray\r\n");
    CHECK(e.detail == QStringLiteral("line 5"));
    CHECK(failure("").message.contains(QStringLiteral("empty")));
    CHECK(failure("\r\n\r\n").message.contains(QStringLiteral("empty")));
    CHECK(failure(QByteArray("BEGIN:VCARD\nFN:a\0b\nEND:VCARD\n", 27)).detail == QStringLiteral("line 2"));
    CHECK(failure(QByteArray("PK\x03\x04\x14\0", 6)).message.contains(QStringLiteral("XLSX")));
}

TEST_CASE("vCards in UTF-16 and Windows-1256", "[vcard]")
{
    const QString text = u8("BEGIN:VCARD\r\nFN:علی کریمی\r\nTEL;TYPE=CELL:0912\r\nEND:VCARD\r\n");
    for (const QByteArray& data : { test::utf16le(text), test::utf16be(text) }) {
        const auto t = cards(data);
        CHECK(cell(t.rows.first(), "name") == u8("علی کریمی"));
        CHECK(cell(t.rows.first(), "mobile") == QStringLiteral("0912"));
    }
    const auto t = cards(test::windows1256(text));
    CHECK(cell(t.rows.first(), "name") == u8("علي کريمي"));
}

TEST_CASE("vCards read 1 to 7 bytes at a time give the same rows", "[vcard]")
{
    const QByteArray data = (u8("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:علی\r\n  کریمی\r\n"
                                "NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:=D8=B9=\r\n=D9=84=DB=8C\r\n"
                                "TEL;TYPE=CELL:0912\r\nEND:VCARD\r\n\r\nBEGIN:VCARD\nFN:Two\nEND:VCARD\n"))
                                .toUtf8();
    SourceOptions options = vcf();
    options.encoding = TextEncoding::Utf8;
    const auto whole = readBytes(data, options);
    REQUIRE(whole);
    REQUIRE(whole->rows.size() == 2);
    CHECK(cell(whole->rows.at(0), "name") == u8("علی کریمی"));
    CHECK(cell(whole->rows.at(0), "notes") == u8("علی"));
    CHECK(whole->rows.at(1).line == 10);
    test::TrickleDevice device(data);
    auto source = openTableSource(device, options);
    REQUIRE(source);
    const auto trickled = test::readAllRows(**source);
    REQUIRE(trickled.rows.size() == 2);
    CHECK(trickled.rows.at(0).cells == whole->rows.at(0).cells);
    CHECK(trickled.rows.at(1).cells == whole->rows.at(1).cells);
    CHECK(trickled.rows.at(1).line == 10);
}

TEST_CASE("vCards from a sequential device and over maxBytes", "[vcard]")
{
    const QByteArray data = card("FN:Ali\r\n") + card("FN:Sara\r\n");
    auto t = readBytesTrickled(data, vcf(), true);
    REQUIRE(t);
    REQUIRE(t->rows.size() == 2);
    CHECK(cell(t->rows.at(1), "name") == QStringLiteral("Sara"));
    CHECK(t->rows.at(1).line == 5);

    SourceOptions options = vcf();
    options.maxBytes = data.size() - 1;
    auto big = readBytes(data, options);
    REQUIRE_FALSE(big);
    CHECK(big.error().message.contains(QStringLiteral("too large")));
    big = readBytesTrickled(data, options, true);
    REQUIRE_FALSE(big);
    CHECK(big.error().message.contains(QStringLiteral("too large")));
}

TEST_CASE("The vCard source reports what it read", "[vcard]")
{
    QByteArray data = test::windows1256(u8("BEGIN:VCARD\nFN:علی\nEND:VCARD\n"));
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    auto source = openTableSource(buffer, vcf());
    REQUIRE(source);
    CHECK((*source)->encoding() == TextEncoding::Windows1256);
    CHECK((*source)->headers() == vCardColumns());
    CHECK((*source)->notices().size() == 1);
    CHECK((*source)->delimiter().isNull());
    const auto t = test::readAllRows(**source);
    CHECK(cell(t.rows.first(), "name") == u8("علي"));
    CHECK((*source)->position() == (*source)->size());
}
