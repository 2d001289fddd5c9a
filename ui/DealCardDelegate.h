#pragma once

#include <QStyledItemDelegate>

namespace peyvand::ui {

// Paints a deal on the board as a card: the title, the customer or lead, the
// amount and the expected close date, laid out from the start side of the
// language (right in Persian).
class DealCardDelegate final : public QStyledItemDelegate {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DealCardDelegate)

public:
    explicit DealCardDelegate(QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace peyvand::ui
