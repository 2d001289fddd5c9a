#include "VCardProperty.h"

#include "Windows1256.h"

#include <QByteArray>

namespace peyvand::io {

namespace {

int hexValue(char16_t c)
{
    if (c >= u'0' && c <= u'9')
        return c - u'0';
    if (c >= u'A' && c <= u'F')
        return c - u'A' + 10;
    if (c >= u'a' && c <= u'f')
        return c - u'a' + 10;
    return -1;
}

QByteArray quotedPrintableBytes(QStringView value)
{
    QByteArray bytes;
    bytes.reserve(value.size());
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char16_t c = value[i].unicode();
        if (c == u'=' && i + 2 < value.size() && hexValue(value[i + 1].unicode()) >= 0
            && hexValue(value[i + 2].unicode()) >= 0) {
            bytes.append(char(hexValue(value[i + 1].unicode()) * 16 + hexValue(value[i + 2].unicode())));
            i += 2;
        } else if (c < 0x80) {
            bytes.append(char(c));
        } else {
            bytes.append(value.mid(i, 1).toUtf8());
        }
    }
    return bytes;
}

QString decodeCharset(const QByteArray& bytes, const QString& charset)
{
    const QString name = charset.toLower();
    if (name == u"windows-1256" || name == u"cp1256")
        return decodeWindows1256(bytes);
    if (name == u"iso-8859-1" || name == u"latin1" || name == u"us-ascii")
        return QString::fromLatin1(bytes);
    return QString::fromUtf8(bytes);
}

QString unquoted(QStringView value)
{
    QString out;
    out.reserve(value.size());
    for (const QChar c : value) {
        if (c != u'"')
            out.append(c);
    }
    return out;
}

// Splits at `separator` outside double quotes.
QList<QStringView> splitOutsideQuotes(QStringView text, QChar separator)
{
    QList<QStringView> parts;
    bool quoted = false;
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'"')
            quoted = !quoted;
        else if (!quoted && text[i] == separator) {
            parts.append(text.mid(start, i - start));
            start = i + 1;
        }
    }
    parts.append(text.mid(start));
    return parts;
}

// The ':' that ends the name and parameters (a quoted parameter value may
// hold one), or -1.
qsizetype valueColon(QStringView line)
{
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (line[i] == u'"')
            quoted = !quoted;
        else if (!quoted && line[i] == u':')
            return i;
    }
    return -1;
}

} // namespace

bool isQuotedPrintableLine(QStringView line)
{
    const qsizetype colon = valueColon(line);
    return colon > 0 && line.left(colon).contains(u"QUOTED-PRINTABLE", Qt::CaseInsensitive);
}

std::optional<VCardProperty> parseVCardProperty(QStringView line)
{
    const qsizetype colon = valueColon(line);
    if (colon <= 0)
        return std::nullopt;
    const QList<QStringView> head = splitOutsideQuotes(line.left(colon), u';');
    QStringView name = head.first().trimmed();
    if (const qsizetype dot = name.lastIndexOf(u'.'); dot >= 0)
        name = name.mid(dot + 1);
    if (name.isEmpty())
        return std::nullopt;

    VCardProperty property;
    property.name = name.toString().toUpper();
    QString charset;
    for (qsizetype k = 1; k < head.size(); ++k) {
        const QStringView param = head.at(k).trimmed();
        const qsizetype eq = param.indexOf(u'=');
        const QString key = (eq < 0 ? QStringView() : param.left(eq).trimmed()).toString().toUpper();
        const QString value = unquoted(eq < 0 ? param : param.mid(eq + 1).trimmed());
        if (eq < 0 || key == u"TYPE") {
            for (const QString& type : value.split(u',', Qt::SkipEmptyParts)) {
                const QString lower = type.trimmed().toLower();
                if (lower == u"quoted-printable")
                    property.quotedPrintable = true;
                else if (lower == u"pref")
                    property.preferred = true;
                else
                    property.types << lower;
            }
        } else if (key == u"PREF") {
            property.preferred = true;
        } else if (key == u"ENCODING") {
            property.quotedPrintable = value.compare(u"QUOTED-PRINTABLE", Qt::CaseInsensitive) == 0;
        } else if (key == u"CHARSET") {
            charset = value.trimmed();
        }
    }
    const QStringView value = line.mid(colon + 1);
    property.value = property.quotedPrintable ? decodeCharset(quotedPrintableBytes(value), charset) : value.toString();
    return property;
}

QString vCardText(QStringView value)
{
    QString out;
    out.reserve(value.size());
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value[i];
        if (c != u'\\' || i + 1 == value.size()) {
            out.append(c);
            continue;
        }
        const QChar e = value[i + 1];
        if (e == u'n' || e == u'N')
            out.append(u'\n');
        else if (e == u',' || e == u';' || e == u'\\')
            out.append(e);
        else {
            out.append(c);
            out.append(e);
        }
        ++i;
    }
    return out;
}

QStringList vCardComponents(QStringView value)
{
    QStringList parts;
    qsizetype start = 0;
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value[i] == u'\\') {
            ++i;
        } else if (value[i] == u';') {
            parts << vCardText(value.mid(start, i - start));
            start = i + 1;
        }
    }
    parts << vCardText(value.mid(start));
    return parts;
}

} // namespace peyvand::io
