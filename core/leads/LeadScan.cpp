#include "LeadScan.h"

#include "storage/SqlHelpers.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <vector>

namespace peyvand::leads::detail {

namespace {

// The few distinct keys of a column (timelines, industries) as shared QStrings,
// so that a hundred thousand leads do not allocate a hundred thousand copies.
QString interned(QByteArrayView bytes)
{
    thread_local std::vector<std::pair<QByteArray, QString>> seen;
    for (const auto& [key, text] : seen) {
        if (key == bytes)
            return text;
    }
    QString text = QString::fromUtf8(bytes);
    if (seen.size() < 64)
        seen.emplace_back(bytes.toByteArray(), text);
    return text;
}

QMap<QString, QString> customOf(QByteArrayView json)
{
    QMap<QString, QString> custom;
    if (json.size() <= 2)
        return custom;
    const QJsonObject object = QJsonDocument::fromJson(json.toByteArray()).object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.value().isString())
            custom.insert(it.key(), it.value().toString());
    }
    return custom;
}

} // namespace

QDateTime parseTimestamp(QByteArrayView text)
{
    if (text.isEmpty())
        return {};
    auto digits = [&](int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; ++i) {
            const char c = text[i];
            if (c < '0' || c > '9')
                return -1;
            value = value * 10 + (c - '0');
        }
        return value;
    };
    if (text.size() == 20 && text[4] == '-' && text[7] == '-' && text[10] == 'T' && text[13] == ':' && text[16] == ':'
        && text[19] == 'Z') {
        const QDate date(digits(0, 4), digits(5, 2), digits(8, 2));
        const int h = digits(11, 2), m = digits(14, 2), s = digits(17, 2);
        if (date.isValid() && h >= 0 && h < 24 && m >= 0 && m < 60 && s >= 0 && s < 60) {
            const qint64 days = date.toJulianDay() - QDate(1970, 1, 1).toJulianDay();
            return QDateTime::fromMSecsSinceEpoch(((days * 24 + h) * 60 + m) * 60'000LL + s * 1000LL, Qt::UTC);
        }
    }
    return storage::timestampFromIso(QString::fromUtf8(text));
}

Result<std::unique_ptr<LeadScan>> LeadScan::open(QSqlDatabase& db)
{
    auto leads = storage::SqlStatement::prepare(db,
        "SELECT id, budget_rial IS NULL, coalesce(budget_rial, 0), timeline, authority, industry, need, "
        "custom_criteria, override_score IS NULL, coalesce(override_score, 0), status, breakdown, score, "
        "computed_score, band, qualified, qualified_at IS NULL, coalesce(scored_at, '') "
        "FROM leads JOIN lead_scores ON lead_id = id WHERE id > ?1 ORDER BY id LIMIT ?2");
    if (!leads)
        return leads.error();
    auto interactions = storage::SqlStatement::prepare(db, "SELECT lead_id, at FROM lead_interactions ORDER BY lead_id");
    if (!interactions)
        return interactions.error();
    auto scan = std::unique_ptr<LeadScan>(new LeadScan(std::move(*leads), std::move(*interactions)));
    if (Status s = scan->advanceInteraction(); !s)
        return s.error();
    return scan;
}

LeadScan::LeadScan(std::unique_ptr<storage::SqlStatement> leads, std::unique_ptr<storage::SqlStatement> interactions)
    : m_leads(std::move(leads))
    , m_interactions(std::move(interactions))
{
}

Result<QList<StoredLead>> LeadScan::next()
{
    QList<StoredLead> chunk;
    chunk.reserve(kChunk);
    m_leads->reset();
    m_leads->bind(1, m_lastId);
    m_leads->bind(2, kChunk);
    for (;;) {
        const Result<bool> row = m_leads->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        chunk << read();
    }
    m_leads->reset(); // no read stays open while the chunk is written
    for (StoredLead& lead : chunk) {
        while (m_pendingLead != 0 && m_pendingLead < lead.id) {
            if (Status s = advanceInteraction(); !s)
                return s.error();
        }
        while (m_pendingLead == lead.id) {
            lead.facts.interactionTimes << m_pendingAt;
            if (Status s = advanceInteraction(); !s)
                return s.error();
        }
    }
    if (!chunk.isEmpty())
        m_lastId = chunk.last().id;
    return chunk;
}

StoredLead LeadScan::read() const
{
    const storage::SqlStatement& q = *m_leads;
    StoredLead lead;
    lead.id = q.int64(0);
    if (q.int64(1) == 0)
        lead.facts.budgetRial = q.int64(2);
    lead.facts.timeline = timelineFromKey(interned(q.bytes(3))).value_or(Timeline::Unknown);
    lead.facts.authority = authorityFromKey(interned(q.bytes(4))).value_or(Authority::Unknown);
    lead.facts.industry = interned(q.bytes(5));
    lead.facts.need = needFromKey(interned(q.bytes(6))).value_or(Need::Unknown);
    lead.facts.custom = customOf(q.bytes(7));
    if (q.int64(8) == 0)
        lead.facts.overrideScore = int(q.int64(9));
    lead.facts.status = leadStatusFromKey(interned(q.bytes(10))).value_or(LeadStatus::New);
    lead.breakdown = q.bytes(11).toByteArray();
    lead.score = int(q.int64(12));
    lead.computed = int(q.int64(13));
    lead.band = bandFromKey(interned(q.bytes(14))).value_or(Band::Cold);
    lead.qualified = q.int64(15) != 0;
    lead.qualifiedAtNull = q.int64(16) != 0;
    lead.scoredAt = parseTimestamp(q.bytes(17));
    lead.neverScored = !lead.scoredAt.isValid();
    return lead;
}

Status LeadScan::advanceInteraction()
{
    const Result<bool> row = m_interactions->step();
    if (!row)
        return row.error();
    if (!*row) {
        m_pendingLead = 0;
        return {};
    }
    m_pendingLead = m_interactions->int64(0);
    m_pendingAt = parseTimestamp(m_interactions->bytes(1));
    return {};
}

} // namespace peyvand::leads::detail
