#pragma once

#include "Report.h"

#include <QJsonObject>

namespace peyvand::reports {

// A report as JSON for `peyvand-cli report … --json`: numbers as integers
// (money in Rial, rates per mille), dates ISO Gregorian, periods as their
// Jalali key with ISO "from"/"to":
//   {"report": "sales_period", "from": "…", "to": "…", "grouping": "month", "as_of": "…",
//    "figures": {"sales": n, …},
//    "tables": {"rows": {"columns": ["period", …], "rows": [{"period": "1404-01",
//               "period_from": "…", "period_to": "…", "sales": n, …}], "totals": {…}}},
//    "notes": ["…"]}
QJsonObject toJson(const Report& report);

} // namespace peyvand::reports
