#pragma once

// A prepared statement on the SQLite handle of a connection, for hot loops and
// queries (the import and export, the customer list, duplicate keys) where
// QSqlQuery's per-value QVariant and UTF-16 conversions cost more than the
// statement itself. Must be destroyed before its connection closes.

#include "common/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

#include <functional>
#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace peyvand::storage {

class SqlStatement final {
public:
    static Result<std::unique_ptr<SqlStatement>> prepare(QSqlDatabase& db, const char* sql);
    static Result<std::unique_ptr<SqlStatement>> prepare(QSqlDatabase& db, const QString& sql);
    // On a connection opened without Qt.
    static Result<std::unique_ptr<SqlStatement>> prepare(sqlite3* handle, const char* sql);
    ~SqlStatement();
    SqlStatement(const SqlStatement&) = delete;
    SqlStatement& operator=(const SqlStatement&) = delete;

    void reset();                              // and clears the bindings
    void bind(int index, qint64 value);
    void bind(int index, QByteArrayView utf8); // the bytes must live until reset()
    // Resets, then binds positional values: text as UTF-8 (copied), integers as
    // int64, null variants other than text as NULL.
    void bindValues(const QVariantList& values);
    // Binds column `column` of the current row of `row`, whatever its type.
    void bindColumn(int index, const SqlStatement& row, int column);
    int columnCount() const;
    Result<bool> step();                       // true while there is a row
    Status run();                              // step to the end
    // Steps to the end, calling `onRow` on each row; stops at its first error.
    Status forEachRow(const std::function<Status()>& onRow);
    qint64 int64(int column) const;
    QByteArrayView bytes(int column) const;    // valid until the next step()
    QString text(int column) const;
    qint64 lastInsertId() const;

private:
    SqlStatement(sqlite3_stmt* statement, QByteArray sql) : m_statement(statement), m_sql(std::move(sql)) { }
    Error error() const;

    sqlite3_stmt* m_statement = nullptr;
    QByteArray m_sql; // for error messages
};

// The last failure on `handle` as a core Error naming `sql` (a full disk,
// damage and the like as errorFromSqliteCode says them).
Error sqliteError(sqlite3* handle, const QString& sql);

// Runs one statement without results (DDL, pragmas).
Status execSql(QSqlDatabase& db, const QString& sql);
Status execSql(sqlite3* handle, const QString& sql);

} // namespace peyvand::storage
