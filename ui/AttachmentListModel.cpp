#include "AttachmentListModel.h"

#include "Display.h"

namespace peyvand::ui {

using sales::Attachment;

AttachmentListModel::AttachmentListModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void AttachmentListModel::setAttachments(const QList<Attachment>& attachments)
{
    beginResetModel();
    m_attachments = attachments;
    endResetModel();
}

const Attachment* AttachmentListModel::attachmentAt(int row) const
{
    return row >= 0 && row < m_attachments.size() ? &m_attachments.at(row) : nullptr;
}

QString AttachmentListModel::purposeName(Attachment::Purpose purpose)
{
    switch (purpose) {
    case Attachment::Purpose::Contract:
        return tr("Contract");
    case Attachment::Purpose::AccountingInvoice:
        return tr("Accountant's invoice");
    case Attachment::Purpose::Other:
        break;
    }
    return tr("Other");
}

QString AttachmentListModel::sizeText(qint64 bytes)
{
    constexpr qint64 kKilo = 1024;
    if (bytes < kKilo)
        return tr("%1 bytes").arg(Display::number(bytes));
    if (bytes < kKilo * kKilo)
        return tr("%1 KB").arg(Display::number((bytes + kKilo - 1) / kKilo));
    // One decimal in tenths of a megabyte, without floating point.
    const qint64 tenths = (bytes * 10 + kKilo * kKilo / 2) / (kKilo * kKilo);
    const QString value = QStringLiteral("%1.%2").arg(tenths / 10).arg(tenths % 10);
    return tr("%1 MB").arg(Display::digits(value));
}

int AttachmentListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_attachments.size());
}

int AttachmentListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AttachmentListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Attachment& attachment = m_attachments.at(index.row());
    if (role == IdRole)
        return attachment.id;
    if (role == SortRole) {
        switch (index.column()) {
        case SizeColumn:
            return attachment.size;
        case AddedColumn:
            return attachment.addedAt.toString(Qt::ISODate);
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::ToolTipRole && index.column() == NameColumn)
        return attachment.mimeType;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return Display::isolate(attachment.fileName);
    case PurposeColumn:
        return purposeName(attachment.purpose);
    case SizeColumn:
        return sizeText(attachment.size);
    case AddedColumn:
        return Display::dateTime(attachment.addedAt);
    default:
        return {};
    }
}

QVariant AttachmentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("File");
    case PurposeColumn:
        return tr("Purpose");
    case SizeColumn:
        return tr("Size");
    case AddedColumn:
        return tr("Added");
    default:
        return {};
    }
}

} // namespace peyvand::ui
