#include "DealColumnModel.h"

#include "AmountText.h"
#include "Display.h"

#include <QDataStream>
#include <QIODevice>
#include <QMimeData>

namespace peyvand::ui {

const QString DealColumnModel::kMimeType = QStringLiteral("application/x-peyvand-deal");

DealColumnModel::DealColumnModel(qint64 stageId, QObject* parent)
    : QAbstractListModel(parent)
    , m_stageId(stageId)
{
}

void DealColumnModel::setDeals(const QList<pipeline::DealRow>& deals, bool toman)
{
    beginResetModel();
    m_deals = deals;
    m_toman = toman;
    endResetModel();
}

qint64 DealColumnModel::dealId(int row) const
{
    return row >= 0 && row < m_deals.size() ? m_deals.at(row).deal.id : 0;
}

int DealColumnModel::rowOf(qint64 dealId) const
{
    for (int row = 0; row < m_deals.size(); ++row) {
        if (m_deals.at(row).deal.id == dealId)
            return row;
    }
    return -1;
}

int DealColumnModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_deals.size());
}

QVariant DealColumnModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const pipeline::DealRow& row = m_deals.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return Display::digits(row.deal.title);
    case Qt::ToolTipRole: {
        QStringList lines { Display::digits(row.deal.title) };
        if (row.deal.expectedClose.isValid())
            lines << tr("Expected close: %1").arg(Display::date(row.deal.expectedClose));
        if (!row.deal.owner.isEmpty())
            lines << tr("Owner: %1").arg(Display::digits(row.deal.owner));
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::AccessibleTextRole:
        return QStringList { row.deal.title, row.partyName, AmountText::withUnit(row.deal.amount, m_toman) }
            .join(QStringLiteral(", "));
    case DealIdRole:
        return row.deal.id;
    case PartyRole:
        return Display::digits(row.partyName);
    case AmountRole:
        return row.deal.amount.rial();
    case AmountTextRole:
        return AmountText::withUnit(row.deal.amount, m_toman);
    case ExpectedCloseRole:
        return row.deal.expectedClose;
    case ExpectedCloseTextRole:
        return Display::date(row.deal.expectedClose);
    case OwnerRole:
        return Display::digits(row.deal.owner);
    default:
        return {};
    }
}

Qt::ItemFlags DealColumnModel::flags(const QModelIndex& index) const
{
    // Cards are not drop targets themselves: a drop lands between them.
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemNeverHasChildren;
}

Qt::DropActions DealColumnModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions DealColumnModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList DealColumnModel::mimeTypes() const
{
    return { kMimeType };
}

QMimeData* DealColumnModel::mimeData(const QModelIndexList& indexes) const
{
    // One card moves at a time (the views select one).
    for (const QModelIndex& index : indexes) {
        if (!index.isValid() || index.model() != this)
            continue;
        QByteArray bytes;
        QDataStream out(&bytes, QIODevice::WriteOnly);
        out << dealId(index.row()) << m_stageId << qint32(index.row());
        auto* data = new QMimeData;
        data->setData(kMimeType, bytes);
        return data;
    }
    return nullptr;
}

std::optional<DealColumnModel::DraggedDeal> DealColumnModel::decode(const QMimeData* data)
{
    if (!data || !data->hasFormat(kMimeType))
        return std::nullopt;
    QDataStream in(data->data(kMimeType));
    DraggedDeal dragged;
    qint32 row = -1;
    in >> dragged.dealId >> dragged.stageId >> row;
    if (in.status() != QDataStream::Ok || dragged.dealId <= 0)
        return std::nullopt;
    dragged.row = row;
    return dragged;
}

int DealColumnModel::targetIndex(const DraggedDeal& dragged, int row) const
{
    if (row < 0 || row >= m_deals.size())
        return -1;
    // Within its own column a card moved down leaves a gap above the drop row.
    if (dragged.stageId == m_stageId) {
        const int from = rowOf(dragged.dealId);
        if (from >= 0 && from < row)
            return row - 1;
    }
    return row;
}

bool DealColumnModel::canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                                      const QModelIndex& parent) const
{
    Q_UNUSED(row)
    Q_UNUSED(column)
    return action == Qt::MoveAction && !parent.isValid() && decode(data).has_value();
}

bool DealColumnModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                                   const QModelIndex& parent)
{
    if (!canDropMimeData(data, action, row, column, parent) || !m_move)
        return false;
    const DraggedDeal dragged = *decode(data);
    return m_move(dragged.dealId, m_stageId, targetIndex(dragged, row));
}

} // namespace peyvand::ui
