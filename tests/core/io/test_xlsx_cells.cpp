#include "TestSupport.h"
#include "io/XlsxCells.h"

using namespace peyvand::io::xlsx;
using peyvand::test::u8;

TEST_CASE("Whole numbers read without exponent or decimals", "[xlsx][cells]")
{
    CHECK(numberText(u"9121234567") == u"9121234567");
    CHECK(numberText(u"9.121234567E9") == u"9121234567");
    CHECK(numberText(u"9.121234567E+9") == u"9121234567");
    CHECK(numberText(u"12345678") == u"12345678");
    CHECK(numberText(u"-42") == u"-42");
    CHECK(numberText(u"42.0") == u"42");
    CHECK(numberText(u"0") == u"0");
    CHECK(numberText(u"-0") == u"0");
    CHECK(numberText(u" 7 ") == u"7");
    CHECK(numberText(u"1E+15") == u"1000000000000000");
}

TEST_CASE("Decimals read in their shortest form as a spreadsheet shows them", "[xlsx][cells]")
{
    CHECK(numberText(u"12.5") == u"12.5");
    CHECK(numberText(u"0.1") == u"0.1");
    CHECK(numberText(u"1.5E-3") == u"0.0015");
    CHECK(numberText(u"0.30000000000000004") == u"0.3");
    CHECK(numberText(u"2.675") == u"2.675");
    CHECK(numberText(u"-1234.5678") == u"-1234.5678");
    // 15 significant digits, as spreadsheets keep them.
    CHECK(numberText(u"1.2345678901234567E+19") == u"12345678901234600000");
}

TEST_CASE("Text that is not a number comes back trimmed", "[xlsx][cells]")
{
    CHECK(numberText(u"abc") == u"abc");
    CHECK(numberText(u"  12a ") == u"12a");
    CHECK(numberText(u"") == u"");
    CHECK(numberText(u"1e999") == u"1e999");
}

TEST_CASE("Date serials of the 1900 system include its 29 February", "[xlsx][cells]")
{
    const auto date = [](const char16_t* raw) { return styledNumberText(raw, NumberStyle::Date, false); };
    CHECK(date(u"1") == u"1900-01-01");
    CHECK(date(u"59") == u"1900-02-28");
    CHECK(date(u"60") == u"60"); // 1900-02-29 never was
    CHECK(date(u"61") == u"1900-03-01");
    CHECK(date(u"45000") == u"2023-03-15");
    CHECK(date(u"45000.75") == u"2023-03-15");
    CHECK(date(u"44197.99999999999") == u"2021-01-02");
    CHECK(date(u"2958465") == u"9999-12-31");
    CHECK(date(u"2958466") == u"2958466");
    CHECK(date(u"0") == u"0");
    CHECK(date(u"-5") == u"-5");
    CHECK(date(u"x") == u"x");
    CHECK(date(u"1e300") == u"1e+300"); // no date: the number as a number
}

TEST_CASE("Date serials of the 1904 system start on 1 January 1904", "[xlsx][cells]")
{
    const auto date = [](const char16_t* raw) { return styledNumberText(raw, NumberStyle::Date, true); };
    CHECK(date(u"0") == u"1904-01-01");
    CHECK(date(u"59") == u"1904-02-29");
    CHECK(date(u"43538") == u"2023-03-15");
    CHECK(date(u"-1") == u"-1");
}

TEST_CASE("Times and durations read as hours, minutes and seconds", "[xlsx][cells]")
{
    CHECK(styledNumberText(u"0.5", NumberStyle::Time, false) == u"12:00:00");
    CHECK(styledNumberText(u"45000.75", NumberStyle::Time, false) == u"18:00:00");
    CHECK(styledNumberText(u"0.000011574", NumberStyle::Time, false) == u"00:00:01");
    CHECK(styledNumberText(u"1.5", NumberStyle::Duration, false) == u"36:00:00");
    CHECK(styledNumberText(u"-0.5", NumberStyle::Time, false) == u"-0.5");
    CHECK(styledNumberText(u"12.5", NumberStyle::Plain, false) == u"12.5");
}

TEST_CASE("Built-in number formats 14 to 22 and 45 to 47 are dates and times", "[xlsx][cells]")
{
    for (int id : { 14, 15, 16, 17, 22 })
        CHECK(builtinNumberStyle(id) == NumberStyle::Date);
    for (int id : { 18, 19, 20, 21, 45, 47 })
        CHECK(builtinNumberStyle(id) == NumberStyle::Time);
    CHECK(builtinNumberStyle(46) == NumberStyle::Duration);
    for (int id : { 0, 1, 2, 3, 4, 9, 10, 11, 12, 13, 23, 44, 48, 49, 164 })
        CHECK(builtinNumberStyle(id) == NumberStyle::Plain);
}

TEST_CASE("Custom formats with days, months or years are dates", "[xlsx][cells]")
{
    CHECK(formatCodeStyle(u"yyyy/mm/dd") == NumberStyle::Date);
    CHECK(formatCodeStyle(u"yyyy/mm/dd;@") == NumberStyle::Date);
    CHECK(formatCodeStyle(u"[$-fa-IR]dd mmmm yyyy") == NumberStyle::Date);
    CHECK(formatCodeStyle(u"[$-F800]dddd\\,\\ mmmm\\ dd\\,\\ yyyy") == NumberStyle::Date);
    CHECK(formatCodeStyle(u"mmm-yy") == NumberStyle::Date);
    CHECK(formatCodeStyle(u"mmmm") == NumberStyle::Date);
    CHECK(formatCodeStyle(u"d/m/yyyy h:mm") == NumberStyle::Date);
    CHECK(formatCodeStyle(u"DD.MM.YYYY") == NumberStyle::Date);
}

