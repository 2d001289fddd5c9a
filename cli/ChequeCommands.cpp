// cheques list / show / set-status, reminders, receivables.
#include "CommandContext.h"
#include "Commands.h"
#include "ExitCode.h"
#include "PaymentJson.h"
#include "PaymentOptions.h"
#include "Values.h"
#include "payments/ChequeStates.h"
#include "payments/PaymentService.h"
#include "payments/Receivables.h"
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

QStringList statusKeys()
{
    QStringList keys;
    for (ChequeStatus s : cheque_states::all())
        keys << toKey(s);
    return keys;
}

QString amountText(const CommandContext& ctx, Money money) { return text::formatGrouped(money.rial(), ctx.format().script()); }

int failPayment(CommandContext& ctx, const Error& error) { return ctx.fail(asPaymentOptionError(error)); }

QString chequeLine(const CommandContext& ctx, const Cheque& c)
{
    const HumanFormat& f = ctx.format();
    const QString who = c.direction == ChequeDirection::Issued || c.customerName.isEmpty() ? c.drawerName : c.customerName;
    return QStringLiteral("#") + f.number(c.id) + QStringLiteral("  ") + f.date(c.dueDate) + QStringLiteral("  ")
        + amountText(ctx, c.amount) + QStringLiteral("  ") + f.digits(c.sayadId) + QStringLiteral("  ") + who + QStringLiteral("  [")
        + displayName(c.status) + u']' + (c.direction == ChequeDirection::Issued ? QStringLiteral("  (") + displayName(c.direction) + u')' : QString());
}

int runList(CommandContext& ctx, const ParsedArgs& args)
{
    ChequeFilter filter;
    for (const QString& typed : args.values(QStringLiteral("status"))) {
        auto status = parseKey<ChequeStatus>(typed, QStringLiteral("--status"), chequeStatusFromKey, statusKeys());
        if (!status)
            return ctx.fail(status.error());
        filter.statuses << *status;
    }
    if (args.has(QStringLiteral("direction"))) {
        auto direction = parseKey<ChequeDirection>(args.value(QStringLiteral("direction")), QStringLiteral("--direction"),
                                                   chequeDirectionFromKey, { QStringLiteral("received"), QStringLiteral("issued") });
        if (!direction)
            return ctx.fail(direction.error());
        filter.direction = *direction;
    }
    if (args.has(QStringLiteral("customer"))) {
        auto customer = parseId(args.value(QStringLiteral("customer")), QStringLiteral("--customer"));
        if (!customer)
            return ctx.fail(customer.error());
        filter.customerId = *customer;
    }
    if (args.has(QStringLiteral("due-within"))) {
        auto days = parseCount(args.value(QStringLiteral("due-within")), QStringLiteral("--due-within"), 0, 3660);
        if (!days)
            return ctx.fail(days.error());
        filter.dueTo = SystemClock::instance().today().addDays(*days);
        // Due by then and still open: cleared, returned, transferred and cancelled ones are done with.
        if (filter.statuses.isEmpty()) {
            for (ChequeStatus s : cheque_states::all()) {
                if (!cheque_states::isFinal(s))
                    filter.statuses << s;
            }
        }
    }
    filter.text = args.value(QStringLiteral("search"));
    auto db = ctx.openDatabase(CommandContext::OpenMode::Existing);
    if (!db)
        return ctx.fail(db.error());
    auto cheques = PaymentService(**db).cheques(filter);
    if (!cheques)
        return failPayment(ctx, cheques.error());
    if (ctx.json()) {
        QJsonArray array;
        for (const Cheque& c : *cheques)
            array.append(chequeJson(c));
        ctx.printJson(array);
        return Success;
    }
    if (cheques->isEmpty())
        ctx.line(CliText::tr("No cheques."));
    for (const Cheque& c : *cheques)
        ctx.line(chequeLine(ctx, c));
    return Success;
}

int printCheque(CommandContext& ctx, PaymentService& service, qint64 id)
{
    auto cheque = service.cheque(id);
    if (!cheque)
        return failPayment(ctx, cheque.error());
    auto history = service.chequeHistory(id);
    if (!history)
        return failPayment(ctx, history.error());
    if (ctx.json()) {
        QJsonObject o = chequeJson(*cheque);
        QJsonArray events;
        for (const ChequeEvent& e : *history)
            events.append(chequeEventJson(e));
        o.insert(QStringLiteral("history"), events);
        ctx.printJson(o);
        return Success;
    }
    const HumanFormat& f = ctx.format();
    ctx.line(chequeLine(ctx, *cheque));
    const QString bank = QStringList { cheque->bank, cheque->branchName }.join(u' ').trimmed();
    if (!bank.isEmpty())
        ctx.line(CliText::tr("Bank") + QStringLiteral(": ") + bank);
    if (!cheque->serial.isEmpty())
        ctx.line(CliText::tr("Serial") + QStringLiteral(": ") + f.digits(cheque->serial));
    const QString drawer = QStringList { cheque->drawerName, f.digits(cheque->drawerId) }.join(u' ').trimmed();
    if (!drawer.isEmpty())
        ctx.line(CliText::tr("Drawer") + QStringLiteral(": ") + drawer);
    if (!cheque->documentNumber.isEmpty())
        ctx.line(CliText::tr("Invoice") + QStringLiteral(": ") + f.digits(cheque->documentNumber));
    for (const ChequeEvent& e : *history) {
        QString text = QStringLiteral("  ") + f.date(e.date) + QStringLiteral("  ")
            + (e.from ? displayName(*e.from) + QStringLiteral(" → ") : QString()) + displayName(e.to);
        if (!e.note.isEmpty())
            text += QStringLiteral("  ") + e.note;
        ctx.line(text);
    }
    return Success;
}

