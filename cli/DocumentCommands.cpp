// quotes create / show / issue / accept / reject / duplicate / convert.
#include "CommandContext.h"
#include "Commands.h"
#include "ExitCode.h"
#include "Values.h"
#include "customers/CustomerLookup.h"
#include "sales/DocumentQuery.h"
#include "sales/DocumentService.h"
#include "sales/QuoteJson.h"
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

QString wordsLanguage(const CommandContext& ctx)
{
    return ctx.language() == i18n::Language::English ? QStringLiteral("en") : QStringLiteral("fa");
}

QString amount(const CommandContext& ctx, Money money)
{
    return text::formatGrouped(money.rial(), ctx.format().script());
}

void printDocument(CommandContext& ctx, const Document& d)
{
    const HumanFormat& f = ctx.format();
    const QString number = d.number.isEmpty() ? CliText::tr("(no number yet)") : f.digits(d.number);
    ctx.line(displayName(d.type) + QStringLiteral(" #") + f.number(d.id) + QStringLiteral("  ") + number + QStringLiteral("  [")
             + displayName(d.state, d.type) + u']');
    ctx.line(CliText::tr("Customer") + QStringLiteral(": ") + d.buyer.name + QStringLiteral(" (#") + f.number(d.customerId) + u')');
    ctx.line(CliText::tr("Issue date") + QStringLiteral(": ") + f.date(d.issueDate));
    if (d.validUntil.isValid())
        ctx.line(CliText::tr("Valid until") + QStringLiteral(": ") + f.date(d.validUntil));
    if (!d.marketer.isEmpty())
        ctx.line(CliText::tr("Marketer") + QStringLiteral(": ") + d.marketer);
    for (int i = 0; i < d.lines.size(); ++i) {
        const DocumentLine& l = d.lines.at(i);
        ctx.line(QStringLiteral("%1. %2  %3 %4 × %5 = %6").arg(f.number(i + 1), l.description, f.digits(l.quantity.toText()), l.unit,
                                                               amount(ctx, l.unitPrice), amount(ctx, l.computed.total)));
    }
    for (const DocumentAddition& a : d.additions)
        ctx.line(QStringLiteral("+ %1  %2").arg(a.description, amount(ctx, a.computed.total)));
    ctx.line(CliText::tr("Discount") + QStringLiteral(": ") + amount(ctx, d.discountTotal));
    ctx.line(CliText::tr("VAT") + QStringLiteral(": ") + amount(ctx, d.vatTotal) + QStringLiteral("  ") + CliText::tr("Duty") + QStringLiteral(": ")
             + amount(ctx, d.dutyTotal));
    ctx.line(CliText::tr("Total") + QStringLiteral(": ") + amount(ctx, d.grandTotal) + u' ' + CliText::tr("Rial"));
    ctx.line(documentToJson(d, wordsLanguage(ctx)).value(QStringLiteral("amount_in_words")).toString());
}

int printResult(CommandContext& ctx, const Document& d)
{
    if (ctx.json())
        ctx.printJson(documentToJson(d, wordsLanguage(ctx)));
    else
        printDocument(ctx, d);
    return Success;
}

int runCreate(CommandContext& ctx, const ParsedArgs& args)
{
    const QString path = args.value(QStringLiteral("json"));
    if (path.isEmpty())
        return ctx.usage(CliText::tr("--json FILE is required"), QStringLiteral("quotes create"));
    QFile file(path);
    if (path != QLatin1String("-") && !file.open(QIODevice::ReadOnly))
        return ctx.fail(Error::make(ErrorCode::Io, CliText::tr("cannot read %1: %2").arg(path, file.errorString())));
    if (path == QLatin1String("-") && !file.open(stdin, QIODevice::ReadOnly))
        return ctx.fail(Error::make(ErrorCode::Io, CliText::tr("cannot read the standard input")));
    Result<QuoteRequest> request = parseQuoteRequest(file.readAll());
    if (!request)
        return ctx.fail(request.error());
    auto db = ctx.openDatabase(CommandContext::OpenMode::CreateIfMissing);
    if (!db)
        return ctx.fail(db.error());
    // The customer and the document are one unit: a bad line leaves no new customer behind.
    Result<Document> created = (*db)->writeValue<Document>([&]() -> Result<Document> {
        Document draft = request->draft;
        if (request->customer) {
            const Result<customers::FoundCustomer> customer = customers::findOrCreateCustomer(**db, *request->customer);
            if (!customer)
                return customer.error();
            draft.customerId = customer->id;
        }
        DocumentService service(**db);
        Result<Document> saved = service.createDraft(draft);
        if (saved && args.has(QStringLiteral("issue")))
            return service.issue(saved->id);
        return saved;
    });
    if (!created)
        return ctx.fail(created.error());
    ctx.line(QString::number(created->id));
    return Success;
}

