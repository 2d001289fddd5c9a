#include "RenderFormat.h"

#include "text/AmountInWords.h"
#include "text/Digits.h"
#include "text/Jalali.h"

#include <algorithm>

namespace peyvand::documents {

namespace {

constexpr char16_t kArabicDecimalSeparator = u'\u066B';
constexpr char16_t kArabicPercentSign = u'\u066A';
constexpr char16_t kLeftToRightEmbedding = u'\u202A';
constexpr char16_t kRightToLeftEmbedding = u'\u202B';
constexpr char16_t kPopDirectionalFormatting = u'\u202C';

bool hasLatinLetter(const QString& text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isLetter() && c.unicode() < 0x0250; });
}

} // namespace

RenderFormat::RenderFormat(const RenderOptions& options)
    : m_labels(labelsFor(options.language))
    , m_persian(options.language == DocumentLanguage::Persian)
    , m_toman(options.displayToman)
{
}

QString RenderFormat::integer(qint64 value) const
{
    return text::formatGrouped(value, m_persian ? text::DigitScript::Persian : text::DigitScript::Latin);
}

QString RenderFormat::money(Money amount) const
{
    if (!m_toman)
        return integer(amount.rial());
    // Toman is Rial / 10 for display only; a remainder shows as one decimal.
    const qint64 whole = amount.rial() / 10;
    const qint64 tenth = amount.rial() % 10;
    QString text = integer(whole);
    if (tenth != 0) {
        if (whole == 0 && amount.isNegative())
            text.prepend(u'-');
        text += (m_persian ? QChar(kArabicDecimalSeparator) : QChar(u'.')) + digits(QString::number(qAbs(tenth)));
    }
    return text;
}

QString RenderFormat::decimal(const QString& asciiDecimal) const
{
    if (!m_persian)
        return asciiDecimal;
    QString text = text::toPersianDigits(asciiDecimal);
    text.replace(u'.', QChar(kArabicDecimalSeparator));
    return text;
}

QString RenderFormat::quantity(Quantity quantity) const { return decimal(quantity.toText()); }

QString RenderFormat::percent(BasisPoints rate) const
{
    const QString number = decimal(rate.toPercentText());
    return m_persian ? number + QChar(kArabicPercentSign) : number + u'%';
}

QString RenderFormat::date(QDate date) const
{
    if (!date.isValid())
        return {};
    if (m_persian)
        return text::jalali::formatNumeric(date, text::DigitScript::Persian);
    return date.toString(Qt::ISODate);
}

QString RenderFormat::digits(const QString& text) const
{
    return m_persian ? text::toPersianDigits(text) : text;
}

QString RenderFormat::identifier(const QString& text) const
{
    if (text.isEmpty())
        return {};
    return escapeHtml(leftToRight(hasLatinLetter(text) ? text : digits(text)));
}

QString RenderFormat::textDigits(const QString& text) const { return hasLatinLetter(text) ? text : digits(text); }

QString RenderFormat::userText(const QString& text) const
{
    if (text.isEmpty())
        return {};
    const QString shown = textDigits(text);
    const bool rtl = text.isRightToLeft();
    if (rtl == m_persian)
        return escapeHtml(shown);
    return escapeHtml(rtl ? rightToLeft(shown) : leftToRight(shown));
}

QString RenderFormat::unitName() const { return m_toman ? m_labels.toman : m_labels.rial; }

QString RenderFormat::amountInWords(Money amount) const
{
    const auto words = [this](qint64 value, const QString& unit) {
        if (m_persian) {
            text::AmountWordsStyle style;
            style.unit = unit;
            return text::amountInWords(value, style);
        }
        return text::amountInWordsEnglish(value, unit);
    };
    if (!m_toman)
        return words(amount.rial(), m_labels.rial);
    const qint64 whole = amount.rial() / 10;
    const qint64 rest = amount.rial() % 10;
    if (rest == 0)
        return words(whole, m_labels.toman);
    if (whole == 0)
        return words(rest, m_labels.rial);
    return m_labels.tomanAndRial.arg(words(whole, {}), words(qAbs(rest), {}));
}

QString RenderFormat::row(QStringList cells) const
{
    if (m_persian)
        std::reverse(cells.begin(), cells.end());
    return QStringLiteral("<tr>") + cells.join(QString()) + QStringLiteral("</tr>");
}

QString escapeHtml(const QString& text)
{
    QString html = text.toHtmlEscaped();
    html.replace(u'\n', QStringLiteral("<br>"));
    return html;
}

QString rightToLeft(const QString& text)
{
    if (text.isEmpty())
        return text;
    return QChar(kRightToLeftEmbedding) + text + QChar(kPopDirectionalFormatting);
}

QString leftToRight(const QString& text)
{
    if (text.isEmpty())
        return text;
    return QChar(kLeftToRightEmbedding) + text + QChar(kPopDirectionalFormatting);
}

} // namespace peyvand::documents
