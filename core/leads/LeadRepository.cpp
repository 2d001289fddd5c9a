#include "LeadRepository.h"

#include "ScoringEngine.h"

#include "customers/CustomerJson.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"
#include "text/PersianText.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace peyvand::leads {

using storage::isoTimestamp;

namespace {

const QString kColumns = QStringLiteral(
    "kind, name, company, national_id, legal_id, economic_code, registration_number, mobile, other_phones, "
    "email, website, instagram, telegram, whatsapp, linkedin, preferred_channel, address, city, province, "
    "postal_code, lead_type, source, owner, status, lost_reason, best_time_to_call, budget_rial, timeline, "
    "authority, industry, need, custom_criteria, override_score, override_reason, converted_customer_id, "
    "converted_at, created_at, updated_at, name_sort, company_sort, search_text");
// In lead_scores, whose row the leads_scores_insert trigger makes.
const QString kScoreColumns = QStringLiteral(
    "score, computed_score, band, qualified, breakdown, scored_at, qualified_at");

QVariant nullText()
{
    return QVariant(QMetaType::fromType<QString>());
}

QVariant nullInt()
{
    return QVariant(QMetaType::fromType<qlonglong>());
}

QVariant nullableTimestamp(const QDateTime& at)
{
    return at.isValid() ? QVariant(isoTimestamp(at)) : nullText();
}

QString customToJson(const QMap<QString, QString>& custom)
{
    QJsonObject o;
    for (auto it = custom.begin(); it != custom.end(); ++it)
        o.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QMap<QString, QString> customFromJson(const QString& json)
{
    QMap<QString, QString> out;
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = o.begin(); it != o.end(); ++it)
        out.insert(it.key(), it.value().toString());
    return out;
}

QVariantList columnValues(const Lead& l)
{
    const customers::Customer& c = l.contact;
    return {
        toKey(c.kind), c.name, c.company, c.nationalId, c.legalId, c.economicCode, c.registrationNumber,
        c.mobile, c.otherPhones.join(u'\n'), c.email, c.website, c.instagram, c.telegram, c.whatsapp,
        c.linkedin, toKey(c.preferredChannel), c.address, c.city, c.province, c.postalCode,
        toKey(l.type), toKey(l.source), l.owner, toKey(l.status), l.lostReason, l.bestTimeToCall,
        l.budget ? QVariant(l.budget->rial()) : nullInt(), toKey(l.timeline), toKey(l.authority), l.industry,
        toKey(l.need), customToJson(l.custom),
        l.overrideScore ? QVariant(*l.overrideScore) : nullInt(), l.overrideReason,
        l.convertedCustomerId ? QVariant(l.convertedCustomerId) : nullInt(),
        nullableTimestamp(l.convertedAt), isoTimestamp(l.createdAt), isoTimestamp(l.updatedAt),
        text::sortKey(c.name), text::sortKey(c.company), LeadRepository::searchText(l),
    };
}

QVariantList scoreValues(const Lead& l)
{
    return {
        l.score, l.computedScore, toKey(l.band), l.qualified ? 1 : 0, QString::fromUtf8(breakdownToJson(l.breakdown)),
        nullableTimestamp(l.scoredAt), nullableTimestamp(l.qualifiedAt),
    };
}

QString assignments(const QString& columns)
{
    QString sql;
    const QStringList names = columns.split(QStringLiteral(", "));
    for (int i = 0; i < names.size(); ++i)
        sql += (i ? QStringLiteral(", ") : QString()) + names.at(i) + QStringLiteral(" = ?");
    return sql;
}

Lead readLead(const QSqlQuery& q)
{
    Lead l;
    customers::Customer& c = l.contact;
    int i = 0;
    l.id = q.value(i++).toLongLong();
    c.id = 0;
    c.kind = customers::customerKindFromKey(q.value(i++).toString()).value_or(customers::CustomerKind::Person);
    for (QString* t : { &c.name, &c.company, &c.nationalId, &c.legalId, &c.economicCode, &c.registrationNumber, &c.mobile })
        *t = q.value(i++).toString();
    c.otherPhones = q.value(i++).toString().split(u'\n', Qt::SkipEmptyParts);
    for (QString* t : { &c.email, &c.website, &c.instagram, &c.telegram, &c.whatsapp, &c.linkedin })
        *t = q.value(i++).toString();
    c.preferredChannel = customers::contactChannelFromKey(q.value(i++).toString()).value_or(customers::ContactChannel::Unspecified);
    for (QString* t : { &c.address, &c.city, &c.province, &c.postalCode })
        *t = q.value(i++).toString();
    l.type = leadTypeFromKey(q.value(i++).toString()).value_or(LeadType::Sales);
    l.source = leadSourceFromKey(q.value(i++).toString()).value_or(LeadSource::Other);
    l.owner = q.value(i++).toString();
    l.status = leadStatusFromKey(q.value(i++).toString()).value_or(LeadStatus::New);
    l.lostReason = q.value(i++).toString();
    l.bestTimeToCall = q.value(i++).toString();
    const QVariant budget = q.value(i++);
    if (!budget.isNull())
        l.budget = Money::fromRial(budget.toLongLong());
    l.timeline = timelineFromKey(q.value(i++).toString()).value_or(Timeline::Unknown);
    l.authority = authorityFromKey(q.value(i++).toString()).value_or(Authority::Unknown);
    l.industry = q.value(i++).toString();
    l.need = needFromKey(q.value(i++).toString()).value_or(Need::Unknown);
    l.custom = customFromJson(q.value(i++).toString());
    const QVariant overrideScore = q.value(i++);
    if (!overrideScore.isNull())
        l.overrideScore = overrideScore.toInt();
    l.overrideReason = q.value(i++).toString();
    l.convertedCustomerId = q.value(i++).toLongLong();
    l.convertedAt = storage::timestampFromIso(q.value(i++));
    l.createdAt = storage::timestampFromIso(q.value(i++));
    l.updatedAt = storage::timestampFromIso(q.value(i++));
    i += 3; // name_sort, company_sort, search_text
    l.score = q.value(i++).toInt();
    l.computedScore = q.value(i++).toInt();
    l.band = bandFromKey(q.value(i++).toString()).value_or(Band::Cold);
    l.qualified = q.value(i++).toInt() != 0;
    l.breakdown = breakdownFromJson(q.value(i++).toString().toUtf8());
    l.scoredAt = storage::timestampFromIso(q.value(i++));
    l.qualifiedAt = storage::timestampFromIso(q.value(i++));
    l.nextFollowUp = storage::timestampFromIso(q.value(i++));
    return l;
}

} // namespace

