#include "LeadDisplay.h"

#include "Display.h"

#include <QPainter>
#include <QPixmap>

namespace peyvand::ui {

QString LeadDisplay::score(int score)
{
    return Display::number(score);
}

QString LeadDisplay::points(int points)
{
    if (points > 0)
        return QLatin1Char('+') + Display::number(points);
    if (points < 0)
        return QChar(0x2212) + Display::number(-qint64(points)); // MINUS SIGN
    return Display::number(0);
}

QString LeadDisplay::perMille(int perMille)
{
    const int whole = perMille / 10;
    const int tenth = std::abs(perMille % 10);
    QString text = QString::number(whole);
    if (tenth != 0)
        text += QLatin1Char('.') + QString::number(tenth);
    return Display::decimal(text) + (Display::persian() ? QChar(0x066A) : QLatin1Char('%'));
}

QColor LeadDisplay::bandColor(leads::Band band)
{
    switch (band) {
    case leads::Band::Hot:
        return QColor(0xdc, 0x26, 0x26);
    case leads::Band::Warm:
        return QColor(0xf5, 0x9e, 0x0b);
    case leads::Band::Cold:
        break;
    }
    return QColor(0x60, 0xa5, 0xfa);
}

QColor LeadDisplay::bandTextColor(leads::Band band)
{
    return band == leads::Band::Warm ? QColor(0x45, 0x1a, 0x03) : QColor(Qt::white);
}

QIcon LeadDisplay::bandChip(leads::Band band)
{
    constexpr int kSize = 12;
    QPixmap pixmap(kSize, kSize);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(bandColor(band));
    painter.drawEllipse(QRectF(1, 1, kSize - 2, kSize - 2));
    painter.end();
    return QIcon(pixmap);
}

QString LeadDisplay::bandBadgeStyle(leads::Band band)
{
    return QStringLiteral("QLabel { background: %1; color: %2; border-radius: 9px; padding: 1px 10px; }")
        .arg(bandColor(band).name(), bandTextColor(band).name());
}

} // namespace peyvand::ui
