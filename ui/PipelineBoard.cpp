#include "PipelineBoard.h"

#include "DealColumnModel.h"
#include "Dialogs.h"
#include "ErrorText.h"
#include "PipelineServices.h"
#include "StageColumnView.h"
#include "TextPrompt.h"

#include <QHBoxLayout>
#include <QListView>
#include <QMenu>
#include <QTimer>

namespace peyvand::ui {

namespace {
bool sameStages(const QList<pipeline::Stage>& a, const QList<StageColumnView*>& columns)
{
    if (a.size() != columns.size())
        return false;
    for (int i = 0; i < a.size(); ++i) {
        const pipeline::Stage& b = columns.at(i)->stage();
        if (a.at(i).id != b.id || a.at(i).displayName() != b.displayName() || a.at(i).probability != b.probability
            || a.at(i).outcome != b.outcome)
            return false;
    }
    return true;
}
} // namespace

PipelineBoard::PipelineBoard(PipelineServices& services, QWidget* parent)
    : QScrollArea(parent)
    , m_services(services)
    , m_content(new QWidget)
    , m_row(new QHBoxLayout(m_content))
{
    setObjectName(QStringLiteral("pipelineBoard"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_row->setContentsMargins(0, 0, 0, 0);
    m_row->setSpacing(8);
    m_row->addStretch(0); // takes what columns at their widest leave
    setWidget(m_content);
}

void PipelineBoard::reload(const pipeline::DealFilter& filter)
{
    m_filter = filter;
    reload();
}

void PipelineBoard::reload()
{
    m_reloadPending = false;
    const Result<QList<pipeline::StageColumn>> board = m_services.deals.board(m_filter);
    if (!board) {
        emit statusMessage(ErrorText::describe(board.error()));
        return;
    }
    QList<pipeline::Stage> stages;
    for (const pipeline::StageColumn& column : *board)
        stages << column.stage;
    if (!sameStages(stages, m_columns))
        rebuildColumns(stages);
    const bool toman = m_services.displayToman();
    for (int i = 0; i < board->size(); ++i)
        m_columns.at(i)->setColumn(board->at(i), toman);
    if (m_current > 0 && !columnOf(m_current))
        setCurrent(0, nullptr);
    else if (m_current > 0)
        select(m_current);
}

void PipelineBoard::rebuildColumns(const QList<pipeline::Stage>& stages)
{
    // Later, not now: a column may be the source of a drag still finishing.
    for (StageColumnView* column : std::as_const(m_columns)) {
        m_row->removeWidget(column);
        column->hide();
        column->deleteLater();
    }
    m_columns.clear();
    for (const pipeline::Stage& stage : stages) {
        auto* column = new StageColumnView(stage, m_content);
        column->model()->setMoveHandler([this](qint64 dealId, qint64 stageId, int index) {
            return acceptDrop(dealId, stageId, index);
        });
        connect(column, &StageColumnView::dealActivated, this, &PipelineBoard::editRequested);
        connect(column, &StageColumnView::dealSelected, this,
                [this, column](qint64 dealId) { setCurrent(dealId, column); });
        connect(column, &StageColumnView::contextMenuRequested, this, &PipelineBoard::showContextMenu);
        m_row->insertWidget(m_row->count() - 1, column);
        m_columns << column;
    }
}

StageColumnView* PipelineBoard::column(qint64 stageId) const
{
    for (StageColumnView* column : m_columns) {
        if (column->stage().id == stageId)
            return column;
    }
    return nullptr;
}

StageColumnView* PipelineBoard::columnOf(qint64 dealId) const
{
    for (StageColumnView* column : m_columns) {
        if (column->model()->rowOf(dealId) >= 0)
            return column;
    }
    return nullptr;
}

void PipelineBoard::select(qint64 dealId)
{
    StageColumnView* column = columnOf(dealId);
    if (!column)
        return;
    column->select(dealId);
    ensureWidgetVisible(column, 0, 0);
    setCurrent(dealId, column);
}

void PipelineBoard::setCurrent(qint64 dealId, StageColumnView* from)
{
    for (StageColumnView* column : m_columns) {
        if (column != from)
            column->clearSelection();
    }
    if (m_current == dealId)
        return;
    m_current = dealId;
    emit currentDealChanged(dealId);
}

bool PipelineBoard::acceptDrop(qint64 dealId, qint64 stageId, int index)
{
    StageColumnView* target = column(stageId);
    StageColumnView* source = columnOf(dealId);
    if (!target)
        return false;
    // The reason for a lost deal is asked once the drop has finished: a modal
    // question inside a drop event is not safe on every platform.
    if (target->stage().outcome == pipeline::StageOutcome::Lost && source != target) {
        QTimer::singleShot(0, this, [this, dealId, stageId, index] { moveDeal(dealId, stageId, index); });
        return true;
    }
    return moveDeal(dealId, stageId, index);
}

bool PipelineBoard::moveDeal(qint64 dealId, qint64 stageId, int index)
{
    StageColumnView* target = column(stageId);
    StageColumnView* source = columnOf(dealId);
    QString reason;
    if (target && target->stage().outcome == pipeline::StageOutcome::Lost && source != target) {
        const std::optional<QString> answer = TextPrompt::ask(
            this, tr("Deal lost"), tr("Why was the deal lost? (optional)"));
        if (!answer)
            return false;
        reason = *answer;
    }
    const Result<pipeline::Deal> moved = m_services.deals.move(dealId, stageId, index, reason);
    if (!moved) {
        Dialogs::error(this, tr("Move deal"), ErrorText::describe(moved.error()), moved.error().detail);
        scheduleReload();
        return false;
    }
    m_current = dealId;
    scheduleReload();
    emit dealMoved(dealId);
    if (target)
        emit statusMessage(tr("“%1” moved to %2").arg(moved->title, target->stage().displayName()));
    return true;
}

void PipelineBoard::scheduleReload()
{
    // Never inside the drop that caused it: the views are still handling it.
    if (m_reloadPending)
        return;
    m_reloadPending = true;
    QTimer::singleShot(0, this, [this] {
        if (m_reloadPending)
            reload();
    });
}

void PipelineBoard::showContextMenu(qint64 dealId, const QPoint& globalPos)
{
    StageColumnView* source = columnOf(dealId);
    QMenu menu(this);
    QAction* edit = menu.addAction(tr("Edit…"));
    QMenu* moveTo = menu.addMenu(tr("Move to"));
    for (StageColumnView* column : m_columns) {
        QAction* action = moveTo->addAction(column->stage().displayName());
        action->setEnabled(column != source);
        const qint64 stageId = column->stage().id;
        connect(action, &QAction::triggered, this, [this, dealId, stageId] { moveDeal(dealId, stageId, -1); });
    }
    menu.addSeparator();
    QAction* remove = menu.addAction(tr("Delete…"));
    connect(edit, &QAction::triggered, this, [this, dealId] { emit editRequested(dealId); });
    connect(remove, &QAction::triggered, this, [this, dealId] { emit deleteRequested(dealId); });
    menu.exec(globalPos);
}

} // namespace peyvand::ui
