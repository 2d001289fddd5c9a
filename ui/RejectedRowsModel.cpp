#include "RejectedRowsModel.h"

#include "Display.h"
#include "ImportFieldText.h"

namespace peyvand::ui {

RejectedRowsModel::RejectedRowsModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void RejectedRowsModel::setRows(const QList<exchange::RejectedRow>& rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int RejectedRowsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RejectedRowsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RejectedRowsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const exchange::RejectedRow& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case LineColumn: return Display::number(row.line);
        case FieldColumn: return ImportFieldText::labelOfKey(row.field);
        case ValueColumn: return Display::digits(row.value);
        case ReasonColumn: return row.reason;
        default: return {};
        }
    case Qt::ToolTipRole:
        return index.column() == ReasonColumn || index.column() == ValueColumn ? data(index, Qt::DisplayRole)
                                                                               : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == LineColumn ? QVariant::fromValue(Qt::AlignLeading | Qt::AlignVCenter) : QVariant();
    case LineRole:
        return row.line;
    case FieldKeyRole:
        return row.field;
    default:
        return {};
    }
}

QVariant RejectedRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LineColumn: return tr("Line");
    case FieldColumn: return tr("Field");
    case ValueColumn: return tr("Value");
    case ReasonColumn: return tr("Reason");
    default: return {};
    }
}

} // namespace peyvand::ui
