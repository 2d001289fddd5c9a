#include "LeadQuery.h"

#include "LeadQuerySql.h"

#include "storage/Database.h"
#include "storage/SqlHelpers.h"
#include "text/PersianText.h"
#include "text/Validators.h"

namespace peyvand::leads {

namespace {

const QString kRowColumns = QStringLiteral(
    "id, name, company, mobile, lead_type, source, status, owner, score, override_score IS NOT NULL, band, qualified, "
    "next_follow_up, best_time_to_call, created_at");

// The words of a query as search keys; a full mobile number in any form
// (+98…, 0098…, 9…, with or without spaces) becomes the stored 09… form.
QStringList queryWords(const QString& text)
{
    if (text::digitsOnly(text).size() >= 10) {
        if (auto mobile = text::normalizeMobile(text))
            return { mobile->canonical };
    }
    QStringList words;
    for (const QString& word : text::searchKey(text).split(u' ', Qt::SkipEmptyParts)) {
        if (text::digitsOnly(word).size() >= 10) {
            if (auto mobile = text::normalizeMobile(word)) {
                words << mobile->canonical;
                continue;
            }
        }
        words << word;
    }
    return words;
}

QString ftsPhrase(QString word)
{
    word.replace(u'"', QStringLiteral("\"\""));
    return u'"' + word + u'"';
}

QString likeEscaped(QString word)
{
    word.replace(u'\\', QStringLiteral("\\\\"));
    word.replace(u'%', QStringLiteral("\\%"));
    word.replace(u'_', QStringLiteral("\\_"));
    return word;
}

struct Where {
    QString sql;
    QVariantList values;
};

// Words of three or more characters go through the trigram index; shorter
// ones match the start of a word of search_text (each word follows a space).
void addText(Where& where, const QString& text)
{
    QStringList phrases;
    for (const QString& word : queryWords(text)) {
        if (word.toUcs4().size() >= 3) {
            phrases << ftsPhrase(word);
        } else {
            where.sql += QStringLiteral(" AND search_text LIKE ? ESCAPE '\\'");
            where.values << QStringLiteral("% ") + likeEscaped(word) + u'%';
        }
    }
    if (!phrases.isEmpty()) {
        where.sql += QStringLiteral(" AND id IN (SELECT rowid FROM lead_fts WHERE lead_fts MATCH ?)");
        where.values << phrases.join(QStringLiteral(" AND "));
    }
}

Where whereFor(const LeadFilter& filter)
{
    Where where { QStringLiteral(" WHERE 1"), {} };
    if (filter.qualifiedOnly)
        where.sql += QStringLiteral(" AND qualified = 1");
    // Open leads unless asked otherwise. A qualified lead is never converted
    // or lost, so the queue needs no status test (and counting it reads only
    // the leads_queue index, see count()).
    if (!filter.statuses.isEmpty()) {
        QStringList marks;
        for (LeadStatus status : filter.statuses) {
            marks << QStringLiteral("?");
            where.values << toKey(status);
        }
        where.sql += QStringLiteral(" AND status IN (") + marks.join(QStringLiteral(", ")) + u')';
    } else if (!filter.includeClosed && !filter.qualifiedOnly) {
        where.sql += QStringLiteral(" AND status NOT IN ('converted', 'lost')");
    }
    if (filter.band) {
        where.sql += QStringLiteral(" AND band = ?");
        where.values << toKey(*filter.band);
    }
    if (filter.source) {
        where.sql += QStringLiteral(" AND source = ?");
        where.values << toKey(*filter.source);
    }
    const QString owner = text::normalizeForStorage(filter.owner);
    if (!owner.isEmpty()) {
        where.sql += QStringLiteral(" AND owner = ?");
        where.values << owner;
    }
    addText(where, filter.text);
    return where;
}

// A CASE that numbers keys in the order given.
template <typename Enum>
QString listOrder(const QString& column, const QList<Enum>& values)
{
    QString sql = QStringLiteral("CASE ") + column;
    for (int i = 0; i < values.size(); ++i)
        sql += QStringLiteral(" WHEN '%1' THEN %2").arg(toKey(values.at(i))).arg(i);
    return sql + QStringLiteral(" END");
}

QString orderBy(LeadSort sort, bool reversed)
{
    // Terms in the natural direction; "-" marks a descending one.
    QStringList terms;
    switch (sort) {
    // lead_id, not id, so that the order is the leads_queue index's own.
    case LeadSort::Priority: terms = { QStringLiteral("-score"), QStringLiteral("next_follow_up IS NULL"), QStringLiteral("next_follow_up"), QStringLiteral("lead_id") }; break;
    case LeadSort::ScoreDesc: terms = { QStringLiteral("-score"), QStringLiteral("id") }; break;
    case LeadSort::NameAsc: terms = { QStringLiteral("name_sort"), QStringLiteral("id") }; break;
    case LeadSort::CreatedDesc: terms = { QStringLiteral("-created_at"), QStringLiteral("-id") }; break;
    case LeadSort::NextFollowUpAsc: terms = { QStringLiteral("next_follow_up IS NULL"), QStringLiteral("next_follow_up"), QStringLiteral("id") }; break;
    case LeadSort::CompanyAsc: terms = { QStringLiteral("company = ''"), QStringLiteral("company_sort"), QStringLiteral("name_sort"), QStringLiteral("id") }; break;
    case LeadSort::StatusAsc: terms = { listOrder(QStringLiteral("status"), allLeadStatuses()), QStringLiteral("-score"), QStringLiteral("id") }; break;
    case LeadSort::SourceAsc: terms = { listOrder(QStringLiteral("source"), allLeadSources()), QStringLiteral("-score"), QStringLiteral("id") }; break;
    case LeadSort::OwnerAsc: terms = { QStringLiteral("owner = ''"), QStringLiteral("owner"), QStringLiteral("-score"), QStringLiteral("id") }; break;
    case LeadSort::BestTimeAsc: terms = { QStringLiteral("best_time_to_call = ''"), QStringLiteral("best_time_to_call"), QStringLiteral("id") }; break;
    }
    QString sql = QStringLiteral(" ORDER BY ");
    for (int i = 0; i < terms.size(); ++i) {
        const bool descending = terms.at(i).startsWith(u'-') != reversed;
        sql += (i ? QStringLiteral(", ") : QString()) + (terms.at(i).startsWith(u'-') ? terms.at(i).mid(1) : terms.at(i))
            + (descending ? QStringLiteral(" DESC") : QString());
    }
    return sql;
}

LeadRow readRow(const QSqlQuery& q)
{
    LeadRow r;
    r.id = q.value(0).toLongLong();
    r.name = q.value(1).toString();
    r.company = q.value(2).toString();
    r.mobile = q.value(3).toString();
    r.type = leadTypeFromKey(q.value(4).toString()).value_or(LeadType::Sales);
    r.source = leadSourceFromKey(q.value(5).toString()).value_or(LeadSource::Other);
    r.status = leadStatusFromKey(q.value(6).toString()).value_or(LeadStatus::New);
    r.owner = q.value(7).toString();
    r.score = q.value(8).toInt();
    r.overridden = q.value(9).toInt() != 0;
    r.band = bandFromKey(q.value(10).toString()).value_or(Band::Cold);
    r.qualified = q.value(11).toInt() != 0;
    r.nextFollowUp = storage::timestampFromIso(q.value(12));
    r.bestTimeToCall = q.value(13).toString();
    r.createdAt = storage::timestampFromIso(q.value(14));
    return r;
}

} // namespace

QString leadPageSql(const LeadFilter& filter, LeadSort sort, QVariantList& values, bool reversed)
{
    const Where where = whereFor(filter);
    values = where.values;
    return QStringLiteral("SELECT ") + kRowColumns + QStringLiteral(" FROM lead_scores JOIN leads ON id = lead_id") + where.sql
        + orderBy(sort, reversed);
}

LeadQuery::LeadQuery(storage::Database& db)
    : m_db(db)
{
}

Result<QList<LeadRow>> LeadQuery::page(const LeadFilter& filter, LeadSort sort, int limit, int offset, bool reversed)
{
    if (limit <= 0 || offset < 0)
        return QList<LeadRow> {};
    QVariantList values;
    const QString sql = leadPageSql(filter, sort, values, reversed);
    auto q = storage::prepare(m_db.connection(), sql + QStringLiteral(" LIMIT ? OFFSET ?"));
    if (!q)
        return q.error();
    storage::bindAll(*q, values << limit << offset);
    if (auto s = storage::exec(*q); !s)
        return s.error();
    QList<LeadRow> rows;
    while (q->next())
        rows << readRow(*q);
    return rows;
}

Result<int> LeadQuery::count(const LeadFilter& filter)
{
    const Where where = whereFor(filter);
    // The queue's size is counted off the leads_queue index alone.
    const bool scoresOnly = filter.qualifiedOnly && filter.statuses.isEmpty() && !filter.source
        && text::normalizeForStorage(filter.owner).isEmpty() && queryWords(filter.text).isEmpty();
    const QString from = scoresOnly ? QStringLiteral("SELECT count(*) FROM lead_scores")
                                    : QStringLiteral("SELECT count(*) FROM lead_scores JOIN leads ON id = lead_id");
    auto q = storage::prepare(m_db.connection(), from + where.sql);
    if (!q)
        return q.error();
    storage::bindAll(*q, where.values);
    if (auto s = storage::exec(*q); !s)
        return s.error();
    return q->next() ? q->value(0).toInt() : 0;
}

} // namespace peyvand::leads
