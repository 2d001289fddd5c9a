#pragma once

#include "Deal.h"
#include "common/Clock.h"
#include "common/Result.h"

#include <QList>

namespace peyvand::storage {
class Database;
}

namespace peyvand::pipeline {

struct DealFilter {
    QString text;                 // title, customer or lead name contains
    std::optional<qint64> stageId;
    bool openOnly = false;        // only deals in open stages
    QString owner;
};

// A deal as lists and the board show it.
struct DealRow {
    Deal deal;
    QString stageName;
    int probability = 0;
    QString partyName;            // the customer's or the lead's name
    Money weighted;               // amount * probability / 100, rounded half up
};

struct StageColumn {
    Stage stage;
    QList<DealRow> deals;         // by position
    Money total;
    Money weighted;
};

struct PipelineTotals {
    int openDeals = 0;
    Money openAmount;
    Money weightedValue;          // sum over open deals of amount * probability
};

// Deals and the stages they move through. Writes validate ("title",
// "amount", "stage", "customer", "lead", "probability", "name"), run in one
// transaction and leave an audit row.
class DealService final {
public:
    DealService(storage::Database& db, const Clock& clock = SystemClock::instance());

    Result<QList<Stage>> stages();                 // by position
    Result<Stage> addStage(const QString& name, int probability, StageOutcome outcome = StageOutcome::Open);
    Status updateStage(const Stage& stage);        // name and probability
    Status moveStage(qint64 stageId, int newIndex); // reorders
    // Conflict while deals are in it (move them first), or when it is the last open stage.
    Status removeStage(qint64 stageId);

    Result<Deal> create(Deal draft);               // stageId 0: the first open stage; goes to the end of its column
    Result<Deal> update(Deal changed);             // everything but stage and position
    Result<Deal> get(qint64 id);
    Status remove(qint64 id);
    // Drag and drop: puts the deal at `index` in the stage's column (clamped),
    // renumbering the column; moving into a won/lost stage sets closedAt,
    // out of one clears it; a lost stage takes an optional reason.
    Result<Deal> move(qint64 dealId, qint64 stageId, int index = -1, const QString& lostReason = {});

    Result<QList<StageColumn>> board(const DealFilter& filter = {});
    Result<QList<DealRow>> list(const DealFilter& filter = {});  // by stage position, then position
    Result<PipelineTotals> totals();
    Result<QList<DealRow>> dealsOf(qint64 customerId);

private:
    storage::Database& m_db;
    const Clock& m_clock;
};

} // namespace peyvand::pipeline
