// LeadService::convert: a lead becomes a customer, keeping its history.
#include "LeadService.h"

#include "LeadRepository.h"
#include "LeadScoring.h"
#include "customers/CustomerJson.h"
#include "customers/CustomerService.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"
#include "text/PersianText.h"

#include <QCoreApplication>

#include <functional>

namespace peyvand::leads {

namespace {

using storage::isoTimestamp;

struct LeadsText {
    Q_DECLARE_TR_FUNCTIONS(Leads)
};

// Copies rows selected by `copySql` (which binds the customer, then the lead)
// and audits each copy as created by the conversion.
Result<int> copyRows(storage::Database& db, const QString& copySql, const QString& readSql, qint64 customerId,
                     qint64 leadId, const QString& entity, const QDateTime& now,
                     const std::function<QJsonObject(const QSqlQuery&)>& toJson)
{
    auto copied = storage::run(db.connection(), copySql, { customerId, leadId });
    if (!copied)
        return copied.error();
    auto rows = storage::run(db.connection(), readSql, { customerId });
    if (!rows)
        return rows.error();
    int count = 0;
    storage::AuditLog audit(db);
    while (rows->next()) {
        ++count;
        if (auto s = audit.record(now, entity, rows->value(0).toLongLong(), QStringLiteral("create"), {}, toJson(*rows)); !s)
            return s.error();
    }
    return count;
}

Result<int> copyNotes(storage::Database& db, qint64 customerId, qint64 leadId, const QDateTime& now)
{
    return copyRows(db,
                    QStringLiteral("INSERT INTO customer_notes (customer_id, at, text, created_at) "
                                   "SELECT ?, at, text, created_at FROM lead_notes WHERE lead_id = ? ORDER BY at, id"),
                    QStringLiteral("SELECT id, customer_id, at, text FROM customer_notes WHERE customer_id = ? ORDER BY id"),
                    customerId, leadId, QStringLiteral("customer_note"), now, [](const QSqlQuery& q) {
                        customers::Note n { q.value(0).toLongLong(), q.value(1).toLongLong(),
                                            storage::timestampFromIso(q.value(2)), q.value(3).toString() };
                        return customers::toJson(n);
                    });
}

Result<int> copyInteractions(storage::Database& db, qint64 customerId, qint64 leadId, const QDateTime& now)
{
    return copyRows(db,
                    QStringLiteral("INSERT INTO interactions (customer_id, at, channel, direction, contact_person, summary, outcome, created_at) "
                                   "SELECT ?, at, channel, direction, contact_person, summary, outcome, created_at "
                                   "FROM lead_interactions WHERE lead_id = ? ORDER BY at, id"),
                    QStringLiteral("SELECT id, customer_id, at, channel, direction, contact_person, summary, outcome "
                                   "FROM interactions WHERE customer_id = ? ORDER BY id"),
                    customerId, leadId, QStringLiteral("interaction"), now, [](const QSqlQuery& q) {
                        customers::Interaction i;
                        i.id = q.value(0).toLongLong();
                        i.customerId = q.value(1).toLongLong();
                        i.at = storage::timestampFromIso(q.value(2));
                        i.channel = customers::interactionChannelFromKey(q.value(3).toString()).value_or(customers::InteractionChannel::Phone);
                        i.direction = customers::directionFromKey(q.value(4).toString()).value_or(customers::Direction::Outbound);
                        i.contactPerson = q.value(5).toString();
                        i.summary = q.value(6).toString();
                        i.outcome = q.value(7).toString();
                        return customers::toJson(i);
                    });
}

// Open tasks follow the lead to the customer; done ones stay on the lead's record.
Status moveOpenTasks(storage::Database& db, qint64 customerId, qint64 leadId, const QDateTime& now)
{
    auto q = storage::run(db.connection(),
                          QStringLiteral("UPDATE tasks SET lead_id = NULL, customer_id = ?, updated_at = ? WHERE lead_id = ? AND done_at IS NULL"),
                          { customerId, isoTimestamp(now), leadId });
    if (!q)
        return q.error();
    // Deals opened for the lead before it converted now belong to the customer too.
    auto deals = storage::run(db.connection(), QStringLiteral("UPDATE deals SET customer_id = ?, updated_at = ? WHERE lead_id = ? AND customer_id IS NULL"),
                              { customerId, isoTimestamp(now), leadId });
    if (!deals)
        return deals.error();
    return {};
}

QString dealSearchText(const QString& title, const QString& party)
{
    QString out;
    for (const QString& value : { title, party }) {
        for (const QString& w : text::searchKey(value).split(u' ', Qt::SkipEmptyParts))
            out += QStringLiteral("  ") + w;
    }
    return out;
}

Result<qint64> openDeal(storage::Database& db, const Lead& lead, qint64 customerId, const ConversionOptions& options, const QDateTime& now)
{
    const QString title = options.dealTitle.trimmed().isEmpty() ? lead.contact.name : text::normalizeForStorage(options.dealTitle);
    const Money amount = options.dealAmount.value_or(lead.budget.value_or(Money()));
    if (amount.isNegative())
        return Error::invalid(QStringLiteral("deal_amount"), LeadsText::tr("Deal amount cannot be negative."));
    auto stage = storage::scalar(db.connection(), QStringLiteral("SELECT id FROM deal_stages WHERE outcome = 'open' ORDER BY position, id LIMIT 1"));
    if (!stage)
        return stage.error();
    if (!stage->isValid())
        return Error::make(ErrorCode::Conflict, LeadsText::tr("The pipeline has no open stage to put the deal in."));
    const qint64 stageId = stage->toLongLong();
    auto q = storage::run(db.connection(),
                          QStringLiteral("INSERT INTO deals (title, customer_id, lead_id, amount_rial, stage_id, position, owner, "
                                         "created_at, updated_at, search_text) "
                                         "VALUES (?, ?, ?, ?, ?, (SELECT coalesce(max(position) + 1, 0) FROM deals WHERE stage_id = ?), ?, ?, ?, ?)"),
                          { title, customerId, lead.id, amount.rial(), stageId, stageId, lead.owner, isoTimestamp(now),
                            isoTimestamp(now), dealSearchText(title, lead.contact.name) });
    if (!q)
        return q.error();
    const qint64 id = q->lastInsertId().toLongLong();
    const QJsonObject values {
        { QStringLiteral("title"), title },
        { QStringLiteral("customer_id"), customerId },
        { QStringLiteral("lead_id"), lead.id },
        { QStringLiteral("amount_rial"), amount.rial() },
        { QStringLiteral("stage_id"), stageId },
        { QStringLiteral("owner"), lead.owner },
    };
    if (auto s = storage::AuditLog(db).record(now, QStringLiteral("deal"), id, QStringLiteral("create"), {}, values); !s)
        return s.error();
    return id;
}

} // namespace

Result<ConversionResult> LeadService::convert(qint64 leadId, const ConversionOptions& options)
{
    const QDateTime now = m_clock.nowUtc();
    return m_db.writeValue<ConversionResult>([&]() -> Result<ConversionResult> {
        LeadRepository repo(m_db);
        auto before = repo.find(leadId);
        if (!before)
            return before.error();
        if (before->status == LeadStatus::Converted || before->convertedAt.isValid()) {
            return Error::make(ErrorCode::Conflict,
                               LeadsText::tr("%1 has already become a customer.").arg(before->contact.name));
        }
        auto profile = loadProfile(m_db);
        if (!profile)
            return profile.error();

        customers::Customer draft = before->contact;
        draft.id = 0;
        draft.source = displayName(before->source);
        draft.since = now.toLocalTime().date();
        auto customer = customers::CustomerService(m_db, m_clock).create(draft);
        if (!customer)
            return customer.error();

        ConversionResult result;
        result.customerId = customer->id;
        auto notes = copyNotes(m_db, result.customerId, leadId, now);
        if (!notes)
            return notes.error();
        result.notesCopied = *notes;
        auto interactions = copyInteractions(m_db, result.customerId, leadId, now);
        if (!interactions)
            return interactions.error();
        result.interactionsCopied = *interactions;
        if (auto s = moveOpenTasks(m_db, result.customerId, leadId, now); !s)
            return s.error();
        if (options.createDeal) {
            auto deal = openDeal(m_db, *before, result.customerId, options, now);
            if (!deal)
                return deal.error();
            result.dealId = *deal;
        }

        auto moved = repo.find(leadId); // the tasks' triggers changed next_follow_up
        if (!moved)
            return moved.error();
        Lead lead = *moved;
        lead.status = LeadStatus::Converted;
        lead.convertedCustomerId = result.customerId;
        lead.convertedAt = now;
        lead.updatedAt = now;
        LeadScoring scoring(m_db, *profile, now);
        if (auto s = scoring.score(lead); !s)
            return s.error();
        if (auto s = repo.update(lead); !s)
            return s.error();
        if (auto s = scoring.record(lead, &*before, ScoreChangeCause::Status); !s)
            return s.error();
        if (auto s = storage::AuditLog(m_db).record(now, QStringLiteral("lead"), leadId, QStringLiteral("update"),
                                                    LeadRepository::auditJson(*before), LeadRepository::auditJson(lead));
            !s)
            return s.error();
        return result;
    });
}

} // namespace peyvand::leads
