#include "CustomerLookup.h"

#include "CustomerService.h"
#include "CustomerValidator.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"

#include <QCoreApplication>

namespace peyvand::customers {

namespace {

struct LookupText {
    Q_DECLARE_TR_FUNCTIONS(CustomerLookup)
};

Result<qint64> single(storage::Database& db, const QString& sql, const QString& value)
{
    if (value.isEmpty())
        return qint64 { 0 };
    Result<QSqlQuery> query = storage::run(db.connection(), sql, { value });
    if (!query)
        return query.error();
    qint64 id = 0;
    int found = 0;
    while (query->next() && found < 2) {
        id = query->value(0).toLongLong();
        ++found;
    }
    return found == 1 ? id : qint64 { 0 };
}

} // namespace

Result<Customer> customerFromJson(const QJsonObject& json)
{
    Customer c;
    const std::pair<const char*, QString*> texts[] = {
        { "name", &c.name }, { "company", &c.company }, { "mobile", &c.mobile },
        { "national_id", &c.nationalId }, { "legal_id", &c.legalId }, { "economic_code", &c.economicCode },
        { "registration_number", &c.registrationNumber }, { "email", &c.email }, { "address", &c.address },
        { "city", &c.city }, { "province", &c.province }, { "postal_code", &c.postalCode },
    };
    for (auto it = json.begin(); it != json.end(); ++it) {
        const QString field = QStringLiteral("customer.") + it.key();
        if (!it->isString())
            return Error::invalid(field, LookupText::tr("%1 must be text.").arg(field));
        bool known = false;
        for (const auto& [name, target] : texts) {
            if (it.key() == QLatin1String(name)) {
                *target = it->toString();
                known = true;
            }
        }
        if (it.key() == QLatin1String("phone")) {
            c.otherPhones << it->toString();
        } else if (it.key() == QLatin1String("kind")) {
            const auto kind = customerKindFromKey(it->toString());
            if (!kind)
                return Error::invalid(field, LookupText::tr("customer.kind must be “person” or “company”."));
            c.kind = *kind;
        } else if (!known) {
            return Error::invalid(field, LookupText::tr("Unknown field “%1”.").arg(field));
        }
    }
    if (!json.contains(QStringLiteral("kind")) && !c.legalId.isEmpty())
        c.kind = CustomerKind::Company;
    return c;
}

Result<FoundCustomer> findOrCreateCustomer(storage::Database& db, const QJsonObject& json, const Clock& clock)
{
    Result<Customer> parsed = customerFromJson(json);
    if (!parsed)
        return parsed.error();
    Customer draft = *parsed;
    const ValidationReport report = CustomerValidator::cleanAndValidate(draft);
    if (report.hasErrors()) {
        Error error = report.firstError();
        error.field = QStringLiteral("customer.") + error.field;
        return error;
    }
    const std::pair<const char*, QString> keys[] = {
        { "SELECT id FROM customers WHERE national_id = ?", draft.nationalId },
        { "SELECT id FROM customers WHERE legal_id = ?", draft.legalId },
        { "SELECT id FROM customers WHERE economic_code = ?", draft.economicCode },
        { "SELECT id FROM customers WHERE mobile = ?", draft.mobile },
        { "SELECT id FROM customers WHERE name = ? AND archived = 0", draft.name },
    };
    for (const auto& [sql, value] : keys) {
        const Result<qint64> id = single(db, QString::fromLatin1(sql), value);
        if (!id)
            return id.error();
        if (*id > 0)
            return FoundCustomer { *id, false };
    }
    CustomerService service(db, clock);
    const Result<Customer> created = service.create(*parsed);
    if (!created) {
        Error error = created.error();
        if (!error.field.isEmpty())
            error.field = QStringLiteral("customer.") + error.field;
        return error;
    }
    return FoundCustomer { created->id, true };
}

} // namespace peyvand::customers
