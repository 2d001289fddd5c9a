#include "AmountText.h"

#include "Display.h"
#include "text/Digits.h"

namespace peyvand::ui {

QString AmountText::amount(Money money, bool toman)
{
    const qint64 rial = money.rial();
    if (!toman)
        return Display::number(rial);
    // Split into whole Toman and the Rial left over; both parts are exact.
    const qint64 whole = rial / 10;
    const qint64 rest = rial % 10;
    const bool negative = rial < 0;
    QString text = Display::number(whole < 0 ? -whole : whole);
    if (rest != 0) {
        const QChar separator = Display::persian() ? QChar(0x066B) : QLatin1Char('.');
        text += separator + Display::digits(QString::number(rest < 0 ? -rest : rest));
    }
    return negative ? QStringLiteral("-") + text : text;
}

QString AmountText::withUnit(Money money, bool toman)
{
    return tr("%1 %2", "an amount followed by its currency").arg(amount(money, toman), unitName(toman));
}

QString AmountText::unitName(bool toman)
{
    return toman ? tr("Toman") : tr("Rial");
}

} // namespace peyvand::ui
