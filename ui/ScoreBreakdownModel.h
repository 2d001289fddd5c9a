#pragma once

#include "leads/Lead.h"
#include "leads/ScoringProfile.h"

#include <QAbstractTableModel>

namespace peyvand::ui {

// Why a lead scores what it does: one row per breakdown item (criterion,
// reason in words, points) and a last row with the total, which is the score.
class ScoreBreakdownModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScoreBreakdownModel)

public:
    enum Column { CriterionColumn, ReasonColumn, PointsColumn, ColumnCount };
    enum Role {
        PointsRole = Qt::UserRole + 1, // int points of the row (the score on the total row)
        CriterionRole,                 // the criterion key; empty on the total row
        TotalRowRole,                  // bool
    };

    explicit ScoreBreakdownModel(QObject* parent = nullptr);

    void setBreakdown(const QList<leads::ScoreItem>& items, int score, const leads::ScoringProfile& profile);
    int total() const { return m_total; }
    bool isTotalRow(int row) const { return row == m_items.size(); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Line {
        QString criterion;
        QString label;
        QString reason;
        int points = 0;
        bool capped = false;
    };
    QList<Line> m_items;
    int m_total = 0;
};

} // namespace peyvand::ui
