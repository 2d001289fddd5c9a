// Number parsers of core/common: no crash, and every accepted value prints
// and parses back to itself. Amount in words must not crash on it either.
#include "FuzzSupport.h"
#include "common/Money.h"
#include "text/AmountInWords.h"
#include "text/Digits.h"

using namespace peyvand;
using peyvand::fuzz::require;

namespace {

bool moneyParsesTo(const QString& text, qint64 expected)
{
    const auto parsed = Money::parse(text);
    return parsed && parsed->rial() == expected;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString input = peyvand::fuzz::textFrom(data, size);

    if (const auto money = Money::parse(input)) {
        const qint64 v = money->rial();
        require(moneyParsesTo(QString::number(v), v), "Money round trip", input);
        require(moneyParsesTo(text::formatGrouped(v, text::DigitScript::Persian), v), "grouped Persian round trip", input);
        require(moneyParsesTo(text::formatGrouped(v, text::DigitScript::Latin), v), "grouped Latin round trip", input);
        require(!text::amountInWords(v).isEmpty(), "amount in words", input);
        require(!text::amountInWordsEnglish(v).isEmpty(), "amount in English words", input);
    }
    if (const auto q = Quantity::parse(input)) {
        const auto again = Quantity::parse(q->toText());
        require(again && again->milli == q->milli, "Quantity round trip", input);
    }
    if (const auto bp = BasisPoints::parsePercent(input)) {
        const auto again = BasisPoints::parsePercent(bp->toPercentText());
        require(again && again->value == bp->value, "BasisPoints round trip", input);
    }
    return 0;
}
