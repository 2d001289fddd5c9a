#include "Display.h"

#include "text/Jalali.h"

#include <QGuiApplication>
#include <QLocale>

namespace peyvand::ui {

bool Display::persian()
{
    return QLocale().language() == QLocale::Persian;
}

text::DigitScript Display::digitScript()
{
    return persian() ? text::DigitScript::Persian : text::DigitScript::Latin;
}

QString Display::digits(QStringView value)
{
    return text::localizeDigits(value, digitScript());
}

QString Display::decimal(QStringView text)
{
    QString shown = digits(text);
    if (persian())
        shown.replace(QLatin1Char('.'), QChar(0x066B)); // ARABIC DECIMAL SEPARATOR
    return shown;
}

QString Display::number(qint64 value)
{
    return text::formatGrouped(value, digitScript());
}

QString Display::date(QDate value)
{
    if (!value.isValid())
        return {};
    const QString jalali = text::jalali::formatNumeric(value, digitScript());
    if (persian())
        return jalali;
    return tr("%1 (%2)", "Jalali date followed by the Gregorian date")
        .arg(jalali, value.toString(Qt::ISODate));
}

QString Display::dateTime(const QDateTime& utc)
{
    if (!utc.isValid())
        return {};
    const QDateTime local = utc.toLocalTime();
    const QString time = digits(local.time().toString(QStringLiteral("HH:mm")));
    return tr("%1 %2", "date followed by the time of day").arg(date(local.date()), time);
}

QString Display::list(const QStringList& items)
{
    return items.join(listSeparator());
}

QString Display::isolatedList(const QStringList& items)
{
    QStringList isolated;
    isolated.reserve(items.size());
    for (const QString& item : items)
        isolated << isolate(item);
    if (isolated.isEmpty())
        return {};
    // A leading mark of the layout's direction: views guess a paragraph's
    // direction from its first strong letter, which may be inside an item.
    const QChar mark = QGuiApplication::layoutDirection() == Qt::RightToLeft ? QChar(0x200F) : QChar(0x200E);
    return mark + isolated.join(listSeparator());
}

QString Display::isolate(const QString& text)
{
    if (text.isEmpty())
        return text;
    return QChar(0x2068) + text + QChar(0x2069); // FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE
}

Qt::Alignment Display::leadingAlignment()
{
    const bool rtl = QGuiApplication::layoutDirection() == Qt::RightToLeft;
    return Qt::AlignAbsolute | (rtl ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter;
}

QString Display::listSeparator()
{
    return persian() ? QStringLiteral("\u060C ") : QStringLiteral(", ");
}

} // namespace peyvand::ui
