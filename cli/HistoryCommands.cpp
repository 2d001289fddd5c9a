// history customer|lead|quote|payment ID: every recorded change of one record.
#include "CommandContext.h"
#include "Commands.h"
#include "ExitCode.h"
#include "JsonFields.h"
#include "Values.h"
#include "history/RecordHistory.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"
#include "text/Digits.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace peyvand::cli {

namespace {

using history::HistoryRow;
using history::RecordHistory;
using history::RecordKind;

struct CliText {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

QString kindName(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Customer:
        return CliText::tr("customer %1");
    case RecordKind::Lead:
        return CliText::tr("lead %1");
    case RecordKind::Document:
        return CliText::tr("document %1");
    case RecordKind::Payment:
        return CliText::tr("payment %1");
    case RecordKind::Setting:
        return CliText::tr("the settings");
    }
    return {};
}

QJsonValue jsonValue(const QJsonValue& v) { return v.isUndefined() ? QJsonValue(QJsonValue::Null) : v; }

QString humanValue(const HumanFormat& f, const HistoryRow& row, const QJsonValue& v)
{
    if (v.isUndefined() || v.isNull() || (v.isString() && v.toString().isEmpty()))
        return QStringLiteral("—");
    switch (row.valueKind) {
    case history::ValueKind::Money:
        return text::formatGrouped(v.toInteger(), f.script());
    case history::ValueKind::Date:
        return f.date(storage::dateFromIso(v.toString()));
    case history::ValueKind::Timestamp:
        return f.moment(storage::timestampFromIso(v.toString()));
    case history::ValueKind::Text:
        if (v.isDouble())
            return f.number(v.toInteger());
        break;
    case history::ValueKind::Json:
        break;
    }
    return RecordHistory::plainText(v);
}

QString humanLine(const HumanFormat& f, const HistoryRow& row)
{
    const QString when = f.moment(row.at);
    const QString action = RecordHistory::actionLabel(row.action);
    const QString source = RecordHistory::sourceLabel(row.source);
    if (row.field.isEmpty()) {
        const QString what = RecordHistory::fieldLabel(row.entity, row.field);
        return CliText::tr("%1  %2  %3  (%4)").arg(when, action, what, source);
    }
    return CliText::tr("%1  %2  %3: %4 → %5  (%6)")
        .arg(when, action, RecordHistory::fieldLabel(row.entity, row.field), humanValue(f, row, row.oldValue),
             humanValue(f, row, row.newValue), source);
}

QJsonObject changeJson(const HistoryRow& row, RecordKind kind)
{
    QJsonObject o;
    putTimestamp(o, QStringLiteral("at"), row.at);
    o.insert(QStringLiteral("action"), row.action);
    o.insert(QStringLiteral("source"), row.source);
    o.insert(QStringLiteral("field"), row.qualifiedField(kind));
    o.insert(QStringLiteral("label"), RecordHistory::fieldLabel(row.entity, row.field));
    o.insert(QStringLiteral("old"), jsonValue(row.oldValue));
    o.insert(QStringLiteral("new"), jsonValue(row.newValue));
    o.insert(QStringLiteral("record"), row.entity);
    o.insert(QStringLiteral("record_id"), row.entityId);
    return o;
}

int runHistory(CommandContext& ctx, const ParsedArgs& args)
{
    const QString kindKey = args.positionals.value(0);
    const auto kind = history::recordKindFromKey(kindKey);
    if (!kind)
        return ctx.usage(CliText::tr("unknown kind “%1”: use customer, lead, quote, payment or setting").arg(kindKey),
                         QStringLiteral("history"));
    qint64 id = 0;
    if (*kind != RecordKind::Setting) {
        if (args.positionals.size() < 2)
            return ctx.usage(CliText::tr("name the ID of the %1").arg(history::toKey(*kind)), QStringLiteral("history"));
        auto parsed = parseId(args.positionals.at(1));
        if (!parsed)
            return ctx.fail(parsed.error());
        id = *parsed;
    } else if (args.positionals.size() > 1) {
        return ctx.usage(CliText::tr("the settings history takes no ID"), QStringLiteral("history"));
    }
    auto db = ctx.openDatabase(CommandContext::OpenMode::Existing);
    if (!db)
        return ctx.fail(db.error());
    auto rows = RecordHistory(**db).of(*kind, id);
    if (!rows)
        return ctx.fail(rows.error());
    if (rows->isEmpty() && *kind != RecordKind::Setting)
        return ctx.fail(Error::make(ErrorCode::NotFound, CliText::tr("No changes are recorded for %1.")
                                                              .arg(kindName(*kind).arg(ctx.format().number(id)))));
    if (ctx.json()) {
        QJsonArray changes;
        for (const HistoryRow& row : std::as_const(*rows))
            changes << changeJson(row, *kind);
        QJsonObject o { { QStringLiteral("entity"), history::toKey(*kind) }, { QStringLiteral("changes"), changes } };
        if (*kind != RecordKind::Setting)
            o.insert(QStringLiteral("id"), id);
        ctx.printJson(o);
        return Success;
    }
    if (rows->isEmpty())
        ctx.line(CliText::tr("No changes are recorded for %1.").arg(kindName(*kind)));
    for (const HistoryRow& row : std::as_const(*rows))
        ctx.line(humanLine(ctx.format(), row));
    return Success;
}

} // namespace

QList<CommandSpec> historyCommands()
{
    return {
        CommandSpec { { QStringLiteral("history") }, "customer|lead|quote|payment|setting [ID]",
                      QT_TRANSLATE_NOOP("Cli", "every recorded change of a record: when, from where, field, old and new value"),
                      QT_TRANSLATE_NOOP("Cli", "A customer's or lead's history includes its notes and interactions; a quote's "
                                               "(any pre-invoice or invoice) its attachments; a cheque payment's the moves of its "
                                               "cheque. \"setting\" lists every settings change and takes no ID. The source says "
                                               "where a change was made: app, cli or import."),
                      1, 2, {}, runHistory },
    };
}

} // namespace peyvand::cli
