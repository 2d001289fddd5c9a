#include "VCardWriter.h"

namespace peyvand::exchange {

namespace {

QString escaped(const QString& value)
{
    QString out;
    out.reserve(value.size());
    for (QChar c : value) {
        switch (c.unicode()) {
        case u'\\': out += QStringLiteral("\\\\"); break;
        case u',': out += QStringLiteral("\\,"); break;
        case u';': out += QStringLiteral("\\;"); break;
        case u'\n': out += QStringLiteral("\\n"); break;
        case u'\r': break;
        default: out += c;
        }
    }
    return out;
}

// Folds at 75 octets: CRLF and one space start each continuation line.
void appendLine(QByteArray& out, const QString& line)
{
    const QByteArray utf8 = line.toUtf8();
    qsizetype start = 0;
    qsizetype limit = 75;
    while (utf8.size() - start > limit) {
        qsizetype cut = start + limit;
        while (cut > start && (uchar(utf8.at(cut)) & 0xC0) == 0x80)
            --cut; // not inside a UTF-8 sequence
        out += utf8.mid(start, cut - start);
        out += "\r\n ";
        start = cut;
        limit = 74; // the leading space counts
    }
    out += utf8.mid(start);
    out += "\r\n";
}

} // namespace

QByteArray vCardOf(const ExportRecord& record)
{
    const customers::Customer& c = record.customer;
    QByteArray out;
    appendLine(out, QStringLiteral("BEGIN:VCARD"));
    appendLine(out, QStringLiteral("VERSION:3.0"));
    appendLine(out, QStringLiteral("FN:") + escaped(c.name));
    appendLine(out, QStringLiteral("N:") + escaped(c.name) + QStringLiteral(";;;;"));
    if (c.kind == customers::CustomerKind::Company)
        appendLine(out, QStringLiteral("ORG:") + escaped(c.name));
    else if (!c.company.isEmpty())
        appendLine(out, QStringLiteral("ORG:") + escaped(c.company));
    if (!c.mobile.isEmpty())
        appendLine(out, QStringLiteral("TEL;TYPE=CELL:") + escaped(c.mobile));
    for (const QString& phone : c.otherPhones)
        appendLine(out, QStringLiteral("TEL;TYPE=VOICE:") + escaped(phone));
    if (!c.email.isEmpty())
        appendLine(out, QStringLiteral("EMAIL;TYPE=INTERNET:") + escaped(c.email));
    if (!c.address.isEmpty() || !c.city.isEmpty() || !c.province.isEmpty() || !c.postalCode.isEmpty()) {
        appendLine(out, QStringLiteral("ADR:;;%1;%2;%3;%4;")
                            .arg(escaped(c.address), escaped(c.city), escaped(c.province), escaped(c.postalCode)));
    }
    if (!c.website.isEmpty())
        appendLine(out, QStringLiteral("URL:") + escaped(c.website));
    if (!c.tags.isEmpty()) {
        QStringList tags;
        for (const QString& tag : c.tags)
            tags << escaped(tag);
        appendLine(out, QStringLiteral("CATEGORIES:") + tags.join(u','));
    }
    if (!record.notes.isEmpty())
        appendLine(out, QStringLiteral("NOTE:") + escaped(record.notes.join(QStringLiteral("\n\n"))));
    appendLine(out, QStringLiteral("END:VCARD"));
    return out;
}

} // namespace peyvand::exchange
