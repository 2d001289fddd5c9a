// lock status: whether the app lock is on and what it allows. Never the hash;
// no command takes a password on the command line.
#include "CommandContext.h"
#include "Commands.h"
#include "ExitCode.h"
#include "security/AppLock.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace peyvand::cli {

namespace {

struct CliText {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

int runStatus(CommandContext& ctx, const ParsedArgs&)
{
    auto db = ctx.openDatabase(CommandContext::OpenMode::Existing);
    if (!db)
        return ctx.fail(db.error());
    const Result<security::LockSettings> s = security::AppLock(**db).settings();
    if (!s)
        return ctx.fail(s.error());
    if (ctx.json()) {
        ctx.printJson(QJsonObject { { QStringLiteral("enabled"), s->enabled },
                                    { QStringLiteral("idle_minutes"), s->idleMinutes },
                                    { QStringLiteral("exports_allowed"), s->exportsAllowed },
                                    { QStringLiteral("printing_allowed"), s->printingAllowed } });
        return Success;
    }
    ctx.line(s->enabled ? CliText::tr("App password: set") : CliText::tr("App password: not set"));
    if (s->enabled) {
        ctx.line(s->idleMinutes == 0 ? CliText::tr("Locks when idle: never")
                                     : CliText::tr("Locks when idle for: %1 minutes").arg(ctx.format().number(s->idleMinutes)));
    }
    ctx.line(s->exportsAllowed ? CliText::tr("Exports: allowed") : CliText::tr("Exports: turned off"));
    ctx.line(s->printingAllowed ? CliText::tr("Printing: allowed") : CliText::tr("Printing: turned off"));
    return Success;
}

} // namespace

QList<CommandSpec> lockCommands()
{
    return { CommandSpec { { QStringLiteral("lock"), QStringLiteral("status") }, "",
                           QT_TRANSLATE_NOOP("Cli", "show whether the app password is set and what it allows"),
                           QT_TRANSLATE_NOOP("Cli", "The password, the idle time and the export and printing switches "
                                                    "are changed in the app's Security settings only."),
                           0, 0, {}, &runStatus } };
}

} // namespace peyvand::cli
