#pragma once

// Internal to the XLSX reader and writer: cell references and how cell
// values become text.

#include <QString>
#include <QStringView>

namespace peyvand::io::xlsx {

// How a cell's number format shows a number.
enum class NumberStyle : quint8 {
    Plain,
    Date, // d, m, y (perhaps with a time): an ISO date
    Time, // h, m, s only: "HH:mm:ss" of the day
    Duration, // [h]:mm:ss: hours past 24
};

// Built-in format ids (ECMA-376 18.8.30): 14–17 and 22 are dates, 18–21, 45
// and 47 times, 46 a duration; custom ids carry their format code.
NumberStyle builtinNumberStyle(int numFmtId);
// From a custom format code such as "yyyy/mm/dd", "[$-fa-IR]dd mmmm" or
// "h:mm AM/PM"; only its first section counts, quoted text and [colours] do not.
NumberStyle formatCodeStyle(QStringView code);

// A stored number as a person would write it: integers without exponent or
// decimals ("9.121234567E9" is "9121234567"), others in their shortest form
// rounded to 15 significant digits as spreadsheets show them ("0.1"). Text
// that is not a number comes back trimmed.
QString numberText(QStringView raw);
// The same through the cell's style: Date gives "yyyy-MM-dd" (1900 system
// with its 29 February 1900, or the 1904 system), Time "HH:mm:ss". Serials
// no calendar date has come back as numberText.
QString styledNumberText(QStringView raw, NumberStyle style, bool date1904);
// "2024-03-05T10:00:00" (cells of type d) → "2024-03-05"; otherwise as given.
QString isoDateCellText(QStringView raw);

// 0-based column of a reference such as "B7" or "AA10" (letters only also
// accepted: "C"); -1 when it is not a reference or beyond column XFD.
int columnOfReference(QStringView reference);
// "A", "B", …, "AA": the letters of a 0-based column.
QString columnLetters(int column);

// OOXML strings escape characters XML cannot hold as _xHHHH_ (and a literal
// "_x0041_" as "_x005F_x0041_").
QString decodeEscapes(const QString& text);
QString encodeEscapes(const QString& text);

} // namespace peyvand::io::xlsx
