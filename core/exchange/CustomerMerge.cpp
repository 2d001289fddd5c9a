#include "CustomerMerge.h"

namespace peyvand::exchange {

using customers::Customer;

namespace {

template <typename T>
bool take(T& target, const T& value, bool overwrite)
{
    if (value.isEmpty() || target == value)
        return false;
    if (!target.isEmpty() && !overwrite)
        return false;
    target = value;
    return true;
}

} // namespace

bool mergeInto(Customer& existing, const Customer& incoming, bool overwrite)
{
    bool changed = false;
    if (overwrite) {
        changed |= take(existing.name, incoming.name, true);
        if (existing.kind != incoming.kind) {
            existing.kind = incoming.kind;
            changed = true;
        }
    }
    QString Customer::* const texts[] = {
        &Customer::company, &Customer::nationalId, &Customer::legalId, &Customer::economicCode,
        &Customer::registrationNumber, &Customer::mobile, &Customer::email, &Customer::website,
        &Customer::instagram, &Customer::telegram, &Customer::whatsapp, &Customer::linkedin,
        &Customer::address, &Customer::city, &Customer::province, &Customer::postalCode, &Customer::source,
    };
    for (QString Customer::* member : texts)
        changed |= take(existing.*member, incoming.*member, overwrite);
    changed |= take(existing.otherPhones, incoming.otherPhones, overwrite);
    changed |= take(existing.tags, incoming.tags, overwrite);
    if (incoming.since.isValid() && existing.since != incoming.since && (overwrite || !existing.since.isValid())) {
        existing.since = incoming.since;
        changed = true;
    }
    return changed;
}

} // namespace peyvand::exchange
