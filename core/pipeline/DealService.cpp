#include "DealService.h"

#include "DealRepository.h"
#include "StageRepository.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "text/PersianText.h"

#include <QCoreApplication>

#include <algorithm>

namespace peyvand::pipeline {

namespace {

struct PipelineText {
    Q_DECLARE_TR_FUNCTIONS(Pipeline)
};

const QString kDeal = QStringLiteral("deal");

Error notFoundField(const QString& field, const QString& message)
{
    Error e = Error::make(ErrorCode::NotFound, message);
    e.field = field;
    return e;
}

// Storage form of the fields a user types; the checks that need no database.
Status cleanAndValidate(Deal& deal)
{
    deal.title = text::normalizeForStorage(deal.title);
    deal.owner = text::normalizeForStorage(deal.owner);
    deal.lostReason = text::normalizeForStorage(deal.lostReason);
    deal.customerId = std::max<qint64>(deal.customerId, 0);
    deal.leadId = std::max<qint64>(deal.leadId, 0);
    deal.documentId = std::max<qint64>(deal.documentId, 0);
    if (deal.title.isEmpty())
        return Error::invalid(QStringLiteral("title"), PipelineText::tr("Give the deal a title."));
    if (deal.amount.isNegative())
        return Error::invalid(QStringLiteral("amount"), PipelineText::tr("The amount of a deal cannot be negative."));
    return {};
}

// Checks that the deal's customer, lead and document exist and returns the
// search text: the search keys of the title and the parties' names.
Result<QString> checkReferences(DealRepository& repo, const Deal& deal)
{
    QStringList keys { text::searchKey(deal.title) };
    if (deal.customerId > 0) {
        auto name = repo.customerName(deal.customerId);
        if (!name)
            return name.error();
        if (name->isNull())
            return notFoundField(QStringLiteral("customer"), PipelineText::tr("There is no customer with number %1.").arg(deal.customerId));
        keys << text::searchKey(*name);
    }
    if (deal.leadId > 0) {
        auto name = repo.leadName(deal.leadId);
        if (!name)
            return name.error();
        if (name->isNull())
            return notFoundField(QStringLiteral("lead"), PipelineText::tr("There is no lead with number %1.").arg(deal.leadId));
        keys << text::searchKey(*name);
    }
    if (deal.documentId > 0) {
        auto exists = repo.documentExists(deal.documentId);
        if (!exists)
            return exists.error();
        if (!*exists)
            return notFoundField(QStringLiteral("document"), PipelineText::tr("There is no pre-invoice with number %1.").arg(deal.documentId));
    }
    keys.removeAll(QString());
    return keys.join(u' ');
}

Result<Stage> firstOpenStage(StageRepository& repo)
{
    auto stages = repo.all();
    if (!stages)
        return stages.error();
    for (const Stage& s : std::as_const(*stages)) {
        if (s.outcome == StageOutcome::Open)
            return s;
    }
    return notFoundField(QStringLiteral("stage"), PipelineText::tr("The pipeline has no open stage."));
}
} // namespace

DealService::DealService(storage::Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
{
}
Result<Deal> DealService::create(Deal draft)
{
    if (auto s = cleanAndValidate(draft); !s)
        return s.error();
    const QDateTime now = m_clock.nowUtc();
    return m_db.writeValue<Deal>([&]() -> Result<Deal> {
        StageRepository stages(m_db);
        DealRepository deals(m_db);
        auto stage = draft.stageId == 0 ? firstOpenStage(stages) : stages.find(draft.stageId);
        if (!stage)
            return stage.error();
        auto searchText = checkReferences(deals, draft);
        if (!searchText)
            return searchText.error();
        auto column = deals.column(stage->id);
        if (!column)
            return column.error();
        draft.id = 0;
        draft.stageId = stage->id;
        draft.position = int(column->size());
        draft.closedAt = stage->outcome == StageOutcome::Open ? QDateTime() : now;
        if (stage->outcome != StageOutcome::Lost)
            draft.lostReason.clear();
        draft.createdAt = now;
        draft.updatedAt = now;
        auto id = deals.insert(draft, *searchText);
        if (!id)
            return id.error();
        draft.id = *id;
        if (auto s = storage::AuditLog(m_db).record(now, kDeal, draft.id, QStringLiteral("create"), {}, DealRepository::auditValues(draft)); !s)
            return s.error();
        return draft;
    });
}

Result<Deal> DealService::update(Deal changed)
{
    if (auto s = cleanAndValidate(changed); !s)
        return s.error();
    const QDateTime now = m_clock.nowUtc();
    return m_db.writeValue<Deal>([&]() -> Result<Deal> {
        DealRepository deals(m_db);
        auto before = deals.find(changed.id);
        if (!before)
            return before.error();
        auto stage = StageRepository(m_db).find(before->stageId);
        if (!stage)
            return stage.error();
        auto searchText = checkReferences(deals, changed);
        if (!searchText)
            return searchText.error();
        changed.stageId = before->stageId;
        changed.position = before->position;
        changed.closedAt = before->closedAt;
        changed.createdAt = before->createdAt;
        changed.updatedAt = now;
        if (stage->outcome != StageOutcome::Lost)
            changed.lostReason.clear();
        if (auto s = deals.update(changed, *searchText); !s)
            return s.error();
        if (auto s = storage::AuditLog(m_db).record(now, kDeal, changed.id, QStringLiteral("update"), DealRepository::auditValues(*before),
                                                    DealRepository::auditValues(changed));
            !s)
            return s.error();
        return changed;
    });
}

Result<Deal> DealService::get(qint64 id)
{
    return DealRepository(m_db).find(id);
}

Status DealService::remove(qint64 id)
{
    const QDateTime now = m_clock.nowUtc();
    return m_db.write([&]() -> Status {
        DealRepository deals(m_db);
        auto before = deals.find(id);
        if (!before)
            return before.error();
        if (auto s = deals.remove(id); !s)
            return s;
        auto column = deals.column(before->stageId);
        if (!column)
            return column.error();
        if (auto s = deals.renumber(before->stageId, *column); !s)
            return s;
        return storage::AuditLog(m_db).record(now, kDeal, id, QStringLiteral("delete"), DealRepository::auditValues(*before), {});
    });
}

Result<Deal> DealService::move(qint64 dealId, qint64 stageId, int index, const QString& lostReason)
{
    const QDateTime now = m_clock.nowUtc();
    return m_db.writeValue<Deal>([&]() -> Result<Deal> {
        DealRepository deals(m_db);
        auto before = deals.find(dealId);
        if (!before)
            return before.error();
        auto target = StageRepository(m_db).find(stageId);
        if (!target)
            return target.error();
        const bool sameStage = before->stageId == stageId;

        if (!sameStage) {
            auto source = deals.column(before->stageId);
            if (!source)
                return source.error();
            source->removeAll(dealId);
            if (auto s = deals.renumber(before->stageId, *source); !s)
                return s.error();
        }
        auto column = deals.column(stageId);
        if (!column)
            return column.error();
        column->removeAll(dealId);
        const int at = (index < 0 || index > column->size()) ? int(column->size()) : index;
        column->insert(at, dealId);
        if (auto s = deals.renumber(stageId, *column); !s)
            return s.error();

        Deal after = *before;
        after.stageId = stageId;
        after.position = at;
        after.updatedAt = now;
        if (target->outcome == StageOutcome::Open)
            after.closedAt = QDateTime();
        else if (!sameStage)
            after.closedAt = now;
        if (target->outcome != StageOutcome::Lost)
            after.lostReason.clear();
        else if (const QString reason = text::normalizeForStorage(lostReason); !reason.isEmpty())
            after.lostReason = reason;
        auto searchText = checkReferences(deals, after);
        if (!searchText)
            return searchText.error();
        if (auto s = deals.update(after, *searchText); !s)
            return s.error();
        if (auto s = storage::AuditLog(m_db).record(now, kDeal, dealId, QStringLiteral("update"), DealRepository::auditValues(*before),
                                                    DealRepository::auditValues(after));
            !s)
            return s.error();
        return after;
    });
}

Result<QList<StageColumn>> DealService::board(const DealFilter& filter)
{
    auto stages = StageRepository(m_db).all();
    if (!stages)
        return stages.error();
    auto rows = DealRepository(m_db).rows(filter);
    if (!rows)
        return rows.error();
    QList<StageColumn> columns;
    for (const Stage& stage : std::as_const(*stages)) {
        if (filter.stageId && *filter.stageId != stage.id)
            continue;
        if (filter.openOnly && stage.outcome != StageOutcome::Open)
            continue;
        StageColumn column;
        column.stage = stage;
        for (const DealRow& row : std::as_const(*rows)) {
            if (row.deal.stageId != stage.id)
                continue;
            auto total = column.total.plus(row.deal.amount);
            auto weighted = column.weighted.plus(row.weighted);
            if (!total)
                return total.error();
            if (!weighted)
                return weighted.error();
            column.total = *total;
            column.weighted = *weighted;
            column.deals << row;
        }
        columns << column;
    }
    return columns;
}

Result<QList<DealRow>> DealService::list(const DealFilter& filter)
{
    return DealRepository(m_db).rows(filter);
}

Result<PipelineTotals> DealService::totals()
{
    DealFilter open;
    open.openOnly = true;
    auto rows = DealRepository(m_db).rows(open);
    if (!rows)
        return rows.error();
    PipelineTotals t;
    for (const DealRow& row : std::as_const(*rows)) {
        auto amount = t.openAmount.plus(row.deal.amount);
        auto weighted = t.weightedValue.plus(row.weighted);
        if (!amount)
            return amount.error();
        if (!weighted)
            return weighted.error();
        t.openAmount = *amount;
        t.weightedValue = *weighted;
        ++t.openDeals;
    }
    return t;
}

Result<QList<DealRow>> DealService::dealsOf(qint64 customerId)
{
    return DealRepository(m_db).rows({}, customerId);
}

} // namespace peyvand::pipeline
