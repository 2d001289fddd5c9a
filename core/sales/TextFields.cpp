#include "TextFields.h"

#include "text/PersianText.h"

#include <QStringList>

namespace peyvand::sales {

QString normalizeMultiline(const QString& text)
{
    QStringList lines;
    QString unified = text;
    unified.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(u'\r', u'\n');
    for (const QString& line : unified.split(u'\n'))
        lines << text::normalizeForStorage(line);
    while (!lines.isEmpty() && lines.constFirst().isEmpty())
        lines.removeFirst();
    while (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines.join(u'\n');
}

} // namespace peyvand::sales