int runShow(CommandContext& ctx, const ParsedArgs& args)
{
    auto target = ctx.openTarget(args.positionals);
    if (!target)
        return ctx.fail(target.error());
    DocumentService service(*target->db);
    const Result<Document> document = service.get(target->id);
    if (!document)
        return ctx.fail(document.error());
    return printResult(ctx, *document);
}

// issue / accept / reject: one state change, then the document.
template <typename Change>
int runChange(CommandContext& ctx, const ParsedArgs& args, Change change)
{
    auto target = ctx.openTarget(args.positionals);
    if (!target)
        return ctx.fail(target.error());
    DocumentService service(*target->db);
    const Result<Document> document = change(service, target->id);
    if (!document)
        return ctx.fail(document.error());
    if (ctx.json())
        return printResult(ctx, *document);
    ctx.line(document->number.isEmpty() ? ctx.format().number(document->id) : ctx.format().digits(document->number));
    return Success;
}

int runConvert(CommandContext& ctx, const ParsedArgs& args)
{
    QDate date;
    if (args.has(QStringLiteral("date"))) {
        const Result<QDate> parsed = parseDate(args.value(QStringLiteral("date")), QStringLiteral("--date"));
        if (!parsed)
            return ctx.fail(parsed.error());
        date = *parsed;
    }
    auto target = ctx.openTarget(args.positionals);
    if (!target)
        return ctx.fail(target.error());
    DocumentService service(*target->db);
    const Result<ConversionReport> report = service.convert(target->id, date);
    if (!report)
        return ctx.fail(report.error());
    if (report->ratesChanged) {
        ctx.warn(CliText::tr("tax re-priced at the invoice date: %1% + %2% instead of %3% + %4%; total %5 instead of %6")
                     .arg(report->invoiceRates.vat.toPercentText(), report->invoiceRates.duty.toPercentText(),
                          report->quoteRates.vat.toPercentText(), report->quoteRates.duty.toPercentText(),
                          QString::number(report->invoiceTotal.rial()), QString::number(report->quoteTotal.rial())));
    }
    if (!ctx.json()) {
        ctx.line(ctx.format().number(report->invoiceId));
        return Success;
    }
    const Result<Document> invoice = service.get(report->invoiceId);
    if (!invoice)
        return ctx.fail(invoice.error());
    QJsonObject o = documentToJson(*invoice, wordsLanguage(ctx));
    o.insert(QStringLiteral("rates_changed"), report->ratesChanged);
    o.insert(QStringLiteral("quote_grand_total"), report->quoteTotal.rial());
    ctx.printJson(o);
    return Success;
}

} // namespace

