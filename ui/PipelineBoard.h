#pragma once

#include "pipeline/DealService.h"

#include <QList>
#include <QScrollArea>

class QHBoxLayout;

namespace peyvand::ui {

class PipelineServices;
class StageColumnView;

// The pipeline as a board: one column per stage, in stage order from the
// start side of the language (the first stage on the right in Persian), each
// with its cards. Cards are dragged between and within columns; a drop moves
// the deal through DealService::move (asking first for an optional reason when
// the column is a lost stage) and the board reads the columns again.
class PipelineBoard final : public QScrollArea {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PipelineBoard)

public:
    explicit PipelineBoard(PipelineServices& services, QWidget* parent = nullptr);

    // Reads stages and deals again (with the filter given), keeping the selection.
    void reload(const pipeline::DealFilter& filter);
    void reload();
    const pipeline::DealFilter& filter() const { return m_filter; }

    // What a drop does: moves the deal to `index` of the stage's column
    // (-1: the end). Into a lost stage it asks for the reason first and
    // cancelling the question cancels the move. False when nothing moved.
    bool moveDeal(qint64 dealId, qint64 stageId, int index);

    QList<StageColumnView*> columns() const { return m_columns; }
    StageColumnView* column(qint64 stageId) const;
    StageColumnView* columnOf(qint64 dealId) const;
    qint64 currentDealId() const { return m_current; }
    void select(qint64 dealId);
    // True while a move waits for the board to be read again.
    bool reloadPending() const { return m_reloadPending; }

signals:
    void editRequested(qint64 dealId);
    void deleteRequested(qint64 dealId);
    void currentDealChanged(qint64 dealId);
    void dealMoved(qint64 dealId);
    void statusMessage(const QString& message);

private:
    bool acceptDrop(qint64 dealId, qint64 stageId, int index);
    void scheduleReload();
    void rebuildColumns(const QList<pipeline::Stage>& stages);
    void setCurrent(qint64 dealId, StageColumnView* from);
    void showContextMenu(qint64 dealId, const QPoint& globalPos);

    PipelineServices& m_services;
    pipeline::DealFilter m_filter;
    QWidget* m_content = nullptr;
    QHBoxLayout* m_row = nullptr;
    QList<StageColumnView*> m_columns;
    qint64 m_current = 0;
    bool m_reloadPending = false;
};

} // namespace peyvand::ui
