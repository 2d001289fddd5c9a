#include "Migrations.h"

#include <QCoreApplication>
#include <QFile>

namespace peyvand::storage {

const QList<Migration>& migrations()
{
    static const QList<Migration> all {
        { 1, ":/migrations/migrations/0001_initial.sql", {} },
        { 2, ":/migrations/migrations/0002_customer_facets.sql", {} },
        { 3, ":/migrations/migrations/0003_sales.sql", {} },
        { 4, ":/migrations/migrations/0004_leads.sql", {} },
        { 5, ":/migrations/migrations/0005_payments.sql", {} },
        { 6, ":/migrations/migrations/0006_history.sql", {} },
        { 7, ":/migrations/migrations/0007_reports.sql", {} },
    };
    return all;
}

int latestSchemaVersion()
{
    return migrations().constLast().version;
}

Result<QByteArray> migrationScript(const Migration& migration)
{
    if (!migration.resource)
        return migration.sql;
    QFile file(QString::fromLatin1(migration.resource));
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(ErrorCode::Internal, QCoreApplication::translate("Database", "A schema update is missing from this build."),
                           file.fileName());
    return file.readAll();
}

} // namespace peyvand::storage
