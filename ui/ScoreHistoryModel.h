#pragma once

#include "leads/Lead.h"
#include "leads/ScoringProfile.h"

#include <QAbstractTableModel>

namespace peyvand::ui {

// The history of a lead's score, newest first (as core returns it): when,
// why, old → new score, which criteria moved, and the note (an override's
// reason, the profile's name).
class ScoreHistoryModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScoreHistoryModel)

public:
    enum Column { WhenColumn, CauseColumn, ChangeColumn, CriteriaColumn, NoteColumn, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1, // raw: ISO timestamp, cause key, new score
        IdRole,
    };

    explicit ScoreHistoryModel(QObject* parent = nullptr);

    void setHistory(QList<leads::ScoreChange> changes, const leads::ScoringProfile& profile);
    const QList<leads::ScoreChange>& history() const { return m_changes; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString changeText(const leads::ScoreChange& change) const;
    QString criteriaText(const leads::ScoreChange& change) const;

    QList<leads::ScoreChange> m_changes;
    leads::ScoringProfile m_profile;
};

} // namespace peyvand::ui
