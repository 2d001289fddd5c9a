#include "ImportFieldText.h"

#include "Display.h"

namespace peyvand::ui {

using exchange::ImportField;

ImportField ImportFieldText::shownAs(ImportField field)
{
    return field == ImportField::FirstName || field == ImportField::LastName ? ImportField::Name : field;
}

QString ImportFieldText::text(const customers::Customer& c, ImportField field)
{
    switch (field) {
    case ImportField::Ignore:
    case ImportField::Notes:
        return {};
    case ImportField::Name:
    case ImportField::FirstName:
    case ImportField::LastName:
        return Display::digits(c.name);
    case ImportField::Kind: return customers::displayName(c.kind);
    case ImportField::Company: return Display::digits(c.company);
    case ImportField::NationalId: return Display::digits(c.nationalId);
    case ImportField::LegalId: return Display::digits(c.legalId);
    case ImportField::EconomicCode: return Display::digits(c.economicCode);
    case ImportField::RegistrationNumber: return Display::digits(c.registrationNumber);
    case ImportField::Mobile: return Display::digits(c.mobile);
    case ImportField::Phone: return Display::digits(Display::list(c.otherPhones));
    case ImportField::Email: return c.email;
    case ImportField::Website: return c.website;
    case ImportField::Instagram: return c.instagram;
    case ImportField::Telegram: return c.telegram;
    case ImportField::WhatsApp: return Display::digits(c.whatsapp);
    case ImportField::Linkedin: return c.linkedin;
    case ImportField::Address: return Display::digits(c.address);
    case ImportField::City: return Display::digits(c.city);
    case ImportField::Province: return Display::digits(c.province);
    case ImportField::PostalCode: return Display::digits(c.postalCode);
    case ImportField::Source: return Display::digits(c.source);
    case ImportField::Tags: return Display::isolatedList(c.tags);
    case ImportField::Since: return Display::date(c.since);
    }
    return {};
}

QList<ImportField> ImportFieldText::comparedFields()
{
    QList<ImportField> out;
    for (ImportField field : exchange::importableFields()) {
        if (field != ImportField::FirstName && field != ImportField::LastName && field != ImportField::Notes)
            out << field;
    }
    return out;
}

QString ImportFieldText::labelOfKey(const QString& key)
{
    const std::optional<ImportField> field = exchange::fieldFromKey(key);
    if (!field || *field == ImportField::Ignore)
        return tr("Whole row");
    return exchange::fieldLabel(*field);
}

} // namespace peyvand::ui
