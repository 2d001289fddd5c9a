// quotes list, invoices list, quotes render.
#include "CommandContext.h"
#include "Commands.h"
#include "ExitCode.h"
#include "Values.h"
#include "documents/DocumentRenderer.h"
#include "sales/CompanyProfileService.h"
#include "sales/DocumentQuery.h"
#include "sales/DocumentService.h"
#include "security/AppLock.h"
#include "storage/Database.h"
#include "text/Digits.h"
#include "text/Jalali.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QJsonArray>

namespace peyvand::cli {

namespace {

using namespace sales;

struct CliText {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

Result<DocumentFilter> filterFrom(const ParsedArgs& args, DocumentType type)
{
    DocumentFilter filter;
    filter.type = type;
    for (const QString& key : args.values(QStringLiteral("state"))) {
        const auto state = documentStateFromKey(key.trimmed());
        if (!state)
            return Error::invalid(QStringLiteral("--state"), CliText::tr("unknown state “%1”").arg(key));
        filter.states << *state;
    }
    if (args.has(QStringLiteral("open")))
        filter.states << DocumentState::Issued;
    if (args.has(QStringLiteral("settled")))
        filter.states << DocumentState::Settled;
    for (const auto& [option, target] : { std::pair { "from", &filter.from }, std::pair { "to", &filter.to } }) {
        const QString name = QString::fromLatin1(option);
        if (!args.has(name))
            continue;
        const Result<QDate> date = parseDate(args.value(name), QStringLiteral("--") + name);
        if (!date)
            return date.error();
        *target = *date;
    }
    if (args.has(QStringLiteral("customer"))) {
        const Result<qint64> id = parseId(args.value(QStringLiteral("customer")), QStringLiteral("--customer"));
        if (!id)
            return id.error();
        filter.customerId = *id;
    }
    filter.marketer = args.value(QStringLiteral("marketer"));
    filter.text = args.value(QStringLiteral("search"));
    return filter;
}

QJsonObject rowJson(const DocumentRow& row)
{
    return QJsonObject {
        { QStringLiteral("id"), row.id },
        { QStringLiteral("type"), toKey(row.type) },
        { QStringLiteral("state"), toKey(row.state) },
        { QStringLiteral("number"), row.number },
        { QStringLiteral("issue_date"), row.issueDate.toString(Qt::ISODate) },
        { QStringLiteral("issue_date_jalali"), text::jalali::formatNumeric(row.issueDate, text::DigitScript::Latin) },
        { QStringLiteral("customer_id"), row.customerId },
        { QStringLiteral("customer"), row.customerName },
        { QStringLiteral("marketer"), row.marketer },
        { QStringLiteral("grand_total"), row.grandTotal.rial() },
    };
}

int runList(CommandContext& ctx, const ParsedArgs& args, DocumentType type)
{
    const Result<DocumentFilter> filter = filterFrom(args, type);
    if (!filter)
        return ctx.fail(filter.error());
    int limit = 100;
    if (args.has(QStringLiteral("limit"))) {
        const Result<qint64> n = parseCount(args.value(QStringLiteral("limit")), QStringLiteral("--limit"), 1, 1000000);
        if (!n)
            return ctx.fail(n.error());
        limit = int(*n);
    }
    auto db = ctx.openDatabase(CommandContext::OpenMode::Existing);
    if (!db)
        return ctx.fail(db.error());
    // Pre-invoices past their validity are shown as expired.
    if (const Result<int> expired = DocumentService(**db).expireDue(QDate::currentDate()); !expired)
        return ctx.fail(expired.error());
    DocumentQuery query(**db);
    const Result<QList<DocumentRow>> rows = query.page(*filter, DocumentSort::IssueDateDesc, limit, 0);
    if (!rows)
        return ctx.fail(rows.error());
    const Result<DocumentListTotals> totals = query.totals(*filter);
    if (!totals)
        return ctx.fail(totals.error());
    if (ctx.json()) {
        QJsonArray array;
        for (const DocumentRow& row : *rows)
            array << rowJson(row);
        ctx.printJson(QJsonObject { { QStringLiteral("documents"), array },
                                    { QStringLiteral("count"), totals->count },
                                    { QStringLiteral("grand_total"), totals->grandTotal.rial() } });
        return Success;
    }
    const HumanFormat& f = ctx.format();
    for (const DocumentRow& row : *rows) {
        ctx.line(QStringLiteral("#%1  %2  %3  %4  %5  %6").arg(f.number(row.id), f.digits(row.number), f.date(row.issueDate),
                                                              row.customerName, displayName(row.state, row.type),
                                                              text::formatGrouped(row.grandTotal.rial(), f.script())));
    }
    ctx.line(CliText::tr("%1 documents, total %2 Rial").arg(f.number(totals->count), text::formatGrouped(totals->grandTotal.rial(), f.script())));
    return Success;
}

int runRender(CommandContext& ctx, const ParsedArgs& args)
{
    const QString out = args.value(QStringLiteral("pdf"));
    if (out.isEmpty())
        return ctx.usage(CliText::tr("--pdf OUT is required"), QStringLiteral("quotes render"));
    documents::RenderOptions options;
    options.language = ctx.language() == i18n::Language::English ? documents::DocumentLanguage::English
                                                                  : documents::DocumentLanguage::Persian;
    if (args.has(QStringLiteral("copy"))) {
        const auto copy = documents::copyLabelFromKey(args.value(QStringLiteral("copy")));
        if (!copy)
            return ctx.fail(Error::invalid(QStringLiteral("--copy"), CliText::tr("use customer, accounting or archive")));
        options.copy = *copy;
    }
    if (args.has(QStringLiteral("paper"))) {
        const auto paper = documents::paperFromKey(args.value(QStringLiteral("paper")).toLower());
        if (!paper)
            return ctx.fail(Error::invalid(QStringLiteral("--paper"), CliText::tr("use a4 or a5")));
        options.paper = *paper;
    }
    if (args.has(QStringLiteral("landscape")))
        options.orientation = QPageLayout::Landscape;
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return ctx.fail(Error::make(ErrorCode::Internal, CliText::tr("rendering needs the graphical runtime")));
    auto target = ctx.openTarget(args.positionals);
    if (!target)
        return ctx.fail(target.error());
    if (Status allowed = security::AppLock(*target->db).requireExportsAllowed(); !allowed)
        return ctx.fail(allowed.error());
    const Result<Document> document = DocumentService(*target->db).get(target->id);
    if (!document)
        return ctx.fail(document.error());
    const Result<CompanyProfile> profile = CompanyProfileService(*target->db).load();
    if (!profile)
        return ctx.fail(profile.error());
    options.displayToman = profile->displayToman;
    if (Status fonts = documents::DocumentRenderer::registerFonts(); !fonts)
        return ctx.fail(fonts.error());
    const documents::Printable printable { *document, profile->logo, profile->stamp };
    if (Status written = documents::DocumentRenderer(options).writePdf(printable, out); !written)
        return ctx.fail(written.error());
    if (ctx.json())
        ctx.printJson(QJsonObject { { QStringLiteral("pdf"), out } });
    else
        ctx.line(out);
    return Success;
}

QList<OptionSpec> listOptions()
{
    return {
        OptionSpec { QStringLiteral("state"), QStringLiteral("STATE"),
                     QT_TRANSLATE_NOOP("Cli", "only this state (draft, issued, accepted, rejected, expired, converted, settled)"), true },
        OptionSpec { QStringLiteral("from"), QStringLiteral("DATE"), QT_TRANSLATE_NOOP("Cli", "issued on or after"), false },
        OptionSpec { QStringLiteral("to"), QStringLiteral("DATE"), QT_TRANSLATE_NOOP("Cli", "issued on or before"), false },
        OptionSpec { QStringLiteral("customer"), QStringLiteral("ID"), QT_TRANSLATE_NOOP("Cli", "of this customer"), false },
        OptionSpec { QStringLiteral("marketer"), QStringLiteral("NAME"), QT_TRANSLATE_NOOP("Cli", "of this marketer"), false },
        OptionSpec { QStringLiteral("search"), QStringLiteral("TEXT"), QT_TRANSLATE_NOOP("Cli", "number, title or customer contains"), false },
        OptionSpec { QStringLiteral("limit"), QStringLiteral("N"), QT_TRANSLATE_NOOP("Cli", "at most N rows (default 100)"), false },
    };
}

} // namespace

QList<CommandSpec> documentListCommands()
{
    QList<OptionSpec> invoiceOptions = listOptions();
    invoiceOptions << OptionSpec { QStringLiteral("open"), {}, QT_TRANSLATE_NOOP("Cli", "only open (unsettled) invoices"), false }
                   << OptionSpec { QStringLiteral("settled"), {}, QT_TRANSLATE_NOOP("Cli", "only settled invoices"), false };
    return {
        CommandSpec { { QStringLiteral("quotes"), QStringLiteral("list") }, "",
                      QT_TRANSLATE_NOOP("Cli", "list pre-invoices, newest first, with their total"), "", 0, 0, listOptions(),
                      [](CommandContext& ctx, const ParsedArgs& a) { return runList(ctx, a, DocumentType::Quote); } },
        CommandSpec { { QStringLiteral("quotes"), QStringLiteral("render") }, "ID",
                      QT_TRANSLATE_NOOP("Cli", "print a pre-invoice or invoice to PDF"),
                      QT_TRANSLATE_NOOP("Cli", "--lang fa prints the Persian layout (right to left, Jalali dates, Persian digits); "
                                               "--lang en the English one."),
                      1, 1,
                      { OptionSpec { QStringLiteral("pdf"), QStringLiteral("OUT"), QT_TRANSLATE_NOOP("Cli", "the PDF file to write"), false },
                        OptionSpec { QStringLiteral("copy"), QStringLiteral("customer|accounting|archive"),
                                     QT_TRANSLATE_NOOP("Cli", "label the copy"), false },
                        OptionSpec { QStringLiteral("paper"), QStringLiteral("a4|a5"), QT_TRANSLATE_NOOP("Cli", "paper size (default a4)"), false },
                        OptionSpec { QStringLiteral("landscape"), {}, QT_TRANSLATE_NOOP("Cli", "landscape instead of portrait"), false } },
                      runRender },
        CommandSpec { { QStringLiteral("invoices"), QStringLiteral("list") }, "",
                      QT_TRANSLATE_NOOP("Cli", "list invoices, newest first; --open for the unsettled ones"), "", 0, 0, invoiceOptions,
                      [](CommandContext& ctx, const ParsedArgs& a) { return runList(ctx, a, DocumentType::Invoice); } },
    };
}

} // namespace peyvand::cli
