// targets list|set|remove, and dashboard: the home screen's numbers.
#include "CommandContext.h"
#include "Commands.h"
#include "ExitCode.h"
#include "Values.h"
#include "reports/Dashboard.h"
#include "reports/SalesTargets.h"
#include "storage/Database.h"
#include "text/Digits.h"
#include "text/Jalali.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace peyvand::cli {

namespace {

using namespace reports;

struct CliText {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// "1404-07", "1404/7", "۱۴۰۴-۰۷" → "1404-07"; "1404-q3" → "1404-Q3".
QString periodKey(const QString& typed)
{
    QString key = text::toAsciiDigits(typed.trimmed()).toUpper();
    key.replace(u'/', u'-');
    const qsizetype dash = key.indexOf(u'-');
    if (dash > 0 && dash + 2 == key.size() && key.at(dash + 1).isDigit())
        key.insert(dash + 1, u'0');
    return key;
}

int runTargetsList(CommandContext& ctx, const ParsedArgs& args)
{
    int year = text::jalali::fromGregorian(SystemClock::instance().today()).value_or(text::JalaliDate {}).year;
    if (args.has(QStringLiteral("year"))) {
        auto parsed = parseCount(args.value(QStringLiteral("year")), QStringLiteral("--year"), 1300, 1500);
        if (!parsed)
            return ctx.fail(parsed.error());
        year = int(*parsed);
    }
    auto db = ctx.openDatabase(CommandContext::OpenMode::Existing);
    if (!db)
        return ctx.fail(db.error());
    auto targets = SalesTargets(**db).list(year);
    if (!targets)
        return ctx.fail(targets.error());
    if (ctx.json()) {
        QJsonArray list;
        for (const SalesTarget& t : *targets)
            list << QJsonObject { { QStringLiteral("period"), t.period }, { QStringLiteral("amount"), t.amount.rial() } };
        ctx.printJson(QJsonObject { { QStringLiteral("year"), year }, { QStringLiteral("targets"), list } });
        return Success;
    }
    if (targets->isEmpty())
        ctx.line(CliText::tr("No targets are set for %1.").arg(ctx.format().number(year)));
    for (const SalesTarget& t : *targets)
        ctx.line(QStringLiteral("%1  %2").arg(ctx.format().digits(t.period), text::formatGrouped(t.amount.rial(), ctx.format().script())));
    return Success;
}

int runTargetsSet(CommandContext& ctx, const ParsedArgs& args)
{
    const QString period = periodKey(args.positionals.value(0));
    auto amount = Money::parse(args.positionals.value(1));
    if (!amount)
        return ctx.fail(Error::invalid(QStringLiteral("AMOUNT"), amount.error().message));
    auto db = ctx.openDatabase(CommandContext::OpenMode::Existing);
    if (!db)
        return ctx.fail(db.error());
    if (Status set = SalesTargets(**db).set(period, *amount); !set)
        return ctx.fail(set.error());
    if (ctx.json())
        ctx.printJson(QJsonObject { { QStringLiteral("period"), period }, { QStringLiteral("amount"), amount->rial() } });
    else
        ctx.line(period);
    return Success;
}

int runTargetsRemove(CommandContext& ctx, const ParsedArgs& args)
{
    const QString period = periodKey(args.positionals.value(0));
    auto db = ctx.openDatabase(CommandContext::OpenMode::Existing);
    if (!db)
        return ctx.fail(db.error());
    if (Status removed = SalesTargets(**db).remove(period); !removed)
        return ctx.fail(removed.error());
    return Success;
}

QJsonValue optionalJson(const std::optional<qint64>& value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

int runDashboard(CommandContext& ctx, const ParsedArgs&)
{
    auto db = ctx.openDatabase(CommandContext::OpenMode::Existing);
    if (!db)
        return ctx.fail(db.error());
    auto dashboard = DashboardQuery(**db).compute();
    if (!dashboard)
        return ctx.fail(dashboard.error());
    if (ctx.json()) {
        QJsonArray tiles;
        for (const DashboardTile& tile : dashboard->tiles) {
            QJsonObject o { { QStringLiteral("key"), tile.key }, { QStringLiteral("value"), tile.value },
                            { QStringLiteral("last_month"), optionalJson(tile.lastMonth) },
                            { QStringLiteral("same_month_last_year"), optionalJson(tile.sameMonthLastYear) },
                            { QStringLiteral("report"), toKey(tile.report) }, { QStringLiteral("period"), toKey(tile.preset) } };
            if (tile.count >= 0)
                o.insert(QStringLiteral("count"), tile.count);
            tiles << o;
        }
        ctx.printJson(QJsonObject { { QStringLiteral("as_of"), dashboard->asOf.toString(Qt::ISODate) },
                                    { QStringLiteral("month"), bucketKey(dashboard->month) },
                                    { QStringLiteral("tiles"), tiles } });
        return Success;
    }
    const CellFormat format { ctx.format().calendarLanguage(), false, false };
    ctx.line(bucketLabel(dashboard->month, format.language));
    for (const DashboardTile& tile : dashboard->tiles) {
        QString line = CliText::tr("%1: %2").arg(tile.title, formatCell(tile.value, tile.kind, format));
        if (tile.count >= 0)
            line += QStringLiteral(" (%1: %2)").arg(tile.countTitle, formatCell(tile.count, ColumnKind::Count, format));
        if (tile.lastMonth)
            line += QStringLiteral(" · ") + CliText::tr("last month %1").arg(formatCell(*tile.lastMonth, tile.kind, format));
        if (tile.sameMonthLastYear)
            line += QStringLiteral(" · ") + CliText::tr("a year ago %1").arg(formatCell(*tile.sameMonthLastYear, tile.kind, format));
        ctx.line(line);
    }
    return Success;
}

} // namespace

QList<CommandSpec> reportTargetCommands()
{
    return {
        CommandSpec { { QStringLiteral("targets"), QStringLiteral("list") }, "",
                      QT_TRANSLATE_NOOP("Cli", "the sales targets of a Jalali year"), "", 0, 0,
                      { OptionSpec { QStringLiteral("year"), QStringLiteral("YEAR"), QT_TRANSLATE_NOOP("Cli", "the Jalali year (default: this year)"), false } },
                      runTargetsList },
        CommandSpec { { QStringLiteral("targets"), QStringLiteral("set") }, "PERIOD AMOUNT",
                      QT_TRANSLATE_NOOP("Cli", "set the sales target of a month (1404-07) or quarter (1404-Q3), in Rial before tax"),
                      "", 2, 2, {}, runTargetsSet },
        CommandSpec { { QStringLiteral("targets"), QStringLiteral("remove") }, "PERIOD",
                      QT_TRANSLATE_NOOP("Cli", "remove a month's or quarter's sales target"), "", 1, 1, {}, runTargetsRemove },
        CommandSpec { { QStringLiteral("dashboard") }, "",
                      QT_TRANSLATE_NOOP("Cli", "this Jalali month's numbers against last month and last year, and what is due"),
                      "", 0, 0, {}, runDashboard },
    };
}

} // namespace peyvand::cli
