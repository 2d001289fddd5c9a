#include "StageRepository.h"

#include "storage/Database.h"
#include "storage/SqlHelpers.h"

#include <QCoreApplication>

namespace peyvand::pipeline {

namespace {

struct PipelineText {
    Q_DECLARE_TR_FUNCTIONS(Pipeline)
};

Stage readStage(const QSqlQuery& q)
{
    Stage s;
    s.id = q.value(0).toLongLong();
    s.key = q.value(1).toString();
    s.name = q.value(2).toString();
    s.probability = q.value(3).toInt();
    s.outcome = stageOutcomeFromKey(q.value(4).toString()).value_or(StageOutcome::Open);
    s.position = q.value(5).toInt();
    return s;
}

const QString kSelect = QStringLiteral("SELECT id, key, name, probability, outcome, position FROM deal_stages");

} // namespace

Result<QList<Stage>> StageRepository::all()
{
    auto q = storage::run(m_db.connection(), kSelect + QStringLiteral(" ORDER BY position, id"));
    if (!q)
        return q.error();
    QList<Stage> out;
    while (q->next())
        out << readStage(*q);
    return out;
}

Result<Stage> StageRepository::find(qint64 id)
{
    auto q = storage::run(m_db.connection(), kSelect + QStringLiteral(" WHERE id = ?"), { id });
    if (!q)
        return q.error();
    if (!q->next()) {
        Error e = Error::make(ErrorCode::NotFound, PipelineText::tr("There is no pipeline stage with number %1.").arg(id));
        e.field = QStringLiteral("stage");
        return e;
    }
    return readStage(*q);
}

Result<qint64> StageRepository::insert(const Stage& stage)
{
    auto q = storage::run(m_db.connection(),
                          QStringLiteral("INSERT INTO deal_stages (key, name, probability, outcome, position) VALUES (?, ?, ?, ?, ?)"),
                          { stage.key, stage.name, stage.probability, toKey(stage.outcome), stage.position });
    if (!q)
        return q.error();
    return q->lastInsertId().toLongLong();
}

Status StageRepository::update(const Stage& stage)
{
    return storage::changeOne(m_db.connection(), QStringLiteral("UPDATE deal_stages SET name = ?, probability = ? WHERE id = ?"),
                              { stage.name, stage.probability, stage.id },
                              Error::make(ErrorCode::NotFound, PipelineText::tr("There is no pipeline stage with number %1.").arg(stage.id)));
}

Status StageRepository::remove(qint64 id)
{
    auto q = storage::run(m_db.connection(), QStringLiteral("DELETE FROM deal_stages WHERE id = ?"), { id });
    if (!q)
        return q.error();
    return {};
}

Status StageRepository::renumber(const QList<qint64>& ids)
{
    for (int i = 0; i < ids.size(); ++i) {
        auto q = storage::run(m_db.connection(), QStringLiteral("UPDATE deal_stages SET position = ? WHERE id = ? AND position <> ?"),
                              { i + 1, ids.at(i), i + 1 });
        if (!q)
            return q.error();
    }
    return {};
}

Result<int> StageRepository::dealCount(qint64 stageId)
{
    auto v = storage::scalar(m_db.connection(), QStringLiteral("SELECT count(*) FROM deals WHERE stage_id = ?"), { stageId });
    if (!v)
        return v.error();
    return v->toInt();
}

QJsonObject StageRepository::auditValues(const Stage& stage)
{
    QJsonObject o;
    if (!stage.key.isEmpty())
        o.insert(QStringLiteral("key"), stage.key);
    o.insert(QStringLiteral("name"), stage.name);
    o.insert(QStringLiteral("probability"), stage.probability);
    o.insert(QStringLiteral("outcome"), toKey(stage.outcome));
    o.insert(QStringLiteral("position"), stage.position);
    return o;
}

} // namespace peyvand::pipeline
