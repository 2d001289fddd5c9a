// LeadService: a lead's notes and interactions.
#include "LeadService.h"

#include "LeadActivityRepository.h"
#include "LeadFieldRules.h"
#include "LeadRepository.h"
#include "LeadScoring.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "text/PersianText.h"

#include <QCoreApplication>

namespace peyvand::leads {

namespace {

const QString kLead = QStringLiteral("lead");
const QString kNote = QStringLiteral("lead_note");
const QString kInteraction = QStringLiteral("lead_interaction");

struct LeadsText {
    Q_DECLARE_TR_FUNCTIONS(Leads)
};

// Rescoring after the lead's interactions changed; a lead still New has now
// been contacted.
Status rescoreForInteractions(storage::Database& db, qint64 leadId, const QDateTime& now, bool contacted)
{
    LeadRepository repo(db);
    auto before = repo.find(leadId);
    if (!before)
        return before.error();
    auto profile = loadProfile(db);
    if (!profile)
        return profile.error();
    Lead lead = *before;
    if (contacted && lead.status == LeadStatus::New)
        lead.status = LeadStatus::Contacted;
    lead.updatedAt = now;
    LeadScoring scoring(db, *profile, now);
    if (auto s = scoring.score(lead); !s)
        return s;
    if (auto s = repo.update(lead); !s)
        return s;
    if (lead.score != before->score) {
        if (auto s = scoring.record(lead, &*before, ScoreChangeCause::Interaction); !s)
            return s;
    }
    return storage::AuditLog(db).record(now, kLead, leadId, QStringLiteral("update"), LeadRepository::auditJson(*before),
                                        LeadRepository::auditJson(lead));
}

} // namespace

Result<LeadNote> LeadService::addNote(qint64 leadId, const QString& text, QDateTime at)
{
    LeadNote note;
    note.customerId = leadId;
    note.text = text::normalizeMultilineForStorage(text);
    if (note.text.isEmpty())
        return Error::invalid(QStringLiteral("text"), LeadsText::tr("The note is empty."));
    const QDateTime now = m_clock.nowUtc();
    note.at = at.isValid() ? at.toUTC() : now;
    return m_db.writeValue<LeadNote>([&]() -> Result<LeadNote> {
        if (auto lead = LeadRepository(m_db).find(leadId); !lead)
            return lead.error();
        LeadActivityRepository repo(m_db);
        auto id = repo.insertNote(note, now);
        if (!id)
            return id.error();
        auto stored = repo.findNote(*id);
        if (!stored)
            return stored.error();
        if (auto s = storage::AuditLog(m_db).record(now, kNote, *id, QStringLiteral("create"), {}, LeadActivityRepository::auditJson(*stored)); !s)
            return s.error();
        return stored;
    });
}

Result<QList<LeadNote>> LeadService::notes(qint64 leadId)
{
    return LeadActivityRepository(m_db).notes(leadId);
}

Status LeadService::removeNote(qint64 noteId)
{
    const QDateTime now = m_clock.nowUtc();
    return m_db.write([&]() -> Status {
        LeadActivityRepository repo(m_db);
        auto before = repo.findNote(noteId);
        if (!before)
            return before.error();
        if (auto s = repo.removeNote(noteId); !s)
            return s;
        return storage::AuditLog(m_db).record(now, kNote, noteId, QStringLiteral("delete"), LeadActivityRepository::auditJson(*before), {});
    });
}

Result<LeadInteraction> LeadService::logInteraction(LeadInteraction interaction)
{
    interaction.summary = text::normalizeMultilineForStorage(interaction.summary);
    interaction.outcome = text::normalizeMultilineForStorage(interaction.outcome);
    interaction.contactPerson = text::normalizeForStorage(interaction.contactPerson);
    interaction.followUp = {};
    if (interaction.summary.isEmpty())
        return Error::invalid(QStringLiteral("summary"), LeadsText::tr("Write a short summary of the interaction."));
    const QDateTime now = m_clock.nowUtc();
    interaction.at = interaction.at.isValid() ? interaction.at.toUTC() : now;
    return m_db.writeValue<LeadInteraction>([&]() -> Result<LeadInteraction> {
        if (auto lead = LeadRepository(m_db).find(interaction.customerId); !lead)
            return lead.error();
        LeadActivityRepository repo(m_db);
        auto id = repo.insertInteraction(interaction, now);
        if (!id)
            return id.error();
        auto stored = repo.findInteraction(*id);
        if (!stored)
            return stored.error();
        if (auto s = storage::AuditLog(m_db).record(now, kInteraction, *id, QStringLiteral("create"), {},
                                                    LeadActivityRepository::auditJson(*stored));
            !s)
            return s.error();
        if (auto s = rescoreForInteractions(m_db, interaction.customerId, now, true); !s)
            return s.error();
        return stored;
    });
}

Result<QList<LeadInteraction>> LeadService::interactions(qint64 leadId)
{
    return LeadActivityRepository(m_db).interactions(leadId);
}

Status LeadService::removeInteraction(qint64 interactionId)
{
    const QDateTime now = m_clock.nowUtc();
    return m_db.write([&]() -> Status {
        LeadActivityRepository repo(m_db);
        auto before = repo.findInteraction(interactionId);
        if (!before)
            return before.error();
        if (auto s = repo.removeInteraction(interactionId); !s)
            return s;
        if (auto s = storage::AuditLog(m_db).record(now, kInteraction, interactionId, QStringLiteral("delete"),
                                                    LeadActivityRepository::auditJson(*before), {});
            !s)
            return s;
        return rescoreForInteractions(m_db, before->customerId, now, false);
    });
}

} // namespace peyvand::leads
