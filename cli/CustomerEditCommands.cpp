// customers add / update / archive / restore / delete.
#include "CommandContext.h"
#include "Commands.h"
#include "customers/CustomerJson.h"
#include "CustomerOptions.h"
#include "ExitCode.h"
#include "Values.h"
#include "customers/CustomerService.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace peyvand::cli {

namespace {

using customers::Customer;
using customers::CustomerService;
using customers::ValidationReport;

void printWarnings(CommandContext& ctx, const ValidationReport& report)
{
    for (const customers::FieldIssue& issue : report.warnings())
        ctx.warn(optionNameForField(issue.field) + QStringLiteral(": ") + issue.message);
}

// Prints the saved customer: its ID (human) or the whole object (--json).
int printSaved(CommandContext& ctx, const Customer& customer)
{
    if (ctx.json())
        ctx.printJson(toJson(customer));
    else
        ctx.line(ctx.format().number(customer.id));
    return Success;
}

int runAdd(CommandContext& ctx, const ParsedArgs& args)
{
    if (!args.has(QStringLiteral("name")))
        return ctx.usage(QCoreApplication::translate("Cli", "--name is required"), QStringLiteral("customers add"));
    Customer draft;
    Result<int> given = applyCustomerOptions(args, draft);
    if (!given)
        return ctx.fail(given.error());
    auto db = ctx.openDatabase(CommandContext::OpenMode::CreateIfMissing);
    if (!db)
        return ctx.fail(db.error());
    CustomerService service(**db);
    ValidationReport report;
    Result<Customer> created = service.create(draft, &report);
    printWarnings(ctx, report);
    if (!created)
        return ctx.fail(created.error());
    return printSaved(ctx, *created);
}

int runUpdate(CommandContext& ctx, const ParsedArgs& args)
{
    auto target = ctx.openTarget(args.positionals);
    if (!target)
        return ctx.fail(target.error());
    const qint64 id = target->id;
    CustomerService service(*target->db);
    Result<Customer> customer = service.get(id);
    if (!customer)
        return ctx.fail(customer.error());
    Result<int> given = applyCustomerOptions(args, *customer);
    if (!given)
        return ctx.fail(given.error());
    if (*given == 0) {
        return ctx.usage(QCoreApplication::translate("Cli", "nothing to change: give at least one field option"),
                         QStringLiteral("customers update"));
    }
    ValidationReport report;
    Result<Customer> saved = service.update(*customer, &report);
    printWarnings(ctx, report);
    if (!saved)
        return ctx.fail(saved.error());
    return printSaved(ctx, *saved);
}

// archive, restore and delete: one ID, one service call, a one-line report.
template <typename Action>
int runLifecycle(CommandContext& ctx, const ParsedArgs& args, Action action, const QString& jsonKey, bool jsonValue,
                 const char* doneMessage)
{
    auto target = ctx.openTarget(args.positionals);
    if (!target)
        return ctx.fail(target.error());
    const qint64 id = target->id;
    CustomerService service(*target->db);
    const Status status = action(service, id);
    if (!status)
        return ctx.fail(status.error());
    if (ctx.json()) {
        QJsonObject o;
        o.insert(QStringLiteral("id"), id);
        o.insert(jsonKey, jsonValue);
        ctx.printJson(o);
    } else {
        ctx.line(QCoreApplication::translate("Cli", doneMessage).arg(ctx.format().number(id)));
    }
    return Success;
}

int runArchive(CommandContext& ctx, const ParsedArgs& args)
{
    return runLifecycle(ctx, args, [](CustomerService& s, qint64 id) { return s.archive(id); },
                        QStringLiteral("archived"), true, QT_TRANSLATE_NOOP("Cli", "Customer %1 archived."));
}

int runRestore(CommandContext& ctx, const ParsedArgs& args)
{
    return runLifecycle(ctx, args, [](CustomerService& s, qint64 id) { return s.restore(id); },
                        QStringLiteral("archived"), false, QT_TRANSLATE_NOOP("Cli", "Customer %1 restored."));
}

int runDelete(CommandContext& ctx, const ParsedArgs& args)
{
    return runLifecycle(ctx, args, [](CustomerService& s, qint64 id) { return s.remove(id); },
                        QStringLiteral("deleted"), true,
                        QT_TRANSLATE_NOOP("Cli", "Customer %1 deleted with their notes and interactions."));
}

} // namespace

QList<CommandSpec> customerEditCommands()
{
    const QString customersWord = QStringLiteral("customers");
    QList<CommandSpec> list;
    list << CommandSpec { { customersWord, QStringLiteral("add") }, "",
                          QT_TRANSLATE_NOOP("Cli", "add a customer and print the new ID"),
                          QT_TRANSLATE_NOOP("Cli", "An invalid national ID, mobile, email, … exits with status 2 naming the field, and "
                                                   "nothing is stored. Warnings (unknown mobile operator, unusual postal code) are "
                                                   "printed as “warning: …” and do not fail. With --json the new customer is printed."),
                          0, 0, customerFieldOptions(), &runAdd };
    list << CommandSpec { { customersWord, QStringLiteral("update") }, "ID",
                          QT_TRANSLATE_NOOP("Cli", "change fields of a customer"),
                          QT_TRANSLATE_NOOP("Cli", "Only the options given change. --tag and --phone replace the whole list; "
                                                   "--add-… and --remove-… edit it. An empty value clears a field."),
                          1, 1, customerFieldOptions() + customerListEditOptions(), &runUpdate };
    list << CommandSpec { { customersWord, QStringLiteral("archive") }, "ID",
                          QT_TRANSLATE_NOOP("Cli", "hide a customer from lists (restorable)"), "", 1, 1, {}, &runArchive };
    list << CommandSpec { { customersWord, QStringLiteral("restore") }, "ID",
                          QT_TRANSLATE_NOOP("Cli", "bring an archived customer back"), "", 1, 1, {}, &runRestore };
    list << CommandSpec { { customersWord, QStringLiteral("delete") }, "ID",
                          QT_TRANSLATE_NOOP("Cli", "delete a customer with their notes and interactions"), "", 1, 1, {},
                          &runDelete };
    return list;
}

} // namespace peyvand::cli
