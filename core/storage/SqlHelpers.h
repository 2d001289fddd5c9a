#pragma once

#include "common/Result.h"

#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <initializer_list>

struct sqlite3;

namespace peyvand::storage {

// Binds positional values. A null QString is bound as '' (Qt would bind SQL
// NULL); use a QVariant of no value for NULL, e.g. nullableDate().
void bindAll(QSqlQuery& query, const QVariantList& values);

// Prepares `sql` and binds positional values; the error names the statement.
Result<QSqlQuery> prepare(QSqlDatabase& db, const QString& sql, std::initializer_list<QVariant> values = {});
// Executes a prepared query.
Status exec(QSqlQuery& query);
// An SQLite result code (primary or extended) as a core Error: damaged,
// read-only, disk full or I/O get their own codes and messages.
Error errorFromSqliteCode(int code, const QString& detail);
// Prepares, binds and executes in one step.
Result<QSqlQuery> run(QSqlDatabase& db, const QString& sql, std::initializer_list<QVariant> values = {});
// Runs an UPDATE or DELETE meant for one existing row; `missing` when it
// changed no row (the record does not exist).
Status changeOne(QSqlDatabase& db, const QString& sql, std::initializer_list<QVariant> values, const Error& missing);
// The first column of the first row, or an invalid QVariant when there is no row.
Result<QVariant> scalar(QSqlDatabase& db, const QString& sql, std::initializer_list<QVariant> values = {});

// The raw SQLite handle behind a QSQLITE connection (for sqlite3_exec and the backup API).
sqlite3* rawHandle(QSqlDatabase& db);
// Executes a script of several statements (a migration) with sqlite3_exec.
Status execScript(QSqlDatabase& db, const QByteArray& sql, const QString& what);

// Storage formats: dates as ISO "YYYY-MM-DD", timestamps as UTC ISO-8601 with 'Z'.
QString isoDate(QDate date);           // empty QString -> NULL handled by callers
QString isoTimestamp(const QDateTime& at);
QDate dateFromIso(const QVariant& value);
QDateTime timestampFromIso(const QVariant& value);
// NULL for an invalid date, else the ISO text.
QVariant nullableDate(QDate date);

} // namespace peyvand::storage
