#include "Digits.h"

namespace peyvand::text {

namespace {

constexpr char16_t kPersianZero = 0x06F0;
constexpr char16_t kArabicIndicZero = 0x0660;
constexpr char16_t kArabicThousandsSeparator = 0x066C;

// The ASCII digit for any digit we accept, or a null QChar.
QChar asciiDigit(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return c;
    if (u >= kPersianZero && u <= kPersianZero + 9)
        return QChar(char16_t(u'0' + (u - kPersianZero)));
    if (u >= kArabicIndicZero && u <= kArabicIndicZero + 9)
        return QChar(char16_t(u'0' + (u - kArabicIndicZero)));
    return QChar();
}

} // namespace

QString toAsciiDigits(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const QChar d = asciiDigit(c);
        out.append(d.isNull() ? c : d);
    }
    return out;
}

QString toPersianDigits(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        out.append(u >= u'0' && u <= u'9' ? QChar(char16_t(kPersianZero + (u - u'0'))) : c);
    }
    return out;
}

QString localizeDigits(QStringView text, DigitScript script)
{
    return script == DigitScript::Persian ? toPersianDigits(text) : toAsciiDigits(text);
}

bool isAnyDigit(QChar c)
{
    return !asciiDigit(c).isNull();
}

QString formatGrouped(qint64 value, DigitScript script)
{
    const bool negative = value < 0;
    // Unsigned magnitude so that the minimum int64 does not overflow.
    const quint64 magnitude = negative ? 0 - static_cast<quint64>(value) : static_cast<quint64>(value);
    const QString digits = QString::number(magnitude);
    const QChar separator = script == DigitScript::Persian ? QChar(kArabicThousandsSeparator) : QChar(u',');

    QString grouped;
    grouped.reserve(digits.size() + digits.size() / 3 + 1);
    if (negative)
        grouped.append(u'-');
    for (qsizetype i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            grouped.append(separator);
        grouped.append(digits.at(i));
    }
    return localizeDigits(grouped, script);
}

} // namespace peyvand::text
