#include "Money.h"

#include <QCoreApplication>

#include <limits>

namespace peyvand {

namespace {

__extension__ typedef __int128 Int128;

constexpr qint64 kMax = std::numeric_limits<qint64>::max();
constexpr qint64 kMin = std::numeric_limits<qint64>::min();

Error overflowError()
{
    return Error::make(ErrorCode::Overflow,
                       QCoreApplication::translate("Money", "The amount is too large to calculate with."));
}

Result<qint64> narrow(Int128 value)
{
    if (value > Int128(kMax) || value < Int128(kMin))
        return overflowError();
    return static_cast<qint64>(value);
}

Int128 divideRounded(Int128 numerator, Int128 denominator, Rounding rounding)
{
    if (denominator < 0) {
        numerator = -numerator;
        denominator = -denominator;
    }
    Int128 quotient = numerator / denominator; // truncates toward zero
    const Int128 remainder = numerator % denominator;
    if (remainder == 0)
        return quotient;
    const bool negative = numerator < 0;
    switch (rounding) {
    case Rounding::TowardZero:
        break;
    case Rounding::Floor:
        if (negative)
            --quotient;
        break;
    case Rounding::Ceiling:
        if (!negative)
            ++quotient;
        break;
    case Rounding::HalfUp: {
        const Int128 twice = (remainder < 0 ? -remainder : remainder) * 2;
        if (twice >= denominator)
            quotient += negative ? -1 : 1;
        break;
    }
    }
    return quotient;
}

QChar asciiDigitOf(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return c;
    if (u >= 0x06F0 && u <= 0x06F9)
        return QChar(u'0' + (u - 0x06F0));
    if (u >= 0x0660 && u <= 0x0669)
        return QChar(u'0' + (u - 0x0660));
    return QChar();
}

// Parses an unsigned decimal with at most maxDecimals decimals into an integer
// scaled by 10^maxDecimals. Accepts any digit script and '.' or '٫' as the
// decimal separator. With negative set the result is negated, so that the
// magnitude of the minimum int64 is accepted too.
Result<qint64> parseScaled(const QString& raw, int maxDecimals, const QString& field, bool allowPercent,
                           bool negative = false)
{
    QString text = raw.trimmed();
    if (allowPercent && (text.endsWith(u'%') || text.endsWith(QChar(0x066A))))
        text.chop(1);
    text = text.trimmed();
    const auto bad = [&] {
        return Error::invalid(field, QCoreApplication::translate("Money", "“%1” is not a number.").arg(raw));
    };
    if (text.isEmpty())
        return bad();
    Int128 whole = 0;
    Int128 fraction = 0;
    int decimals = 0;
    bool inFraction = false;
    bool sawDigit = false;
    for (const QChar c : text) {
        const QChar d = asciiDigitOf(c);
        if (!d.isNull()) {
            sawDigit = true;
            const int v = d.unicode() - u'0';
            if (inFraction) {
                if (++decimals > maxDecimals) {
                    return Error::invalid(field, QCoreApplication::translate("Money", "At most %n decimal place(s) are allowed.", nullptr, maxDecimals));
                }
                fraction = fraction * 10 + v;
            } else {
                whole = whole * 10 + v;
                if (whole > Int128(kMax) + 1)
                    return overflowError();
            }
        } else if ((c == u'.' || c == QChar(0x066B)) && !inFraction) {
            inFraction = true;
        } else {
            return bad();
        }
    }
    if (!sawDigit)
        return bad();
    for (int i = decimals; i < maxDecimals; ++i)
        fraction *= 10;
    Int128 scale = 1;
    for (int i = 0; i < maxDecimals; ++i)
        scale *= 10;
    const Int128 magnitude = whole * scale + fraction;
    return narrow(negative ? -magnitude : magnitude);
}

QString scaledToText(qint64 value, int decimals)
{
    qint64 scale = 1;
    for (int i = 0; i < decimals; ++i)
        scale *= 10;
    const bool negative = value < 0;
    const quint64 magnitude = negative ? 0 - static_cast<quint64>(value) : static_cast<quint64>(value);
    QString text = QString::number(magnitude / static_cast<quint64>(scale));
    quint64 frac = magnitude % static_cast<quint64>(scale);
    if (frac != 0) {
        QString f = QString::number(frac).rightJustified(decimals, u'0');
        while (f.endsWith(u'0'))
            f.chop(1);
        text += u'.' + f;
    }
    return negative ? u'-' + text : text;
}

} // namespace

Result<qint64> mulDiv(qint64 a, qint64 b, qint64 c, Rounding rounding)
{
    if (c == 0) {
        return Error::make(ErrorCode::Internal, QCoreApplication::translate("Money", "Division by zero."));
    }
    return narrow(divideRounded(Int128(a) * Int128(b), Int128(c), rounding));
}

Result<qint64> checkedAdd(qint64 a, qint64 b) { return narrow(Int128(a) + Int128(b)); }
Result<qint64> checkedSub(qint64 a, qint64 b) { return narrow(Int128(a) - Int128(b)); }
Result<qint64> checkedMul(qint64 a, qint64 b) { return narrow(Int128(a) * Int128(b)); }

Result<BasisPoints> BasisPoints::parsePercent(const QString& text)
{
    auto scaled = parseScaled(text, 2, QStringLiteral("rate"), true);
    if (!scaled)
        return scaled.error();
    if (*scaled > std::numeric_limits<qint32>::max())
        return overflowError();
    return BasisPoints { static_cast<qint32>(*scaled) };
}

QString BasisPoints::toPercentText() const { return scaledToText(value, 2); }

Result<Quantity> Quantity::parse(const QString& text)
{
    auto scaled = parseScaled(text, 3, QStringLiteral("quantity"), false);
    if (!scaled)
        return scaled.error();
    return Quantity { *scaled };
}

QString Quantity::toText() const { return scaledToText(milli, 3); }

Result<Money> Money::plus(Money other) const
{
    auto r = checkedAdd(m_rial, other.m_rial);
    if (!r)
        return r.error();
    return Money(*r);
}

Result<Money> Money::minus(Money other) const
{
    auto r = checkedSub(m_rial, other.m_rial);
    if (!r)
        return r.error();
    return Money(*r);
}

Result<Money> Money::times(qint64 factor) const
{
    auto r = checkedMul(m_rial, factor);
    if (!r)
        return r.error();
    return Money(*r);
}

Result<Money> Money::timesQuantity(Quantity quantity, Rounding rounding) const
{
    auto r = mulDiv(m_rial, quantity.milli, 1000, rounding);
    if (!r)
        return r.error();
    return Money(*r);
}

Result<Money> Money::percentage(BasisPoints rate, Rounding rounding) const
{
    auto r = mulDiv(m_rial, rate.value, 10000, rounding);
    if (!r)
        return r.error();
    return Money(*r);
}

Result<std::vector<Money>> Money::allocate(Money total, const std::vector<Money>& weights)
{
    if (total.isNegative()) {
        return Error::make(ErrorCode::Internal, QCoreApplication::translate("Money", "Cannot allocate a negative amount."));
    }
    Int128 weightSum = 0;
    for (const Money& w : weights) {
        if (w.isNegative()) {
            return Error::make(ErrorCode::Internal, QCoreApplication::translate("Money", "Cannot allocate by a negative weight."));
        }
        weightSum += w.rial();
    }
    std::vector<Money> parts(weights.size());
    if (weightSum == 0) {
        if (!total.isZero()) {
            return Error::make(ErrorCode::InvalidInput, QCoreApplication::translate("Money", "There is nothing to spread the amount over."));
        }
        return parts;
    }
    std::vector<Int128> remainders(weights.size());
    Int128 assigned = 0;
    for (size_t i = 0; i < weights.size(); ++i) {
        const Int128 product = Int128(total.rial()) * weights[i].rial();
        const Int128 share = product / weightSum;
        remainders[i] = product % weightSum;
        parts[i] = Money(static_cast<qint64>(share));
        assigned += share;
    }
    Int128 left = Int128(total.rial()) - assigned; // < weights.size()
    while (left > 0) {
        size_t best = 0;
        for (size_t i = 1; i < remainders.size(); ++i) {
            if (remainders[i] > remainders[best])
                best = i; // ties go to the earlier line
        }
        parts[best] = Money(parts[best].rial() + 1);
        remainders[best] = -1;
        --left;
    }
    return parts;
}

Result<Money> Money::parse(const QString& text)
{
    QString cleaned;
    cleaned.reserve(text.size());
    bool negative = false;
    const QString trimmed = text.trimmed();
    for (qsizetype i = 0; i < trimmed.size(); ++i) {
        const QChar c = trimmed.at(i);
        if (i == 0 && (c == u'-' || c == QChar(0x2212))) {
            negative = true;
            continue;
        }
        if (c == u',' || c == QChar(0x066C) || c == QChar(0x060C) || c.isSpace() || c == QChar(0x200C))
            continue;
        cleaned.append(c);
    }
    if (cleaned.contains(u'.') || cleaned.contains(QChar(0x066B))) {
        return Error::invalid(QStringLiteral("amount"), QCoreApplication::translate("Money", "Amounts are whole Rials: “%1” has a fraction.").arg(text));
    }
    auto value = parseScaled(cleaned, 0, QStringLiteral("amount"), false, negative);
    if (!value) {
        Error e = value.error();
        if (e.code == ErrorCode::InvalidInput)
            e.message = QCoreApplication::translate("Money", "“%1” is not an amount.").arg(text);
        return e;
    }
    return Money(*value);
}

} // namespace peyvand
