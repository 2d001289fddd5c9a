#include "DocumentRules.h"

#include "customers/Customer.h"
#include "text/Jalali.h"
#include "text/PersianText.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>

namespace peyvand::sales {

namespace {

struct RulesText {
    Q_DECLARE_TR_FUNCTIONS(Sales)
};

QString indexed(const char* list, qsizetype index, const char* field)
{
    return QStringLiteral("%1[%2].%3").arg(QLatin1String(list)).arg(index).arg(QLatin1String(field));
}

bool hasArabicScript(const QString& text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.unicode() >= 0x0600 && c.unicode() <= 0x06FF; });
}

} // namespace

void normalizeDocument(Document& d)
{
    for (QString* t : { &d.marketer, &d.outgoingNumber, &d.remittanceNumber, &d.title })
        *t = text::normalizeForStorage(*t);
    d.description = text::normalizeMultilineForStorage(d.description);
    d.paymentNote = text::normalizeMultilineForStorage(d.paymentNote);
    for (DocumentLine& l : d.lines) {
        for (QString* t : { &l.code, &l.unit, &l.serial })
            *t = text::normalizeForStorage(*t);
        l.description = text::normalizeMultilineForStorage(l.description);
    }
    for (DocumentAddition& a : d.additions)
        a.description = text::normalizeForStorage(a.description);
}

Status checkDraftFields(const Document& d)
{
    if (!d.issueDate.isValid() || !text::jalali::fromGregorian(d.issueDate))
        return Error::invalid(QStringLiteral("issue_date"), RulesText::tr("The issue date is not a valid date."));
    if (d.validUntil.isValid() && d.validUntil < d.issueDate)
        return Error::invalid(QStringLiteral("valid_until"), RulesText::tr("The validity date cannot be before the issue date."));
    if (d.lines.isEmpty())
        return Error::invalid(QStringLiteral("lines"), RulesText::tr("Add at least one line of goods or services."));
    for (qsizetype i = 0; i < d.lines.size(); ++i) {
        const DocumentLine& l = d.lines.at(i);
        if (l.description.isEmpty())
            return Error::invalid(indexed("lines", i, "description"), RulesText::tr("Every line needs a description of the goods or service."));
        if (l.quantity.milli <= 0)
            return Error::invalid(indexed("lines", i, "quantity"), RulesText::tr("The quantity must be more than zero."));
        if (l.unitPrice.isNegative())
            return Error::invalid(indexed("lines", i, "unit_price"), RulesText::tr("A price cannot be negative."));
    }
    for (qsizetype i = 0; i < d.additions.size(); ++i) {
        const DocumentAddition& a = d.additions.at(i);
        if (a.description.isEmpty())
            return Error::invalid(indexed("additions", i, "description"), RulesText::tr("Describe the addition, for example “Shipping”."));
        if (a.amount.isNegative())
            return Error::invalid(indexed("additions", i, "amount"), RulesText::tr("An amount cannot be negative."));
    }
    return {};
}

Status checkRates(const TaxRates& rates)
{
    if (rates.vat.value < 0 || rates.vat.value > 10000)
        return Error::invalid(QStringLiteral("vat_rate"), RulesText::tr("A tax rate must be between 0 and 100 percent."));
    if (rates.duty.value < 0 || rates.duty.value > 10000)
        return Error::invalid(QStringLiteral("duty_rate"), RulesText::tr("A tax rate must be between 0 and 100 percent."));
    return {};
}

Status applyTotals(Document& d)
{
    DocumentInput input;
    for (const DocumentLine& l : std::as_const(d.lines))
        input.lines << LineInput { l.unitPrice, l.quantity, l.discount, l.taxable };
    for (const DocumentAddition& a : std::as_const(d.additions))
        input.additions << AdditionInput { a.amount, a.taxable };
    input.documentDiscount = d.documentDiscount;
    input.rates = d.rates;
    input.taxRounding = d.taxRounding;
    auto totals = computeTotals(input);
    if (!totals)
        return totals.error();
    Money additions;
    for (qsizetype i = 0; i < d.lines.size(); ++i)
        d.lines[i].computed = totals->lines.at(i);
    for (qsizetype i = 0; i < d.additions.size(); ++i) {
        d.additions[i].computed = totals->additions.at(i);
        auto sum = additions.plus(d.additions.at(i).computed.net);
        if (!sum)
            return sum.error();
        additions = *sum;
    }
    d.grossTotal = totals->gross;
    d.discountTotal = totals->discount;
    d.additionsTotal = additions;
    d.vatTotal = totals->vat;
    d.dutyTotal = totals->duty;
    d.grandTotal = totals->total;
    return {};
}

QString joinAddress(const QString& address, const QString& city, const QString& province)
{
    const QString addressKey = text::searchKey(address);
    QStringList parts;
    for (const QString& part : { province, city }) {
        const QString key = text::searchKey(part);
        if (key.isEmpty() || addressKey.contains(key))
            continue;
        if (!parts.isEmpty() && text::searchKey(parts.constLast()) == key)
            continue; // Tehran, Tehran
        parts << part;
    }
    if (!address.isEmpty())
        parts << address;
    const QString all = parts.join(QString());
    return parts.join(hasArabicScript(all) ? QStringLiteral("، ") : QStringLiteral(", "));
}

Party sellerParty(const CompanyProfile& p)
{
    Party party;
    party.name = p.name;
    party.economicCode = p.economicCode;
    party.nationalId = p.nationalId;
    party.registrationNumber = p.registrationNumber;
    party.postalCode = p.postalCode;
    party.address = joinAddress(p.address, p.city, p.province);
    party.phone = p.phone;
    return party;
}

Party buyerParty(const customers::Customer& c)
{
    Party party;
    party.name = c.name;
    party.economicCode = c.economicCode;
    const bool company = c.kind == customers::CustomerKind::Company;
    const QString& preferred = company ? c.legalId : c.nationalId;
    const QString& other = company ? c.nationalId : c.legalId;
    party.nationalId = preferred.isEmpty() ? other : preferred;
    party.registrationNumber = c.registrationNumber;
    party.postalCode = c.postalCode;
    party.address = joinAddress(c.address, c.city, c.province);
    party.phone = !c.mobile.isEmpty() ? c.mobile : c.otherPhones.value(0);
    return party;
}

QString stateName(const Document& d)
{
    return displayName(d.state, d.type);
}

Error lockedError(const Document& d)
{
    if (d.type == DocumentType::Quote) {
        return Error::make(ErrorCode::Conflict,
                           RulesText::tr("Pre-invoice %1 is issued and locked, so it cannot be changed or deleted. Duplicate it to make a new draft instead.")
                               .arg(d.number));
    }
    return Error::make(ErrorCode::Conflict,
                       RulesText::tr("Invoice %1 is issued and locked, so it cannot be changed or deleted. Duplicate it to make a new draft instead.")
                           .arg(d.number));
}

} // namespace peyvand::sales
