#include "DealRepository.h"

#include "storage/Database.h"
#include "storage/SqlHelpers.h"
#include "text/PersianText.h"

#include <QCoreApplication>

namespace peyvand::pipeline {

namespace {

struct PipelineText {
    Q_DECLARE_TR_FUNCTIONS(Pipeline)
};

const QString kColumns = QStringLiteral(
    "d.id, d.title, d.customer_id, d.lead_id, d.document_id, d.amount_rial, d.expected_close, d.stage_id, d.position, "
    "d.owner, d.lost_reason, d.closed_at, d.created_at, d.updated_at");
constexpr int kColumnCount = 14;

Deal readDeal(const QSqlQuery& q)
{
    Deal d;
    int i = 0;
    d.id = q.value(i++).toLongLong();
    d.title = q.value(i++).toString();
    d.customerId = q.value(i++).toLongLong();
    d.leadId = q.value(i++).toLongLong();
    d.documentId = q.value(i++).toLongLong();
    d.amount = Money::fromRial(q.value(i++).toLongLong());
    d.expectedClose = storage::dateFromIso(q.value(i++));
    d.stageId = q.value(i++).toLongLong();
    d.position = q.value(i++).toInt();
    d.owner = q.value(i++).toString();
    d.lostReason = q.value(i++).toString();
    d.closedAt = storage::timestampFromIso(q.value(i++));
    d.createdAt = storage::timestampFromIso(q.value(i++));
    d.updatedAt = storage::timestampFromIso(q.value(i++));
    return d;
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

QVariant timestampOrNull(const QDateTime& at)
{
    return at.isValid() ? QVariant(storage::isoTimestamp(at)) : QVariant(QMetaType::fromType<QString>());
}

Result<QString> nameOf(QSqlDatabase& db, const QString& sql, qint64 id)
{
    if (id <= 0)
        return QString();
    auto v = storage::scalar(db, sql, { id });
    if (!v)
        return v.error();
    return v->toString();
}

} // namespace

Result<Deal> DealRepository::find(qint64 id)
{
    auto q = storage::run(m_db.connection(), QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM deals d WHERE d.id = ?"), { id });
    if (!q)
        return q.error();
    if (!q->next())
        return Error::make(ErrorCode::NotFound, PipelineText::tr("There is no deal with number %1.").arg(id));
    return readDeal(*q);
}

Result<qint64> DealRepository::insert(const Deal& d, const QString& searchText)
{
    auto q = storage::run(m_db.connection(),
                          QStringLiteral("INSERT INTO deals (title, customer_id, lead_id, document_id, amount_rial, expected_close, "
                                         "stage_id, position, owner, lost_reason, closed_at, created_at, updated_at, search_text) "
                                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                          { d.title, idOrNull(d.customerId), idOrNull(d.leadId), idOrNull(d.documentId), d.amount.rial(),
                            storage::nullableDate(d.expectedClose), d.stageId, d.position, d.owner, d.lostReason,
                            timestampOrNull(d.closedAt), storage::isoTimestamp(d.createdAt), storage::isoTimestamp(d.updatedAt),
                            searchText });
    if (!q)
        return q.error();
    return q->lastInsertId().toLongLong();
}

Status DealRepository::update(const Deal& d, const QString& searchText)
{
    return storage::changeOne(m_db.connection(),
                              QStringLiteral("UPDATE deals SET title = ?, customer_id = ?, lead_id = ?, document_id = ?, amount_rial = ?, "
                                             "expected_close = ?, stage_id = ?, position = ?, owner = ?, lost_reason = ?, closed_at = ?, "
                                             "updated_at = ?, search_text = ? WHERE id = ?"),
                              { d.title, idOrNull(d.customerId), idOrNull(d.leadId), idOrNull(d.documentId), d.amount.rial(),
                                storage::nullableDate(d.expectedClose), d.stageId, d.position, d.owner, d.lostReason,
                                timestampOrNull(d.closedAt), storage::isoTimestamp(d.updatedAt), searchText, d.id },
                              Error::make(ErrorCode::NotFound, PipelineText::tr("There is no deal with number %1.").arg(d.id)));
}

Status DealRepository::remove(qint64 id)
{
    return storage::changeOne(m_db.connection(), QStringLiteral("DELETE FROM deals WHERE id = ?"), { id },
                              Error::make(ErrorCode::NotFound, PipelineText::tr("There is no deal with number %1.").arg(id)));
}

Result<QList<qint64>> DealRepository::column(qint64 stageId)
{
    auto q = storage::run(m_db.connection(), QStringLiteral("SELECT id FROM deals WHERE stage_id = ? ORDER BY position, id"), { stageId });
    if (!q)
        return q.error();
    QList<qint64> ids;
    while (q->next())
        ids << q->value(0).toLongLong();
    return ids;
}

Status DealRepository::renumber(qint64 stageId, const QList<qint64>& ids)
{
    for (int i = 0; i < ids.size(); ++i) {
        auto q = storage::run(m_db.connection(),
                              QStringLiteral("UPDATE deals SET stage_id = ?, position = ? WHERE id = ? AND (stage_id <> ? OR position <> ?)"),
                              { stageId, i, ids.at(i), stageId, i });
        if (!q)
            return q.error();
    }
    return {};
}

Result<QList<DealRow>> DealRepository::rows(const DealFilter& filter, std::optional<qint64> customerId)
{
    QStringList terms;
    QVariantList values;
    if (filter.stageId) {
        terms << QStringLiteral("d.stage_id = ?");
        values << *filter.stageId;
    }
    if (filter.openOnly)
        terms << QStringLiteral("s.outcome = 'open'");
    if (const QString owner = text::normalizeForStorage(filter.owner); !owner.isEmpty()) {
        terms << QStringLiteral("d.owner = ?");
        values << owner;
    }
    if (customerId) {
        terms << QStringLiteral("d.customer_id = ?");
        values << *customerId;
    }
    // Every word in the deal's title or party names; the parties' sort keys
    // keep a renamed customer or lead findable.
    for (const QString& word : text::searchKey(filter.text).split(u' ', Qt::SkipEmptyParts)) {
        terms << QStringLiteral("(instr(d.search_text, ?) > 0 OR instr(coalesce(c.name_sort, ''), ?) > 0 "
                                "OR instr(coalesce(l.name_sort, ''), ?) > 0)");
        const QString sortWord = text::sortKey(word);
        values << word << sortWord << sortWord;
    }
    QString sql = QStringLiteral("SELECT ") + kColumns
        + QStringLiteral(", s.key, s.name, s.probability, coalesce(c.name, l.name, '') "
                         "FROM deals d JOIN deal_stages s ON s.id = d.stage_id "
                         "LEFT JOIN customers c ON c.id = d.customer_id LEFT JOIN leads l ON l.id = d.lead_id");
    if (!terms.isEmpty())
        sql += QStringLiteral(" WHERE ") + terms.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY s.position, s.id, d.position, d.id");

    auto q = storage::prepare(m_db.connection(), sql);
    if (!q)
        return q.error();
    storage::bindAll(*q, values);
    if (auto s = storage::exec(*q); !s)
        return s.error();
    QList<DealRow> out;
    while (q->next()) {
        DealRow row;
        row.deal = readDeal(*q);
        Stage stage;
        stage.key = q->value(kColumnCount).toString();
        stage.name = q->value(kColumnCount + 1).toString();
        row.stageName = stage.displayName();
        row.probability = q->value(kColumnCount + 2).toInt();
        row.partyName = q->value(kColumnCount + 3).toString();
        auto weighted = mulDiv(row.deal.amount.rial(), row.probability, 100, Rounding::HalfUp);
        if (!weighted)
            return weighted.error();
        row.weighted = Money::fromRial(*weighted);
        out << row;
    }
    return out;
}

Result<QString> DealRepository::customerName(qint64 customerId)
{
    return nameOf(m_db.connection(), QStringLiteral("SELECT name FROM customers WHERE id = ?"), customerId);
}

Result<QString> DealRepository::leadName(qint64 leadId)
{
    return nameOf(m_db.connection(), QStringLiteral("SELECT name FROM leads WHERE id = ?"), leadId);
}

Result<bool> DealRepository::documentExists(qint64 documentId)
{
    auto v = storage::scalar(m_db.connection(), QStringLiteral("SELECT 1 FROM documents WHERE id = ?"), { documentId });
    if (!v)
        return v.error();
    return v->isValid();
}

QJsonObject DealRepository::auditValues(const Deal& d)
{
    QJsonObject o;
    o.insert(QStringLiteral("title"), d.title);
    o.insert(QStringLiteral("customer_id"), d.customerId > 0 ? QJsonValue(d.customerId) : QJsonValue());
    o.insert(QStringLiteral("lead_id"), d.leadId > 0 ? QJsonValue(d.leadId) : QJsonValue());
    o.insert(QStringLiteral("document_id"), d.documentId > 0 ? QJsonValue(d.documentId) : QJsonValue());
    o.insert(QStringLiteral("amount_rial"), d.amount.rial());
    o.insert(QStringLiteral("expected_close"), d.expectedClose.isValid() ? QJsonValue(storage::isoDate(d.expectedClose)) : QJsonValue());
    o.insert(QStringLiteral("stage_id"), d.stageId);
    o.insert(QStringLiteral("position"), d.position);
    o.insert(QStringLiteral("owner"), d.owner);
    o.insert(QStringLiteral("lost_reason"), d.lostReason);
    o.insert(QStringLiteral("closed_at"), d.closedAt.isValid() ? QJsonValue(storage::isoTimestamp(d.closedAt)) : QJsonValue());
    return o;
}

} // namespace peyvand::pipeline
