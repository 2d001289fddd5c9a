#include "LeadRescorer.h"

#include "ScoringEngine.h"
#include "storage/Database.h"
#include "storage/RawStatement.h"
#include "storage/SqlHelpers.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace peyvand::leads {

namespace {

struct RescoreText {
    Q_DECLARE_TR_FUNCTIONS(Scoring)
};

constexpr int kChunk = 1000; // leads read at a time; progress is reported per chunk

// The stored state of one lead and what its score depends on.
struct StoredLead {
    qint64 id = 0;
    LeadFacts facts;
    int score = 0;
    int computed = 0;
    QString band;
    bool qualified = false;
    bool qualifiedAtNull = true;
    bool neverScored = true;
    QString breakdown;
    QString scoredAt;
};

// "2024-03-20T12:00:00Z" read without QDateTime::fromString, which costs more
// than scoring the lead; anything else goes the slow way.
QDateTime parseTimestamp(const QString& text)
{
    auto digits = [&](int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; ++i) {
            const char16_t c = text.at(i).unicode();
            if (c < u'0' || c > u'9')
                return -1;
            value = value * 10 + (c - u'0');
        }
        return value;
    };
    if (text.size() == 20 && text.at(4) == u'-' && text.at(7) == u'-' && text.at(10) == u'T' && text.at(13) == u':'
        && text.at(16) == u':' && text.at(19) == u'Z') {
        const QDate date(digits(0, 4), digits(5, 2), digits(8, 2));
        const int h = digits(11, 2), m = digits(14, 2), s = digits(17, 2);
        if (date.isValid() && h >= 0 && h < 24 && m >= 0 && m < 60 && s >= 0 && s < 60) {
            const qint64 days = date.toJulianDay() - QDate(1970, 1, 1).toJulianDay();
            return QDateTime::fromMSecsSinceEpoch(((days * 24 + h) * 60 + m) * 60'000LL + s * 1000LL, Qt::UTC);
        }
    }
    return storage::timestampFromIso(text);
}

QMap<QString, QString> customOf(const QString& json)
{
    QMap<QString, QString> custom;
    if (json.size() <= 2)
        return custom;
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.value().isString())
            custom.insert(it.key(), it.value().toString());
    }
    return custom;
}

// Reads leads in id order, a chunk at a time, each with its interaction times
// merged in from one pass over lead_interactions.
class LeadScan final {
public:
    static Result<std::unique_ptr<LeadScan>> open(QSqlDatabase& db)
    {
        auto leads = storage::RawStatement::prepare(db, QStringLiteral(
            "SELECT id, budget_rial IS NULL, coalesce(budget_rial, 0), timeline, authority, industry, need, "
            "custom_criteria, override_score IS NULL, coalesce(override_score, 0), status, breakdown, score, "
            "computed_score, band, qualified, qualified_at IS NULL, scored_at IS NULL, coalesce(scored_at, '') "
            "FROM leads WHERE id > ?1 ORDER BY id LIMIT ?2"));
        if (!leads)
            return leads.error();
        auto interactions = storage::RawStatement::prepare(
            db, QStringLiteral("SELECT lead_id, at FROM lead_interactions ORDER BY lead_id"));
        if (!interactions)
            return interactions.error();
        auto scan = std::unique_ptr<LeadScan>(new LeadScan(std::move(*leads), std::move(*interactions)));
        scan->m_interactions->bind({});
        if (Status s = scan->advanceInteraction(); !s)
            return s.error();
        return scan;
    }

    // The next chunk; empty at the end.
    Result<QList<StoredLead>> next()
    {
        QList<StoredLead> chunk;
        chunk.reserve(kChunk);
        m_leads->bind({ m_lastId, kChunk });
        for (;;) {
            const Result<bool> row = m_leads->step();
            if (!row)
                return row.error();
            if (!*row)
                break;
            chunk << read();
        }
        for (StoredLead& lead : chunk) {
            while (m_pendingLead != 0 && m_pendingLead < lead.id) {
                if (Status s = advanceInteraction(); !s)
                    return s.error();
            }
            while (m_pendingLead == lead.id) {
                lead.facts.interactionTimes << parseTimestamp(m_pendingAt);
                if (Status s = advanceInteraction(); !s)
                    return s.error();
            }
        }
        if (!chunk.isEmpty())
            m_lastId = chunk.last().id;
        return chunk;
    }

private:
    LeadScan(std::unique_ptr<storage::RawStatement> leads, std::unique_ptr<storage::RawStatement> interactions)
        : m_leads(std::move(leads))
        , m_interactions(std::move(interactions))
    {
    }

    StoredLead read() const
    {
        const storage::RawStatement& q = *m_leads;
        StoredLead lead;
        lead.id = q.int64(0);
        if (q.int64(1) == 0)
            lead.facts.budgetRial = q.int64(2);
        lead.facts.timeline = timelineFromKey(q.text(3)).value_or(Timeline::Unknown);
        lead.facts.authority = authorityFromKey(q.text(4)).value_or(Authority::Unknown);
        lead.facts.industry = q.text(5);
        lead.facts.need = needFromKey(q.text(6)).value_or(Need::Unknown);
        lead.facts.custom = customOf(q.text(7));
        if (q.int64(8) == 0)
            lead.facts.overrideScore = int(q.int64(9));
        lead.facts.status = leadStatusFromKey(q.text(10)).value_or(LeadStatus::New);
        lead.breakdown = q.text(11);
        lead.score = int(q.int64(12));
        lead.computed = int(q.int64(13));
        lead.band = q.text(14);
        lead.qualified = q.int64(15) != 0;
        lead.qualifiedAtNull = q.int64(16) != 0;
        lead.neverScored = q.int64(17) != 0;
        lead.scoredAt = q.text(18);
        return lead;
    }

