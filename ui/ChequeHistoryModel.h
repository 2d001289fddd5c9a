#pragma once

#include "payments/Payment.h"

#include <QAbstractTableModel>
#include <QList>

namespace peyvand::ui {

// A cheque's status history, oldest first: the date, from → to and the note.
class ChequeHistoryModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChequeHistoryModel)

public:
    enum Column { DateColumn, ChangeColumn, NoteColumn, ColumnCount };

    explicit ChequeHistoryModel(QObject* parent = nullptr);

    void setEvents(const QList<payments::ChequeEvent>& events);
    const QList<payments::ChequeEvent>& events() const { return m_events; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<payments::ChequeEvent> m_events;
};

} // namespace peyvand::ui
