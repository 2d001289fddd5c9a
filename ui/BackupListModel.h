#pragma once

#include "backup/BackupService.h"

#include <QAbstractTableModel>
#include <QList>

namespace peyvand::ui {

// The backups found in the backup folder, newest first (as
// BackupService::list gives them): date, size, encrypted or not, the counts
// their metadata records, and why a file cannot be read. A folder holds at
// most a few dozen backups after rotation, so the list is read whole.
class BackupListModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupListModel)

public:
    enum Column { Date, Size, Encrypted, Customers, Leads, Documents, Payments, Problem, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1, // raw value
        PathRole,                    // the backup file
    };

    explicit BackupListModel(QObject* parent = nullptr);

    void setEntries(const QList<backup::BackupEntry>& entries);
    const QList<backup::BackupEntry>& entries() const { return m_entries; }
    const backup::BackupEntry* entry(int row) const;
    // The newest backup whose header reads (a restore candidate), or null.
    const backup::BackupEntry* newestReadable() const;

    // "2.4 MB" in the language's digits.
    static QString sizeText(qint64 bytes);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const backup::BackupEntry& entry, int column) const;
    QVariant sortValue(const backup::BackupEntry& entry, int column) const;

    QList<backup::BackupEntry> m_entries;
};

} // namespace peyvand::ui
