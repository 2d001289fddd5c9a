#include "CustomerOptions.h"

#include "Values.h"
#include "text/PersianText.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>

namespace peyvand::cli {

namespace {

using customers::Customer;

// Plain text fields: option name, field identifier, member.
struct TextField {
    const char* option;
    const char* valueName;
    const char* help;
    QString Customer::*member;
};

const std::array<TextField, 17> kTextFields { {
    { "name", "NAME", QT_TRANSLATE_NOOP("Cli", "full name of the person, or the company's name"), &Customer::name },
    { "company", "COMPANY", QT_TRANSLATE_NOOP("Cli", "where the person works"), &Customer::company },
    { "national-id", "ID", QT_TRANSLATE_NOOP("Cli", "national ID (10 digits, checked)"), &Customer::nationalId },
    { "legal-id", "ID", QT_TRANSLATE_NOOP("Cli", "legal-entity national ID (11 digits, checked)"), &Customer::legalId },
    { "economic-code", "CODE", QT_TRANSLATE_NOOP("Cli", "economic code"), &Customer::economicCode },
    { "registration-number", "NUMBER", QT_TRANSLATE_NOOP("Cli", "company registration number"), &Customer::registrationNumber },
    { "mobile", "MOBILE", QT_TRANSLATE_NOOP("Cli", "mobile number (09…, +98…, any digits)"), &Customer::mobile },
    { "email", "EMAIL", QT_TRANSLATE_NOOP("Cli", "email address"), &Customer::email },
    { "website", "URL", QT_TRANSLATE_NOOP("Cli", "website"), &Customer::website },
    { "instagram", "ID", QT_TRANSLATE_NOOP("Cli", "Instagram ID"), &Customer::instagram },
    { "telegram", "ID", QT_TRANSLATE_NOOP("Cli", "Telegram ID"), &Customer::telegram },
    { "whatsapp", "NUMBER", QT_TRANSLATE_NOOP("Cli", "WhatsApp number"), &Customer::whatsapp },
    { "linkedin", "URL", QT_TRANSLATE_NOOP("Cli", "LinkedIn profile"), &Customer::linkedin },
    { "address", "ADDRESS", QT_TRANSLATE_NOOP("Cli", "postal address"), &Customer::address },
    { "city", "CITY", QT_TRANSLATE_NOOP("Cli", "city"), &Customer::city },
    { "province", "PROVINCE", QT_TRANSLATE_NOOP("Cli", "province"), &Customer::province },
    { "postal-code", "CODE", QT_TRANSLATE_NOOP("Cli", "postal code (10 digits)"), &Customer::postalCode },
} };

const char* const kSourceHelp = QT_TRANSLATE_NOOP("Cli", "how the customer found us");

QString keyList(const QStringList& keys) { return keys.join(QStringLiteral(", ")); }

QStringList kindKeys() { return { customers::toKey(customers::CustomerKind::Person), customers::toKey(customers::CustomerKind::Company) }; }

QStringList contactChannelKeys()
{
    QStringList keys;
    for (const auto channel : customers::allContactChannels())
        keys << customers::toKey(channel);
    return keys;
}

QStringList withoutEmpty(const QStringList& values)
{
    QStringList out;
    for (const QString& v : values) {
        if (!v.trimmed().isEmpty())
            out << v;
    }
    return out;
}

// Adds and removes values, comparing them by key (stored values are
// normalised, typed ones may not be yet).
void editList(QStringList& list, const QStringList& add, const QStringList& remove,
              QString (*key)(QStringView))
{
    const auto contains = [&](const QString& value) {
        return std::any_of(list.cbegin(), list.cend(), [&](const QString& item) { return key(item) == key(value); });
    };
    for (const QString& value : withoutEmpty(add)) {
        if (!contains(value))
            list << value;
    }
    for (const QString& value : remove) {
        list.removeIf([&](const QString& item) { return key(item) == key(value); });
    }
}

} // namespace

QList<OptionSpec> customerFieldOptions()
{
    QList<OptionSpec> options;
    options << OptionSpec { QStringLiteral("kind"), QStringLiteral("person|company"),
                            QT_TRANSLATE_NOOP("Cli", "a person (default) or a company"), false };
    for (const TextField& field : kTextFields) {
        options << OptionSpec { QString::fromLatin1(field.option), QString::fromLatin1(field.valueName), field.help, false };
    }
    options << OptionSpec { QStringLiteral("source"), QStringLiteral("SOURCE"), kSourceHelp, false }
            << OptionSpec { QStringLiteral("phone"), QStringLiteral("PHONE"),
                            QT_TRANSLATE_NOOP("Cli", "another phone number (repeat for more)"), true }
            << OptionSpec { QStringLiteral("tag"), QStringLiteral("TAG"), QT_TRANSLATE_NOOP("Cli", "a tag (repeat for more)"), true }
            << OptionSpec { QStringLiteral("preferred-channel"), QStringLiteral("CHANNEL"),
                            QT_TRANSLATE_NOOP("Cli", "preferred way to contact: unspecified, phone, mobile, sms, email, whatsapp, telegram, instagram, in_person"), false }
            << OptionSpec { QStringLiteral("since"), QStringLiteral("DATE"),
                            QT_TRANSLATE_NOOP("Cli", "customer since (Jalali 1403/01/01 or ISO 2024-03-20; default today)"), false };
    return options;
}

QList<OptionSpec> customerListEditOptions()
{
    return {
        OptionSpec { QStringLiteral("add-tag"), QStringLiteral("TAG"), QT_TRANSLATE_NOOP("Cli", "add a tag, keeping the others"), true },
        OptionSpec { QStringLiteral("remove-tag"), QStringLiteral("TAG"), QT_TRANSLATE_NOOP("Cli", "remove a tag"), true },
        OptionSpec { QStringLiteral("add-phone"), QStringLiteral("PHONE"), QT_TRANSLATE_NOOP("Cli", "add a phone number, keeping the others"), true },
        OptionSpec { QStringLiteral("remove-phone"), QStringLiteral("PHONE"), QT_TRANSLATE_NOOP("Cli", "remove a phone number"), true },
    };
}

Result<int> applyCustomerOptions(const ParsedArgs& args, Customer& customer)
{
    int given = 0;
    if (args.has(QStringLiteral("kind"))) {
        const QString value = args.value(QStringLiteral("kind")).trimmed().toLower();
        const auto kind = customers::customerKindFromKey(value);
        if (!kind) {
            return Error::invalid(QStringLiteral("kind"), QCoreApplication::translate("Cli", "“%1” is not a kind of customer; use one of: %2")
                                                              .arg(value, keyList(kindKeys())));
        }
        customer.kind = *kind;
        ++given;
    }
    for (const TextField& field : kTextFields) {
        const QString option = QString::fromLatin1(field.option);
        if (args.has(option)) {
            customer.*field.member = args.value(option);
            ++given;
        }
    }
    if (args.has(QStringLiteral("source"))) {
        customer.source = args.value(QStringLiteral("source"));
        ++given;
    }
    if (args.has(QStringLiteral("preferred-channel"))) {
        const QString value = args.value(QStringLiteral("preferred-channel")).trimmed().toLower();
        const auto channel = customers::contactChannelFromKey(value);
        if (!channel) {
            return Error::invalid(QStringLiteral("preferred_channel"),
                                  QCoreApplication::translate("Cli", "“%1” is not a contact channel; use one of: %2")
                                      .arg(value, keyList(contactChannelKeys())));
        }
        customer.preferredChannel = *channel;
        ++given;
    }
    if (args.has(QStringLiteral("since"))) {
        Result<QDate> since = parseDate(args.value(QStringLiteral("since")), QStringLiteral("since"));
        if (!since)
            return since.error();
        customer.since = *since;
        ++given;
    }
    if (args.has(QStringLiteral("tag"))) {
        customer.tags = withoutEmpty(args.values(QStringLiteral("tag")));
        ++given;
    }
    if (args.has(QStringLiteral("phone"))) {
        customer.otherPhones = withoutEmpty(args.values(QStringLiteral("phone")));
        ++given;
    }
    if (args.has(QStringLiteral("add-tag")) || args.has(QStringLiteral("remove-tag"))) {
        editList(customer.tags, args.values(QStringLiteral("add-tag")), args.values(QStringLiteral("remove-tag")),
                 &text::normalizeForStorage);
        ++given;
    }
    if (args.has(QStringLiteral("add-phone")) || args.has(QStringLiteral("remove-phone"))) {
        editList(customer.otherPhones, args.values(QStringLiteral("add-phone")),
                 args.values(QStringLiteral("remove-phone")), &text::digitsOnly);
        ++given;
    }
    return given;
}

QString optionNameForField(const QString& field)
{
    if (field.startsWith(QLatin1String("--")))
        return field;
    if (field == QLatin1String("other_phones") || field == QLatin1String("phones"))
        return QStringLiteral("--phone");
    if (field == QLatin1String("tags"))
        return QStringLiteral("--tag");
    QString option = field;
    option.replace(u'_', u'-');
    for (const OptionSpec& spec : customerFieldOptions()) {
        if (spec.name == option)
            return QStringLiteral("--") + option;
    }
    return field;
}

} // namespace peyvand::cli
