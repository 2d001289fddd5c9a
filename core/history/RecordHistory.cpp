#include "RecordHistory.h"

#include "common/EnumKeys.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace peyvand::history {

namespace {

const std::pair<RecordKind, const char*> kKinds[] = {
    { RecordKind::Customer, "customer" },
    { RecordKind::Lead, "lead" },
    { RecordKind::Document, "quote" },
    { RecordKind::Payment, "payment" },
    { RecordKind::Setting, "setting" },
};

// The audit entities shown as settings: the key/value settings and the
// settings kept in tables of their own.
const QString kSettingEntities = QStringLiteral(
    "'setting', 'scoring_profile', 'company_profile', 'tax_rate', 'deal_stage', 'industry'");

// A part names its record by one of these keys, in its new values (created,
// updated) or its old ones (deleted).
QString partOf(const QString& entities, const char* linkKey)
{
    return QStringLiteral("(entity IN (%1) AND coalesce(json_extract(new_values, '$.%2'), json_extract(old_values, '$.%2')) = ?)")
        .arg(entities, QLatin1String(linkKey));
}

struct Query {
    QString where;
    QVariantList values;
};

Query queryFor(RecordKind kind, qint64 id)
{
    const QString own = QStringLiteral("(entity = '%1' AND entity_id = ?)");
    switch (kind) {
    case RecordKind::Customer:
        // An import records one row for all the customers it created.
        return { own.arg(QStringLiteral("customer")) + QStringLiteral(" OR ")
                     + partOf(QStringLiteral("'customer_note', 'interaction'"), "customer_id")
                     + QStringLiteral(" OR (entity = 'customer_import' AND ? BETWEEN json_extract(new_values, '$.first_id') "
                                      "AND json_extract(new_values, '$.last_id'))"),
                 { id, id, id } };
    case RecordKind::Lead:
        return { own.arg(QStringLiteral("lead")) + QStringLiteral(" OR ")
                     + partOf(QStringLiteral("'lead_note', 'lead_interaction'"), "lead_id"),
                 { id, id } };
    case RecordKind::Document:
        return { own.arg(QStringLiteral("document")) + QStringLiteral(" OR ")
                     + partOf(QStringLiteral("'document_attachment'"), "document_id"),
                 { id, id } };
    case RecordKind::Payment:
        return { own.arg(QStringLiteral("payment"))
                     + QStringLiteral(" OR (entity = 'cheque' AND entity_id = (SELECT cheque_id FROM payments WHERE id = ?))"),
                 { id, id } };
    case RecordKind::Setting:
        return { QStringLiteral("entity IN (%1)").arg(kSettingEntities), {} };
    }
    return {};
}

// Keys that are bookkeeping, not something the user changed (the row's own time says when it was created).
bool isBookkeeping(const QString& entity, const QString& key)
{
    if (key == QLatin1String("id") || key == QLatin1String("created_at") || key == QLatin1String("updated_at")
        || key.endsWith(QLatin1String("_jalali")))
        return true;
    if (key == QLatin1String("customer_id"))
        return entity == QLatin1String("customer_note") || entity == QLatin1String("interaction");
    if (key == QLatin1String("lead_id"))
        return entity == QLatin1String("lead_note") || entity == QLatin1String("lead_interaction");
    if (key == QLatin1String("document_id"))
        return entity == QLatin1String("document_attachment");
    if (entity == QLatin1String("customer_import")) // the counts are about the whole file
        return key != QLatin1String("file") && key != QLatin1String("format");
    return false;
}

bool isBlank(const QJsonValue& v)
{
    return v.isNull() || v.isUndefined() || (v.isString() && v.toString().isEmpty());
}

QJsonObject parse(const QVariant& v)
{
    if (v.isNull())
        return {};
    return QJsonDocument::fromJson(v.toString().toUtf8()).object();
}

void expand(const storage::AuditEntry& e, QList<HistoryRow>& out)
{
    QStringList keys = e.oldValues.keys();
    for (const QString& k : e.newValues.keys()) {
        if (!keys.contains(k))
            keys << k;
    }
    keys.sort();
    const bool createOrDelete = e.action == QLatin1String("create") || e.action == QLatin1String("delete");
    HistoryRow base;
    base.auditId = e.id;
    base.at = e.at;
    base.action = e.action;
    base.source = e.source;
    base.entity = e.entity;
    base.entityId = e.entityId;
    const qsizetype before = out.size();
    for (const QString& k : std::as_const(keys)) {
        if (isBookkeeping(e.entity, k))
            continue;
        HistoryRow row = base;
        row.field = k;
        row.oldValue = e.oldValues.contains(k) ? e.oldValues.value(k) : QJsonValue(QJsonValue::Undefined);
        row.newValue = e.newValues.contains(k) ? e.newValues.value(k) : QJsonValue(QJsonValue::Undefined);
        if (createOrDelete && isBlank(row.oldValue) && isBlank(row.newValue))
            continue;
        row.valueKind = RecordHistory::valueKindOf(k);
        if (row.valueKind == ValueKind::Text && (row.oldValue.isObject() || row.newValue.isObject()))
            row.valueKind = ValueKind::Json;
        out << row;
    }
    if (out.size() == before)
        out << base; // the change itself, e.g. a record created with nothing filled in
}

} // namespace

QString toKey(RecordKind kind) { return keyOf(kind, kKinds); }

std::optional<RecordKind> recordKindFromKey(QStringView key)
{
    if (key == QLatin1String("document") || key == QLatin1String("invoice"))
        return RecordKind::Document;
    return enumFromKey(key, kKinds);
}

QString HistoryRow::qualifiedField(RecordKind kind) const
{
    static const QString own[] = { QStringLiteral("customer"), QStringLiteral("lead"), QStringLiteral("document"),
                                   QStringLiteral("payment") };
    const bool isOwn = kind == RecordKind::Setting || own[int(kind)] == entity;
    if (isOwn || field.isEmpty())
        return field;
    return entity + u'.' + field;
}

Result<QList<HistoryRow>> RecordHistory::of(RecordKind kind, qint64 id)
{
    const Query query = queryFor(kind, id);
    auto q = storage::prepare(m_db.connection(),
                              QStringLiteral("SELECT id, at, entity, entity_id, action, old_values, new_values, source FROM audit_log WHERE ")
                                  + query.where + QStringLiteral(" ORDER BY id"));
    if (!q)
        return q.error();
    storage::bindAll(*q, query.values);
    if (auto s = storage::exec(*q); !s)
        return s.error();
    QList<HistoryRow> rows;
    while (q->next()) {
        storage::AuditEntry e;
        e.id = q->value(0).toLongLong();
        e.at = storage::timestampFromIso(q->value(1));
        e.entity = q->value(2).toString();
        e.entityId = q->value(3).toLongLong();
        e.action = q->value(4).toString();
        e.oldValues = parse(q->value(5));
        e.newValues = parse(q->value(6));
        e.source = q->value(7).toString();
        expand(e, rows);
    }
    return rows;
}

QString RecordHistory::plainText(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(value.toInteger(0)) == QString::number(value.toDouble(), 'g', 17)
            ? QString::number(value.toInteger())
            : QString::number(value.toDouble(), 'g', 17);
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array: {
        const QJsonArray a = value.toArray();
        bool allText = true;
        QStringList parts;
        for (const QJsonValue& v : a) {
            allText = allText && v.isString();
            parts << v.toString();
        }
        if (allText)
            return parts.join(QStringLiteral(", "));
        return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
    }
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

} // namespace peyvand::history
