#include "CustomerJson.h"

#include "storage/SqlHelpers.h"
#include "text/Jalali.h"

#include <QJsonArray>

namespace peyvand::customers {

namespace {

void putDate(QJsonObject& o, const QString& key, QDate date)
{
    if (!date.isValid()) {
        o.insert(key, QJsonValue::Null);
        o.insert(key + QStringLiteral("_jalali"), QJsonValue::Null);
        return;
    }
    o.insert(key, storage::isoDate(date));
    o.insert(key + QStringLiteral("_jalali"), text::jalali::formatNumeric(date, text::DigitScript::Latin));
}

void putTimestamp(QJsonObject& o, const QString& key, const QDateTime& at)
{
    if (!at.isValid()) {
        o.insert(key, QJsonValue::Null);
        o.insert(key + QStringLiteral("_jalali"), QJsonValue::Null);
        return;
    }
    o.insert(key, storage::isoTimestamp(at));
    const QDateTime local = at.toLocalTime();
    o.insert(key + QStringLiteral("_jalali"), text::jalali::formatNumeric(local.date(), text::DigitScript::Latin)
                                                  + u' ' + local.time().toString(QStringLiteral("HH:mm")));
}

} // namespace

QJsonObject toJson(const Customer& c)
{
    QJsonObject o {
        { QStringLiteral("id"), c.id },
        { QStringLiteral("kind"), toKey(c.kind) },
        { QStringLiteral("name"), c.name },
        { QStringLiteral("company"), c.company },
        { QStringLiteral("national_id"), c.nationalId },
        { QStringLiteral("legal_id"), c.legalId },
        { QStringLiteral("economic_code"), c.economicCode },
        { QStringLiteral("registration_number"), c.registrationNumber },
        { QStringLiteral("mobile"), c.mobile },
        { QStringLiteral("other_phones"), QJsonArray::fromStringList(c.otherPhones) },
        { QStringLiteral("email"), c.email },
        { QStringLiteral("website"), c.website },
        { QStringLiteral("instagram"), c.instagram },
        { QStringLiteral("telegram"), c.telegram },
        { QStringLiteral("whatsapp"), c.whatsapp },
        { QStringLiteral("linkedin"), c.linkedin },
        { QStringLiteral("preferred_channel"), toKey(c.preferredChannel) },
        { QStringLiteral("address"), c.address },
        { QStringLiteral("city"), c.city },
        { QStringLiteral("province"), c.province },
        { QStringLiteral("postal_code"), c.postalCode },
        { QStringLiteral("source"), c.source },
        { QStringLiteral("tags"), QJsonArray::fromStringList(c.tags) },
        { QStringLiteral("archived"), c.archived },
    };
    putDate(o, QStringLiteral("since"), c.since);
    putTimestamp(o, QStringLiteral("created_at"), c.createdAt);
    putTimestamp(o, QStringLiteral("updated_at"), c.updatedAt);
    return o;
}

QJsonObject toJson(const Note& n)
{
    QJsonObject o {
        { QStringLiteral("id"), n.id },
        { QStringLiteral("customer_id"), n.customerId },
        { QStringLiteral("text"), n.text },
    };
    putTimestamp(o, QStringLiteral("at"), n.at);
    return o;
}

QJsonObject toJson(const Interaction& i)
{
    QJsonObject o {
        { QStringLiteral("id"), i.id },
        { QStringLiteral("customer_id"), i.customerId },
        { QStringLiteral("channel"), toKey(i.channel) },
        { QStringLiteral("direction"), toKey(i.direction) },
        { QStringLiteral("with"), i.contactPerson },
        { QStringLiteral("summary"), i.summary },
        { QStringLiteral("outcome"), i.outcome },
    };
    putTimestamp(o, QStringLiteral("at"), i.at);
    putDate(o, QStringLiteral("follow_up"), i.followUp);
    return o;
}

QJsonObject toJson(const CustomerSummary& s)
{
    QJsonObject o {
        { QStringLiteral("customer_id"), s.customerId },
        { QStringLiteral("interaction_count"), s.interactionCount },
        { QStringLiteral("note_count"), s.noteCount },
        { QStringLiteral("purchase_count"), s.purchaseCount },
        { QStringLiteral("lifetime_value"), s.lifetimeValueRial },
        { QStringLiteral("open_balance"), s.openBalanceRial },
        { QStringLiteral("last_interaction"),
          s.lastInteraction ? QJsonValue(toJson(*s.lastInteraction)) : QJsonValue(QJsonValue::Null) },
    };
    putDate(o, QStringLiteral("since"), s.since);
    putDate(o, QStringLiteral("next_follow_up"), s.nextFollowUp);
    putDate(o, QStringLiteral("last_purchase"), s.lastPurchase);
    return o;
}

} // namespace peyvand::customers
