// backup, restore, backups list: verified (optionally encrypted) backups of the database.
#include "CommandContext.h"
#include "Commands.h"
#include "ExitCode.h"
#include "JsonFields.h"
#include "BackupStatus.h"
#include "Passphrase.h"
#include "backup/BackupErrors.h"
#include "backup/BackupReader.h"
#include "backup/BackupService.h"
#include "backup/BackupSettings.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QTimeZone>

namespace peyvand::cli {

namespace {

struct CliText {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// A backup that cannot be read (damaged, cut short, wrong passphrase, not a
// backup) is bad input: exit 2, the reason in one line.
int failBackup(CommandContext& ctx, Error error)
{
    const bool backupDefect = backup::defectOf(error).has_value();
    if (error.field == QLatin1String("passphrase"))
        error.field.clear(); // the message already says it is about the passphrase
    if (backupDefect)
        error.detail.clear();
    const int code = ctx.fail(error);
    return backupDefect ? BadInput : code;
}

QJsonObject metadataJson(const backup::BackupMetadata& m)
{
    QJsonObject counts {
        { QStringLiteral("customers"), m.customers },
        { QStringLiteral("leads"), m.leads },
        { QStringLiteral("documents"), m.documents },
        { QStringLiteral("payments"), m.payments },
    };
    QJsonObject o;
    putTimestamp(o, QStringLiteral("created_at"), m.createdAt);
    o.insert(QStringLiteral("schema_version"), m.schemaVersion);
    o.insert(QStringLiteral("app_version"), m.appVersion);
    o.insert(QStringLiteral("counts"), counts);
    o.insert(QStringLiteral("original_size"), m.originalSize);
    return o;
}

QJsonObject entryJson(const backup::BackupEntry& e)
{
    QJsonObject o {
        { QStringLiteral("path"), e.path },
        { QStringLiteral("size"), e.size },
        { QStringLiteral("encrypted"), e.encrypted },
        { QStringLiteral("metadata"), e.metadata ? QJsonValue(metadataJson(*e.metadata)) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("problem"), e.problem ? QJsonValue(e.problem->message) : QJsonValue(QJsonValue::Null) },
    };
    return o;
}

QString countsLine(const HumanFormat& f, const backup::BackupMetadata& m)
{
    return CliText::tr("%1 customers, %2 leads, %3 documents, %4 payments")
        .arg(f.number(m.customers), f.number(m.leads), f.number(m.documents), f.number(m.payments));
}

// The folder given, or the database's default one (its settings, else
// "backups" beside it). A missing database needs no opening: beside it.
Result<QString> backupFolder(CommandContext& ctx, const ParsedArgs& args)
{
    if (!args.positionals.isEmpty())
        return QFileInfo(args.positionals.constFirst()).absoluteFilePath();
    if (ctx.databasePath() == QLatin1String(":memory:"))
        return Error::invalid(QStringLiteral("DIR"), CliText::tr("an in-memory database has no backup folder; name one"));
    if (!QFileInfo::exists(ctx.databasePath()))
        return QFileInfo(ctx.databasePath()).absoluteDir().filePath(QStringLiteral("backups"));
    auto db = ctx.openDatabase(CommandContext::OpenMode::Existing);
    if (!db)
        return db.error();
    return backup::BackupService(**db).defaultFolder();
}

int runBackup(CommandContext& ctx, const ParsedArgs& args)
{
    auto db = ctx.openDatabase(CommandContext::OpenMode::Existing);
    if (!db)
        return ctx.fail(db.error());
    backup::BackupService service(**db);
    backup::BackupSettings settings(**db);
    auto prefs = settings.load();
    if (!prefs)
        return ctx.fail(prefs.error());
    const QString folder = args.positionals.isEmpty() ? service.defaultFolder()
                                                      : QFileInfo(args.positionals.constFirst()).absoluteFilePath();
    if (folder.isEmpty())
        return ctx.usage(CliText::tr("an in-memory database has no backup folder; name one"), QStringLiteral("backup"));

    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (args.has(QStringLiteral("if-due"))
        && !backup::BackupSchedule::isDue(prefs->frequency, prefs->lastBackupAt, now, QTimeZone::systemTimeZone())) {
        if (ctx.json()) {
            QJsonObject o = backupStatusJson(*prefs, folder, now);
            o.insert(QStringLiteral("backed_up"), false);
            ctx.printJson(o);
            return Success;
        }
        ctx.line(prefs->frequency == backup::BackupFrequency::Off
                     ? CliText::tr("No backup made: automatic backups are off (peyvand-cli backups schedule).")
                     : CliText::tr("No backup is due yet; the last one was made %1.")
                           .arg(ctx.format().moment(prefs->lastBackupAt.value_or(QDateTime()))));
        return Success;
    }

    backup::BackupOptions options;
    if (args.has(QStringLiteral("encrypt"))) {
        auto passphrase = obtainPassphrase(ctx.err(), true);
        if (!passphrase)
            return failBackup(ctx, passphrase.error());
        options.passphrase = *passphrase;
    } else if (prefs->encrypted) {
        if (!prefs->envelope) {
            return ctx.fail(Error::make(ErrorCode::Corrupt,
                                        CliText::tr("the stored backup encryption key is damaged; no unencrypted backup was "
                                                    "written (run “peyvand-cli backups encryption off”, then on)")));
        }
        options.recipient = prefs->envelope;
    }
    auto outcome = service.backup(folder, options);
    if (!outcome) {
        if (outcome.error().code != ErrorCode::Cancelled)
            (void)settings.recordFailure(QDateTime::currentDateTimeUtc(), outcome.error().message);
        return failBackup(ctx, outcome.error());
    }
    if (auto s = settings.recordSuccess(QDateTime::currentDateTimeUtc()); !s)
        return ctx.fail(s.error());
    const backup::BackupEntry& made = outcome->backup;
    if (ctx.json()) {
        QJsonObject o = entryJson(made);
        o.remove(QStringLiteral("problem"));
        o.insert(QStringLiteral("removed"), QJsonArray::fromStringList(outcome->removed));
        o.insert(QStringLiteral("backed_up"), true);
        ctx.printJson(o);
        return Success;
    }
    ctx.line(CliText::tr("Backup written: %1").arg(made.path));
    ctx.line(CliText::tr("%1 bytes, %2, %3")
                 .arg(ctx.format().number(made.size), countsLine(ctx.format(), *made.metadata),
                      made.encrypted ? CliText::tr("encrypted") : CliText::tr("not encrypted")));
    for (const QString& removed : outcome->removed)
        ctx.line(CliText::tr("Old backup removed: %1").arg(removed));
    return Success;
}

int runRestore(CommandContext& ctx, const ParsedArgs& args)
{
    const QString file = args.positionals.constFirst();
    const QString target = args.has(QStringLiteral("to")) ? args.value(QStringLiteral("to")) : ctx.databasePath();
    if (target.trimmed().isEmpty())
        return ctx.usage(CliText::tr("--to needs a file name"), QStringLiteral("restore"));
    if (target == QLatin1String(":memory:"))
        return ctx.usage(CliText::tr("cannot restore into an in-memory database; use --to PATH"), QStringLiteral("restore"));

    auto reader = backup::BackupReader::open(file);
    if (!reader)
        return failBackup(ctx, reader.error());
    QString passphrase;
    if (reader->isEncrypted()) {
        auto typed = obtainPassphrase(ctx.err(), false);
        if (!typed)
            return failBackup(ctx, typed.error());
        passphrase = *typed;
    }
    auto restored = backup::BackupService::restore(file, passphrase, target);
    if (!restored)
        return failBackup(ctx, restored.error());
    if (ctx.json()) {
        QJsonObject o {
            { QStringLiteral("restored"), restored->restoredPath },
            { QStringLiteral("previous"), restored->previousMovedTo.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                               : QJsonValue(restored->previousMovedTo) },
            { QStringLiteral("schema_version"), restored->schemaVersion },
            { QStringLiteral("metadata"), metadataJson(restored->metadata) },
        };
        ctx.printJson(o);
        return Success;
    }
    ctx.line(CliText::tr("Restored the backup of %1 into %2.").arg(ctx.format().moment(restored->metadata.createdAt), restored->restoredPath));
    ctx.line(countsLine(ctx.format(), restored->metadata));
    if (!restored->previousMovedTo.isEmpty())
        ctx.line(CliText::tr("The database that was there is kept as %1").arg(restored->previousMovedTo));
    return Success;
}

int runList(CommandContext& ctx, const ParsedArgs& args)
{
    auto folder = backupFolder(ctx, args);
    if (!folder)
        return ctx.fail(folder.error());
    auto entries = backup::BackupService::list(*folder);
    if (!entries)
        return ctx.fail(entries.error());
    if (ctx.json()) {
        QJsonArray array;
        for (const backup::BackupEntry& e : *entries)
            array.append(entryJson(e));
        ctx.printJson(array);
        return Success;
    }
    if (entries->isEmpty()) {
        ctx.line(CliText::tr("No backups in %1").arg(*folder));
        return Success;
    }
    const HumanFormat& f = ctx.format();
    for (const backup::BackupEntry& e : *entries) {
        const QString name = QFileInfo(e.path).fileName();
        if (!e.metadata) {
            ctx.line(CliText::tr("%1  unreadable: %2").arg(name, e.problem ? e.problem->message : QString()));
            continue;
        }
        QString line = f.moment(e.metadata->createdAt) + QStringLiteral("  ") + name + QStringLiteral("  ")
            + countsLine(f, *e.metadata);
        if (e.encrypted)
            line += QStringLiteral("  ") + CliText::tr("(encrypted)");
        ctx.line(line);
    }
    return Success;
}

} // namespace

QList<CommandSpec> backupCommands()
{
    QList<CommandSpec> list;
    list << CommandSpec { { QStringLiteral("backup") }, "[DEST]",
                          QT_TRANSLATE_NOOP("Cli", "write a verified, compressed backup of the database"),
                          QT_TRANSLATE_NOOP("Cli", "DEST is a folder: by default the one in the settings (backups schedule "
                                                   "--folder), else “backups” beside the database. The file is named by its UTC "
                                                   "time (peyvand-2026-11-24T103000Z.pvbak); older backups are then thinned out "
                                                   "(7 daily, 4 weekly, 12 monthly kept). When encryption is on (backups "
                                                   "encryption on) the backup is encrypted without asking. With --encrypt the "
                                                   "passphrase comes from PEYVAND_PASSPHRASE or is asked for twice on the "
                                                   "terminal. --if-due makes the backup only when the schedule says one is due "
                                                   "(for cron or a system scheduler); exit status 0 either way."),
                          0, 1,
                          { OptionSpec { QStringLiteral("encrypt"), {},
                                         QT_TRANSLATE_NOOP("Cli", "encrypt with a passphrase (Argon2id, XChaCha20-Poly1305)"), false },
                            OptionSpec { QStringLiteral("if-due"), {},
                                         QT_TRANSLATE_NOOP("Cli", "only when the backup schedule says a backup is due"), false } },
                          &runBackup };
    list << CommandSpec { { QStringLiteral("restore") }, "FILE",
                          QT_TRANSLATE_NOOP("Cli", "restore a backup into the database (the current file is kept aside)"),
                          QT_TRANSLATE_NOOP("Cli", "The backup is extracted beside the target, checked, and only then swapped in; "
                                                   "the database that was there is renamed to NAME.before-restore-TIME.sqlite. "
                                                   "Close Peyvand first. An encrypted backup's passphrase comes from "
                                                   "PEYVAND_PASSPHRASE or is asked for on the terminal. Exit status 2 when the "
                                                   "backup is damaged, cut short or the passphrase is wrong."),
                          1, 1,
                          { OptionSpec { QStringLiteral("to"), QStringLiteral("PATH"),
                                         QT_TRANSLATE_NOOP("Cli", "restore into this file instead of the database"), false } },
                          &runRestore };
    list << CommandSpec { { QStringLiteral("backups"), QStringLiteral("list") }, "[DIR]",
                          QT_TRANSLATE_NOOP("Cli", "list the backups in a folder with their dates and counts"),
                          QT_TRANSLATE_NOOP("Cli", "DIR defaults to the backup folder of the database. Needs no passphrase."),
                          0, 1, {}, &runList };
    return list;
}

} // namespace peyvand::cli