int runShow(CommandContext& ctx, const ParsedArgs& args)
{
    auto target = ctx.openTarget(args.positionals);
    if (!target)
        return ctx.fail(target.error());
    PaymentService service(*target->db);
    return printCheque(ctx, service, target->id);
}

int runSetStatus(CommandContext& ctx, const ParsedArgs& args)
{
    auto status = parseKey<ChequeStatus>(args.positionals.value(1), QStringLiteral("STATUS"), chequeStatusFromKey, statusKeys());
    if (!status)
        return ctx.fail(status.error());
    QDate date;
    if (args.has(QStringLiteral("date"))) {
        auto parsed = parseDate(args.value(QStringLiteral("date")), QStringLiteral("--date"));
        if (!parsed)
            return ctx.fail(parsed.error());
        date = *parsed;
    }
    auto target = ctx.openTarget(args.positionals);
    if (!target)
        return ctx.fail(target.error());
    PaymentService service(*target->db);
    auto changed = service.setChequeStatus(target->id, *status, date, args.value(QStringLiteral("note")));
    if (!changed)
        return failPayment(ctx, changed.error());
    if (ctx.json())
        return printCheque(ctx, service, target->id);
    ctx.line(displayName(changed->status));
    return Success;
}

int runReminders(CommandContext& ctx, const ParsedArgs& args)
{
    std::optional<int> days;
    if (args.has(QStringLiteral("days"))) {
        auto parsed = parseCount(args.value(QStringLiteral("days")), QStringLiteral("--days"), 0, 3660);
        if (!parsed)
            return ctx.fail(parsed.error());
        days = int(*parsed);
    }
    auto db = ctx.openDatabase(CommandContext::OpenMode::Existing);
    if (!db)
        return ctx.fail(db.error());
    Receivables receivables(**db);
    if (!days) {
        auto setting = receivables.reminderDays();
        if (!setting)
            return ctx.fail(setting.error());
        days = *setting;
    }
    auto reminders = receivables.reminders(*days);
    if (!reminders)
        return failPayment(ctx, reminders.error());
    if (ctx.json()) {
        QJsonArray array;
        for (const Reminder& r : *reminders)
            array.append(reminderJson(r));
        ctx.printJson(QJsonObject { { QStringLiteral("days"), *days },
                                    { QStringLiteral("count"), array.size() },
                                    { QStringLiteral("reminders"), array } });
        return Success;
    }
    if (reminders->isEmpty())
        ctx.line(CliText::tr("Nothing falls due in the next %1 days.").arg(ctx.format().number(*days)));
    for (const Reminder& r : *reminders)
        ctx.line(ctx.format().date(r.date) + QStringLiteral("  ") + describe(r));
    return Success;
}

int runReceivables(CommandContext& ctx, const ParsedArgs& args)
{
    std::optional<qint64> customer;
    if (args.has(QStringLiteral("customer"))) {
        auto id = parseId(args.value(QStringLiteral("customer")), QStringLiteral("--customer"));
        if (!id)
            return ctx.fail(id.error());
        customer = *id;
    }
    auto db = ctx.openDatabase(CommandContext::OpenMode::Existing);
    if (!db)
        return ctx.fail(db.error());
    Receivables receivables(**db);
    auto ageing = receivables.ageing();
    if (!ageing)
        return ctx.fail(ageing.error());
    const bool withInvoices = args.has(QStringLiteral("invoices")) || customer.has_value();
    QList<OpenInvoice> invoices;
    if (withInvoices) {
        auto open = receivables.openInvoices(customer);
        if (!open)
            return ctx.fail(open.error());
        invoices = *open;
    }
    if (ctx.json()) {
        QJsonObject o = ageingJson(*ageing);
        if (withInvoices) {
            QJsonArray array;
            for (const OpenInvoice& inv : invoices)
                array.append(openInvoiceJson(inv));
            o.insert(QStringLiteral("open_invoices"), array);
        }
        ctx.printJson(o);
        return Success;
    }
    const HumanFormat& f = ctx.format();
    QStringList header { CliText::tr("Customer") };
    for (int i = 0; i < kAgeBucketCount; ++i)
        header << displayName(static_cast<AgeBucket>(i));
    header << CliText::tr("Total");
    ctx.line(header.join(QStringLiteral(" | ")));
    const auto row = [&](const QString& name, const std::array<Money, kAgeBucketCount>& buckets, Money total) {
        QStringList cells { name };
        for (const Money& m : buckets)
            cells << amountText(ctx, m);
        cells << amountText(ctx, total);
        ctx.line(cells.join(QStringLiteral(" | ")));
    };
    for (const AgeingRow& r : ageing->rows)
        row(r.customerName, r.buckets, r.total);
    row(CliText::tr("All customers"), ageing->totals, ageing->total);
    for (const OpenInvoice& inv : invoices) {
        ctx.line(f.digits(inv.number) + QStringLiteral("  ") + inv.customerName + QStringLiteral("  ")
                 + CliText::tr("balance %1, next due %2").arg(amountText(ctx, inv.balance), f.date(inv.nextDue)));
    }
    return Success;
}

} // namespace

