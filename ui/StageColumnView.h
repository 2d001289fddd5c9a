#pragma once

#include "pipeline/DealService.h"

#include <QFrame>

class QLabel;
class QListView;

namespace peyvand::ui {

class DealColumnModel;

// One column of the pipeline board: the stage's name and probability, how
// many deals it holds with their total and weighted amounts, and the cards.
class StageColumnView final : public QFrame {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StageColumnView)

public:
    static constexpr int kMinimumWidth = 180;
    static constexpr int kMaximumWidth = 320;

    StageColumnView(const pipeline::Stage& stage, QWidget* parent = nullptr);

    void setColumn(const pipeline::StageColumn& column, bool toman);
    const pipeline::Stage& stage() const { return m_stage; }
    DealColumnModel* model() const { return m_model; }
    QListView* list() const { return m_list; }
    QLabel* titleLabel() const { return m_title; }
    QLabel* summaryLabel() const { return m_summary; }
    qint64 currentDealId() const;
    bool select(qint64 dealId);
    void clearSelection();

signals:
    void dealActivated(qint64 dealId);
    void dealSelected(qint64 dealId);
    void contextMenuRequested(qint64 dealId, const QPoint& globalPos);

private:
    pipeline::Stage m_stage;
    DealColumnModel* m_model = nullptr;
    QListView* m_list = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_summary = nullptr;
};

} // namespace peyvand::ui
