#pragma once

// Used by LeadRescorer; not part of the API.

#include "ScoringEngine.h"
#include "common/Result.h"

#include <QByteArray>
#include <QSqlDatabase>

#include <memory>

struct sqlite3_stmt;

namespace peyvand::leads::detail {

// A prepared statement on the SQLite handle that binds and reads UTF-8 bytes
// as they are: rescoring writes a breakdown per lead, and going through
// QString and QVariant cost as much as the scoring itself.
class Statement final {
public:
    static Result<std::unique_ptr<Statement>> prepare(QSqlDatabase& db, const char* sql);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    // Resets the statement and clears its bindings.
    void reset();
    void bind(int index, qint64 value);
    void bindNull(int index);
    // The bytes must stay alive until the next reset().
    void bind(int index, QByteArrayView utf8);
    // True while there is a row.
    Result<bool> step();
    qint64 int64(int column) const;
    // Valid until the next step() or reset().
    QByteArrayView bytes(int column) const;

private:
    Statement(sqlite3_stmt* statement, const char* sql) : m_statement(statement), m_sql(sql) { }
    Error error() const;

    sqlite3_stmt* m_statement = nullptr;
    const char* m_sql;
};

// The stored state of one lead and what its score depends on.
struct StoredLead {
    qint64 id = 0;
    LeadFacts facts;
    int score = 0;
    int computed = 0;
    Band band = Band::Cold;
    bool qualified = false;
    bool qualifiedAtNull = true;
    bool neverScored = true;
    QByteArray breakdown;
    QDateTime scoredAt;
};

// Reads leads in id order, a chunk at a time, each with its interaction times
// merged in from one pass over lead_interactions.
class LeadScan final {
public:
    static constexpr int kChunk = 1000;

    static Result<std::unique_ptr<LeadScan>> open(QSqlDatabase& db);
    // The next chunk; empty at the end.
    Result<QList<StoredLead>> next();

private:
    LeadScan(std::unique_ptr<Statement> leads, std::unique_ptr<Statement> interactions);
    StoredLead read() const;
    Status advanceInteraction();

    std::unique_ptr<Statement> m_leads;
    std::unique_ptr<Statement> m_interactions;
    qint64 m_lastId = 0;
    qint64 m_pendingLead = 0; // 0: no more interactions
    QDateTime m_pendingAt;
};

// "2024-03-20T12:00:00Z" read without QDateTime::fromString, which costs more
// than scoring a lead; other forms go the slow way. Invalid for empty text.
QDateTime parseTimestamp(QByteArrayView text);

} // namespace peyvand::leads::detail