    Status advanceInteraction()
    {
        const Result<bool> row = m_interactions->step();
        if (!row)
            return row.error();
        if (!*row) {
            m_pendingLead = 0;
            return {};
        }
        m_pendingLead = m_interactions->int64(0);
        m_pendingAt = m_interactions->text(1);
        return {};
    }

    std::unique_ptr<storage::RawStatement> m_leads;
    std::unique_ptr<storage::RawStatement> m_interactions;
    qint64 m_lastId = 0;
    qint64 m_pendingLead = 0; // 0: no more interactions
    QString m_pendingAt;
};

Result<int> countLeads(QSqlDatabase& db)
{
    const Result<QVariant> n = storage::scalar(db, QStringLiteral("SELECT count(*) FROM leads"));
    if (!n)
        return n.error();
    return n->toInt();
}

} // namespace

LeadRescorer::LeadRescorer(storage::Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
{
}

Result<RescoreSummary> LeadRescorer::rescoreAll(const ScoringProfile& profile, ScoreChangeCause cause,
                                                 const QString& note, const Progress& progress)
{
    if (Status s = validateProfile(profile); !s)
        return s.error();
    const QDateTime now = m_clock.nowUtc();
    const QString nowIso = storage::isoTimestamp(now);
    const QString causeKey = toKey(cause);
    QSqlDatabase& db = m_db.connection();

    return m_db.writeValue<RescoreSummary>([&]() -> Result<RescoreSummary> {
        const Result<int> total = countLeads(db);
        if (!total)
            return total.error();
        if (progress && !progress(0, *total))
            return Error::make(ErrorCode::Cancelled, RescoreText::tr("Rescoring was cancelled; no score was changed."));
        auto scan = LeadScan::open(db);
        if (!scan)
            return scan.error();
        auto update = storage::RawStatement::prepare(db, QStringLiteral(
            "UPDATE leads SET score = ?1, computed_score = ?2, band = ?3, qualified = ?4, breakdown = ?5, "
            "scored_at = ?6, qualified_at = coalesce(qualified_at, ?7) WHERE id = ?8"));
        if (!update)
            return update.error();
        auto history = storage::RawStatement::prepare(db, QStringLiteral(
            "INSERT INTO lead_score_history (lead_id, at, cause, old_score, new_score, changes, note) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"));
        if (!history)
            return history.error();

        RescoreSummary summary;
        for (;;) {
            const Result<QList<StoredLead>> chunk = (*scan)->next();
            if (!chunk)
                return chunk.error();
            if (chunk->isEmpty())
                break;
            for (const StoredLead& lead : *chunk) {
                const Score score = scoreLead(lead.facts, profile, now);
                const QString breakdown = QString::fromUtf8(breakdownToJson(score.items));
                const QString band = toKey(score.band);
                ++summary.leads;
                if (score.qualified)
                    ++summary.nowQualified;
                const bool scoreMoved = score.total != lead.score || lead.neverScored;
                if (!scoreMoved && score.computed == lead.computed && band == lead.band && score.qualified == lead.qualified
                    && breakdown == lead.breakdown && !(score.qualified && lead.qualifiedAtNull))
                    continue;
                (*update)->bind({ score.total, score.computed, band, int(score.qualified), breakdown, nowIso,
                                  score.qualified ? QVariant(nowIso) : QVariant(), lead.id });
                if (const Result<bool> r = (*update)->step(); !r)
                    return r.error();
                if (score.total == lead.score && !lead.neverScored)
                    continue;
                const QList<CriterionChange> changes = diffBreakdowns(breakdownFromJson(lead.breakdown.toUtf8()), score.items);
                (*history)->bind({ lead.id, nowIso, causeKey, lead.neverScored ? QVariant() : QVariant(lead.score),
                                   score.total, QString::fromUtf8(changesToJson(changes)), note });
                if (const Result<bool> r = (*history)->step(); !r)
                    return r.error();
                ++summary.changed;
            }
            if (progress && !progress(summary.leads, *total))
                return Error::make(ErrorCode::Cancelled, RescoreText::tr("Rescoring was cancelled; no score was changed."));
        }
        return summary;
    });
}

Result<int> LeadRescorer::countQualifying(const ScoringProfile& profile)
{
    if (Status s = validateProfile(profile); !s)
        return s.error();
    const QDateTime now = m_clock.nowUtc();
    auto scan = LeadScan::open(m_db.connection());
    if (!scan)
        return scan.error();
    int qualifying = 0;
    for (;;) {
        const Result<QList<StoredLead>> chunk = (*scan)->next();
        if (!chunk)
            return chunk.error();
        if (chunk->isEmpty())
            break;
        for (const StoredLead& lead : *chunk) {
            // Engagement as it was when the lead was last scored.
            const QDateTime at = lead.neverScored ? now : parseTimestamp(lead.scoredAt);
            if (scoreLead(lead.facts, profile, at.isValid() ? at : now).qualified)
                ++qualifying;
        }
    }
    return qualifying;
}

} // namespace peyvand::leads
