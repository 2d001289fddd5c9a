#include "PaymentReminderModel.h"

#include "AmountText.h"
#include "Display.h"

#include <QBrush>

namespace peyvand::ui {

using payments::Reminder;

PaymentReminderModel::PaymentReminderModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void PaymentReminderModel::setReminders(const QList<Reminder>& reminders)
{
    beginResetModel();
    m_rows = reminders;
    endResetModel();
}

void PaymentReminderModel::setDisplayToman(bool toman)
{
    if (m_toman == toman)
        return;
    beginResetModel();
    m_toman = toman;
    endResetModel();
}

const Reminder* PaymentReminderModel::reminderAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

QString PaymentReminderModel::when(const Reminder& reminder)
{
    if (reminder.days == 0)
        return tr("today");
    if (reminder.days == 1)
        return tr("tomorrow");
    if (reminder.days > 1)
        return tr("in %1 days").arg(Display::number(reminder.days));
    if (reminder.days == -1)
        return tr("1 day overdue");
    return tr("%1 days overdue").arg(Display::number(-reminder.days));
}

int PaymentReminderModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PaymentReminderModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PaymentReminderModel::data(const QModelIndex& index, int role) const
{
    const Reminder* reminder = index.isValid() ? reminderAt(index.row()) : nullptr;
    if (!reminder || index.column() >= ColumnCount)
        return {};
    const bool overdue = reminder->days < 0;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DateColumn:
            return tr("%1 (%2)", "date (in 3 days)").arg(Display::date(reminder->date), when(*reminder));
        case WhatColumn:
            return Display::digits(payments::describe(*reminder));
        case AmountColumn:
            return AmountText::amount(reminder->amount, m_toman);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return index.column() == WhatColumn ? Display::digits(payments::describe(*reminder)) : QVariant();
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(index.column() == AmountColumn ? Qt::AlignTrailing | Qt::AlignVCenter
                                                                  : Qt::AlignLeading | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (overdue)
            return QBrush(QColor(0xb9, 0x1c, 0x1c));
        if (reminder->kind == Reminder::Kind::QuoteExpiring)
            return QBrush(QColor(0x64, 0x74, 0x8b));
        return {};
    case KindRole:
        return int(reminder->kind);
    case ChequeIdRole:
        return reminder->chequeId;
    case DocumentIdRole:
        return reminder->documentId;
    case CustomerIdRole:
        return reminder->customerId;
    case OverdueRole:
        return overdue;
    default:
        return {};
    }
}

QVariant PaymentReminderModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("When");
    case WhatColumn:
        return tr("Payment");
    case AmountColumn:
        return tr("Amount (%1)").arg(AmountText::unitName(m_toman));
    default:
        return {};
    }
}

} // namespace peyvand::ui
