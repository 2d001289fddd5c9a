#include "TaskFixture.h"

#include "tasks/IcsExport.h"

#include <QStringDecoder>

using namespace peyvand;
using namespace peyvand::tasks;
using namespace peyvand::test;

namespace {

const QDateTime kStamp = utc(2025, 3, 21, 8, 0, 5);

Task task(qint64 id, const QString& title, const QDateTime& due = utc(2025, 3, 22, 6, 30))
{
    Task t;
    t.id = id;
    t.title = title;
    t.dueAt = due;
    return t;
}

QList<QByteArray> physicalLines(const QByteArray& ics)
{
    QList<QByteArray> lines = ics.split('\n');
    REQUIRE(lines.last().isEmpty()); // ends with a line break
    lines.removeLast();
    for (QByteArray& line : lines) {
        REQUIRE(line.endsWith('\r'));
        line.chop(1);
    }
    return lines;
}

// RFC 5545 §3.1: a line break followed by one space or tab is removed.
QList<QByteArray> contentLines(const QByteArray& ics)
{
    QByteArray unfolded = ics;
    unfolded.replace("\r\n ", "");
    unfolded.replace("\r\n\t", "");
    return physicalLines(unfolded);
}

bool validUtf8(const QByteArray& bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringConverter::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    return !decoder.hasError() && !text.contains(QChar::ReplacementCharacter);
}

// The unescaped TEXT value of the first content line with this name.
QString valueOf(const QByteArray& ics, const char* name, int occurrence = 0)
{
    const QByteArray prefix = QByteArray(name) + ':';
    for (const QByteArray& line : contentLines(ics)) {
        if (!line.startsWith(prefix) || occurrence-- > 0)
            continue;
        const QString raw = QString::fromUtf8(line.mid(prefix.size()));
        QString out;
        for (qsizetype i = 0; i < raw.size(); ++i) {
            if (raw.at(i) != u'\\' || i + 1 == raw.size()) {
                out += raw.at(i);
                continue;
            }
            const QChar next = raw.at(++i);
            out += (next == u'n' || next == u'N') ? QChar(u'\n') : next;
        }
        return out;
    }
    return QStringLiteral("<missing>");
}

int countOf(const QByteArray& ics, const QByteArray& line)
{
    return int(contentLines(ics).count(line));
}

} // namespace

TEST_CASE("An empty list is a valid empty calendar", "[tasks][ics]")
{
    const QByteArray ics = toIcs({}, kStamp);
    CHECK(ics
          == QByteArray("BEGIN:VCALENDAR\r\n"
                        "VERSION:2.0\r\n"
                        "PRODID:-//Peyvand//Peyvand CRM//EN\r\n"
                        "CALSCALE:GREGORIAN\r\n"
                        "END:VCALENDAR\r\n"));
}

TEST_CASE("One task is one event with a 15-minute alarm", "[tasks][ics]")
{
    Task t = task(7, QStringLiteral("Call back"));
    t.subjectName = QStringLiteral("Acme");
    t.notes = QStringLiteral("Ask about the quote");
    const QByteArray ics = toIcs({ t }, kStamp);
    CHECK(ics
          == QByteArray("BEGIN:VCALENDAR\r\n"
                        "VERSION:2.0\r\n"
                        "PRODID:-//Peyvand//Peyvand CRM//EN\r\n"
                        "CALSCALE:GREGORIAN\r\n"
                        "BEGIN:VEVENT\r\n"
                        "UID:task-7@peyvand\r\n"
                        "DTSTAMP:20250321T080005Z\r\n"
                        "DTSTART:20250322T063000Z\r\n"
                        "DURATION:PT30M\r\n"
                        "SUMMARY:Call back \xE2\x80\x94 Acme\r\n"
                        "DESCRIPTION:Ask about the quote\r\n"
                        "STATUS:CONFIRMED\r\n"
                        "BEGIN:VALARM\r\n"
                        "ACTION:DISPLAY\r\n"
                        "TRIGGER:-PT15M\r\n"
                        "DESCRIPTION:Call back \xE2\x80\x94 Acme\r\n"
                        "END:VALARM\r\n"
                        "END:VEVENT\r\n"
                        "END:VCALENDAR\r\n"));
}

