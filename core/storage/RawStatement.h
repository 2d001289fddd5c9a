#pragma once

#include "common/Result.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

#include <memory>

struct sqlite3_stmt;

namespace peyvand::storage {

// A prepared statement on the SQLite handle of a QSQLITE connection, for the
// few hot queries where QSqlQuery's per-value QVariant and UTF-16 conversions
// cost more than the query itself (the customer list's first page). Must be
// destroyed before the connection closes.
class RawStatement final {
public:
    static Result<std::unique_ptr<RawStatement>> prepare(QSqlDatabase& db, const QString& sql);
    ~RawStatement();
    RawStatement(const RawStatement&) = delete;
    RawStatement& operator=(const RawStatement&) = delete;

    // Resets the statement and binds positional values (QString as UTF-8,
    // integers as int64, null variants as NULL).
    void bind(const QVariantList& values);
    // True while there is a row; errors map like storage::exec (corruption
    // becomes ErrorCode::Corrupt).
    Result<bool> step();

    qint64 int64(int column) const;
    QString text(int column) const;

private:
    explicit RawStatement(sqlite3_stmt* statement, QString sql);

    sqlite3_stmt* m_statement = nullptr;
    QString m_sql;
};

} // namespace peyvand::storage
