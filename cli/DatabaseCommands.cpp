// init, check and demo: commands about the database file as a whole.
#include "BackupStatus.h"
#include "CommandContext.h"
#include "Commands.h"
#include "ExitCode.h"
#include "JsonFields.h"
#include "Values.h"
#include "backup/BackupService.h"
#include "backup/BackupSettings.h"
#include "customers/DemoData.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>

namespace peyvand::cli {

namespace {

int runInit(CommandContext& ctx, const ParsedArgs&)
{
    const bool existed = QFileInfo::exists(ctx.databasePath());
    auto db = ctx.openDatabase(CommandContext::OpenMode::CreateIfMissing);
    if (!db)
        return ctx.fail(db.error());
    const QString path = (*db)->isInMemory() ? ctx.databasePath() : QFileInfo(ctx.databasePath()).absoluteFilePath();
    const int version = (*db)->schemaVersion();
    const QString backup = (*db)->lastMigrationBackup();
    if (ctx.json()) {
        QJsonObject o;
        o.insert(QStringLiteral("path"), path);
        o.insert(QStringLiteral("schema_version"), version);
        o.insert(QStringLiteral("created"), !existed);
        o.insert(QStringLiteral("migration_backup"), backup.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(backup));
        ctx.printJson(o);
        return Success;
    }
    ctx.line(QCoreApplication::translate("Cli", "Database: %1").arg(path));
    ctx.line(QCoreApplication::translate("Cli", "Schema version: %1").arg(ctx.format().number(version)));
    if (!backup.isEmpty())
        ctx.line(QCoreApplication::translate("Cli", "Backup before migrating: %1").arg(backup));
    return Success;
}

// The newest backup in the database's backup folder whose header reads (a
// full check needs decompressing it, and its passphrase when encrypted).
std::optional<backup::BackupEntry> lastBackup(const QString& folder)
{
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        return std::nullopt;
    auto entries = backup::BackupService::list(folder);
    if (!entries)
        return std::nullopt;
    for (const backup::BackupEntry& e : *entries) {
        if (e.metadata)
            return e;
    }
    return std::nullopt;
}

int runCheck(CommandContext& ctx, const ParsedArgs&)
{
    // Read-only, so that a damaged file can be examined without any write.
    auto db = ctx.openDatabase(CommandContext::OpenMode::ReadOnly);
    if (!db && db.error().code == ErrorCode::ReadOnly)
        db = ctx.openDatabase(CommandContext::OpenMode::Existing); // an older schema is migrated first
    if (!db)
        return ctx.fail(db.error());
    QStringList problems = (*db)->damageFound();
    if (problems.isEmpty()) {
        const Status status = (*db)->integrityCheck(&problems);
        if (!status && problems.isEmpty())
            problems << (status.error().message.isEmpty() ? status.error().detail : status.error().message);
    }
    const bool ok = problems.isEmpty();
    const QString folder = backup::BackupService(**db).defaultFolder();
    const std::optional<backup::BackupEntry> last = lastBackup(folder);
    auto prefs = backup::BackupSettings(**db).load();
    if (!prefs)
        return ctx.fail(prefs.error());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (ctx.json()) {
        QJsonObject o;
        o.insert(QStringLiteral("path"), ctx.databasePath());
        o.insert(QStringLiteral("ok"), ok);
        o.insert(QStringLiteral("problems"), QJsonArray::fromStringList(problems));
        o.insert(QStringLiteral("backup_folder"), folder.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(folder));
        QJsonValue lastJson(QJsonValue::Null);
        if (last) {
            QJsonObject b { { QStringLiteral("path"), last->path }, { QStringLiteral("encrypted"), last->encrypted } };
            putTimestamp(b, QStringLiteral("created_at"), last->metadata->createdAt);
            lastJson = b;
        }
        o.insert(QStringLiteral("last_backup"), lastJson);
        o.insert(QStringLiteral("backup_schedule"), backupStatusJson(*prefs, folder, now));
        ctx.printJson(o);
    } else {
        if (ok) {
            ctx.line(QCoreApplication::translate("Cli", "The database is healthy: integrity and foreign keys check out."));
        } else {
            ctx.line(QCoreApplication::translate("Cli", "The database has problems:"));
            for (const QString& problem : problems)
                ctx.line(QStringLiteral("  ") + problem);
        }
        if (last) {
            ctx.line(QCoreApplication::translate("Cli", "Last backup: %1 (%2)")
                         .arg(ctx.format().moment(last->metadata->createdAt), last->path));
        } else if (!folder.isEmpty()) {
            ctx.line(QCoreApplication::translate("Cli", "No backup in %1 yet; make one with “peyvand-cli backup”.").arg(folder));
        }
        for (const QString& line : backupStatusLines(ctx.format(), *prefs, folder, now))
            ctx.line(line);
    }
    if (!ok) {
        ctx.err() << QStringLiteral("error: ")
                  << QCoreApplication::translate("Cli", "the integrity check found %n problem(s)", nullptr, int(problems.size()))
                  << u'\n';
        return Failure;
    }
    return Success;
}

int runDemo(CommandContext& ctx, const ParsedArgs& args)
{
    customers::DemoDataOptions options;
    if (args.has(QStringLiteral("customers"))) {
        auto n = parseCount(args.value(QStringLiteral("customers")), QStringLiteral("--customers"), 1, 10'000'000);
        if (!n)
            return ctx.fail(n.error());
        options.customers = *n;
    }
    if (args.has(QStringLiteral("seed"))) {
        auto seed = parseCount(args.value(QStringLiteral("seed")), QStringLiteral("--seed"), 0, 0xFFFFFFFFLL);
        if (!seed)
            return ctx.fail(seed.error());
        options.seed = quint32(*seed);
    }
    options.withNotesAndInteractions = !args.has(QStringLiteral("without-activity"));
    auto db = ctx.openDatabase(CommandContext::OpenMode::CreateIfMissing);
    if (!db)
        return ctx.fail(db.error());
    auto created = customers::generateDemoCustomers(**db, options);
    if (!created)
        return ctx.fail(created.error());
    if (ctx.json()) {
        QJsonObject o;
        o.insert(QStringLiteral("created"), *created);
        o.insert(QStringLiteral("seed"), qint64(options.seed));
        ctx.printJson(o);
    } else {
        ctx.line(QCoreApplication::translate("Cli", "Created %1 demo customers.").arg(ctx.format().number(*created)));
    }
    return Success;
}

} // namespace

QList<CommandSpec> databaseCommands()
{
    QList<CommandSpec> list;
    list << CommandSpec { { QStringLiteral("init") }, "",
                          QT_TRANSLATE_NOOP("Cli", "create the database or bring it to the current schema"),
                          QT_TRANSLATE_NOOP("Cli", "Prints the database's path and schema version. A file from a newer Peyvand, "
                                                   "a file that is not a Peyvand database and a damaged file are refused and left untouched."),
                          0, 0, {}, &runInit };
    list << CommandSpec { { QStringLiteral("check") }, "",
                          QT_TRANSLATE_NOOP("Cli", "check the database's integrity and foreign keys"),
                          QT_TRANSLATE_NOOP("Cli", "Exit status 0 when both checks are clean, 1 otherwise (the problems are listed). "
                                                   "Also names the newest readable backup in the backup folder, the backup "
                                                   "schedule and the last failed backup attempt."),
                          0, 0, {}, &runCheck };
    list << CommandSpec { { QStringLiteral("demo") }, "",
                          QT_TRANSLATE_NOOP("Cli", "add realistic demo customers (with notes and interactions)"),
                          "", 0, 0,
                          { OptionSpec { QStringLiteral("customers"), QStringLiteral("N"),
                                         QT_TRANSLATE_NOOP("Cli", "how many customers (default 200)"), false },
                            OptionSpec { QStringLiteral("seed"), QStringLiteral("S"),
                                         QT_TRANSLATE_NOOP("Cli", "random seed; the same seed gives the same data"), false },
                            OptionSpec { QStringLiteral("without-activity"), {},
                                         QT_TRANSLATE_NOOP("Cli", "no notes and interactions (faster)"), false } },
                          &runDemo };
    return list;
}

} // namespace peyvand::cli
