#include "CustomerSearch.h"

#include "storage/Database.h"
#include "storage/SqlStatement.h"
#include "storage/SqlHelpers.h"
#include "text/PersianText.h"
#include "text/Validators.h"

namespace peyvand::customers {

namespace {

const QString kRowColumns = QStringLiteral(
    "c.id, c.kind, c.name, c.company, c.mobile, c.email, c.city, c.source, c.since, c.archived, c.tags");

// The words of a query as search keys; a full mobile number in any form
// (+98…, 0098…, 9…) becomes the stored 09… form.
QStringList queryWords(const QString& text)
{
    QStringList words;
    for (const QString& word : text::searchKey(text).split(u' ', Qt::SkipEmptyParts)) {
        if (text::digitsOnly(word).size() >= 10) {
            if (auto mobile = text::normalizeMobile(word))
                words << mobile->canonical;
            else
                words << word;
        } else {
            words << word;
        }
    }
    return words;
}

// One FTS5 string per word, quoted so that FTS syntax is taken literally.
// Words of one or two characters are prefixed with spaces so that they form
// a trigram that matches the start of a word (see the schema).
QString ftsPhrase(const QString& word)
{
    const qsizetype length = word.toUcs4().size();
    QString phrase = length >= 3 ? word : QString(3 - length, u' ') + word;
    phrase.replace(u'"', QStringLiteral("\"\""));
    return u'"' + phrase + u'"';
}

struct Plan {
    QStringList words;
    QString match;       // FTS expression; empty: no text
    QString prefixLow;   // name_sort range of "name starts with the query"
    QString prefixHigh;
    QString filters;     // " AND …" conditions on c
    QVariantList filterValues;
};

QString matchFor(const QStringList& words)
{
    QStringList phrases;
    for (const QString& w : words)
        phrases << ftsPhrase(w);
    return phrases.join(QStringLiteral(" AND "));
}

Plan makePlan(const CustomerQuery& query)
{
    Plan plan;
    plan.words = queryWords(query.text);
    plan.match = matchFor(plan.words);
    plan.prefixLow = text::sortKey(plan.words.join(u' '));
    plan.prefixHigh = plan.prefixLow + QString::fromUcs4(U"\U0010FFFF", 1);

    switch (query.archive) {
    case CustomerQuery::Archive::Active: plan.filters += QStringLiteral(" AND c.archived = 0"); break;
    case CustomerQuery::Archive::ArchivedOnly: plan.filters += QStringLiteral(" AND c.archived = 1"); break;
    case CustomerQuery::Archive::All: break;
    }
    if (!query.tag.trimmed().isEmpty()) {
        plan.filters += QStringLiteral(" AND EXISTS (SELECT 1 FROM customer_tags t WHERE t.customer_id = c.id AND t.tag_key = ?)");
        plan.filterValues << text::searchKey(query.tag);
    }
    if (!query.city.trimmed().isEmpty()) {
        plan.filters += QStringLiteral(" AND c.city_key = ?");
        plan.filterValues << text::searchKey(query.city);
    }
    if (!query.source.trimmed().isEmpty()) {
        plan.filters += QStringLiteral(" AND c.source_key = ?");
        plan.filterValues << text::searchKey(query.source);
    }
    return plan;
}

QString orderBy(const CustomerQuery& query)
{
    const QString dir = query.descending ? QStringLiteral(" DESC") : QString();
    switch (query.sort) {
    case CustomerQuery::Sort::Company: return QStringLiteral(" ORDER BY c.company_sort") + dir + QStringLiteral(", c.id") + dir;
    case CustomerQuery::Sort::City: return QStringLiteral(" ORDER BY c.city_sort") + dir + QStringLiteral(", c.id") + dir;
    case CustomerQuery::Sort::Since: return QStringLiteral(" ORDER BY c.since") + dir + QStringLiteral(", c.id") + dir;
    case CustomerQuery::Sort::Created: return QStringLiteral(" ORDER BY c.id") + dir;
    case CustomerQuery::Sort::Name:
    case CustomerQuery::Sort::Relevance: return QStringLiteral(" ORDER BY c.name_sort") + dir + QStringLiteral(", c.id") + dir;
    }
    return {};
}

} // namespace

QString ftsMatchExpression(const QString& text)
{
    return matchFor(queryWords(text));
}

CustomerSearch::CustomerSearch(storage::Database& db)
    : m_db(db)
{
}

CustomerSearch::~CustomerSearch() = default;

Result<storage::SqlStatement*> CustomerSearch::statement(const QString& sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        auto prepared = storage::SqlStatement::prepare(m_db.connection(), sql);
        if (!prepared)
            return prepared.error();
        if (m_statements.size() > 64)
            m_statements.clear();
        it = m_statements.insert(sql, std::shared_ptr<storage::SqlStatement>(std::move(*prepared)));
    }
    return it.value().get();
}

Result<QList<CustomerRow>> CustomerSearch::fetchRows(const QString& sql, const QVariantList& values)
{
    auto q = statement(sql);
    if (!q)
        return q.error();
    storage::SqlStatement& st = **q;
    st.bindValues(values);
    QList<CustomerRow> rows;
    for (;;) {
        auto more = st.step();
        if (!more)
            return more.error();
        if (!*more)
            break;
        CustomerRow r;
        r.id = st.int64(0);
        r.kind = customerKindFromKey(st.text(1)).value_or(CustomerKind::Person);
        r.name = st.text(2);
        r.company = st.text(3);
        r.mobile = st.text(4);
        r.email = st.text(5);
        r.city = st.text(6);
        r.source = st.text(7);
        r.since = QDate::fromString(st.text(8), Qt::ISODate);
        r.archived = st.int64(9) != 0;
        const QString tags = st.text(10);
        if (!tags.isEmpty())
            r.tags = tags.split(QChar(31));
        rows << r;
    }
    return rows;
}