TEST_CASE("Custom formats with only a time, or no date at all, are not dates", "[xlsx][cells]")
{
    CHECK(formatCodeStyle(u"h:mm") == NumberStyle::Time);
    CHECK(formatCodeStyle(u"hh:mm:ss AM/PM") == NumberStyle::Time);
    CHECK(formatCodeStyle(u"mm:ss") == NumberStyle::Time);
    CHECK(formatCodeStyle(u"[h]:mm:ss") == NumberStyle::Duration);
    CHECK(formatCodeStyle(u"General") == NumberStyle::Plain);
    CHECK(formatCodeStyle(u"0.00") == NumberStyle::Plain);
    CHECK(formatCodeStyle(u"#,##0 \"days\"") == NumberStyle::Plain);
    CHECK(formatCodeStyle(u"#,##0;[Red]-#,##0") == NumberStyle::Plain);
    CHECK(formatCodeStyle(u"0.00E+00") == NumberStyle::Plain);
    CHECK(formatCodeStyle(u"#,##0_);(#,##0)") == NumberStyle::Plain);
    CHECK(formatCodeStyle(u"\\d0") == NumberStyle::Plain);
    CHECK(formatCodeStyle(u"@") == NumberStyle::Plain);
    CHECK(formatCodeStyle(u"0;yyyy") == NumberStyle::Plain); // only the first section counts
    CHECK(formatCodeStyle(u"") == NumberStyle::Plain);
}

TEST_CASE("Date cells of type d keep their ISO date", "[xlsx][cells]")
{
    CHECK(isoDateCellText(u"2024-03-05T10:30:00") == u"2024-03-05");
    CHECK(isoDateCellText(u"2024-03-05") == u"2024-03-05");
    CHECK(isoDateCellText(u"2024-02-30") == u"2024-02-30");
    CHECK(isoDateCellText(u"soon") == u"soon");
}

TEST_CASE("Cell references name 0-based columns", "[xlsx][cells]")
{
    CHECK(columnOfReference(u"A1") == 0);
    CHECK(columnOfReference(u"B7") == 1);
    CHECK(columnOfReference(u"Z3") == 25);
    CHECK(columnOfReference(u"AA10") == 26);
    CHECK(columnOfReference(u"AMJ1") == 1023);
    CHECK(columnOfReference(u"XFD1048576") == 16383);
    CHECK(columnOfReference(u"C") == 2);
    CHECK(columnOfReference(u"b2") == 1);
    CHECK(columnOfReference(u"XFE1") == -1);
    CHECK(columnOfReference(u"AAAA1") == -1);
    CHECK(columnOfReference(u"1A") == -1);
    CHECK(columnOfReference(u"A1B") == -1);
    CHECK(columnOfReference(u"") == -1);
    CHECK(columnOfReference(u"A-1") == -1);
    CHECK(columnOfReference(QString::fromUtf8("A\xDB\xB1")) == -1); // Persian digit one
}

TEST_CASE("Column letters count like a spreadsheet's", "[xlsx][cells]")
{
    CHECK(columnLetters(0) == u"A");
    CHECK(columnLetters(25) == u"Z");
    CHECK(columnLetters(26) == u"AA");
    CHECK(columnLetters(701) == u"ZZ");
    CHECK(columnLetters(702) == u"AAA");
    CHECK(columnLetters(16383) == u"XFD");
    for (int c : { 0, 1, 25, 26, 27, 51, 52, 700, 701, 702, 1023, 16383 })
        CHECK(columnOfReference(columnLetters(c) + u'1') == c);
}

TEST_CASE("_xHHHH_ escapes decode to their characters", "[xlsx][cells]")
{
    CHECK(decodeEscapes(QStringLiteral("a_x000D_b")) == QStringLiteral("a\rb"));
    CHECK(decodeEscapes(QStringLiteral("_x0041__x0042_")) == QStringLiteral("AB"));
    CHECK(decodeEscapes(QStringLiteral("_x005F_x0041_")) == QStringLiteral("_x0041_"));
    CHECK(decodeEscapes(QStringLiteral("_x06CC_")) == u8("ی"));
    CHECK(decodeEscapes(QStringLiteral("my_xfile_")) == QStringLiteral("my_xfile_"));
    CHECK(decodeEscapes(QStringLiteral("_x00")) == QStringLiteral("_x00"));
    CHECK(decodeEscapes(QStringLiteral("plain")) == QStringLiteral("plain"));
}

TEST_CASE("Text XML cannot hold is escaped, and escapes come back unchanged", "[xlsx][cells]")
{
    CHECK(encodeEscapes(QStringLiteral("plain")) == QStringLiteral("plain"));
    CHECK(encodeEscapes(QStringLiteral("tab\tand\nline")) == QStringLiteral("tab\tand\nline"));
    CHECK(encodeEscapes(QStringLiteral("a\rb")) == QStringLiteral("a_x000D_b"));
    CHECK(encodeEscapes(QString(QChar(1))) == QStringLiteral("_x0001_"));
    CHECK(encodeEscapes(QStringLiteral("_x0041_")) == QStringLiteral("_x005F_x0041_"));
    CHECK(encodeEscapes(QString(QChar(0xFFFF))) == QStringLiteral("_xFFFF_"));
    for (const QString& s : { QStringLiteral("a\rb\x01"), QStringLiteral("_x0041_ and _x00"),
             QStringLiteral("__x005F_x0041__"), u8("نام_x06CC_") })
        CHECK(decodeEscapes(encodeEscapes(s)) == s);
}
