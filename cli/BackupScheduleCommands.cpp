// backups schedule, backups encryption: the settings automatic backups follow.
#include "BackupStatus.h"
#include "CommandContext.h"
#include "Commands.h"
#include "ExitCode.h"
#include "Passphrase.h"
#include "backup/BackupService.h"
#include "backup/BackupSettings.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace peyvand::cli {

namespace {

struct CliText {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

int showStatus(CommandContext& ctx, storage::Database& db)
{
    auto prefs = backup::BackupSettings(db).load();
    if (!prefs)
        return ctx.fail(prefs.error());
    const QString folder = backup::BackupService(db).defaultFolder();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (ctx.json()) {
        ctx.printJson(backupStatusJson(*prefs, folder, now));
        return Success;
    }
    for (const QString& line : backupStatusLines(ctx.format(), *prefs, folder, now))
        ctx.line(line);
    return Success;
}

int runSchedule(CommandContext& ctx, const ParsedArgs& args)
{
    std::optional<backup::BackupFrequency> frequency;
    if (!args.positionals.isEmpty()) {
        frequency = backup::BackupSchedule::frequencyFromKey(args.positionals.constFirst().trimmed().toLower());
        if (!frequency) {
            return ctx.usage(CliText::tr("the schedule is daily, weekly or off, not “%1”").arg(args.positionals.constFirst()),
                             QStringLiteral("backups schedule"));
        }
    }
    auto db = ctx.openDatabase(CommandContext::OpenMode::Existing);
    if (!db)
        return ctx.fail(db.error());
    backup::BackupSettings settings(**db);
    if (frequency) {
        if (auto s = settings.setFrequency(*frequency); !s)
            return ctx.fail(s.error());
    }
    if (args.has(QStringLiteral("folder"))) {
        const QString given = args.value(QStringLiteral("folder")).trimmed();
        if (auto s = settings.setFolder(given.isEmpty() ? QString() : QFileInfo(given).absoluteFilePath()); !s)
            return ctx.fail(s.error());
    }
    return showStatus(ctx, **db);
}

int runEncryption(CommandContext& ctx, const ParsedArgs& args)
{
    const QString choice = args.positionals.constFirst().trimmed().toLower();
    if (choice != QLatin1String("on") && choice != QLatin1String("off"))
        return ctx.usage(CliText::tr("say on or off, not “%1”").arg(args.positionals.constFirst()), QStringLiteral("backups encryption"));
    auto db = ctx.openDatabase(CommandContext::OpenMode::Existing);
    if (!db)
        return ctx.fail(db.error());
    backup::BackupSettings settings(**db);
    const bool on = choice == QLatin1String("on");
    auto prefs = settings.load();
    if (!prefs)
        return ctx.fail(prefs.error());
    if (!on && !prefs->encrypted) {
        if (!ctx.json())
            ctx.line(CliText::tr("Backups are not encrypted."));
        return showStatus(ctx, **db);
    }
    auto passphrase = obtainPassphrase(ctx.err(), on);
    if (!passphrase)
        return ctx.fail(passphrase.error());
    const Status s = on ? settings.enableEncryption(*passphrase) : settings.disableEncryption(*passphrase);
    if (!s) {
        Error e = s.error();
        if (e.field == QLatin1String("passphrase"))
            e.field.clear(); // the message names it; there is no --passphrase option
        return ctx.fail(e);
    }
    if (!ctx.json()) {
        ctx.line(on ? CliText::tr("Backups will be encrypted. Keep the passphrase safe: without it they cannot be restored.")
                    : CliText::tr("Backups will no longer be encrypted; earlier encrypted backups still need the passphrase."));
    }
    return showStatus(ctx, **db);
}

} // namespace

QList<CommandSpec> backupScheduleCommands()
{
    QList<CommandSpec> list;
    list << CommandSpec { { QStringLiteral("backups"), QStringLiteral("schedule") }, "[daily|weekly|off]",
                          QT_TRANSLATE_NOOP("Cli", "show or set the automatic backup schedule and folder"),
                          QT_TRANSLATE_NOOP("Cli", "Without arguments shows the schedule (daily by default), the folder, "
                                                   "encryption, the last backup and the last failure. Peyvand makes the backup "
                                                   "when it is due; a system scheduler can run “peyvand-cli backup --if-due”. "
                                                   "--folder \"\" goes back to the default folder (“backups” beside the database)."),
                          0, 1,
                          { OptionSpec { QStringLiteral("folder"), QStringLiteral("DIR"),
                                         QT_TRANSLATE_NOOP("Cli", "keep backups in this folder (another disk or a synced folder)"),
                                         false } },
                          &runSchedule };
    list << CommandSpec { { QStringLiteral("backups"), QStringLiteral("encryption") }, "on|off",
                          QT_TRANSLATE_NOOP("Cli", "encrypt every backup with a passphrase, or stop"),
                          QT_TRANSLATE_NOOP("Cli", "“on” derives a key pair from the passphrase and stores only its public half, "
                                                   "so automatic backups are encrypted without the passphrase being kept; "
                                                   "restoring needs it. “off” needs the same passphrase. The passphrase comes "
                                                   "from PEYVAND_PASSPHRASE or is asked for on the terminal."),
                          1, 1, {}, &runEncryption };
    return list;
}

} // namespace peyvand::cli