TEST_CASE("Times are written in UTC whatever the input's zone", "[tasks][ics]")
{
    const QDateTime tehran(QDate(2025, 3, 22), QTime(10, 0), QTimeZone(12600));
    const QDateTime stamp(QDate(2025, 3, 21), QTime(11, 30, 5), QTimeZone(12600));
    const QByteArray ics = toIcs({ task(1, QStringLiteral("x"), tehran) }, stamp);
    CHECK(countOf(ics, "DTSTART:20250322T063000Z") == 1);
    CHECK(countOf(ics, "DTSTAMP:20250321T080005Z") == 1);
}

TEST_CASE("No description without notes, a summary without subject is the title", "[tasks][ics]")
{
    const QByteArray ics = toIcs({ task(3, QStringLiteral("Plain")) }, kStamp);
    CHECK(valueOf(ics, "SUMMARY") == QStringLiteral("Plain"));
    // Only the alarm's description.
    CHECK(contentLines(ics).indexOf("DESCRIPTION:Plain") > contentLines(ics).indexOf("BEGIN:VALARM"));
    int descriptions = 0;
    for (const QByteArray& line : contentLines(ics))
        descriptions += line.startsWith("DESCRIPTION:") ? 1 : 0;
    CHECK(descriptions == 1);
}

TEST_CASE("TEXT values are escaped", "[tasks][ics]")
{
    Task t = task(4, QStringLiteral("a,b;c\\d"));
    t.subjectName = QStringLiteral("Smith, Jones; Co");
    t.notes = QStringLiteral("line 1\nline 2\r\nline 3\rline 4\x01\x7f\tend");
    const QByteArray ics = toIcs({ t }, kStamp);
    const QList<QByteArray> lines = contentLines(ics);
    CHECK(lines.contains(QByteArray("SUMMARY:a\\,b\\;c\\\\d \xE2\x80\x94 Smith\\, Jones\\; Co")));
    CHECK(lines.contains(QByteArray("DESCRIPTION:line 1\\nline 2\\nline 3\\nline 4\tend")));
    // Round trip through an unescaper.
    CHECK(valueOf(ics, "SUMMARY") == QStringLiteral("a,b;c\\d \u2014 Smith, Jones; Co"));
    CHECK(valueOf(ics, "DESCRIPTION") == QStringLiteral("line 1\nline 2\nline 3\nline 4\tend"));
    // No bare line breaks anywhere.
    QByteArray withoutCrlf = ics;
    withoutCrlf.replace("\r\n", "");
    CHECK_FALSE(withoutCrlf.contains('\n'));
    CHECK_FALSE(withoutCrlf.contains('\r'));
}

TEST_CASE("Long Persian text folds at 75 octets without splitting a character", "[tasks][ics]")
{
    const QString title = u8("پیگیری پیش‌فاکتور شمارهٔ ۱۴۰۳-۱۲۷ برای شرکت بازرگانی آسمان آبی پارس و هماهنگی جلسهٔ "
                             "نمایش محصول با مدیر فروش در دفتر مرکزی تهران، خیابان ولیعصر");
    const QString notes = u8("یادداشت: ") + title + u8("\nخط دوم با ایموجی 📞📞📞 و متن لاتین mixed text; semicolons, commas\\");
    Task t = task(12, title);
    t.subjectName = u8("شرکت بازرگانی آسمان آبی پارس");
    t.notes = notes;
    const QByteArray ics = toIcs({ t }, kStamp);

    int folded = 0;
    for (const QByteArray& line : physicalLines(ics)) {
        INFO(line.toStdString());
        CHECK(line.size() <= 75);
        CHECK(validUtf8(line)); // every physical line decodes on its own
        if (line.startsWith(' ')) {
            ++folded;
            CHECK(line.size() > 1);
        }
    }
    CHECK(folded > 5);
    CHECK(validUtf8(ics));
    CHECK(valueOf(ics, "SUMMARY") == title + u8(" — شرکت بازرگانی آسمان آبی پارس"));
    CHECK(valueOf(ics, "DESCRIPTION") == notes);
    CHECK(valueOf(ics, "DESCRIPTION", 1) == title + u8(" — شرکت بازرگانی آسمان آبی پارس")); // the alarm's
}

