// payments add / void, invoices show / settle, plans create / show / remove.
#include "CommandContext.h"
#include "Commands.h"
#include "ExitCode.h"
#include "PaymentJson.h"
#include "PaymentOptions.h"
#include "Values.h"
#include "payments/PaymentRecord.h"
#include "payments/PaymentService.h"
#include "sales/DocumentService.h"
#include "sales/QuoteJson.h"
#include "storage/Database.h"
#include "text/Digits.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace peyvand::cli {

namespace {

using namespace payments;

struct CliText {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

const QStringList kMethodKeys { QStringLiteral("cash"), QStringLiteral("pos"), QStringLiteral("deposit"),
                                QStringLiteral("card"), QStringLiteral("credit"), QStringLiteral("cheque") };

QString amountText(const CommandContext& ctx, Money money) { return text::formatGrouped(money.rial(), ctx.format().script()); }

int failPayment(CommandContext& ctx, const Error& error) { return ctx.fail(asPaymentOptionError(error)); }

// An optional ID option: nullopt when absent.
Result<std::optional<qint64>> optionalId(const ParsedArgs& args, const QString& name)
{
    if (!args.has(name))
        return std::optional<qint64>();
    auto id = parseId(args.value(name), QStringLiteral("--") + name);
    if (!id)
        return id.error();
    return std::optional<qint64>(*id);
}

Result<QDate> optionalDate(const ParsedArgs& args, const QString& name)
{
    if (!args.has(name))
        return QDate();
    return parseDate(args.value(name), QStringLiteral("--") + name);
}

Result<NewPayment> paymentFrom(const ParsedArgs& args)
{
    NewPayment p;
    auto invoice = optionalId(args, QStringLiteral("invoice"));
    if (!invoice)
        return invoice.error();
    auto customer = optionalId(args, QStringLiteral("customer"));
    if (!customer)
        return customer.error();
    auto instalment = optionalId(args, QStringLiteral("instalment"));
    if (!instalment)
        return instalment.error();
    if (!*invoice && !*customer)
        return Error::invalid(QStringLiteral("--invoice"), CliText::tr("give --invoice ID, or --customer ID for a payment on account"));
    p.documentId = *invoice;
    p.customerId = customer->value_or(0);
    p.instalmentId = *instalment;
    p.onAccount = args.has(QStringLiteral("on-account"));
    auto method = parseKey<PaymentMethod>(args.value(QStringLiteral("method")), QStringLiteral("--method"), paymentMethodFromKey, kMethodKeys);
    if (!method)
        return method.error();
    p.method = *method;
    auto amount = parseAmount(args.value(QStringLiteral("amount")), QStringLiteral("--amount"));
    if (!amount)
        return amount.error();
    p.amount = *amount;
    auto date = optionalDate(args, QStringLiteral("date"));
    if (!date)
        return date.error();
    p.date = *date;
    auto due = optionalDate(args, QStringLiteral("due"));
    if (!due)
        return due.error();
    p.dueDate = *due;
    p.terminal = args.value(QStringLiteral("terminal"));
    p.traceNumber = args.value(QStringLiteral("trace"));
    p.cardNumber = args.value(QStringLiteral("card"));
    p.account = args.value(QStringLiteral("account"));
    p.reference = args.value(QStringLiteral("reference"));
    p.payerName = args.value(QStringLiteral("payer"));
    p.note = args.value(QStringLiteral("note"));
    if (p.method == PaymentMethod::Cheque) {
        p.cheque.sayadId = args.value(QStringLiteral("sayad"));
        p.cheque.serial = args.value(QStringLiteral("serial"));
        p.cheque.bank = args.value(QStringLiteral("bank"));
        p.cheque.branchName = args.value(QStringLiteral("branch"));
        p.cheque.branchCode = args.value(QStringLiteral("branch-code"));
        p.cheque.accountNumber = args.value(QStringLiteral("account"));
        p.cheque.drawerName = args.value(QStringLiteral("drawer"));
        p.cheque.drawerId = args.value(QStringLiteral("drawer-id"));
        p.cheque.note = p.note;
        p.account.clear();
    } else {
        p.bank = args.value(QStringLiteral("bank"));
        for (const char* chequeOnly : { "sayad", "serial", "branch", "branch-code", "drawer", "drawer-id" }) {
            if (args.has(QString::fromLatin1(chequeOnly))) {
                return Error::invalid(QStringLiteral("--") + QString::fromLatin1(chequeOnly),
                                      CliText::tr("only a cheque has this; use --method cheque"));
            }
        }
    }
    return p;
}

int runPaymentsAdd(CommandContext& ctx, const ParsedArgs& args)
{
    for (const QString& required : { QStringLiteral("method"), QStringLiteral("amount") }) {
        if (!args.has(required))
            return ctx.usage(CliText::tr("--%1 is required").arg(required), QStringLiteral("payments add"));
    }
    auto payment = paymentFrom(args);
    if (!payment)
        return failPayment(ctx, payment.error());
    auto db = ctx.openDatabase(CommandContext::OpenMode::Existing);
    if (!db)
        return ctx.fail(db.error());
    auto receipt = PaymentService(**db).receive(*payment);
    if (!receipt)
        return failPayment(ctx, receipt.error());
    if (ctx.json()) {
        QJsonArray rows;
        for (const Payment& p : receipt->payments)
            rows.append(paymentJson(p));
        QJsonArray kept;
        for (qint64 id : receipt->keptPromises)
            kept.append(id);
        QJsonObject o {
            { QStringLiteral("payments"), rows },
            { QStringLiteral("cheque"), receipt->cheque ? QJsonValue(chequeJson(*receipt->cheque)) : QJsonValue(QJsonValue::Null) },
            { QStringLiteral("kept_promises"), kept },
        };
        if (receipt->account) {
            QJsonObject account { { QStringLiteral("document_id"), receipt->account->documentId },
                                  { QStringLiteral("number"), receipt->account->number } };
            putAccount(account, *receipt->account);
            o.insert(QStringLiteral("invoice"), account);
        } else {
            o.insert(QStringLiteral("invoice"), QJsonValue::Null);
        }
        ctx.printJson(o);
        return Success;
    }
    for (const Payment& p : receipt->payments)
        ctx.line(ctx.format().number(p.id));
    return Success;
}

int runPaymentsVoid(CommandContext& ctx, const ParsedArgs& args)
{
    const QString reason = args.value(QStringLiteral("reason")).trimmed();
    if (reason.isEmpty())
        return ctx.usage(CliText::tr("--reason is required"), QStringLiteral("payments void"));
    auto target = ctx.openTarget(args.positionals);
    if (!target)
        return ctx.fail(target.error());
    if (auto s = PaymentService(*target->db).voidPayment(target->id, reason); !s)
        return failPayment(ctx, s.error());
    if (ctx.json())
        ctx.printJson(QJsonObject { { QStringLiteral("id"), target->id }, { QStringLiteral("status"), QStringLiteral("void") } });
    else
        ctx.line(ctx.format().number(target->id));
    return Success;
}

QString paymentLine(const CommandContext& ctx, const Payment& p)
{
    const HumanFormat& f = ctx.format();
    QString text = QStringLiteral("#") + f.number(p.id) + QStringLiteral("  ") + f.date(p.paidOn) + QStringLiteral("  ")
        + displayName(p.method) + QStringLiteral("  ") + amountText(ctx, p.amount) + QStringLiteral("  [") + displayName(p.status) + u']';
    if (p.dueDate.isValid())
        text += QStringLiteral("  ") + CliText::tr("due %1").arg(f.date(p.dueDate));
    return text;
}

void printPlan(CommandContext& ctx, const Plan& plan)
{
    const HumanFormat& f = ctx.format();
    ctx.line(CliText::tr("Instalment plan #%1 of %2 Rial, every %3").arg(f.number(plan.id), amountText(ctx, plan.amount), plan.every.toKey()));
    for (const Instalment& i : plan.instalments) {
        QString text = QStringLiteral("  ") + (i.seq == 0 ? CliText::tr("down payment") : f.number(i.seq)) + QStringLiteral("  ")
            + f.date(i.dueDate) + QStringLiteral("  ") + amountText(ctx, i.amount);
        if (i.isPaid())
            text += QStringLiteral("  [") + CliText::tr("paid %1").arg(f.date(i.paidOn)) + u']';
        else if (!i.paid.isZero())
            text += QStringLiteral("  [") + CliText::tr("%1 paid").arg(amountText(ctx, i.paid)) + u']';
        ctx.line(text);
    }
}

QJsonObject invoiceJson(CommandContext& ctx, const sales::Document& document, const InvoiceAccount& account)
{
    QJsonObject o = sales::documentToJson(document, ctx.language() == i18n::Language::English ? QStringLiteral("en") : QStringLiteral("fa"));
    putAccount(o, account);
    return o;
}

int printInvoice(CommandContext& ctx, storage::Database& db, qint64 id)
{
    auto account = PaymentService(db).account(id);
    if (!account)
        return failPayment(ctx, account.error());
    auto document = sales::DocumentService(db).get(id);
    if (!document)
        return ctx.fail(document.error());
    if (ctx.json()) {
        ctx.printJson(invoiceJson(ctx, *document, *account));
        return Success;
    }
    const HumanFormat& f = ctx.format();
    ctx.line(sales::displayName(document->type) + QStringLiteral(" #") + f.number(document->id) + QStringLiteral("  ")
             + f.digits(document->number) + QStringLiteral("  [") + sales::displayName(document->state, document->type) + u']');
    ctx.line(CliText::tr("Customer") + QStringLiteral(": ") + account->customerName + QStringLiteral(" (#") + f.number(account->customerId) + u')');
    ctx.line(CliText::tr("Issue date") + QStringLiteral(": ") + f.date(account->issueDate));
    ctx.line(CliText::tr("Total: %1, paid: %2, pending: %3, balance: %4")
                 .arg(amountText(ctx, account->total), amountText(ctx, account->paid), amountText(ctx, account->pending),
                      amountText(ctx, account->balance)));
    if (!account->payments.isEmpty()) {
        ctx.line(CliText::tr("Payments:"));
        for (const Payment& p : account->payments)
            ctx.line(QStringLiteral("  ") + paymentLine(ctx, p));
    }
    if (account->plan)
        printPlan(ctx, *account->plan);
    return Success;
}

int runInvoicesShow(CommandContext& ctx, const ParsedArgs& args)
{
    auto target = ctx.openTarget(args.positionals);
    if (!target)
        return ctx.fail(target.error());
    return printInvoice(ctx, *target->db, target->id);
}

// The remaining balance received in cash today.
int runInvoicesSettle(CommandContext& ctx, const ParsedArgs& args)
{
    auto target = ctx.openTarget(args.positionals);
    if (!target)
        return ctx.fail(target.error());
    PaymentService service(*target->db);
    auto account = service.account(target->id);
    if (!account)
        return failPayment(ctx, account.error());
    if (account->settled)
        return ctx.fail(Error::make(ErrorCode::Conflict, CliText::tr("invoice %1 is already settled").arg(account->number)));
    NewPayment cash;
    cash.documentId = target->id;
    cash.method = PaymentMethod::Cash;
    cash.amount = account->balance;
    cash.note = args.value(QStringLiteral("note"));
    auto receipt = service.receive(cash);
    if (!receipt)
        return failPayment(ctx, receipt.error());
    if (ctx.json())
        return printInvoice(ctx, *target->db, target->id);
    ctx.line(ctx.format().digits(account->number));
    return Success;
}

Result<qint64> invoiceOption(const ParsedArgs& args)
{
    if (!args.has(QStringLiteral("invoice")))
        return Error::invalid(QStringLiteral("--invoice"), CliText::tr("--invoice ID is required"));
    return parseId(args.value(QStringLiteral("invoice")), QStringLiteral("--invoice"));
}

// The customer's rating, shown when a plan is made (issue 6, item 5).
std::optional<PaymentRecord> ratingOf(storage::Database& db, qint64 invoiceId)
{
    auto account = PaymentService(db).account(invoiceId);
    if (!account)
        return std::nullopt;
    auto record = PaymentRecordReader(db).record(account->customerId);
    if (!record)
        return std::nullopt;
    return *record;
}

int printPlanResult(CommandContext& ctx, storage::Database& db, const Plan& plan)
{
    const std::optional<PaymentRecord> record = ratingOf(db, plan.documentId);
    if (ctx.json()) {
        QJsonObject o = planJson(plan);
        o.insert(QStringLiteral("payment_rating"),
                 record && record->grade ? QJsonValue(toKey(*record->grade)) : QJsonValue(QJsonValue::Null));
        ctx.printJson(o);
        return Success;
    }
    printPlan(ctx, plan);
    if (record)
        ctx.line(CliText::tr("Customer's payment rating: %1").arg(describe(*record)));
    return Success;
}

int runPlansCreate(CommandContext& ctx, const ParsedArgs& args)
{
    for (const QString& required : { QStringLiteral("invoice"), QStringLiteral("down"), QStringLiteral("count") }) {
        if (!args.has(required))
            return ctx.usage(CliText::tr("--%1 is required").arg(required), QStringLiteral("plans create"));
    }
    auto invoice = invoiceOption(args);
    if (!invoice)
        return ctx.fail(invoice.error());
    PlanRequest request;
    auto down = parseAmount(args.value(QStringLiteral("down")), QStringLiteral("--down"));
    if (!down)
        return ctx.fail(down.error());
    request.downPayment = *down;
    auto count = parseCount(args.value(QStringLiteral("count")), QStringLiteral("--count"), 1, 360);
    if (!count)
        return ctx.fail(count.error());
    request.count = int(*count);
    auto every = Interval::parse(args.has(QStringLiteral("every")) ? args.value(QStringLiteral("every")) : QStringLiteral("1m"),
                                 QStringLiteral("--every"));
    if (!every)
        return ctx.fail(every.error());
    if (every->unit == Interval::Unit::Custom)
        return ctx.fail(Error::invalid(QStringLiteral("--every"), CliText::tr("custom dates are set in the desktop app; give 1m, 2w or 30d")));
    request.every = *every;
    auto start = optionalDate(args, QStringLiteral("start"));
    if (!start)
        return ctx.fail(start.error());
    auto db = ctx.openDatabase(CommandContext::OpenMode::Existing);
    if (!db)
        return ctx.fail(db.error());
    request.start = start->isValid() ? *start : SystemClock::instance().today();
    auto plan = PaymentService(**db).createPlan(*invoice, request);
    if (!plan)
        return failPayment(ctx, plan.error());
    return printPlanResult(ctx, **db, *plan);
}

int runPlansShow(CommandContext& ctx, const ParsedArgs& args)
{
    auto invoice = invoiceOption(args);
    if (!invoice)
        return ctx.fail(invoice.error());
    auto db = ctx.openDatabase(CommandContext::OpenMode::Existing);
    if (!db)
        return ctx.fail(db.error());
    auto plan = PaymentService(**db).plan(*invoice);
    if (!plan)
        return failPayment(ctx, plan.error());
    if (!plan->has_value())
        return ctx.fail(Error::make(ErrorCode::NotFound, CliText::tr("invoice %1 has no instalment plan").arg(*invoice)));
    return printPlanResult(ctx, **db, **plan);
}

int runPlansRemove(CommandContext& ctx, const ParsedArgs& args)
{
    auto invoice = invoiceOption(args);
    if (!invoice)
        return ctx.fail(invoice.error());
    auto db = ctx.openDatabase(CommandContext::OpenMode::Existing);
    if (!db)
        return ctx.fail(db.error());
    if (auto s = PaymentService(**db).removePlan(*invoice); !s)
        return failPayment(ctx, s.error());
    if (ctx.json())
        ctx.printJson(QJsonObject { { QStringLiteral("document_id"), *invoice }, { QStringLiteral("removed"), true } });
    else
        ctx.line(ctx.format().number(*invoice));
    return Success;
}

OptionSpec option(const char* name, const char* value, const char* help)
{
    return OptionSpec { QString::fromLatin1(name), QString::fromLatin1(value), help, false };
}

} // namespace

QList<CommandSpec> paymentCommands()
{
    const QList<OptionSpec> addOptions {
        option("invoice", "ID", QT_TRANSLATE_NOOP("Cli", "the invoice paid (or --customer for money on account)")),
        option("customer", "ID", QT_TRANSLATE_NOOP("Cli", "the customer, for a payment on account without an invoice")),
        option("method", "METHOD", QT_TRANSLATE_NOOP("Cli", "cash, pos, deposit, card, credit or cheque")),
        option("amount", "RIAL", QT_TRANSLATE_NOOP("Cli", "the amount in Rial (any digits, separators allowed)")),
        option("on-account", "", QT_TRANSLATE_NOOP("Cli", "accept more than the balance: the rest goes on the customer's account")),
        option("date", "DATE", QT_TRANSLATE_NOOP("Cli", "received or promised on (default: today)")),
        option("due", "DATE", QT_TRANSLATE_NOOP("Cli", "due date of a cheque or credit promise (required for them)")),
        option("instalment", "ID", QT_TRANSLATE_NOOP("Cli", "the instalment of the invoice's plan this pays")),
        option("sayad", "ID", QT_TRANSLATE_NOOP("Cli", "cheque: the 16-digit Sayad ID")),
        option("serial", "N", QT_TRANSLATE_NOOP("Cli", "cheque: serial number")),
        option("bank", "BANK", QT_TRANSLATE_NOOP("Cli", "cheque: drawee bank; deposit slip: the bank")),
        option("branch", "NAME", QT_TRANSLATE_NOOP("Cli", "cheque: branch name")),
        option("branch-code", "CODE", QT_TRANSLATE_NOOP("Cli", "cheque: branch code")),
        option("drawer", "NAME", QT_TRANSLATE_NOOP("Cli", "cheque: who signed it")),
        option("drawer-id", "ID", QT_TRANSLATE_NOOP("Cli", "cheque: the drawer's national or legal ID")),
        option("account", "ACCOUNT", QT_TRANSLATE_NOOP("Cli", "cheque: account number; deposit, card-to-card: destination account or card")),
        option("reference", "REF", QT_TRANSLATE_NOOP("Cli", "slip or tracking number")),
        option("terminal", "ID", QT_TRANSLATE_NOOP("Cli", "POS: terminal")),
        option("trace", "N", QT_TRANSLATE_NOOP("Cli", "POS: trace number")),
        option("card", "NUMBER", QT_TRANSLATE_NOOP("Cli", "POS, card-to-card: the card (stored masked)")),
        option("payer", "NAME", QT_TRANSLATE_NOOP("Cli", "who paid (deposit slips)")),
        option("note", "TEXT", QT_TRANSLATE_NOOP("Cli", "a note")),
    };
    const OptionSpec invoice = option("invoice", "ID", QT_TRANSLATE_NOOP("Cli", "the invoice"));
    return {
        CommandSpec { { QStringLiteral("payments"), QStringLiteral("add") }, "",
                      QT_TRANSLATE_NOOP("Cli", "receive a payment against an invoice or on account; prints its ID"),
                      QT_TRANSLATE_NOOP("Cli", "A payment above the invoice's balance is refused unless --on-account; then the "
                                               "invoice takes its balance and the rest is a second payment on account. A cheque "
                                               "needs --sayad (16 digits) and --due; a credit promise --due. The invoice is "
                                               "settled when its balance reaches zero; cheques count once cleared."),
                      0, 0, addOptions, runPaymentsAdd },
        CommandSpec { { QStringLiteral("payments"), QStringLiteral("void") }, "ID",
                      QT_TRANSLATE_NOOP("Cli", "withdraw a payment recorded by mistake (cheques: cheques set-status ID cancelled)"), "",
                      1, 1, { option("reason", "TEXT", QT_TRANSLATE_NOOP("Cli", "why (required)")) }, runPaymentsVoid },
        CommandSpec { { QStringLiteral("invoices"), QStringLiteral("show") }, "ID",
                      QT_TRANSLATE_NOOP("Cli", "show an invoice with its payments, balance and instalment plan"), "", 1, 1, {},
                      runInvoicesShow },
        CommandSpec { { QStringLiteral("invoices"), QStringLiteral("settle") }, "ID",
                      QT_TRANSLATE_NOOP("Cli", "receive the invoice's remaining balance in cash today"),
                      QT_TRANSLATE_NOOP("Cli", "The invoice becomes settled. A payment is withdrawn with “payments void ID”."), 1, 1,
                      { option("note", "TEXT", QT_TRANSLATE_NOOP("Cli", "a note on the payment")) }, runInvoicesSettle },
        CommandSpec { { QStringLiteral("plans"), QStringLiteral("create") }, "",
                      QT_TRANSLATE_NOOP("Cli", "split an invoice's balance into a down payment and instalments"),
                      QT_TRANSLATE_NOOP("Cli", "The instalments are equal parts of the balance after the down payment, the "
                                               "remainder on the last; they fall every --every (1m: Jalali months, 2w: weeks, "
                                               "30d: days) after --start, the down payment's due date. The customer's payment "
                                               "rating is shown with the plan."),
                      0, 0,
                      { invoice, option("down", "RIAL", QT_TRANSLATE_NOOP("Cli", "the down payment (0 for none)")),
                        option("count", "N", QT_TRANSLATE_NOOP("Cli", "how many instalments after the down payment (1 to 360)")),
                        option("every", "INTERVAL", QT_TRANSLATE_NOOP("Cli", "1m, 3m, 2w, 30d … (default 1m)")),
                        option("start", "DATE", QT_TRANSLATE_NOOP("Cli", "the down payment's due date (default: today)")) },
                      runPlansCreate },
        CommandSpec { { QStringLiteral("plans"), QStringLiteral("show") }, "",
                      QT_TRANSLATE_NOOP("Cli", "show an invoice's instalment plan and what has been paid of it"), "", 0, 0, { invoice },
                      runPlansShow },
        CommandSpec { { QStringLiteral("plans"), QStringLiteral("remove") }, "",
                      QT_TRANSLATE_NOOP("Cli", "remove an instalment plan that has not started"), "", 0, 0, { invoice }, runPlansRemove },
    };
}

} // namespace peyvand::cli