Result<qint64> CustomerSearch::fetchCount(const QString& sql, const QVariantList& values)
{
    auto q = statement(sql);
    if (!q)
        return q.error();
    storage::SqlStatement& st = **q;
    st.bindValues(values);
    auto row = st.step();
    if (!row)
        return row.error();
    const qint64 n = *row ? st.int64(0) : 0;
    if (*row)
        (void)st.step(); // finish, releasing the read lock
    return n;
}

Result<QList<CustomerRow>> CustomerSearch::page(const CustomerQuery& query, int offset, int limit)
{
    if (limit <= 0 || offset < 0)
        return QList<CustomerRow> {};
    const Plan plan = makePlan(query);

    if (plan.match.isEmpty() || query.sort != CustomerQuery::Sort::Relevance) {
        QString sql = QStringLiteral("SELECT ") + kRowColumns + QStringLiteral(" FROM customers c WHERE 1");
        QVariantList values;
        if (!plan.match.isEmpty()) {
            sql += QStringLiteral(" AND c.id IN (SELECT rowid FROM customer_fts WHERE customer_fts MATCH ?)");
            values << plan.match;
        }
        sql += plan.filters + orderBy(query) + QStringLiteral(" LIMIT ? OFFSET ?");
        values << plan.filterValues << limit << offset;
        return fetchRows(sql, values);
    }

    // Relevance: customers whose name starts with the query, in name order,
    // then every other match in FTS order. Both streams stop at the page.
    const QString prefixWhere = QStringLiteral(" c.name_sort >= ? AND c.name_sort < ?");
    QVariantList tier0Values { plan.prefixLow, plan.prefixHigh };
    tier0Values << plan.filterValues;
    auto tier0 = fetchRows(
                           QStringLiteral("SELECT ") + kRowColumns + QStringLiteral(" FROM customers c WHERE") + prefixWhere
                               + plan.filters + QStringLiteral(" ORDER BY c.name_sort, c.id LIMIT ? OFFSET ?"),
                           QVariantList(tier0Values) << limit << offset);
    if (!tier0)
        return tier0;
    QList<CustomerRow> rows = *tier0;
    if (rows.size() >= limit)
        return rows;

    qint64 tier0Total = offset + rows.size();
    if (rows.isEmpty() && offset > 0) {
        auto n = fetchCount(QStringLiteral("SELECT count(*) FROM customers c WHERE") + prefixWhere + plan.filters, tier0Values);
        if (!n)
            return n.error();
        tier0Total = *n;
    }
    const qint64 tier1Offset = std::max<qint64>(0, offset - tier0Total);
    QVariantList tier1Values { plan.match, plan.prefixLow, plan.prefixHigh };
    tier1Values << plan.filterValues << (limit - rows.size()) << tier1Offset;
    auto tier1 = fetchRows(
                           QStringLiteral("SELECT ") + kRowColumns
                               + QStringLiteral(" FROM customer_fts f CROSS JOIN customers c ON c.id = f.rowid "
                                                "WHERE customer_fts MATCH ? AND NOT (") + prefixWhere + u')'
                               + plan.filters + QStringLiteral(" LIMIT ? OFFSET ?"),
                           tier1Values);
    if (!tier1)
        return tier1;
    rows << *tier1;
    return rows;
}

Result<qint64> CustomerSearch::count(const CustomerQuery& query, qint64 cap)
{
    const Plan plan = makePlan(query);
    const bool unfiltered = plan.filterValues.isEmpty();
    if (plan.match.isEmpty() && unfiltered) {
        QString which;
        switch (query.archive) {
        case CustomerQuery::Archive::Active: which = QStringLiteral(" WHERE archived = 0"); break;
        case CustomerQuery::Archive::ArchivedOnly: which = QStringLiteral(" WHERE archived = 1"); break;
        case CustomerQuery::Archive::All: break;
        }
        auto n = fetchCount(QStringLiteral("SELECT coalesce(sum(n), 0) FROM customer_counts") + which, {});
        if (!n || cap <= 0)
            return n;
        return std::min(*n, cap);
    }
    QString inner;
    QVariantList values;
    if (plan.match.isEmpty()) {
        inner = QStringLiteral("SELECT 1 FROM customers c WHERE 1") + plan.filters;
    } else {
        inner = QStringLiteral("SELECT 1 FROM customer_fts f CROSS JOIN customers c ON c.id = f.rowid "
                               "WHERE customer_fts MATCH ?") + plan.filters;
        values << plan.match;
    }
    values << plan.filterValues;
    if (cap > 0) {
        inner += QStringLiteral(" LIMIT ?");
        values << cap;
    }
    return fetchCount(QStringLiteral("SELECT count(*) FROM (") + inner + u')', values);
}

Result<QList<qint64>> CustomerSearch::ids(const CustomerQuery& query)
{
    const Plan plan = makePlan(query);
    QString sql = QStringLiteral("SELECT c.id FROM customers c WHERE 1");
    QVariantList values;
    if (!plan.match.isEmpty()) {
        sql += QStringLiteral(" AND c.id IN (SELECT rowid FROM customer_fts WHERE customer_fts MATCH ?)");
        values << plan.match;
    }
    sql += plan.filters + QStringLiteral(" ORDER BY c.id");
    values << plan.filterValues;
    auto q = statement(sql);
    if (!q)
        return q.error();
    storage::SqlStatement& st = **q;
    st.bindValues(values);
    QList<qint64> out;
    for (;;) {
        auto more = st.step();
        if (!more)
            return more.error();
        if (!*more)
            break;
        out << st.int64(0);
    }
    return out;
}

} // namespace peyvand::customers
