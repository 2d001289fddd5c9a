#include "RawFts.h"

#include "text/PersianText.h"
#include "text/Validators.h"

#include <QSqlError>
#include <QVariant>

namespace peyvand::bench {

namespace {

// Mirrors queryWords() in CustomerSearch.cpp: a full mobile number in any
// form becomes the stored 09… form.
QStringList queryWords(const QString& text)
{
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

// Mirrors ftsPhrase() in CustomerSearch.cpp.
QString ftsPhrase(const QString& word)
{
    const qsizetype length = word.toUcs4().size();
    QString phrase = length >= 3 ? word : QString(3 - length, u' ') + word;
    phrase.replace(u'"', QStringLiteral("\"\""));
    return u'"' + phrase + u'"';
}

} // namespace

QString ftsMatchExpression(const QString& query)
{
    QStringList phrases;
    for (const QString& word : queryWords(query))
        phrases << ftsPhrase(word);
    return phrases.join(QStringLiteral(" AND "));
}

RawFts::RawFts(QSqlDatabase& db)
    : m_query(db)
{
    m_query.setForwardOnly(true);
    m_prepared = m_query.prepare(QStringLiteral("SELECT rowid FROM customer_fts WHERE customer_fts MATCH ? LIMIT ?"));
    if (!m_prepared)
        m_prepareError = m_query.lastError().text();
}

Result<int> RawFts::firstPage(const QString& query, int limit)
{
    if (!m_prepared)
        return Error::make(ErrorCode::Database, QStringLiteral("cannot prepare the FTS query"), m_prepareError);
    const QString match = ftsMatchExpression(query);
    if (match.isEmpty())
        return 0;
    m_query.bindValue(0, match);
    m_query.bindValue(1, limit);
    if (!m_query.exec())
        return Error::make(ErrorCode::Database, QStringLiteral("FTS query failed"), m_query.lastError().text());
    int rows = 0;
    while (m_query.next())
        ++rows;
    m_query.finish();
    return rows;
}

} // namespace peyvand::bench