Error leadNotFound(qint64 id)
{
    return Error::make(ErrorCode::NotFound, QCoreApplication::translate("Leads", "There is no lead with number %1.").arg(id));
}

QString LeadRepository::searchText(const Lead& lead)
{
    QStringList words;
    const auto addWords = [&words](const QString& value) {
        for (const QString& w : text::searchKey(value).split(u' ', Qt::SkipEmptyParts))
            words << w;
    };
    addWords(lead.contact.name);
    addWords(lead.contact.company);
    if (!lead.contact.mobile.isEmpty())
        words << lead.contact.mobile;
    addWords(lead.contact.email);
    QString out;
    for (const QString& w : std::as_const(words))
        out += QStringLiteral("  ") + w;
    return out;
}

QJsonObject LeadRepository::auditJson(const Lead& l)
{
    QJsonObject o = customers::toJson(l.contact);
    for (const char* customerOnly : { "source", "tags", "archived", "since", "since_jalali", "created_at",
                                      "created_at_jalali", "updated_at", "updated_at_jalali" })
        o.remove(QLatin1String(customerOnly));
    o.insert(QStringLiteral("id"), l.id);
    o.insert(QStringLiteral("lead_type"), toKey(l.type));
    o.insert(QStringLiteral("source"), toKey(l.source));
    o.insert(QStringLiteral("owner"), l.owner);
    o.insert(QStringLiteral("status"), toKey(l.status));
    o.insert(QStringLiteral("lost_reason"), l.lostReason);
    o.insert(QStringLiteral("best_time_to_call"), l.bestTimeToCall);
    o.insert(QStringLiteral("budget_rial"), l.budget ? QJsonValue(l.budget->rial()) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("timeline"), toKey(l.timeline));
    o.insert(QStringLiteral("authority"), toKey(l.authority));
    o.insert(QStringLiteral("industry"), l.industry);
    o.insert(QStringLiteral("need"), toKey(l.need));
    QJsonObject custom;
    for (auto it = l.custom.begin(); it != l.custom.end(); ++it)
        custom.insert(it.key(), it.value());
    o.insert(QStringLiteral("custom"), custom);
    o.insert(QStringLiteral("score"), l.score);
    o.insert(QStringLiteral("override_score"), l.overrideScore ? QJsonValue(*l.overrideScore) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("override_reason"), l.overrideReason);
    o.insert(QStringLiteral("qualified"), l.qualified);
    o.insert(QStringLiteral("converted_customer_id"), l.convertedCustomerId ? QJsonValue(l.convertedCustomerId) : QJsonValue(QJsonValue::Null));
    return o;
}

