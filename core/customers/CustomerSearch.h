#pragma once

#include "Customer.h"
#include "common/Result.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace peyvand::storage {
class Database;
class SqlStatement;
}

namespace peyvand::customers {

// One row of the customer list: just what the list and search results show.
struct CustomerRow {
    qint64 id = 0;
    CustomerKind kind = CustomerKind::Person;
    QString name;
    QString company;
    QString mobile;
    QString email;
    QString city;
    QString source;
    QStringList tags;
    QDate since;
    bool archived = false;
};

struct CustomerQuery {
    enum class Sort { Relevance, Name, Company, City, Since, Created };
    enum class Archive { Active, ArchivedOnly, All };

    // Free text. Every word must occur in some field (name, company, phones,
    // email, IDs, city, tags) after Persian normalisation; words of 3+
    // characters match anywhere, 1–2 character words match the start of a
    // word. FTS syntax ("", *, -, NEAR, …) is searched literally.
    QString text;
    QString tag;    // exact tag filter, empty: any
    QString city;   // exact city filter, empty: any
    QString source; // exact source filter, empty: any
    Archive archive = Archive::Active;
    // Relevance: names starting with the query first, then other matches
    // (without text it is the same as Name).
    Sort sort = Sort::Relevance;
    bool descending = false;
};

// The FTS5 MATCH expression CustomerSearch uses for a query's text (empty
// when the text has no words). Public so the benchmark times the very same
// expression against the bare index.
QString ftsMatchExpression(const QString& text);

// Searches and pages through customers in SQL; no call loads a whole table.
class CustomerSearch final {
public:
    explicit CustomerSearch(storage::Database& db);
    ~CustomerSearch();
    CustomerSearch(const CustomerSearch&) = delete;
    CustomerSearch& operator=(const CustomerSearch&) = delete;

    // Up to `limit` rows starting at `offset`, best matches first.
    Result<QList<CustomerRow>> page(const CustomerQuery& query, int offset, int limit);
    // Number of matching customers. With cap > 0 counting stops at cap, so the
    // answer means "cap or more" and stays fast on huge result sets; without
    // text and filters the exact number is always instant.
    Result<qint64> count(const CustomerQuery& query, qint64 cap = 0);
    // The ids of every matching customer in ascending order (the sort of the
    // query is ignored): what an export of the current list writes.
    Result<QList<qint64>> ids(const CustomerQuery& query);

private:
    // Prepared once per distinct SQL text and reused: preparing costs more
    // than running a first-page query. Raw SQLite statements, because
    // QSqlQuery's per-value conversions doubled the time of a page.
    Result<storage::SqlStatement*> statement(const QString& sql);
    Result<QList<CustomerRow>> fetchRows(const QString& sql, const QVariantList& values);
    Result<qint64> fetchCount(const QString& sql, const QVariantList& values);

    storage::Database& m_db;
    QHash<QString, std::shared_ptr<storage::SqlStatement>> m_statements;
};

} // namespace peyvand::customers