QList<CommandSpec> chequeCommands()
{
    return {
        CommandSpec { { QStringLiteral("cheques"), QStringLiteral("list") }, "",
                      QT_TRANSLATE_NOOP("Cli", "list cheques by due date"),
                      QT_TRANSLATE_NOOP("Cli", "--due-within DAYS lists the cheques not yet cleared, returned, transferred or "
                                               "cancelled that fall due by then, overdue ones included."),
                      0, 0,
                      { OptionSpec { QStringLiteral("due-within"), QStringLiteral("DAYS"), QT_TRANSLATE_NOOP("Cli", "only open cheques due by then"), false },
                        OptionSpec { QStringLiteral("status"), QStringLiteral("STATUS"),
                                     QT_TRANSLATE_NOOP("Cli", "only this status (received, deposited, cleared, bounced, returned, redeposited, transferred, cancelled)"), true },
                        OptionSpec { QStringLiteral("direction"), QStringLiteral("received|issued"), QT_TRANSLATE_NOOP("Cli", "only cheques received or issued"), false },
                        OptionSpec { QStringLiteral("customer"), QStringLiteral("ID"), QT_TRANSLATE_NOOP("Cli", "only this customer's cheques"), false },
                        OptionSpec { QStringLiteral("search"), QStringLiteral("TEXT"), QT_TRANSLATE_NOOP("Cli", "Sayad ID, serial, drawer, customer or bank contains"), false } },
                      runList },
        CommandSpec { { QStringLiteral("cheques"), QStringLiteral("show") }, "ID",
                      QT_TRANSLATE_NOOP("Cli", "show a cheque with its history of states"), "", 1, 1, {}, runShow },
        CommandSpec { { QStringLiteral("cheques"), QStringLiteral("set-status") }, "ID STATUS",
                      QT_TRANSLATE_NOOP("Cli", "move a cheque to deposited, cleared, bounced, returned, redeposited, transferred or cancelled"),
                      QT_TRANSLATE_NOOP("Cli", "Only the moves of the cheque state machine are allowed: received → deposited, "
                                               "transferred, returned or cancelled; deposited or redeposited → cleared or bounced; "
                                               "bounced → returned or redeposited. Cleared settles the invoice's money; bounced, "
                                               "returned and cancelled reopen its balance."),
                      2, 2,
                      { OptionSpec { QStringLiteral("date"), QStringLiteral("DATE"), QT_TRANSLATE_NOOP("Cli", "when it happened (default: today)"), false },
                        OptionSpec { QStringLiteral("note"), QStringLiteral("TEXT"), QT_TRANSLATE_NOOP("Cli", "a note kept with the change"), false } },
                      runSetStatus },
        CommandSpec { { QStringLiteral("reminders") }, "", QT_TRANSLATE_NOOP("Cli", "cheques, instalments and credit promises due soon or overdue, and pre-invoices about to expire"),
                      "", 0, 0,
                      { OptionSpec { QStringLiteral("days"), QStringLiteral("N"), QT_TRANSLATE_NOOP("Cli", "how many days ahead (default: the setting, 3)"), false } },
                      runReminders },
        CommandSpec { { QStringLiteral("receivables") }, "", QT_TRANSLATE_NOOP("Cli", "what customers owe, aged 0–30, 31–60, 61–90 and over 90 days"),
                      QT_TRANSLATE_NOOP("Cli", "With a plan, each unpaid instalment is aged from its own due date; without one, the "
                                               "invoice's balance from its issue date."),
                      0, 0,
                      { OptionSpec { QStringLiteral("invoices"), {}, QT_TRANSLATE_NOOP("Cli", "also list the open invoices, most overdue first"), false },
                        OptionSpec { QStringLiteral("customer"), QStringLiteral("ID"), QT_TRANSLATE_NOOP("Cli", "list this customer's open invoices"), false } },
                      runReceivables },
    };
}

} // namespace peyvand::cli
