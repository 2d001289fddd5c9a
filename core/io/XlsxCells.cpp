#include "XlsxCells.h"

#include <QDate>
#include <QLocale>
#include <cmath>

namespace peyvand::io::xlsx {

namespace {

constexpr int maxSheetColumns = 16384; // XFD
constexpr qint64 msPerDay = 86'400'000;

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    return -1;
}

// The code unit of an escape "_xHHHH_" starting at i, or -1.
int escapeAt(const QString& text, qsizetype i)
{
    if (i + 7 > text.size() || text.at(i) != u'_' || text.at(i + 1) != u'x' || text.at(i + 6) != u'_')
        return -1;
    int value = 0;
    for (int k = 2; k < 6; ++k) {
        const int h = hexValue(text.at(i + k));
        if (h < 0)
            return -1;
        value = value * 16 + h;
    }
    return value;
}

bool needsEscape(char16_t u)
{
    return (u < 0x20 && u != u'\t' && u != u'\n') || u == 0xFFFE || u == 0xFFFF;
}

QString formatNumber(double v)
{
    if (v == 0)
        return QStringLiteral("0");
    // What a spreadsheet shows: 15 significant digits, so 0.1 + 0.2 is 0.3.
    const double shown = QString::number(v, 'g', 15).toDouble();
    const double magnitude = std::fabs(shown);
    if (magnitude < 9.0e15 && shown == std::trunc(shown))
        return QString::number(qint64(shown));
    // Far beyond any ID or amount, digits would only pad zeros: 1e+300.
    if (magnitude >= 1.0e21 || magnitude < 1.0e-9)
        return QString::number(shown, 'g', QLocale::FloatingPointShortest);
    return QString::number(shown, 'f', QLocale::FloatingPointShortest);
}

QString twoDigits(qint64 n)
{
    return QStringLiteral("%1").arg(n, 2, 10, QLatin1Char('0'));
}

QString serialDate(qint64 days, bool date1904)
{
    QDate base;
    if (date1904) {
        if (days < 0)
            return {};
        base = QDate(1904, 1, 1);
    } else {
        // Serial 60 is 29 February 1900, a day that never was (kept by
        // spreadsheets for Lotus 1-2-3); later serials count one day too many.
        if (days < 1 || days == 60)
            return {};
        base = days < 60 ? QDate(1899, 12, 31) : QDate(1899, 12, 30);
    }
    const QDate date = base.addDays(days);
    if (!date.isValid() || date.year() > 9999)
        return {};
    return date.toString(Qt::ISODate);
}

} // namespace

NumberStyle builtinNumberStyle(int numFmtId)
{
    if ((numFmtId >= 14 && numFmtId <= 17) || numFmtId == 22)
        return NumberStyle::Date;
    if ((numFmtId >= 18 && numFmtId <= 21) || numFmtId == 45 || numFmtId == 47)
        return NumberStyle::Time;
    if (numFmtId == 46)
        return NumberStyle::Duration;
    return NumberStyle::Plain;
}

NumberStyle formatCodeStyle(QStringView code)
{
    bool date = false;
    bool month = false;
    bool time = false;
    bool elapsed = false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const char16_t c = QChar::toLower(code.at(i).unicode());
        if (c == u';')
            break;
        if (c == u'"') {
            const qsizetype close = code.indexOf(u'"', i + 1);
            i = close < 0 ? code.size() : close;
        } else if (c == u'\\' || c == u'_' || c == u'*') {
            ++i; // an escaped, padding or fill character
        } else if (c == u'[') {
            const qsizetype close = code.indexOf(u']', i + 1);
            const QStringView inside = code.mid(i + 1, close < 0 ? -1 : close - i - 1);
            if (!inside.isEmpty()
                && (inside.at(0) == u'h' || inside.at(0) == u'H' || inside.at(0) == u'm'
                    || inside.at(0) == u'M' || inside.at(0) == u's' || inside.at(0) == u'S'))
                elapsed = true;
            i = close < 0 ? code.size() : close;
        } else if (c == u'd' || c == u'y') {
            date = true;
        } else if (c == u'm') {
            month = true;
        } else if (c == u'h' || c == u's') {
            time = true;
        }
    }
    if (date || (month && !time && !elapsed))
        return NumberStyle::Date;
    if (elapsed)
        return NumberStyle::Duration;
    if (time || month)
        return NumberStyle::Time;
    return NumberStyle::Plain;
}

