#include "CustomerValidator.h"

#include "text/PersianText.h"
#include "text/Validators.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QVarLengthArray>

#include <algorithm>
#include <functional>

namespace peyvand::customers {

namespace {

using Issues = QList<FieldIssue>;

struct CustomersText {
    Q_DECLARE_TR_FUNCTIONS(Customers)
};

void addError(Issues& issues, const QString& field, const QString& message)
{
    issues << FieldIssue { field, FieldIssue::Severity::Error, message };
}

void addWarning(Issues& issues, const QString& field, const QString& message)
{
    issues << FieldIssue { field, FieldIssue::Severity::Warning, message };
}

template <typename T>
bool take(Issues& issues, Result<T>&& result, const std::function<void(T&&)>& store)
{
    if (!result) {
        addError(issues, result.error().field, result.error().message);
        return false;
    }
    store(std::move(*result));
    return true;
}

// Lower-case, no spaces, no leading '@' or profile URL: the bare handle.
QString cleanHandle(const QString& raw)
{
    if (raw.isEmpty())
        return raw;
    QString h = text::normalizeForStorage(raw);
    static const QRegularExpression urlPrefix(
        QStringLiteral("^(https?://)?(www\\.)?(instagram\\.com|t\\.me|telegram\\.me|linkedin\\.com/in)/"),
        QRegularExpression::CaseInsensitiveOption);
    if (h.contains(u'/')) // the prefix always ends with one; the import cleans a million handles
        h.remove(urlPrefix);
    while (h.startsWith(u'@'))
        h.remove(0, 1);
    while (h.endsWith(u'/'))
        h.chop(1);
    return h;
}

void checkHandle(Issues& issues, const QString& field, QString& value)
{
    value = cleanHandle(value);
    if (value.contains(u' '))
        addError(issues, field, CustomersText::tr("%1 cannot contain spaces.").arg(CustomerValidator::fieldLabel(field)));
}

void checkName(Issues& issues, Customer& c)
{
    c.name = text::normalizeForStorage(c.name);
    if (c.name.isEmpty())
        addError(issues, QStringLiteral("name"), CustomersText::tr("Name is required."));
    else if (c.name.size() > 200)
        addError(issues, QStringLiteral("name"), CustomersText::tr("Name is too long (at most 200 characters)."));
}

void checkIds(Issues& issues, Customer& c)
{
    if (!c.nationalId.trimmed().isEmpty())
        take<QString>(issues, text::normalizeNationalId(c.nationalId), [&](QString&& v) { c.nationalId = v; });
    else
        c.nationalId.clear();
    if (!c.legalId.trimmed().isEmpty())
        take<QString>(issues, text::normalizeLegalId(c.legalId), [&](QString&& v) { c.legalId = v; });
    else
        c.legalId.clear();
    if (!c.economicCode.trimmed().isEmpty())
        take<QString>(issues, text::normalizeEconomicCode(c.economicCode), [&](QString&& v) { c.economicCode = v; });
    else
        c.economicCode.clear();
    c.registrationNumber = text::normalizeForStorage(c.registrationNumber);
}

void checkMobile(Issues& issues, Customer& c)
{
    if (c.mobile.trimmed().isEmpty()) {
        c.mobile.clear();
        return;
    }
    take<text::MobileNumber>(issues, text::normalizeMobile(c.mobile), [&](text::MobileNumber&& m) {
        c.mobile = m.canonical;
        if (!m.knownOperator) {
            addWarning(issues, QStringLiteral("mobile"),
                       CustomersText::tr("The mobile number %1 has a prefix no Iranian operator is known to use; check it.").arg(m.canonical));
        }
    });
}

void checkPhones(Issues& issues, Customer& c)
{
    QStringList cleaned;
    for (const QString& raw : std::as_const(c.otherPhones)) {
        if (raw.trimmed().isEmpty())
            continue;
        take<QString>(issues, text::normalizePhone(raw, QStringLiteral("other_phones")), [&](QString&& v) {
            if (!cleaned.contains(v))
                cleaned << v;
        });
    }
    c.otherPhones = cleaned;
}

void checkEmail(Issues& issues, Customer& c)
{
    if (c.email.trimmed().isEmpty()) {
        c.email.clear();
        return;
    }
    take<QString>(issues, text::normalizeEmail(c.email), [&](QString&& v) { c.email = v; });
}

void checkOnline(Issues& issues, Customer& c)
{
    c.website = text::normalizeForStorage(c.website);
    if (!c.website.isEmpty() && (c.website.contains(u' ') || !c.website.contains(u'.')))
        addError(issues, QStringLiteral("website"), CustomersText::tr("Website must be an address such as example.ir."));
    checkHandle(issues, QStringLiteral("instagram"), c.instagram);
    checkHandle(issues, QStringLiteral("telegram"), c.telegram);
    checkHandle(issues, QStringLiteral("linkedin"), c.linkedin);
    if (!c.whatsapp.trimmed().isEmpty()) {
        take<QString>(issues, text::normalizePhone(c.whatsapp, QStringLiteral("whatsapp")), [&](QString&& v) { c.whatsapp = v; });
    } else {
        c.whatsapp.clear();
    }
}

void checkAddress(Issues& issues, Customer& c)
{
    c.company = text::normalizeForStorage(c.company);
    c.address = text::normalizeForStorage(c.address);
    c.city = text::normalizeForStorage(c.city);
    c.province = text::normalizeForStorage(c.province);
    c.source = text::normalizeForStorage(c.source);
    if (c.postalCode.trimmed().isEmpty()) {
        c.postalCode.clear();
        return;
    }
    take<text::PostalCode>(issues, text::normalizePostalCode(c.postalCode), [&](text::PostalCode&& p) {
        c.postalCode = p.digits;
        if (!p.matchesPattern) {
            addWarning(issues, QStringLiteral("postal_code"),
                       CustomersText::tr("The postal code %1 does not look like an Iranian postal code; check it.").arg(p.digits));
        }
    });
}

// The parts of `text` between commas (, and ،), empty ones left out.
QStringList splitAtCommas(const QString& text)
{
    QStringList parts;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i < text.size() && text.at(i) != u',' && text.at(i) != u'،')
            continue;
        if (i > start)
            parts << text.mid(start, i - start); // the whole text (shared) when it has no comma
        start = i + 1;
    }
    return parts;
}