Result<qint64> LeadRepository::insert(const Lead& lead)
{
    const int n = kColumns.count(u',') + 1;
    QStringList marks;
    for (int i = 0; i < n; ++i)
        marks << QStringLiteral("?");
    auto q = storage::prepare(m_db.connection(),
                              QStringLiteral("INSERT INTO leads (") + kColumns + QStringLiteral(") VALUES (") + marks.join(u',') + u')');
    if (!q)
        return q.error();
    storage::bindAll(*q, columnValues(lead));
    if (auto s = storage::exec(*q); !s)
        return s.error();
    const qint64 id = q->lastInsertId().toLongLong();
    if (Status s = writeScore(id, lead); !s)
        return s.error();
    return id;
}

Status LeadRepository::update(const Lead& lead)
{
    auto q = storage::prepare(m_db.connection(),
                              QStringLiteral("UPDATE leads SET ") + assignments(kColumns) + QStringLiteral(" WHERE id = ?"));
    if (!q)
        return q.error();
    storage::bindAll(*q, QVariantList(columnValues(lead)) << lead.id);
    if (auto s = storage::exec(*q); !s)
        return s;
    if (q->numRowsAffected() == 0)
        return leadNotFound(lead.id);
    return writeScore(lead.id, lead);
}

Status LeadRepository::writeScore(qint64 id, const Lead& lead)
{
    auto q = storage::prepare(m_db.connection(),
                              QStringLiteral("UPDATE lead_scores SET ") + assignments(kScoreColumns) + QStringLiteral(" WHERE lead_id = ?"));
    if (!q)
        return q.error();
    storage::bindAll(*q, QVariantList(scoreValues(lead)) << id);
    if (auto s = storage::exec(*q); !s)
        return s;
    if (q->numRowsAffected() == 0)
        return leadNotFound(id);
    return {};
}

Result<Lead> LeadRepository::find(qint64 id)
{
    auto q = storage::run(m_db.connection(),
                          QStringLiteral("SELECT id, ") + kColumns + QStringLiteral(", ") + kScoreColumns
                              + QStringLiteral(", next_follow_up FROM leads JOIN lead_scores ON lead_id = id WHERE id = ?"),
                          { id });
    if (!q)
        return q.error();
    if (!q->next())
        return leadNotFound(id);
    return readLead(*q);
}

QString historyChainSql()
{
    return QStringLiteral("WITH RECURSIVE chain (id) AS (SELECT last_history_id FROM lead_scores WHERE lead_id = ? "
                          "UNION ALL SELECT h.previous_id FROM lead_score_history AS h JOIN chain ON h.id = chain.id) "
                          "SELECT id FROM chain WHERE id IS NOT NULL");
}

Status LeadRepository::remove(qint64 id)
{
    if (auto q = storage::run(m_db.connection(), QStringLiteral("DELETE FROM lead_score_history WHERE id IN (") + historyChainSql() + u')',
                              { id });
        !q)
        return q.error();
    return storage::changeOne(m_db.connection(), QStringLiteral("DELETE FROM leads WHERE id = ?"), { id }, leadNotFound(id));
}

Result<QList<QDateTime>> LeadRepository::interactionTimes(qint64 leadId)
{
    auto q = storage::run(m_db.connection(), QStringLiteral("SELECT at FROM lead_interactions WHERE lead_id = ?"), { leadId });
    if (!q)
        return q.error();
    QList<QDateTime> times;
    while (q->next())
        times << storage::timestampFromIso(q->value(0));
    return times;
}

} // namespace peyvand::leads
