#pragma once

#include "pipeline/Deal.h"

#include <QAbstractTableModel>
#include <QList>

namespace peyvand::ui {

// The stages of the pipeline in their order (a handful of rows, loaded
// whole): name, probability and what the stage means (open, won, lost).
class StageListModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StageListModel)

public:
    enum Column { NameColumn, ProbabilityColumn, OutcomeColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 }; // qint64 stage id

    explicit StageListModel(QObject* parent = nullptr);

    void setStages(const QList<pipeline::Stage>& stages);
    const QList<pipeline::Stage>& stages() const { return m_stages; }
    pipeline::Stage stage(int row) const;
    int rowOf(qint64 stageId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<pipeline::Stage> m_stages;
};

} // namespace peyvand::ui
