#include "PipelineTestSupport.h"

namespace peyvand::test {

PipelineFixture::PipelineFixture()
    : db(memoryDatabase())
    , clock(localTime(QDate(2025, 3, 10), QTime(10, 0)))
    , services(std::make_unique<ui::PipelineServices>(*db, clock))
    , customers(std::make_unique<customers::CustomerService>(*db))
{
}

QDateTime PipelineFixture::localTime(QDate date, QTime time)
{
    return QDateTime(date, time).toUTC();
}

pipeline::Stage PipelineFixture::stage(const QString& key)
{
    const Result<QList<pipeline::Stage>> stages = services->deals.stages();
    REQUIRE(stages.hasValue());
    for (const pipeline::Stage& stage : *stages) {
        if (stage.key == key)
            return stage;
    }
    FAIL("no stage " << key.toStdString());
    return {};
}

customers::Customer PipelineFixture::customer(const QString& name)
{
    return addCustomer(*customers, name);
}

pipeline::Deal PipelineFixture::deal(const QString& title, qint64 amountRial, const QString& stageKey,
                                     qint64 customerId, QDate expectedClose, const QString& owner)
{
    pipeline::Deal draft;
    draft.title = title;
    draft.amount = Money::fromRial(amountRial);
    draft.stageId = stage(stageKey).id;
    draft.customerId = customerId;
    draft.expectedClose = expectedClose;
    draft.owner = owner;
    const Result<pipeline::Deal> created = services->deals.create(draft);
    INFO((created ? QString() : created.error().message).toStdString());
    REQUIRE(created.hasValue());
    return *created;
}

QList<qint64> PipelineFixture::column(const QString& stageKey)
{
    const qint64 stageId = stage(stageKey).id;
    const Result<QList<pipeline::StageColumn>> board = services->deals.board();
    REQUIRE(board.hasValue());
    QList<qint64> ids;
    for (const pipeline::StageColumn& column : *board) {
        if (column.stage.id != stageId)
            continue;
        for (const pipeline::DealRow& row : column.deals)
            ids << row.deal.id;
    }
    return ids;
}

tasks::Task PipelineFixture::task(const QString& title, const QDateTime& dueUtc, tasks::Subject subject,
                                  qint64 subjectId)
{
    tasks::Task draft;
    draft.title = title;
    draft.dueAt = dueUtc.toUTC();
    draft.subject = subject;
    draft.subjectId = subjectId;
    const Result<tasks::Task> created = services->tasks.create(draft);
    INFO((created ? QString() : created.error().message).toStdString());
    REQUIRE(created.hasValue());
    return *created;
}

} // namespace peyvand::test
