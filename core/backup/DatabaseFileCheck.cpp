#include "DatabaseFileCheck.h"

#include "storage/SqlHelpers.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QSqlDatabase>

namespace peyvand::backup {

namespace {

struct CheckText {
    Q_DECLARE_TR_FUNCTIONS(Backup)
};

Error damaged(const QString& path, const QString& detail)
{
    return Error::make(ErrorCode::Corrupt, CheckText::tr("The database copy “%1” fails its integrity check.").arg(path), detail);
}

Result<DatabaseFacts> inspect(QSqlDatabase& db, const QString& path)
{
    using storage::run;
    using storage::scalar;
    auto check = run(db, QStringLiteral("PRAGMA integrity_check"));
    if (!check)
        return damaged(path, check.error().detail);
    QStringList problems;
    while (check->next()) {
        const QString row = check->value(0).toString();
        if (row != QLatin1String("ok"))
            problems << row;
    }
    auto keys = run(db, QStringLiteral("PRAGMA foreign_key_check"));
    if (!keys)
        return damaged(path, keys.error().detail);
    while (keys->next())
        problems << QStringLiteral("foreign key violation in %1 row %2").arg(keys->value(0).toString(), keys->value(1).toString());
    if (!problems.isEmpty())
        return damaged(path, problems.mid(0, 5).join(QStringLiteral("; ")));

    DatabaseFacts facts;
    auto appId = scalar(db, QStringLiteral("PRAGMA application_id"));
    auto version = scalar(db, QStringLiteral("PRAGMA user_version"));
    if (!appId || !version)
        return damaged(path, (!appId ? appId.error() : version.error()).detail);
    facts.applicationId = appId->toLongLong();
    facts.schemaVersion = version->toInt();
    const struct {
        const char* table;
        qint64* into;
    } counts[] = { { "customers", &facts.customers }, { "leads", &facts.leads },
                   { "documents", &facts.documents }, { "payments", &facts.payments } };
    for (const auto& c : counts) {
        const QString table = QString::fromLatin1(c.table);
        auto exists = scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = ?"), { table });
        if (!exists)
            return exists.error();
        if (exists->toInt() == 0)
            continue;
        // The table name is one of the four literals above, never user text.
        auto n = scalar(db, QStringLiteral("SELECT count(*) FROM ") + table);
        if (!n)
            return n.error();
        *c.into = n->toLongLong();
    }
    return facts;
}

} // namespace

Result<DatabaseFacts> inspectDatabaseFile(const QString& path)
{
    static QAtomicInteger<int> counter = 0;
    const QString name = QStringLiteral("peyvand-backup-check-%1").arg(counter.fetchAndAddRelaxed(1));
    Result<DatabaseFacts> result = Error::make(ErrorCode::Internal, QString());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            result = Error::make(ErrorCode::Io, CheckText::tr("The database copy “%1” cannot be opened.").arg(path),
                                 db.lastError().text());
        } else {
            result = inspect(db, path);
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace peyvand::backup
