#pragma once

#include "Customer.h"

#include <QJsonObject>

namespace peyvand::customers {

// The one JSON shape of customer data, used by the audit log and the CLI.
// Keys are snake_case; dates are ISO with a `_jalali` twin (YYYY/MM/DD, ASCII
// digits); timestamps UTC ISO-8601.
QJsonObject toJson(const Customer& customer);
QJsonObject toJson(const Note& note);
QJsonObject toJson(const Interaction& interaction);
QJsonObject toJson(const CustomerSummary& summary);

} // namespace peyvand::customers
