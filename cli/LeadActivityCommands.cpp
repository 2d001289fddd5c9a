// leads note / log / override / convert: working a lead.
#include "CommandContext.h"
#include "Commands.h"
#include "ExitCode.h"
#include "JsonFields.h"
#include "LeadJson.h"
#include "LeadOptions.h"
#include "Values.h"
#include "leads/LeadService.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace peyvand::cli {

namespace {

using namespace leads;

struct CliText {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

QStringList channelKeys()
{
    QStringList keys;
    for (const customers::InteractionChannel channel : customers::allInteractionChannels())
        keys << customers::toKey(channel);
    return keys;
}

int runNote(CommandContext& ctx, const ParsedArgs& args)
{
    const Result<qint64> id = parseId(args.positionals.constFirst());
    if (!id)
        return ctx.fail(id.error());
    const QString text = args.positionals.mid(1).join(u' ');
    if (text.trimmed().isEmpty())
        return ctx.usage(CliText::tr("the note is empty"), QStringLiteral("leads note"));
    QDateTime at;
    if (args.has(QStringLiteral("at"))) {
        const Result<QDateTime> moment = parseMoment(args.value(QStringLiteral("at")), QStringLiteral("--at"));
        if (!moment)
            return ctx.fail(moment.error());
        at = *moment;
    }
    auto db = ctx.openDatabase(CommandContext::OpenMode::Existing);
    if (!db)
        return ctx.fail(db.error());
    const Result<LeadNote> note = LeadService(**db).addNote(*id, text, at);
    if (!note)
        return ctx.fail(note.error());
    if (ctx.json())
        ctx.printJson(leadNoteToJson(*note));
    else
        ctx.line(ctx.format().number(note->id));
    return Success;
}

Result<LeadInteraction> interactionFromArgs(qint64 leadId, const ParsedArgs& args)
{
    LeadInteraction i;
    i.customerId = leadId;
    i.channel = customers::InteractionChannel::Phone;
    if (args.has(QStringLiteral("channel"))) {
        const Result<customers::InteractionChannel> channel = parseKey<customers::InteractionChannel>(
            args.value(QStringLiteral("channel")), QStringLiteral("--channel"), &customers::interactionChannelFromKey,
            channelKeys());
        if (!channel)
            return channel.error();
        i.channel = *channel;
    }
    if (args.has(QStringLiteral("direction"))) {
        const QString typed = args.value(QStringLiteral("direction"));
        const QString key = typed.trimmed().toLower();
        if (key == QLatin1String("in") || key == QLatin1String("inbound"))
            i.direction = customers::Direction::Inbound;
        else if (key == QLatin1String("out") || key == QLatin1String("outbound"))
            i.direction = customers::Direction::Outbound;
        else
            return unknownValue(QStringLiteral("--direction"), typed, { QStringLiteral("in"), QStringLiteral("out") });
    }
    if (args.has(QStringLiteral("at"))) {
        const Result<QDateTime> at = parseMoment(args.value(QStringLiteral("at")), QStringLiteral("--at"));
        if (!at)
            return at.error();
        i.at = *at;
    }
    i.summary = args.value(QStringLiteral("summary"));
    i.contactPerson = args.value(QStringLiteral("with"));
    i.outcome = args.value(QStringLiteral("outcome"));
    return i;
}

int runLog(CommandContext& ctx, const ParsedArgs& args)
{
    const Result<qint64> id = parseId(args.positionals.constFirst());
    if (!id)
        return ctx.fail(id.error());
    if (!args.has(QStringLiteral("summary")))
        return ctx.usage(CliText::tr("--summary is required"), QStringLiteral("leads log"));
    const Result<LeadInteraction> draft = interactionFromArgs(*id, args);
    if (!draft)
        return ctx.fail(draft.error());
    auto db = ctx.openDatabase(CommandContext::OpenMode::Existing);
    if (!db)
        return ctx.fail(db.error());
    const Result<LeadInteraction> logged = LeadService(**db).logInteraction(*draft);
    if (!logged)
        return ctx.fail(logged.error());
    if (ctx.json())
        ctx.printJson(leadInteractionToJson(*logged));
    else
        ctx.line(ctx.format().number(logged->id));
    return Success;
}

int runOverride(CommandContext& ctx, const ParsedArgs& args)
{
    const bool clear = args.has(QStringLiteral("clear"));
    if (clear == args.has(QStringLiteral("score")))
        return ctx.usage(CliText::tr("give either --score N with --reason, or --clear"), QStringLiteral("leads override"));
    int score = 0;
    if (!clear) {
        const Result<qint64> n = parseCount(args.value(QStringLiteral("score")), QStringLiteral("--score"), -1000, 1000);
        if (!n)
            return ctx.fail(n.error());
        score = int(*n);
        if (args.value(QStringLiteral("reason")).trimmed().isEmpty())
            return ctx.usage(CliText::tr("--reason is required with --score"), QStringLiteral("leads override"));
    }
    auto target = ctx.openTarget(args.positionals);
    if (!target)
        return ctx.fail(target.error());
    LeadService service(*target->db);
    const Result<Lead> lead = clear ? service.clearOverride(target->id)
                                    : service.setOverride(target->id, score, args.value(QStringLiteral("reason")));
    if (!lead)
        return ctx.fail(asLeadOptionError(lead.error()));
    if (!ctx.json()) {
        ctx.line(ctx.format().number(lead->score));
        return Success;
    }
    const Result<ScoringProfile> profile = service.profile();
    if (!profile)
        return ctx.fail(profile.error());
    ctx.printJson(leadToJson(*lead, *profile));
    return Success;
}

int runConvert(CommandContext& ctx, const ParsedArgs& args)
{
    ConversionOptions options;
    options.createDeal = args.has(QStringLiteral("deal"));
    if (!options.createDeal && (args.has(QStringLiteral("deal-title")) || args.has(QStringLiteral("deal-amount"))))
        return ctx.usage(CliText::tr("--deal-title and --deal-amount need --deal"), QStringLiteral("leads convert"));
    options.dealTitle = args.value(QStringLiteral("deal-title"));
    if (args.has(QStringLiteral("deal-amount"))) {
        const Result<Money> amount = parseAmount(args.value(QStringLiteral("deal-amount")), QStringLiteral("--deal-amount"));
        if (!amount)
            return ctx.fail(amount.error());
        options.dealAmount = *amount;
    }
    auto target = ctx.openTarget(args.positionals);
    if (!target)
        return ctx.fail(target.error());
    const Result<ConversionResult> result = LeadService(*target->db).convert(target->id, options);
    if (!result)
        return ctx.fail(result.error());
    if (ctx.json()) {
        ctx.printJson(QJsonObject { { QStringLiteral("lead_id"), target->id },
                                    { QStringLiteral("customer_id"), result->customerId },
                                    { QStringLiteral("deal_id"), idOrNull(result->dealId) },
                                    { QStringLiteral("notes_copied"), result->notesCopied },
                                    { QStringLiteral("interactions_copied"), result->interactionsCopied } });
        return Success;
    }
    ctx.line(ctx.format().number(result->customerId));
    if (result->dealId > 0)
        ctx.line(ctx.format().number(result->dealId));
    return Success;
}

} // namespace

QList<CommandSpec> leadActivityCommands()
{
    const QString leadsWord = QStringLiteral("leads");
    const OptionSpec at { QStringLiteral("at"), QStringLiteral("DATE"),
                          QT_TRANSLATE_NOOP("Cli", "when (a date or an ISO date-time; default now)"), false };
    QList<CommandSpec> list;
    list << CommandSpec { { leadsWord, QStringLiteral("note") }, "ID TEXT",
                          QT_TRANSLATE_NOOP("Cli", "add a dated note to a lead and print its ID"), "", 2, -1, { at }, &runNote };
    list << CommandSpec {
        { leadsWord, QStringLiteral("log") }, "ID",
        QT_TRANSLATE_NOOP("Cli", "log an interaction with a lead (it counts towards engagement) and print its ID"),
        QT_TRANSLATE_NOOP("Cli", "Channels: phone (default), email, meeting, chat, social, sms, in_person. "
                                 "A new lead becomes contacted."),
        1, 1,
        { OptionSpec { QStringLiteral("summary"), QStringLiteral("TEXT"), QT_TRANSLATE_NOOP("Cli", "what was said (required)"), false },
          OptionSpec { QStringLiteral("channel"), QStringLiteral("CHANNEL"), QT_TRANSLATE_NOOP("Cli", "how (default phone)"), false },
          at,
          OptionSpec { QStringLiteral("direction"), QStringLiteral("in|out"),
                       QT_TRANSLATE_NOOP("Cli", "who reached out (default out: we did)"), false },
          OptionSpec { QStringLiteral("with"), QStringLiteral("PERSON"), QT_TRANSLATE_NOOP("Cli", "the person on the lead's side"), false },
          OptionSpec { QStringLiteral("outcome"), QStringLiteral("TEXT"), QT_TRANSLATE_NOOP("Cli", "the result"), false } },
        &runLog };
    list << CommandSpec {
        { leadsWord, QStringLiteral("override") }, "ID",
        QT_TRANSLATE_NOOP("Cli", "set a lead's score by hand, with a reason (--clear goes back to the computed score); prints the score"),
        "", 1, 1,
        { OptionSpec { QStringLiteral("score"), QStringLiteral("N"), QT_TRANSLATE_NOOP("Cli", "the score to use"), false },
          OptionSpec { QStringLiteral("reason"), QStringLiteral("TEXT"), QT_TRANSLATE_NOOP("Cli", "why (required with --score)"), false },
          OptionSpec { QStringLiteral("clear"), {}, QT_TRANSLATE_NOOP("Cli", "remove the override"), false } },
        &runOverride };
    list << CommandSpec {
        { leadsWord, QStringLiteral("convert") }, "ID",
        QT_TRANSLATE_NOOP("Cli", "turn a lead into a customer, keeping its notes and interactions; prints the customer ID"),
        QT_TRANSLATE_NOOP("Cli", "With --deal a deal is opened in the first pipeline stage and its ID printed on a second line. "
                                 "Open tasks of the lead move to the customer."),
        1, 1,
        { OptionSpec { QStringLiteral("deal"), {}, QT_TRANSLATE_NOOP("Cli", "also open a deal"), false },
          OptionSpec { QStringLiteral("deal-title"), QStringLiteral("TEXT"), QT_TRANSLATE_NOOP("Cli", "the deal's title (default: the lead's name)"), false },
          OptionSpec { QStringLiteral("deal-amount"), QStringLiteral("RIAL"),
                       QT_TRANSLATE_NOOP("Cli", "the deal's amount (default: the lead's budget)"), false } },
        &runConvert };
    return list;
}

} // namespace peyvand::cli
