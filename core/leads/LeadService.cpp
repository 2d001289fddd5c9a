#include "LeadService.h"

#include "LeadActivityRepository.h"
#include "LeadFieldRules.h"
#include "LeadRepository.h"
#include "LeadScoring.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"
#include "text/PersianText.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace peyvand::leads {

namespace {

const QString kLead = QStringLiteral("lead");
const QString kProfile = QStringLiteral("scoring_profile");
constexpr int kOverrideLimit = 1000;

struct LeadsText {
    Q_DECLARE_TR_FUNCTIONS(Leads)
};

// Score state, conversion and times are core's: a draft's values are ignored.
void keepCoreState(Lead& lead, const Lead* before)
{
    const Lead fresh;
    const Lead& from = before ? *before : fresh;
    lead.score = from.score;
    lead.computedScore = from.computedScore;
    lead.overrideScore = from.overrideScore;
    lead.overrideReason = from.overrideReason;
    lead.band = from.band;
    lead.qualified = from.qualified;
    lead.breakdown = from.breakdown;
    lead.scoredAt = from.scoredAt;
    lead.qualifiedAt = from.qualifiedAt;
    lead.nextFollowUp = from.nextFollowUp;
    lead.convertedCustomerId = from.convertedCustomerId;
    lead.convertedAt = from.convertedAt;
    lead.createdAt = from.createdAt;
}

// Converted is reached through convert() only, and a converted lead stays so.
std::optional<Error> statusError(LeadStatus wanted, const Lead* before)
{
    const bool wasConverted = before && before->status == LeadStatus::Converted;
    if (wasConverted && wanted != LeadStatus::Converted)
        return Error::invalid(QStringLiteral("status"), LeadsText::tr("The lead has become a customer; its status cannot change."));
    if (!wasConverted && wanted == LeadStatus::Converted)
        return Error::invalid(QStringLiteral("status"), LeadsText::tr("Use Convert to make a customer of the lead."));
    return std::nullopt;
}

Result<customers::ValidationReport> validate(storage::Database& db, Lead& lead, const ScoringProfile& profile,
                                             const Lead* before, customers::ValidationReport* report)
{
    auto checked = cleanAndValidateLead(db, lead, profile);
    if (!checked)
        return checked.error();
    if (auto e = statusError(lead.status, before))
        checked->issues.prepend({ e->field, customers::FieldIssue::Severity::Error, e->message });
    if (report)
        *report = *checked;
    return checked;
}

QJsonObject profileJsonObject(const QByteArray& json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace

LeadService::LeadService(storage::Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
{
}

Result<Lead> LeadService::create(Lead draft, customers::ValidationReport* report)
{
    const QDateTime now = m_clock.nowUtc();
    return m_db.writeValue<Lead>([&]() -> Result<Lead> {
        auto profile = loadProfile(m_db);
        if (!profile)
            return profile.error();
        auto checked = validate(m_db, draft, *profile, nullptr, report);
        if (!checked)
            return checked.error();
        if (checked->hasErrors())
            return checked->firstError();
        keepCoreState(draft, nullptr);
        draft.id = 0;
        draft.createdAt = now;
        draft.updatedAt = now;
        LeadScoring scoring(m_db, *profile, now);
        if (auto s = scoring.score(draft); !s)
            return s.error();
        LeadRepository repo(m_db);
        auto id = repo.insert(draft);
        if (!id)
            return id.error();
        draft.id = *id;
        if (auto s = scoring.record(draft, nullptr, ScoreChangeCause::Created); !s)
            return s.error();
        if (auto s = storage::AuditLog(m_db).record(now, kLead, draft.id, QStringLiteral("create"), {}, LeadRepository::auditJson(draft)); !s)
            return s.error();
        return repo.find(draft.id);
    });
}

Result<Lead> LeadService::update(Lead changed, customers::ValidationReport* report)
{
    const QDateTime now = m_clock.nowUtc();
    return m_db.writeValue<Lead>([&]() -> Result<Lead> {
        LeadRepository repo(m_db);
        auto before = repo.find(changed.id);
        if (!before)
            return before.error();
        auto profile = loadProfile(m_db);
        if (!profile)
            return profile.error();
        auto checked = validate(m_db, changed, *profile, &*before, report);
        if (!checked)
            return checked.error();
        if (checked->hasErrors())
            return checked->firstError();
        keepCoreState(changed, &*before);
        changed.updatedAt = now;
        LeadScoring scoring(m_db, *profile, now);
        if (auto s = scoring.score(changed); !s)
            return s.error();
        if (auto s = repo.update(changed); !s)
            return s.error();
        if (changed.score != before->score) {
            if (auto s = scoring.record(changed, &*before, ScoreChangeCause::Edited); !s)
                return s.error();
        } else if (changed.status != before->status && changed.qualified != before->qualified) {
            if (auto s = scoring.record(changed, &*before, ScoreChangeCause::Status); !s)
                return s.error();
        }
        if (auto s = storage::AuditLog(m_db).record(now, kLead, changed.id, QStringLiteral("update"),
                                                    LeadRepository::auditJson(*before), LeadRepository::auditJson(changed));
            !s)
            return s.error();
        return repo.find(changed.id);
    });
}

Result<Lead> LeadService::get(qint64 id)
{
    return LeadRepository(m_db).find(id);
}

Status LeadService::remove(qint64 id)
{
    const QDateTime now = m_clock.nowUtc();
    return m_db.write([&]() -> Status {
        LeadRepository repo(m_db);
        auto before = repo.find(id);
        if (!before)
            return before.error();
        if (auto s = repo.remove(id); !s)
            return s;
        return storage::AuditLog(m_db).record(now, kLead, id, QStringLiteral("delete"), LeadRepository::auditJson(*before), {});
    });
}

Result<Lead> LeadService::setOverride(qint64 id, int score, const QString& reason)
{
    const QString cleanReason = text::normalizeMultilineForStorage(reason);
    if (cleanReason.isEmpty())
        return Error::invalid(QStringLiteral("override_reason"), LeadsText::tr("Override reason is required: say why the score is set by hand."));
    if (score < -kOverrideLimit || score > kOverrideLimit) {
        return Error::invalid(QStringLiteral("override_score"),
                              LeadsText::tr("Override score must be between %1 and %2.").arg(-kOverrideLimit).arg(kOverrideLimit));
    }
    const QDateTime now = m_clock.nowUtc();
    return m_db.writeValue<Lead>([&]() -> Result<Lead> {
        LeadRepository repo(m_db);
        auto before = repo.find(id);
        if (!before)
            return before.error();
        auto profile = loadProfile(m_db);
        if (!profile)
            return profile.error();
        Lead lead = *before;
        lead.overrideScore = score;
        lead.overrideReason = cleanReason;
        lead.updatedAt = now;
        LeadScoring scoring(m_db, *profile, now);
        if (auto s = scoring.score(lead); !s)
            return s.error();
        if (auto s = repo.update(lead); !s)
            return s.error();
        if (auto s = scoring.record(lead, &*before, ScoreChangeCause::Override, cleanReason); !s)
            return s.error();
        if (auto s = storage::AuditLog(m_db).record(now, kLead, id, QStringLiteral("update"), LeadRepository::auditJson(*before),
                                                    LeadRepository::auditJson(lead));
            !s)
            return s.error();
        return repo.find(id);
    });
}

Result<Lead> LeadService::clearOverride(qint64 id)
{
    const QDateTime now = m_clock.nowUtc();
    return m_db.writeValue<Lead>([&]() -> Result<Lead> {
        LeadRepository repo(m_db);
        auto before = repo.find(id);
        if (!before)
            return before.error();
        if (!before->overrideScore)
            return *before;
        auto profile = loadProfile(m_db);
        if (!profile)
            return profile.error();
        Lead lead = *before;
        lead.overrideScore.reset();
        lead.overrideReason.clear();
        lead.updatedAt = now;
        LeadScoring scoring(m_db, *profile, now);
        if (auto s = scoring.score(lead); !s)
            return s.error();
        if (auto s = repo.update(lead); !s)
            return s.error();
        if (auto s = scoring.record(lead, &*before, ScoreChangeCause::OverrideCleared); !s)
            return s.error();
        if (auto s = storage::AuditLog(m_db).record(now, kLead, id, QStringLiteral("update"), LeadRepository::auditJson(*before),
                                                    LeadRepository::auditJson(lead));
            !s)
            return s.error();
        return repo.find(id);
    });
}

Result<QList<ScoreChange>> LeadService::scoreHistory(qint64 id)
{
    if (auto lead = LeadRepository(m_db).find(id); !lead)
        return lead.error();
    return LeadActivityRepository(m_db).scoreChanges(id);
}

Result<ScoringProfile> LeadService::profile()
{
    return loadProfile(m_db);
}

Status LeadService::saveProfile(const ScoringProfile& profile)
{
    if (auto s = validateProfile(profile); !s)
        return s;
    const QByteArray json = profileToJson(profile);
    const QDateTime now = m_clock.nowUtc();
    return m_db.write([&]() -> Status {
        auto stored = storage::scalar(m_db.connection(), QStringLiteral("SELECT value FROM settings WHERE key = 'scoring_profile'"));
        if (!stored)
            return stored.error();
        auto q = storage::run(m_db.connection(),
                              QStringLiteral("INSERT INTO settings (key, value) VALUES ('scoring_profile', ?) "
                                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                              { QString::fromUtf8(json) });
        if (!q)
            return q.error();
        storage::AuditLog audit(m_db);
        if (!stored->isValid())
            return audit.record(now, kProfile, 0, QStringLiteral("create"), {}, profileJsonObject(json));
        return audit.record(now, kProfile, 0, QStringLiteral("update"), profileJsonObject(stored->toString().toUtf8()),
                            profileJsonObject(json));
    });
}

} // namespace peyvand::leads
