// report sales|trend|forecast|rfm|value|funnel|conversion|receivables|cheques|ratings,
// report list, report render NAME --pdf OUT.
#include "CommandContext.h"
#include "Commands.h"
#include "ExitCode.h"
#include "Values.h"
#include "documents/ReportPdf.h"
#include "reports/ReportCatalog.h"
#include "reports/ReportJson.h"
#include "sales/CompanyProfileService.h"
#include "security/AppLock.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QJsonArray>

namespace peyvand::cli {

namespace {

using namespace reports;

struct CliText {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// The short names the commands use, and what `report render` also accepts.
struct ShortName {
    const char* name;
    ReportId id;
};
const ShortName kShortNames[] = {
    { "trend", ReportId::Trend },           { "forecast", ReportId::Forecast },
    { "rfm", ReportId::Rfm },               { "value", ReportId::CustomerValue },
    { "funnel", ReportId::Funnel },         { "conversion", ReportId::QuoteConversion },
    { "receivables", ReportId::Receivables }, { "cheques", ReportId::ChequesDue },
    { "ratings", ReportId::PaymentRatings },
};

// `report sales --by`: a grouping of dates or a dimension.
Result<std::pair<ReportId, std::optional<Grouping>>> salesBy(const QString& by)
{
    if (const auto grouping = groupingFromKey(by))
        return std::pair { ReportId::SalesByPeriod, grouping };
    const std::pair<const char*, ReportId> dimensions[] = {
        { "product", ReportId::SalesByProduct }, { "category", ReportId::SalesByCategory },
        { "marketer", ReportId::SalesByMarketer }, { "customer", ReportId::SalesByCustomer },
        { "city", ReportId::SalesByCity }, { "source", ReportId::SalesBySource },
    };
    for (const auto& [key, id] : dimensions) {
        if (by == QLatin1String(key))
            return std::pair { id, std::optional<Grouping> {} };
    }
    return Error::invalid(QStringLiteral("--by"),
                          CliText::tr("use day, week, month, quarter, year, product, category, marketer, customer, city or source"));
}

Result<ReportId> reportByName(const QString& name)
{
    if (const auto id = reportFromKey(name))
        return *id;
    for (const ShortName& s : kShortNames) {
        if (name == QLatin1String(s.name))
            return s.id;
    }
    if (name == QLatin1String("sales"))
        return ReportId::SalesByPeriod;
    return Error::invalid(QStringLiteral("NAME"), CliText::tr("no report is called “%1”; “peyvand-cli report list” lists them").arg(name));
}

// The request from --period/--year/--from/--to/--limit; without any,
// this Jalali year to today.
Result<ReportRequest> requestFrom(const ParsedArgs& args, std::optional<Grouping> grouping)
{
    ReportRequest request;
    const QDate today = SystemClock::instance().today();
    PeriodPreset preset = PeriodPreset::ThisYear;
    if (args.has(QStringLiteral("period"))) {
        const auto parsed = periodPresetFromKey(args.value(QStringLiteral("period")));
        if (!parsed || *parsed == PeriodPreset::Custom)
            return Error::invalid(QStringLiteral("--period"),
                                  CliText::tr("use today, this_week, this_month, last_month, this_quarter, this_year, last_year or fiscal_year"));
        preset = *parsed;
    }
    int fiscalYear = 0;
    if (args.has(QStringLiteral("year"))) {
        auto year = parseCount(args.value(QStringLiteral("year")), QStringLiteral("--year"), 1300, 1500);
        if (!year)
            return year.error();
        fiscalYear = int(*year);
        if (!args.has(QStringLiteral("period")))
            preset = PeriodPreset::FiscalYear;
    }
    request.range = presetRange(preset, today, fiscalYear);
    for (const auto& [option, target] : { std::pair { "from", &request.range.from }, std::pair { "to", &request.range.to } }) {
        const QString name = QString::fromLatin1(option);
        if (!args.has(name))
            continue;
        const Result<QDate> date = parseDate(args.value(name), QStringLiteral("--") + name);
        if (!date)
            return date.error();
        *target = *date;
    }
    if (args.has(QStringLiteral("from")) && !args.has(QStringLiteral("to")) && request.range.to < request.range.from)
        request.range.to = std::max(today, request.range.from);
    if (request.range.isValid() == false && request.range.from.isValid() && request.range.to.isValid())
        return Error::invalid(QStringLiteral("--to"), CliText::tr("the period ends before it begins"));
    if (grouping)
        request.grouping = *grouping;
    if (args.has(QStringLiteral("limit"))) {
        auto limit = parseCount(args.value(QStringLiteral("limit")), QStringLiteral("--limit"), 1, 100000);
        if (!limit)
            return limit.error();
        request.limit = int(*limit);
    }
    return request;
}

// A table as aligned columns of text (hidden columns left out).
void printTable(CommandContext& ctx, const ReportTable& table, const CellFormat& format)
{
    QList<int> visible;
    for (int i = 0; i < table.columns.size(); ++i) {
        if (!table.columns.at(i).hidden)
            visible << i;
    }
    QList<QStringList> lines;
    QStringList header;
    for (int i : visible)
        header << table.columns.at(i).title;
    lines << header;
    auto cells = [&](const QList<ReportCell>& row) {
        QStringList out;
        for (int i : visible)
            out << formatCell(row.value(i), table.columns.at(i).kind, format);
        return out;
    };
    for (const auto& row : table.rows)
        lines << cells(row);
    if (table.totals)
        lines << cells(*table.totals);
    QList<int> widths(visible.size(), 0);
    for (const QStringList& line : lines) {
        for (int c = 0; c < line.size(); ++c)
            widths[c] = std::max(widths.at(c), int(line.at(c).size()));
    }
    ctx.line(QString());
    ctx.line(table.title);
    for (const QStringList& line : lines) {
        QStringList padded;
        for (int c = 0; c < line.size(); ++c) {
            const ColumnKind kind = table.columns.at(visible.at(c)).kind;
            const bool numeric = kind != ColumnKind::Text && kind != ColumnKind::Key && kind != ColumnKind::Period && kind != ColumnKind::Date;
            padded << (numeric ? line.at(c).rightJustified(widths.at(c)) : line.at(c).leftJustified(widths.at(c)));
        }
        ctx.line(padded.join(QStringLiteral("  ")).trimmed());
    }
    if (table.rows.isEmpty())
        ctx.line(CliText::tr("(nothing in this period)"));
}

void printReport(CommandContext& ctx, const Report& report)
{
    const CellFormat format { ctx.format().calendarLanguage(), false, false };
    const HumanFormat& f = ctx.format();
    ctx.line(report.title);
    if (report.range.isValid())
        ctx.line(CliText::tr("%1 to %2").arg(f.date(report.range.from), f.date(report.range.to)));
    else
        ctx.line(CliText::tr("as of %1").arg(f.date(report.asOf)));
    for (const ReportFigure& figure : report.figures)
        ctx.line(CliText::tr("%1: %2").arg(figure.title, formatCell(figure.value, figure.kind, format)));
    for (const ReportTable& table : report.tables)
        printTable(ctx, table, format);
    if (!report.notes.isEmpty()) {
        ctx.line(QString());
        for (const QString& note : report.notes)
            ctx.line(note);
    }
}

Result<Report> compute(CommandContext& ctx, ReportId id, const ReportRequest& request)
{
    auto db = ctx.openDatabase(CommandContext::OpenMode::Existing);
    if (!db)
        return db.error();
    return ReportRunner(**db).run(id, request);
}

int show(CommandContext& ctx, ReportId id, const ReportRequest& request)
{
    const Result<Report> report = compute(ctx, id, request);
    if (!report)
        return ctx.fail(report.error());
    if (ctx.json())
        ctx.printJson(toJson(*report));
    else
        printReport(ctx, *report);
    return Success;
}

int runSales(CommandContext& ctx, const ParsedArgs& args)
{
    auto by = salesBy(args.has(QStringLiteral("by")) ? args.value(QStringLiteral("by")) : QStringLiteral("month"));
    if (!by)
        return ctx.fail(by.error());
    auto request = requestFrom(args, by->second);
    if (!request)
        return ctx.fail(request.error());
    return show(ctx, by->first, *request);
}

int runNamed(CommandContext& ctx, const ParsedArgs& args, ReportId id)
{
    std::optional<Grouping> grouping;
    if (args.has(QStringLiteral("by"))) {
        grouping = groupingFromKey(args.value(QStringLiteral("by")));
        if (!grouping)
            return ctx.fail(Error::invalid(QStringLiteral("--by"), CliText::tr("use day, week, month, quarter or year")));
    }
    auto request = requestFrom(args, grouping);
    if (!request)
        return ctx.fail(request.error());
    return show(ctx, id, *request);
}

int runList(CommandContext& ctx, const ParsedArgs&)
{
    if (ctx.json()) {
        QJsonArray list;
        for (ReportId id : allReports()) {
            list << QJsonObject { { QStringLiteral("key"), toKey(id) }, { QStringLiteral("title"), displayName(id) },
                                  { QStringLiteral("description"), describe(id) },
                                  { QStringLiteral("period"), usesPeriod(id) }, { QStringLiteral("grouping"), usesGrouping(id) } };
        }
        ctx.printJson(QJsonObject { { QStringLiteral("reports"), list } });
        return Success;
    }
    for (ReportId id : allReports())
        ctx.line(QStringLiteral("%1  %2 — %3").arg(toKey(id).leftJustified(18), displayName(id), describe(id)));
    return Success;
}

int runRender(CommandContext& ctx, const ParsedArgs& args)
{
    const QString out = args.value(QStringLiteral("pdf"));
    if (out.isEmpty())
        return ctx.usage(CliText::tr("--pdf OUT is required"), QStringLiteral("report render"));
    Result<ReportId> id = reportByName(args.positionals.value(0));
    std::optional<Grouping> grouping;
    if (args.has(QStringLiteral("by"))) {
        if (id && *id == ReportId::SalesByPeriod) {
            auto by = salesBy(args.value(QStringLiteral("by")));
            if (!by)
                return ctx.fail(by.error());
            id = by->first;
            grouping = by->second;
        } else {
            grouping = groupingFromKey(args.value(QStringLiteral("by")));
            if (!grouping)
                return ctx.fail(Error::invalid(QStringLiteral("--by"), CliText::tr("use day, week, month, quarter or year")));
        }
    }
    if (!id)
        return ctx.fail(id.error());
    documents::ReportPdfOptions options;
    options.language = ctx.language() == i18n::Language::English ? documents::DocumentLanguage::English
                                                                  : documents::DocumentLanguage::Persian;
    if (args.has(QStringLiteral("paper"))) {
        const auto paper = documents::paperFromKey(args.value(QStringLiteral("paper")).toLower());
        if (!paper)
            return ctx.fail(Error::invalid(QStringLiteral("--paper"), CliText::tr("use a4 or a5")));
        options.paper = *paper;
    }
    if (args.has(QStringLiteral("landscape")))
        options.orientation = QPageLayout::Landscape;
    auto request = requestFrom(args, grouping);
    if (!request)
        return ctx.fail(request.error());
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return ctx.fail(Error::make(ErrorCode::Internal, CliText::tr("rendering needs the graphical runtime")));
    auto db = ctx.openDatabase(CommandContext::OpenMode::Existing);
    if (!db)
        return ctx.fail(db.error());
    if (Status allowed = security::AppLock(**db).requireExportsAllowed(); !allowed)
        return ctx.fail(allowed.error());
    const Result<Report> report = ReportRunner(**db).run(*id, *request);
    if (!report)
        return ctx.fail(report.error());
    if (const auto profile = sales::CompanyProfileService(**db).load()) {
        options.displayToman = profile->displayToman;
        options.companyName = profile->name;
    }
    if (Status written = documents::writeReportPdf(*report, options, out); !written)
        return ctx.fail(written.error());
    if (ctx.json())
        ctx.printJson(QJsonObject { { QStringLiteral("pdf"), out }, { QStringLiteral("report"), report->id } });
    else
        ctx.line(out);
    return Success;
}

QList<OptionSpec> periodOptions()
{
    return {
        OptionSpec { QStringLiteral("from"), QStringLiteral("DATE"), QT_TRANSLATE_NOOP("Cli", "first day (Jalali or ISO)"), false },
        OptionSpec { QStringLiteral("to"), QStringLiteral("DATE"), QT_TRANSLATE_NOOP("Cli", "last day (Jalali or ISO)"), false },
        OptionSpec { QStringLiteral("period"), QStringLiteral("PRESET"),
                     QT_TRANSLATE_NOOP("Cli", "today, this_week, this_month, last_month, this_quarter, this_year (default), last_year, fiscal_year"), false },
        OptionSpec { QStringLiteral("year"), QStringLiteral("YEAR"), QT_TRANSLATE_NOOP("Cli", "the fiscal year (Jalali, e.g. 1404)"), false },
        OptionSpec { QStringLiteral("limit"), QStringLiteral("N"), QT_TRANSLATE_NOOP("Cli", "rows in top lists"), false },
    };
}

QList<OptionSpec> groupedOptions()
{
    QList<OptionSpec> options = periodOptions();
    options << OptionSpec { QStringLiteral("by"), QStringLiteral("GROUP"), QT_TRANSLATE_NOOP("Cli", "day, week, month (default), quarter or year"), false };
    return options;
}

CommandSpec named(const char* word, ReportId id, const char* summary, bool grouped)
{
    return CommandSpec { { QStringLiteral("report"), QString::fromLatin1(word) }, "", summary, "", 0, 0,
                         grouped ? groupedOptions() : periodOptions(),
                         [id](CommandContext& ctx, const ParsedArgs& a) { return runNamed(ctx, a, id); } };
}

} // namespace

QList<CommandSpec> reportCommands()
{
    QList<OptionSpec> salesOptions = periodOptions();
    salesOptions << OptionSpec { QStringLiteral("by"), QStringLiteral("WHAT"),
                                 QT_TRANSLATE_NOOP("Cli", "day, week, month (default), quarter, year, product, category, marketer, customer, city or source"), false };
    QList<OptionSpec> renderOptions = salesOptions;
    renderOptions << OptionSpec { QStringLiteral("pdf"), QStringLiteral("OUT"), QT_TRANSLATE_NOOP("Cli", "the PDF file to write"), false }
                  << OptionSpec { QStringLiteral("paper"), QStringLiteral("SIZE"), QT_TRANSLATE_NOOP("Cli", "a4 (default) or a5"), false }
                  << OptionSpec { QStringLiteral("landscape"), {}, QT_TRANSLATE_NOOP("Cli", "landscape pages"), false };
    return {
        CommandSpec { { QStringLiteral("report"), QStringLiteral("list") }, "", QT_TRANSLATE_NOOP("Cli", "list the reports and their keys"),
                      "", 0, 0, {}, runList },
        CommandSpec { { QStringLiteral("report"), QStringLiteral("sales") }, "",
                      QT_TRANSLATE_NOOP("Cli", "invoiced sales by period, product, category, marketer, customer, city or source"),
                      QT_TRANSLATE_NOOP("Cli", "Without --from, --to, --period or --year the period is this Jalali year to today. "
                                               "Amounts are Rial; rates and shares in JSON are per mille."),
                      0, 0, salesOptions, runSales },
        named("trend", ReportId::Trend, QT_TRANSLATE_NOOP("Cli", "monthly and yearly sales, running average, targets"), true),
        named("forecast", ReportId::Forecast, QT_TRANSLATE_NOOP("Cli", "the next three months: trend, weighted pipeline, open pre-invoices"), false),
        named("rfm", ReportId::Rfm, QT_TRANSLATE_NOOP("Cli", "customer segments by recency, frequency and money"), false),
        named("value", ReportId::CustomerValue, QT_TRANSLATE_NOOP("Cli", "lifetime value, top customers, customers at risk"), false),
        named("funnel", ReportId::Funnel, QT_TRANSLATE_NOOP("Cli", "lead funnel and conversion by source and month"), false),
        named("conversion", ReportId::QuoteConversion, QT_TRANSLATE_NOOP("Cli", "pre-invoices that became invoices"), true),
        named("receivables", ReportId::Receivables, QT_TRANSLATE_NOOP("Cli", "receivables ageing per customer"), false),
        named("cheques", ReportId::ChequesDue, QT_TRANSLATE_NOOP("Cli", "cheques not yet cleared, by due date"), true),
        named("ratings", ReportId::PaymentRatings, QT_TRANSLATE_NOOP("Cli", "how many customers have each payment rating"), false),
        CommandSpec { { QStringLiteral("report"), QStringLiteral("render") }, "NAME",
                      QT_TRANSLATE_NOOP("Cli", "write a report to PDF: figures, charts, tables and how it is computed"),
                      QT_TRANSLATE_NOOP("Cli", "NAME is a key from “report list” or sales, trend, forecast, rfm, value, funnel, "
                                               "conversion, receivables, cheques, ratings. --lang fa prints it in Persian (right to "
                                               "left, Jalali, Persian digits), --lang en in English."),
                      1, 1, renderOptions, runRender },
    };
}

} // namespace peyvand::cli
