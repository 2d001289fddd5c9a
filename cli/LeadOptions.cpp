#include "LeadOptions.h"

#include "Values.h"
#include "text/PersianText.h"

#include <QCoreApplication>

#include <array>

namespace peyvand::cli {

namespace {

using leads::Lead;

struct CliText {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

template <typename Enum>
QStringList keysOf(const QList<Enum>& values)
{
    QStringList keys;
    for (const Enum value : values)
        keys << leads::toKey(value);
    return keys;
}

QStringList kindKeys()
{
    return { customers::toKey(customers::CustomerKind::Person), customers::toKey(customers::CustomerKind::Company) };
}

// The statuses a user sets; "converted" comes only from "leads convert".
QStringList settableStatusKeys()
{
    QStringList keys;
    for (const leads::LeadStatus status : leads::allLeadStatuses()) {
        if (status != leads::LeadStatus::Converted)
            keys << leads::toKey(status);
    }
    return keys;
}

// Contact text fields: option, value name, help, member of the contact.
struct ContactField {
    const char* option;
    const char* valueName;
    const char* help;
    QString customers::Customer::*member;
};

const std::array<ContactField, 4> kContactFields { {
    { "name", "NAME", QT_TRANSLATE_NOOP("Cli", "the person's or the company's name"), &customers::Customer::name },
    { "company", "COMPANY", QT_TRANSLATE_NOOP("Cli", "where the person works"), &customers::Customer::company },
    { "mobile", "MOBILE", QT_TRANSLATE_NOOP("Cli", "mobile number (09…, +98…, any digits)"), &customers::Customer::mobile },
    { "email", "EMAIL", QT_TRANSLATE_NOOP("Cli", "email address"), &customers::Customer::email },
} };

// Lead text fields.
struct LeadTextField {
    const char* option;
    const char* valueName;
    const char* help;
    QString Lead::*member;
};

const std::array<LeadTextField, 3> kLeadTextFields { {
    { "owner", "NAME", QT_TRANSLATE_NOOP("Cli", "the marketer working the lead"), &Lead::owner },
    { "best-time", "TEXT", QT_TRANSLATE_NOOP("Cli", "best time to call, e.g. \"mornings 9-11\""), &Lead::bestTimeToCall },
    { "lost-reason", "TEXT", QT_TRANSLATE_NOOP("Cli", "why the lead was lost (required with --status lost)"), &Lead::lostReason },
} };

QString option(const char* name) { return QString::fromLatin1(name); }

// Applies one keyed option (e.g. --timeline) when given.
template <typename Enum, typename FromKey>
Result<bool> applyKey(const ParsedArgs& args, const QString& name, FromKey fromKey, const QStringList& allowed, Enum& target)
{
    if (!args.has(name))
        return false;
    const Result<Enum> value = parseKey<Enum>(args.value(name), QStringLiteral("--") + name, fromKey, allowed);
    if (!value)
        return value.error();
    target = *value;
    return true;
}

Status applyCustom(const QStringList& values, QMap<QString, QString>& custom)
{
    for (const QString& value : values) {
        const qsizetype eq = value.indexOf(u'=');
        const QString key = value.left(eq).trimmed();
        if (eq <= 0 || key.isEmpty()) {
            return Error::invalid(QStringLiteral("--criterion"),
                                  CliText::tr("“%1” is not KEY=OPTION (e.g. size=large)").arg(value));
        }
        const QString choice = value.mid(eq + 1).trimmed();
        if (choice.isEmpty())
            custom.remove(key);
        else
            custom.insert(key, choice);
    }
    return {};
}

} // namespace

QStringList leadTypeKeys() { return keysOf(leads::allLeadTypes()); }
QStringList leadSourceKeys() { return keysOf(leads::allLeadSources()); }
QStringList timelineKeys() { return keysOf(leads::allTimelines()); }
QStringList authorityKeys() { return keysOf(leads::allAuthorities()); }
QStringList needKeys() { return keysOf(leads::allNeeds()); }

QList<OptionSpec> leadFieldOptions()
{
    QList<OptionSpec> options;
    options << OptionSpec { QStringLiteral("kind"), QStringLiteral("person|company"),
                            QT_TRANSLATE_NOOP("Cli", "a person (default) or a company"), false };
    for (const ContactField& field : kContactFields)
        options << OptionSpec { option(field.option), option(field.valueName), field.help, false };
    options << OptionSpec { QStringLiteral("type"), QStringLiteral("TYPE"),
                            QT_TRANSLATE_NOOP("Cli", "marketing, sales (default), product (trial) or service (upgrade)"), false }
            << OptionSpec { QStringLiteral("source"), QStringLiteral("SOURCE"),
                            QT_TRANSLATE_NOOP("Cli", "website, email, social, advertising, content, trial, referral, phone, walk_in or other (default)"), false }
            << OptionSpec { QStringLiteral("status"), QStringLiteral("STATUS"),
                            QT_TRANSLATE_NOOP("Cli", "new (default), contacted, qualified or lost"), false };
    for (const LeadTextField& field : kLeadTextFields)
        options << OptionSpec { option(field.option), option(field.valueName), field.help, false };
    options << OptionSpec { QStringLiteral("budget"), QStringLiteral("RIAL"),
                            QT_TRANSLATE_NOOP("Cli", "the lead's budget in Rial (any digits, separators allowed; empty: unknown)"), false }
            << OptionSpec { QStringLiteral("timeline"), QStringLiteral("WHEN"),
                            QT_TRANSLATE_NOOP("Cli", "when they mean to buy: now, 1m, 3m, 6m, later or unknown"), false }
            << OptionSpec { QStringLiteral("authority"), QStringLiteral("RANK"),
                            QT_TRANSLATE_NOOP("Cli", "the contact's rank: owner, manager, staff or unknown"), false }
            << OptionSpec { QStringLiteral("industry"), QStringLiteral("INDUSTRY"),
                            QT_TRANSLATE_NOOP("Cli", "field of activity: a key or a name from the industry list"), false }
            << OptionSpec { QStringLiteral("need"), QStringLiteral("NEED"),
                            QT_TRANSLATE_NOOP("Cli", "how clear their need is: clear, vague, none or unknown"), false }
            << OptionSpec { QStringLiteral("criterion"), QStringLiteral("KEY=OPTION"),
                            QT_TRANSLATE_NOOP("Cli", "a user-defined criterion of the scoring profile (repeat for more; KEY= clears it)"), true };
    return options;
}

Result<int> applyLeadOptions(const ParsedArgs& args, Lead& lead)
{
    int given = 0;
    // Every keyed option is checked; the first bad one is reported.
    const Result<bool> keyed[] = {
        applyKey(args, QStringLiteral("kind"), &customers::customerKindFromKey, kindKeys(), lead.contact.kind),
        applyKey(args, QStringLiteral("type"), &leads::leadTypeFromKey, leadTypeKeys(), lead.type),
        applyKey(args, QStringLiteral("source"), &leads::leadSourceFromKey, leadSourceKeys(), lead.source),
        applyKey(args, QStringLiteral("timeline"), &leads::timelineFromKey, timelineKeys(), lead.timeline),
        applyKey(args, QStringLiteral("authority"), &leads::authorityFromKey, authorityKeys(), lead.authority),
        applyKey(args, QStringLiteral("need"), &leads::needFromKey, needKeys(), lead.need),
    };
    for (const Result<bool>& applied : keyed) {
        if (!applied)
            return applied.error();
        given += *applied ? 1 : 0;
    }
    if (args.has(QStringLiteral("status"))) {
        const QStringList allowed = settableStatusKeys();
        const QString typed = args.value(QStringLiteral("status"));
        const auto status = leads::leadStatusFromKey(typed.trimmed().toLower());
        if (!status || !allowed.contains(leads::toKey(*status)))
            return unknownValue(QStringLiteral("--status"), typed, allowed);
        lead.status = *status;
        ++given;
    }

    for (const ContactField& field : kContactFields) {
        if (args.has(option(field.option))) {
            lead.contact.*field.member = args.value(option(field.option));
            ++given;
        }
    }
    for (const LeadTextField& field : kLeadTextFields) {
        if (args.has(option(field.option))) {
            lead.*field.member = args.value(option(field.option));
            ++given;
        }
    }
    if (args.has(QStringLiteral("budget"))) {
        const QString typed = args.value(QStringLiteral("budget"));
        if (typed.trimmed().isEmpty()) {
            lead.budget.reset();
        } else {
            const Result<Money> budget = parseAmount(typed, QStringLiteral("--budget"));
            if (!budget)
                return budget.error();
            lead.budget = *budget;
        }
        ++given;
    }
    if (args.has(QStringLiteral("criterion"))) {
        const Status custom = applyCustom(args.values(QStringLiteral("criterion")), lead.custom);
        if (!custom)
            return custom.error();
        ++given;
    }
    return given;
}

Result<QString> industryKeyFor(const QString& typed, const QList<leads::Industry>& industries)
{
    const QString wanted = text::searchKey(typed);
    if (wanted.isEmpty())
        return QString();
    QStringList allowed;
    for (const leads::Industry& industry : industries) {
        if (text::searchKey(industry.key) == wanted || text::searchKey(industry.name) == wanted)
            return industry.key;
        allowed << industry.key;
    }
    return unknownValue(QStringLiteral("--industry"), typed, allowed);
}

QString leadOptionForField(const QString& field)
{
    if (field.startsWith(QLatin1String("--")))
        return field;
    if (field.startsWith(QLatin1String("custom")))
        return QStringLiteral("--criterion");
    if (field == QLatin1String("best_time_to_call"))
        return QStringLiteral("--best-time");
    if (field == QLatin1String("lead_type"))
        return QStringLiteral("--type");
    if (field == QLatin1String("budget_rial"))
        return QStringLiteral("--budget");
    QString name = field;
    name.replace(u'_', u'-');
    for (const OptionSpec& spec : leadFieldOptions()) {
        if (spec.name == name)
            return QStringLiteral("--") + name;
    }
    return field;
}

Error asLeadOptionError(Error error)
{
    if (!error.field.isEmpty())
        error.field = leadOptionForField(error.field);
    return error;
}

} // namespace peyvand::cli
