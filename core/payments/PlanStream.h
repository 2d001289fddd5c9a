#pragma once

#include "InstalmentSchedule.h"
#include "common/Result.h"

#include <functional>

namespace peyvand::storage {
class Database;
}

namespace peyvand::payments {

// One invoice's plan with each instalment's paid part, as PlanBook gives it
// for one invoice.
struct AllocatedPlan {
    qint64 customerId = 0;
    qint64 invoiceId = 0;
    QList<Instalment> instalments; // by seq, allocated
};

// Every plan of the invoices in the given states, read in two streamed
// queries (instalments, and the money settled since each plan was made) and
// allocated as PlanBook does, for reports over all customers. Never one
// query per invoice.
enum class PlanInvoices { Issued, NotDraft };
Status forEachAllocatedPlan(storage::Database& db, PlanInvoices invoices,
                            const std::function<void(const AllocatedPlan&)>& visit);

} // namespace peyvand::payments
