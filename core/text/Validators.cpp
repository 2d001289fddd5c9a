#include "Validators.h"

#include "PersianText.h"

#include <QCoreApplication>
#include <QStringTokenizer>

#include <array>

namespace peyvand::text {

namespace {

struct ValidatorsText {
    Q_DECLARE_TR_FUNCTIONS(Validators)
};

bool isSeparator(QChar c)
{
    const char16_t u = c.unicode();
    return c.isSpace() || u == u'-' || (u >= 0x2010 && u <= 0x2015) || u == 0x2212;
}

// Storage form (ASCII digits, no bidi marks), then spaces and dashes removed.
QString compact(QStringView text)
{
    QString out = normalizeForStorage(text);
    out.removeIf(isSeparator);
    return out;
}

bool allAsciiDigits(QStringView s)
{
    for (const QChar c : s) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

int digitAt(QStringView s, qsizetype i)
{
    return s.at(i).unicode() - u'0';
}

bool nationalIdChecksumOk(QStringView d)
{
    int sum = 0;
    for (int i = 0; i < 9; ++i)
        sum += digitAt(d, i) * (10 - i);
    const int r = sum % 11;
    const int check = digitAt(d, 9);
    return r < 2 ? check == r : check == 11 - r;
}

bool legalIdChecksumOk(QStringView d)
{
    constexpr std::array<int, 5> weights = { 29, 27, 23, 19, 17 };
    const int k = digitAt(d, 9) + 2;
    int sum = 0;
    for (int i = 0; i < 10; ++i)
        sum += (digitAt(d, i) + k) * weights[std::size_t(i % 5)];
    int r = sum % 11;
    if (r == 10)
        r = 0;
    return r == digitAt(d, 10);
}

// The messages one identifier check needs, so the national-ID and legal-ID
// rules can also speak as "economic code".
struct IdMessages {
    const char* repeated;
    const char* badChecksum;
};

Result<QString> checkNationalId(const QString& digits, const QString& field, const IdMessages& messages)
{
    bool identical = true;
    for (const QChar c : digits)
        identical = identical && c == digits.front();
    if (identical)
        return Error::invalid(field, ValidatorsText::tr(messages.repeated));
    bool zeroMiddle = true;
    for (qsizetype i = 3; i <= 8; ++i)
        zeroMiddle = zeroMiddle && digits.at(i) == u'0';
    if (zeroMiddle || !nationalIdChecksumOk(digits))
        return Error::invalid(field, ValidatorsText::tr(messages.badChecksum));
    return digits;
}

Result<QString> checkLegalId(const QString& digits, const QString& field, const char* badChecksum)
{
    if (!legalIdChecksumOk(digits))
        return Error::invalid(field, ValidatorsText::tr(badChecksum));
    return digits;
}

bool isKnownOperator(QStringView canonical)
{
    // canonical is "09" + 9 digits; the operator code is digits 2..3.
    const int code = digitAt(canonical, 2) * 10 + digitAt(canonical, 3);
    return (code >= 0 && code <= 5)       // 0900–0905 Irancell
        || (code >= 10 && code <= 19)     // 0910–0919 MCI
        || (code >= 20 && code <= 22)     // 0920–0922 Rightel
        || (code >= 30 && code <= 39)     // 0930–0939 Irancell, Taliya, MCI (Kish), …
        || code == 41                     // 0941 Irancell
        || (code >= 90 && code <= 99);    // 0990–0999 MCI, Shatel, others
}

bool postalPatternOk(QStringView d)
{
    // ^(?!(\d)\1{3})[13-9]{5}\d{5}$
    if (d.at(0) == d.at(1) && d.at(1) == d.at(2) && d.at(2) == d.at(3))
        return false;
    for (qsizetype i = 0; i < 5; ++i) {
        if (d.at(i) == u'0' || d.at(i) == u'2')
            return false;
    }
    return true;
}

bool luhnOk(QStringView d)
{
    int sum = 0;
    for (qsizetype i = 0; i < d.size(); ++i) {
        int v = digitAt(d, d.size() - 1 - i);
        if (i % 2 == 1) {
            v *= 2;
            if (v > 9)
                v -= 9;
        }
        sum += v;
    }
    return sum % 10 == 0;
}

} // namespace

Result<QString> normalizeNationalId(QStringView text, const QString& field)
{
    QString digits = compact(text);
    if (!allAsciiDigits(digits))
        return Error::invalid(field, ValidatorsText::tr("The national ID may contain digits only."));
    if (digits.size() == 8 || digits.size() == 9)
        digits = digits.rightJustified(10, u'0');
    if (digits.size() != 10)
        return Error::invalid(field, ValidatorsText::tr("The national ID must have 10 digits."));
    return checkNationalId(digits, field,
                           { QT_TRANSLATE_NOOP("Validators", "The national ID cannot be one digit repeated ten times."),
                             QT_TRANSLATE_NOOP("Validators", "The national ID is not valid: its check digit does not match.") });
}

Result<QString> normalizeLegalId(QStringView text, const QString& field)
{
    const QString digits = compact(text);
    if (!allAsciiDigits(digits))
        return Error::invalid(field, ValidatorsText::tr("The legal entity national ID may contain digits only."));
    if (digits.size() != 11)
        return Error::invalid(field, ValidatorsText::tr("The legal entity national ID must have 11 digits."));
    return checkLegalId(digits, field,
                        QT_TRANSLATE_NOOP("Validators", "The legal entity national ID is not valid: its check digit does not match."));
}

Result<QString> normalizeEconomicCode(QStringView text, const QString& field)
{
    const QString digits = compact(text);
    if (!allAsciiDigits(digits))
        return Error::invalid(field, ValidatorsText::tr("The economic code may contain digits only."));
    const char* badChecksum = QT_TRANSLATE_NOOP("Validators", "The economic code is not valid: its check digit does not match.");
    switch (digits.size()) {
    case 10:
        return checkNationalId(digits, field, { badChecksum, badChecksum });
    case 11:
        return checkLegalId(digits, field, badChecksum);
    case 12:
    case 14:
        return digits;
    default:
        return Error::invalid(field, ValidatorsText::tr("The economic code must have 10, 11, 12 or 14 digits."));
    }
}

Result<MobileNumber> normalizeMobile(QStringView text, const QString& field)
{
    QString s = compact(text);
    s.remove(u'(');
    s.remove(u')');
    const auto bad = [&] {
        return Error::invalid(field, ValidatorsText::tr("The mobile number must be 11 digits starting with 09 (or +98 9…)."));
    };
    if (s.size() < 10)
        return bad();
    const QStringView national = QStringView(s).right(10);
    const QStringView prefix = QStringView(s).left(s.size() - 10);
    static const QStringList allowed = { QString(), QStringLiteral("0"), QStringLiteral("98"), QStringLiteral("+98"),
                                         QStringLiteral("0098"), QStringLiteral("980"), QStringLiteral("+980"),
                                         QStringLiteral("00980") };
    if (!allowed.contains(prefix) || !allAsciiDigits(national) || national.front() != u'9')
        return bad();
    MobileNumber mobile;
    if (prefix == u"0") {
        mobile.canonical = s; // already 0 and the national number
    } else {
        mobile.canonical.reserve(1 + national.size());
        mobile.canonical.append(u'0').append(national);
    }
    mobile.knownOperator = isKnownOperator(mobile.canonical);
    return mobile;
}

Result<PostalCode> normalizePostalCode(QStringView text, const QString& field)
{
    const QString digits = compact(text);
    if (!allAsciiDigits(digits))
        return Error::invalid(field, ValidatorsText::tr("The postal code may contain digits only."));
    if (digits.size() != 10)
        return Error::invalid(field, ValidatorsText::tr("The postal code must have 10 digits."));
    return PostalCode { digits, postalPatternOk(digits) };
}

Result<QString> normalizeSheba(QStringView text, const QString& field)
{
    QString s = compact(text).toUpper();
    if (s.size() == 24 && allAsciiDigits(s))
        s.prepend(QStringLiteral("IR")); // pasted without the country code
    if (!s.startsWith(QStringLiteral("IR")) || s.size() != 26 || !allAsciiDigits(QStringView(s).mid(2)))
        return Error::invalid(field, ValidatorsText::tr("The Sheba number must be IR followed by 24 digits."));
    // Move "IR##" to the end, with I = 18 and R = 27, and take the number mod 97.
    const QString rearranged = s.mid(4) + QStringLiteral("1827") + s.mid(2, 2);
    int remainder = 0;
    for (const QChar c : rearranged)
        remainder = (remainder * 10 + (c.unicode() - u'0')) % 97;
    if (remainder != 1)
        return Error::invalid(field, ValidatorsText::tr("The Sheba number is not valid: its check digits do not match."));
    return s;
}

Result<QString> normalizeCardNumber(QStringView text, const QString& field)
{
    const QString digits = compact(text);
    if (!allAsciiDigits(digits))
        return Error::invalid(field, ValidatorsText::tr("The card number may contain digits only."));
    if (digits.size() != 16)
        return Error::invalid(field, ValidatorsText::tr("The card number must have 16 digits."));
    if (!luhnOk(digits))
        return Error::invalid(field, ValidatorsText::tr("The card number is not valid: its check digit does not match."));
    return digits;
}

QString maskCardNumber(QStringView digits16)
{
    const QString digits = digitsOnly(digits16);
    if (digits.size() < 10)
        return QString(digits.size(), u'*');
    return digits.left(6) + QString(digits.size() - 10, u'*') + digits.right(4);
}

Result<QString> normalizePhone(QStringView text, const QString& field)
{
    QString s = compact(text);
    s.removeIf([](QChar c) { return c == u'(' || c == u')' || c == u'.' || c == u'/'; });
    const bool plus = s.startsWith(u'+');
    const QStringView digits = QStringView(s).mid(plus ? 1 : 0);
    if (!allAsciiDigits(digits))
        return Error::invalid(field, ValidatorsText::tr("The phone number may contain digits only."));
    if (digits.size() < 4 || digits.size() > 15)
        return Error::invalid(field, ValidatorsText::tr("The phone number must have 4 to 15 digits."));
    return s;
}

Result<QString> normalizeEmail(QStringView text, const QString& field)
{
    const QString s = normalizeForStorage(text);
    const auto bad = [&] { return Error::invalid(field, ValidatorsText::tr("The email address is not valid (expected name@example.com).")); };
    if (s.size() > 254 || s.contains(u' ') || s.count(u'@') != 1)
        return bad();
    const qsizetype at = s.indexOf(u'@');
    const QStringView local = QStringView(s).left(at);
    const QString domain = s.mid(at + 1).toLower();
    if (local.isEmpty() || local.size() > 64 || !domain.contains(u'.'))
        return bad();
    for (const QStringView label : qTokenize(domain, u'.')) {
        if (label.isEmpty())
            return bad();
    }
    if (QStringView(s).mid(at + 1) == domain)
        return s;
    return s.left(at) + u'@' + domain;
}

} // namespace peyvand::text
