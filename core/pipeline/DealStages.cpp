#include "DealService.h"

#include "StageRepository.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "text/PersianText.h"

#include <QCoreApplication>

#include <algorithm>

// The stage half of DealService: the ordered list a user edits.

namespace peyvand::pipeline {

namespace {

struct PipelineText {
    Q_DECLARE_TR_FUNCTIONS(Pipeline)
};

const QString kStage = QStringLiteral("deal_stage");

Status checkProbability(int probability)
{
    if (probability < 0 || probability > 100)
        return Error::invalid(QStringLiteral("probability"), PipelineText::tr("The probability must be between 0 and 100 percent."));
    return {};
}

// Normalises a stage's name and checks it: user stages need one, and no two
// stages may be called the same (compared by search key).
Status cleanStageName(StageRepository& repo, Stage& stage)
{
    stage.name = text::normalizeForStorage(stage.name);
    if (stage.name.isEmpty()) {
        if (stage.key.isEmpty())
            return Error::invalid(QStringLiteral("name"), PipelineText::tr("Give the stage a name."));
        return {};
    }
    auto stages = repo.all();
    if (!stages)
        return stages.error();
    const QString key = text::searchKey(stage.name);
    for (const Stage& other : std::as_const(*stages)) {
        if (other.id != stage.id && text::searchKey(other.displayName()) == key) {
            Error e = Error::make(ErrorCode::Conflict, PipelineText::tr("There is already a stage named “%1”.").arg(other.displayName()));
            e.field = QStringLiteral("name");
            return e;
        }
    }
    return {};
}

QList<qint64> idsOf(const QList<Stage>& stages)
{
    QList<qint64> ids;
    for (const Stage& s : stages)
        ids << s.id;
    return ids;
}

} // namespace

Result<QList<Stage>> DealService::stages()
{
    return StageRepository(m_db).all();
}

Result<Stage> DealService::addStage(const QString& name, int probability, StageOutcome outcome)
{
    if (auto s = checkProbability(probability); !s)
        return s.error();
    const QDateTime now = m_clock.nowUtc();
    return m_db.writeValue<Stage>([&]() -> Result<Stage> {
        StageRepository repo(m_db);
        Stage stage;
        stage.name = name;
        stage.probability = probability;
        stage.outcome = outcome;
        if (auto s = cleanStageName(repo, stage); !s)
            return s.error();
        auto stages = repo.all();
        if (!stages)
            return stages.error();
        // An open stage goes after the last open one (before won and lost);
        // a closing stage goes to the end.
        int index = stages->size();
        if (outcome == StageOutcome::Open) {
            auto firstClosed = std::find_if(stages->cbegin(), stages->cend(), [](const Stage& s) { return s.outcome != StageOutcome::Open; });
            index = int(firstClosed - stages->cbegin());
        }
        stage.position = index + 1;
        auto id = repo.insert(stage);
        if (!id)
            return id.error();
        stage.id = *id;
        QList<qint64> order = idsOf(*stages);
        order.insert(index, stage.id);
        if (auto s = repo.renumber(order); !s)
            return s.error();
        if (auto s = storage::AuditLog(m_db).record(now, kStage, stage.id, QStringLiteral("create"), {}, StageRepository::auditValues(stage)); !s)
            return s.error();
        return stage;
    });
}

Status DealService::updateStage(const Stage& changed)
{
    if (auto s = checkProbability(changed.probability); !s)
        return s;
    const QDateTime now = m_clock.nowUtc();
    return m_db.write([&]() -> Status {
        StageRepository repo(m_db);
        auto before = repo.find(changed.id);
        if (!before)
            return before.error();
        Stage stage = *before;
        stage.name = changed.name;
        stage.probability = changed.probability;
        if (auto s = cleanStageName(repo, stage); !s)
            return s;
        if (auto s = repo.update(stage); !s)
            return s;
        return storage::AuditLog(m_db).record(now, kStage, stage.id, QStringLiteral("update"), StageRepository::auditValues(*before),
                                              StageRepository::auditValues(stage));
    });
}

Status DealService::moveStage(qint64 stageId, int newIndex)
{
    const QDateTime now = m_clock.nowUtc();
    return m_db.write([&]() -> Status {
        StageRepository repo(m_db);
        auto stages = repo.all();
        if (!stages)
            return stages.error();
        QList<qint64> order = idsOf(*stages);
        const qsizetype from = order.indexOf(stageId);
        if (from < 0)
            return repo.find(stageId).error();
        const Stage before = stages->at(from);
        order.removeAt(from);
        const int to = (newIndex < 0 || newIndex > order.size()) ? int(order.size()) : newIndex;
        order.insert(to, stageId);
        if (auto s = repo.renumber(order); !s)
            return s;
        Stage after = before;
        after.position = to + 1;
        return storage::AuditLog(m_db).record(now, kStage, stageId, QStringLiteral("update"), StageRepository::auditValues(before),
                                              StageRepository::auditValues(after));
    });
}

Status DealService::removeStage(qint64 stageId)
{
    const QDateTime now = m_clock.nowUtc();
    return m_db.write([&]() -> Status {
        StageRepository repo(m_db);
        auto stage = repo.find(stageId);
        if (!stage)
            return stage.error();
        auto deals = repo.dealCount(stageId);
        if (!deals)
            return deals.error();
        if (*deals > 0) {
            return Error::make(ErrorCode::Conflict,
                               PipelineText::tr("“%1” still holds %n deal(s); move them to another stage first.", nullptr, *deals)
                                   .arg(stage->displayName()));
        }
        auto stages = repo.all();
        if (!stages)
            return stages.error();
        if (stage->outcome == StageOutcome::Open) {
            const auto open = std::count_if(stages->cbegin(), stages->cend(), [](const Stage& s) { return s.outcome == StageOutcome::Open; });
            if (open <= 1) {
                return Error::make(ErrorCode::Conflict,
                                   PipelineText::tr("“%1” is the last open stage; the pipeline needs at least one.").arg(stage->displayName()));
            }
        }
        if (auto s = repo.remove(stageId); !s)
            return s;
        QList<qint64> order = idsOf(*stages);
        order.removeAll(stageId);
        if (auto s = repo.renumber(order); !s)
            return s;
        return storage::AuditLog(m_db).record(now, kStage, stageId, QStringLiteral("delete"), StageRepository::auditValues(*stage), {});
    });
}

} // namespace peyvand::pipeline
