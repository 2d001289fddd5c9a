// customers import / export.
#include "CommandContext.h"
#include "Commands.h"
#include "ExitCode.h"
#include "exchange/CustomerExporter.h"
#include "exchange/CustomerImporter.h"
#include "security/AppLock.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>

namespace peyvand::cli {

namespace {

using namespace exchange;

struct CliText {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// "--format" or the file's suffix; CSV when neither says.
Result<io::SourceFormat> sourceFormat(const ParsedArgs& args, const QString& path)
{
    if (args.has(QStringLiteral("format"))) {
        bool ok = false;
        const io::SourceFormat f = io::formatFromKey(args.value(QStringLiteral("format")), &ok);
        if (!ok) {
            return Error::invalid(QStringLiteral("--format"),
                                  CliText::tr("unknown format “%1” (csv, tsv, xlsx or vcf)").arg(args.value(QStringLiteral("format"))));
        }
        return f;
    }
    bool ok = false;
    const io::SourceFormat f = io::formatFromPath(path, &ok);
    return ok ? f : io::SourceFormat::Csv;
}

Result<ImportOptions> importOptions(const ParsedArgs& args, const QString& path)
{
    ImportOptions options;
    auto format = sourceFormat(args, path);
    if (!format)
        return format.error();
    options.source.format = *format;
    if (args.has(QStringLiteral("encoding"))) {
        bool ok = false;
        options.source.encoding = io::encodingFromKey(args.value(QStringLiteral("encoding")), &ok);
        if (!ok) {
            return Error::invalid(QStringLiteral("--encoding"),
                                  CliText::tr("unknown encoding “%1” (auto, utf-8, utf-16 or windows-1256)")
                                      .arg(args.value(QStringLiteral("encoding"))));
        }
    }
    for (const QString& map : args.values(QStringLiteral("map"))) {
        auto o = parseOverride(map);
        if (!o)
            return Error::invalid(QStringLiteral("--map"), o.error().message);
        options.overrides << *o;
    }
    if (args.has(QStringLiteral("on-duplicate"))) {
        auto policy = policyFromKey(args.value(QStringLiteral("on-duplicate")));
        if (!policy) {
            return Error::invalid(QStringLiteral("--on-duplicate"),
                                  CliText::tr("unknown policy “%1” (skip, update or create)").arg(args.value(QStringLiteral("on-duplicate"))));
        }
        options.onDuplicate = *policy;
    }
    options.overwrite = args.has(QStringLiteral("overwrite"));
    if (options.overwrite && options.onDuplicate != DuplicatePolicy::Update)
        return Error::invalid(QStringLiteral("--overwrite"), CliText::tr("--overwrite needs --on-duplicate update"));
    options.mapping.unmappedToNotes = args.has(QStringLiteral("unmapped-to-notes"));
    options.dryRun = args.has(QStringLiteral("dry-run"));
    return options;
}

QJsonObject reportJson(const ImportReport& report)
{
    QJsonArray rejected;
    for (const RejectedRow& r : report.rejected) {
        rejected << QJsonObject { { QStringLiteral("line"), r.line }, { QStringLiteral("field"), r.field },
                                  { QStringLiteral("value"), r.value }, { QStringLiteral("reason"), r.reason } };
    }
    return QJsonObject {
        { QStringLiteral("imported"), report.imported },
        { QStringLiteral("updated"), report.updated },
        { QStringLiteral("skipped_duplicates"), report.skippedDuplicates },
        { QStringLiteral("rejected"), rejected },
    };
}

int runImport(CommandContext& ctx, const ParsedArgs& args)
{
    const QString path = args.positionals.constFirst();
    auto options = importOptions(args, path);
    if (!options)
        return ctx.fail(options.error());
    auto db = ctx.openDatabase(CommandContext::OpenMode::CreateIfMissing);
    if (!db)
        return ctx.fail(db.error());
    ImportReport report;
    const Result<ImportReport> result = CustomerImporter(**db).run(path, *options, {}, &report);
    for (const QString& notice : report.notices)
        ctx.warn(notice);
    if (!result) {
        Error e = result.error();
        if (e.field == QLatin1String("file")) {
            e.field.clear();
            e.message = CliText::tr("%1: %2; nothing was imported").arg(QFileInfo(path).fileName(), e.message);
        } else if (e.field == QLatin1String("map")) {
            e.field = QStringLiteral("--map");
        }
        return ctx.fail(e);
    }
    if (ctx.json()) {
        ctx.printJson(reportJson(report));
        return Success;
    }
    const HumanFormat& f = ctx.format();
    for (const RejectedRow& r : report.rejected)
        ctx.warn(CliText::tr("line %1, %2 “%3”: %4").arg(f.number(r.line), r.field, r.value, r.reason));
    ctx.line(CliText::tr("%1 imported, %2 updated, %3 skipped as duplicates, %4 rejected")
                 .arg(f.number(report.imported), f.number(report.updated), f.number(report.skippedDuplicates),
                      f.number(report.rejected.size())));
    if (report.dryRun)
        ctx.line(CliText::tr("Dry run: nothing was stored."));
    return Success;
}

int runExport(CommandContext& ctx, const ParsedArgs& args)
{
    const QString path = args.positionals.constFirst();
    ExportOptions options;
    const QString key = args.has(QStringLiteral("format")) ? args.value(QStringLiteral("format")) : QFileInfo(path).suffix();
    if (auto format = exportFormatFromKey(key)) {
        options.format = *format;
    } else if (args.has(QStringLiteral("format"))) {
        return ctx.fail(Error::invalid(QStringLiteral("--format"), CliText::tr("unknown format “%1” (csv, xlsx or vcf)").arg(key)));
    }
    options.query.text = args.value(QStringLiteral("query"));
    options.persianHeaders = args.has(QStringLiteral("persian-headers"));
    auto db = ctx.openDatabase(CommandContext::OpenMode::Existing);
    if (!db)
        return ctx.fail(db.error());
    if (Status allowed = security::AppLock(**db).requireExportsAllowed(); !allowed)
        return ctx.fail(allowed.error());
    const Result<qint64> written = CustomerExporter(**db).run(path, options);
    if (!written)
        return ctx.fail(written.error());
    if (ctx.json()) {
        ctx.printJson(QJsonObject { { QStringLiteral("exported"), *written }, { QStringLiteral("file"), path },
                                    { QStringLiteral("format"), exportFormatKey(options.format) } });
    } else {
        ctx.line(CliText::tr("%1 customers exported to %2").arg(ctx.format().number(*written), path));
    }
    return Success;
}

} // namespace

QList<CommandSpec> customerExchangeCommands()
{
    return {
        CommandSpec { { QStringLiteral("customers"), QStringLiteral("import") }, "FILE",
                      QT_TRANSLATE_NOOP("Cli", "import customers from a CSV, TSV, XLSX or vCard file"),
                      QT_TRANSLATE_NOOP("Cli", "Columns are recognised from English or Persian headers (name, mobile, "
                                               "national_id, email, city, …; نام، موبایل، کد ملی، …). Values are cleaned "
                                               "like customers typed by hand; a row with an invalid value is rejected and "
                                               "reported, the others are imported. Duplicates (same mobile, national ID, "
                                               "email, or name and city) of stored customers or of earlier rows are "
                                               "skipped unless --on-duplicate says otherwise. All or nothing: a file that "
                                               "cannot be read imports nothing (exit status 2)."),
                      1, 1,
                      { OptionSpec { QStringLiteral("format"), QStringLiteral("csv|tsv|xlsx|vcf"), QT_TRANSLATE_NOOP("Cli", "file format (default: from the file name)"), false },
                        OptionSpec { QStringLiteral("encoding"), QStringLiteral("auto|utf-8|utf-16|windows-1256"), QT_TRANSLATE_NOOP("Cli", "text encoding of CSV, TSV and vCard files (default: auto)"), false },
                        OptionSpec { QStringLiteral("map"), QStringLiteral("COLUMN=FIELD"), QT_TRANSLATE_NOOP("Cli", "put a column (header or number) into a field, or “ignore” it"), true },
                        OptionSpec { QStringLiteral("on-duplicate"), QStringLiteral("skip|update|create"), QT_TRANSLATE_NOOP("Cli", "what to do with duplicates (default: skip)"), false },
                        OptionSpec { QStringLiteral("overwrite"), {}, QT_TRANSLATE_NOOP("Cli", "with update: replace filled fields too, not only empty ones"), false },
                        OptionSpec { QStringLiteral("unmapped-to-notes"), {}, QT_TRANSLATE_NOOP("Cli", "keep unrecognised columns in a note"), false },
                        OptionSpec { QStringLiteral("dry-run"), {}, QT_TRANSLATE_NOOP("Cli", "check and report, store nothing"), false } },
                      runImport },
        CommandSpec { { QStringLiteral("customers"), QStringLiteral("export") }, "FILE",
                      QT_TRANSLATE_NOOP("Cli", "export customers to a CSV, XLSX or vCard file"),
                      QT_TRANSLATE_NOOP("Cli", "Writes every active customer, or those a search finds. CSV is UTF-8 with a "
                                               "BOM; the columns are the import's field names, so the file imports back "
                                               "unchanged. The file appears only when complete."),
                      1, 1,
                      { OptionSpec { QStringLiteral("format"), QStringLiteral("csv|xlsx|vcf"), QT_TRANSLATE_NOOP("Cli", "file format (default: from the file name, else csv)"), false },
                        OptionSpec { QStringLiteral("query"), QStringLiteral("TEXT"), QT_TRANSLATE_NOOP("Cli", "only the customers this search finds"), false },
                        OptionSpec { QStringLiteral("persian-headers"), {}, QT_TRANSLATE_NOOP("Cli", "Persian column titles"), false } },
                      runExport },
    };
}

} // namespace peyvand::cli