void checkTags(Issues& issues, Customer& c)
{
    QStringList cleaned;
    QVarLengthArray<QString, 8> keys;
    for (const QString& raw : std::as_const(c.tags)) {
        // A user may type several tags separated by commas in one entry.
        for (const QString& part : splitAtCommas(raw)) {
            const QString tag = text::normalizeForStorage(part);
            if (tag.isEmpty())
                continue;
            if (tag.size() > 50) {
                addError(issues, QStringLiteral("tags"), CustomersText::tr("The tag “%1” is too long (at most 50 characters).").arg(tag));
                continue;
            }
            const QString key = text::searchKey(tag);
            if (std::find(keys.cbegin(), keys.cend(), key) != keys.cend())
                continue;
            keys.append(key);
            cleaned << tag;
        }
    }
    c.tags = cleaned;
}

using FieldCheck = std::function<void(Issues&, Customer&)>;

// Which check covers which field, for checkField().
const QList<std::pair<QStringList, FieldCheck>>& fieldChecks()
{
    static const QList<std::pair<QStringList, FieldCheck>> checks {
        { { QStringLiteral("name") }, checkName },
        { { QStringLiteral("national_id"), QStringLiteral("legal_id"), QStringLiteral("economic_code"),
            QStringLiteral("registration_number") }, checkIds },
        { { QStringLiteral("mobile") }, checkMobile },
        { { QStringLiteral("other_phones") }, checkPhones },
        { { QStringLiteral("email") }, checkEmail },
        { { QStringLiteral("website"), QStringLiteral("instagram"), QStringLiteral("telegram"),
            QStringLiteral("linkedin"), QStringLiteral("whatsapp") }, checkOnline },
        { { QStringLiteral("company"), QStringLiteral("address"), QStringLiteral("city"), QStringLiteral("province"),
            QStringLiteral("source"), QStringLiteral("postal_code") }, checkAddress },
        { { QStringLiteral("tags") }, checkTags },
    };
    return checks;
}

void assign(Customer& c, const QString& field, const QString& value)
{
    const std::pair<const char*, QString Customer::*> textFields[] = {
        { "name", &Customer::name }, { "company", &Customer::company },
        { "national_id", &Customer::nationalId }, { "legal_id", &Customer::legalId },
        { "economic_code", &Customer::economicCode }, { "registration_number", &Customer::registrationNumber },
        { "mobile", &Customer::mobile }, { "email", &Customer::email }, { "website", &Customer::website },
        { "instagram", &Customer::instagram }, { "telegram", &Customer::telegram },
        { "whatsapp", &Customer::whatsapp }, { "linkedin", &Customer::linkedin },
        { "address", &Customer::address }, { "city", &Customer::city }, { "province", &Customer::province },
        { "postal_code", &Customer::postalCode }, { "source", &Customer::source },
    };
    for (const auto& [name, member] : textFields) {
        if (field == QLatin1String(name)) {
            c.*member = value;
            return;
        }
    }
    if (field == QLatin1String("other_phones"))
        c.otherPhones = value.split(QRegularExpression(QStringLiteral("[,،\\n]")), Qt::SkipEmptyParts);
    else if (field == QLatin1String("tags"))
        c.tags = QStringList { value };
}

} // namespace

