#include "RawStatement.h"

#include "SqlHelpers.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace peyvand::storage {

namespace {

Error statementError(sqlite3* handle, const QString& sql)
{
    const QString detail = QString::fromUtf8(sqlite3_errmsg(handle)) + QStringLiteral(" in: ") + sql;
    return errorFromSqliteCode(sqlite3_extended_errcode(handle), detail);
}

} // namespace

Result<std::unique_ptr<RawStatement>> RawStatement::prepare(QSqlDatabase& db, const QString& sql)
{
    sqlite3* handle = rawHandle(db);
    if (!handle)
        return Error::make(ErrorCode::Internal, QCoreApplication::translate("Database", "The SQLite driver is not available."));
    const QByteArray utf8 = sql.toUtf8();
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v3(handle, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT, &statement, nullptr) != SQLITE_OK)
        return statementError(handle, sql);
    return std::unique_ptr<RawStatement>(new RawStatement(statement, sql));
}

RawStatement::RawStatement(sqlite3_stmt* statement, QString sql)
    : m_statement(statement)
    , m_sql(std::move(sql))
{
}

RawStatement::~RawStatement()
{
    sqlite3_finalize(m_statement);
}

void RawStatement::bind(const QVariantList& values)
{
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    for (int i = 0; i < values.size(); ++i) {
        const QVariant& v = values.at(i);
        const int index = i + 1;
        if (v.isNull() && v.typeId() != QMetaType::QString) {
            sqlite3_bind_null(m_statement, index);
        } else if (v.typeId() == QMetaType::QString) {
            const QByteArray utf8 = v.toString().toUtf8();
            sqlite3_bind_text(m_statement, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
        } else {
            sqlite3_bind_int64(m_statement, index, v.toLongLong());
        }
    }
}

Result<bool> RawStatement::step()
{
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE) {
        sqlite3_reset(m_statement); // releases read locks between pages
        return false;
    }
    Error error = statementError(sqlite3_db_handle(m_statement), m_sql);
    sqlite3_reset(m_statement);
    return error;
}

qint64 RawStatement::int64(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

QString RawStatement::text(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    return QString::fromUtf8(data, sqlite3_column_bytes(m_statement, column));
}

} // namespace peyvand::storage
