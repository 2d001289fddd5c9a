#include "DealCardDelegate.h"

#include "DealColumnModel.h"
#include "Display.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace peyvand::ui {

namespace {
constexpr int kMargin = 5;   // around the card
constexpr int kPadding = 9;  // inside it
constexpr int kLineGap = 3;

QFont titleFont(const QFont& base)
{
    QFont font = base;
    font.setBold(true);
    return font;
}

QFont smallFont(const QFont& base)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * 0.92);
    return font;
}
} // namespace

DealCardDelegate::DealCardDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{
}

QSize DealCardDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    Q_UNUSED(index)
    const QFontMetrics title(titleFont(option.font));
    const QFontMetrics small(smallFont(option.font));
    const int height = 2 * kMargin + 2 * kPadding + title.height() + 2 * (small.height() + kLineGap)
        + small.height() + kLineGap;
    return { 200, height };
}

void DealCardDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setLayoutDirection(option.direction);

    const QRect card = option.rect.adjusted(kMargin, kMargin, -kMargin, -kMargin);
    const bool selected = option.state & QStyle::State_Selected;
    QPainterPath path;
    path.addRoundedRect(QRectF(card).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
    painter->fillPath(path, selected ? QColor(0xcc, 0xfb, 0xf1) : QColor(Qt::white));
    painter->setPen(QPen(selected ? QColor(0x0f, 0x76, 0x6e) : QColor(0xcb, 0xd5, 0xe1), selected ? 1.5 : 1.0));
    painter->drawPath(path);

    // Absolute alignment: a Latin title in a Persian layout still starts on the right.
    const Qt::Alignment start = (option.direction == Qt::RightToLeft ? Qt::AlignRight : Qt::AlignLeft)
        | Qt::AlignVCenter;
    const Qt::Alignment end = (option.direction == Qt::RightToLeft ? Qt::AlignLeft : Qt::AlignRight)
        | Qt::AlignVCenter;
    QRect line = card.adjusted(kPadding, kPadding, -kPadding, -kPadding);

    const QFont title = titleFont(option.font);
    const QFont small = smallFont(option.font);
    const QFontMetrics titleMetrics(title);
    const QFontMetrics smallMetrics(small);

    painter->setFont(title);
    painter->setPen(QColor(0x0f, 0x17, 0x2a));
    line.setHeight(titleMetrics.height());
    const QString titleText = index.data(DealColumnModel::TitleRole).toString();
    painter->drawText(line, start, titleMetrics.elidedText(titleText, Qt::ElideRight, line.width()));

    painter->setFont(small);
    painter->setPen(QColor(0x47, 0x55, 0x69));
    line.translate(0, line.height() + kLineGap);
    line.setHeight(smallMetrics.height());
    const QString party = index.data(DealColumnModel::PartyRole).toString();
    painter->drawText(line, start, smallMetrics.elidedText(party.isEmpty() ? tr("No customer") : party,
                                                            Qt::ElideRight, line.width()));

    painter->setFont(titleFont(small));
    painter->setPen(QColor(0x0f, 0x76, 0x6e));
    line.translate(0, line.height() + kLineGap);
    painter->drawText(line, start, index.data(DealColumnModel::AmountTextRole).toString());

    // The expected close date, and the owner after it when there is room.
    painter->setFont(small);
    painter->setPen(QColor(0x64, 0x74, 0x8b));
    line.translate(0, line.height() + kLineGap);
    const QString close = index.data(DealColumnModel::ExpectedCloseTextRole).toString();
    const QString closeText = close.isEmpty() ? tr("No close date") : close;
    painter->drawText(line, start, smallMetrics.elidedText(closeText, Qt::ElideRight, line.width()));
    const QString owner = index.data(DealColumnModel::OwnerRole).toString();
    const int room = line.width() - smallMetrics.horizontalAdvance(closeText) - kPadding;
    if (!owner.isEmpty() && room >= smallMetrics.horizontalAdvance(QStringLiteral("MMMM")))
        painter->drawText(line, end, smallMetrics.elidedText(owner, Qt::ElideRight, room));
    painter->restore();
}

} // namespace peyvand::ui
