// Date parsers: no crash; a parsed date converts back to the same Jalali
// date, and formatting then parsing gives the same day.
#include "FuzzSupport.h"
#include "text/Jalali.h"

#include <cstring>

using namespace peyvand::text;
using peyvand::fuzz::require;

namespace {

bool parsesTo(const QString& text, QDate expected)
{
    const auto parsed = jalali::parse(text);
    return parsed && *parsed == expected;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString input = peyvand::fuzz::textFrom(data, size);

    if (const auto date = jalali::parse(input)) {
        require(date->isValid(), "parse returns a valid QDate", input);
        const auto j = jalali::fromGregorian(*date);
        require(j.has_value(), "a parsed date converts back", input);
        require(jalali::toGregorian(*j) == *date, "round trip through JalaliDate", input);
        require(parsesTo(jalali::formatNumeric(*date, DigitScript::Persian), *date), "numeric format parses back", input);
        require(parsesTo(jalali::formatLong(*date, jalali::Language::Persian), *date), "long format parses back", input);
    } else {
        require(!date.error().message.isEmpty(), "errors carry a message", input);
    }

    if (const auto any = parseAnyDate(input))
        require(any->isValid(), "parseAnyDate returns a valid QDate", input);

    // The raw bytes as a Julian day: conversion in both directions agrees.
    if (size >= 5) {
        int32_t offset = 0;
        std::memcpy(&offset, data + 1, sizeof offset);
        const QDate g = QDate::fromJulianDay(2451545 + qint64(offset % 2000000)); // ±5,400 years around 2000
        if (const auto j = jalali::fromGregorian(g)) {
            require(jalali::isValid(j->year, j->month, j->day), "fromGregorian gives a valid date", input);
            require(jalali::toGregorian(*j) == g, "Julian day round trip", input);
        }
    }
    return 0;
}