QString numberText(QStringView raw)
{
    const QStringView text = raw.trimmed();
    bool ok = false;
    const double v = text.toDouble(&ok);
    if (!ok || !std::isfinite(v))
        return text.toString();
    return formatNumber(v);
}

QString styledNumberText(QStringView raw, NumberStyle style, bool date1904)
{
    if (style == NumberStyle::Plain)
        return numberText(raw);
    bool ok = false;
    const double v = raw.trimmed().toDouble(&ok);
    // Beyond about 27,000 years every serial is out of the calendar anyway.
    if (!ok || !std::isfinite(v) || std::fabs(v) > 1.0e7)
        return numberText(raw);
    // Milliseconds first: 45000.99999999 is midnight, not the day before.
    const qint64 ms = std::llround(v * double(msPerDay));
    QString text;
    if (style == NumberStyle::Date) {
        const qint64 days = ms >= 0 ? ms / msPerDay : -((-ms + msPerDay - 1) / msPerDay);
        text = serialDate(days, date1904);
    } else if (ms >= 0) {
        const qint64 seconds = (ms + 500) / 1000;
        const qint64 ofDay = style == NumberStyle::Time ? seconds % 86400 : seconds;
        text = QStringLiteral("%1:%2:%3")
                   .arg(twoDigits(ofDay / 3600), twoDigits(ofDay / 60 % 60), twoDigits(ofDay % 60));
    }
    return text.isEmpty() ? numberText(raw) : text;
}

QString isoDateCellText(QStringView raw)
{
    const QStringView text = raw.trimmed();
    if (text.size() >= 10) {
        const QDate date = QDate::fromString(text.first(10).toString(), Qt::ISODate);
        if (date.isValid())
            return date.toString(Qt::ISODate);
    }
    return text.toString();
}

int columnOfReference(QStringView reference)
{
    int column = 0;
    qsizetype i = 0;
    for (; i < reference.size() && i < 4; ++i) {
        const char16_t c = reference.at(i).unicode();
        int letter = -1;
        if (c >= u'A' && c <= u'Z')
            letter = c - u'A';
        else if (c >= u'a' && c <= u'z')
            letter = c - u'a';
        else
            break;
        column = column * 26 + letter + 1;
    }
    if (i == 0 || column > maxSheetColumns)
        return -1;
    for (qsizetype k = i; k < reference.size(); ++k) {
        if (reference.at(k).unicode() < u'0' || reference.at(k).unicode() > u'9')
            return -1;
    }
    return column - 1;
}

QString columnLetters(int column)
{
    QString letters;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        letters.prepend(QChar(u'A' + (n - 1) % 26));
    return letters;
}

QString decodeEscapes(const QString& text)
{
    if (!text.contains(u"_x"))
        return text;
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size();) {
        const int code = escapeAt(text, i);
        if (code >= 0) {
            out += QChar(char16_t(code));
            i += 7;
        } else {
            out += text.at(i);
            ++i;
        }
    }
    return out;
}

QString encodeEscapes(const QString& text)
{
    bool plain = true;
    for (qsizetype i = 0; i < text.size() && plain; ++i)
        plain = !needsEscape(text.at(i).unicode()) && escapeAt(text, i) < 0;
    if (plain)
        return text;
    QString out;
    out.reserve(text.size() + 16);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t u = text.at(i).unicode();
        if (needsEscape(u) || (u == u'_' && escapeAt(text, i) >= 0))
            out += QStringLiteral("_x") + QString::number(uint(u), 16).toUpper().rightJustified(4, u'0')
                + u'_';
        else
            out += text.at(i);
    }
    return out;
}

} // namespace peyvand::io::xlsx
