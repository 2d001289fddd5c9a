#include "IcsExport.h"

namespace peyvand::tasks {

namespace {

constexpr qsizetype kMaxLineOctets = 75;

// "20250321T063000Z": the UTC form of DATE-TIME (RFC 5545 §3.3.5).
QByteArray utcStamp(const QDateTime& at)
{
    return at.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
}

// A TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and line
// breaks escaped; other control characters, which TEXT cannot hold, dropped.
QByteArray escapeText(const QString& text)
{
    QString flat = text;
    flat.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    flat.replace(u'\r', u'\n');
    QString out;
    out.reserve(flat.size() + 8);
    for (const QChar c : std::as_const(flat)) {
        switch (c.unicode()) {
        case u'\\':
            out += QStringLiteral("\\\\");
            break;
        case u';':
            out += QStringLiteral("\\;");
            break;
        case u',':
            out += QStringLiteral("\\,");
            break;
        case u'\n':
            out += QStringLiteral("\\n");
            break;
        default:
            if ((c.unicode() < 0x20 && c != u'\t') || c.unicode() == 0x7f)
                break;
            out += c;
        }
    }
    return out.toUtf8();
}

// Writes one content line folded at 75 octets (RFC 5545 §3.1): each
// continuation starts with a space, and no cut falls inside a UTF-8 sequence.
void appendLine(QByteArray& out, const QByteArray& line)
{
    qsizetype pos = 0;
    bool first = true;
    for (;;) {
        const qsizetype room = first ? kMaxLineOctets : kMaxLineOctets - 1;
        if (!first)
            out += ' ';
        if (line.size() - pos <= room) {
            out.append(line.constData() + pos, line.size() - pos);
            out += "\r\n";
            return;
        }
        qsizetype cut = pos + room;
        while (cut > pos && (static_cast<uchar>(line.at(cut)) & 0xC0) == 0x80)
            --cut; // back to the first byte of the sequence
        out.append(line.constData() + pos, cut - pos);
        out += "\r\n";
        pos = cut;
        first = false;
    }
}

void appendProperty(QByteArray& out, const char* name, const QByteArray& value)
{
    appendLine(out, QByteArray(name) + ':' + value);
}

QString summaryOf(const Task& task)
{
    if (task.subjectName.isEmpty())
        return task.title;
    return task.title + QStringLiteral(" \u2014 ") + task.subjectName;
}

void appendEvent(QByteArray& out, const Task& task, const QDateTime& stampUtc)
{
    const QByteArray summary = escapeText(summaryOf(task));
    appendLine(out, "BEGIN:VEVENT");
    appendProperty(out, "UID", "task-" + QByteArray::number(task.id) + "@peyvand");
    // DTSTAMP is required; without a stamp from the caller the due time stands in.
    appendProperty(out, "DTSTAMP", utcStamp(stampUtc.isValid() ? stampUtc : task.dueAt));
    appendProperty(out, "DTSTART", utcStamp(task.dueAt));
    appendProperty(out, "DURATION", "PT30M");
    appendProperty(out, "SUMMARY", summary);
    if (!task.notes.isEmpty())
        appendProperty(out, "DESCRIPTION", escapeText(task.notes));
    appendProperty(out, "STATUS", "CONFIRMED");
    appendLine(out, "BEGIN:VALARM");
    appendProperty(out, "ACTION", "DISPLAY");
    appendProperty(out, "TRIGGER", "-PT15M");
    appendProperty(out, "DESCRIPTION", summary);
    appendLine(out, "END:VALARM");
    appendLine(out, "END:VEVENT");
}

} // namespace

QByteArray toIcs(const QList<Task>& tasks, const QDateTime& stampUtc)
{
    QByteArray out;
    appendLine(out, "BEGIN:VCALENDAR");
    appendProperty(out, "VERSION", "2.0");
    appendProperty(out, "PRODID", "-//Peyvand//Peyvand CRM//EN");
    appendProperty(out, "CALSCALE", "GREGORIAN");
    for (const Task& task : tasks) {
        if (task.dueAt.isValid()) // DTSTART is required: a task without a time has no event
            appendEvent(out, task, stampUtc);
    }
    appendLine(out, "END:VCALENDAR");
    return out;
}

} // namespace peyvand::tasks
