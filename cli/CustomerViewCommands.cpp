// customers show / search / list.
#include "CommandContext.h"
#include "Commands.h"
#include "customers/CustomerJson.h"
#include "ExitCode.h"
#include "Values.h"
#include "customers/CustomerSearch.h"
#include "customers/CustomerService.h"
#include "customers/CustomerValidator.h"
#include "PaymentJson.h"
#include "payments/PaymentRecord.h"
#include "storage/Database.h"
#include "text/PersianText.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace peyvand::cli {

namespace {

using namespace customers;

void field(CommandContext& ctx, const QString& id, const QString& value)
{
    if (!value.isEmpty())
        ctx.line(CustomerValidator::fieldLabel(id) + QStringLiteral(": ") + value);
}

QString interactionLine(const CommandContext& ctx, const Interaction& i)
{
    QString text = ctx.format().moment(i.at) + QStringLiteral("  ") + displayName(i.channel) + QStringLiteral(" (")
        + displayName(i.direction) + u')';
    if (!i.contactPerson.isEmpty())
        text += QStringLiteral("  ") + i.contactPerson;
    text += QStringLiteral(": ") + i.summary;
    if (!i.outcome.isEmpty())
        text += QStringLiteral(" → ") + i.outcome;
    if (i.followUp.isValid())
        text += QStringLiteral("  ") + QCoreApplication::translate("Cli", "follow up %1").arg(ctx.format().date(i.followUp));
    return text;
}

void printCustomer(CommandContext& ctx, const Customer& c)
{
    const HumanFormat& f = ctx.format();
    ctx.line(QStringLiteral("#") + f.number(c.id) + QStringLiteral("  ") + c.name
             + (c.archived ? QStringLiteral("  [") + QCoreApplication::translate("Cli", "archived") + u']' : QString()));
    ctx.line(QCoreApplication::translate("Cli", "Kind") + QStringLiteral(": ") + displayName(c.kind));
    field(ctx, QStringLiteral("company"), c.company);
    field(ctx, QStringLiteral("national_id"), f.digits(c.nationalId));
    field(ctx, QStringLiteral("legal_id"), f.digits(c.legalId));
    field(ctx, QStringLiteral("economic_code"), f.digits(c.economicCode));
    field(ctx, QStringLiteral("registration_number"), f.digits(c.registrationNumber));
    field(ctx, QStringLiteral("mobile"), f.digits(c.mobile));
    field(ctx, QStringLiteral("other_phones"), f.digits(c.otherPhones.join(QStringLiteral(", "))));
    field(ctx, QStringLiteral("email"), c.email);
    field(ctx, QStringLiteral("website"), c.website);
    field(ctx, QStringLiteral("instagram"), c.instagram);
    field(ctx, QStringLiteral("telegram"), c.telegram);
    field(ctx, QStringLiteral("whatsapp"), f.digits(c.whatsapp));
    field(ctx, QStringLiteral("linkedin"), c.linkedin);
    if (c.preferredChannel != ContactChannel::Unspecified)
        field(ctx, QStringLiteral("preferred_channel"), displayName(c.preferredChannel));
    field(ctx, QStringLiteral("address"), f.digits(c.address));
    field(ctx, QStringLiteral("city"), c.city);
    field(ctx, QStringLiteral("province"), c.province);
    field(ctx, QStringLiteral("postal_code"), f.digits(c.postalCode));
    field(ctx, QStringLiteral("source"), c.source);
    field(ctx, QStringLiteral("tags"), c.tags.join(QStringLiteral("، ")));
    field(ctx, QStringLiteral("since"), f.date(c.since));
}

void printSummary(CommandContext& ctx, const CustomerSummary& s, const QList<Note>& notes,
                  const QList<Interaction>& interactions)
{
    const HumanFormat& f = ctx.format();
    ctx.line(QCoreApplication::translate("Cli", "Interactions: %1, notes: %2")
                 .arg(f.number(s.interactionCount), f.number(s.noteCount)));
    if (s.lastInteraction)
        ctx.line(QCoreApplication::translate("Cli", "Last interaction: %1").arg(interactionLine(ctx, *s.lastInteraction)));
    if (s.nextFollowUp.isValid())
        ctx.line(QCoreApplication::translate("Cli", "Next follow-up: %1").arg(f.date(s.nextFollowUp)));
    if (!notes.isEmpty()) {
        ctx.line(QCoreApplication::translate("Cli", "Notes:"));
        for (const Note& note : notes)
            ctx.line(QStringLiteral("  ") + f.moment(note.at) + QStringLiteral("  ") + note.text);
    }
    if (!interactions.isEmpty()) {
        ctx.line(QCoreApplication::translate("Cli", "Interactions:"));
        for (const Interaction& i : interactions)
            ctx.line(QStringLiteral("  ") + interactionLine(ctx, i));
    }
}

int runShow(CommandContext& ctx, const ParsedArgs& args)
{
    auto target = ctx.openTarget(args.positionals);
    if (!target)
        return ctx.fail(target.error());
    const qint64 id = target->id;
    CustomerService service(*target->db);
    Result<Customer> customer = service.get(id);
    if (!customer)
        return ctx.fail(customer.error());
    Result<CustomerSummary> summary = service.summary(id);
    if (!summary)
        return ctx.fail(summary.error());
    Result<QList<Note>> notes = service.notes(id);
    if (!notes)
        return ctx.fail(notes.error());
    Result<QList<Interaction>> interactions = service.interactions(id);
    if (!interactions)
        return ctx.fail(interactions.error());
    Result<payments::PaymentRecord> record = payments::PaymentRecordReader(*target->db).record(id);
    if (!record)
        return ctx.fail(record.error());

    if (ctx.json()) {
        QJsonObject o = toJson(*customer);
        o.insert(QStringLiteral("summary"), toJson(*summary));
        QJsonArray noteArray;
        for (const Note& note : *notes)
            noteArray.append(toJson(note));
        o.insert(QStringLiteral("notes"), noteArray);
        QJsonArray interactionArray;
        for (const Interaction& i : *interactions)
            interactionArray.append(toJson(i));
        o.insert(QStringLiteral("interactions"), interactionArray);
        o.insert(QStringLiteral("payment_rating"),
                 record->grade ? QJsonValue(payments::toKey(*record->grade)) : QJsonValue(QJsonValue::Null));
        o.insert(QStringLiteral("payment_record"), recordJson(*record));
        ctx.printJson(o);
        return Success;
    }
    printCustomer(ctx, *customer);
    printSummary(ctx, *summary, *notes, *interactions);
    ctx.line(QCoreApplication::translate("Cli", "Payment rating: %1").arg(payments::describe(*record)));
    return Success;
}

QString rowLine(const CommandContext& ctx, const Customer& c)
{
    const HumanFormat& f = ctx.format();
    QString text = f.number(c.id) + QStringLiteral("  ") + c.name;
    if (!c.company.isEmpty())
        text += QStringLiteral(" — ") + c.company;
    if (!c.mobile.isEmpty())
        text += QStringLiteral("  ") + f.digits(c.mobile);
    if (!c.city.isEmpty())
        text += QStringLiteral("  ") + c.city;
    if (c.archived)
        text += QStringLiteral("  [") + QCoreApplication::translate("Cli", "archived") + u']';
    return text;
}

// Shared by search and list: filters, paging and output.
int runQuery(CommandContext& ctx, const ParsedArgs& args, CustomerQuery query, qint64 defaultLimit,
             const QString& command)
{
    qint64 limit = defaultLimit;
    qint64 offset = 0;
    if (args.has(QStringLiteral("limit"))) {
        auto n = parseCount(args.value(QStringLiteral("limit")), QStringLiteral("--limit"), 1, 100'000);
        if (!n)
            return ctx.fail(n.error());
        limit = *n;
    }
    if (args.has(QStringLiteral("offset"))) {
        auto n = parseCount(args.value(QStringLiteral("offset")), QStringLiteral("--offset"), 0, 1'000'000'000);
        if (!n)
            return ctx.fail(n.error());
        offset = *n;
    }
    if (args.has(QStringLiteral("archived")) && args.has(QStringLiteral("all"))) {
        return ctx.usage(QCoreApplication::translate("Cli", "give either --archived or --all, not both"),
                         command);
    }
    query.tag = text::normalizeForStorage(args.value(QStringLiteral("tag")));
    query.city = text::normalizeForStorage(args.value(QStringLiteral("city")));
    query.source = text::normalizeForStorage(args.value(QStringLiteral("source")));
    if (args.has(QStringLiteral("archived")))
        query.archive = CustomerQuery::Archive::ArchivedOnly;
    else if (args.has(QStringLiteral("all")))
        query.archive = CustomerQuery::Archive::All;

    auto db = ctx.openDatabase(CommandContext::OpenMode::Existing);
    if (!db)
        return ctx.fail(db.error());
    CustomerSearch search(**db);
    Result<QList<CustomerRow>> rows = search.page(query, int(offset), int(limit));
    if (!rows)
        return ctx.fail(rows.error());

    // Rows carry what the list shows; scripts get whole customers.
    CustomerService service(**db);
    QList<Customer> found;
    for (const CustomerRow& row : *rows) {
        Result<Customer> customer = service.get(row.id);
        if (!customer)
            return ctx.fail(customer.error());
        found << *customer;
    }
    if (ctx.json()) {
        QJsonArray array;
        for (const Customer& c : found)
            array.append(toJson(c));
        ctx.printJson(array);
        return Success;
    }
    if (found.isEmpty())
        ctx.line(QCoreApplication::translate("Cli", "No customers found."));
    for (const Customer& c : found)
        ctx.line(rowLine(ctx, c));
    return Success;
}

int runSearch(CommandContext& ctx, const ParsedArgs& args)
{
    CustomerQuery query;
    query.text = args.positionals.join(u' ');
    query.sort = CustomerQuery::Sort::Relevance;
    return runQuery(ctx, args, query, 20, QStringLiteral("customers search"));
}

int runList(CommandContext& ctx, const ParsedArgs& args)
{
    CustomerQuery query;
    query.sort = CustomerQuery::Sort::Name;
    return runQuery(ctx, args, query, 50, QStringLiteral("customers list"));
}

QList<OptionSpec> queryOptions()
{
    return {
        OptionSpec { QStringLiteral("limit"), QStringLiteral("N"), QT_TRANSLATE_NOOP("Cli", "at most N customers"), false },
        OptionSpec { QStringLiteral("offset"), QStringLiteral("N"), QT_TRANSLATE_NOOP("Cli", "skip the first N"), false },
        OptionSpec { QStringLiteral("tag"), QStringLiteral("TAG"), QT_TRANSLATE_NOOP("Cli", "only customers with this tag"), false },
        OptionSpec { QStringLiteral("city"), QStringLiteral("CITY"), QT_TRANSLATE_NOOP("Cli", "only customers in this city"), false },
        OptionSpec { QStringLiteral("source"), QStringLiteral("SOURCE"), QT_TRANSLATE_NOOP("Cli", "only customers from this source"), false },
        OptionSpec { QStringLiteral("archived"), {}, QT_TRANSLATE_NOOP("Cli", "only archived customers"), false },
        OptionSpec { QStringLiteral("all"), {}, QT_TRANSLATE_NOOP("Cli", "active and archived customers"), false },
    };
}

} // namespace

QList<CommandSpec> customerViewCommands()
{
    const QString customersWord = QStringLiteral("customers");
    QList<CommandSpec> list;
    list << CommandSpec { { customersWord, QStringLiteral("show") }, "ID",
                          QT_TRANSLATE_NOOP("Cli", "show a customer with summary, notes and interactions"), "", 1, 1, {},
                          &runShow };
    list << CommandSpec { { customersWord, QStringLiteral("search") }, "QUERY…",
                          QT_TRANSLATE_NOOP("Cli", "find customers, best matches first (default: 20)"),
                          QT_TRANSLATE_NOOP("Cli", "Every word must occur in the name, company, phones, email, IDs, city or tags; "
                                                   "Arabic and Persian letter forms and digits match each other. "
                                                   "Quotes, *, -, OR, NEAR and brackets are searched as plain text. "
                                                   "Put a query that starts with “--” after “--”."),
                          1, -1, queryOptions(), &runSearch };
    list << CommandSpec { { customersWord, QStringLiteral("list") }, "",
                          QT_TRANSLATE_NOOP("Cli", "list customers by name (default: 50)"), "", 0, 0, queryOptions(),
                          &runList };
    return list;
}

} // namespace peyvand::cli
