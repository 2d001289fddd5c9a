// leads rescore, scoring export / import: the scoring profile.
#include "CommandContext.h"
#include "Commands.h"
#include "ExitCode.h"
#include "leads/LeadRescorer.h"
#include "leads/LeadService.h"
#include "leads/ScoringProfile.h"
#include "security/AppLock.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

namespace peyvand::cli {

namespace {

using namespace leads;

struct CliText {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

int printSummary(CommandContext& ctx, const RescoreSummary& summary, const QString& profileName)
{
    if (ctx.json()) {
        ctx.printJson(QJsonObject { { QStringLiteral("profile"), profileName },
                                    { QStringLiteral("leads"), summary.leads },
                                    { QStringLiteral("changed"), summary.changed },
                                    { QStringLiteral("qualified"), summary.nowQualified } });
        return Success;
    }
    const HumanFormat& f = ctx.format();
    ctx.line(CliText::tr("Leads rescored: %1, changed: %2, qualified: %3")
                 .arg(f.number(summary.leads), f.number(summary.changed), f.number(summary.nowQualified)));
    return Success;
}

int runRescore(CommandContext& ctx, const ParsedArgs&)
{
    auto db = ctx.openDatabase(CommandContext::OpenMode::Existing);
    if (!db)
        return ctx.fail(db.error());
    const Result<ScoringProfile> profile = LeadService(**db).profile();
    if (!profile)
        return ctx.fail(profile.error());
    const Result<RescoreSummary> summary = LeadRescorer(**db).rescoreAll(*profile, ScoreChangeCause::Profile, profile->name);
    if (!summary)
        return ctx.fail(summary.error());
    return printSummary(ctx, *summary, profile->name);
}

int runExport(CommandContext& ctx, const ParsedArgs& args)
{
    const QString path = args.positionals.constFirst();
    auto db = ctx.openDatabase(CommandContext::OpenMode::Existing);
    if (!db)
        return ctx.fail(db.error());
    if (Status allowed = security::AppLock(**db).requireExportsAllowed(); !allowed)
        return ctx.fail(allowed.error());
    const Result<ScoringProfile> profile = LeadService(**db).profile();
    if (!profile)
        return ctx.fail(profile.error());
    const QByteArray json = profileToJson(*profile);
    if (path == QLatin1String("-")) {
        ctx.out() << QString::fromUtf8(json);
        return Success;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit())
        return ctx.fail(Error::make(ErrorCode::Io, CliText::tr("cannot write %1: %2").arg(path, file.errorString())));
    if (ctx.json())
        ctx.printJson(QJsonObject { { QStringLiteral("file"), path }, { QStringLiteral("profile"), profile->name } });
    else
        ctx.line(path);
    return Success;
}

// profileFromJson's messages start with the JSON path ("timeline.options[2].points: …");
// the error line names the file in front of it.
Error inFile(Error error, const QString& path)
{
    error.field = path;
    return error;
}

int runImport(CommandContext& ctx, const ParsedArgs& args)
{
    const QString path = args.positionals.constFirst();
    QFile file(path);
    if (path == QLatin1String("-") ? !file.open(stdin, QIODevice::ReadOnly) : !file.open(QIODevice::ReadOnly))
        return ctx.fail(Error::make(ErrorCode::Io, CliText::tr("cannot read %1: %2").arg(path, file.errorString())));
    const Result<ScoringProfile> profile = profileFromJson(file.readAll());
    if (!profile)
        return ctx.fail(inFile(profile.error(), path));
    auto db = ctx.openDatabase(CommandContext::OpenMode::Existing);
    if (!db)
        return ctx.fail(db.error());
    // The new profile and the scores under it are one change.
    const Result<RescoreSummary> summary = (*db)->writeValue<RescoreSummary>([&]() -> Result<RescoreSummary> {
        if (const Status saved = LeadService(**db).saveProfile(*profile); !saved)
            return saved.error();
        return LeadRescorer(**db).rescoreAll(*profile, ScoreChangeCause::Profile, profile->name);
    });
    if (!summary)
        return ctx.fail(summary.error());
    return printSummary(ctx, *summary, profile->name);
}

} // namespace

QList<CommandSpec> scoringCommands()
{
    return {
        CommandSpec { { QStringLiteral("leads"), QStringLiteral("rescore") }, "",
                      QT_TRANSLATE_NOOP("Cli", "score every lead again under the profile in use and print how many changed"),
                      QT_TRANSLATE_NOOP("Cli", "Engagement points fade with time; a lead whose score moved gets a history entry."),
                      0, 0, {}, &runRescore },
        CommandSpec { { QStringLiteral("scoring"), QStringLiteral("export") }, "FILE",
                      QT_TRANSLATE_NOOP("Cli", "write the scoring profile in use to a JSON file (\"-\": standard output)"), "",
                      1, 1, {}, &runExport },
        CommandSpec { { QStringLiteral("scoring"), QStringLiteral("import") }, "FILE",
                      QT_TRANSLATE_NOOP("Cli", "use the scoring profile in a JSON file and rescore every lead"),
                      QT_TRANSLATE_NOOP("Cli", "The file is checked first; a problem is reported with its place in the JSON "
                                               "(e.g. timeline.options[2].points) and changes nothing. The profile's format is "
                                               "the one “scoring export” writes."),
                      1, 1, {}, &runImport },
    };
}

} // namespace peyvand::cli
