#include "BackupListModel.h"

#include "Display.h"
#include "ErrorText.h"

#include <QBrush>
#include <QColor>
#include <QDir>
#include <QFileInfo>

namespace peyvand::ui {

BackupListModel::BackupListModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void BackupListModel::setEntries(const QList<backup::BackupEntry>& entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

const backup::BackupEntry* BackupListModel::entry(int row) const
{
    if (row < 0 || row >= m_entries.size())
        return nullptr;
    return &m_entries[row];
}

const backup::BackupEntry* BackupListModel::newestReadable() const
{
    for (const backup::BackupEntry& entry : m_entries) {
        if (entry.metadata && !entry.problem)
            return &entry;
    }
    return nullptr;
}

QString BackupListModel::sizeText(qint64 bytes)
{
    if (bytes < 1024)
        return tr("%1 bytes").arg(Display::number(bytes));
    if (bytes < 1024 * 1024)
        return tr("%1 KB").arg(Display::number((bytes + 512) / 1024));
    const qint64 tenths = (bytes * 10 + 512 * 1024) / (1024 * 1024);
    return tr("%1 MB").arg(Display::decimal(QStringLiteral("%1.%2").arg(tenths / 10).arg(tenths % 10)));
}

int BackupListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int BackupListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BackupListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const backup::BackupEntry& entry = m_entries[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return display(entry, index.column());
    case Qt::ToolTipRole:
        if (entry.problem)
            return ErrorText::describe(*entry.problem);
        return QFileInfo(entry.path).fileName();
    case Qt::ForegroundRole:
        if (entry.problem)
            return QBrush(QColor(0xb9, 0x1c, 0x1c));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() >= Size && index.column() <= Payments && index.column() != Encrypted)
            return int(Qt::AlignTrailing | Qt::AlignVCenter);
        return int(Display::leadingAlignment() | Qt::AlignVCenter);
    case SortRole:
        return sortValue(entry, index.column());
    case PathRole:
        return entry.path;
    default:
        return {};
    }
}

QVariant BackupListModel::display(const backup::BackupEntry& entry, int column) const
{
    const std::optional<backup::BackupMetadata>& meta = entry.metadata;
    switch (column) {
    case Date:
        return meta ? Display::dateTime(meta->createdAt) : QFileInfo(entry.path).fileName();
    case Size:
        return sizeText(entry.size);
    case Encrypted:
        if (!meta)
            return QString();
        return entry.encrypted ? tr("Encrypted") : tr("Not encrypted");
    case Customers:
        return meta ? Display::number(meta->customers) : QString();
    case Leads:
        return meta ? Display::number(meta->leads) : QString();
    case Documents:
        return meta ? Display::number(meta->documents) : QString();
    case Payments:
        return meta ? Display::number(meta->payments) : QString();
    case Problem:
        // The folder is shown above the list: the file's name is enough here.
        return entry.problem ? ErrorText::describe(*entry.problem)
                                   .replace(QDir::toNativeSeparators(entry.path), QFileInfo(entry.path).fileName())
                                   .replace(entry.path, QFileInfo(entry.path).fileName())
                             : QString();
    default:
        return {};
    }
}

QVariant BackupListModel::sortValue(const backup::BackupEntry& entry, int column) const
{
    const std::optional<backup::BackupMetadata>& meta = entry.metadata;
    switch (column) {
    case Date:
        return meta ? meta->createdAt : QDateTime();
    case Size:
        return entry.size;
    case Encrypted:
        return entry.encrypted;
    case Customers:
        return meta ? meta->customers : -1;
    case Leads:
        return meta ? meta->leads : -1;
    case Documents:
        return meta ? meta->documents : -1;
    case Payments:
        return meta ? meta->payments : -1;
    case Problem:
        return entry.problem ? entry.problem->message : QString();
    default:
        return {};
    }
}

QVariant BackupListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Date:
        return tr("Date");
    case Size:
        return tr("Size");
    case Encrypted:
        return tr("Encryption");
    case Customers:
        return tr("Customers");
    case Leads:
        return tr("Leads");
    case Documents:
        return tr("Documents");
    case Payments:
        return tr("Payments");
    case Problem:
        return tr("Problem");
    default:
        return {};
    }
}

} // namespace peyvand::ui
