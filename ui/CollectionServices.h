#pragma once

#include "common/Clock.h"
#include "payments/PaymentService.h"
#include "payments/Receivables.h"
#include "sales/CompanyProfileService.h"

namespace peyvand::storage {
class Database;
}

namespace peyvand::ui {

// The core services of collections for one database: the cheque register,
// the receivables page, the payment reminders and their setting share them.
// The clock gives "today" (due dates, ageing) so tests can fix it.
class CollectionServices final {
public:
    explicit CollectionServices(storage::Database& db, const Clock& clock = SystemClock::instance());
    Q_DISABLE_COPY_MOVE(CollectionServices)

    QDate today() const { return clock.today(); }
    // Whether amounts are shown in Toman (the company profile's display option).
    bool displayToman();

    const Clock& clock;
    payments::PaymentService payments;
    payments::Receivables receivables;
    sales::CompanyProfileService profile;
};

} // namespace peyvand::ui
