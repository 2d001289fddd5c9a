#include "LeadJson.h"

#include "JsonFields.h"
#include "customers/CustomerJson.h"
#include "leads/ScoringEngine.h"

namespace peyvand::cli {

namespace {

// The contact part of customers::toJson: one JSON shape of contact data.
QJsonObject contactJson(const customers::Customer& contact)
{
    QJsonObject o = customers::toJson(contact);
    for (const char* customerOnly : { "id", "source", "tags", "archived", "since", "since_jalali", "created_at",
                                      "created_at_jalali", "updated_at", "updated_at_jalali" }) {
        o.remove(QString::fromLatin1(customerOnly));
    }
    return o;
}

QJsonObject withLeadId(QJsonObject o)
{
    o.insert(QStringLiteral("lead_id"), o.take(QStringLiteral("customer_id")));
    o.remove(QStringLiteral("follow_up"));
    o.remove(QStringLiteral("follow_up_jalali"));
    return o;
}

} // namespace

QJsonObject leadNoteToJson(const leads::LeadNote& note) { return withLeadId(customers::toJson(note)); }

QJsonObject leadInteractionToJson(const leads::LeadInteraction& interaction)
{
    return withLeadId(customers::toJson(interaction));
}

QJsonArray breakdownToJson(const QList<leads::ScoreItem>& items, const leads::ScoringProfile& profile)
{
    QJsonArray array;
    for (const leads::ScoreItem& item : items) {
        array << QJsonObject {
            { QStringLiteral("criterion"), item.criterion },
            { QStringLiteral("label"), leads::criterionLabel(item.criterion, profile) },
            { QStringLiteral("option"), item.option },
            { QStringLiteral("points"), item.points },
            { QStringLiteral("uncapped"), item.uncapped },
            { QStringLiteral("reason"), leads::describeItem(item, profile) },
        };
    }
    return array;
}

QJsonObject leadToJson(const leads::Lead& lead, const leads::ScoringProfile& profile)
{
    QJsonObject o = contactJson(lead.contact);
    o.insert(QStringLiteral("id"), lead.id);
    o.insert(QStringLiteral("type"), leads::toKey(lead.type));
    o.insert(QStringLiteral("source"), leads::toKey(lead.source));
    o.insert(QStringLiteral("owner"), lead.owner);
    o.insert(QStringLiteral("status"), leads::toKey(lead.status));
    o.insert(QStringLiteral("lost_reason"), lead.lostReason);
    o.insert(QStringLiteral("best_time_to_call"), lead.bestTimeToCall);
    o.insert(QStringLiteral("budget"), lead.budget ? QJsonValue(lead.budget->rial()) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("timeline"), leads::toKey(lead.timeline));
    o.insert(QStringLiteral("authority"), leads::toKey(lead.authority));
    o.insert(QStringLiteral("industry"), lead.industry);
    o.insert(QStringLiteral("need"), leads::toKey(lead.need));
    QJsonObject custom;
    for (auto it = lead.custom.cbegin(); it != lead.custom.cend(); ++it)
        custom.insert(it.key(), it.value());
    o.insert(QStringLiteral("custom"), custom);

    o.insert(QStringLiteral("score"), lead.score);
    o.insert(QStringLiteral("computed_score"), lead.computedScore);
    o.insert(QStringLiteral("qualified"), lead.qualified);
    o.insert(QStringLiteral("band"), leads::toKey(lead.band));
    o.insert(QStringLiteral("threshold"), profile.threshold);
    o.insert(QStringLiteral("breakdown"), breakdownToJson(lead.breakdown, profile));
    o.insert(QStringLiteral("override"),
             lead.overrideScore ? QJsonValue(QJsonObject { { QStringLiteral("score"), *lead.overrideScore },
                                                           { QStringLiteral("reason"), lead.overrideReason } })
                                : QJsonValue(QJsonValue::Null));
    putTimestamp(o, QStringLiteral("scored_at"), lead.scoredAt);
    putTimestamp(o, QStringLiteral("qualified_at"), lead.qualifiedAt);
    putTimestamp(o, QStringLiteral("next_follow_up"), lead.nextFollowUp);
    o.insert(QStringLiteral("converted_customer_id"), idOrNull(lead.convertedCustomerId));
    putTimestamp(o, QStringLiteral("converted_at"), lead.convertedAt);
    putTimestamp(o, QStringLiteral("created_at"), lead.createdAt);
    putTimestamp(o, QStringLiteral("updated_at"), lead.updatedAt);
    return o;
}

QJsonObject scoreChangeToJson(const leads::ScoreChange& change)
{
    QJsonArray changes;
    for (const leads::CriterionChange& c : change.changes) {
        changes << QJsonObject { { QStringLiteral("criterion"), c.criterion }, { QStringLiteral("from"), c.from },
                                 { QStringLiteral("to"), c.to } };
    }
    QJsonObject o {
        { QStringLiteral("cause"), leads::toKey(change.cause) },
        { QStringLiteral("old"), change.oldScore ? QJsonValue(*change.oldScore) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("new"), change.newScore },
        { QStringLiteral("changes"), changes },
        { QStringLiteral("note"), change.note },
    };
    putTimestamp(o, QStringLiteral("at"), change.at);
    return o;
}

QJsonObject leadRowToJson(const leads::LeadRow& row)
{
    QJsonObject o {
        { QStringLiteral("id"), row.id },
        { QStringLiteral("name"), row.name },
        { QStringLiteral("company"), row.company },
        { QStringLiteral("mobile"), row.mobile },
        { QStringLiteral("type"), leads::toKey(row.type) },
        { QStringLiteral("source"), leads::toKey(row.source) },
        { QStringLiteral("status"), leads::toKey(row.status) },
        { QStringLiteral("owner"), row.owner },
        { QStringLiteral("score"), row.score },
        { QStringLiteral("overridden"), row.overridden },
        { QStringLiteral("band"), leads::toKey(row.band) },
        { QStringLiteral("qualified"), row.qualified },
        { QStringLiteral("best_time_to_call"), row.bestTimeToCall },
    };
    putTimestamp(o, QStringLiteral("next_follow_up"), row.nextFollowUp);
    putTimestamp(o, QStringLiteral("created_at"), row.createdAt);
    return o;
}

} // namespace peyvand::cli
