#include "AmountInWords.h"

#include <QStringList>

#include <array>

namespace peyvand::text {

namespace {

QString fa(const char* utf8) { return QString::fromUtf8(utf8); }

const std::array<const char*, 20> kFaUnder20 = { "", "یک", "دو", "سه", "چهار", "پنج", "شش", "هفت", "هشت", "نه", "ده",
                                                 "یازده", "دوازده", "سیزده", "چهارده", "پانزده", "شانزده", "هفده", "هجده", "نوزده" };
const std::array<const char*, 10> kFaTens = { "", "", "بیست", "سی", "چهل", "پنجاه", "شصت", "هفتاد", "هشتاد", "نود" };
const std::array<const char*, 10> kFaHundreds = { "", "صد", "دویست", "سیصد", "چهارصد", "پانصد", "ششصد", "هفتصد", "هشتصد", "نهصد" };
const char* const kFaAnd = " و ";

constexpr quint64 kThousand = 1000;
constexpr quint64 kBillion = 1000000000;
constexpr quint64 kTrillion = 1000000000000;

// 1..999, parts joined with « و ».
QString persianGroup(int n, const AmountWordsStyle& style)
{
    QStringList parts;
    if (n >= 100)
        parts << (n / 100 == 1 && style.yeksad ? fa("یکصد") : fa(kFaHundreds[std::size_t(n / 100)]));
    const int rest = n % 100;
    if (rest >= 20) {
        parts << fa(kFaTens[std::size_t(rest / 10)]);
        if (rest % 10 != 0)
            parts << fa(kFaUnder20[std::size_t(rest % 10)]);
    } else if (rest > 0) {
        parts << fa(kFaUnder20[std::size_t(rest)]);
    }
    return parts.join(fa(kFaAnd));
}

// n ≥ 1. Below 10^12 (10^15 with trillions) the groups carry the scales
// هزار میلیون میلیارد (تریلیون); above, the leading part is itself written in
// words and followed by the largest scale: «یک هزار میلیارد».
QString persianWords(quint64 n, const AmountWordsStyle& style)
{
    const quint64 top = style.trillion ? kTrillion : kBillion;
    const QString topName = style.trillion ? fa("تریلیون") : fa("میلیارد");
    QStringList parts;
    if (n / top >= kThousand) {
        parts << persianWords(n / top, style) + u' ' + topName;
        n %= top;
    }
    const std::array<const char*, 5> scales = { "", "هزار", "میلیون", "میلیارد", "تریلیون" };
    QStringList groups;
    for (std::size_t scale = 0; n > 0; ++scale, n /= kThousand) {
        const int group = int(n % kThousand);
        if (group == 0)
            continue;
        if (scale == 0)
            groups.prepend(persianGroup(group, style));
        else if (scale == 1 && group == 1 && style.bareHezar)
            groups.prepend(fa(scales[1]));
        else
            groups.prepend(persianGroup(group, style) + u' ' + fa(scales[scale]));
    }
    parts << groups;
    return parts.join(fa(kFaAnd));
}

quint64 magnitude(qint64 amount)
{
    return amount < 0 ? 0 - static_cast<quint64>(amount) : static_cast<quint64>(amount);
}

QString withUnit(const QString& words, const QString& unit)
{
    return unit.isEmpty() ? words : words + u' ' + unit;
}

const std::array<const char*, 20> kEnUnder20 = { "", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                                                 "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
                                                 "seventeen", "eighteen", "nineteen" };
const std::array<const char*, 10> kEnTens = { "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety" };
const std::array<const char*, 7> kEnScales = { "", "thousand", "million", "billion", "trillion", "quadrillion", "quintillion" };

QString englishGroup(int n)
{
    QStringList parts;
    if (n >= 100)
        parts << QString::fromLatin1(kEnUnder20[std::size_t(n / 100)]) + QStringLiteral(" hundred");
    const int rest = n % 100;
    if (rest >= 20) {
        QString tens = QString::fromLatin1(kEnTens[std::size_t(rest / 10)]);
        if (rest % 10 != 0)
            tens += u'-' + QString::fromLatin1(kEnUnder20[std::size_t(rest % 10)]);
        parts << tens;
    } else if (rest > 0) {
        parts << QString::fromLatin1(kEnUnder20[std::size_t(rest)]);
    }
    return parts.join(u' ');
}

} // namespace

QString amountInWords(qint64 amount, const AmountWordsStyle& style)
{
    if (amount == 0)
        return withUnit(fa("صفر"), style.unit);
    const QString words = persianWords(magnitude(amount), style);
    return withUnit(amount < 0 ? fa("منفی ") + words : words, style.unit);
}

QString amountInWordsEnglish(qint64 amount, const QString& unit)
{
    if (amount == 0)
        return withUnit(QStringLiteral("zero"), unit);
    QStringList groups;
    quint64 n = magnitude(amount);
    for (std::size_t scale = 0; n > 0; ++scale, n /= kThousand) {
        const int group = int(n % kThousand);
        if (group == 0)
            continue;
        QString words = englishGroup(group);
        if (scale > 0)
            words += u' ' + QString::fromLatin1(kEnScales[scale]);
        groups.prepend(words);
    }
    const QString words = groups.join(u' ');
    return withUnit(amount < 0 ? QStringLiteral("minus ") + words : words, unit);
}

} // namespace peyvand::text
