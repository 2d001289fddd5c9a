#include "PaymentListModel.h"

#include "AmountText.h"
#include "Display.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace peyvand::ui {

using payments::Payment;
using payments::PaymentMethod;
using payments::PaymentStatus;

PaymentListModel::PaymentListModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void PaymentListModel::setPayments(const QList<Payment>& payments)
{
    beginResetModel();
    m_rows = payments;
    endResetModel();
}

void PaymentListModel::setDisplayToman(bool toman)
{
    if (m_toman == toman)
        return;
    m_toman = toman;
    emit headerDataChanged(Qt::Horizontal, AmountColumn, AmountColumn);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, AmountColumn), index(rowCount() - 1, AmountColumn));
}

const Payment* PaymentListModel::paymentAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int PaymentListModel::rowOf(qint64 paymentId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == paymentId)
            return row;
    }
    return -1;
}

QString PaymentListModel::details(const Payment& p)
{
    QStringList parts;
    const auto add = [&parts](const QString& format, const QString& value) {
        if (!value.trimmed().isEmpty())
            parts << format.arg(Display::isolate(Display::digits(value)));
    };
    switch (p.method) {
    case PaymentMethod::Cash:
        break;
    case PaymentMethod::Pos:
        add(tr("terminal %1"), p.terminal);
        add(tr("trace %1"), p.traceNumber);
        add(tr("card %1"), p.maskedCard);
        break;
    case PaymentMethod::Deposit:
        add(tr("bank %1"), p.bank);
        add(tr("to account %1"), p.account);
        add(tr("slip %1"), p.reference);
        break;
    case PaymentMethod::Card:
        add(tr("from card %1"), p.maskedCard);
        add(tr("to %1"), p.account);
        add(tr("reference %1"), p.reference);
        break;
    case PaymentMethod::Credit:
    case PaymentMethod::Cheque:
        if (p.dueDate.isValid())
            parts << tr("due %1").arg(Display::date(p.dueDate));
        add(tr("bank %1"), p.bank);
        add(tr("reference %1"), p.reference);
        break;
    }
    add(tr("paid by %1"), p.payerName);
    if (p.status == PaymentStatus::Settled && p.settledOn.isValid() && p.settledOn != p.paidOn)
        parts << tr("settled %1").arg(Display::date(p.settledOn));
    if (p.isOnAccount())
        parts << tr("on account");
    add(QStringLiteral("%1"), p.note);
    return Display::list(parts);
}

int PaymentListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PaymentListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PaymentListModel::data(const QModelIndex& index, int role) const
{
    const Payment* p = index.isValid() ? paymentAt(index.row()) : nullptr;
    if (!p)
        return {};
    const bool inactive = p->status == PaymentStatus::Void || p->status == PaymentStatus::Failed;
    switch (role) {
    case IdRole:
        return p->id;
    case StatusRole:
        return int(p->status);
    case Qt::DisplayRole:
        switch (index.column()) {
        case DateColumn:
            return Display::date(p->paidOn);
        case MethodColumn:
            return payments::displayName(p->method);
        case AmountColumn:
            return AmountText::amount(p->amount, m_toman);
        case StatusColumn:
            return payments::displayName(p->status);
        case DetailsColumn:
            return details(*p);
        }
        return {};
    case SortRole:
        switch (index.column()) {
        case DateColumn:
            return p->paidOn.toString(Qt::ISODate);
        case MethodColumn:
            return payments::toKey(p->method);
        case AmountColumn:
            return p->amount.rial();
        case StatusColumn:
            return payments::toKey(p->status);
        case DetailsColumn:
            return details(*p);
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == AmountColumn)
            return int(Qt::AlignTrailing | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (inactive)
            return QBrush(QColor(0x94, 0xa3, 0xb8));
        if (index.column() == StatusColumn && p->status == PaymentStatus::Pending)
            return QBrush(QColor(0xb4, 0x53, 0x09));
        return {};
    case Qt::FontRole:
        if (inactive && index.column() == AmountColumn) {
            QFont font;
            font.setStrikeOut(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == DetailsColumn)
            return details(*p);
        return {};
    default:
        return {};
    }
}

QVariant PaymentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn:
        return tr("Date");
    case MethodColumn:
        return tr("Method");
    case AmountColumn:
        return tr("Amount (%1)").arg(AmountText::unitName(m_toman));
    case StatusColumn:
        return tr("Status");
    case DetailsColumn:
        return tr("Details");
    }
    return {};
}

} // namespace peyvand::ui
