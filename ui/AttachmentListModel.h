#pragma once

#include "sales/DocumentService.h"

#include <QAbstractTableModel>
#include <QList>

namespace peyvand::ui {

// The files attached to one document (without their bytes): name, purpose,
// size and when they were added.
class AttachmentListModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttachmentListModel)

public:
    enum Column { NameColumn, PurposeColumn, SizeColumn, AddedColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, SortRole };

    explicit AttachmentListModel(QObject* parent = nullptr);

    void setAttachments(const QList<sales::Attachment>& attachments);
    const sales::Attachment* attachmentAt(int row) const;

    static QString purposeName(sales::Attachment::Purpose purpose);
    // "12 KB", "1.5 MB" in the language's digits.
    static QString sizeText(qint64 bytes);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<sales::Attachment> m_attachments;
};

} // namespace peyvand::ui
