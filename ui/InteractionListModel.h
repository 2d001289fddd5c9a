#pragma once

#include "customers/Customer.h"

#include <QAbstractTableModel>
#include <QList>

namespace peyvand::ui {

// The interactions timeline of one customer, newest first (as core returns
// them): when, channel, direction, with whom, summary, outcome, follow-up.
class InteractionListModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InteractionListModel)

public:
    enum Column {
        WhenColumn,
        ChannelColumn,
        DirectionColumn,
        ContactColumn,
        SummaryColumn,
        OutcomeColumn,
        FollowUpColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, // raw: ISO timestamps and dates, keys of the enums
        IdRole,
    };

    explicit InteractionListModel(QObject* parent = nullptr);

    void setInteractions(QList<customers::Interaction> interactions);
    const QList<customers::Interaction>& interactions() const { return m_items; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant displayValue(const customers::Interaction& item, int column) const;
    QVariant sortValue(const customers::Interaction& item, int column) const;

    QList<customers::Interaction> m_items;
};

} // namespace peyvand::ui