TEST_CASE("Folding boundaries", "[tasks][ics]")
{
    // "SUMMARY:" is 8 octets: a 67-octet title makes a 75-octet line.
    SECTION("exactly 75 octets stays on one line")
    {
        const QByteArray ics = toIcs({ task(1, QString(67, u'x')) }, kStamp);
        CHECK(ics.contains("SUMMARY:" + QByteArray(67, 'x') + "\r\nSTATUS:CONFIRMED\r\n"));
    }
    SECTION("76 octets fold into 75 and one")
    {
        const QByteArray ics = toIcs({ task(1, QString(68, u'x')) }, kStamp);
        CHECK(ics.contains("SUMMARY:" + QByteArray(67, 'x') + "\r\n x\r\n"));
    }
    SECTION("continuations carry 74 octets after their space")
    {
        const QByteArray ics = toIcs({ task(1, QString(67 + 74 + 1, u'y')) }, kStamp);
        CHECK(ics.contains("SUMMARY:" + QByteArray(67, 'y') + "\r\n " + QByteArray(74, 'y') + "\r\n y\r\n"));
    }
    SECTION("a two-octet letter straddling the limit moves to the next line")
    {
        // 66 ASCII octets + "ب" (2 octets) would end at octet 76.
        const QString title = QString(66, u'x') + u8("بب");
        const QByteArray ics = toIcs({ task(1, title) }, kStamp);
        CHECK(ics.contains("SUMMARY:" + QByteArray(66, 'x') + "\r\n " + u8("بب").toUtf8() + "\r\n"));
    }
    SECTION("a four-octet emoji is never split")
    {
        for (int pad = 60; pad <= 70; ++pad) {
            const QString title = QString(pad, u'x') + u8("📞📞📞");
            const QByteArray ics = toIcs({ task(1, title) }, kStamp);
            for (const QByteArray& line : physicalLines(ics)) {
                CHECK(line.size() <= 75);
                CHECK(validUtf8(line));
            }
            CHECK(valueOf(ics, "SUMMARY") == title);
        }
    }
}

TEST_CASE("UIDs are stable per task", "[tasks][ics]")
{
    const QList<Task> list { task(1, QStringLiteral("a")), task(22, QStringLiteral("b")), task(333, QStringLiteral("c")) };
    const QByteArray first = toIcs(list, kStamp);
    CHECK(toIcs(list, kStamp) == first); // same input, same bytes
    CHECK(countOf(first, "UID:task-1@peyvand") == 1);
    CHECK(countOf(first, "UID:task-22@peyvand") == 1);
    CHECK(countOf(first, "UID:task-333@peyvand") == 1);
    CHECK(countOf(first, "BEGIN:VEVENT") == 3);
    CHECK(countOf(first, "END:VEVENT") == 3);
    CHECK(countOf(first, "BEGIN:VALARM") == 3);

    // A later export of the edited task keeps its UID; only DTSTAMP and the edit change.
    QList<Task> edited = list;
    edited[1].title = QStringLiteral("b, renamed");
    const QByteArray later = toIcs(edited, kStamp.addDays(1));
    CHECK(countOf(later, "UID:task-22@peyvand") == 1);
    CHECK(countOf(later, "DTSTAMP:20250322T080005Z") == 3);
    CHECK(valueOf(later, "SUMMARY", 1) == QStringLiteral("b, renamed"));
}

TEST_CASE("A task without a due time has no event", "[tasks][ics]")
{
    const QByteArray ics = toIcs({ task(1, QStringLiteral("a"), QDateTime()), task(2, QStringLiteral("b")) }, kStamp);
    CHECK(countOf(ics, "BEGIN:VEVENT") == 1);
    CHECK(countOf(ics, "UID:task-2@peyvand") == 1);
}

TEST_CASE("Exporting stored tasks", "[tasks][ics]")
{
    TaskFixture f;
    const qint64 customer = f.customer(u8("شرکت پارس"));
    f.add(u8("تماس"), utc(2025, 3, 23, 6, 30), Subject::Customer, customer);
    f.add(QStringLiteral("first"), utc(2025, 3, 22, 6, 30));
    auto all = f.tasks->all();
    REQUIRE(all);
    const QByteArray ics = toIcs(*all, f.clock.nowUtc());
    const QList<QByteArray> lines = contentLines(ics);
    const qsizetype first = lines.indexOf("SUMMARY:first");
    const qsizetype second = lines.indexOf(u8("SUMMARY:تماس — شرکت پارس").toUtf8());
    CHECK(first > 0);
    CHECK(second > first); // by due time
    CHECK(countOf(ics, "DTSTART:20250323T063000Z") == 1);
    CHECK(countOf(ics, "DTSTAMP:20250321T080000Z") == 2);
}
