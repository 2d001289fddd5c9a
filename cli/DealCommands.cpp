// deals add / move / list / stages: the sales pipeline.
#include "CommandContext.h"
#include "Commands.h"
#include "ExitCode.h"
#include "JsonFields.h"
#include "Values.h"
#include "pipeline/DealService.h"
#include "storage/Database.h"
#include "text/Digits.h"
#include "text/PersianText.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace peyvand::cli {

namespace {

using namespace pipeline;

struct CliText {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

QJsonObject stageJson(const Stage& s)
{
    return QJsonObject {
        { QStringLiteral("id"), s.id },
        { QStringLiteral("key"), s.key },
        { QStringLiteral("name"), s.displayName() },
        { QStringLiteral("probability"), s.probability },
        { QStringLiteral("outcome"), toKey(s.outcome) },
        { QStringLiteral("position"), s.position },
    };
}

QJsonObject dealJson(const Deal& d)
{
    QJsonObject o {
        { QStringLiteral("id"), d.id },
        { QStringLiteral("title"), d.title },
        { QStringLiteral("customer_id"), idOrNull(d.customerId) },
        { QStringLiteral("lead_id"), idOrNull(d.leadId) },
        { QStringLiteral("document_id"), idOrNull(d.documentId) },
        { QStringLiteral("amount"), d.amount.rial() },
        { QStringLiteral("stage_id"), d.stageId },
        { QStringLiteral("position"), d.position + 1 },
        { QStringLiteral("owner"), d.owner },
        { QStringLiteral("lost_reason"), d.lostReason },
    };
    putDate(o, QStringLiteral("expected_close"), d.expectedClose);
    putTimestamp(o, QStringLiteral("closed_at"), d.closedAt);
    putTimestamp(o, QStringLiteral("created_at"), d.createdAt);
    putTimestamp(o, QStringLiteral("updated_at"), d.updatedAt);
    return o;
}

QJsonObject dealJson(const Deal& d, const QList<Stage>& stages)
{
    QJsonObject o = dealJson(d);
    for (const Stage& s : stages) {
        if (s.id == d.stageId) {
            o.insert(QStringLiteral("stage"), s.displayName());
            o.insert(QStringLiteral("stage_key"), s.key);
            o.insert(QStringLiteral("probability"), s.probability);
        }
    }
    return o;
}

QJsonObject rowJson(const DealRow& row)
{
    QJsonObject o = dealJson(row.deal);
    o.insert(QStringLiteral("stage"), row.stageName);
    o.insert(QStringLiteral("probability"), row.probability);
    o.insert(QStringLiteral("party"), row.partyName);
    o.insert(QStringLiteral("weighted"), row.weighted.rial());
    return o;
}

// --stage: a stage's ID, key ("negotiation") or name, compared by search key.
Result<qint64> stageIdFor(const QString& typed, const QList<Stage>& stages)
{
    bool isNumber = false;
    const qint64 id = text::toAsciiDigits(typed.trimmed()).toLongLong(&isNumber);
    const QString wanted = text::searchKey(typed);
    QStringList allowed;
    for (const Stage& s : stages) {
        if ((isNumber && s.id == id) || (!s.key.isEmpty() && text::searchKey(s.key) == wanted)
            || text::searchKey(s.displayName()) == wanted) {
            return s.id;
        }
        allowed << (s.key.isEmpty() ? s.displayName() : s.key);
    }
    return unknownValue(QStringLiteral("--stage"), typed, allowed);
}

Error asOptionError(Error error)
{
    if (error.field == QLatin1String("expected_close"))
        error.field = QStringLiteral("--close");
    else if (!error.field.isEmpty() && !error.field.startsWith(QLatin1String("--")))
        error.field = QStringLiteral("--") + QString(error.field).replace(u'_', u'-');
    return error;
}

QString amount(const HumanFormat& f, Money money) { return CliText::tr("%1 Rial").arg(text::formatGrouped(money.rial(), f.script())); }

int printDeal(CommandContext& ctx, DealService& service, const Deal& deal)
{
    if (!ctx.json()) {
        ctx.line(ctx.format().number(deal.id));
        return Success;
    }
    const Result<QList<Stage>> stages = service.stages();
    if (!stages)
        return ctx.fail(stages.error());
    ctx.printJson(dealJson(deal, *stages));
    return Success;
}

int runAdd(CommandContext& ctx, const ParsedArgs& args)
{
    if (!args.has(QStringLiteral("title")))
        return ctx.usage(CliText::tr("--title is required"), QStringLiteral("deals add"));
    if (args.has(QStringLiteral("customer")) && args.has(QStringLiteral("lead")))
        return ctx.usage(CliText::tr("give either --customer or --lead, not both"), QStringLiteral("deals add"));
    Deal draft;
    draft.title = args.value(QStringLiteral("title"));
    draft.owner = args.value(QStringLiteral("owner"));
    for (const auto& [name, target] : { std::pair { "customer", &draft.customerId }, std::pair { "lead", &draft.leadId } }) {
        const QString option = QString::fromLatin1(name);
        if (!args.has(option))
            continue;
        const Result<qint64> id = parseId(args.value(option), QStringLiteral("--") + option);
        if (!id)
            return ctx.fail(id.error());
        *target = *id;
    }
    if (args.has(QStringLiteral("amount"))) {
        const Result<Money> money = parseAmount(args.value(QStringLiteral("amount")), QStringLiteral("--amount"));
        if (!money)
            return ctx.fail(money.error());
        draft.amount = *money;
    }
    if (args.has(QStringLiteral("close"))) {
        const Result<QDate> close = parseDate(args.value(QStringLiteral("close")), QStringLiteral("--close"));
        if (!close)
            return ctx.fail(close.error());
        draft.expectedClose = *close;
    }
    auto db = ctx.openDatabase(CommandContext::OpenMode::Existing);
    if (!db)
        return ctx.fail(db.error());
    DealService service(**db);
    if (args.has(QStringLiteral("stage"))) {
        const Result<QList<Stage>> stages = service.stages();
        if (!stages)
            return ctx.fail(stages.error());
        const Result<qint64> stage = stageIdFor(args.value(QStringLiteral("stage")), *stages);
        if (!stage)
            return ctx.fail(stage.error());
        draft.stageId = *stage;
    }
    const Result<Deal> created = service.create(draft);
    if (!created)
        return ctx.fail(asOptionError(created.error()));
    return printDeal(ctx, service, *created);
}

int runMove(CommandContext& ctx, const ParsedArgs& args)
{
    if (!args.has(QStringLiteral("stage")))
        return ctx.usage(CliText::tr("--stage is required"), QStringLiteral("deals move"));
    int index = -1;
    if (args.has(QStringLiteral("position"))) {
        const Result<qint64> n = parseCount(args.value(QStringLiteral("position")), QStringLiteral("--position"), 1, 1'000'000);
        if (!n)
            return ctx.fail(n.error());
        index = int(*n) - 1;
    }
    auto target = ctx.openTarget(args.positionals);
    if (!target)
        return ctx.fail(target.error());
    DealService service(*target->db);
    const Result<QList<Stage>> stages = service.stages();
    if (!stages)
        return ctx.fail(stages.error());
    const Result<qint64> stage = stageIdFor(args.value(QStringLiteral("stage")), *stages);
    if (!stage)
        return ctx.fail(stage.error());
    const Result<Deal> moved = service.move(target->id, *stage, index, args.value(QStringLiteral("reason")));
    if (!moved)
        return ctx.fail(asOptionError(moved.error()));
    return printDeal(ctx, service, *moved);
}

QString rowLine(const HumanFormat& f, const DealRow& row)
{
    QString text = QStringLiteral("#") + f.number(row.deal.id) + QStringLiteral("  ") + row.deal.title;
    if (!row.partyName.isEmpty())
        text += QStringLiteral(" — ") + row.partyName;
    text += QStringLiteral("  ") + row.stageName + QStringLiteral(" (") + f.number(row.probability) + QStringLiteral("%)  ")
        + amount(f, row.deal.amount) + QStringLiteral("  ") + CliText::tr("weighted %1").arg(amount(f, row.weighted));
    if (row.deal.expectedClose.isValid())
        text += QStringLiteral("  ") + CliText::tr("close %1").arg(f.date(row.deal.expectedClose));
    return text;
}

int runList(CommandContext& ctx, const ParsedArgs& args)
{
    auto db = ctx.openDatabase(CommandContext::OpenMode::Existing);
    if (!db)
        return ctx.fail(db.error());
    DealService service(**db);
    DealFilter filter;
    filter.text = args.value(QStringLiteral("search"));
    filter.owner = args.value(QStringLiteral("owner"));
    filter.openOnly = args.has(QStringLiteral("open"));
    if (args.has(QStringLiteral("stage"))) {
        const Result<QList<Stage>> stages = service.stages();
        if (!stages)
            return ctx.fail(stages.error());
        const Result<qint64> stage = stageIdFor(args.value(QStringLiteral("stage")), *stages);
        if (!stage)
            return ctx.fail(stage.error());
        filter.stageId = *stage;
    }
    const Result<QList<DealRow>> rows = service.list(filter);
    if (!rows)
        return ctx.fail(rows.error());
    const Result<PipelineTotals> totals = service.totals();
    if (!totals)
        return ctx.fail(totals.error());
    if (ctx.json()) {
        QJsonArray deals;
        for (const DealRow& row : *rows)
            deals << rowJson(row);
        ctx.printJson(QJsonObject { { QStringLiteral("deals"), deals },
                                    { QStringLiteral("totals"),
                                      QJsonObject { { QStringLiteral("open_deals"), totals->openDeals },
                                                    { QStringLiteral("open_amount"), totals->openAmount.rial() },
                                                    { QStringLiteral("weighted_value"), totals->weightedValue.rial() } } } });
        return Success;
    }
    const HumanFormat& f = ctx.format();
    if (rows->isEmpty())
        ctx.line(CliText::tr("No deals found."));
    for (const DealRow& row : *rows)
        ctx.line(rowLine(f, row));
    ctx.line(CliText::tr("Open deals: %1, total %2, weighted pipeline value %3")
                 .arg(f.number(totals->openDeals), amount(f, totals->openAmount), amount(f, totals->weightedValue)));
    return Success;
}

int runStages(CommandContext& ctx, const ParsedArgs&)
{
    auto db = ctx.openDatabase(CommandContext::OpenMode::Existing);
    if (!db)
        return ctx.fail(db.error());
    const Result<QList<Stage>> stages = DealService(**db).stages();
    if (!stages)
        return ctx.fail(stages.error());
    if (ctx.json()) {
        QJsonArray array;
        for (const Stage& s : *stages)
            array << stageJson(s);
        ctx.printJson(array);
        return Success;
    }
    const HumanFormat& f = ctx.format();
    for (const Stage& s : *stages) {
        QString text = QStringLiteral("#") + f.number(s.id) + QStringLiteral("  ") + s.displayName() + QStringLiteral("  ")
            + f.number(s.probability) + u'%';
        if (!s.key.isEmpty())
            text += QStringLiteral("  ") + s.key;
        if (s.outcome != StageOutcome::Open)
            text += QStringLiteral("  [") + displayName(s.outcome) + u']';
        ctx.line(text);
    }
    return Success;
}

} // namespace

QList<CommandSpec> dealCommands()
{
    const QString dealsWord = QStringLiteral("deals");
    const OptionSpec stage { QStringLiteral("stage"), QStringLiteral("STAGE"),
                             QT_TRANSLATE_NOOP("Cli", "a stage's key (e.g. negotiation), name or ID; see “deals stages”"), false };
    return {
        CommandSpec {
            { dealsWord, QStringLiteral("add") }, "",
            QT_TRANSLATE_NOOP("Cli", "open a deal in the pipeline and print its ID"),
            QT_TRANSLATE_NOOP("Cli", "Without --stage the deal starts in the first open stage, at the end of its column."),
            0, 0,
            { OptionSpec { QStringLiteral("title"), QStringLiteral("TEXT"), QT_TRANSLATE_NOOP("Cli", "what is being sold (required)"), false },
              OptionSpec { QStringLiteral("customer"), QStringLiteral("ID"), QT_TRANSLATE_NOOP("Cli", "the customer"), false },
              OptionSpec { QStringLiteral("lead"), QStringLiteral("ID"), QT_TRANSLATE_NOOP("Cli", "or the lead"), false },
              OptionSpec { QStringLiteral("amount"), QStringLiteral("RIAL"), QT_TRANSLATE_NOOP("Cli", "the deal's amount in Rial"), false },
              stage,
              OptionSpec { QStringLiteral("close"), QStringLiteral("DATE"), QT_TRANSLATE_NOOP("Cli", "expected close date"), false },
              OptionSpec { QStringLiteral("owner"), QStringLiteral("NAME"), QT_TRANSLATE_NOOP("Cli", "who works the deal"), false } },
            &runAdd },
        CommandSpec {
            { dealsWord, QStringLiteral("move") }, "ID",
            QT_TRANSLATE_NOOP("Cli", "move a deal to another stage (or place in its column) and print its ID"),
            QT_TRANSLATE_NOOP("Cli", "Moving into a won or lost stage closes the deal; moving out reopens it."), 1, 1,
            { stage,
              OptionSpec { QStringLiteral("position"), QStringLiteral("N"),
                           QT_TRANSLATE_NOOP("Cli", "place in the stage's column, 1 at the top (default: the end)"), false },
              OptionSpec { QStringLiteral("reason"), QStringLiteral("TEXT"), QT_TRANSLATE_NOOP("Cli", "why it was lost (lost stages)"), false } },
            &runMove },
        CommandSpec {
            { dealsWord, QStringLiteral("list") }, "",
            QT_TRANSLATE_NOOP("Cli", "list deals by stage with their weighted value, and the pipeline's totals"), "", 0, 0,
            { OptionSpec { QStringLiteral("stage"), QStringLiteral("STAGE"), QT_TRANSLATE_NOOP("Cli", "only deals in this stage"), false },
              OptionSpec { QStringLiteral("open"), {}, QT_TRANSLATE_NOOP("Cli", "only deals in open stages"), false },
              OptionSpec { QStringLiteral("search"), QStringLiteral("TEXT"),
                           QT_TRANSLATE_NOOP("Cli", "only deals whose title, customer or lead contains TEXT"), false },
              OptionSpec { QStringLiteral("owner"), QStringLiteral("NAME"), QT_TRANSLATE_NOOP("Cli", "only this owner's deals"), false } },
            &runList },
        CommandSpec { { dealsWord, QStringLiteral("stages") }, "",
                      QT_TRANSLATE_NOOP("Cli", "list the pipeline's stages with their probability"), "", 0, 0, {}, &runStages },
    };
}

} // namespace peyvand::cli
