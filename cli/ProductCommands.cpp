// products add / list / import.
#include "CommandContext.h"
#include "Commands.h"
#include "ExitCode.h"
#include "Values.h"
#include "sales/CatalogService.h"
#include "storage/Database.h"
#include "text/Digits.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>

namespace peyvand::cli {

namespace {

using namespace sales;

struct CliText {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

QJsonObject productJson(const Product& p)
{
    return QJsonObject {
        { QStringLiteral("id"), p.id },
        { QStringLiteral("code"), p.code },
        { QStringLiteral("name"), p.name },
        { QStringLiteral("kind"), toKey(p.kind) },
        { QStringLiteral("unit"), p.unit },
        { QStringLiteral("unit_price"), p.unitPrice.rial() },
        { QStringLiteral("tax_exempt"), p.taxExempt },
        { QStringLiteral("category"), p.category },
        { QStringLiteral("active"), p.active },
    };
}

// Maps the catalog's field names to this command's options in errors.
Error asOptionError(Error error)
{
    if (error.field == QLatin1String("unit_price"))
        error.field = QStringLiteral("--price");
    else if (!error.field.isEmpty())
        error.field = QStringLiteral("--") + QString(error.field).replace(u'_', u'-');
    return error;
}

int runAdd(CommandContext& ctx, const ParsedArgs& args)
{
    if (!args.has(QStringLiteral("name")))
        return ctx.usage(CliText::tr("--name is required"), QStringLiteral("products add"));
    if (!args.has(QStringLiteral("price")))
        return ctx.usage(CliText::tr("--price is required"), QStringLiteral("products add"));
    Product draft;
    draft.name = args.value(QStringLiteral("name"));
    draft.code = args.value(QStringLiteral("code"));
    draft.unit = args.value(QStringLiteral("unit"));
    draft.category = args.value(QStringLiteral("category"));
    draft.taxExempt = args.has(QStringLiteral("tax-exempt"));
    draft.active = !args.has(QStringLiteral("inactive"));
    if (args.has(QStringLiteral("service")))
        draft.kind = ProductKind::Service;
    const Result<Money> price = Money::parse(args.value(QStringLiteral("price")));
    if (!price)
        return ctx.fail(Error::invalid(QStringLiteral("--price"), price.error().message));
    draft.unitPrice = *price;
    auto db = ctx.openDatabase(CommandContext::OpenMode::CreateIfMissing);
    if (!db)
        return ctx.fail(db.error());
    const Result<Product> created = CatalogService(**db).create(draft);
    if (!created)
        return ctx.fail(asOptionError(created.error()));
    if (ctx.json())
        ctx.printJson(productJson(*created));
    else
        ctx.line(ctx.format().number(created->id));
    return Success;
}

int runList(CommandContext& ctx, const ParsedArgs& args)
{
    ProductFilter filter;
    filter.query = args.positionals.join(u' ');
    filter.includeInactive = args.has(QStringLiteral("all"));
    filter.category = args.value(QStringLiteral("category"));
    filter.limit = 100000;
    auto db = ctx.openDatabase(CommandContext::OpenMode::Existing);
    if (!db)
        return ctx.fail(db.error());
    const Result<QList<Product>> products = CatalogService(**db).list(filter);
    if (!products)
        return ctx.fail(products.error());
    if (ctx.json()) {
        QJsonArray array;
        for (const Product& p : *products)
            array << productJson(p);
        ctx.printJson(array);
        return Success;
    }
    const HumanFormat& f = ctx.format();
    for (const Product& p : *products) {
        ctx.line(QStringLiteral("#%1  %2  %3  %4 / %5%6").arg(f.number(p.id), f.digits(p.code), p.name,
                                                            text::formatGrouped(p.unitPrice.rial(), f.script()), p.unit,
                                                            p.active ? QString() : QStringLiteral("  [") + CliText::tr("inactive") + u']'));
    }
    return Success;
}

int runImport(CommandContext& ctx, const ParsedArgs& args)
{
    const QString path = args.positionals.constFirst();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ctx.fail(Error::make(ErrorCode::Io, CliText::tr("cannot read %1: %2").arg(path, file.errorString())));
    auto db = ctx.openDatabase(CommandContext::OpenMode::CreateIfMissing);
    if (!db)
        return ctx.fail(db.error());
    ProductImportOptions options;
    options.dryRun = args.has(QStringLiteral("dry-run"));
    options.skipInvalid = args.has(QStringLiteral("skip-invalid"));
    ProductImportReport report; // filled even when the import is refused
    const Result<ProductImportReport> result = CatalogService(**db).importCsv(file, options, &report);
    for (const ImportProblem& problem : report.problems) {
        ctx.warn(CliText::tr("line %1, %2: %3").arg(ctx.format().number(problem.line), problem.column, problem.message));
    }
    if (!result)
        return ctx.fail(result.error());
    if (ctx.json()) {
        QJsonArray problems;
        for (const ImportProblem& p : report.problems)
            problems << QJsonObject { { QStringLiteral("line"), p.line }, { QStringLiteral("column"), p.column },
                                      { QStringLiteral("message"), p.message } };
        ctx.printJson(QJsonObject { { QStringLiteral("created"), report.created }, { QStringLiteral("updated"), report.updated },
                                    { QStringLiteral("rejected"), problems } });
    } else {
        ctx.line(CliText::tr("%1 created, %2 updated, %3 rejected")
                     .arg(ctx.format().number(report.created), ctx.format().number(report.updated),
                          ctx.format().number(report.problems.size())));
    }
    return Success;
}

} // namespace

QList<CommandSpec> productCommands()
{
    return {
        CommandSpec { { QStringLiteral("products"), QStringLiteral("add") }, "",
                      QT_TRANSLATE_NOOP("Cli", "add a product or service to the catalog and print its ID"), "", 0, 0,
                      { OptionSpec { QStringLiteral("name"), QStringLiteral("TEXT"), QT_TRANSLATE_NOOP("Cli", "name (required)"), false },
                        OptionSpec { QStringLiteral("price"), QStringLiteral("RIAL"), QT_TRANSLATE_NOOP("Cli", "unit price in Rial (required)"), false },
                        OptionSpec { QStringLiteral("code"), QStringLiteral("CODE"), QT_TRANSLATE_NOOP("Cli", "product code (unique)"), false },
                        OptionSpec { QStringLiteral("unit"), QStringLiteral("TEXT"), QT_TRANSLATE_NOOP("Cli", "unit (piece, kg, hour, …)"), false },
                        OptionSpec { QStringLiteral("category"), QStringLiteral("TEXT"), QT_TRANSLATE_NOOP("Cli", "category"), false },
                        OptionSpec { QStringLiteral("service"), {}, QT_TRANSLATE_NOOP("Cli", "a service rather than goods"), false },
                        OptionSpec { QStringLiteral("tax-exempt"), {}, QT_TRANSLATE_NOOP("Cli", "exempt from VAT and duty"), false },
                        OptionSpec { QStringLiteral("inactive"), {}, QT_TRANSLATE_NOOP("Cli", "not offered on new documents"), false } },
                      runAdd },
        CommandSpec { { QStringLiteral("products"), QStringLiteral("list") }, "[TEXT]",
                      QT_TRANSLATE_NOOP("Cli", "list the catalog, or the products whose code, name or category contains TEXT"), "",
                      0, -1,
                      { OptionSpec { QStringLiteral("all"), {}, QT_TRANSLATE_NOOP("Cli", "include inactive products"), false },
                        OptionSpec { QStringLiteral("category"), QStringLiteral("TEXT"), QT_TRANSLATE_NOOP("Cli", "only this category"), false } },
                      runList },
        CommandSpec { { QStringLiteral("products"), QStringLiteral("import") }, "FILE",
                      QT_TRANSLATE_NOOP("Cli", "import products from a CSV file (all or nothing)"),
                      QT_TRANSLATE_NOOP("Cli", "The first row names the columns: code, name, kind, unit, unit_price, tax_exempt, "
                                               "category, active (Persian headers work too). A row whose code exists updates "
                                               "that product. Any invalid row stops the import unless --skip-invalid."),
                      1, 1,
                      { OptionSpec { QStringLiteral("dry-run"), {}, QT_TRANSLATE_NOOP("Cli", "check the file, store nothing"), false },
                        OptionSpec { QStringLiteral("skip-invalid"), {}, QT_TRANSLATE_NOOP("Cli", "store the valid rows, report the others"), false } },
                      runImport },
    };
}

} // namespace peyvand::cli