bool ValidationReport::hasErrors() const
{
    return !errors().isEmpty();
}

QList<FieldIssue> ValidationReport::errors() const
{
    QList<FieldIssue> out;
    for (const FieldIssue& i : issues) {
        if (i.severity == FieldIssue::Severity::Error)
            out << i;
    }
    return out;
}

QList<FieldIssue> ValidationReport::warnings() const
{
    QList<FieldIssue> out;
    for (const FieldIssue& i : issues) {
        if (i.severity == FieldIssue::Severity::Warning)
            out << i;
    }
    return out;
}

Error ValidationReport::firstError() const
{
    const auto all = errors();
    if (all.isEmpty())
        return Error::make(ErrorCode::Internal, QStringLiteral("no validation error"));
    return Error::invalid(all.first().field, all.first().message);
}

ValidationReport CustomerValidator::cleanAndValidate(Customer& customer)
{
    ValidationReport report;
    for (const auto& [fields, check] : fieldChecks())
        check(report.issues, customer);
    if (customer.kind == CustomerKind::Company && !customer.nationalId.isEmpty() && customer.legalId.isEmpty()) {
        addWarning(report.issues, QStringLiteral("legal_id"),
                   CustomersText::tr("Companies are usually identified by their legal ID (شناسه ملی), not a national ID."));
    }
    return report;
}

QList<FieldIssue> CustomerValidator::checkField(const QString& field, const QString& value, CustomerKind kind)
{
    Customer c;
    c.kind = kind;
    c.name = QStringLiteral("-"); // so that only the asked field can complain
    assign(c, field, value);
    Issues all;
    for (const auto& [fields, check] : fieldChecks()) {
        if (fields.contains(field))
            check(all, c);
    }
    Issues mine;
    for (const FieldIssue& i : all) {
        if (i.field == field)
            mine << i;
    }
    return mine;
}

QString CustomerValidator::fieldLabel(const QString& field)
{
    static const std::pair<const char*, const char*> labels[] = {
        { "name", QT_TRANSLATE_NOOP("Customers", "Name") },
        { "company", QT_TRANSLATE_NOOP("Customers", "Company") },
        { "national_id", QT_TRANSLATE_NOOP("Customers", "National ID") },
        { "legal_id", QT_TRANSLATE_NOOP("Customers", "Legal ID") },
        { "economic_code", QT_TRANSLATE_NOOP("Customers", "Economic code") },
        { "registration_number", QT_TRANSLATE_NOOP("Customers", "Registration number") },
        { "mobile", QT_TRANSLATE_NOOP("Customers", "Mobile") },
        { "other_phones", QT_TRANSLATE_NOOP("Customers", "Other phones") },
        { "email", QT_TRANSLATE_NOOP("Customers", "Email") },
        { "website", QT_TRANSLATE_NOOP("Customers", "Website") },
        { "instagram", QT_TRANSLATE_NOOP("Customers", "Instagram") },
        { "telegram", QT_TRANSLATE_NOOP("Customers", "Telegram") },
        { "whatsapp", QT_TRANSLATE_NOOP("Customers", "WhatsApp") },
        { "linkedin", QT_TRANSLATE_NOOP("Customers", "LinkedIn") },
        { "preferred_channel", QT_TRANSLATE_NOOP("Customers", "Preferred contact") },
        { "address", QT_TRANSLATE_NOOP("Customers", "Address") },
        { "city", QT_TRANSLATE_NOOP("Customers", "City") },
        { "province", QT_TRANSLATE_NOOP("Customers", "Province") },
        { "postal_code", QT_TRANSLATE_NOOP("Customers", "Postal code") },
        { "source", QT_TRANSLATE_NOOP("Customers", "Source") },
        { "tags", QT_TRANSLATE_NOOP("Customers", "Tags") },
        { "since", QT_TRANSLATE_NOOP("Customers", "Customer since") },
    };
    for (const auto& [key, label] : labels) {
        if (field == QLatin1String(key))
            return QCoreApplication::translate("Customers", label);
    }
    return field;
}

} // namespace peyvand::customers
