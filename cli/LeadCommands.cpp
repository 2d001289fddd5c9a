// leads add / update / show / list.
#include "CommandContext.h"
#include "Commands.h"
#include "ExitCode.h"
#include "LeadJson.h"
#include "LeadOptions.h"
#include "Values.h"
#include "customers/CustomerValidator.h"
#include "leads/LeadQuery.h"
#include "leads/LeadService.h"
#include "leads/ScoringEngine.h"
#include "storage/Database.h"
#include "text/Digits.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace peyvand::cli {

namespace {

using namespace leads;

struct CliText {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

void printWarnings(CommandContext& ctx, const customers::ValidationReport& report)
{
    for (const customers::FieldIssue& issue : report.warnings())
        ctx.warn(leadOptionForField(issue.field) + QStringLiteral(": ") + issue.message);
}

// --industry is resolved against the stored list.
Status resolveIndustry(const ParsedArgs& args, LeadService& service, Lead& lead)
{
    if (!args.has(QStringLiteral("industry")))
        return {};
    const Result<QList<Industry>> industries = service.industries();
    if (!industries)
        return industries.error();
    const Result<QString> key = industryKeyFor(args.value(QStringLiteral("industry")), *industries);
    if (!key)
        return key.error();
    lead.industry = *key;
    return {};
}

// The saved lead: its ID, or the whole lead with --json.
int printSaved(CommandContext& ctx, LeadService& service, const Lead& lead)
{
    if (!ctx.json()) {
        ctx.line(ctx.format().number(lead.id));
        return Success;
    }
    const Result<ScoringProfile> profile = service.profile();
    if (!profile)
        return ctx.fail(profile.error());
    ctx.printJson(leadToJson(lead, *profile));
    return Success;
}

int runAdd(CommandContext& ctx, const ParsedArgs& args)
{
    if (!args.has(QStringLiteral("name")))
        return ctx.usage(CliText::tr("--name is required"), QStringLiteral("leads add"));
    Lead draft;
    const Result<int> given = applyLeadOptions(args, draft);
    if (!given)
        return ctx.fail(given.error());
    auto db = ctx.openDatabase(CommandContext::OpenMode::CreateIfMissing);
    if (!db)
        return ctx.fail(db.error());
    LeadService service(**db);
    if (const Status industry = resolveIndustry(args, service, draft); !industry)
        return ctx.fail(industry.error());
    customers::ValidationReport report;
    const Result<Lead> created = service.create(draft, &report);
    printWarnings(ctx, report);
    if (!created)
        return ctx.fail(asLeadOptionError(created.error()));
    return printSaved(ctx, service, *created);
}

int runUpdate(CommandContext& ctx, const ParsedArgs& args)
{
    Lead changes;
    if (const Result<int> given = applyLeadOptions(args, changes); !given)
        return ctx.fail(given.error());
    auto target = ctx.openTarget(args.positionals);
    if (!target)
        return ctx.fail(target.error());
    LeadService service(*target->db);
    Result<Lead> lead = service.get(target->id);
    if (!lead)
        return ctx.fail(lead.error());
    const Result<int> given = applyLeadOptions(args, *lead);
    if (!given)
        return ctx.fail(given.error());
    if (*given == 0 && !args.has(QStringLiteral("industry"))) {
        return ctx.usage(CliText::tr("nothing to change: give at least one field option"),
                         QStringLiteral("leads update"));
    }
    if (const Status industry = resolveIndustry(args, service, *lead); !industry)
        return ctx.fail(industry.error());
    customers::ValidationReport report;
    const Result<Lead> saved = service.update(*lead, &report);
    printWarnings(ctx, report);
    if (!saved)
        return ctx.fail(asLeadOptionError(saved.error()));
    return printSaved(ctx, service, *saved);
}

QString signedPoints(const HumanFormat& f, int points)
{
    return (points > 0 ? QStringLiteral("+") : QString()) + f.number(points);
}

QString industryName(const QString& key, const QList<Industry>& industries)
{
    for (const Industry& industry : industries) {
        if (industry.key == key)
            return industry.name;
    }
    return key;
}

void printBreakdown(CommandContext& ctx, const Lead& lead, const ScoringProfile& profile)
{
    const HumanFormat& f = ctx.format();
    QStringList labels { CliText::tr("Criterion") };
    for (const ScoreItem& item : lead.breakdown)
        labels << criterionLabel(item.criterion, profile);
    labels << CliText::tr("Total");
    qsizetype width = 0;
    for (const QString& label : labels)
        width = std::max(width, label.size());
    const auto row = [&](const QString& label, const QString& points, const QString& reason) {
        QString text = QStringLiteral("  ") + label.leftJustified(width) + QStringLiteral("  ") + points.rightJustified(6);
        if (!reason.isEmpty())
            text += QStringLiteral("  ") + reason;
        ctx.line(text);
    };
    row(labels.constFirst(), CliText::tr("Points"), CliText::tr("Reason"));
    for (qsizetype i = 0; i < lead.breakdown.size(); ++i) {
        const ScoreItem& item = lead.breakdown.at(i);
        row(labels.at(i + 1), signedPoints(f, item.points), f.digits(describeItem(item, profile)));
    }
    row(labels.constLast(), f.number(lead.score), QString());
}

QString listSeparator(const CommandContext& ctx)
{
    return ctx.language() == i18n::Language::Persian ? QStringLiteral("، ") : QStringLiteral(", ");
}

QString changeLine(const CommandContext& ctx, const ScoreChange& change, const ScoringProfile& profile)
{
    const HumanFormat& f = ctx.format();
    QString text = f.moment(change.at) + QStringLiteral("  ") + displayName(change.cause) + QStringLiteral(": ")
        + (change.oldScore ? f.number(*change.oldScore) : QStringLiteral("—")) + QStringLiteral(" → ") + f.number(change.newScore);
    QStringList moved;
    for (const CriterionChange& c : change.changes) {
        moved << QStringLiteral("%1 %2 → %3").arg(criterionLabel(c.criterion, profile), signedPoints(f, c.from),
                                                  signedPoints(f, c.to));
    }
    if (!moved.isEmpty())
        text += QStringLiteral(" (") + moved.join(listSeparator(ctx)) + u')';
    if (!change.note.isEmpty())
        text += QStringLiteral("  ") + change.note;
    return text;
}

struct LeadDetails {
    Lead lead;
    ScoringProfile profile;
    QList<ScoreChange> history;
    QList<LeadNote> notes;
    QList<LeadInteraction> interactions;
    QList<Industry> industries;
};

Result<LeadDetails> loadDetails(LeadService& service, qint64 id)
{
    LeadDetails d;
    Result<Lead> lead = service.get(id);
    if (!lead)
        return lead.error();
    d.lead = *lead;
    Result<ScoringProfile> profile = service.profile();
    if (!profile)
        return profile.error();
    d.profile = *profile;
    Result<QList<ScoreChange>> history = service.scoreHistory(id);
    if (!history)
        return history.error();
    d.history = *history;
    Result<QList<LeadNote>> notes = service.notes(id);
    if (!notes)
        return notes.error();
    d.notes = *notes;
    Result<QList<LeadInteraction>> interactions = service.interactions(id);
    if (!interactions)
        return interactions.error();
    d.interactions = *interactions;
    Result<QList<Industry>> industries = service.industries();
    if (!industries)
        return industries.error();
    d.industries = *industries;
    return d;
}

void printLead(CommandContext& ctx, const LeadDetails& d)
{
    const HumanFormat& f = ctx.format();
    const Lead& l = d.lead;
    QString title = QStringLiteral("#") + f.number(l.id) + QStringLiteral("  ") + l.contact.name;
    if (!l.contact.company.isEmpty())
        title += QStringLiteral(" — ") + l.contact.company;
    ctx.line(title + QStringLiteral("  [") + displayName(l.status) + u']');
    ctx.line(CliText::tr("Type: %1 · Source: %2").arg(displayName(l.type), displayName(l.source)));
    if (!l.owner.isEmpty())
        ctx.line(CliText::tr("Owner: %1").arg(l.owner));
    if (!l.contact.mobile.isEmpty())
        ctx.line(customers::CustomerValidator::fieldLabel(QStringLiteral("mobile")) + QStringLiteral(": ") + f.digits(l.contact.mobile));
    if (!l.contact.email.isEmpty())
        ctx.line(customers::CustomerValidator::fieldLabel(QStringLiteral("email")) + QStringLiteral(": ") + l.contact.email);
    if (!l.bestTimeToCall.isEmpty())
        ctx.line(CliText::tr("Best time to call: %1").arg(f.digits(l.bestTimeToCall)));
    if (l.status == LeadStatus::Lost && !l.lostReason.isEmpty())
        ctx.line(CliText::tr("Lost: %1").arg(l.lostReason));
    const QString budget = l.budget ? CliText::tr("%1 Rial").arg(text::formatGrouped(l.budget->rial(), f.script()))
                                    : CliText::tr("unknown");
    ctx.line(CliText::tr("Budget: %1 · Timeline: %2 · Authority: %3").arg(budget, displayName(l.timeline), displayName(l.authority)));
    ctx.line(CliText::tr("Industry: %1 · Need: %2")
                 .arg(l.industry.isEmpty() ? CliText::tr("unknown") : industryName(l.industry, d.industries), displayName(l.need)));
    if (l.convertedCustomerId > 0)
        ctx.line(CliText::tr("Converted into customer #%1 on %2").arg(f.number(l.convertedCustomerId), f.moment(l.convertedAt)));

    ctx.line(QString());
    const QString state = l.qualified ? CliText::tr("qualified") : CliText::tr("not qualified");
    ctx.line(CliText::tr("Score: %1 — %2, %3 (threshold %4)")
                 .arg(f.number(l.score), displayName(l.band), state, f.number(d.profile.threshold)));
    printBreakdown(ctx, l, d.profile);
    if (l.overrideScore) {
        ctx.line(CliText::tr("Set by hand to %1 (computed %2): %3")
                     .arg(f.number(*l.overrideScore), f.number(l.computedScore), l.overrideReason));
    }
    if (!d.history.isEmpty()) {
        ctx.line(CliText::tr("Score history:"));
        for (const ScoreChange& change : d.history)
            ctx.line(QStringLiteral("  ") + changeLine(ctx, change, d.profile));
    }
    if (!d.notes.isEmpty()) {
        ctx.line(CliText::tr("Notes:"));
        for (const LeadNote& note : d.notes)
            ctx.line(QStringLiteral("  ") + f.moment(note.at) + QStringLiteral("  ") + note.text);
    }
    if (!d.interactions.isEmpty()) {
        ctx.line(CliText::tr("Interactions:"));
        for (const LeadInteraction& i : d.interactions) {
            ctx.line(QStringLiteral("  ") + f.moment(i.at) + QStringLiteral("  ") + customers::displayName(i.channel)
                     + QStringLiteral(": ") + i.summary);
        }
    }
}

int runShow(CommandContext& ctx, const ParsedArgs& args)
{
    auto target = ctx.openTarget(args.positionals);
    if (!target)
        return ctx.fail(target.error());
    LeadService service(*target->db);
    const Result<LeadDetails> details = loadDetails(service, target->id);
    if (!details)
        return ctx.fail(details.error());
    if (!ctx.json()) {
        printLead(ctx, *details);
        return Success;
    }
    QJsonObject o = leadToJson(details->lead, details->profile);
    QJsonArray history;
    for (const ScoreChange& change : details->history)
        history << scoreChangeToJson(change);
    o.insert(QStringLiteral("history"), history);
    QJsonArray notes;
    for (const LeadNote& note : details->notes)
        notes << leadNoteToJson(note);
    o.insert(QStringLiteral("notes"), notes);
    QJsonArray interactions;
    for (const LeadInteraction& i : details->interactions)
        interactions << leadInteractionToJson(i);
    o.insert(QStringLiteral("interactions"), interactions);
    ctx.printJson(o);
    return Success;
}

QString rowLine(const HumanFormat& f, const LeadRow& row)
{
    QString text = QStringLiteral("#") + f.number(row.id) + QStringLiteral("  ") + f.number(row.score)
        + (row.overridden ? QStringLiteral("*") : QString()) + u' ' + displayName(row.band)
        + (row.qualified ? QStringLiteral(" ✓") : QString()) + QStringLiteral("  ") + row.name;
    if (!row.company.isEmpty())
        text += QStringLiteral(" — ") + row.company;
    if (!row.mobile.isEmpty())
        text += QStringLiteral("  ") + f.digits(row.mobile);
    if (row.nextFollowUp.isValid())
        text += QStringLiteral("  ") + CliText::tr("follow up %1").arg(f.moment(row.nextFollowUp));
    if (!row.bestTimeToCall.isEmpty())
        text += QStringLiteral("  ") + CliText::tr("call: %1").arg(f.digits(row.bestTimeToCall));
    if (row.status == LeadStatus::Converted || row.status == LeadStatus::Lost)
        text += QStringLiteral("  [") + displayName(row.status) + u']';
    return text;
}

int runList(CommandContext& ctx, const ParsedArgs& args)
{
    qint64 limit = 50;
    qint64 offset = 0;
    if (args.has(QStringLiteral("limit"))) {
        const Result<qint64> n = parseCount(args.value(QStringLiteral("limit")), QStringLiteral("--limit"), 1, 100'000);
        if (!n)
            return ctx.fail(n.error());
        limit = *n;
    }
    if (args.has(QStringLiteral("offset"))) {
        const Result<qint64> n = parseCount(args.value(QStringLiteral("offset")), QStringLiteral("--offset"), 0, 1'000'000'000);
        if (!n)
            return ctx.fail(n.error());
        offset = *n;
    }
    LeadFilter filter;
    filter.qualifiedOnly = args.has(QStringLiteral("qualified"));
    filter.includeClosed = args.has(QStringLiteral("all"));
    filter.text = args.value(QStringLiteral("search"));
    filter.owner = args.value(QStringLiteral("owner"));
    auto db = ctx.openDatabase(CommandContext::OpenMode::Existing);
    if (!db)
        return ctx.fail(db.error());
    const Result<QList<LeadRow>> rows = LeadQuery(**db).page(filter, LeadSort::Priority, int(limit), int(offset));
    if (!rows)
        return ctx.fail(rows.error());
    if (ctx.json()) {
        QJsonArray array;
        for (const LeadRow& row : *rows)
            array << leadRowToJson(row);
        ctx.printJson(array);
        return Success;
    }
    if (rows->isEmpty())
        ctx.line(CliText::tr("No leads found."));
    for (const LeadRow& row : *rows)
        ctx.line(rowLine(ctx.format(), row));
    return Success;
}

int runIndustries(CommandContext& ctx, const ParsedArgs&)
{
    auto db = ctx.openDatabase(CommandContext::OpenMode::Existing);
    if (!db)
        return ctx.fail(db.error());
    const Result<QList<Industry>> industries = LeadService(**db).industries();
    if (!industries)
        return ctx.fail(industries.error());
    if (ctx.json()) {
        QJsonArray array;
        for (const Industry& i : *industries) {
            array << QJsonObject { { QStringLiteral("key"), i.key }, { QStringLiteral("name"), i.name },
                                   { QStringLiteral("builtin"), i.builtin } };
        }
        ctx.printJson(array);
        return Success;
    }
    for (const Industry& i : *industries)
        ctx.line(i.key + QStringLiteral("  ") + i.name);
    return Success;
}

} // namespace

QList<CommandSpec> leadCommands()
{
    const QString leadsWord = QStringLiteral("leads");
    QList<CommandSpec> list;
    list << CommandSpec { { leadsWord, QStringLiteral("add") }, "",
                          QT_TRANSLATE_NOOP("Cli", "add a lead, score it and print its ID"),
                          QT_TRANSLATE_NOOP("Cli", "The lead is scored at once under the scoring profile in use; "
                                                   "“leads show ID” explains the score."),
                          0, 0, leadFieldOptions(), &runAdd };
    list << CommandSpec { { leadsWord, QStringLiteral("update") }, "ID",
                          QT_TRANSLATE_NOOP("Cli", "change a lead's fields (it is rescored) and print its ID"),
                          QT_TRANSLATE_NOOP("Cli", "An empty value clears a text field; --budget \"\" makes the budget unknown."),
                          1, 1, leadFieldOptions(), &runUpdate };
    list << CommandSpec { { leadsWord, QStringLiteral("show") }, "ID",
                          QT_TRANSLATE_NOOP("Cli", "show a lead with its score, why it scores that, the score's history, notes and interactions"),
                          "", 1, 1, {}, &runShow };
    list << CommandSpec { { leadsWord, QStringLiteral("list") }, "",
                          QT_TRANSLATE_NOOP("Cli", "list open leads in priority order: score, then next follow-up (default: 50)"),
                          QT_TRANSLATE_NOOP("Cli", "--qualified gives the priority queue: the leads at or above the profile's threshold. "
                                                   "A * marks a score set by hand, ✓ a qualified lead."),
                          0, 0,
                          { OptionSpec { QStringLiteral("qualified"), {}, QT_TRANSLATE_NOOP("Cli", "only qualified leads"), false },
                            OptionSpec { QStringLiteral("all"), {}, QT_TRANSLATE_NOOP("Cli", "also converted and lost leads"), false },
                            OptionSpec { QStringLiteral("search"), QStringLiteral("TEXT"),
                                         QT_TRANSLATE_NOOP("Cli", "only leads whose name, company, mobile or email contains TEXT"), false },
                            OptionSpec { QStringLiteral("owner"), QStringLiteral("NAME"), QT_TRANSLATE_NOOP("Cli", "only this owner's leads"), false },
                            OptionSpec { QStringLiteral("limit"), QStringLiteral("N"), QT_TRANSLATE_NOOP("Cli", "at most N leads"), false },
                            OptionSpec { QStringLiteral("offset"), QStringLiteral("N"), QT_TRANSLATE_NOOP("Cli", "skip the first N"), false } },
                          &runList };
    list << CommandSpec { { leadsWord, QStringLiteral("industries") }, "",
                          QT_TRANSLATE_NOOP("Cli", "list the industries --industry accepts: key and name"), "", 0, 0, {},
                          &runIndustries };
    return list;
}

} // namespace peyvand::cli
