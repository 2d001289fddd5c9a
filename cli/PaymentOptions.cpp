#include "PaymentOptions.h"

#include <QLatin1String>

#include <utility>

namespace peyvand::cli {

Error asPaymentOptionError(Error error)
{
    static const std::pair<const char*, const char*> kOptions[] = {
        { "amount", "--amount" },      { "method", "--method" },         { "date", "--date" },
        { "due_date", "--due" },       { "sayad_id", "--sayad" },        { "drawer_id", "--drawer-id" },
        { "card_number", "--card" },   { "instalment", "--instalment" }, { "invoice", "--invoice" },
        { "customer", "--customer" },  { "down", "--down" },             { "count", "--count" },
        { "start", "--start" },        { "every", "--every" },           { "days", "--days" },
        { "status", "STATUS" },        { "serial", "--serial" },         { "bank", "--bank" },
        { "reason", "--reason" },      { "note", "--note" },
    };
    for (const auto& [field, option] : kOptions) {
        if (error.field == QLatin1String(field)) {
            error.field = QString::fromLatin1(option);
            break;
        }
    }
    return error;
}

} // namespace peyvand::cli
