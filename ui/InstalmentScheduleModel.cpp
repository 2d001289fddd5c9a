#include "InstalmentScheduleModel.h"

#include "AmountText.h"
#include "Display.h"
#include "ErrorText.h"
#include "text/Jalali.h"

#include <QBrush>
#include <QColor>

namespace peyvand::ui {

using payments::Instalment;

InstalmentScheduleModel::InstalmentScheduleModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void InstalmentScheduleModel::setInstalments(const QList<Instalment>& instalments)
{
    beginResetModel();
    m_rows = instalments;
    endResetModel();
}

void InstalmentScheduleModel::setDisplayToman(bool toman)
{
    if (m_toman == toman)
        return;
    m_toman = toman;
    emit headerDataChanged(Qt::Horizontal, AmountColumn, PaidColumn);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, AmountColumn), index(rowCount() - 1, PaidColumn));
}

void InstalmentScheduleModel::setDatesEditable(bool editable)
{
    m_datesEditable = editable;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, DueColumn), index(rowCount() - 1, DueColumn));
}

QList<QDate> InstalmentScheduleModel::instalmentDates() const
{
    QList<QDate> dates;
    for (const Instalment& instalment : m_rows) {
        if (instalment.seq > 0)
            dates << instalment.dueDate;
    }
    return dates;
}

std::optional<Money> InstalmentScheduleModel::total() const
{
    Money sum;
    for (const Instalment& instalment : m_rows) {
        const Result<Money> next = sum.plus(instalment.amount);
        if (!next)
            return std::nullopt;
        sum = *next;
    }
    return sum;
}

InstalmentScheduleModel::State InstalmentScheduleModel::stateOf(const Instalment& instalment) const
{
    if (instalment.isPaid())
        return State::Paid;
    if (m_today.isValid() && instalment.dueDate < m_today)
        return State::Overdue;
    if (instalment.paid.rial() > 0)
        return State::PartlyPaid;
    return State::Open;
}

QString InstalmentScheduleModel::stateName(State state)
{
    switch (state) {
    case State::Open:
        return tr("Open");
    case State::PartlyPaid:
        return tr("Partly paid");
    case State::Paid:
        return tr("Paid");
    case State::Overdue:
        return tr("Overdue");
    }
    return {};
}

int InstalmentScheduleModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int InstalmentScheduleModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InstalmentScheduleModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Instalment& row = m_rows.at(index.row());
    const State state = stateOf(row);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeqColumn:
            return row.seq == 0 ? tr("Down payment") : Display::number(row.seq);
        case DueColumn:
            return Display::date(row.dueDate);
        case AmountColumn:
            return AmountText::amount(row.amount, m_toman);
        case PaidColumn:
            return row.paid.rial() > 0 ? AmountText::amount(row.paid, m_toman) : QString();
        case StateColumn:
            return stateName(state);
        }
        return {};
    case Qt::EditRole:
        if (index.column() == DueColumn)
            return text::jalali::formatNumeric(row.dueDate, Display::digitScript());
        return data(index, Qt::DisplayRole);
    case SortRole:
        switch (index.column()) {
        case SeqColumn:
            return row.seq;
        case DueColumn:
            return row.dueDate.toString(Qt::ISODate);
        case AmountColumn:
            return row.amount.rial();
        case PaidColumn:
            return row.paid.rial();
        case StateColumn:
            return int(state);
        }
        return {};
    case StateRole:
        return int(state);
    case IdRole:
        return row.id;
    case Qt::TextAlignmentRole:
        if (index.column() == AmountColumn || index.column() == PaidColumn)
            return int(Qt::AlignTrailing | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == StateColumn && state == State::Overdue)
            return QBrush(QColor(0xb9, 0x1c, 0x1c));
        if (index.column() == StateColumn && state == State::Paid)
            return QBrush(QColor(0x15, 0x80, 0x3d));
        return {};
    default:
        return {};
    }
}

bool InstalmentScheduleModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const Result<QDate> date = text::jalali::parse(value.toString(), QStringLiteral("dates"));
    if (!date || !date->isValid()) {
        emit dateEdited(index.row(), date ? tr("Type a date such as 1404/09/01.") : ErrorText::describe(date.error()));
        return false;
    }
    m_rows[index.row()].dueDate = *date;
    emit dataChanged(index, index);
    emit dateEdited(index.row(), {});
    return true;
}

Qt::ItemFlags InstalmentScheduleModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (m_datesEditable && index.column() == DueColumn && index.row() < m_rows.size() && m_rows.at(index.row()).seq > 0)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant InstalmentScheduleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeqColumn:
        return tr("No.");
    case DueColumn:
        return tr("Due date");
    case AmountColumn:
        return tr("Amount (%1)").arg(AmountText::unitName(m_toman));
    case PaidColumn:
        return tr("Paid");
    case StateColumn:
        return tr("State");
    }
    return {};
}

} // namespace peyvand::ui