QList<CommandSpec> documentCommands()
{
    const OptionSpec createJson { QStringLiteral("json"), QStringLiteral("FILE"),
                                  QT_TRANSLATE_NOOP("Cli", "the pre-invoice as JSON (\"-\" reads standard input)"), false };
    const OptionSpec issueFlag { QStringLiteral("issue"), {}, QT_TRANSLATE_NOOP("Cli", "issue it at once (give it its number and lock it)"), false };
    const OptionSpec dateOption { QStringLiteral("date"), QStringLiteral("DATE"), QT_TRANSLATE_NOOP("Cli", "the invoice date (default: today)"), false };
    return {
        CommandSpec { { QStringLiteral("quotes"), QStringLiteral("create") }, "",
                      QT_TRANSLATE_NOOP("Cli", "create a pre-invoice from a JSON file and print its ID"),
                      QT_TRANSLATE_NOOP("Cli", "The JSON holds \"customer\": {\"name\": …} or \"customer_id\", \"issue_date\", "
                                               "\"valid_until\", \"marketer\", \"title\", \"document_discount\", \"shipping\", "
                                               "\"vat_bp\", \"duty_bp\" and \"lines\": [{\"code\", \"description\", \"quantity\": \"2.5\", "
                                               "\"unit\", \"unit_price\", \"discount_percent\" or \"discount_amount\", \"taxable\", "
                                               "\"serial\"}]. Dates Jalali or ISO; quantities and percents as decimal strings; "
                                               "amounts in whole Rial. A customer given by name is found by its IDs, mobile or "
                                               "exact name, or created."),
                      0, 0, { createJson, issueFlag }, runCreate },
        CommandSpec { { QStringLiteral("quotes"), QStringLiteral("show") }, "ID",
                      QT_TRANSLATE_NOOP("Cli", "show a pre-invoice or invoice with its lines and totals"), "", 1, 1, {}, runShow },
        CommandSpec { { QStringLiteral("quotes"), QStringLiteral("issue") }, "ID",
                      QT_TRANSLATE_NOOP("Cli", "issue a draft: give it its number and lock it; prints the number"), "", 1, 1, {},
                      [](CommandContext& ctx, const ParsedArgs& a) {
                          return runChange(ctx, a, [](DocumentService& s, qint64 id) { return s.issue(id); });
                      } },
        CommandSpec { { QStringLiteral("quotes"), QStringLiteral("accept") }, "ID",
                      QT_TRANSLATE_NOOP("Cli", "mark an issued pre-invoice as accepted by the customer"), "", 1, 1, {},
                      [](CommandContext& ctx, const ParsedArgs& a) {
                          return runChange(ctx, a, [](DocumentService& s, qint64 id) { return s.accept(id); });
                      } },
        CommandSpec { { QStringLiteral("quotes"), QStringLiteral("reject") }, "ID",
                      QT_TRANSLATE_NOOP("Cli", "mark an issued pre-invoice as rejected"), "", 1, 1,
                      { OptionSpec { QStringLiteral("reason"), QStringLiteral("TEXT"), QT_TRANSLATE_NOOP("Cli", "why it was rejected"), false } },
                      [](CommandContext& ctx, const ParsedArgs& a) {
                          const QString reason = a.value(QStringLiteral("reason"));
                          return runChange(ctx, a, [&](DocumentService& s, qint64 id) { return s.reject(id, reason); });
                      } },
        CommandSpec { { QStringLiteral("quotes"), QStringLiteral("duplicate") }, "ID",
                      QT_TRANSLATE_NOOP("Cli", "copy a document into a new draft dated today; prints the new ID"), "", 1, 1, {},
                      [](CommandContext& ctx, const ParsedArgs& a) {
                          auto target = ctx.openTarget(a.positionals);
                          if (!target)
                              return ctx.fail(target.error());
                          const Result<Document> copy = DocumentService(*target->db).duplicate(target->id);
                          if (!copy)
                              return ctx.fail(copy.error());
                          ctx.line(ctx.format().number(copy->id));
                          return int(Success);
                      } },
        CommandSpec { { QStringLiteral("quotes"), QStringLiteral("convert") }, "ID",
                      QT_TRANSLATE_NOOP("Cli", "convert an issued or accepted pre-invoice into an invoice; prints the invoice ID"),
                      QT_TRANSLATE_NOOP("Cli", "Tax is re-priced at the invoice date; a warning says so when the rates differ."),
                      1, 1, { dateOption }, runConvert },
    };
}

} // namespace peyvand::cli
