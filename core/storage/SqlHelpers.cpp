#include "SqlHelpers.h"

#include <QCoreApplication>
#include <QSqlDriver>

#include <sqlite3.h>

namespace peyvand::storage {

void bindAll(QSqlQuery& query, const QVariantList& values)
{
    for (int i = 0; i < values.size(); ++i) {
        const QVariant& v = values.at(i);
        if (v.typeId() == QMetaType::QString && !v.isNull() && v.toString().isNull())
            query.bindValue(i, QStringLiteral(""));
        else
            query.bindValue(i, v);
    }
}

Result<QSqlQuery> prepare(QSqlDatabase& db, const QString& sql, std::initializer_list<QVariant> values)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return Error::make(ErrorCode::Database, QCoreApplication::translate("Database", "A database statement failed."),
                           query.lastError().text() + QStringLiteral(" in: ") + sql);
    bindAll(query, QVariantList(values));
    return query;
}

namespace {

int primaryCode(const QSqlError& error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1;
}

} // namespace

Error errorFromSqliteCode(int code, const QString& detail)
{
    switch (code & 0xff) {
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return Error::make(ErrorCode::Corrupt, QCoreApplication::translate("Database", "The database file is damaged."), detail);
    case SQLITE_READONLY:
        return Error::make(ErrorCode::ReadOnly,
                           QCoreApplication::translate("Database", "The database is open read-only; nothing can be changed."), detail);
    case SQLITE_FULL:
        return Error::make(ErrorCode::Io, QCoreApplication::translate("Database", "The disk is full; nothing was changed."), detail);
    case SQLITE_IOERR:
        return Error::make(ErrorCode::Io,
                           QCoreApplication::translate("Database", "The disk refused to read or write the database; nothing was changed."),
                           detail);
    default:
        return Error::make(ErrorCode::Database, QCoreApplication::translate("Database", "A database statement failed."), detail);
    }
}

Status exec(QSqlQuery& query)
{
    if (query.exec())
        return {};
    const QSqlError error = query.lastError();
    const QString detail = error.text() + QStringLiteral(" in: ") + query.lastQuery();
    return errorFromSqliteCode(primaryCode(error), detail);
}

Result<QSqlQuery> run(QSqlDatabase& db, const QString& sql, std::initializer_list<QVariant> values)
{
    auto query = prepare(db, sql, values);
    if (!query)
        return query.error();
    if (auto s = exec(*query); !s)
        return s.error();
    return query;
}

Status changeOne(QSqlDatabase& db, const QString& sql, std::initializer_list<QVariant> values, const Error& missing)
{
    auto query = run(db, sql, values);
    if (!query)
        return query.error();
    if (query->numRowsAffected() == 0)
        return missing;
    return {};
}

Result<QVariant> scalar(QSqlDatabase& db, const QString& sql, std::initializer_list<QVariant> values)
{
    auto query = run(db, sql, values);
    if (!query)
        return query.error();
    if (!query->next())
        return QVariant();
    return query->value(0);
}

sqlite3* rawHandle(QSqlDatabase& db)
{
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(v.constData());
}

Status execScript(QSqlDatabase& db, const QByteArray& sql, const QString& what)
{
    sqlite3* handle = rawHandle(db);
    if (!handle)
        return Error::make(ErrorCode::Internal, QCoreApplication::translate("Database", "The SQLite driver is not available."));
    char* message = nullptr;
    const int rc = sqlite3_exec(handle, sql.constData(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        const QString detail = QString::fromUtf8(message ? message : sqlite3_errstr(rc));
        sqlite3_free(message);
        return Error::make(ErrorCode::Database, QCoreApplication::translate("Database", "The database could not %1.").arg(what), detail);
    }
    return {};
}

QString isoDate(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString isoTimestamp(const QDateTime& at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODate) : QString();
}

QDate dateFromIso(const QVariant& value)
{
    if (value.isNull())
        return {};
    return QDate::fromString(value.toString(), Qt::ISODate);
}

QDateTime timestampFromIso(const QVariant& value)
{
    if (value.isNull())
        return {};
    QDateTime at = QDateTime::fromString(value.toString(), Qt::ISODate);
    return at.toUTC();
}

QVariant nullableDate(QDate date)
{
    return date.isValid() ? QVariant(isoDate(date)) : QVariant(QMetaType::fromType<QString>());
}

} // namespace peyvand::storage
