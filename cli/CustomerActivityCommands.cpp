// customers note / interact: what happened with a customer.
#include "CommandContext.h"
#include "Commands.h"
#include "customers/CustomerJson.h"
#include "ExitCode.h"
#include "Values.h"
#include "customers/CustomerService.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace peyvand::cli {

namespace {

using namespace customers;

QString channelKeys()
{
    QStringList keys;
    for (const InteractionChannel channel : allInteractionChannels())
        keys << toKey(channel);
    return keys.join(QStringLiteral(", "));
}

std::optional<Direction> parseDirection(const QString& text)
{
    const QString key = text.trimmed().toLower();
    if (key == QLatin1String("in"))
        return Direction::Inbound;
    if (key == QLatin1String("out"))
        return Direction::Outbound;
    return directionFromKey(key);
}

int runNote(CommandContext& ctx, const ParsedArgs& args)
{
    Result<qint64> id = parseId(args.positionals.constFirst());
    if (!id)
        return ctx.fail(id.error());
    const QString text = args.positionals.mid(1).join(u' ');
    if (text.trimmed().isEmpty())
        return ctx.usage(QCoreApplication::translate("Cli", "the note is empty"), QStringLiteral("customers note"));
    QDateTime at;
    if (args.has(QStringLiteral("at"))) {
        Result<QDateTime> moment = parseMoment(args.value(QStringLiteral("at")), QStringLiteral("--at"));
        if (!moment)
            return ctx.fail(moment.error());
        at = *moment;
    }
    auto db = ctx.openDatabase(CommandContext::OpenMode::Existing);
    if (!db)
        return ctx.fail(db.error());
    CustomerService service(**db);
    Result<Note> note = service.addNote(*id, text, at);
    if (!note)
        return ctx.fail(note.error());
    if (ctx.json())
        ctx.printJson(toJson(*note));
    else
        ctx.line(ctx.format().number(note->id));
    return Success;
}

// Reads the options of "customers interact" into an Interaction.
Result<Interaction> interactionFromArgs(qint64 customerId, const ParsedArgs& args)
{
    Interaction i;
    i.customerId = customerId;
    const QString channelText = args.value(QStringLiteral("channel")).trimmed().toLower();
    const auto channel = interactionChannelFromKey(channelText);
    if (!channel) {
        return Error::invalid(QStringLiteral("--channel"),
                              QCoreApplication::translate("Cli", "“%1” is not a channel; use one of: %2").arg(channelText, channelKeys()));
    }
    i.channel = *channel;
    i.summary = args.value(QStringLiteral("summary"));
    if (args.has(QStringLiteral("direction"))) {
        const auto direction = parseDirection(args.value(QStringLiteral("direction")));
        if (!direction) {
            return Error::invalid(QStringLiteral("--direction"),
                                  QCoreApplication::translate("Cli", "“%1” is not a direction; use in or out")
                                      .arg(args.value(QStringLiteral("direction"))));
        }
        i.direction = *direction;
    }
    if (args.has(QStringLiteral("at"))) {
        Result<QDateTime> at = parseMoment(args.value(QStringLiteral("at")), QStringLiteral("--at"));
        if (!at)
            return at.error();
        i.at = *at;
    }
    if (args.has(QStringLiteral("follow-up"))) {
        Result<QDate> followUp = parseDate(args.value(QStringLiteral("follow-up")), QStringLiteral("--follow-up"));
        if (!followUp)
            return followUp.error();
        i.followUp = *followUp;
    }
    i.contactPerson = args.value(QStringLiteral("with"));
    i.outcome = args.value(QStringLiteral("outcome"));
    return i;
}

int runInteract(CommandContext& ctx, const ParsedArgs& args)
{
    Result<qint64> id = parseId(args.positionals.constFirst());
    if (!id)
        return ctx.fail(id.error());
    for (const QString& required : { QStringLiteral("channel"), QStringLiteral("summary") }) {
        if (!args.has(required)) {
            return ctx.usage(QCoreApplication::translate("Cli", "--%1 is required").arg(required),
                             QStringLiteral("customers interact"));
        }
    }
    Result<Interaction> draft = interactionFromArgs(*id, args);
    if (!draft)
        return ctx.fail(draft.error());
    auto db = ctx.openDatabase(CommandContext::OpenMode::Existing);
    if (!db)
        return ctx.fail(db.error());
    CustomerService service(**db);
    Result<Interaction> logged = service.logInteraction(*draft);
    if (!logged)
        return ctx.fail(logged.error());
    if (ctx.json())
        ctx.printJson(toJson(*logged));
    else
        ctx.line(ctx.format().number(logged->id));
    return Success;
}

} // namespace

QList<CommandSpec> customerActivityCommands()
{
    const QString customersWord = QStringLiteral("customers");
    QList<CommandSpec> list;
    list << CommandSpec { { customersWord, QStringLiteral("note") }, "ID TEXT",
                          QT_TRANSLATE_NOOP("Cli", "add a dated note to a customer and print its ID"), "", 2, -1,
                          { OptionSpec { QStringLiteral("at"), QStringLiteral("DATE"),
                                         QT_TRANSLATE_NOOP("Cli", "when (a date or an ISO date-time; default now)"), false } },
                          &runNote };
    list << CommandSpec {
        { customersWord, QStringLiteral("interact") }, "ID",
        QT_TRANSLATE_NOOP("Cli", "log an interaction with a customer and print its ID"),
        QT_TRANSLATE_NOOP("Cli", "Channels: phone, email, meeting, chat, social, sms, in_person."), 1, 1,
        { OptionSpec { QStringLiteral("channel"), QStringLiteral("CHANNEL"), QT_TRANSLATE_NOOP("Cli", "how (required)"), false },
          OptionSpec { QStringLiteral("summary"), QStringLiteral("TEXT"), QT_TRANSLATE_NOOP("Cli", "what was said (required)"), false },
          OptionSpec { QStringLiteral("at"), QStringLiteral("DATE"),
                       QT_TRANSLATE_NOOP("Cli", "when (a date or an ISO date-time; default now)"), false },
          OptionSpec { QStringLiteral("direction"), QStringLiteral("in|out"),
                       QT_TRANSLATE_NOOP("Cli", "who reached out (default out: we did)"), false },
          OptionSpec { QStringLiteral("with"), QStringLiteral("PERSON"),
                       QT_TRANSLATE_NOOP("Cli", "the person on the customer's side"), false },
          OptionSpec { QStringLiteral("outcome"), QStringLiteral("TEXT"), QT_TRANSLATE_NOOP("Cli", "the result"), false },
          OptionSpec { QStringLiteral("follow-up"), QStringLiteral("DATE"), QT_TRANSLATE_NOOP("Cli", "date to follow up"), false } },
        &runInteract };
    return list;
}

} // namespace peyvand::cli
