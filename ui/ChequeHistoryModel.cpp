#include "ChequeHistoryModel.h"

#include "Display.h"

namespace peyvand::ui {

ChequeHistoryModel::ChequeHistoryModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ChequeHistoryModel::setEvents(const QList<payments::ChequeEvent>& events)
{
    beginResetModel();
    m_events = events;
    endResetModel();
}

int ChequeHistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int ChequeHistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChequeHistoryModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_events.size() || index.column() >= ColumnCount)
        return {};
    const payments::ChequeEvent& event = m_events.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == DateColumn && event.recordedAt.isValid())
        return tr("Recorded %1").arg(Display::dateTime(event.recordedAt));
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::AlignLeading | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case DateColumn:
        return Display::date(event.date);
    case ChangeColumn:
        if (!event.from)
            return tr("Entered as %1").arg(payments::displayName(event.to));
        return tr("%1 → %2", "cheque state before and after")
            .arg(payments::displayName(*event.from), payments::displayName(event.to));
    case NoteColumn:
        return Display::isolate(event.note);
    default:
        return {};
    }
}

QVariant ChequeHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case ChangeColumn:
        return tr("Change");
    case NoteColumn:
        return tr("Note");
    default:
        return {};
    }
}

} // namespace peyvand::ui
