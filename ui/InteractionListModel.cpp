#include "InteractionListModel.h"

#include "ChannelIcons.h"
#include "Display.h"

namespace peyvand::ui {

using customers::Interaction;

InteractionListModel::InteractionListModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void InteractionListModel::setInteractions(QList<Interaction> interactions)
{
    beginResetModel();
    m_items = std::move(interactions);
    endResetModel();
}

int InteractionListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int InteractionListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InteractionListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Interaction& item = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(item, index.column());
    case Qt::ToolTipRole:
        if (index.column() == SummaryColumn || index.column() == OutcomeColumn)
            return displayValue(item, index.column());
        return {};
    case Qt::DecorationRole:
        if (index.column() == ChannelColumn)
            return ChannelIcons::icon(item.channel);
        return {};
    case SortRole:
        return sortValue(item, index.column());
    case IdRole:
        return item.id;
    default:
        return {};
    }
}

QVariant InteractionListModel::displayValue(const Interaction& item, int column) const
{
    switch (column) {
    case WhenColumn:
        return Display::dateTime(item.at);
    case ChannelColumn:
        return customers::displayName(item.channel);
    case DirectionColumn:
        return customers::displayName(item.direction);
    case ContactColumn:
        return Display::isolate(Display::digits(item.contactPerson));
    case SummaryColumn:
        return Display::isolate(Display::digits(item.summary));
    case OutcomeColumn:
        return Display::isolate(Display::digits(item.outcome));
    case FollowUpColumn:
        return Display::date(item.followUp);
    default:
        return {};
    }
}

QVariant InteractionListModel::sortValue(const Interaction& item, int column) const
{
    switch (column) {
    case WhenColumn:
        return item.at.toUTC().toString(Qt::ISODate);
    case ChannelColumn:
        return customers::toKey(item.channel);
    case DirectionColumn:
        return customers::toKey(item.direction);
    case ContactColumn:
        return item.contactPerson;
    case SummaryColumn:
        return item.summary;
    case OutcomeColumn:
        return item.outcome;
    case FollowUpColumn:
        return item.followUp.isValid() ? item.followUp.toString(Qt::ISODate) : QString();
    default:
        return {};
    }
}

QVariant InteractionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case WhenColumn:
        return tr("When");
    case ChannelColumn:
        return tr("Channel");
    case DirectionColumn:
        return tr("Direction");
    case ContactColumn:
        return tr("With");
    case SummaryColumn:
        return tr("Summary");
    case OutcomeColumn:
        return tr("Outcome");
    case FollowUpColumn:
        return tr("Follow-up");
    default:
        return {};
    }
}

} // namespace peyvand::ui
