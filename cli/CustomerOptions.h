#pragma once

#include "ArgParser.h"
#include "common/Result.h"
#include "customers/Customer.h"

#include <QList>
#include <QString>

namespace peyvand::cli {

// The options that set customer fields, shared by "customers add" and
// "customers update": --kind, --name, --company, --national-id, --legal-id,
// --economic-code, --registration-number, --mobile, --phone (repeatable),
// --email, --website, --instagram, --telegram, --whatsapp, --linkedin,
// --preferred-channel, --address, --city, --province, --postal-code, --source,
// --tag (repeatable), --since.
QList<OptionSpec> customerFieldOptions();
// Extra options of "customers update": --add-tag, --remove-tag, --add-phone,
// --remove-phone.
QList<OptionSpec> customerListEditOptions();

// Copies the options present in args into customer (values as typed; the
// service normalises and validates them). --tag/--phone replace the list;
// --add-…/--remove-… edit it. Bad keys and dates are InvalidInput errors naming
// the field. Returns how many fields were given.
Result<int> applyCustomerOptions(const ParsedArgs& args, customers::Customer& customer);

// "national_id" -> "--national-id" for fields that have an option; other
// identifiers are returned unchanged.
QString optionNameForField(const QString& field);

} // namespace peyvand::cli
