#pragma once

#include "exchange/ImportTypes.h"

#include <QAbstractTableModel>
#include <QList>

namespace peyvand::ui {

// The rows an import rejected: line in the file, field, value as read and
// the reason, in file order.
class RejectedRowsModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RejectedRowsModel)

public:
    enum Column { LineColumn, FieldColumn, ValueColumn, ReasonColumn, ColumnCount };
    enum Role { LineRole = Qt::UserRole + 1, FieldKeyRole };

    explicit RejectedRowsModel(QObject* parent = nullptr);

    void setRows(const QList<exchange::RejectedRow>& rows);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<exchange::RejectedRow> m_rows;
};

} // namespace peyvand::ui
