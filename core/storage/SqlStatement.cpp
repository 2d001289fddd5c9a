#include "SqlStatement.h"

#include "SqlHelpers.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace peyvand::storage {

Error sqliteError(sqlite3* handle, const QString& sql)
{
    const QString detail = QString::fromUtf8(sqlite3_errmsg(handle)) + QStringLiteral(" in: ") + sql;
    return errorFromSqliteCode(sqlite3_extended_errcode(handle), detail);
}

Result<std::unique_ptr<SqlStatement>> SqlStatement::prepare(QSqlDatabase& db, const char* sql)
{
    sqlite3* handle = rawHandle(db);
    if (!handle)
        return Error::make(ErrorCode::Internal, QCoreApplication::translate("Database", "The SQLite driver is not available."));
    return prepare(handle, sql);
}

Result<std::unique_ptr<SqlStatement>> SqlStatement::prepare(QSqlDatabase& db, const QString& sql)
{
    return prepare(db, sql.toUtf8().constData());
}

Result<std::unique_ptr<SqlStatement>> SqlStatement::prepare(sqlite3* handle, const char* sql)
{
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v3(handle, sql, -1, SQLITE_PREPARE_PERSISTENT, &statement, nullptr) != SQLITE_OK)
        return sqliteError(handle, QString::fromUtf8(sql));
    return std::unique_ptr<SqlStatement>(new SqlStatement(statement, QByteArray(sql)));
}

SqlStatement::~SqlStatement()
{
    sqlite3_finalize(m_statement);
}

void SqlStatement::reset()
{
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
}

void SqlStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
}

void SqlStatement::bind(int index, QByteArrayView utf8)
{
    sqlite3_bind_text(m_statement, index, utf8.data() ? utf8.data() : "", int(utf8.size()), SQLITE_STATIC);
}

void SqlStatement::bindValues(const QVariantList& values)
{
    reset();
    for (int i = 0; i < values.size(); ++i) {
        const QVariant& v = values.at(i);
        const int index = i + 1;
        if (v.typeId() == QMetaType::QString) {
            const QByteArray utf8 = v.toString().toUtf8();
            sqlite3_bind_text(m_statement, index, utf8.constData() ? utf8.constData() : "", int(utf8.size()), SQLITE_TRANSIENT);
        } else if (v.isNull()) {
            sqlite3_bind_null(m_statement, index);
        } else {
            sqlite3_bind_int64(m_statement, index, v.toLongLong());
        }
    }
}

void SqlStatement::bindColumn(int index, const SqlStatement& row, int column)
{
    sqlite3_bind_value(m_statement, index, sqlite3_column_value(row.m_statement, column));
}

int SqlStatement::columnCount() const
{
    return sqlite3_column_count(m_statement);
}

Result<bool> SqlStatement::step()
{
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE) {
        sqlite3_reset(m_statement);
        return false;
    }
    Error e = error();
    sqlite3_reset(m_statement);
    return e;
}

Status SqlStatement::run()
{
    return forEachRow([] { return Status {}; });
}

Status SqlStatement::forEachRow(const std::function<Status()>& onRow)
{
    for (;;) {
        auto row = step();
        if (!row)
            return row.error();
        if (!*row)
            return {};
        if (auto s = onRow(); !s)
            return s;
    }
}

qint64 SqlStatement::int64(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

QByteArrayView SqlStatement::bytes(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    return QByteArrayView(data, sqlite3_column_bytes(m_statement, column));
}

QString SqlStatement::text(int column) const
{
    const QByteArrayView b = bytes(column);
    return QString::fromUtf8(b.data(), b.size());
}

qint64 SqlStatement::lastInsertId() const
{
    return sqlite3_last_insert_rowid(sqlite3_db_handle(m_statement));
}

Error SqlStatement::error() const
{
    return sqliteError(sqlite3_db_handle(m_statement), QString::fromUtf8(m_sql));
}

Status execSql(QSqlDatabase& db, const QString& sql)
{
    sqlite3* handle = rawHandle(db);
    if (!handle)
        return Error::make(ErrorCode::Internal, QCoreApplication::translate("Database", "The SQLite driver is not available."));
    return execSql(handle, sql);
}

Status execSql(sqlite3* handle, const QString& sql)
{
    char* message = nullptr;
    if (sqlite3_exec(handle, sql.toUtf8().constData(), nullptr, nullptr, &message) != SQLITE_OK) {
        const QString detail = QString::fromUtf8(message ? message : "") + QStringLiteral(" in: ") + sql;
        sqlite3_free(message);
        return errorFromSqliteCode(sqlite3_extended_errcode(handle), detail);
    }
    return {};
}

} // namespace peyvand::storage
