#pragma once

#include "leads/ScoringProfile.h"

#include <QAbstractTableModel>

namespace peyvand::ui {

// The budget tiers of a scoring profile, editable in place: from which
// budget (Rial, typed in any digits with separators) a tier applies and the
// points it gives.
class BudgetTierModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BudgetTierModel)

public:
    enum Column { MinimumColumn, PointsColumn, ColumnCount };
    enum Role { ValueRole = Qt::UserRole + 1 }; // raw: Rial or points

    explicit BudgetTierModel(QObject* parent = nullptr);

    void setTiers(QList<leads::BudgetTier> tiers);
    const QList<leads::BudgetTier>& tiers() const { return m_tiers; }
    // Adds a tier above the highest one; returns its row.
    int addTier();
    void removeTier(int row);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void edited();

private:
    QList<leads::BudgetTier> m_tiers;
};

} // namespace peyvand::ui
