#pragma once

#include "Result.h"

#include <QString>
#include <QtGlobal>

#include <compare>
#include <vector>

namespace peyvand {

// How a division that does not come out even is rounded. HalfUp rounds halves
// away from zero (for the non-negative amounts on documents this is the usual
// "round half up"); Floor truncates toward negative infinity; TowardZero drops
// the fraction; Ceiling rounds toward positive infinity.
enum class Rounding { HalfUp, Floor, TowardZero, Ceiling };

// a * b / c computed with a 128-bit intermediate. Overflow of the int64 result
// and c == 0 are errors, never a wrap.
Result<qint64> mulDiv(qint64 a, qint64 b, qint64 c, Rounding rounding);
Result<qint64> checkedAdd(qint64 a, qint64 b);
Result<qint64> checkedSub(qint64 a, qint64 b);
Result<qint64> checkedMul(qint64 a, qint64 b);

// A rate in basis points: 1 % = 100 bp, 9 % = 900 bp.
struct BasisPoints {
    qint32 value = 0;

    // Parses "9", "9.5", "۹٫۵", "9.25%" into basis points (at most two decimals).
    static Result<BasisPoints> parsePercent(const QString& text);
    QString toPercentText() const; // 950 -> "9.5"
    auto operator<=>(const BasisPoints&) const = default;
};

// A quantity in thousandths of a unit: 1.5 kg = 1500.
struct Quantity {
    qint64 milli = 0;

    // Parses "2", "1.5", "۱٫۲۵۰", "0.001" (at most three decimals).
    static Result<Quantity> parse(const QString& text);
    QString toText() const; // 1500 -> "1.5"
    auto operator<=>(const Quantity&) const = default;
};

// An amount of money in integer Rial (the Rial has no minor unit in use).
// Toman is a display option only: Toman = Rial / 10.
class Money {
public:
    constexpr Money() = default;
    static constexpr Money fromRial(qint64 rial) { return Money(rial); }

    constexpr qint64 rial() const { return m_rial; }
    constexpr bool isZero() const { return m_rial == 0; }
    constexpr bool isNegative() const { return m_rial < 0; }

    Result<Money> plus(Money other) const;
    Result<Money> minus(Money other) const;
    Result<Money> times(qint64 factor) const;
    // amount × quantity, quantity in thousandths: round(rial × milli / 1000).
    Result<Money> timesQuantity(Quantity quantity, Rounding rounding) const;
    // amount × rate: round(rial × bp / 10000).
    Result<Money> percentage(BasisPoints rate, Rounding rounding) const;

    // Splits total into parts proportional to weights with the largest-remainder
    // method: the parts add up to total exactly. Weights must be non-negative
    // and total non-negative; all-zero weights give all-zero parts except an
    // error when total is non-zero.
    static Result<std::vector<Money>> allocate(Money total, const std::vector<Money>& weights);

    // Parses an amount typed by a user: any digit script, thousands separators
    // (",", "٬", "،", spaces, U+066C) and an optional leading minus.
    static Result<Money> parse(const QString& text);

    auto operator<=>(const Money&) const = default;

private:
    constexpr explicit Money(qint64 rial) : m_rial(rial) { }
    qint64 m_rial = 0;
};

} // namespace peyvand
